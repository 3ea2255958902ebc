import Testing

@testable import MinnesParse

/// Read since reader 221, as a word processor's minutes come out of Word and OpenDocument: a
/// paragraph a line, headings in bold with no blank line above them, points as sub-headings, lettered
/// points under `Övriga frågor`, a guest from a body named by its definite form.
@Suite("Reader 221")
struct Reader221Tests {
    /// "### 2.1 Hemutrustning" under "## 2. Riksnormen …" over text of its own: a subsection of item
    /// 2, as the document's outline says; numbered lines alone ("3.1 …" under "3. …") stay items.
    @Test func pointsAsSubHeadingsOfAPartWithTextAreThePartsItem() {
        let meeting = read("""
            # Minnesanteckningar
            Datum: 2026-03-17

            ## 1. Runda
            Alla berättade kort.

            ## 2. Riksnormen
            Ghassan Khoury tog upp att kommunerna bedömer kostnader olika.

            ### 2.1 Hemutrustning
            Ghassan berättade om schablonerna.

            ### 2.2 Tandvård
            Beslut: Ghassan sammanställer riktlinjerna.

            ## 3. Övriga frågor
            Inga.
            """)
        #expect(meeting.items.map(\.title) == ["Runda", "Riksnormen", "Övriga frågor"])
        #expect(meeting.items[1].decisions.count == 1 && meeting.items[1].text.contains("schablonerna"))
        let lines = read("""
            Minnesanteckningar
            Datum: 2026-03-17

            2. Riksnormen
            Ghassan Khoury tog upp att kommunerna bedömer kostnader olika.

            2.1 Hemutrustning
            Ghassan berättade om schablonerna.

            3. Övriga frågor
            Inga.
            """)
        #expect(lines.items.map(\.title) == ["Riksnormen", "Hemutrustning", "Övriga frågor"])
    }

    /// Word's paragraphs a line each: "**Runda**" right under "Gäst: …" ends the list of guests and
    /// heads an item, as the other bold lines do.
    @Test func aBoldLineIsAHeadingWithNoBlankLineAboveIt() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-01-28
            **Närvarande**
            Chalerm Wongsakul, Ängelholm
            Lubna Saleh, Helsingborg
            Gäst: Azad Barzani, vuxenpsykiatrin i Region Skåne
            **Runda**
            - Ängelholm: har fått fyra nya platser i boende med särskild service.
            - Helsingborg: sysselsättningen har flyttat till nya lokaler.
            **Samordnad individuell plan – vem kallar?**
            Azad Barzani från vuxenpsykiatrin tog upp att det ofta blir oklart vem som ska kalla till SIP.
            **Övriga frågor**
            - Lubna Saleh berättade att Helsingborg har en ny kontaktväg för remisser.
            """)
        #expect(names(meeting.guests) == ["Azad Barzani"])
        #expect(meeting.items.map(\.title) == ["Runda", "Samordnad individuell plan – vem kallar?", "Övriga frågor"])
        // (A body by its definite form, with no place after it: "från vuxenpsykiatrin".)
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Azad Barzani"])
        // A name in bold is no heading.
        #expect(!PeopleLists.isBoldHeading("**Ada Ek**") && PeopleLists.isBoldHeading("**Runda**"))
    }

    /// Under "Övriga frågor", "a) Name: …" is a matter of the one named, also where their kommun
    /// speaks for them and asks ("b) Máret: Ängelholm undrade om …").
    @Test func letteredPointsUnderOtherMattersAreEachOnesMatter() {
        let found = RaiserReader.mentions(titleLine: "Övriga frågor", text: """
            a) Adewale: Helsingborg har tagit fram en ny folder och skickar den gärna till alla.
              b) Máret: Ängelholm undrade om någon kommun har avtal om arvoden för jourhem som går att dela.
            """)
        #expect(found.map(\.name) == ["Adewale", "Máret"])
        #expect(found[1].statement.hasPrefix("Máret: Ängelholm undrade"))
    }
}
