import Foundation
import Testing
@testable import MinnesParse

/// Attendance lists, chairs, the scribe and the absent, in the layouts minutes use.
@Suite("People lists")
struct PeopleListsTests {
    /// Each label heads the list its kind says: one table gives both the heading's alternation and
    /// each label's kind, and a label that begins another of another kind comes after it.
    @Test("every label heads the list of its kind, written as minutes write it")
    func labelsHeadTheirKind() {
        let patterns: [(String, PeopleLists.Kind)] = [
            ("Vilka var här idag?", .attendees), ("Vilka deltog?", .attendees), ("Vi var: Ada Ek", .attendees), ("Kunde inte: Ada Ek", .absent),
            ("Ledde mötet: Ada Ek", .chairs), ("Med på träffen: Ada Ek", .attendees), ("Skrev: Ada Ek", .scribe),
            ("Antecknade: Ada Ek", .scribe), ("Runt bordet: Ada Ek", .attendees), ("Via Teams: Ada Ek", .attendees),
        ]
        let written: [(String, PeopleLists.Kind)] = PeopleLists.labels.compactMap { label in
            switch label.text {
            case .text(let text), .words(let text): ("\(text.capitalized):  Ada Ek", label.kind)
            case .verb, .pattern: nil
            }
        }
        #expect(written.count > 80)
        for (line, kind) in written + patterns {
            #expect(PeopleLists.heading(line)?.0 == kind, "\(line)")
        }
        // Its words however far apart, and not a label's first words alone.
        #expect(PeopleLists.heading("Medverkande   utifrån: Ada Ek")?.0 == .guests)
        #expect(PeopleLists.heading("Minutes  taken by: Ada Ek")?.0 == .scribe)
        #expect(PeopleLists.isPresenceWord("Förhinder") && !PeopleLists.isPresenceWord("Kunde"))
    }

    @Test("notes in shorthand: a legend of initials (\"KB = Karl Berg, Bjuv\") under närv.:, the chair, scribe and raisers by them")
    func initialsLegend() {
        let meeting = read("""
            anteckn. fr. träff 3/4-24
            plats: Bjuv, biblioteket

            närv.:
            KB = Karl Berg, Bjuv
            ML = Maria Lind, Svalöv
            gäst: OH = Ola Holm, Region Skåne
            förhinder: PE = Pia Ek, Klippan

            ordf KB, sekr ML

            1. läget
            ML berättade om Svalövs väntetider. OH informerade om regionens nya rutin.

            2. övrigt
            KB tog upp lokalfrågan.
            """)
        #expect(names(meeting.attendees) == ["Karl Berg", "Maria Lind"] && meeting.attendees.first?.municipality == "Bjuv")
        #expect(names(meeting.guests) == ["Ola Holm"] && names(meeting.absent) == ["Pia Ek"])
        #expect(names(meeting.chairs) == ["Karl Berg"] && meeting.scribe?.name == "Maria Lind")
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Maria Lind", "Ola Holm"], ["Karl Berg"]])
    }

    @Test("a table apart by bars alone, a rule of dashes and pluses under its header: an empty mark is someone away")
    func barredPresenceTable() {
        let meeting = read("""
            Protokoll
            Datum: 2024-02-07

            Närvaro

            Deltagare        | Kommun     | Närvaro
            -----------------+------------+--------
            Maja Lindqvist   | Klippan    |   X
            Otto Brandt      | Bjuv       |
            Sigrid Holm      | Svalöv     |   X

            Inbjuden föredragande: Tove Ek, Region Skåne (§ 3)

            § 1. Öppnande
            Mötet öppnades.
            """)
        #expect(names(meeting.attendees) == ["Maja Lindqvist", "Sigrid Holm"])
        #expect(names(meeting.absent) == ["Otto Brandt"])
        #expect(names(meeting.guests) == ["Tove Ek"])
    }

    /// "Övriga närvarande": those from a body outside the kommuner are guests, the kommun's own staff
    /// attend; the paragraph one came for (§ 21) is no detail; a protocol's rows of chair, scribe and
    /// checker above the first § name them and end nothing.
    @Test("Övriga närvarande from another body are guests; § rows above the items end nothing")
    func othersPresentAndProtocolRows() {
        let meeting = read("""
            NÄTVERKET FÖR VUXNA

            Sammanträdesdatum   2024-05-16
            Plats               Bjuv, Kommunhuset

            Närvarande
            Ivar Lundh, Bjuv
            Stina Palm, Klippan

            Övriga närvarande
            Hedvig Sand, Region Skåne, Vuxenpsykiatrin Helsingborg (§ 2)
            Arvid Mohlin, enhetschef, § 1

            Mötesordförande     Ivar Lundh
            Protokollförare     Stina Palm
            Justerare           Arvid Mohlin

            § 1  Mötets öppnande
            Ordföranden öppnade mötet.

            § 2  Samverkan
            Föredragande: Hedvig Sand
            Hedvig Sand berättade om telefontiderna.

            Vid protokollet

            Stina Palm
            """)
        #expect(names(meeting.attendees) == ["Ivar Lundh", "Stina Palm", "Arvid Mohlin"])
        #expect(meeting.guests == [Person(name: "Hedvig Sand", role: "Region Skåne")])
        #expect(meeting.attendees.last?.role == "enhetschef")
        #expect(names(meeting.chairs) == ["Ivar Lundh"])
        #expect(meeting.scribe?.name == "Stina Palm")
        #expect(meeting.items.map(\.title) == ["Mötets öppnande", "Samverkan"])
        #expect(meeting.items.last?.raisedBy.map(\.person?.name) == ["Hedvig Sand"])

        // The scribe named in the header, not at the end: the items below are still the agenda.
        let headed = read("""
            # Minnesanteckningar Nätverket för vuxna

            **Datum:** 2020-09-11

            **Deltagare:** Ivar Lundh (Bjuv), Stina Palm (Klippan)

            **Vid anteckningarna:** Stina Palm

            ### 1) Mötet öppnas

            Ordföranden öppnade mötet.

            ### 2) Lägesbild

            Ivar Lundh berättade om läget.
            """)
        #expect(headed.scribe?.name == "Stina Palm")
        #expect(headed.items.map(\.title) == ["Mötet öppnas", "Lägesbild"])
    }

    /// A job's title before the name, capitalised as a bullet's first word is: the person's role.
    @Test("'Handläggare Väinö Korhonen, Klippan': a title first is a role; a note of the minutes stays")
    func jobTitleFirst() {
        let meeting = read("""
            Minnesanteckningar Nätverket för bostadsanpassning
            Datum: 2022-11-10

            Deltagare:
            •\tHandläggare Väinö Korhonen, Klippan (mötesordförande)
            •\tKommunjurist Iben Hallberg, Ängelholm
            •\tHandläggare Nelly Åkesson, Svalöv (för anteckningar)

            1. Budget
            Nelly tog upp att budgeten är knapp.
            2. Övrigt
            Inget.
            """)
        #expect(names(meeting.attendees) == ["Väinö Korhonen", "Iben Hallberg", "Nelly Åkesson"])
        #expect(meeting.attendees[1].role == "Kommunjurist")
        #expect(names(meeting.chairs) == ["Väinö Korhonen"] && meeting.scribe?.name == "Nelly Åkesson")
        #expect(meeting.items.first?.raisedBy.map(\.person?.name) == ["Nelly"])
    }

    /// Who came, by kommun: a dash where no one did, "förhinder (Name)" where one was to and did not.
    @Test("'Representation per kommun': Kommun: names, –, förhinder (Name)")
    func representationPerKommun() {
        let meeting = read("""
            Minnesanteckningar Placeringsnätverket
            Datum: 2023-02-09

            Representation per kommun
            Helsingborg:   Ingemar Håkansson, Jonna Lindqvist
            Höganäs:       –
            Bjuv:          förhinder (Runa Ekholm)
            Klippan:       Veronica Strand

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ingemar Håkansson", municipality: "Helsingborg"), Person(name: "Jonna Lindqvist", municipality: "Helsingborg"),
            Person(name: "Veronica Strand", municipality: "Klippan"),
        ])
        #expect(meeting.absent == [Person(name: "Runa Ekholm", municipality: "Bjuv")])
    }

    /// A person's detail wrapped onto the next line is theirs, not another person; a role before a
    /// name on the next line is the next person.
    @Test("a detail wrapped onto the next line belongs to the person before")
    func wrappedDetail() {
        let meeting = read("""
            Minnesanteckningar Arbetsmarknadsnätverket
            Datum: 2024-10-03

            Gäst: Golnar Ahmadi, Arbetsförmedlingen, Kundtjänst
            arbetsgivare Skåne nordväst (punkt 3)
            fältsekreterare Agnes Rosendahl, Helsingborg

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(names(meeting.guests) == ["Golnar Ahmadi", "Agnes Rosendahl"])
    }

    @Test("a comma list with (Kommun) and (ordf., Kommun)")
    func commaListWithMunicipalities() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket
            Datum: 2022-03-14

            Deltagare: Ronja Sävström (Bjuv), Elias Grenmark (Klippan), Tove Lindqvist (Åstorp), Harald Nyberg (ordf., Perstorp)

            1. **Välkommen**
            Harald hälsar alla välkomna.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ronja Sävström", municipality: "Bjuv"),
            Person(name: "Elias Grenmark", municipality: "Klippan"),
            Person(name: "Tove Lindqvist", municipality: "Åstorp"),
            Person(name: "Harald Nyberg", municipality: "Perstorp"),
        ])
        #expect(meeting.chairs == [Person(name: "Harald Nyberg", municipality: "Perstorp")])
    }

    /// A bullet a person, some with a role and an organisation after commas; the absent under a label
    /// that is a bullet of its own after a blank line.
    @Test("a bulleted list with commas in a bullet, and a bulleted label after it")
    func bulletedListAndBulletedLabel() {
        let meeting = read("""
            # Anteckningar, Nätverket för LSS-frågor, 3 mars 2024

            **Närvarande:**

            - Ronja Sävström – Bjuv
            - Elias Grenmark – Klippan
            - Maj Ekdahl, samordnare, Arbetsförmedlingen
            - Tove Lindqvist, enhetschef, Region Skåne

            - **Frånvarande:** Harald Nyberg, Greta Wiik

            1. **Välkommen**
            Kort.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ronja Sävström", municipality: "Bjuv"), Person(name: "Elias Grenmark", municipality: "Klippan"),
            Person(name: "Maj Ekdahl", role: "samordnare, Arbetsförmedlingen"), Person(name: "Tove Lindqvist", role: "enhetschef, Region Skåne"),
        ])
        #expect(meeting.absent.map(\.name) == ["Harald Nyberg", "Greta Wiik"])
    }

    /// "Name - role, Kommun" and "Kommun - Name" lines; a sentence saying who was away ends the list
    /// and lists the absent.
    @Test("dashes between name, role and kommun; the absent in a sentence")
    func dashesAndTheAbsentInASentence() {
        let meeting = read("""
            MINNESANTECKNINGAR
            Nätverket för mottagningsfrågor

            Datum: 2023-02-07

            Närvarande:
            - Ronja Sävström - enhetschef mottagningen, Bjuv
            - Klippan - Elias Grenmark
            - Tove Lindqvist – IFO-chef
            Harald Nyberg, Greta Wiik och Maj Ekdahl hade anmält förhinder.

            § 1 Mötet öppnas
            Mötet öppnades. Socialchefen hade förhinder.
            § 2 Avslut
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ronja Sävström", municipality: "Bjuv", role: "enhetschef mottagningen"),
            Person(name: "Elias Grenmark", municipality: "Klippan"), Person(name: "Tove Lindqvist", role: "IFO-chef"),
        ])
        #expect(meeting.absent.map(\.name) == ["Harald Nyberg", "Greta Wiik", "Maj Ekdahl"])
    }

    /// A person a line, each "Name, role, organisation", is not one comma list; a sentence naming who
    /// was away may wrap onto the next line.
    @Test("a person a line with commas; the absent in a sentence over two lines")
    func personALineAndAWrappedAbsentSentence() {
        let meeting = read("""
            Minnesanteckningar, kompetensnätverket 2023-11-08

            Övriga närvarande:
              Maj Ekdahl, samordnare, Familjen Bjuvsta
              Klas Holm – Perstorp
              Olle Brink, utvecklingsledare, Länsstyrelsen Skåne

            Deltagare: Ronja Sävström (Bjuv), Elias Grenmark (Klippan)

            Harald Nyberg, Greta Wiik och Tove
            Lindqvist hade anmält förhinder.

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        // (Among those "Övriga", one from another body is a guest, after a job too.)
        #expect(meeting.attendees == [
            Person(name: "Maj Ekdahl", role: "samordnare"), Person(name: "Klas Holm", municipality: "Perstorp"),
            Person(name: "Ronja Sävström", municipality: "Bjuv"), Person(name: "Elias Grenmark", municipality: "Klippan"),
        ])
        #expect(meeting.guests == [Person(name: "Olle Brink", role: "utvecklingsledare, Länsstyrelsen Skåne")])
        #expect(meeting.absent.map(\.name) == ["Harald Nyberg", "Greta Wiik", "Tove Lindqvist"])
        let wrappedAfterAVerb = read("Minnesanteckningar 2023-11-08\n\nDeltagare: Ronja Sävström (Bjuv), Elias Grenmark (Klippan)\n\nHarald Nyberg hade anmält\nförhinder.\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(wrappedAfterAVerb.absent.map(\.name) == ["Harald Nyberg"])
    }

    /// "Kommun: Name" bullets, and the absent under "Frånvarande med anmält förhinder:".
    @Test("Kommun: Name, and the absent under a longer label")
    func kommunColonNameAndALongerAbsentLabel() {
        let meeting = read("""
            # Minnesanteckningar
            **Nätverket för LSS-frågor**
            **Datum:** 2024-02-12
            **Närvarande:**
            • Svalöv: Ronja Sävström
            • Höganäs: Elias Grenmark
            **Frånvarande med anmält förhinder:**
            • Åstorp: Greta Wiik

            ## § 1 Välkommen
            Kort.
            ## § 2 Avslut
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ronja Sävström", municipality: "Svalöv"), Person(name: "Elias Grenmark", municipality: "Höganäs"),
        ])
        #expect(meeting.absent == [Person(name: "Greta Wiik", municipality: "Åstorp")])
    }

    /// A table aligned by spaces, its header naming the columns and a presence column: a row without
    /// a mark is someone not there.
    @Test("a table aligned by spaces, with a presence column")
    func tableAlignedBySpaces() {
        let meeting = read("""
            Anteckningar från styrgruppen 2024-05-14

            Närvaro:
            Namn              Kommun       Funktion                  Närvarande
            ----------------------------------------------------------------
            Ronja Sävström    Bjuv         enhetschef                X
            Elias Grenmark    Klippan      verksamhetschef barn
            Tove Lindqvist    Perstorp     socialchef                X

            Punkt 1: Inledning
            Kort.
            Punkt 2: Avslut
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Ronja Sävström", municipality: "Bjuv", role: "enhetschef"),
            Person(name: "Tove Lindqvist", municipality: "Perstorp", role: "socialchef"),
        ])
        #expect(meeting.absent.map(\.name) == ["Elias Grenmark"])
    }

    @Test("a comma list broken across lines is one list")
    func commaListAcrossLines() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm),
            Sofia Lund (Landskrona), Greta Wiik (Båstad)

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund", "Greta Wiik"])
        #expect(meeting.attendees.last?.municipality == "Båstad")
    }

    @Test("one name a line under headings without colons: Deltagare, Frånvarande")
    func oneNameALine() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare
            Karin Holmgren
            Petter Alm
            Sofia Lund

            Frånvarande
            Olle Rask

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Karin Holmgren"), Person(name: "Petter Alm"), Person(name: "Sofia Lund"),
        ])
        #expect(meeting.absent == [Person(name: "Olle Rask")])
    }

    @Test("tab-separated name and kommun, with a role after the kommun")
    func tabSeparated() {
        let meeting = read(
            "Minnesanteckningar IFO-nätverket 2022-09-01\n\nNärvarande:\nKarin Holmgren\tHöganäs\n"
                + "Petter Alm\tÄngelholm\nSofia Lund\tLandskrona, verksamhetschef\n\n"
                + "1. **Inledning**\nKort genomgång.\n2. **Avslut**\nTack.\n")
        #expect(meeting.attendees == [
            Person(name: "Karin Holmgren", municipality: "Höganäs"),
            Person(name: "Petter Alm", municipality: "Ängelholm"),
            Person(name: "Sofia Lund", municipality: "Landskrona", role: "verksamhetschef"),
        ])
    }

    @Test("'Namn, Kommun' a line")
    func nameCommaMunicipality() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare:
            Karin Holmgren, Höganäs
            Petter Alm, Ängelholm
            Sofia Lund, Landskrona

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.attendees == [
            Person(name: "Karin Holmgren", municipality: "Höganäs"),
            Person(name: "Petter Alm", municipality: "Ängelholm"),
            Person(name: "Sofia Lund", municipality: "Landskrona"),
        ])
    }

    @Test("two full names on one line are two people")
    func twoNamesOnALine() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare:
            Karin Holmgren, Petter Alm
            Sofia Lund

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
    }

    @Test("a bulleted list with (ordf.) marks the chair")
    func bulletedListWithChair() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare:
            - Karin Holmgren, Höganäs
            - Petter Alm, Ängelholm (ordf.)
            - Sofia Lund, Landskrona

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
        #expect(meeting.chairs == [Person(name: "Petter Alm", municipality: "Ängelholm")])
    }

    @Test("absent under Förhinder:, with Namn-Kommun and Namn - Kommun")
    func absentWithDashedMunicipality() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm), Sofia Lund (Landskrona)

            Förhinder: Olle Rask-Bjuv, Lisa Torp - Örkelljunga

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.absent == [
            Person(name: "Olle Rask", municipality: "Bjuv"),
            Person(name: "Lisa Torp", municipality: "Örkelljunga"),
        ])
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
    }

    @Test("Frånvarande: and Gäster: lists go to absent and guests, not attendees")
    func absentAndGuests() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren, Petter Alm, Sofia Lund
            Frånvarande: Olle Rask, Lisa Torp
            Gäster: Nils Ahl (Region Skåne)

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
        #expect(names(meeting.absent) == ["Olle Rask", "Lisa Torp"])
        #expect(meeting.guests == [Person(name: "Nils Ahl", role: "Region Skåne")])
        #expect(names(meeting.present) == ["Karin Holmgren", "Petter Alm", "Sofia Lund", "Nils Ahl"])
    }

    @Test("an Ordförande: line names the chair")
    func chairLine() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm), Sofia Lund (Landskrona)

            Ordförande: Petter Alm

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.chairs == [Person(name: "Petter Alm")])
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
    }

    @Test("'Närvarande var …' is prose, not a list heading")
    func proseIsNotAHeading() {
        #expect(PeopleLists.heading("Närvarande var alla utom en person från Bjuv.") == nil)
        #expect(PeopleLists.heading("Deltagare:") != nil)
        #expect(PeopleLists.heading("**Frånvarande:** Olle Rask")?.0 == .absent)
        #expect(PeopleLists.heading("Anmält förhinder: Lisa Torp")?.0 == .absent)
        #expect(PeopleLists.heading("Gäster: Nils Ahl")?.0 == .guests)
        #expect(PeopleLists.heading("Ordf.:        Petter Alm")?.0 == .chairs)
        #expect(PeopleLists.heading("- **Ordf.:** Petter Alm")?.0 == .chairs)
        #expect(PeopleLists.heading("Ordf. Alm tackade alla.") == nil)
        #expect(PeopleLists.heading("**Sekr.:** Petter Alm")?.0 == .scribe)
        #expect(PeopleLists.heading("Antecknare: Petter Alm")?.0 == .scribe)
        #expect(PeopleLists.heading("Mötet leddes av Petter Alm.").map { [$0.0] } == [.chairs])
        #expect(PeopleLists.heading("Dokumentation:         Petter Alm, Åstorp")?.0 == .scribe)
        #expect(PeopleLists.heading("Mötet leddes av ordföranden i Bjuv.") == nil)
    }

    @Test("labels side by side on one line, apart by bars or dots: a section each; not one list a dot parts")
    func labelsSideBySide() {
        let bars = read("""
            Minnesanteckningar Nätverket för äldreomsorg
            Datum: 2023-03-14

            Ordförande: Karin Lund | Antecknare: Per Holm | Justerare: Eva Strand

            Närvarande: Karin Lund (Bjuv), Per Holm (Klippan), Eva Strand (Åstorp), Oskar Berg (Höganäs)

            1. Hemtjänst
            Karin Lund berättade om hemtjänsten.
            2. Övrigt
            Inget.
            """)
        #expect(names(bars.chairs) == ["Karin Lund"])
        #expect(bars.scribe?.name == "Per Holm")
        #expect(names(bars.attendees) == ["Karin Lund", "Per Holm", "Eva Strand", "Oskar Berg"])
        let dots = read("Minnesanteckningar 2023-04-11\n\nNärvarande: Ali Sand (Bjuv) · Mona Ek (Perstorp)\nFrånvarande: Lars Ulf (Svalöv) · Mötesledare: Mona Ek\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(dots.attendees) == ["Ali Sand", "Mona Ek"])
        #expect(names(dots.absent) == ["Lars Ulf"])
        #expect(names(dots.chairs) == ["Mona Ek"])
    }

    @Test func attendanceGuestsChairAndScribeInSentences() {
        let meeting = read("""
            Minnesanteckningar Boendenätverket 2022-05-04

            Närvarande var Anna Ek (Bjuv), Olle Holm och Lisa Berg från Klippan samt Ida Sten (Svalöv).
            Som gäst deltog Per Wall från Kronofogden under punkt 2.
            Ordf. Anna Ek, sekr. Ida Sten

            1. Inledning
            Kort.
            2. Skulder
            Per Wall berättade om skuldsanering.
            """)
        #expect(names(meeting.attendees) == ["Anna Ek", "Olle Holm", "Lisa Berg", "Ida Sten"])
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", nil, "Klippan", "Svalöv"])
        #expect(names(meeting.guests) == ["Per Wall"])
        #expect(names(meeting.chairs) == ["Anna Ek"])
        #expect(meeting.scribe?.name == "Ida Sten")
        let prose = read("Minnesanteckningar Boendenätverket 2022-05-04\n\nNärvarande var alla utom Bjuv och Klippan.\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(prose.attendees.isEmpty)
    }

    @Test("one person as an attendance list writes them", arguments: [
        ("Karin Holmgren (ordf., Höganäs)", Person(name: "Karin Holmgren", municipality: "Höganäs")),
        ("Petter Alm (från Åstorp)", Person(name: "Petter Alm", municipality: "Åstorp")),
        ("Sofia Lund, Engelholm", Person(name: "Sofia Lund", municipality: "Ängelholm")),
        ("Olle Rask, hbg", Person(name: "Olle Rask", municipality: "Helsingborg")),
        ("Greta Wiik-Båstad", Person(name: "Greta Wiik", municipality: "Båstad")),
        ("Lars-Ola Nilsson", Person(name: "Lars-Ola Nilsson")),
        ("Anna Berg, socionom", Person(name: "Anna Berg", role: "socionom")),
        // "för" in a role is not a substitute's.
        ("Ove Sand, chef för vuxenenheten, Bjuv", Person(name: "Ove Sand", municipality: "Bjuv", role: "chef för vuxenenheten")),
        ("Ove Sand för Ida Ek, Bjuv", Person(name: "Ove Sand", municipality: "Bjuv")),
        ("Lindgren Anna", Person(name: "Lindgren Anna")),
        ("Kathleen Berg (Bjuv)", Person(name: "Kathleen Berg", municipality: "Bjuv")),
        ("samt Eva Lind, Åstorp", Person(name: "Eva Lind", municipality: "Åstorp")),
        ("Klippan", nil),
        ("mötet avslutades kl 12", nil),
    ] as [(String, Person?)])
    func personFromText(text: String, expected: Person?) {
        #expect(MinutesReader.person(from: text) == expected)
    }

    @Test("the scribe after the agenda: Vid pennan, Sekreterare, Vid tangenterna, a signature", arguments: [
        ("Vid pennan: Sofia Lund, Landskrona", Person(name: "Sofia Lund", municipality: "Landskrona")),
        ("Sekreterare: Sofia Lund", Person(name: "Sofia Lund")),
        ("Vid tangenterna\nSofia Lund\nSocialförvaltningen Landskrona", Person(name: "Sofia Lund")),
        ("Med vänliga hälsningar\nGreta Wiik", Person(name: "Greta Wiik")),
        ("- **Antecknat av:** Sofia Lund", Person(name: "Sofia Lund")),
        ("Vid anteckningarna: Sofia Lund", Person(name: "Sofia Lund")),
        ("Anteckningarna förda av Sofia Lund", Person(name: "Sofia Lund")),
        ("/Sofia Lund", Person(name: "Sofia Lund")),
        ("/ Sofia", Person(name: "Sofia")),
    ])
    func scribe(closing: String, expected: Person) {
        let meeting = read(
            "Minnesanteckningar IFO-nätverket 2022-09-01\n\n"
                + "Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm), Sofia Lund (Landskrona)\n\n"
                + "1. **Inledning**\nKarin öppnar mötet.\n2. **Avslut**\nMötet avslutas.\n\n" + closing + "\n")
        #expect(meeting.scribe == expected)
        #expect(meeting.items.last?.text == "Mötet avslutas.")
        #expect(meeting.notes.hasSuffix(closing))
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lund"])
    }

    @Test func aProtocolsElectedScribeIsItsScribeAndABulletedRoleInProseIsNot() {
        let elected = read(
            "Protokoll IFO-nätverket 2022-09-01\n\nNärvarande: Karin Holmgren (Höganäs), Petter Alm (Ängelholm)\n\n"
                + "§ 1 Val av justerare\nTill sekreterare valdes Petter Alm och till justerare Karin Holmgren.\n§ 2 Avslut\nMötet avslutas.\n")
        #expect(elected.scribe == Person(name: "Petter Alm"))
        let prose = read(
            "Minnesanteckningar IFO-nätverket 2022-09-01\n\nDeltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm)\n\n"
                + "1. **Inledning**\nKarin öppnar mötet.\n2. **Avslut**\n- Sekreterare i nätverket är Petter Alm\n")
        #expect(prose.scribe == nil)
    }

    @Test func abbreviatedLabelsNameTheChairAndTheScribe() {
        let meeting = read(
            "Minnesanteckningar IFO-nätverket 2022-09-01\n\nDeltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm)\n"
                + "Ordf.: Karin Holmgren\nSekr.: Petter Alm\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(meeting.chairs.map(\.name) == ["Karin Holmgren"])
        #expect(meeting.scribe?.name == "Petter Alm")
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm"])
    }

    @Test("a comma list does not swallow the paragraph after it")
    func commaListStopsAtParagraph() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm), Sofia Lund (Landskrona)

            Dagordningen godkändes

            1. **Inledning**
            Karin öppnar mötet.
            2. **Avslut**
            Mötet avslutas.
            """)
        #expect(meeting.attendees.last == Person(name: "Sofia Lund", municipality: "Landskrona"))
    }

    @Test("Sekreterare: in the header names the scribe")
    func sekreterareInHeader() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Ängelholm), Sofia Lund (Landskrona)

            Ordförande: Petter Alm
            Sekreterare: Sofia Lund

            1. **Inledning**
            Karin öppnar mötet.
            2. **Avslut**
            Mötet avslutas.
            """)
        #expect(meeting.scribe?.name == "Sofia Lund")
        #expect(meeting.chairs == [Person(name: "Petter Alm")])
    }

    @Test("a list of participants ends at a blank line before a heading: no 'Sofia Lindgren Syfte'")
    func listEndsBeforeHeading() {
        let meeting = read("""
            Minnesanteckningar nätverket 2021-04-09

            Deltagare: Karin Holmgren (Höganäs), Petter Alm (Bjuv), Sofia Lindgren (Ängelholm)

            Syfte
            Nätverket är ett forum för erfarenhetsutbyte mellan cheferna i regionen och möts varje månad.
            """)
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm", "Sofia Lindgren"])
    }

    @Test("a protocol's serving substitute 'X (L) för Y (SD)' is X, present; Y is absent")
    func servingSubstitute() {
        let meeting = read("""
            Socialnämndens arbetsutskott
            Datum: 2021-03-09

            Närvarande ledamöter
            Anna Rydberg (S)
            Sven Holm (C)

            Tjänstgörande ersättare
            Mona Ekstrand (L) för Bo Hägg (SD)

            Anmält förhinder
            Bo Hägg (SD)

            § 1 Upprop
            Alla är på plats.

            § 2 Budget
            Inget att rapportera.
            """)
        #expect(names(meeting.attendees) == ["Anna Rydberg", "Sven Holm", "Mona Ekstrand"])
        #expect(names(meeting.absent) == ["Bo Hägg"])
    }
}

/// Lists as notes apps and short-hand write them.
@Suite("People lists, other writings")
struct PeopleListsOtherWritingsTests {
    @Test("a Markdown task list: [x] came, [ ] did not; (gäst) among them a guest")
    func taskList() {
        let meeting = read("""
            # Nätverksmöte 2024-01-23

            ## Deltagare

            - [x] Klara Wennberg, Klippan (mötesledare)
            - [x] Ester Blomgren, Svalöv (antecknar)
            - [x] Aida Memić, Helsingborgs tingsrätt (gäst)
            - [ ] Eivor Skoog, Bjuv

            ## Anteckningar

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Klara Wennberg", "Ester Blomgren"])
        #expect(names(meeting.guests) == ["Aida Memić"])
        #expect(names(meeting.absent) == ["Eivor Skoog"])
        #expect(names(meeting.chairs) == ["Klara Wennberg"])
        #expect(meeting.scribe?.name == "Ester Blomgren")
    }

    @Test("fr. for från, a list wrapped after it, A samt B, and a note on the one before")
    func abbreviatedFromAndNotes() {
        let meeting = read("""
            Anteckningar från träff 2022-05-18

            Närvarande: Estelle Mård fr. Helsingborg (ordf.), Margit Hallenberg fr. Bjuv, Tage Bergkvist
            (Klippan), Gabriel Sandström, Höganäs, Tova Liljeqvist fr.
            Örkelljunga samt Benjamin Frisk fr. Svalöv, som också förde anteckningar.
            Gäst: Cornelia Åkerblom fr. Demensföreningen, under p. 4.

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        #expect(names(meeting.attendees) == ["Estelle Mård", "Margit Hallenberg", "Tage Bergkvist", "Gabriel Sandström", "Tova Liljeqvist", "Benjamin Frisk"])
        #expect(meeting.attendees.map(\.municipality) == ["Helsingborg", "Bjuv", "Klippan", "Höganäs", "Örkelljunga", "Svalöv"])
        #expect(names(meeting.guests) == ["Cornelia Åkerblom"])
        #expect(meeting.scribe?.name == "Benjamin Frisk")
    }

    @Test("a kommun over the bulleted people from there")
    func groupedByKommun() {
        let meeting = read("Minnesanteckningar 2023-11-20\n\nDeltagare\nHelsingborg\n – Wilhelm Falk (ordförande)\n – Nellie Rahmqvist\nHöganäs\n – Aleksandra Wójcik\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(meeting.attendees) == ["Wilhelm Falk", "Nellie Rahmqvist", "Aleksandra Wójcik"])
        #expect(meeting.attendees.map(\.municipality) == ["Helsingborg", "Helsingborg", "Höganäs"])
        #expect(names(meeting.chairs) == ["Wilhelm Falk"])
    }

    @Test("a guest and the body they come from on one line are one person")
    func guestAndBody() {
        let meeting = read("Minnesanteckningar 2023-09-05\n\nGäster\nEllen Norrby, Svenska kyrkan, Båstads pastorat\nSiri Westman, Räddningstjänsten\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(meeting.guests) == ["Ellen Norrby", "Siri Westman"])
    }
}

/// Lines the rules for other writings must leave as they were (a review's examples).
@Suite("People lists and items, read as before")
struct ReadAsBeforeTests {
    @Test("a list ending in a comma over item 1 leaves the item")
    func trailingCommaOverItem() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\nNärvarande: Anna Ek (Bjuv), Per Holm (Klippan), Eva Lind (Åstorp),\n1. Mötets öppnande\nKort.\n2. Avslut\nTack.\n")
        #expect(meeting.items.map(\.title) == ["Mötets öppnande", "Avslut"])
        #expect(names(meeting.attendees) == ["Anna Ek", "Per Holm", "Eva Lind"])
    }

    @Test("a task list of things to do under a list of people is not people")
    func tasksAfterPeople() {
        let meeting = read("# Möte 2024-01-23\n\n## Deltagare\n\n- [x] Anna Ek, Bjuv\n- [ ] Eva Lind, Åstorp\n**Att göra:**\n- [ ] Anna skickar ut kallelse\n- [ ] Per bokar lokal\n\n## Anteckningar\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(meeting.attendees) == ["Anna Ek"])
        #expect(names(meeting.absent) == ["Eva Lind"])
    }

    @Test("a name with its surname in lower case is still one of two on a line; a committee's chair is not the meeting's")
    func lowerCaseSurnameAndCommitteeChair() {
        let two = read("Minnesanteckningar 2023-01-19\n\nNärvarande\nUlrik alm, Lars-Ola Olsson\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(two.attendees) == ["Ulrik alm", "Lars-Ola Olsson"])
        let chair = read("Minnesanteckningar 2023-01-19\n\nNärvarande: Eva Lind, Åstorp, Per Holm, ordförande socialnämnden Klippan, Anna Ek, socialchef Bjuv\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(chair.chairs.isEmpty)
        #expect(names(chair.attendees) == ["Eva Lind", "Per Holm", "Anna Ek"])
    }

    @Test("titles: an abbreviation is no sentence's end, a heading with a label's colon is a heading")
    func titlesWithAbbreviationsAndColons() {
        let abbreviated = read("Minnesanteckningar 2023-01-19\n\n1. Info fr. Socialstyrelsen\nNya föreskrifter.\n2. Samverkan m. Polisen\nKort.\n")
        #expect(abbreviated.items.map(\.title) == ["Info fr. Socialstyrelsen", "Samverkan m. Polisen"])
        let headed = read("Minnesanteckningar 2023-01-19\n\nTema: Våld i nära relationer 2024\n\nAnna Ek berättade om den nya strategin.\n\nBudget: Ramar för 2025\n\nPer Holm redovisade ramarna.\n")
        #expect(headed.items.map(\.title) == ["Tema: Våld i nära relationer 2024", "Budget: Ramar för 2025"])
    }

    @Test("bullets under Övrigt stay items unless most of them are notes")
    func bulletsUnderAHeading() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\nBarnahus\n\nKarin beskriver läget för lokalerna.\n\nÖvrigt\n- Julfika 12 december\n- Ny samordnare i Klippan\n- Anna berättade att utbildningen i motiverande samtal flyttas till mars och att anmälan sker via länk.\n")
        #expect(meeting.items.map(\.title).count == 4)
    }

    @Test("an e-mail address in a statement is kept as written")
    func emailInStatement() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\n1. Kontakt\nAnna Ek berättade att frågor går till Per.Holm@Klippan.se i vår.\n2. Avslut\nTack.\n")
        #expect(meeting.items[0].raisedBy.first?.statement.contains("Per.Holm@Klippan.se") == true)
    }
}

/// A Markdown file with front matter and numbered lists of people (as a notes app exports them).
@Test func frontMatterAndNumberedPeople() {
    let meeting = read("""
        ---
        title: Bostadssociala nätverket – minnesanteckningar
        date: 2022-11-24
        place: Åstorp, Kommunhuset
        tags: [minnesanteckningar]
        ---

        # Bostadssociala nätverket

        Mötesordförande: Svante Lindvall · Sekreterare: Moa Hultgren

        ## Närvarande

        1. Svante Lindvall, Åstorp
        2. Moa Hultgren, Helsingborg

        ## Frånvarande

        1. Tuva Welander, Höganäs

        **Punkt 1:** Mötets öppnande
        Ordföranden hälsade välkommen.

        **Punkt 2:** Sociala kontrakt
        Gert Assarsson, som inte kunde delta, har skickat frågan: hur gör ni?
        Nätverket enades om att samla avtalen.
        """)
    #expect(meeting.date == "2022-11-24")
    #expect(meeting.place == "Åstorp, Kommunhuset")
    #expect(meeting.network == "Bostadssociala nätverket")
    #expect(names(meeting.attendees) == ["Svante Lindvall", "Moa Hultgren"])
    #expect(names(meeting.absent) == ["Tuva Welander"])
    #expect(names(meeting.chairs) == ["Svante Lindvall"])
    #expect(meeting.scribe?.name == "Moa Hultgren")
    #expect(meeting.items.map(\.title) == ["Mötets öppnande", "Sociala kontrakt"])
    #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Gert Assarsson"])
    #expect(meeting.items[1].decisions == ["Nätverket enades om att samla avtalen."])
}

/// Who took part as a Teams attendance report writes it, pasted under an invitation.
@Test func teamsAttendanceReport() {
    let meeting = read("""
        Öppenvårdsnätverket – minnesanteckningar

        När: den 12 oktober 2022 13:00-15:00
        Var: Microsoft Teams-möte

        Deltagare enligt närvarorapporten i Teams:
        Rönnqvist, Alva (Helsingborg)
        Wallgren Sandell, Caroline (Ängelholm)
        Palmgren, Joel (Åstorp)
        Björck, Yngve (Gäst)

        Tackat nej i kallelsen: Fogelberg, Nathalie (Svalöv)

        Anteckningar: Joel Palmgren

        1.\tIncheckning
        Kort.
        2.\tMini-Maria
        Yngve Björck från Mini-Maria Helsingborg presenterade mottagningens arbete.
        """)
    #expect(names(meeting.attendees) == ["Alva Rönnqvist", "Caroline Wallgren Sandell", "Joel Palmgren"])
    #expect(meeting.attendees.map(\.municipality) == ["Helsingborg", "Ängelholm", "Åstorp"])
    #expect(names(meeting.guests) == ["Yngve Björck"])
    #expect(names(meeting.absent) == ["Nathalie Fogelberg"])
    #expect(meeting.scribe?.name == "Joel Palmgren")
    #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Yngve Björck"])
}

/// The second review's examples: lines the newer rules must leave as they were.
@Suite("Read as before, second review")
struct ReadAsBeforeSecondReviewTests {
    @Test("a schedule in an item, a table of names with details, numbers inside an item's text")
    func columnsAndNumbers() {
        let schedule = read("Minnesanteckningar 2023-01-19\n\n1. Program för utbildningsdagen\n09.00      Välkommen, Anna Ek\n09.30      Föreläsning, Per Holm\n12.00      Lunch\n2. Avslut\nTack.\n")
        #expect(schedule.items.first?.title == "Program för utbildningsdagen")
        let table = read("Minnesanteckningar 2023-01-19\n\nNärvarande\nAnna Ek              Socialchef, Bjuv\nPer Holm             Enhetschef, Klippan\nEva Lind             Utredare, Åstorp\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(table.attendees.map(\.municipality) == ["Bjuv", "Klippan", "Åstorp"])
        let counted = read("Minnesanteckningar 2023-01-19\n\n1. Statistik\nAntal ärenden per kommun:\n\n1\nBjuv hade ett nytt ärende.\n\n2\nKlippan hade två.\n\n3\nÅstorp hade tre.\n\n2. Avslut\nTack.\n")
        #expect(counted.items.map(\.title) == ["Statistik", "Avslut"])
    }

    @Test("agenda lines under an empty list label are items; a first name and a body are no surname-first person")
    func agendaUnderALabelAndFirstNames() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\nFrånvarande:\n\n1. Val av ordförande, sekreterare\n2. Information, Lars Berg (Bjuv)\n3. Avslut\nTack.\n")
        #expect(meeting.items.count == 3)
        #expect(meeting.absent.isEmpty && meeting.scribe == nil)
        let bodies = read("Minnesanteckningar 2023-01-19\n\nNärvarande\nRönnqvist, Alva (Helsingborg)\nLena, Bris\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(!names(bodies.attendees).contains("Bris Lena"))
    }

    @Test("initials stand for a person only where the list keys someone by them")
    func initialsOnlyWhereKeyed() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\nNärvarande: Hanna Ruud (Bjuv), Fredrik Karlsson (Klippan)\n\n1. Samverkan\nFK informerade om nya regler.\n2. Avslut\nTack.\n")
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) != ["Fredrik Karlsson"])
        let labelled = read("Minnesanteckningar 2023-01-19\n\nNärvarande: Anna Ek (Bjuv), Per Holm (Klippan)\nAnteckningar: Bifogas\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(labelled.scribe == nil)
    }

    @Test("rules, sources and others' decisions are no one's raising and no decision of the meeting")
    func rulesAndOthersDecisions() {
        let meeting = read("Minnesanteckningar 2023-01-19\n\n1. Lagstiftning\nEnligt Lex Sarah ska allt rapporteras.\nRegeringen bestämde att bidraget ska sänkas.\nParterna enades om att förhandla vidare.\n2. Samverkan med Mini-Maria Helsingborg\nKort.\n3. Avslut\nTack.\n")
        #expect(meeting.items[0].raisedBy.isEmpty)
        #expect(meeting.items[0].decisions.isEmpty)
        #expect(meeting.items[1].raisedBy.isEmpty)
        let listed = read("Minnesanteckningar 2023-01-19\n\n1. Lokaler\nBeslut:\n- Anna bokar lokal.\n\n- Per berättade att salen är liten.\n2. Avslut\nTack.\n")
        #expect(listed.items[0].decisions == ["Anna bokar lokal."])
    }
}

/// The fourth review's examples: layouts the margin's headings (reader 46) first misread.
@Suite("Read as before, fourth review")
struct ReadAsBeforeFourthReviewTests {
    static let items = "\n1. Inledning\nKort.\n2. Avslut\nTack.\n"

    @Test("labels aligned with their colons, a page in two columns, a table of names: no margin")
    func alignedLabelsColumnsAndTables() {
        let labels = read("Minnesanteckningar Nätverket för vuxna\n\nDatum:         2024-04-18\nTid:           09.00–12.00\nPlats:         Klippan, Kommunhuset\n\nNärvarande:    Anna Lind (Bjuv), Per Ek (Klippan)\n               Omar Ali (Åstorp), Lisa Berg (Perstorp)\nFrånvarande:   Karin Holm (Svalöv)\n\nOrdförande:    Per Ek\nSekreterare:   Omar Ali\n" + Self.items)
        #expect(labels.place == "Klippan, Kommunhuset" && names(labels.attendees) == ["Anna Lind", "Per Ek", "Omar Ali", "Lisa Berg"])
        #expect(names(labels.absent) == ["Karin Holm"] && names(labels.chairs) == ["Per Ek"] && labels.scribe?.name == "Omar Ali")
        let columns = read("Hemtjänstnätverket                        MINNESANTECKNINGAR\nFamiljen Helsingborg                      2023-11-16, Båstad\n\nNärvarande                                Frånvarande\nInger Björkman, Helsingborg               Wilma Sjölander, Bjuv\nLudvig Kronberg, Klippan                  Pontus Rydqvist, Ängelholm\nLeyla Yıldırım, Landskrona                Jesper Vinberg, Höganäs\n" + Self.items)
        #expect(names(columns.attendees) == ["Inger Björkman", "Ludvig Kronberg", "Leyla Yıldırım"])
        let table = read("Minnesanteckningar 2024-04-18\n\nNärvarande:\n\n1   Anna Lind           Bjuv\n2   Per Ek              Klippan\n3   Omar Ali            Åstorp\n\nFrånvarande:\n\nKarin Holm          Svalöv\nLisa Berg           Perstorp\n\nGäster:\n\nEva Sand            Region Skåne\nMaja Ljung          Försäkringskassan\n" + Self.items)
        #expect(table.items.map(\.title) == ["Inledning", "Avslut"], "\(table.items.map(\.title))")
        #expect(!names(table.absent).contains("Lisa Berg Karin Holm") && !names(table.guests).contains("Eva Sand Maja Ljung"))
    }

    @Test("a lowercase line naming someone new is no detail of the one before")
    func lowercaseNewPeople() {
        for line in ["samt Karin (Svalöv)", "kurator Karin (Svalöv)"] {
            let meeting = read("Minnesanteckningar 2024-04-18\n\nNärvarande:\nAnna Lind, Bjuv, enhetschef\n\(line)\nPer Ek, Åstorp\n" + Self.items)
            #expect(meeting.attendees.first == Person(name: "Anna Lind", municipality: "Bjuv", role: "enhetschef"), "\(line): \(meeting.attendees)")
        }
    }
}

/// The third review's examples: minutes the rules of readers 42–46 first misread.
@Suite("Read as before, third review")
struct ReadAsBeforeThirdReviewTests {
    static let head = "Minnesanteckningar Nätverket för vuxna\nDatum: 2024-03-12\n\nNärvarande: Anna Lind (Klippan), Per Ek (Klippan), Omar Ali (Bjuv)\n\n"

    @Test("a table or a dotted label in an item is the item's, not the header's")
    func tablesAndLabelsInItems() {
        let table = read(Self.head + "1. Inledning\nKort.\n2. Val av ordförande och sekreterare för 2025\n| Ordförande | Vice ordförande | Sekreterare |\n|---|---|---|\n| Omar Ali | Per Ek | Anna Lind |\n\n3. Kommande möten\n| Datum | Tid | Plats |\n|---|---|---|\n| 2024-09-10 | 09.00–12.00 | Bjuv |\n")
        #expect(table.items.count == 3 && table.date == "2024-03-12" && table.scribe == nil, "\(table.items.map(\.title))")
        let dotted = read(Self.head + "1. Inledning\nKort.\n2. Nästa möte\nTid ........: 2024-09-10 kl 9\n3. Övrigt\nInget.\n")
        #expect(dotted.items.count == 3 && dotted.date == "2024-03-12")
        let ellipsis = read(Self.head + "1. Kostnader\nPer Ek tog upp att kostnaderna fortsätter att öka.... Nätverket beslutade att följa upp i maj.\n2. Övrigt\nInget.\n")
        #expect(ellipsis.items.first?.decisions == ["Nätverket beslutade att följa upp i maj."])
    }

    @Test("Övriga närvarande from a kommun are its staff; a presenter's kommun is theirs")
    func staffAndPresentersKommun() {
        let others = read("Minnesanteckningar 2024-03-12\n\nNärvarande\nAnna Lind, Klippan\n\nÖvriga närvarande\nLisa Berg, Myndighetschef, Åstorp\nJonas Wik, Enhetschef Socialpsykiatrin, Landskrona\nHedvig Sand, Region Skåne\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(others.attendees) == ["Anna Lind", "Lisa Berg", "Jonas Wik"] && names(others.guests) == ["Hedvig Sand"])
        let presented = read(Self.head + "1. Budget\nFöredragande: Anna Lind, Klippan\nAnna Lind berättade om budgeten.\n2. Övrigt\nInget.\n")
        #expect(presented.items.first?.raisedBy.map(\.person?.name) == ["Anna Lind"])
    }

    @Test("labels aligned with their values, a list going on under its value, are no page in two columns")
    func alignedLabelsAreNoColumns() {
        let form = read("""
            Minnesanteckningar Nätverket för vuxna

            Datum         2023-05-09
            Plats         Stadshuset, Bjuv
            Närvarande    Karin Lund, Bjuv
                          Per Holm, Klippan
                          Eva Strand, Åstorp
            Förhinder     Oskar Berg, Höganäs

            1. Inledning
            Karin Lund hälsade välkommen.
            2. Övrigt
            Inget.
            """)
        #expect(names(form.attendees) == ["Karin Lund", "Per Holm", "Eva Strand"])
        #expect(names(form.absent) == ["Oskar Berg"])
        #expect(form.place == "Stadshuset, Bjuv" && form.date == "2023-05-09")
    }

    @Test("a role and a name in an item's text close nothing; the label at the end names the scribe")
    func rolesInAnItem() {
        let board = read(Self.head + "1. Inledning\nKarin Lund hälsade välkommen.\n2. Nämndens nya organisation\nDen nya nämnden har dessa funktioner:\nOrdförande Anna Ek\nSekreterare Lisa Berg\nJusterare Olle Sten\nPer Ek berättade om budgeten.\n3. Övrigt\nInget.\n\nVid pennan: Per Ek\n")
        #expect(board.items.map(\.title) == ["Inledning", "Nämndens nya organisation", "Övrigt"], "\(board.items.map(\.title))")
        #expect(board.items.dropFirst().first?.text.hasSuffix("Per Ek berättade om budgeten.") == true)
        #expect(board.scribe?.name == "Per Ek")
        // With no label after it, such a line at the end still names the scribe.
        let closing = read(Self.head + "1. Inledning\nKort.\n2. Övrigt\nInget.\n\nSekreterare Lisa Berg\n")
        #expect(closing.scribe?.name == "Lisa Berg" && closing.items.last?.text == "Inget.")
    }

    @Test("a numbered appendix after the closing scribe is no agenda; a wrapped reference is no item")
    func appendixAndReferences() {
        let appendix = read(Self.head + "Inledning\nAnna Lind hälsade välkommen.\n\nBudget\nPer Ek berättade om budgeten.\n\nÖvrigt\nInget.\n\nVid anteckningarna\nAnna Lind\n\nBilaga 1. Förslag till dagordning nästa möte\n1. Inledning\n2. Budget\n3. Lokaler\n4. Övrigt\n")
        #expect(appendix.items.map(\.title) == ["Inledning", "Budget", "Övrigt"], "\(appendix.items.map(\.title))")
        let wrapped = read(Self.head + "Inledning\nAnna Lind hälsade välkommen och påminde om det som diskuterades även under\npunkt 4.\n\nBudget\nPer Ek hänvisade till\nÄrende 3.\n\nÖvrigt\nInget.\n")
        // (No item numbered by the references; "Budget" over its two lines is not read as a heading, as before.)
        #expect(wrapped.items.allSatisfy { $0.number == nil } && wrapped.items.map(\.title).contains("Inledning"), "\(wrapped.items.map(\.title))")
    }

    @Test("a header of labels apart by bars is labels; a body before a colon is where the person came from")
    func barredHeaderAndBodies() {
        let barred = read("Minnesanteckningar Nätverket för vuxna\nDatum: 2024-03-12 | Tid: 9–12 | Plats: Bjuv\nOrdförande: Karin Holm | Antecknare: Per Ek | Justerare: Omar Ali\nNärvarande: Karin Holm, Bjuv | Per Ek, Klippan | Omar Ali, Bjuv\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        // (Its lines are read as before the rows of bars were tables: the chair's line, with three
        // labels on it, is not yet read.)
        #expect(!barred.attendees.isEmpty && barred.items.count == 2, "\(barred.attendees)")
        let body = read("Minnesanteckningar 2024-03-12\n\nNärvarande: Anna Lind (Klippan)\n\nGäster:\nBeroendemottagning Helsingborg: Eva Ek\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(body.guests) == ["Eva Ek"])
        // A label before the colon is no body: the scribe's line under the chair's is the scribe's.
        let labels = read("Minnesanteckningar 2024-03-12\n\nNärvarande: Anna Lind (Klippan), Per Ek (Bjuv)\nOrdförande:     Per Ek\nVid anteckningarna: Anna Lind\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(labels.chairs) == ["Per Ek"])
        #expect(labels.scribe?.name == "Anna Lind")
    }
}

/// The cheap tests tried before two patterns never turn away a line the pattern takes: every line and
/// sentence of the fixture minutes, and each label written in the ways minutes write them.
@Suite("Cheap tests before patterns")
struct CheapTestsBeforePatterns {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func fixtureLines() throws -> [String] {
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { ["txt", "md"].contains($0.pathExtension) }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
            .flatMap { $0.split(separator: "\n").map(String.init) }
    }

    @Test func aHeadingIsNeverTurnedAway() throws {
        let labels = [
            "Vilka var här?", "Vilka deltog", "Vi var:", "Ledde mötet:", "Skrev:", "Deltagare", "Representation per kommun",
            "Medverkande", "Närvarande ledamöter", "Ordinarie ledamöter", "Närvarande", "Närvarolista", "Närvaro", "Närv.", "Deltog på plats",
            "Deltog digitalt", "Deltog på distans", "Deltog", "Tjänstgörande ersättare", "Ersättare", "Ledamöter", "Sekretariatet",
            "Socialchefer", "Övriga deltagare", "Övriga närvarande", "Övriga", "Gäster", "Gäst", "Inbjudna gäster", "Inbjuden gäst",
            "Inbjudna föredragande", "Inbjuden föredragande", "Inbjudna föreläsare", "Inbjuden föreläsare", "Föreläsare", "Facilitator",
            "Processledare", "Inbjudna", "Inbjuden", "Adjungerade", "Adjungerad", "Frånvarande med anmält förhinder",
            "Frånvarande med förhinder", "Frånvarande ledamöter", "Frånvarande", "Anmält förhinder", "Anmält frånvaro",
            "Frånvaro anmäld av", "Frånvaro anmäld", "Förhindrade", "Förhinder", "Tackat nej", "Ej närvarande", "Anteckningar",
            "Mötesordförande", "Mötesledare", "Ordförande", "Ordf.", "Sekreterare", "Sekr.", "Sekr", "Protokollförare", "Antecknat av",
            "Antecknare", "Dokumentation", "Vid pennan", "Vid protokollet", "Justerare", "Attendees", "Participants", "Present",
            "Guests", "Guest", "Apologies", "Absent", "Chairperson", "Chair", "Minutes taken by", "Note taker", "Secretary",
        ]
        var taken = 0
        let written = labels.flatMap { label in
            ["\(label): Anna Berg", "## **\(label.uppercased())**", "  # \(label.lowercased()) för dagen:", "**\(label)** (digitalt): Per Ek"]
        }
        for line in written + (try Self.fixtureLines()) where line.wholeMatch(of: PeopleLists.heading) != nil {
            taken += 1
            #expect(PeopleLists.mayBeHeading(line), "\(line)")
        }
        #expect(taken > 4 * labels.count)
        #expect(!PeopleLists.mayBeHeading("Budgeten för 2024: klar") && !PeopleLists.mayBeHeading("## Familjehem"))
    }

    @Test func aDateInWordsIsNeverTurnedAway() throws {
        let months = [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
            "january", "february", "march", "may", "june", "july", "august", "october", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "okt", "oct", "nov", "dec",
        ]
        let written = months.flatMap { month in
            ["Datum: 5 \(month) 2022", "den 27 \(month.uppercased()) -24", "12:e \(month.capitalized). 2025", "1:A\t\(month)",
             "3\u{A0}\(month)’24", "\u{0663} \(month)", "mötet 123 \(month)", "4\u{2003}\u{2003}\(month)",
             "4 \(month.replacingOccurrences(of: "s", with: "ſ").replacingOccurrences(of: "k", with: "\u{212A}"))"]
        }
        var taken = 0
        let ranges = months.flatMap { month in ["1–2 \(month) 2007", "den 30 - 31\u{A0}\(month)", "3-4:e \(month.uppercased())"] }
        for line in written + ranges + (try Self.fixtureLines())
        where line.firstMatch(of: DateReader.words) != nil || line.firstMatch(of: DateReader.dayRange) != nil {
            taken += 1
            #expect(DateReader.mayHoldDateInWords(line), "\(line)")
        }
        #expect(taken > 9 * months.count)
        #expect(!DateReader.mayHoldDateInWords("Budget 2024 klar, kl 13 i Bjuv") && DateReader.mayHoldDateInWords("den 3 maj"))
    }

    @Test func aRaisingFromPhraseIsNeverTurnedAway() throws {
        let written = RaiserReader.fromWords.flatMap { word in
            ["\(word.capitalized) från Anna Ek och Per Holm.", "Vi fick \(word)  från Bjuv", "\(word.uppercased())\tFRÅN Klippan:",
             "Mer \(word)\u{A0}från Sara Lind, Åstorp", "\(word) från\u{2003}Eva", "om\(word) från Ola Ek"]
        }
        var taken = 0
        // (In NFC, as the reader is given text: a fixture saved in NFD is decoded so.)
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping)
        where line.firstMatch(of: RaiserReader.fromPhrase) != nil {
            taken += 1
            #expect(RaiserReader.mayHoldFromPhrase(line.lowercased()), "\(line)")
        }
        #expect(taken > 5 * RaiserReader.fromWords.count)
        #expect(!RaiserReader.mayHoldFromPhrase("hälsningar från bjuv") && RaiserReader.mayHoldFromPhrase("en fråga från anna"))
        // "Från X:" is looked for only in a sentence opening with "från".
        var opening = 0
        for line in ["Från Bjuv: vi har", "FRÅN föregående möte, Anna Ek: klart", "från\tKlippan  : ja", "Fra\u{30A}n Per Holm: ok"] + (try Self.fixtureLines())
        where line.firstMatch(of: RaiserReader.fromColon) != nil {
            opening += 1
            #expect(line.lowercased().hasPrefix("från"), "\(line)")
        }
        #expect(opening >= 4)
    }

    @Test func aDottedDateIsNeverTurnedAway() throws {
        let written = [
            "Datum: 26.1.2012", "Möte 2023.05.17 kl. 13.30", "den 1.2.1999.", "5.10.2022–6.10.2022", "Nästa: 3.4.2025",
            "2024.1.9", "Möte 2024.05.07", "12.12.2012 i Bjuv", "Tid: 1.\u{0661}.2020", "Ses 2020.\u{0663}.4", "år 2020. Sedan 3.5.2021",
        ]
        var taken = 0
        for line in written + (try Self.fixtureLines())
        where line.firstMatch(of: DateReader.dotted) != nil || line.firstMatch(of: DateReader.dottedISO) != nil {
            taken += 1
            #expect(DateReader.mayHoldDottedDate(line), "\(line)")
        }
        #expect(taken >= 8)
        #expect(!DateReader.mayHoldDottedDate("Vi ses i mars 2024. Anna tar med kaffe, kl. 13.30") && DateReader.mayHoldDottedDate("den 1.2.3"))
        // (A time span's en dash is no digit.)
        #expect(!DateReader.mayHoldDottedDate("Tid: kl. 13.00–16.00") && !DateReader.mayHoldDottedDate("9.30\u{2013}12.30"))
    }

    /// Lines written with digits beyond ASCII, white space of every kind, dashes and dots around.
    static let numberedLines = [
        "Datum: 2024-05-07", "möte 2024-5-7 kl 13", "(2023-12-01)", "Tid: \u{0662}\u{0660}\u{0662}\u{0664}-1-2", "x2024-01-01",
        "Möte 240507", "Protokoll 20240507", "nätverksmöte 240507-240508", "Datum 24\u{0660}507", "dnr 123456789",
        "1-2 december 2007", "den 30 - 31\u{A0}maj", "3–4:e JUNI", "1\u{2003}–\u{2003}2 mars", "\u{0661}-\u{0662} april", "5 -\t6 maj",
        "Den fjärde april 2023", "TJUGOANDRA\tMAJ", "tionde\u{A0}mars", "första  januari 2020", "den andra\u{2003}december",
    ]

    @Test func anISOOrCompactDateIsNeverTurnedAway() throws {
        var (iso, compact) = (0, 0)
        for line in Self.numberedLines + (try Self.fixtureLines()) {
            if line.firstMatch(of: DateReader.iso) != nil {
                iso += 1
                #expect(DateReader.mayHoldISODate(line), "\(line)")
            }
            if line.firstMatch(of: DateReader.compact) != nil || line.firstMatch(of: DateReader.compactFull) != nil {
                compact += 1
                #expect(DateReader.mayHoldCompactDate(line), "\(line)")
            }
        }
        #expect(iso >= 5 && compact >= 4)
        #expect(!DateReader.mayHoldISODate("Budget 2024 - klar 12-3") && !DateReader.mayHoldCompactDate("tel 040-12345"))
        #expect(!DateReader.mayHoldCompactDate("kl. 08.30–10.30") && !DateReader.mayHoldISODate("1990–2024"))
    }

    @Test func aDayRangeOrASpelledDateIsNeverTurnedAway() throws {
        var (ranges, spelled) = (0, 0)
        for line in Self.numberedLines + (try Self.fixtureLines()).map(\.precomposedStringWithCanonicalMapping) {
            if line.firstMatch(of: DateReader.dayRange) != nil {
                ranges += 1
                #expect(DateReader.mayHoldDayRange(line), "\(line)")
            }
            if line.firstMatch(of: DateReader.spelled) != nil {
                spelled += 1
                #expect(DateReader.mayHoldSpelledDate(line.lowercased()), "\(line)")
            }
        }
        #expect(ranges >= 6 && spelled >= 5)
        #expect(!DateReader.mayHoldDayRange("Budget 2024 - klar, kl 13") && DateReader.mayHoldDayRange("kl 13-15"))
        #expect(!DateReader.mayHoldSpelledDate("andra frågor, se mars") && DateReader.mayHoldSpelledDate("andra mars"))
    }

    @Test func aNextMeetingPhraseIsNeverTurnedAway() throws {
        let phrases = ["nästa möte", "Nästa träff", "NÄSTA NÄTVERKSMÖTE", "nästa\tnätverksträff", "nytt\u{A0}möte", "kommande  möte",
                       "planerat till", "Planera\u{2003}till", "nätverksträffar 2025", "Nästkommande", "Nästkommande möte"]
        let written = phrases.flatMap { ["\($0) 3 maj", "Vi bokar \($0):", "(\($0))"] }
        var taken = 0
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping)
        where line.firstMatch(of: DateReader.nextMeetingWords) != nil {
            taken += 1
            #expect(DateReader.mayHoldNextMeeting(line.lowercased()), "\(line)")
        }
        #expect(taken >= 3 * phrases.count)
        #expect(!DateReader.mayHoldNextMeeting("nästa steg är ett möte") && !DateReader.mayHoldNextMeeting("planeringen till hösten"))
    }

    @Test func aNetworkTheHeaderNamesIsNeverTurnedAway() throws {
        let written = [
            "Socialchefsnätverket 3 maj", "SOCIALCHEFER i Skåne", "Möte för IFO-chefer", "ifo/chefer", "Anteckningar (IFO)", "Ifo",
            "Barn- och ungdomsnätverket", "Familjen Helsingborgs missbruksnätverk", "Bostadssociala nätverket", "Nätverket för avgiftshandläggare i Bjuv",
            "Arbetsgruppen för ekonomiskt bistånd", "Forum för familjehemsfrågor: möte 11/3-09", "forum om våld", "Styrgruppen mot droger",
            "Samverkansrådet för barn och unga", "Chefsforumet om LVU-placeringar", "MINNESANTECKNINGAR – ARBETSGRUPPEN FÖR FAMILJEHEMSFRÅGOR",
        ]
        var (chefs, groups, named) = (0, 0, 0)
        for line in written + (try Self.fixtureLines()) {
            for text in [line, line.lowercased()] {
                for (pattern, word) in [(MinutesReader.socialchef, MinutesReader.socialchefWord), (MinutesReader.ifo, MinutesReader.ifoWord)]
                where text.firstMatch(of: pattern) != nil {
                    chefs += 1
                    #expect(text.lowercased().holds(word), "\(text)")
                }
                if text.firstMatch(of: MinutesReader.groupFor) != nil {
                    groups += 1
                    #expect(MinutesReader.mayNameGroup(text), "\(text)")
                }
                if text.firstMatch(of: MinutesReader.namedNetwork) != nil {
                    named += 1
                    #expect(MinutesReader.mayNameNetwork(text), "\(text)")
                }
            }
        }
        #expect(chefs >= 10 && groups >= 8 && named >= 6)
        #expect(!MinutesReader.mayNameGroup("Information om budgeten") && MinutesReader.mayNameGroup("Styrgruppen för stöd"))
    }

    @Test func aLettersSentenceIsNeverTurnedAway() throws {
        let written = [
            "Ola Ek (Bjuv) kunde inte vara med.", "Anna Berg hade tyvärr förhinder.", "Per Holm och Ida Berg var förhindrade.",
            "Sara Lind hade fått förhinder", "Anna Ek ledde mötet och jag förde anteckningar.", "Som vanligt var det Anna som höll i klubban.",
            "Ida Berg var mötesordförande.", "Ola och Per delade på ordförandeskapet.", "Wanja förde anteckningar.", "Ida Berg skrev anteckningarna.", "Per Holm tog anteckning.",
            "Ida Berg (Perstorp) skriver anteckningarna och Ann Ek (Bjuv) är ordförande, om inget annat står.",
            "Under första punkten var Ida Berg från Kronofogden med som gäst.", "Vi hade besök av Ida Berg.", "Vi hade bjudit in Per Holm.",
            "Vi bjöd in Sara Lind", "Ida Berg från Kronofogden var med som gäst.", "Per Holm deltog som gäst",
        ]
        var taken = 0
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping) {
            let found: [(Bool, [String])] = [
                (line.firstMatch(of: LetterReader.absent) != nil, LetterReader.absentWords),
                (line.firstMatch(of: LetterReader.chair) != nil, LetterReader.chairWords),
                (line.firstMatch(of: LetterReader.scribe) != nil, [LetterReader.scribeWord]),
                (line.firstMatch(of: LetterReader.guest) != nil || line.firstMatch(of: LetterReader.guestFirst) != nil, LetterReader.guestWords),
            ]
            for (matched, words) in found where matched {
                taken += 1
                #expect(words.contains(where: line.holds), "\(line)")
            }
        }
        #expect(taken >= written.count)
    }

    @Test func aPlaceLabelIsNeverTurnedAway() throws {
        let labels = ["Plats", "PLATS", "Plats och lokal", "Lokal", "Mötesplats", "Möteslokal", "Venue", "Var", "📍", "Tid och plats"]
        let written = labels.flatMap { ["\($0): Rådhuset", "**\($0):** Bjuv", "  \($0)\t: Åstorp", "\($0)   Kommunhuset"] }
        var taken = 0
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping) where line.wholeMatch(of: MinutesReader.placeLabel) != nil {
            taken += 1
            #expect(MinutesReader.mayBePlaceLabel(line), "\(line)")
        }
        #expect(taken >= 3 * labels.count)
        #expect(!MinutesReader.mayBePlaceLabel("Datum: 3 maj") && MinutesReader.mayBePlaceLabel("VAR: här"))
    }

    @Test func aPlaceAsideIsNeverTurnedAway() throws {
        let written = ["från vårt möte 24 februari 2006 (Kulturhuset i Ängelholm)", "Mötet den 3 maj (Rådhuset, Bjuv)",
                       "TRÄFFEN 12/4 kl 9 (Stadshuset)", "nätverksträffen\t5 mars (Medborgarhuset)", "Möte\u{A0}2024-05-07 (Biblioteket)"]
        var taken = 0
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping) where line.firstMatch(of: MinutesReader.placeAside) != nil {
            taken += 1
            #expect(MinutesReader.mayHoldAside(line), "\(line)")
        }
        #expect(taken >= written.count)
        #expect(!MinutesReader.mayHoldAside("Anna Ek (Bjuv)") && MinutesReader.mayHoldAside("MÖTE (x)"))
    }

    @Test func aScribesLineIsNeverTurnedAway() throws {
        let markers = ["Vid pennan", "VID TANGENTERNA", "Vid protokollet", "Vid anteckningarna", "Vid anteckningen", "Sekreterare",
                       "Antecknat av", "Antecknare", "Protokollförare", "Minnesanteckningar förda av", "Anteckningarna förda av",
                       "Sammanställt av", "Sammanställda  av", "Minnesanteckningar", "Justeras", "JUSTERARE", "Justerat"]
        let written = markers.flatMap { ["\($0): Anna Ek", "**\($0)** / Per Holm", "  \($0)", "\($0)\tSara Lind"] }
            + ["Med vänliga hälsningar", "MVH,", "Vänliga hälsningar!", "  Hälsning ", "Med vänlig hälsning."]
        var taken = 0
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping) {
            let lower = line.lowercased()
            if line.wholeMatch(of: MinutesReader.scribeMarker) != nil {
                taken += 1
                #expect(MinutesReader.scribeMarkerWords.contains(where: lower.holds), "\(line)")
            }
            if line.wholeMatch(of: MinutesReader.checkersMarker) != nil {
                taken += 1
                #expect(lower.holds(MinutesReader.checkersWord), "\(line)")
            }
            if line.contains(MinutesReader.signature) {
                taken += 1
                #expect(MinutesReader.signatureWords.contains(where: lower.holds), "\(line)")
            }
        }
        #expect(taken >= 3 * markers.count + 5)
    }

    @Test func aNetworkNamedAfterAnotherMatchIsStillFound() {
        // The first match of each pattern is no name here ("nätverket", "gruppen för …" in lowercase):
        // the one after it is.
        #expect(MinutesReader.network(in: ["Möte med missbruksnätverket och Familjehemsnätverket"], headerEnd: 1) == "Familjehemsnätverket")
        #expect(MinutesReader.network(in: ["Från arbetsgruppen för lokaler, Styrgruppen för ekonomiskt bistånd, 3 maj"], headerEnd: 1)
            == "Styrgruppen för ekonomiskt bistånd")
        #expect(MinutesReader.network(in: ["Barn- och ungdomsnätverket 3 maj"], headerEnd: 1) == "Barn- och ungdomsnätverket")
    }

    @Test func aWeekdayOrAYearIsNeverTurnedAway() throws {
        let days = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
        let written = days.flatMap { ["Träff: v. 12, \($0)", "\($0.uppercased())EN vecka 7", "v.3 \($0.capitalized)"] }
            + ["År 2024", "möte 1999", "(2025)", "Vt\u{A0}2023", "\u{0662}\u{0660}\u{0662}\u{0664}"]
        var (weeks, years) = (0, 0)
        for line in (written + (try Self.fixtureLines())).map(\.precomposedStringWithCanonicalMapping) {
            if line.firstMatch(of: DateReader.week) != nil {
                weeks += 1
                #expect(DateReader.mayHoldWeekday(line), "\(line)")
            }
            if line.firstMatch(of: DateReader.lineYear) != nil {
                years += 1
                #expect(DateReader.mayHoldYear(line), "\(line)")
            }
        }
        #expect(weeks >= 3 * days.count && years >= 4)
        #expect(!DateReader.mayHoldYear("kl 13.30, rum 202") && !DateReader.mayHoldWeekday("v. 12 kl 9"))
    }

    @Test func aLineWithANumberIsTakenAsBefore() {
        for line in Self.numberedLines + ["Inga siffror här", "½ dag", "Ⅻ kapitlet", "rum ²", "Åsa Öberg", "1\u{308} x", ""] {
            #expect(DateReader.holdsNumber(line) == line.contains(where: \.isNumber), "\(line)")
        }
    }

    @Test func aDecidingSentenceIsNeverTurnedAway() throws {
        let written = [
            "Nätverket beslutade att ses igen.", "MÖTET BESLÖT ATT VÄNTA.", "Vi enades om att skriva.", "Gruppen bestämde att vänta.",
            "Beslutet blev att skjuta upp.", "Då är vi överens om att börja.", "Det överenskoms att Anna skriver.", "Det bestämdes att vänta.",
            "Vi kom överens om att ses i maj.", "Det beslutades att Per ringer.", "Det blev bestämt att vänta.",
        ]
        var taken = 0
        for sentence in written + (try Self.fixtureLines()).flatMap(DecisionReader.sentences) where sentence.contains(DecisionReader.verb) {
            taken += 1
            #expect(DecisionReader.mayDecide(sentence), "\(sentence)")
        }
        #expect(taken > written.count)
        #expect(!DecisionReader.mayDecide("Anna berättade om budgeten att den är klar."))
    }
}
