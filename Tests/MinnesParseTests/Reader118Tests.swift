import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind after reader 109 that reader 118 reads, each rule on
/// minutes written here.
@Suite("Readers 118 on")
struct Reader118Tests {
    /// A log kept through the meeting says who came as it goes: a list after "På plats från start:",
    /// who sent word ("Återbud från …"), who kept the log, who chairs the network, a guest to come
    /// and one who joined late; its signature's first name is the one listed in full.
    @Test func aLogSaysWhoCameAsItGoes() {
        let log = """
            Nätverket för hemsjukvård – logg
            Möte onsdag 4 mars 2026 i Båstad, Kulturhuset, sal Hallandsåsen
            Loggen fördes av Edit Rask, Bjuv. Tiderna är ungefärliga.

            09:00 Hilding Ström (Båstad) hälsade välkommen. Hilding är nätverkets ordförande i år.
            09:01 På plats från start: Hilding Ström (Båstad), Maj Frisk (Klippan), Tuva Ling (Svalöv) och jag, Edit Rask (Bjuv).
            09:02 Återbud från Sixten Öhman (Höganäs) och Rut Kvist (Perstorp). Åstorp var inte representerat.
            09:03 Lisa Sjöqvist, sjuksköterska på Närsjukvården Väst, kommer som gäst till punkt 2.
            09:05 Punkt 1: Läkemedelsrundor.
            09:06 Maj Frisk tog upp att Klippan byter leverantör av dosdispensering i april.
            09:12 Anton Björk (Åstorp) anslöt, han hade missat tåget.
            09:20 Punkt 2: Samarbete med närsjukvården.
            09:21 Lisa Sjöqvist berättade om hur Närsjukvården Väst planerar sina hembesök.
            09:30 Punkt 3: Nästa möte.
            09:31 Nästa möte i maj i Klippan.
            09:32 Punkt 4: Övrigt.
            09:33 Inget övrigt.
            09:34 Punkt 5: Avslut.
            09:35 Hilding tackade alla.
            /Edit
            """
        let meeting = read(log)
        #expect(meeting.place == "Båstad, Kulturhuset, sal Hallandsåsen")
        #expect(names(meeting.attendees) == ["Hilding Ström", "Maj Frisk", "Tuva Ling", "Edit Rask", "Anton Björk"])
        #expect(names(meeting.absent) == ["Sixten Öhman", "Rut Kvist"])
        #expect(names(meeting.guests) == ["Lisa Sjöqvist"])
        #expect(names(meeting.chairs) == ["Hilding Ström"])
        #expect(meeting.scribe?.name == "Edit Rask")
        // A guest who joined is no one more present, nor one listed already.
        let joinedAsGuest = read(log.replacingOccurrences(of: "Anton Björk (Åstorp) anslöt, han hade missat tåget.", with: "Lisa Sjöqvist anslöt vid punkt 2."))
        #expect(names(joinedAsGuest.attendees) == ["Hilding Ström", "Maj Frisk", "Tuva Ling", "Edit Rask"])
        // Where another meeting is, is not this one's place.
        let next = read(log.replacingOccurrences(of: "Möte onsdag 4 mars 2026 i Båstad, Kulturhuset, sal Hallandsåsen", with: "Nästa möte onsdag 6 maj 2026 i Klippan, Kommunhuset"))
        #expect(next.place != "Klippan, Kommunhuset")
        // (A date written as ISO's too.)
        let iso = read(log.replacingOccurrences(of: "Möte onsdag 4 mars 2026 i Båstad", with: "Möte 2026-03-04 i Båstad"))
        #expect(iso.place == "Båstad, Kulturhuset, sal Hallandsåsen")
    }

    /// A list whose bullet's detail wraps onto a line indented under its text goes on after it.
    @Test func aBulletsDetailWrappedUnderIt() {
        let minutes = read("""
            Minutes, network for social investment
            Date: 5 May 2026

            Attendees:
              - Harriet Moberg (Helsingborg) – host, in charge of the city's
                investment fund and its yearly report
              - Ove Lind (Bjuv)
              - Nora Sand (Klippan)

            1. Opening
            Harriet Moberg opened the meeting.
            """)
        #expect(names(minutes.attendees) == ["Harriet Moberg", "Ove Lind", "Nora Sand"])
    }

    /// One listed as there whom a sentence after the lists says sent word after all is away; one
    /// who missed a day of two and came the other is not.
    @Test func listedButAwayAfterAll() {
        let minutes = """
            Nätverksträff familjerätt 2026-02-10

            Närvarande:
            • Ines Borg, Höganäs – leder träffen
            • Jonas Vide, Landskrona
            • Klara Ström, Bjuv

            Klara Ström ringde på morgonen och fick förhinder.

            1. Samarbetssamtal
            Ines Borg berättade om väntetiderna i Höganäs.
            """
        let meeting = read(minutes)
        #expect(names(meeting.attendees) == ["Ines Borg", "Jonas Vide"])
        #expect(names(meeting.absent) == ["Klara Ström"])
        let twoDays = read(minutes.replacingOccurrences(
            of: "Klara Ström ringde på morgonen och fick förhinder.", with: "Klara Ström kunde inte komma dag 1 men var med dag 2."))
        #expect(names(twoDays.attendees) == ["Ines Borg", "Jonas Vide", "Klara Ström"])
        #expect(twoDays.absent.isEmpty)
    }

    /// Initials in the lists, keyed by a legend whose initials may differ after the first letter
    /// ("AB   Arbnora …" chosen apart from another's), with a column of kommuner where Perstorp is
    /// "Per"; a list of two initials ("EM, AB") is two people.
    @Test func initialsKeyedByALegend() {
        let meeting = read("""
            Nätverket för LSS-handläggare – minnesant.

            Tid:    260115 kl. 9.00–11.00
            Närv.:  GL, HM, ÅT
            Förh.:  SN, GB

            Sign.
              GB   Gerda Lind        Kli
              GL   Gustav Lund       Per
              HM   Hanna Malm        Bju
              SN   Sture Nyman       Svl
              ÅT   Åke Torp          Hbg

            1. Föregående anteckningar
               – Lades till handlingarna.
            """)
        #expect(names(meeting.attendees) == ["Gustav Lund", "Hanna Malm", "Åke Torp"])
        #expect(meeting.attendees.first?.municipality == "Perstorp")
        #expect(names(meeting.absent) == ["Sture Nyman", "Gerda Lind"])
    }

    /// A list's line with a detail after a spaced dash is one person however many words the detail
    /// has; a body named with an abbreviation in mixed case ("FoU Nordväst") is no person.
    @Test func detailsAfterADashAndAMixedCaseBody() {
        let meeting = read("""
            Nätverket för föräldraskapsstöd
            Datum: 2026-01-20

            Processledare: Vera Dahl, FoU Sydväst (inbjuden gäst)

            Deltagare:
            - Per Ekdahl (Bjuv)
            - Sanna Vik (Höganäs) – joined the meeting at item 2
            - Mona Ring (Svalöv)

            1. Inledning
            Per Ekdahl hälsade välkommen.
            """)
        #expect(names(meeting.attendees) == ["Per Ekdahl", "Sanna Vik", "Mona Ring"])
        #expect(names(meeting.guests) == ["Vera Dahl"])
    }

    /// A programme by the clock boxed in rules ("=====" over and under "10.15   Fika"): a time with
    /// nothing noted under it is a break, no item.
    @Test func aBreakBoxedInRules() {
        let rule = String(repeating: "=", count: 40)
        let meeting = read("""
            Workshop, nätverket för missbruksvård
            Datum: 2026-03-03

            \(rule)
            09.00   Inledning
            \(rule)

            Ada Holm hälsade välkommen och berättade om dagens upplägg.

            \(rule)
            10.15   Fika
            \(rule)

            \(rule)
            10.40   Grupparbete
            \(rule)

            Grupperna diskuterade väntetider.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Grupparbete"])
    }

    /// A protocol's "Övriga närvarande": one whose job only another body has (a police officer) is
    /// a guest; the network's secretary among them keeps the minutes. A guest written surname first
    /// with details after a dash is one person.
    @Test func aProtocolsOthersPresent() {
        let meeting = read("""
            Nätverket mot hedersrelaterat våld        PROTOKOLL
            Sammanträdesdatum 2026-04-14

            Närvarande             Alva Kling, Helsingborg, ordförande
            ledamöter              Bo Sjö, Bjuv

            Övriga närvarande      Cilla Ros, nätverkssekreterare, Landskrona
                                   Dan Vall, kommunpolis, lokalpolisområde Helsingborg

            Inbjuden under punkt 2
               Ekström, Gun – Kriminalvården, frivården, Malmö

            § 1   Föregående protokoll
            Lades till handlingarna.
            """)
        #expect(names(meeting.attendees) == ["Alva Kling", "Bo Sjö", "Cilla Ros"])
        #expect(names(meeting.guests) == ["Dan Vall", "Gun Ekström"])
        #expect(meeting.scribe?.name == "Cilla Ros")
    }

    /// A network named by a participle before "nätverket" ("Vräkningsförebyggande nätverket"); a
    /// heading in capitals keeps an abbreviation joined to the word after it.
    @Test(arguments: [
        ("Hälsofrämjande nätverket, Familjen Helsingborg", "Hälsofrämjande nätverket"),
        ("LSS-NÄTVERKET, FAMILJEN HELSINGBORG", "LSS-nätverket"),
    ])
    func aNetworkNamedByAParticipleOrAnAbbreviation(heading: String, network: String) {
        let meeting = read("""
            \(heading)
            Minnesanteckningar

            Datum: 2026-05-06
            Närvarande: Ada Lind (Bjuv), Per Sten (Klippan)

            1. Inledning
            Ada Lind hälsade välkommen.
            """)
        #expect(meeting.network == network)
    }

    /// Who took the notes, said in a sentence anywhere in minutes that list who came ("Imre åtog sig
    /// att föra anteckningar" under the first point), one of those listed; not who takes them next time.
    @Test func theScribeInASentence() {
        let minutes = """
            Nätverket för enhetschefer i hemtjänsten

            Närvarande: Hedda Lind, Helsingborg (ordförande); Ivar Brink, Bjuv; Jana Ek, Klippan

            Punkt 1: Hedda hälsade välkommen och öppnade mötet.
            Ivar åtog sig att föra anteckningar.

            Punkt 2: Jana Ek berättade om nya scheman i Klippan.
            """
        #expect(read(minutes).scribe?.name == "Ivar Brink")
        let next = read(minutes.replacingOccurrences(of: "Ivar åtog sig att föra anteckningar.", with: "Ivar åtog sig att föra anteckningar nästa gång."))
        #expect(next.scribe == nil)
        let passive = read(minutes.replacingOccurrences(of: "Ivar åtog sig att föra anteckningar.", with: "Anteckningarna skrevs av Ivar Brink."))
        #expect(passive.scribe?.name == "Ivar Brink")
    }

    /// A form's rows led by dots to one column, one label too long for more than a dot ("Skrev ihop
    /// svaren . Name"): its value is the label's too.
    @Test func aLabelTooLongForItsDots() {
        let meeting = read("""
            Nätverket för god man-handläggare
            FRÅGOR OCH SVAR

            Träff ............. tisdag 3 mars 2026, kl. 9.00–11.00
            Var ............... Bjuv, Kulturhuset
            Ledde träffen ..... Tora Hed, Bjuv
            Skrev ihop svaren . Ulf Moe, Höganäs

            FRÅGA 1   Arvoden
            Tora Hed berättade om de nya arvodesnivåerna.
            """)
        #expect(meeting.scribe?.name == "Ulf Moe")
        #expect(names(meeting.chairs) == ["Tora Hed"])
    }

    /// One who showed something brings it up ("Hedvig visade det nya bedömningsstödet"), not one who
    /// showed the others round; one who added to another's matter raises nothing of their own, under
    /// "Övrigt" too.
    @Test func showingAndAddingTo() {
        let meeting = read("""
            Nätverket för biståndshandläggare
            Datum: 2026-06-09
            Närvarande: Hedvig Strand (Bjuv), Ivar Lund (Klippan), Jon Ek (Åstorp)

            1. Bedömningsstöd
            Hedvig Strand visade det nya bedömningsstödet för hemtjänst.

            2. Studiebesök
            Ivar Lund visade runt i de nya lokalerna.

            3. Övrigt
            Jon Ek berättade att Åstorp anställer en ny handläggare.
            Ivar Lund lade till att tjänsten är ett vikariat.
            """)
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Hedvig Strand"], [], ["Jon Ek"]])
    }

    /// Review 7's false readings of readers 118–120, each narrowed.
    @Test func reviewedSeventh() {
        let lists = """
            Nätverket för daglig verksamhet
            Datum: 2026-09-01

            Närvarande:
            • Rakel Bom, Höganäs – leder träffen
            • Sune Ask, Landskrona
            • Tyra Ohm, Bjuv

            """
        func people(_ after: String, items: String = "1. Inledning\nRakel Bom hälsade välkommen.") -> Meeting { read(lists + after + "\n\n" + items) }
        // Joining the network or a unit is no joining of the meeting; one from another body joins as a guest.
        #expect(names(people("", items: "1. Runda\nBjuv: Ulla Ring (Åstorp) anslöt efter sommaren som ny samordnare.").attendees) == ["Rakel Bom", "Sune Ask", "Tyra Ohm"])
        #expect(names(people("", items: "1. Riktlinjer\nÅsa Nord (Örkelljunga) anslöt, medan Perstorp väntar på ett beslut.").attendees) == ["Rakel Bom", "Sune Ask", "Tyra Ohm"])
        let guest = people("", items: "1. Skulder\nVera Sand (Kronofogden) anslöt under punkt 1 och berättade om skuldsanering.")
        #expect(names(guest.guests) == ["Vera Sand"])
        // Away at another meeting, or for part of this one, is not away from it.
        for sentence in ["Sune Ask hade förhinder vid förra mötet.", "Tyra Ohm kunde inte delta hela dagen utan gick efter lunch.",
                         "Sune Ask kunde inte komma med något besked om lokalen.", "Tyra Ohm fick förhinder till nästa träff."] {
            #expect(people(sentence).absent.isEmpty, "\(sentence)")
        }
        // The network's chair chairs only where no one else is said to, and only as of now.
        let chaired = read(lists.replacingOccurrences(of: " – leder träffen", with: "") + "Rakel Bom är nätverkets ordförande men var sjuk. Sune Ask ledde mötet.\n\n1. Inledning\nText.")
        #expect(names(chaired.chairs) == ["Sune Ask"])
        let present = [Person(name: "Rakel Bom"), Person(name: "Sune Ask")]
        #expect(names(LetterReader.chairs(in: "Rakel Bom är nätverkets ordförande. Sune Ask ledde mötet.", present: present)) == ["Sune Ask"])
        #expect(names(LetterReader.chairs(in: "Rakel Bom är nätverkets ordförande.", present: present)) == ["Rakel Bom"])
        #expect(LetterReader.chairs(in: "Rakel Bom är nätverkets ordförande från och med januari.", present: present).isEmpty)
        // A network named by a word that points to one ("Kommande nätverket") is none.
        let pointing = read("""
            Minnesanteckningar 2026-04-23
            Kommande nätverket träffas i Bjuv den 4 juni.

            Närvarande: Ada Lind (Bjuv), Per Sten (Klippan)

            1. Planering
            Ada Lind tog upp höstens teman.
            """)
        #expect(pointing.network == nil)
        // An indented line naming people or a label is no wrapped detail.
        let wrapped = read("""
            Deltagare:
              - Ann Alm (Bjuv)
              - Bo Berg (Klippan)
                  via Teams: Cid Carr (Åstorp), Dan Dahl (Höganäs)

            1. Inledning
            Text.
            """)
        #expect(names(wrapped.attendees) == ["Ann Alm", "Bo Berg", "Cid Carr", "Dan Dahl"])
        // An outline's 1.15 is no clock, nor is a programme listed before its notes a run of breaks.
        let outline = read("Minnesanteckningar 2026-05-05\n\n1. Ärenden\n1.15 Boendestöd\n1.16 Ledsagning\nPer Holm tog upp väntetiderna.")
        #expect(outline.items.map(\.title).contains("Boendestöd"))
        // A body before the person its dash names is no surname; one line of people with a kommun after a comma is a list.
        #expect(names(read("Minnesanteckningar 2026-05-05\nInbjudna:\n   Kronofogden, Malmö – Lisa Sjö, jurist\n\n1. Skulder\nText.").guests) == ["Lisa Sjö"])
        #expect(names(read("Minnesanteckningar 2026-05-05\nNärvarande: Sara Ek, Bjuv – ordförande, Ola Lind, Klippan, Mia Ros, Åstorp\n\n1. Inledning\nText.").attendees)
            == ["Sara Ek", "Ola Lind", "Mia Ros"])
        // A word holding "polis" is no police; one listed away who keeps the minutes elsewhere is no scribe.
        let others = read("""
            Protokoll 2026-06-02
            Närvarande             Alva Kling, Helsingborg
            Övriga närvarande      Eva Rask, socialsekreterare med inriktning polisanmälningar
            Frånvarande            Cilla Ros, nätverkssekreterare

            § 1   Inledning
            Text.
            """)
        #expect(names(others.attendees) == ["Alva Kling", "Eva Rask"])
        #expect(others.scribe == nil)
        // A letter's guest, absentee or scribe of another meeting is none of this one's.
        let letter = read("""
            Hej alla!

            Vi som var med: Ebba Ros (Ängelholm), Nils Gran (Bjuv), Rut Kvist (Perstorp) och jag, Edit Lund (Svalöv).
            Ida Berg, jurist på Kronofogden, kommer som gäst till nästa möte. Återbud från Nils Gran till nästa möte.
            Anteckningarna fördes av Rut Kvist förra gången, den här gången skrev jag.

            Bostäder: Ebba Ros berättade om läget i Ängelholm.
            Skulder: Nils Gran berättade om väntetiderna.
            Övrigt: Rut Kvist tog upp sommarens schema.

            Hälsningar
            Edit Lund
            """)
        #expect(letter.guests.isEmpty)
        #expect(letter.absent.isEmpty)
        #expect(letter.scribe?.name == "Edit Lund")
        // Another meeting's place, or one to come, is not this one's.
        #expect(read("Nätverket för bistånd\nDatum: 2026-03-10\nFöregående möte 3 februari 2026 i Bjuv\n\n1. Inledning\nText.").place == nil)
    }
}
