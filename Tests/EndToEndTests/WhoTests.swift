import Foundation
import Testing

/// `minnes who --json TOPIC` as objects.
func who(_ world: World, _ topic: String) throws -> [String: Any] {
    let outcome = try world.minnes("who", "--json", topic)
    return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
}

@Suite(.serialized) struct WhoTests {
    @Test func theGoldsRaisersAreFoundWithTheirDates() throws {
        let gold = try Gold()
        let (world, _) = try ReadingTests.sampleWorld()
        for case_ in try gold.whoRaised {
            let topic = try #require(case_["topic"] as? String)
            let people = try #require(try who(world, topic)["people"] as? [[String: Any]], "\(topic)")
            for expected in try Gold.list(case_, "expect") as [[String: String]] {
                let date = try #require(expected["date"])
                let person = people.first { gold.name($0["name"] as? String) == expected["person"] }
                let dates = try person.map { person in
                    try #require(person["raised"] as? [[String: Any]]).map { try #require($0["date"] as? String) }
                }
                #expect(dates?.contains(date) == true, "\(topic): \(expected) not in \(people.map { $0["name"] ?? "" })")
            }
        }
    }

    /// Two people raise things in one item; who spoke of the topic comes first, with their own words.
    @Test func whoRanksByWhatEachPersonSaid() throws {
        let world = try World(corpus: [
            "unga.txt": utf8("""
                Minnesanteckningar IFO-chefsnätverket
                Datum: 2021-04-09

                Närvarande:
                Pernilla Gudmundsson\tBjuv
                Tove Lindahl\tKlippan

                1. Unga vuxna
                Pernilla föreslår en gemensam satsning på tonåringar. Tove lyfter behovet av utbildningsstöd för unga vuxna.

                2. Övrigt
                Inget.
                """),
        ])
        try world.indexAndServe()
        let people = try #require(try who(world, "utbildningsstöd")["people"] as? [[String: Any]])
        #expect(people.compactMap { $0["name"] as? String } == ["Tove Lindahl", "Pernilla Gudmundsson"])
        let raised = try #require((people.first?["raised"] as? [[String: Any]])?.first)
        #expect(raised["statement"] as? String == "Tove lyfter behovet av utbildningsstöd för unga vuxna.")
        #expect(raised["evidence"] as? String == "Tove lyfter")
        let printed = try world.minnes("who", "utbildningsstöd")
        #expect(printed.stdout.hasPrefix("Tove Lindahl (Klippan)\n"), "\(printed.stdout)")
        #expect(printed.stdout.contains("“Tove lyfter behovet av utbildningsstöd för unga vuxna.”"))
    }

    /// Every item of the fixtures' expected reading: its raisers (by the title's words), an ambiguous
    /// name's candidates, or no raiser at all.
    @Test func fixtureItemsAnswerWhoAsTheirExpectedReadingSays() throws {
        let expected = try JSONDecoder().decode(
            [ExpectedReading].self, from: Data(contentsOf: SearchCase.folder.appendingPathComponent("expected.json")))
        #expect(!expected.isEmpty)
        let world = try FixtureWorld.make()
        let meetings = try jsonArray(try world.minnes("meetings", "--json").stdout)
        var checked = 0
        for meeting in expected {
            let read = try #require(meetings.first { $0["file"] as? String == meeting.file })
            for item in meeting.items {
                // The item the expectation means, by its title's distinctive words, and its Minnes id.
                let position = try #require(read["items"] as? [[String: Any]]).first { found in
                    titleHas(item.titleContains, title: try #require(found["title"] as? String), text: try #require(found["text"] as? String))
                }?["position"] as? Int
                let id = "\(try #require(read["id"] as? String)).\(try #require(position, "\(item.titleContains)"))"
                let topic = item.titleContains.split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
                let answer = try who(world, topic)
                let people = try #require(answer["people"] as? [[String: Any]], "\(topic)")
                let raisersHere = try people.filter { person in
                    try #require(person["raised"] as? [[String: Any]]).contains { $0["id"] as? String == id }
                }.map { try #require($0["name"] as? String) }
                #expect(Set(item.raisedBy) == Set(raisersHere), "\(meeting.file) \(topic): \(raisersHere)")
                let unattributed = try #require(answer["unattributed"] as? [[String: Any]], "\(topic)")
                    .filter { $0["id"] as? String == id }
                if let candidates = item.ambiguousRaiser {
                    #expect(unattributed.contains { ($0["candidates"] as? [String])?.sorted() == candidates.sorted() }, "\(topic)")
                } else if item.raisedBy.isEmpty {
                    #expect(!unattributed.isEmpty, "\(meeting.file) \(topic) should be listed without a raiser")
                }
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    @Test func aKommunAsRaiserNamesItsRepresentativeWithTheKommunAsEvidence() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar\nDatum: 2021-04-09\n\nNärvarande:\nOlle Ek, Svalöv\nStina Berg, Bjuv\n\n1. **Bostadsbolag**\nSvalöv efterfrågar samarbetsavtal med bostadsbolag.\n2. **Övrigt**\nInget."),
        ])
        try world.indexAndServe()
        let people = try #require(try who(world, "bostadsbolag")["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Olle Ek"])
        let raising = (people.first?["raised"] as? [[String: Any]])?.first
        #expect(raising?["viaMunicipality"] as? String == "Svalöv")
        #expect(raising?["evidence"] as? String == "Svalöv efterfrågar")
        let text = try world.minnes("who", "bostadsbolag")
        #expect(text.stdout.hasPrefix("Olle Ek (Svalöv)\n  2021-04-09  Bostadsbolag  (for Svalöv)  m"))
    }
}

/// Whether the item titled title, with text, is the one whose title has words. An item with a heading
/// must have them in its title. An item without one (a bullet) is titled by the start of its own text,
/// cut short ("LVU: kort genomgång av en dom …" → "LVU"; a long first sentence → its first words and
/// "…"), so for it the words may be anywhere in that text.
func titleHas(_ words: String, title: String, text: String) -> Bool {
    if title.localizedCaseInsensitiveContains(words) { return true }
    let titledByItsText = !title.isEmpty && text.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title)
    return titledByItsText && text.localizedCaseInsensitiveContains(words)
}

struct ExpectedReading: Decodable {
    struct Item: Decodable {
        let titleContains: String
        let raisedBy: [String]
        let ambiguousRaiser: [String]?
    }
    let file: String
    let items: [Item]
}
