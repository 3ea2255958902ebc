import Testing

@testable import MinnesParse

/// Read since reader 228, as a PDF's pages come out of `PDFLayout`: a paragraph a line, with no blank
/// lines between them.
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
        let matters = text.replacingOccurrences(of: "- en gemensam", with: "- En gemensam")
            .replacingOccurrences(of: "- en kontakt", with: "- En kontakt").replacingOccurrences(of: "- information", with: "- Information")
        #expect(read(matters).items.count > 3)
    }
}
