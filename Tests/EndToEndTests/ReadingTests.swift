import Foundation
import Testing

/// `../shared/eval/seeds.gold.json`: how a careful reader reads the bundled sample minutes.
struct Gold {
    static let url = World.repository.deletingLastPathComponent().appendingPathComponent("shared/eval/seeds.gold.json")

    let object: [String: Any]
    /// Every spelling of a person → the canonical name.
    let canonical: [String: String]

    init() throws {
        let data = try Data(contentsOf: Self.url)
        object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var canonical: [String: String] = [:]
        for person in object["people"] as? [[String: Any]] ?? [] {
            let name = person["name"] as! String
            for spelling in [name] + (person["variants"] as? [String] ?? []) { canonical[spelling.lowercased()] = name }
        }
        self.canonical = canonical
    }

    func name(_ spelling: String?) -> String? {
        spelling.map { canonical[$0.lowercased()] ?? $0 }
    }

    var meetings: [[String: Any]] { object["meetings"] as? [[String: Any]] ?? [] }
    var whoRaised: [[String: Any]] { object["whoRaised"] as? [[String: Any]] ?? [] }
}

func jsonArray(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
}

func names(_ people: Any?) -> [String] {
    (people as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
}

@Suite(.serialized) struct ReadingTests {
    /// The bundled Corpus, indexed into a fresh index, with a daemon answering.
    static func sampleWorld() throws -> (World, String) {
        let world = try World()
        let indexed = try world.minnes("index", "--corpus", World.repository.appendingPathComponent("Corpus").path)
        #expect(indexed.status == 0)
        try world.startDaemon()
        return (world, indexed.stderr)
    }

    @Test func meetingsOfTheSampleAreReadAsTheGoldFileSays() throws {
        let gold = try Gold()
        let (world, _) = try Self.sampleWorld()
        let listed = try world.minnes("meetings", "--json")
        #expect(listed.status == 0)
        let meetings = Dictionary(uniqueKeysWithValues: try jsonArray(listed.stdout).map { ($0["file"] as! String, $0) })
        #expect(meetings.count == gold.meetings.count)

        for expected in gold.meetings {
            let file = expected["file"] as! String
            let meeting = try #require(meetings[file], "\(file) was not listed")
            #expect(meeting["date"] as? String == expected["date"] as? String, "\(file) date")
            #expect(meeting["dateAsWritten"] as? String == expected["dateAsWritten"] as? String, "\(file) dateAsWritten")
            #expect(meeting["network"] as? String == expected["network"] as? String, "\(file) network")
            // The gold file allows an empty place where it says so (placeNote): the place is in other minutes.
            let place = meeting["place"] as? String
            #expect(place == expected["place"] as? String || place == nil && expected["placeNote"] != nil, "\(file) place")
            for field in ["attendees", "guests", "absent", "chairs"] {
                #expect(names(meeting[field]).map { gold.name($0)! } == expected[field] as? [String], "\(file) \(field)")
            }
            let scribe = (meeting["scribe"] as? [String: Any])?["name"] as? String
            #expect(gold.name(scribe) == expected["scribe"] as? String, "\(file) scribe")
        }
    }

    @Test func theRaisersOfTheSampleAreFoundOnTheirItems() throws {
        let gold = try Gold()
        let (world, _) = try Self.sampleWorld()
        let meetings = try jsonArray(try world.minnes("meetings", "--json").stdout)
        for case_ in gold.whoRaised {
            let topic = (case_["topic"] as! String).lowercased()
            for expected in case_["expect"] as! [[String: String]] {
                let items = meetings.filter { $0["date"] as? String == expected["date"] }
                    .flatMap { $0["items"] as? [[String: Any]] ?? [] }
                    .filter { item in
                        let text = "\(item["title"] ?? "") \(item["text"] ?? "")".lowercased()
                        return topic.split(separator: " ").allSatisfy { text.contains($0) }
                    }
                let raisers = items.flatMap { names($0["raisedBy"]) }.map { gold.name($0)! }
                #expect(raisers.contains(expected["person"]!), "\(topic): \(expected) not in \(raisers)")
            }
        }
    }

    @Test func aContradictedDateIsKeptAsWrittenAndReportedWithTheReason() throws {
        let gold = try Gold()
        let (_, warnings) = try Self.sampleWorld()
        for meeting in gold.meetings {
            guard let written = meeting["dateAsWritten"] as? String else { continue }
            let file = meeting["file"] as! String, date = meeting["date"] as! String
            let line = warnings.split(separator: "\n").first { $0.contains("warning: \(file): date written \(written)") }
            #expect(line?.contains("read as \(date)") == true, "\(warnings)")
            #expect(line?.contains("next meeting") == true)
        }
    }

    @Test func theNextMeetingIsReadAndGivesTheMeetingItsPlace() throws {
        let world = try World(corpus: [
            "vår.txt": utf8("Minnesanteckningar IFO-chefsnätverket\nDatum: 2021-05-07\nPlats: Bjuv\n\n1. **Budget**\nText.\n2. **Nästa träff**\nNästa möte är planerat till 24 september i Båstad."),
            "höst.txt": utf8("Minnesanteckningar IFO-chefsnätverket\nDatum: 2021-09-24\n\n1. **Budget**\nText.\n\nNytt möte 26/11 kl 13 i Helsingborg."),
        ])
        try world.indexAndServe()
        let meetings = Dictionary(uniqueKeysWithValues: try jsonArray(try world.minnes("meetings", "--json").stdout).map {
            ($0["file"] as! String, $0)
        })
        let spring = meetings["vår.txt"]?["nextMeeting"] as? [String: Any]
        #expect(spring?["date"] as? String == "2021-09-24")
        #expect(spring?["place"] as? String == "Båstad")
        #expect(meetings["höst.txt"]?["place"] as? String == "Båstad")  // where the spring minutes said
        #expect((meetings["höst.txt"]?["nextMeeting"] as? [String: Any])?["date"] as? String == "2021-11-26")
        #expect(meetings["höst.txt"]?["date"] as? String == "2021-09-24")
    }

    @Test func showPrintsAMeetingOrAnItemInFull() throws {
        let world = try World(corpus: [
            "2021-03-05.txt": utf8("""
                Minnesanteckningar IFO-chefsnätverket
                Datum: 2021-03-05
                Plats: Bjuv, Medborgarhuset

                Närvarande: Olle Ek (Bjuv), Stina Berg (ordf., Klippan)

                1. **Familjehem i samverkan**
                Fråga från Olle: hur delar vi på kostnaderna?
                Beslut: att Stina tar fram ett förslag.
                2. **Övrigt**
                Inget.

                Vid pennan: Stina Berg
                """)
        ])
        try world.indexAndServe()
        let found = try JSONSerialization.jsonObject(with: Data(try world.minnes("search", "--json", "kostnaderna").stdout.utf8))
        let id = ((found as? [String: Any])?["results"] as? [[String: Any]])?.first?["id"] as? String
        let item = try world.minnes("show", try #require(id))
        #expect(item.status == 0)
        #expect(item.stdout.contains("1. Familjehem i samverkan"))
        #expect(item.stdout.contains("Raised by: Olle Ek"))
        #expect(item.stdout.contains("Decision: att Stina tar fram ett förslag."))
        #expect(item.stdout.contains("Chairs       Stina Berg (Klippan)"))
        #expect(!item.stdout.contains("2. Övrigt"))  // an item id shows that item only

        let meeting = try world.minnes("show", String(id!.split(separator: ".")[0]))
        #expect(meeting.stdout.contains("2. Övrigt"))
        #expect(meeting.stdout.contains("Scribe       Stina Berg (Klippan)"))

        let missing = try world.minnes("show", "nosuchid")
        #expect(missing.status == 2)
        #expect(missing.stderr == "Error: no meeting or item has the id nosuchid\n")
    }

    @Test func anOverrideFileCorrectsTheReadingWithoutTouchingTheMinutes() throws {
        let minutes = utf8("Minnesanteckningar\nDatum: 2019-01-11\n\nDeltagare:\nOlle Ek\tBjuv\nStina Berg\tKlippan\n")
        let world = try World(corpus: [
            "a.txt": minutes,
            "a.txt.minnes.json": utf8(#"{"date": "2019-02-01", "place": "Bjuv", "scribe": "Stina Berg (Klippan)", "title": "Nätverksmöte"}"#),
            "b.txt": minutes,
            "b.txt.minnes.json": utf8(#"{"dat": "2019-02-01"}"#),
            "c.txt": minutes,
            "c.txt.minnes.json": utf8(#"{"date": "2019-02-30"}"#),
        ])
        let before = try FileManager.default.contentsOfDirectory(atPath: world.corpus).sorted().map {
            try Data(contentsOf: URL(fileURLWithPath: world.corpus + "/" + $0))
        }
        let indexed = try world.minnes("index")
        #expect(indexed.stderr.contains("warning: b.txt: override ignored: unknown field \"dat\" (known: title, date,"))
        #expect(indexed.stderr.contains("warning: c.txt: override ignored: \"date\" must be a real date as YYYY-MM-DD, not \"2019-02-30\""))
        try world.startDaemon()
        let meetings = Dictionary(uniqueKeysWithValues: try jsonArray(try world.minnes("meetings", "--json").stdout).map {
            ($0["file"] as! String, $0)
        })
        #expect(meetings["a.txt"]?["date"] as? String == "2019-02-01")
        #expect(meetings["a.txt"]?["dateAsWritten"] as? String == "2019-01-11")
        #expect(meetings["a.txt"]?["place"] as? String == "Bjuv")
        #expect(meetings["a.txt"]?["title"] as? String == "Nätverksmöte")
        #expect((meetings["a.txt"]?["scribe"] as? [String: Any])?["municipality"] as? String == "Klippan")
        #expect(meetings["b.txt"]?["date"] as? String == "2019-01-11")
        #expect(meetings["c.txt"]?["date"] as? String == "2019-01-11")
        let after = try FileManager.default.contentsOfDirectory(atPath: world.corpus).sorted().map {
            try Data(contentsOf: URL(fileURLWithPath: world.corpus + "/" + $0))
        }
        #expect(before == after)  // the corpus is never modified
    }

    @Test func aFileThatIsNotMinutesIsSearchableButHasNoInventedPeople() throws {
        let world = try World(corpus: [
            "lista.txt": utf8("Hej!\n\nHär är kontaktlistan för beredskapen.\n\nKommun\tKontaktperson\tTelefon\nBjuv\tOlle Ek\t070-174 06 05\nKlippan\tStina Berg\t070-174 06 06\n")
        ])
        try world.indexAndServe()
        let meeting = try #require(try jsonArray(try world.minnes("meetings", "--json").stdout).first)
        for field in ["attendees", "guests", "absent", "chairs"] { #expect(names(meeting[field]).isEmpty, "\(field)") }
        #expect(meeting["scribe"] is NSNull)
        #expect(meeting["network"] is NSNull)
        #expect(try world.minnes("search", "beredskapen").status == 0)
    }
}
