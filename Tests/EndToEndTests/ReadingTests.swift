import Foundation
import Testing

/// Tests/Fixtures/Sample/expected.json: how a careful reader reads the bundled sample minutes (Corpus/).
struct Gold {
    static let url = World.repository.appendingPathComponent("Tests/Fixtures/Sample/expected.json")

    let object: [String: Any]
    /// Every spelling of a person → the canonical name.
    let canonical: [String: String]

    init() throws {
        let data = try Data(contentsOf: Self.url)
        object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var canonical: [String: String] = [:]
        for person in try Self.list(object, "people") as [[String: Any]] {
            let name = try #require(person["name"] as? String)
            for spelling in [name] + (try #require(person["variants"] as? [String], "\(name)")) {
                canonical[spelling.lowercased()] = name
            }
        }
        self.canonical = canonical
    }

    /// The expected list under key: it must be there and not be empty.
    static func list<Element>(_ object: [String: Any], _ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Element] {
        let list = try #require(object[key] as? [Element], "\(key)", sourceLocation: sourceLocation)
        #expect(!list.isEmpty, "\(key) is empty", sourceLocation: sourceLocation)
        return list
    }

    func list<Element>(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Element] {
        try Self.list(object, key, sourceLocation: sourceLocation)
    }

    func name(_ spelling: String?) -> String? {
        spelling.map { canonical[$0.lowercased()] ?? $0 }
    }

    var meetings: [[String: Any]] { get throws { try list("meetings") } }
    var whoRaised: [[String: Any]] { get throws { try list("whoRaised") } }
}

func jsonArray(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
}

/// An answer's list of people (which must be there) by name; an ambiguous raiser has no name.
func names(_ people: Any?, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try #require(people as? [[String: Any]], sourceLocation: sourceLocation).compactMap { $0["name"] as? String }
}

/// `minnes meetings --json` by file.
func meetingsByFile(_ world: World) throws -> [String: [String: Any]] {
    let listed = try world.minnes("meetings", "--json")
    #expect(listed.status == 0, "\(listed.stderr)")
    return Dictionary(uniqueKeysWithValues: try jsonArray(listed.stdout).map { (try #require($0["file"] as? String), $0) })
}

@Suite(.serialized) struct ReadingTests {
    /// The bundled Corpus, indexed once into a fresh index (what `minnes index` said is kept).
    static let sample = Result { try PreparedIndex(indexing: World.repository.appendingPathComponent("Corpus").path) }

    /// A world over the sample's index with a daemon of its own answering, and the indexing's warnings.
    static func sampleWorld() throws -> (World, String) {
        let sample = try sample.get()
        let world = try World(serving: sample)
        try world.startDaemon()
        return (world, sample.warnings)
    }

    @Test func meetingsOfTheSampleAreReadAsTheGoldFileSays() throws {
        let gold = try Gold()
        let (world, _) = try Self.sampleWorld()
        let meetings = try meetingsByFile(world)
        #expect(meetings.count == (try gold.meetings).count)

        for expected in try gold.meetings {
            let file = try #require(expected["file"] as? String)
            let meeting = try #require(meetings[file], "\(file) was not listed")
            #expect(meeting["date"] as? String == expected["date"] as? String, "\(file) date")
            #expect(meeting["dateAsWritten"] as? String == expected["dateAsWritten"] as? String, "\(file) dateAsWritten")
            #expect(meeting["network"] as? String == expected["network"] as? String, "\(file) network")
            // The gold file allows an empty place where it says so (placeNote): the place is in other minutes.
            let place = meeting["place"] as? String
            #expect(place == expected["place"] as? String || place == nil && expected["placeNote"] != nil, "\(file) place")
            for field in ["attendees", "guests", "absent", "chairs"] {
                let wanted = try #require(expected[field] as? [String], "\(file) \(field)")
                #expect(try names(meeting[field]).map { gold.name($0)! } == wanted, "\(file) \(field)")
            }
            let scribe = (meeting["scribe"] as? [String: Any])?["name"] as? String
            #expect(gold.name(scribe) == expected["scribe"] as? String, "\(file) scribe")
        }
    }

    @Test func theRaisersOfTheSampleAreFoundOnTheirItems() throws {
        let gold = try Gold()
        let (world, _) = try Self.sampleWorld()
        let meetings = try jsonArray(try world.minnes("meetings", "--json").stdout)
        for case_ in try gold.whoRaised {
            let topic = try #require(case_["topic"] as? String).lowercased()
            for expected in try Gold.list(case_, "expect") as [[String: String]] {
                let (date, person) = (try #require(expected["date"]), try #require(expected["person"]))
                // The items about the topic (in their title or text, as `minnes who` finds them) that day.
                let items = try meetings.filter { $0["date"] as? String == date }
                    .flatMap { try #require($0["items"] as? [[String: Any]]) }
                    .filter { item in
                        let text = "\(try #require(item["title"] as? String)) \(try #require(item["text"] as? String))".lowercased()
                        return topic.split(separator: " ").allSatisfy { text.contains($0) }
                    }
                let raisers = try items.flatMap { try names($0["raisedBy"]) }.map { gold.name($0)! }
                #expect(raisers.contains(person), "\(topic): \(expected) not in \(raisers)")
            }
        }
    }

    @Test func aContradictedDateIsKeptAsWrittenAndReportedWithTheReason() throws {
        let gold = try Gold()
        let warnings = try Self.sample.get().warnings
        var contradicted = 0
        for meeting in try gold.meetings {
            guard let written = meeting["dateAsWritten"] as? String else { continue }
            let file = try #require(meeting["file"] as? String), date = try #require(meeting["date"] as? String)
            let line = warnings.split(separator: "\n").first { $0.contains("warning: \(file): date written \(written)") }
            #expect(line?.contains("read as \(date)") == true, "\(warnings)")
            #expect(line?.contains("next meeting") == true)
            contradicted += 1
        }
        #expect(contradicted >= 1)  // the sample has one
    }

    @Test func theNextMeetingIsReadAndGivesTheMeetingItsPlace() throws {
        let world = try World(corpus: [
            "vår.txt": utf8("Minnesanteckningar IFO-chefsnätverket\nDatum: 2021-05-07\nPlats: Bjuv\n\n1. **Budget**\nText.\n2. **Nästa träff**\nNästa möte är planerat till 24 september i Båstad."),
            "höst.txt": utf8("Minnesanteckningar IFO-chefsnätverket\nDatum: 2021-09-24\n\n1. **Budget**\nText.\n\nNytt möte 26/11 kl 13 i Helsingborg."),
        ])
        try world.indexAndServe()
        let meetings = try meetingsByFile(world)
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
        let results = try #require((found as? [String: Any])?["results"] as? [[String: Any]])
        let id = try #require(results.first?["id"] as? String)
        let item = try world.minnes("show", id)
        #expect(item.status == 0)
        #expect(item.stdout.contains("1. Familjehem i samverkan"))
        #expect(item.stdout.contains("Raised by: Olle Ek"))
        #expect(item.stdout.contains("Decision: att Stina tar fram ett förslag."))
        #expect(item.stdout.contains("Chairs       Stina Berg (Klippan)"))
        #expect(!item.stdout.contains("2. Övrigt"))  // an item id shows that item only

        let meeting = try world.minnes("show", String(id.split(separator: ".")[0]))
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
        // In a folder of its own; one whose minutes are not there; one that cannot be opened.
        try FileManager.default.createDirectory(atPath: world.corpus + "/2019", withIntermediateDirectories: true)
        try minutes.write(to: URL(fileURLWithPath: world.corpus + "/2019/e.txt"))
        try utf8(#"{"place": "Klippan"}"#).write(to: URL(fileURLWithPath: world.corpus + "/2019/e.txt.minnes.json"))
        try utf8(#"{"place": "Klippan"}"#).write(to: URL(fileURLWithPath: world.corpus + "/e.txt.minnes.json"))
        try minutes.write(to: URL(fileURLWithPath: world.corpus + "/d.txt"))
        try FileManager.default.createSymbolicLink(atPath: world.corpus + "/d.txt.minnes.json", withDestinationPath: "borta.json")
        let before = try FileManager.default.contentsOfDirectory(atPath: world.corpus).sorted().map {
            try? Data(contentsOf: URL(fileURLWithPath: world.corpus + "/" + $0))
        }
        let indexed = try world.minnes("index")
        #expect(indexed.stderr.contains("warning: e.txt.minnes.json: an override for minutes that are not in the corpus; ignored"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: d.txt.minnes.json: cannot be read ("), "\(indexed.stderr)")
        #expect(!indexed.stderr.contains("2019/e.txt.minnes.json"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: b.txt: override ignored: unknown field \"dat\" (known: title, date,"))
        #expect(indexed.stderr.contains("warning: c.txt: override ignored: \"date\" must be a real date as YYYY-MM-DD, not \"2019-02-30\""))
        try world.startDaemon()
        let meetings = try meetingsByFile(world)
        #expect(meetings["a.txt"]?["date"] as? String == "2019-02-01")
        #expect(meetings["a.txt"]?["dateAsWritten"] as? String == "2019-01-11")
        #expect(meetings["a.txt"]?["place"] as? String == "Bjuv")
        #expect(meetings["a.txt"]?["title"] as? String == "Nätverksmöte")
        #expect((meetings["a.txt"]?["scribe"] as? [String: Any])?["municipality"] as? String == "Klippan")
        #expect(meetings["b.txt"]?["date"] as? String == "2019-01-11")
        #expect(meetings["c.txt"]?["date"] as? String == "2019-01-11")
        #expect(meetings["2019/e.txt"]?["place"] as? String == "Klippan")
        #expect(meetings["d.txt"]?["date"] as? String == "2019-01-11")
        let after = try FileManager.default.contentsOfDirectory(atPath: world.corpus).sorted().map {
            try? Data(contentsOf: URL(fileURLWithPath: world.corpus + "/" + $0))
        }
        #expect(before == after)  // the corpus is never modified
    }

    @Test func aFileThatIsNotMinutesIsSearchableButHasNoInventedPeople() throws {
        let world = try World(corpus: [
            "lista.txt": utf8("Hej!\n\nHär är kontaktlistan för beredskapen.\n\nKommun\tKontaktperson\tTelefon\nBjuv\tOlle Ek\t070-174 06 05\nKlippan\tStina Berg\t070-174 06 06\n")
        ])
        try world.indexAndServe()
        let meeting = try #require(try jsonArray(try world.minnes("meetings", "--json").stdout).first)
        for field in ["attendees", "guests", "absent", "chairs"] { #expect(try names(meeting[field]).isEmpty, "\(field)") }
        #expect(meeting["scribe"] is NSNull)
        #expect(meeting["network"] is NSNull)
        #expect(try world.minnes("search", "beredskapen").status == 0)
    }
}
