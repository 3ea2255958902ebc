import Foundation
import Testing

@testable import MinnesParse

/// Lines → blocks: each kind of block, read inside its own lines.
@Suite("MinutesDocument")
struct DocumentTests {
    func kinds(_ text: String) -> [MinutesDocument.Block.Kind] { MinutesDocument(text).blocks.map(\.kind) }
    func texts(_ text: String) -> [String] { MinutesDocument(text).blocks.map(\.text) }

    /// A kommun's template: headings in a margin, text in a column beside them. Each paragraph reads
    /// as its heading (the margin's lines joined; a label's over its value; a number's as a title), then
    /// its text. A letterhead set out in two columns once is no margin.
    @Test func headingsInAMarginAreReadAsHeadingsOverTheirText() {
        let document = MinutesDocument("""
            Vuxennätverket                                   MINNESANTECKNINGAR
            Familjen Helsingborg                             Träff 4/2024

            Tid                     Torsdag 3 oktober 2024, kl. 9.00

            Närvarande              Ivar Lundh, Bjuv, ordförande
                                    Stina Palm, Klippan

            1  Inledning            Ivar hälsade välkommen.

            2  Samarbetet med       Stina Palm berättade om
               Arbetsförmedlingen   mötena.
            """)
        // (As readers read lines: their indent cut.)
        #expect(document.lines.map { $0.trimmingCharacters(in: .whitespaces) } == [
            "Vuxennätverket                                   MINNESANTECKNINGAR", "Familjen Helsingborg                             Träff 4/2024", "",
            "Tid: Torsdag 3 oktober 2024, kl. 9.00", "",
            "Närvarande: Ivar Lundh, Bjuv, ordförande", "Stina Palm, Klippan", "",
            "1. Inledning", "Ivar hälsade välkommen.", "",
            "2. Samarbetet med Arbetsförmedlingen", "Stina Palm berättade om", "mötena.",
        ])
        // Two such paragraphs are a spacing, not a page's layout.
        let spaced = ["Tid                     kl. 9.00", "", "Plats                   Bjuv"]
        #expect(MinutesDocument(spaced.joined(separator: "\n")).lines == spaced)
    }

    @Test func paragraphsEndAtABlankLineOrAnotherBlock() {
        let document = MinutesDocument("Första raden\nandra raden.\n\nNytt stycke.\n- punkt")
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .bullet(depth: 0)])
        #expect(document.blocks[0].text == "Första raden\nandra raden.")
        #expect(document.blocks[0].lines == 0..<2)
    }

    @Test func headingsByMarkdownAndBold() {
        #expect(kinds("# Protokoll\n## Närvarande\n**Övrigt**") == [.heading(level: 1), .heading(level: 2), .heading(level: 2)])
        #expect(texts("### Ekonomi ###\n**Övrigt:**") == ["Ekonomi", "Övrigt"])
    }

    @Test(arguments: [
        ("1. Inledning", "1.", 1, "Inledning"), ("2) Budget", "2)", 1, "Budget"), ("§ 12 Val av justerare", "§ 12", 1, "Val av justerare"),
        ("§12 Val", "§12", 1, "Val"), ("§ 3", "§ 3", 1, ""), ("Punkt 3: Ekonomi", "Punkt 3:", 1, "Ekonomi"), ("Ärende 4 – Budget:", "Ärende 4", 1, "Budget:"), ("Pkt 2. Budget", "Pkt 2.", 1, "Budget"), ("Ad 3. Budget", "Ad 3.", 1, "Budget"),
        ("IV. Övrigt", "IV.", 1, "Övrigt"), ("3.1 Delrapport", "3.1", 2, "Delrapport"), ("3.1. Delrapport", "3.1.", 2, "Delrapport"),
        ("## 4. Beslut", "4.", 1, "Beslut"), ("1. **Välkommen**", "1.", 1, "**Välkommen**"),
    ])
    func numberedItems(line: String, marker: String, depth: Int, text: String) {
        let block = MinutesDocument(line).blocks.first
        #expect(block?.kind == .numbered(marker: marker, depth: depth), "\(line)")
        #expect(block?.text == text, "\(line)")
    }

    @Test func aPronounOrAYearIsNoNumberedItem() {
        #expect(kinds("I. mötet deltog alla") == [.paragraph])
        #expect(kinds("12 personer kom") == [.paragraph])  // a number without its dot or parenthesis
    }

    @Test func bulletsKeepTheirWrappedLinesAndDepth() {
        let document = MinutesDocument("- Första punkten\n  fortsätter här\n    - underpunkt\n• Andra")
        #expect(document.blocks.map(\.kind) == [.bullet(depth: 0), .bullet(depth: 2), .bullet(depth: 0)])
        #expect(document.blocks[0].text == "Första punkten\nfortsätter här")
    }

    @Test func fieldsAreShortLabelsWithAValueThatMayWrap() {
        let document = MinutesDocument("Datum: 2021-03-09\n**Plats:** Klippan\nNärvarande: Anna Berg,\nOlle Ek\n\nVi pratade länge om det här: budgeten.")
        #expect(document.blocks.map(\.kind) == [.field(key: "Datum"), .field(key: "Plats"), .field(key: "Närvarande"), .paragraph])
        #expect(document.blocks.map(\.text).prefix(3) == ["2021-03-09", "Klippan", "Anna Berg,\nOlle Ek"])
    }

    @Test func tableRowsByTabsPipesAndSeparators() {
        let document = MinutesDocument("| Namn | Kommun | Närvarande |\n|---|---|---|\n| Anna Berg | Bjuv | X |\nOlle Ek\tKlippan")
        #expect(document.blocks.map(\.kind) == [
            .row(cells: ["Namn", "Kommun", "Närvarande"]), .separator, .row(cells: ["Anna Berg", "Bjuv", "X"]),
            .row(cells: ["Olle Ek", "Klippan"]),
        ])
    }

    @Test func sectionsFollowHeadingsAndNumberedItems() {
        let document = MinutesDocument("Protokoll\nDatum: 2021-03-09\n\n1. Inledning\nKarin öppnar.\n\n## Övrigt\n- En punkt")
        let sections = document.sections
        #expect(sections.map { $0.heading?.text } == [nil, "Inledning", "Övrigt"])
        #expect(sections[1].blocks.map(\.text) == ["Karin öppnar."])
        #expect(sections[2].blocks.map(\.kind) == [.bullet(depth: 0)])
    }
}

/// Mends of the review: inputs that read wrong or trapped.
@Suite("Review mends")
struct ReviewMendsTests {
    @Test func aNameAfterTheLabelAndATabIsNoPresenceColumn() {
        let meeting = read("Minnesanteckningar 2021-04-09\nNärvarande:\tKarin Holmgren\nPetter Alm\tBjuv\n\n1. Inledning\nKort.\n\n2. Avslut\nTack.")
        #expect(names(meeting.attendees) == ["Karin Holmgren", "Petter Alm"])
        #expect(meeting.absent.isEmpty)
    }

    @Test func aRaiserNamedTwiceInTheTitleLineDoesNotTrap() {
        let meeting = read("Minnesanteckningar 2021-04-09\n\n§ 3 Från Bjuv: Bjuv informerar om läget\nDet går bra.\n\n§ 4 Avslut\nTack.")
        #expect(meeting.items.first?.raisedBy.map(\.viaMunicipality) == ["Bjuv"])
        #expect(meeting.items.first?.raisedBy.first?.statement == "Det går bra.")
    }

    @Test func aDayAndMonthBeforeATimeKeepsItsDate() {
        let meeting = read("Minnesanteckningar 2021-04-09\n\n1. Inledning\nKort.\n\n2. Nästa möte\nNästa möte 19/5 1300-1500.")
        #expect(meeting.nextMeeting?.date == "2021-05-19")
    }

    @Test func aFirstNameIsNoRoleEvenWhenSomeonesRoleStartsLikeIt() {
        let meeting = read("Minnesanteckningar 2021-04-09\nNärvarande:\nAnn Berg\nOlle Ek, ansvarig\n\n1. Budget\nAnn lyfter frågan om budgeten.\n\n2. Avslut\nTack.")
        #expect(meeting.items.first?.raisedBy.map(\.name) == ["Ann"])
    }

    @Test func aDateInTheBodyOfMinutesWithoutNumbersIsNotTheMeetingsDate() {
        let meeting = read("Minnesanteckningar\n\n- Lagen gäller från 2022-07-01 i alla kommuner.\n- Budgeten följs upp.")
        #expect(meeting.date == nil)
    }
}

/// A page in two columns, as text: each paragraph's left column, then its right one.
@Test func twoColumnsAreReadOneAfterTheOther() {
    let document = MinutesDocument("""
        Hemtjänstnätverket                                  MINNESANTECKNINGAR
        Familjen Helsingborg                                Datum: tors 16 nov. 2023
                                                            Plats: Båstad, Kommunhuset

        Närvarande                                          Frånvarande
        Inger Björkman, Helsingborg, ordf.                  Wilma Sjölander, Bjuv
        Ludvig Kronberg, Klippan, sekr.                     Pontus Rydqvist, Ängelholm
        Leyla Yıldırım, Landskrona
        """)
    #expect(document.lines == [
        "Hemtjänstnätverket", "Familjen Helsingborg", "", "MINNESANTECKNINGAR", "Datum: tors 16 nov. 2023", "Plats: Båstad, Kommunhuset", "",
        "Närvarande", "Inger Björkman, Helsingborg, ordf.", "Ludvig Kronberg, Klippan, sekr.", "Leyla Yıldırım, Landskrona", "",
        "Frånvarande", "Wilma Sjölander, Bjuv", "Pontus Rydqvist, Ängelholm",
    ])
}

/// A table of names and kommuner aligned by spaces is a table, not two columns of a page.
@Test func aSpacedTableOfNamesAndKommunerStaysWhole() {
    let text = "Närvarande\nUlla-Karin Tufvesson    Höganäs\nConny Ekstam            Klippan\nAnna Berg               Bjuv"
    #expect(MinutesDocument(text).lines == text.split(separator: "\n").map(String.init))
}

/// Labels aligned with their values are labels, not two columns of a page.
@Test func labelsAlignedWithTheirValuesStayWhole() {
    let text = "Datum:         2006-01-18\nPlats:         Medborgarhuset, Perstorp\nOrdförande:    Eva Nyberg, Örkelljunga"
    #expect(MinutesDocument(text).lines == text.split(separator: "\n").map(String.init))
}

/// What Minnes keeps for itself leaves out nil and empty lists and reads back the same; what it
/// answers keeps every key (`"scribe": null`), whichever way the meeting was kept.
@Test func storedJSONLeavesOutWhatIsEmptyAndReadsBackTheSame() throws {
    var meeting = Meeting(file: "a.txt", title: "Minnesanteckningar", date: "2024-02-08", attendees: [Person(name: "Anna Berg")])
    meeting.items = [
        AgendaItem(position: 1, title: "Inledning", text: "Anna hälsade välkommen.",
                   raisedBy: [Raiser(person: Person(name: "Anna Berg"), evidence: "Anna hälsade")]),
    ]
    let stored = String(decoding: try StoredJSON.encode(meeting), as: UTF8.self)
    #expect(!stored.contains("null") && !stored.contains("[]"), "\(stored)")
    #expect(try StoredJSON.decoder.decode(Meeting.self, from: Data(stored.utf8)) == meeting)
    // Kept by an index written before, with the fields' own names: read alike.
    let before = try StoredJSON.$compact.withValue(true) { try JSONEncoder().encode(meeting) }
    #expect(String(decoding: before, as: UTF8.self).contains("\"attendees\""))
    #expect(try StoredJSON.decoder.decode(Meeting.self, from: before) == meeting)
    let answered = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(meeting)) as? [String: Any])
    #expect(answered["scribe"] is NSNull && (answered["guests"] as? [Any])?.isEmpty == true && answered["place"] is NSNull)
}

/// What an index stores of a meeting with every field given is keyed by letters alone, each field
/// its own letter, and reads back the same.
@Test func storedJSONKeysEveryFieldByALetterOfItsOwn() throws {
    let person = Person(name: "Anna Berg", municipality: "Bjuv", role: "chef")
    var meeting = Meeting(
        file: "a.txt", title: "Minnesanteckningar", date: "2024-02-08", dateAsWritten: "8/2", dateNote: "the year of the heading",
        network: "IFO", place: "Bjuv", attendees: [person], guests: [person], absent: [person], chairs: [person], scribe: person,
        items: [AgendaItem(position: 1, title: "Budget", section: "Ekonomi", text: "Anna sa ja. Beslut: ja.",
                           raisedBy: [Raiser(person: person, evidence: "Anna sa", viaMunicipality: "Bjuv", candidates: ["Anna Berg", "Anna Ek"], statement: "Anna sa ja.")],
                           decisions: ["ja"])],
        notes: "Anteckningar")
    (meeting.format, meeting.id, meeting.nextMeeting) = ("txt", "m1", NextMeeting(date: "2024-03-07", place: "Klippan"))
    meeting.items[0].number = "1."
    let stored = try StoredJSON.encode(meeting)
    var keys = Set<String>()
    func collect(_ value: Any) {
        if let object = value as? [String: Any] {
            keys.formUnion(object.keys)
            object.values.forEach(collect)
        } else if let list = value as? [Any] {
            list.forEach(collect)
        }
    }
    collect(try JSONSerialization.jsonObject(with: stored))
    #expect(keys.allSatisfy { $0.count == 1 }, "\(keys.sorted())")
    #expect(keys.count == 30, "\(keys.sorted())")
    #expect(Set(StoredJSON.letters.values).count == StoredJSON.letters.count && Set(StoredJSON.letters.keys).isDisjoint(with: StoredJSON.letters.values))
    #expect(try StoredJSON.decoder.decode(Meeting.self, from: stored) == meeting)
}

/// A spreadsheet saved with semicolons: its labels, a list under a label, and its table, whose cells
/// may hold semicolons, doubled quotes and line breaks in quotes. Not a text with a semicolon here and there.
@Test func aSheetSavedWithSemicolonsReadsAsItsLabelsListsAndTable() {
    let sheet = """
        Minnesanteckningar;;;
        Plats;Rådhuset, Bjuv;;
        Närvarande;Anna Ek;Bjuv;
        ;Per Holm;Klippan;
        ;;;
        Nr;Rubrik;Anteckning;Beslut
        1;Budget;"Per Holm berättade; kort.";
        2;Lokaler;"Anna Ek sa ""ja"" och
        gick vidare.";Lokalen bokas.
        """
    #expect(MinutesDocument(sheet).lines == [
        "Minnesanteckningar", "Plats: Rådhuset, Bjuv", "Närvarande: Anna Ek, Bjuv", "Per Holm, Klippan", "",
        "| Nr | Rubrik | Anteckning | Beslut |", "|---|---|---|---|", "| 1 | Budget | Per Holm berättade; kort. |  |",
        "| 2 | Lokaler | Anna Ek sa \"ja\" och<br>gick vidare. | Lokalen bokas. |",
    ])
    let prose = "Minnesanteckningar\nDatum: 2024-02-08\n\nVi talade om budget; lokaler; och personal.\nInget mer.\nTack; hej.\nSlut; punkt.\nJa; nej."
    #expect(MinutesDocument(prose).lines == prose.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
}
