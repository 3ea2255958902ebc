import Foundation
import Testing

/// Runs `minnes search --json` and returns the files of its results (all of them).
func searchFiles(_ world: World, _ query: String) throws -> (files: Set<String>, response: [String: Any]) {
    let outcome = try world.minnes("search", "--json", "--limit", "1000", query)
    let response = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    let files = try #require(response["results"] as? [[String: Any]], "\(outcome.stderr)").map { try #require($0["file"] as? String) }
    return (Set(files), response)
}

@Suite(.serialized) struct SwedishSearchTests {
    @Test func theGoldSearchesFindWhatTheyMust() throws {
        let gold = try Gold()
        let (world, _) = try ReadingTests.sampleWorld()
        for search in try gold.list("searches") as [[String: Any]] {
            let query = try #require(search["query"] as? String)
            let (files, _) = try searchFiles(world, query)
            let missing = Set(try Gold.list(search, "mustFind") as [String]).subtracting(files)
            #expect(missing.isEmpty, "\(query) (\(search["why"] ?? "")): missing \(missing.sorted())")
        }
    }

    @Test func theGoldsDistinctPeopleStayApartAndVariantsTogether() throws {
        let gold = try Gold()
        let (world, _) = try ReadingTests.sampleWorld()
        let listed = try world.minnes("people", "--json")
        #expect(listed.status == 0)
        // The register's spellings of each entry (its name and variants, which must be there).
        let people = try jsonArray(listed.stdout)
        let spellings = try people.map { person in
            [try #require(person["name"] as? String)] + (try #require(person["variants"] as? [String]))
        }
        func entry(_ name: String) -> Int? {
            spellings.firstIndex { $0.contains { $0.lowercased() == name.lowercased() } }
        }
        for pair in try gold.list("distinctPeople") as [[String]] {
            try #require(pair.count == 2, "\(pair)")
            let (a, b) = (try #require(entry(pair[0]), "\(pair[0])"), try #require(entry(pair[1]), "\(pair[1])"))
            #expect(a != b, "\(pair) were merged")
        }
        for person in try gold.list("people") as [[String: Any]] {
            let name = try #require(person["name"] as? String)
            let index = try #require(entry(name), "\(name) is not in the register")
            if let municipality = person["municipality"] as? String {
                #expect(people[index]["municipality"] as? String == municipality, "\(name)")
            }
            // Every full-name spelling of the person is the same entry.
            // (Written forms that are not names, "/Linda Macke" or an e-mail address, are left out.)
            for variant in try #require(person["variants"] as? [String], "\(name)")
            where variant.split(separator: " ").count >= 2 && variant.allSatisfy({ $0.isLetter || " -".contains($0) }) {
                #expect(entry(variant) == index, "\(variant) is not \(name)")
            }
        }
    }

    @Test func anyCaseOfTheLettersFindsTheTextAndExactSpellingRanksFirst() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar\n\n1. **Frågan om Ängelholm**\nFrågan om Ängelholm togs upp.\n2. **Övrigt**\nInget."),
            "b.txt": utf8("Minnesanteckningar\n\n1. **Fragan om Angelholm**\nFragan om Angelholm, skrivet utan prickar.\n2. **Övrigt**\nInget."),
        ])
        try world.indexAndServe()
        #expect(try searchFiles(world, "fragan").files == ["a.txt", "b.txt"])
        let (files, response) = try searchFiles(world, "Frågan Ängelholm")
        #expect(files == ["a.txt", "b.txt"])
        let first = try #require(response["results"] as? [[String: Any]]).first?["file"] as? String
        #expect(first == "a.txt")  // typed with the right letters: the exact spelling first
    }

    @Test func compoundPartsFindTheCompoundBelowWholeWords() throws {
        let world = try World(corpus: [
            "hel.txt": utf8("Minnesanteckningar\n\n1. **Rekrytering**\nVi behöver fler familjehem i kommunen."),
            "del.txt": utf8("Minnesanteckningar\n\n1. **Vård**\nFamiljehemsvården har utvecklats under året."),
            "annat.txt": utf8("Minnesanteckningar\n\n1. **Budget**\nBudgeten för hemtjänsten diskuterades."),
        ])
        try world.indexAndServe()
        let (files, response) = try searchFiles(world, "familjehem")
        #expect(files == ["hel.txt", "del.txt"])
        let order = try #require(response["results"] as? [[String: Any]]).map { try #require($0["file"] as? String) }
        #expect(order.first == "hel.txt")
        #expect(try searchFiles(world, "vård").files.contains("del.txt"))
        #expect(!(try searchFiles(world, "familj").files.contains("annat.txt")))
    }

    @Test func aMisspelledQueryGetsASuggestionInJSONAndForPeople() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar\n\nDeltagare:\nFilippa Kurdve\tÄngelholm\n\n1. **Familjehem**\nFamiljehem och familjehem."),
        ])
        try world.indexAndServe()
        let (_, response) = try searchFiles(world, "familjehen")
        #expect(response["suggestion"] as? String == "familjehem")
        #expect(try searchFiles(world, "Kurdwe").response["suggestion"] as? String == "kurdve")
        let printed = try world.minnes("search", "familjehen")
        #expect(printed.status == 1)
        #expect(printed.stdout.contains("Did you mean: familjehem?"))
        #expect(try searchFiles(world, "familjehem").response["suggestion"] is NSNull)  // it found what it needed
    }

    @Test func personFilterFindsEveryItemOfEveryMeetingTheyAttendedUnderAnySpelling() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar\nDatum: 2020-01-10\n\nNärvarande:\nSanna Löf\tÅstorp\nOlle Ek\tBjuv\n\n1. **Budget**\nText.\n2. **Övrigt**\nText."),
            "b.txt": utf8("Minnesanteckningar\nDatum: 2020-02-14\n\nNärvarande:\nSanna Löv\tÅstorp\n\n1. **Familjehem**\nText."),
            "c.txt": utf8("Minnesanteckningar\nDatum: 2020-03-13\n\nNärvarande:\nOlle Ek\tBjuv\n\n1. **Familjehem**\nText."),
        ])
        try world.indexAndServe()
        #expect(try searchFiles(world, #"person:"Sanna Löv""#).files == ["a.txt", "b.txt"])
        #expect(try searchFiles(world, #"person:"sanna lof" familjehem"#).files == ["b.txt"])
        #expect(try searchFiles(world, "Sanna Löv").files == ["a.txt", "b.txt"])
    }
}
