import Testing

@testable import MinnesParse

/// Read since readers 228–230, as a PDF's pages come out of `PDFLayout`: a paragraph a line, with no
/// blank lines between them; a protocol's margin; a slide deck.
@Suite("Reader 228")
struct Reader228Tests {
    /// Topics in bold opening their paragraphs ("**Runda.** Alla …") are the items where a paragraph
    /// is a line (after a sentence's end, no blank line), under a title of the minutes above them.
    @Test func boldTopicsOpeningParagraphsALineEachAreTheItems() {
        let meeting = read("""
            # Beroendevårdsnätverket
            Träff 14 oktober 2025 · Landskrona
            Närvarande: Zoë Wennström, Jørgen Sørlie
            **Runda.** Alla berättade kort om läget hemma.
            Bjuv: Inget nytt.
            **Remisser till psykiatrin.** Zoë Wennström tog upp att remisserna saknar uppgifter.
            **Spelberoende.** Jørgen Sørlie tog upp att kunskapen om spel är ojämnt spridd.
            **Beslut:** Jørgen planerar en utbildningsdag.
            """)
        #expect(meeting.items.map(\.title) == ["Runda", "Remisser till psykiatrin", "Spelberoende"])
        #expect(meeting.items[2].decisions.count == 1)
        // (A topic after a line that goes on, no sentence's end, is no paragraph's start.)
        let wrapped = read("""
            # Beroendevårdsnätverket
            Träff 14 oktober 2025 · Landskrona
            Närvarande: Zoë Wennström, Jørgen Sørlie
            **Runda.** Alla berättade kort om läget hemma, och
            hur det går med
            **Remisser till psykiatrin.** Zoë Wennström tog upp att remisserna saknar uppgifter.
            **Spelberoende.** Jørgen Sørlie tog upp att kunskapen om spel är ojämnt spridd.
            """)
        #expect(wrapped.items.map(\.title) != ["Runda", "Remisser till psykiatrin", "Spelberoende"])
    }

    /// A sentence's list ("Han föreslog tre saker:" over bullets in lower case) under a heading is the
    /// item's text, not items of their own as a heading's bullets naming matters are.
    @Test func aSentencesListInLowerCaseIsNoItems() {
        let text = """
            # Nätverket
            Datum: 2025-10-14

            ## Runda
            Alla berättade.

            ## Spelberoende
            Jørgen Sørlie tog upp att det är svårt. Han föreslog tre saker:
            - en gemensam utbildningsdag för handläggare,
            - en kontaktperson i varje kommun,
            - information på fler språk.

            ## Unga vuxna
            Text här.
            """
        #expect(read(text).items.map(\.title) == ["Runda", "Spelberoende", "Unga vuxna"])
        // (Without the lead-in's colon, the lower case alone says so; in capitals, they are matters.)
        let unled = text.replacingOccurrences(of: "tre saker:", with: "tre saker.")
        #expect(read(unled).items.map(\.title) == ["Runda", "Spelberoende", "Unga vuxna"])
        let matters = unled.replacingOccurrences(of: "- en gemensam", with: "- En gemensam")
            .replacingOccurrences(of: "- en kontakt", with: "- En kontakt").replacingOccurrences(of: "- information", with: "- Information")
        #expect(read(matters).items.count > 3)
    }

    /// A slide deck's agenda lists its slides in short ("1. Runda" for the slide "Runda – läget i
    /// kommunerna", "Digital nattillsyn" for "Gemensam upphandling av digital nattillsyn", "Övrigt" for
    /// "Övriga frågor"): the slides' headings are the items, a slide's bullets its notes; one whose
    /// X, of a body between commas, presented the matter brought it.
    @Test func aDecksSlidesAreTheItemsItsAgendaListsInShort() {
        let meeting = read("""
            # Äldreomsorgens chefsnätverk
            Träff 2025-05-20, Höganäs

            ## Dagordning
            1. Runda
            2. Digital nattillsyn
            3. Övrigt

            ## Runda – läget i kommunerna
            • Bjuv: nattpatrullen utökad sedan april
            • Klippan: inget nytt

            ## Gemensam upphandling av digital nattillsyn
            • Rocío Valdés, Kommunförbundet Skåne, presenterade möjligheten att upphandla kameror tillsammans
            • Eino frågade hur samtycket dokumenteras

            ## Övriga frågor
            • Dušan Jovanov informerade om att Landskrona får en ny förvaltningschef
            """)
        #expect(meeting.items.map(\.title) == ["Runda – läget i kommunerna", "Gemensam upphandling av digital nattillsyn", "Övriga frågor"])
        #expect(meeting.items.map(\.number) == ["1", "2", "3"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Rocío Valdés"])
    }

    /// A protocol as its margin lays it out: the meeting's own business raised by no one, a decision
    /// beside the margin's "Beslut"; a guest marked where the kommun would be, present by a mark with
    /// a note; a place after the day among facts parted by "·".
    @Test func aProtocolsMarginAndATablesNotes() {
        let meeting = read("""
            Nätverket för barnahussamverkan	Protokoll
            Träff 25 november 2025 · kl. 13.00–15.30 · Bjuv, Kommunhuset, rum Gunnarstorp
            Deltagare
            Namn	Kommun	Närvarande
            Dóra Takács	Helsingborg	Ja
            Emre Tosun	Svalöv	Ja
            Chidi Okoye	Gäst, Migrationsverket	Ja, under punkt 2
            Merve Koçak	Ängelholm	Nej
            **§ 1 Val av justerare**
            Ordföranden föreslog att Emre Tosun ska justera dagens protokoll.
            Beslut	Nätverket utser Emre Tosun att jämte ordföranden justera dagens protokoll.
            **§ 2 Barnförhör**
            Chidi Okoye från Migrationsverket berättade om de nya rutinerna för barnförhör.
            """)
        #expect(meeting.network == "Nätverket för barnahussamverkan")
        #expect(meeting.place == "Bjuv, Kommunhuset, rum Gunnarstorp")
        #expect(meeting.guests.map(\.name) == ["Chidi Okoye"] && meeting.absent.map(\.name) == ["Merve Koçak"])
        #expect(meeting.items.first?.raisedBy.isEmpty == true)
        #expect(meeting.items.first?.decisions == ["Nätverket utser Emre Tosun att jämte ordföranden justera dagens protokoll."])
    }

    /// "**Beslut**" on a line of its own over what was decided: the item's decision, no item.
    @Test func aBoldDecisionLabelOverItsDecisionIsNoItem() {
        let meeting = read("""
            # Nätverket mot bostadslöshet
            Datum: 2026-03-10
            Närvarande: Yaw Mensah, Maëlle Girard, Šárka Novotná

            **Läget i kommunerna**
            Helsingborg: Inget nytt.

            **Kartläggningen av hemlöshet**
            Yaw Mensah tog upp att kartläggningen görs under vecka 16.
            **Beslut**
            Yaw samlar kommunernas kontaktpersoner till ett möte den 7 april.

            **Övriga frågor**
            Šárka Novotná informerade om att Landskrona söker boendestödjare.
            """)
        #expect(meeting.items.map(\.title) == ["Läget i kommunerna", "Kartläggningen av hemlöshet", "Övriga frågor"])
        #expect(meeting.items[1].decisions.first?.hasPrefix("Yaw samlar") == true)
        // (After a quote, "Yaw sa: ”…”", whose lines run on under it as a field's: the same.)
        let quoted = read("""
            # Nätverket mot bostadslöshet
            Datum: 2026-03-10
            Närvarande: Yaw Mensah, Maëlle Girard, Šárka Novotná

            **Läget i kommunerna**
            Helsingborg: Inget nytt.

            **Kartläggningen av hemlöshet**
            Yaw Mensah tog upp att kartläggningen görs under vecka 16.
            Yaw sa: ”Om vi räknar olika ser det ut som att problemet flyttar.”
            Šárka Novotná höll med.
            **Beslut**
            Yaw samlar kommunernas kontaktpersoner till ett möte den 7 april.

            **Övriga frågor**
            Šárka Novotná informerade om att Landskrona söker boendestödjare.
            """)
        #expect(quoted.items[1].decisions == ["Yaw samlar kommunernas kontaktpersoner till ett möte den 7 april."])
    }

    /// A table of decisions by item after the items, its cells apart by tabs (a PDF's or Word's
    /// table): each row's decision to the item its first column numbers.
    @Test func aTabbedTableOfDecisionsByItemGivesEachItsDecision() {
        let meeting = read("""
            # Nätverket för tobakstillsyn
            Datum: 2025-10-21
            Närvarande: Ebru Demir, Aurélie Fontaine

            **1. Kontrollköp**
            Ebru Demir tog upp att det är svårt att hitta köpare.

            **2. Serveringstillstånd**
            Aurélie Fontaine lyfte att ansökningarna kom in sent.

            ## Beslutslista
            Punkt	Beslut	Ansvarig	Klart
            1	Ängelholm gör kontrollköp under november.	Ebru Demir	30 november
            2	Sista dag att ansöka blir den 1 april.	Aurélie Fontaine	Nästa träff
            """)
        #expect(meeting.items.map(\.decisions) == [["Ängelholm gör kontrollköp under november."], ["Sista dag att ansöka blir den 1 april."]])
        // (Or a checklist of them under "Beslut och uppgifter", its boxes ticked or not.)
        let checklist = read("""
            # Nätverket för tobakstillsyn
            Datum: 2025-10-21
            Närvarande: Ebru Demir, Aurélie Fontaine

            **1. Kontrollköp**
            Ebru Demir tog upp att det är svårt att hitta köpare.

            **2. Serveringstillstånd**
            Aurélie Fontaine lyfte att ansökningarna kom in sent.

            Beslut och uppgifter
            [ ] Punkt 1: Ängelholm gör kontrollköp under november.
            [x] Punkt 2: Sista dag att ansöka blir den 1 april.
            """)
        #expect(checklist.items.map(\.decisions) == [["Ängelholm gör kontrollköp under november."], ["Sista dag att ansöka blir den 1 april."]])
    }

    /// Who came listed by kommun under the label, a kommun then its people ("Helsingborg<TAB>Sigríður
    /// Jónsdóttir, Karl-Gustav Ahlin"): each of them came, from there.
    @Test func whoCameListedByKommunAreEachFromIt() {
        let meeting = read("""
            # Nätverket för tobakstillsyn
            Datum: 2025-10-21
            **Närvarande**
            Helsingborg\tSigríður Jónsdóttir, Karl-Gustav Ahlin
            Landskrona\tMilica Petrovic
            **Förhinder:** Gun-Lis Håkansson (Perstorp)

            **1. Kontrollköp**
            Milica Petrovic tog upp att det är svårt att hitta köpare.
            """)
        #expect(meeting.attendees.map(\.name) == ["Sigríður Jónsdóttir", "Karl-Gustav Ahlin", "Milica Petrovic"])
        #expect(meeting.attendees.map(\.municipality) == ["Helsingborg", "Helsingborg", "Landskrona"])
    }
}
