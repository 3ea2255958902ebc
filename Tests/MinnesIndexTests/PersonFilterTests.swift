import Foundation
import MinnesIndex
import Testing

/// Filters as people write them: a person filter with one name alone (a surname, a first name, part
/// of a double surname) finds everyone so named, under any spelling the register knows, while a full
/// name stays that one person; a kommun in the genitive is that kommun.
@Suite("Person filters by one name, kommun filters in the genitive", .serialized)
struct PersonFilterTests {
    // Written once, then only read.
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        func minutes(_ date: String, _ present: String, _ item: String) -> String {
            "Anteckningar från arbetsgruppen för stöd\nDatum: \(date)\nNärvarande: \(present)\n\n1. Läget\n\(item)\n2. Övrigt\nInget.\n"
        }
        try! workspace.write("a.txt", minutes(
            "2022-02-01", "Filippa Kurdve (Bjuv), Anna Lindberg (Klippan), Annette Lindberg Mohlin (Höganäs)",
            "Filippa Kurdve tog upp rekryteringen av familjehem."))
        try! workspace.write("b.txt", minutes(
            "2022-03-01", "Filippa Kurve (Bjuv), Mikael Lindberg (Svalöv)", "Mikael Lindberg informerade om budgeten."))
        try! workspace.write("c.txt", minutes(
            "2022-04-01", "Marie Brynbo (Klippan), Olle Ek (Perstorp)", "Marie Brynbo lyfte frågan om skolan."))
        // Eleven people called Lena: more than one name may mean.
        let lenas = ["Ahl", "Berg", "Dahl", "Ek", "Falk", "Holm", "Kvist", "Lund", "Nord", "Sjö", "Strand"]
        try! workspace.write("d.txt", minutes(
            "2022-05-01", lenas.map { "Lena \($0) (Åstorp)" }.joined(separator: ", "), "Lena Ahl lyfte frågan om lokaler."))
        // Two Otilias, and a meeting that lists one by her first name alone (which of them, no one knows).
        try! workspace.write("e.txt", minutes("2022-06-01", "Otilia Berg (Svalöv), Per Holm (Perstorp)", "Per Holm informerade."))
        try! workspace.write("f.txt", minutes("2022-07-01", "Otilia Ström (Svalöv), Per Holm (Perstorp)", "Per Holm informerade."))
        try! workspace.write("g.txt", minutes("2022-08-01", "Otilia, Per Holm (Perstorp)", "Per Holm informerade."))
        // A double surname joined by a hyphen.
        try! workspace.write("h.txt", minutes("2022-09-01", "Sara Lindqvist-Holm (Bjuv), Per Holm (Perstorp)", "Sara Lindqvist-Holm berättade om budgeten."))
        _ = try! workspace.index()
        return workspace
    }()

    func files(_ query: String) throws -> Set<String> {
        Set(try Self.workspace.search(query).results.map(\.file))
    }

    @Test func aSurnameAloneFindsThePersonUnderEitherSpelling() throws {
        #expect(try files("person:Kurdve") == ["a.txt", "b.txt"])
        #expect(try files("person:Kurve") == ["a.txt", "b.txt"])
        #expect(try files("vem:kurdve") == ["a.txt", "b.txt"])
    }

    @Test func oneNameAloneFindsEveryoneSoNamedByWholeWords() throws {
        // Anna, Annette and Mikael Lindberg; Anna is not Annette.
        #expect(try files("person:Lindberg") == ["a.txt", "b.txt"])
        #expect(try files("person:Filippa") == ["a.txt", "b.txt"])
        #expect(try files("person:Anna") == ["a.txt"])
        #expect(try files("person:\"Lindberg Mohlin\"") == ["a.txt"])
        #expect(try files("person:Lindberg familjehem") == ["a.txt"])
    }

    @Test func aFullNameIsStillThatPersonAlone() throws {
        #expect(try files("person:\"Mikael Lindberg\"") == ["b.txt"])
        #expect(try files("person:\"Anna Lindberg\"") == ["a.txt"])
    }

    @Test func whoRaisedTheItemByOneName() throws {
        #expect(try files("raised:Mikael") == ["b.txt"])
        #expect(try files("lyft:Brynbo") == ["c.txt"])
        #expect(try files("raised:Lindberg") == ["b.txt"])
    }

    @Test func oneNameFindsThoseListedByItAloneToo() throws {
        #expect(try files("person:Otilia") == ["e.txt", "f.txt", "g.txt"])
        #expect(try files("person:\"Otilia Berg\"") == ["e.txt"])
    }

    @Test func aPartOfAHyphenedSurnameIsOneName() throws {
        #expect(try files("person:Lindqvist") == ["h.txt"])
        #expect(try files("person:Lindqvist-Holm") == ["h.txt"])
        #expect(try files("raised:Lindqvist") == ["h.txt"])
    }

    @Test func twoPersonFiltersAreEitherHoweverManyEachMeans() throws {
        // Filters of one field are any of theirs, whether a name means one person or several.
        #expect(try files("person:Kurdve person:Brynbo") == ["a.txt", "b.txt", "c.txt"])
        #expect(try files("person:\"Filippa Kurdve\" person:\"Marie Brynbo\"") == ["a.txt", "b.txt", "c.txt"])
        #expect(try files("person:Lindberg person:Brynbo") == ["a.txt", "b.txt", "c.txt"])
        #expect(try files("familjehem -person:Lindberg").isEmpty)
    }

    @Test func aKommunInTheGenitiveIsThatKommun() throws {
        #expect(try files("kommun:Klippans") == ["a.txt", "c.txt"])
        #expect(try files("kommun:Klippans") == files("kommun:Klippan"))
        #expect(try files("kommun:KLIPPANS") == ["a.txt", "c.txt"])
        #expect(try files("kommun:Höganäs") == ["a.txt"])
    }

    @Test func aNameOfTooManyPeopleIsRefusedNamingSome() throws {
        let refused = #expect(throws: SearchError.self) { try Self.workspace.search("familjehem person:Lena") }
        #expect(refused.map { "\($0)" }?.contains("person:Lena names 11 people (Lena Ahl, Lena Berg, Lena Dahl …)") == true, "\(String(describing: refused))")
        #expect(try files("person:\"Lena Ahl\"") == ["d.txt"])
        #expect(try files("raised:Ahl") == ["d.txt"])
        // Who raised an item by a first name many share: their terms alone, no meetings to gather.
        #expect(try files("raised:Lena") == ["d.txt"])
    }

    @Test func aNameNoOneHasFindsNothing() throws {
        #expect(try files("person:Okänd").isEmpty)
        #expect(try files("person:Lind").isEmpty)
    }
}
