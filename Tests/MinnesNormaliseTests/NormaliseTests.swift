import Foundation
import MinnesParse
import Testing

@testable import MinnesNormalise

@Suite struct PeopleRegisterTests {
    func register(_ lists: [[String]]) -> PeopleRegister {
        PeopleRegister(meetings: lists.enumerated().map { number, names in
            Meeting(file: "\(number).txt", title: "", attendees: names.map { Person(name: $0) })
        })
    }

    @Test(arguments: [
        ("Matilda Hedén", "Mathilda Heden"), ("Jessika Nilsson", "Jessica Nilsson"), ("Anette Edvardsson", "Annette Edvardson"),
        ("Annelie Börjesdotter", "Anneli Börjesdotter"), ("Filippa Kurdve", "Filipa Kurve"), ("Sanna Löf", "Sanna Löv"),
        ("Ulrik Alm", "Ulrik alm"),
    ])
    func spellingsOfOnePersonMerge(a: String, b: String) {
        let people = register([[a], [b]])
        #expect(people.entries.count == 1)
        #expect(Set([people.entries.first?.name ?? ""] + (people.entries.first?.variants ?? [])) == [a, b])
    }

    @Test(arguments: [
        ("Jessika Nilsson", "Jessica Alfredson"), ("Mikael Lindberg", "Johan Lindberg"), ("Anette Edvardsson", "Annette Lindberg Mohlin"),
        ("Cecilia Andersson", "Annika Andersson"), ("Mikael Lindberg", "Mikael Bogarve"), ("Anna Berg", "Anna Borg"),
    ])
    func differentPeopleStayApart(a: String, b: String) {
        #expect(register([[a], [b]]).entries.count == 2)
    }

    @Test func twoAlikeNamesListedAtOneMeetingAreTwoPeople() {
        #expect(register([["Anna Lindqvist", "Anna Lindkvist"]]).entries.count == 2)
        #expect(register([["Anna Lindqvist"], ["Anna Lindkvist"]]).entries.count == 1)
    }

    @Test func theCanonicalNameIsTheMostFrequentFirstNameWithTheMostFrequentSurname() {
        let people = register([["Matilda Heden"], ["Matilda Hedén"], ["Mathilda Hedén"]])
        #expect(people.entries.map(\.name) == ["Matilda Hedén"])
    }
}

@Suite struct SynonymFileTests {
    @Test func groupsAreReadAndBadLinesReportedByNumber() {
        let (groups, problems) = Synonyms.parse("""
            # comment
            Helsingborg = Hbg = Hgb

            ekonomiskt bistånd = försörjningsstöd
            just one expression
            Hbg = Helsingborgs stad
            a = = b
            """)
        #expect(groups.map(\.key) == ["helsingborg", "ekonomiskt_bistand"])
        #expect(groups[1].phrases.contains("ekonomiskt bistånd") && groups[1].phrases.contains("ekonomiskt bistand"))
        #expect(problems.map(\.line) == [5, 6, 7])
        #expect(problems[1].description == "line 6: \"hbg\" is already in the group on line 2")
    }

    @Test func theShippedFileHasNoProblems() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/synonyms.txt")
        let (groups, problems) = Synonyms.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(problems.isEmpty)
        #expect(groups.count >= 15)
    }
}

@Suite struct CompoundTests {
    let splitter = CompoundSplitter(
        dictionary: [
            "familjehem", "vård", "skydd", "placering", "social", "jour", "socialjour", "handledning", "hand", "ledning",
        ],
        corpusWords: ["familjehemsvård", "socialjouren"],
        stem: { word in ["placeringar": "placering", "jouren": "jour", "vården": "vård"][word] ?? word })

    @Test func compoundsSplitIntoKnownWordsWithTheLinkingS() {
        #expect(splitter.parts(of: "familjehemsvård") == ["familjehem", "vård"])
        #expect(splitter.parts(of: "skyddsplaceringar") == ["skydd", "placeringar"])
        #expect(splitter.parts(of: "socialjouren") == ["social", "jouren"])
        #expect(splitter.parts(of: "socialjour") == ["social", "jour"])  // in the dictionary, but a long head
    }

    @Test func knownWordsAndNonCompoundsStayWhole() {
        #expect(splitter.parts(of: "handledning").isEmpty)  // a word of its own, with a short head
        #expect(splitter.parts(of: "kommunerna").isEmpty)
        #expect(splitter.parts(of: "vård").isEmpty)
    }
}
