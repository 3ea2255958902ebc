import Testing

@testable import MinnesParse

/// Texts a fuzzer made of the fixtures (lines cut, moved and mixed; other scripts' digits): the
/// reader reads each without trapping, as one trap stops a whole `minnes index` run.
@Suite("Hostile texts")
struct HostileTextTests {
    /// Swift's `\d` takes any script's digits, which `Int(_:)` does not read: minutes holding them read
    /// as the same minutes with ASCII's digits, in every pattern that reads a number (a date in
    /// figures, in words (its year too), dotted; an outline's numbers; a theme's), and none traps.
    @Test(arguments: [
        "Minnesanteckningar 2024-03-15 (٢٠٢٤-٠٣-١٥)\nNärvarande: Ada Ek, Bjuv\n1. Budget\nText.\n2. Övrigt\nInget.\n",
        "Minnesanteckningar ２０２４-０３-１５ 2024-03-15\nNärvarande: Ada Ek, Bjuv\n1. Budget\nText.\n2. Övrigt\nInget.\n",
        "Minnesanteckningar\nDatum: ١٥ mars 2024\nNärvarande: Ada Ek, Bjuv\n1. Budget\nText.\n2. Övrigt\nInget.\n",
        "Möte 15.٠٣.2024\nNärvarande: Ada Ek, Bjuv\n1. Budget\nText.\n2. Övrigt\nInget.\n",
        "Minnesanteckningar\nDatum: 15 mars ٢٠٢٤\nNärvarande: Ada Ek, Bjuv\n1. Budget\nText.\n2. Övrigt\nInget.\n",
        "Minnesanteckningar 2024-03-15\n\n1\tAktuellt\n1.1\tBjuv\n2\tBudget\n٣\tÖvrigt\n",
        "Minnesanteckningar 2024-03-15\n\nTema 1 – Ett\nText.\nTema 2 – Två\nText.\nTema ٣ – Tre\nText.\n",
    ])
    func anotherScriptsDigitsReadAsTheirValues(text: String) {
        let ascii = String(text.map { $0.wholeNumberValue.map { Character(String($0)) } ?? $0 })
        let (meeting, asASCII) = (read(text), read(ascii))
        #expect(meeting.date == asASCII.date)
        #expect(meeting.date?.hasPrefix("2024-03-") == true)
        #expect(meeting.items.map(\.title) == asASCII.items.map(\.title))
        #expect(meeting.items.count >= 2)
    }

    /// An item's line above the header (its lines moved): the closing paragraph is looked for only
    /// below the header, not in a range that runs backwards.
    @Test func anItemAboveTheHeaderIsRead() {
        let meeting = read("""
            3) Ungdomstjänst - för få platser
            ====================================
            NÄTVERK:      Ungdomsnätverket
            DATUM:        2025-11-19   KL 09.00-11.30
            PLATS:        Perstorp, Kommunhuset, rum 4
            1) Runda - hur ser hösten ut
            """)
        #expect(meeting.date == "2025-11-19")
        #expect(meeting.network == "Ungdomsnätverket")
    }

    /// A slide deck whose last slide's mark is the text's last line.
    @Test func aDeckEndingOnASlidesMarkIsRead() {
        let meeting = read("Bild 1\nBild 2\nDagordning\nBild 4")
        #expect(meeting.items.isEmpty)
        #expect(meeting.notes.contains("Dagordning"))
    }
}
