import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 136 reads, each rule on minutes written here.
@Suite("Readers 136 on")
struct Reader136Tests {
    /// A guest who came in during the meeting, said where it happened (a log's entry, an item's text),
    /// beside lists of who came; not one still to come.
    @Test func aGuestWhoCameInIsAGuest() {
        let minutes = read("""
            Budget- och avgiftsnätverket
            Anteckningar 3 februari 2026, Klippan

            Närvarande: Helmer Grankvist (Klippan), Ottilia Sandahl (Bjuv), Severin Moe (Perstorp)

            1. Avgifter i hemtjänsten
            Ottilia gick igenom Bjuvs nya taxa. Under punkten kopplades Dagny Rask från
            Pensionärsrådet in som gäst och berättade om medlemmarnas frågor.

            2. Jämkning
            Marit Öhlund (Kronofogden) anslöt som gäst under punkten. Severin frågade om förbehållsbeloppet.
            Berit Zetterlund från Åstorp kommer som gäst till nätverket i mars.
            Severin bjöd in Ulla Nyström från Skatteverket att berätta om deklarationer.

            3. Skuldsanering
            Förra gången var Frej Malmborg från Konsumentverket med som gäst. Hans bilder skickas ut.
            """)
        #expect(names(minutes.attendees) == ["Helmer Grankvist", "Ottilia Sandahl", "Severin Moe"])
        #expect(names(minutes.guests) == ["Dagny Rask", "Marit Öhlund"])
    }
}

extension Reader136Tests {
    /// People written as initials with a kommun's code after a slash, and a key of both at the end:
    /// each read as the person and kommun the key names, in the lists and where they spoke.
    @Test func initialsKeyedAtTheEnd() {
        let minutes = read("""
            Nätverket för ekonomiskt bistånd
            Anteckningar från träffen 2025-03-06, Åstorp, Kulturhuset

            Deltagare: MB/Ast (ordf.), TÖ/Krs, LNa/Hsg (sekr.), LN/Bjv
            Frånvaro: GW/Krs, RP/Ast

            1. Hyresskulder
            MB berättade om Åstorps nya rutin. LNa frågade om den gäller
            även andrahandskontrakt. Beslutades att rutinen sprids.

            2. Övrigt
            TÖ tog upp att Kristianstad byter verksamhetssystem.

            Noterat av LNa.

            Koder i anteckningarna

            Kommuner:
            Ast Åstorp, Hsg Helsingborg, Bjv Bjuv

            Personer:
            GW   Gösta Wernholm, socialsekreterare
            LN   Lejla Nurković, enhetschef
            LNa  Linnea Nathansson, handläggare
            MB   Mirjam Bexell, enhetschef
            RP   Rasmus Pålsson, 1:e socialsekreterare
            TÖ   Tekla Östring, utredare
            """)
        #expect(names(minutes.attendees) == ["Mirjam Bexell", "Tekla Östring", "Linnea Nathansson", "Lejla Nurković"])
        #expect(minutes.attendees.map(\.municipality) == ["Åstorp", nil, "Helsingborg", "Bjuv"])
        #expect(names(minutes.absent) == ["Gösta Wernholm", "Rasmus Pålsson"])
        #expect(names(minutes.chairs) == ["Mirjam Bexell"])
        #expect(minutes.scribe?.name == "Linnea Nathansson")
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Mirjam Bexell"], ["Tekla Östring"]])
        // (A code written as a word stands for its kommun after a slash alone: "Per" is a name.)
        let codes = MinutesDocument.kommunCodes(["Ast Åstorp, Hsg Helsingborg, Per Perstorp", "Närvarande: Per Holm, JN/Per"])
        #expect(codes == ["", "Närvarande: Per Holm, JN (Perstorp)"])
    }

    /// A body's list in parts by what its members are ("Ordinarie ledamöter", "Ersättare, ej
    /// tjänstgörande") names no one by those words; a role before a body keeps the body with the person.
    @Test func membersKindsAndBodiesAreNoOne() {
        let minutes = read("""
            Styrgruppen för Ungdomsmottagningen
            Protokoll 2025-10-02, Höganäs, Kommunhuset

            Närvarande
              Ledamöter
                Valborg Ingesson, Höganäs
                Kasper Dyrberg, Båstad
              Ersättare, ej tjänstgörande
                Selma Frid, Bjuv

            Gäster
                Nils Ahlqvist, verksamhetschef, Maria Nordväst (§ 4)

            § 4 Verksamhetsberättelse
            Nils Ahlqvist redovisade året.
            """)
        #expect(names(minutes.attendees) == ["Valborg Ingesson", "Kasper Dyrberg", "Selma Frid"])
        #expect(names(minutes.guests) == ["Nils Ahlqvist"])
    }
}

extension Reader136Tests {
    /// A chair's letter: who came in a postscript after the signature, the writer last ("… och jag.")
    /// before who sent word; the writer chaired ("Jag ledde mötet"); the network the signer's role
    /// names; a guest who visited under a topic; the room kept with the building.
    @Test func aChairsLetterWithAPostscript() {
        let minutes = read("""
            Ängelholm 3 mars 2026

            Hej allihop,

            stort tack för i torsdags, den 26 februari. Vi höll till i stora salen på
            Folkets hus i Klippan. Jag ledde mötet, och här är det viktigaste.

            BUDGET: Vi hade besök av Gunvor Lindell från Länsstyrelsen Skåne, som
            berättade om de nya bidragen. Till hösten får vi besök av Bertil Hägg
            från Kronofogden.

            LOKALER: Tove Åkesson tog upp att Klippan behöver ett större rum till
            gruppverksamheten för anhöriga under hösten.

            ÖVRIGT: Lilly Brandt berättade om vårens utbildningsdag för nya
            anhörigkonsulenter i Åstorp och Bjuv.

            Vänliga hälsningar

            Ingrid Solberg
            ordförande, Nätverket för anhörigstöd
            Ängelholms kommun
            Kopia: Socialchefsnätverket

            PS. Vi var fem på mötet: Tove Åkesson (Klippan), Emir Dedić (Bjuv, som
            också förde anteckningar), Lilly Brandt (Åstorp), Oskar Nyqvist
            (Höganäs) och jag. Wera Lund (Båstad) hade förhinder.
            """)
        #expect(minutes.network == "Nätverket för anhörigstöd")
        #expect(minutes.place == "stora salen på Folkets hus i Klippan")
        #expect(names(minutes.attendees) == ["Tove Åkesson", "Emir Dedić", "Lilly Brandt", "Oskar Nyqvist", "Ingrid Solberg"])
        #expect(names(minutes.absent) == ["Wera Lund"])
        #expect(names(minutes.guests) == ["Gunvor Lindell"])
        #expect(names(minutes.chairs) == ["Ingrid Solberg"])
        #expect(minutes.scribe?.name == "Emir Dedić")
        #expect(minutes.items.map(\.title) == ["BUDGET", "LOKALER", "ÖVRIGT"])
        #expect(minutes.items.last?.text.contains("Ingrid Solberg") == false)
        // (Not the writer at another meeting.)
        let other = read("""
            Hej!

            Förra gången ledde jag mötet, men i går var vi på Teams. Med på mötet var Tove Åkesson (Klippan)
            och Emir Dedić (Bjuv). Förra gången hade vi besök av Gösta Berg från Kronofogden.

            /Ingrid Solberg
            """)
        #expect(other.chairs.isEmpty)
        #expect(other.guests.isEmpty)
        // (A list that ends with the writer, a sentence after it: "… och jag. Wera Lund …".)
        #expect(PeopleLists.firstSentence("Oskar Nyqvist (Höganäs) och jag. Wera Lund (Båstad) hade förhinder.") == "Oskar Nyqvist (Höganäs) och jag")
    }
}

extension Reader136Tests {
    /// Minutes kept as questions and answers ("F (Name, Kommun): …", "S (Name): …"): the one whose
    /// question or point opens an item raised it, a question after it follows on, an answer raises
    /// nothing, and a point brought up in Övrigt is its own; "Överenskommet:" the decision. Labels
    /// "Ledning:", "Antecknat:" and "Gäst under ämne 2:".
    @Test func questionsAndAnswers() {
        let minutes = read("""
            Nätverket för korttidsboende
            Datum: 2025-11-05
            Ledning: Ragna Holmström, Bjuv
            Antecknat: Edvin Falk, Perstorp
            Deltog: Ragna Holmström (Bjuv), Edvin Falk (Perstorp), Mira Strand (Båstad), Kai Lund (Klippan)
            Gäst under ämne 2: Sanna Rydh, Region Skåne

            1. Platser under jullovet
               F (Mira Strand, Båstad – frågan kommer från vår enhetschef
               Leo Björk): Kan vi köpa platser av varandra under lovet? Vi har
               fyra barn i kö.
               S (Kai Lund): Klippan har två lediga platser.
               F (Edvin Falk, Perstorp): Vem betalar resorna
               mellan kommunerna?
               S (Mira): Den kommun som köper platsen.
               Överenskommet: Kommunerna säljer lediga platser till självkostnadspris.

            2. Samverkan med regionen
               Inledning (Sanna Rydh): Sanna berättade om regionens nya rutin.
               F (Kai Lund, Klippan): Gäller den även barn med LSS-beslut?
               S (Sanna): Ja, från januari.

            3. Övrigt
               F (Edvin Falk, Perstorp): Perstorp har anställt en ny samordnare.
               F (Kai Lund, Klippan): Klippan bjuder in till öppet hus i december.
               S (Ragna): Noterat.
            """)
        #expect(names(minutes.chairs) == ["Ragna Holmström"])
        #expect(minutes.scribe?.name == "Edvin Falk")
        #expect(names(minutes.guests) == ["Sanna Rydh"])
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Mira Strand"], ["Sanna Rydh"], ["Edvin Falk", "Kai Lund"]])
        #expect(minutes.items.map { !$0.decisions.isEmpty } == [true, false, false])
        #expect(minutes.items[0].text.hasPrefix("Mira Strand frågade: Kan vi köpa platser"))
    }
}

extension Reader136Tests {
    /// Review 9, a protocol: those present without a vote ("Ersättare, ej tjänstgörande"), the
    /// secretary among the adjuncts no guest, a chair's note after the kommun in a line of members,
    /// the network an abbreviation names, "föredrog ärendet" raising, guests named together or after
    /// their verb, not one hoped for, and no raiser in what was decided.
    @Test func reviewedNinthProtocol() {
        let minutes = read("""
            PROTOKOLL
            Nätverket för LSS

            Tid: 2025-09-16 kl. 9.00–11.00
            Plats: Bjuv, Kommunhuset

            Ordinarie ledamöter: Tyra Ek, Bjuv (ordf.), Hugo Sjö, Klippan, Vera Dal, Åstorp

            Ersättare, ej tjänstgörande
            Elof Rapp, Perstorp

            Adjungerade
            Majken Borg, sekreterare

            § 1 Korttidsvistelse
            Hugo Sjö föredrog ärendet. Vera Dal yrkade bifall.
            Beslut: Vera Dal tar upp frågan med förvaltningen.

            § 2 Samverkan med Försäkringskassan
            Kl. 10.15 anslöt Rut Hall och Alf Vik från Försäkringskassan som gäster.
            Vi hade hoppats på besök av Ebba Stål från Region Skåne.
            Rut Hall berättade om handläggningstiderna.
            """)
        #expect(minutes.network == "Nätverket för LSS")
        #expect(names(minutes.attendees) == ["Tyra Ek", "Hugo Sjö", "Vera Dal", "Elof Rapp", "Majken Borg"])
        #expect(names(minutes.chairs) == ["Tyra Ek"])
        #expect(minutes.scribe?.name == "Majken Borg")
        #expect(names(minutes.guests) == ["Rut Hall", "Alf Vik"])
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Hugo Sjö"], ["Rut Hall"]])
    }

    /// Review 9, a letter: two topics in capitals its items, "PS. Vi var fem:" who came, initials with
    /// a code no legend names (the code nothing, the scribe's note kept).
    @Test func reviewedNinthLetter() {
        let minutes = read("""
            Hej alla!

            Tack för träffen den 4 november 2025 i Klippan. Jag ledde mötet.

            HEMLÖSHET: Vi pratade om vinterns platser. Asta berättade att Klippan öppnar
            ett nytt härbärge i december. Alla tyckte att det var bra.

            SKULDER: Bengt tog upp att fler unga har skulder hos kronofogden. Vi bestämde
            att bjuda in budget- och skuldrådgivningen.

            Hälsningar
            Dora Lind

            PS. Vi var fem: Asta Berg (Klippan), Bengt Ahl (Bjuv, som förde anteckningar),
            Cilla Ny (Åstorp), Ove Fors (Perstorp) och jag. Lisa Ekman (Båstad) hade förhinder.
            """)
        #expect(minutes.items.map(\.title) == ["HEMLÖSHET", "SKULDER"])
        #expect(names(minutes.attendees) == ["Asta Berg", "Bengt Ahl", "Cilla Ny", "Ove Fors", "Dora Lind"])
        #expect(names(minutes.absent) == ["Lisa Ekman"])
        #expect(minutes.scribe?.name == "Bengt Ahl")
        let initials = read("""
            Nätverket för socialpsykiatri
            Datum: 2025-05-06
            Närvarande: TK/Hbg (ordf.), LN/Ängh, PS/Ör (sekr.)

            1. Boendestöd
            LN tog upp väntetiderna.
            """)
        #expect(names(initials.attendees) == ["TK", "LN", "PS"])
        #expect(initials.scribe?.name == "PS")
    }
}

extension Reader136Tests {
    /// Review 9, the header and the items' numbers: the place after the date on its line (a kommun or
    /// its genitive first; not the next meeting's), a place label beside the date's, a network named
    /// after "Minnesanteckningar," or by words up to a dash, the chair said in the first item, and a
    /// time of day in an item no item of its own (the guest it notes still a guest).
    @Test func reviewedNinthHeaders() {
        let minutes = read("""
            Minnesanteckningar, Nätverket Barn och familj
            2025-06-03, Bjuvs kommunhus

            Närvarande:
            Greta Holm, Bjuv
            Ivar Sten, Klippan
            Olga Rask, Åstorp

            1. Inledning
            Greta var ordförande och Olga skrev anteckningar.

            2. Skolfrånvaro
            Ivar berättade om läget i Klippan.
            09.40 Karin Dahl från Elevhälsan kopplades in som gäst och redogjorde för kartläggningen.
            Beslut: Kartläggningen sprids till alla kommuner.

            3. Nästa möte
            2025-09-02, Klippan, Kommunhuset.
            """)
        #expect(minutes.network == "Nätverket Barn och familj")
        #expect(minutes.place == "Bjuvs kommunhus")
        #expect(names(minutes.chairs) == ["Greta Holm"])
        #expect(minutes.items.map(\.title) == ["Inledning", "Skolfrånvaro", "Nästa möte"])
        #expect(!minutes.items[1].decisions.isEmpty)
        #expect(names(minutes.guests) == ["Karin Dahl"])
        let beside = read("""
            MINNESANTECKNINGAR – NÄTVERKET BARN OCH FAMILJ – 2025
            Datum: 2025-11-05   Plats: Landskrona, Rådhuset

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        #expect(beside.place == "Landskrona, Rådhuset")
        let dated = read("""
            Nätverksträff försörjningsstöd 2025-12-10, Klippan

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        #expect(dated.place == "Klippan")
        // (Not the next meeting's, nor a place that is no kommun's: "Nästa möte 2026-01-14, Bjuv".)
        let next = read("""
            Minnesanteckningar 2025-12-10
            Mötet 2025-12-10, Kulturhuset
            Nästa möte 2026-01-14, Bjuv

            Nästa träff:
            2026-02-11, Åstorp

            1. Inledning
            Kort.
            2. Avslut
            Tack.
            """)
        #expect(next.place == nil)
    }
}

extension Reader136Tests {
    /// A joint meeting's host network its network ("Värd: …"), one a substitute stood in for away
    /// ("(ers. för X)": the abbreviation in parentheses no sentence's end).
    @Test func aHostAndAStandIn() {
        let minutes = read("""
            Gemensamt möte för Familjehemsnätverket och Nätverket för kontaktfamiljer
            Datum: 2025-03-12
            Värd: Nätverket för kontaktfamiljer

            Närvarande
              Familjehemsnätverket
                Rut Lindgren, Bjuv
                Tor Ahl, Klippan (ers. för Inga Mårtensson)
              Nätverket för kontaktfamiljer
                Siv Berg, Åstorp

            Förhinder: Kent Öst, Perstorp

            1. Rekrytering
            Siv Berg berättade om kampanjen.
            2. Övrigt
            Inget.
            """)
        #expect(minutes.network == "Nätverket för kontaktfamiljer")
        #expect(names(minutes.attendees) == ["Rut Lindgren", "Tor Ahl", "Siv Berg"])
        #expect(names(minutes.absent) == ["Inga Mårtensson", "Kent Öst"])
    }
}
