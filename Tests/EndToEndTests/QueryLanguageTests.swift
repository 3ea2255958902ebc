import Foundation
import Testing

/// Three meetings with known dates, networks, kommuner, people, raisers and decisions.
enum FilterCorpus {
    static let files: [String: Data] = [
        "a.txt": utf8("""
            Minnesanteckningar IFO-chefsnätverket
            Datum: 2020-02-14

            Närvarande:
            Olle Ek\tBjuv
            Sanna Löf\tÅstorp

            1. **Familjehem i samverkan**
            Fråga från Olle: hur delar vi på kostnaderna?
            Beslut: att anta planen.
            2. **Budget**
            Bjuv redovisar budgeten för familjehem.
            """),
        "b.txt": utf8("""
            Socialchefs nätverket
            Datum: 2020-05-15

            Närvarande:
            Sanna Löv\tÅstorp
            Per Holm\tKlippan

            Familjehem i Klippan

            Per Holm informerar om rekryteringen av familjehem.

            Övrigt

            Inget att rapportera.
            """),
        "c.txt": utf8("""
            Minnesanteckningar IFO-chefsnätverket
            Datum: 2021-03-05

            Närvarande:
            Olle Ek\tBjuv

            1. **Skyddat boende**
            Behovet av skyddat boende ökar.
            2. **Övrigt**
            Inget.
            """),
    ]

    /// Indexed once; each test has a daemon of its own over it.
    static let index = Result { try PreparedIndex(files: files) }
}

@Suite(.serialized) struct QueryLanguageTests {
    let world: World

    /// A suite instance per test (and per argument): a daemon of its own, stopped with the world.
    init() throws {
        world = try World(serving: try FilterCorpus.index.get())
        try world.startDaemon()
    }

    func files(_ query: String) throws -> Set<String> {
        try searchFiles(world, query).files
    }

    @Test(arguments: [
        (#"person:"Sanna Löv""#, ["a.txt", "b.txt"]), (#"vem:"sanna lof""#, ["a.txt", "b.txt"]),
        ("raised:Olle", ["a.txt"]), (#"lyft:"Olle Ek" familjehem"#, ["a.txt"]), ("raised:Sanna", []),
        ("kommun:Klippan", ["b.txt"]), ("kommun:Bjuv budget", ["a.txt"]), ("kommun:Engelholm", []),
        ("network:IFO", ["a.txt", "c.txt"]), ("nätverk:socialchef", ["b.txt"]), ("network:Socialchefs", ["b.txt"]),
        ("year:2020", ["a.txt", "b.txt"]), ("år:2021", ["c.txt"]),
        ("date:2020-05", ["b.txt"]), ("datum:2020", ["a.txt", "b.txt"]), ("date:2020-02-14", ["a.txt"]),
        ("date:2020-01-01..2020-03-31", ["a.txt"]), ("date:..2020-06-30", ["a.txt", "b.txt"]),
        ("date:2021-01-01..", ["c.txt"]), ("familjehem date:2020-04..2021-12", ["b.txt"]),
        ("decision:anta", ["a.txt"]), ("beslut:planen", ["a.txt"]), ("decision:familjehem", []),
        ("decision:frag", []),  // a decision's field is not the text's words written with dots ("Fråga")
        ("title:budget", ["a.txt"]), ("rubrik:Klippan", ["b.txt"]),
        (#""skyddat boende""#, ["c.txt"]), ("familjehem OR boende", ["a.txt", "b.txt", "c.txt"]),
        ("familjehem NOT Klippan", ["a.txt"]), ("familjehem -Klippan", ["a.txt"]), ("famil*", ["a.txt", "b.txt"]),
    ])
    func everyFilterAndFormFindsItsMeetings(query: String, expected: [String]) throws {
        #expect(try files(query) == Set(expected), "\(query)")
    }

    @Test func malformedQueriesSayWhatIsWrong() throws {
        for (query, message) in [
            ("familjehem AND", "Error: cannot understand the query: Syntax: <expression> AND <expression>"),
            ("year:20x", #"Error: cannot understand the query: year: wants a year such as 2020, not "20x""#),
            ("date:maj", #"Error: cannot understand the query: date: wants 2020, 2020-05, 2020-05-15 or a range"#),
        ] {
            let outcome = try world.minnes("search", query)
            #expect(outcome.status == 2, "\(query)")
            #expect(outcome.stderr.hasPrefix(message), "\(outcome.stderr)")
        }
    }

    /// A word's NOT as the help writes it, `-word`, in its own argument and first too (ArgumentParser
    /// took it for an option, and a query starting with one holding an h for `-h`); a mistyped option
    /// of two dashes is still said to be one.
    @Test func aWordsNotIsAQueryWordWhereverItIsWritten() throws {
        func ids(_ outcome: World.Outcome) throws -> [String] {
            let answer = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            return (answer?["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        let quoted = try world.minnes("search", "--json", "--flat", "familjehem -budget")
        #expect(quoted.status == 0, "\(quoted.stderr)")
        let without = try ids(quoted), all = try ids(try world.minnes("search", "--json", "--flat", "familjehem"))
        #expect(!without.isEmpty && without.count < all.count)
        for arguments in [["familjehem", "-budget"], ["-budget", "familjehem"], ["-budget familjehem"], ["familjehem", "--flat", "-budget"]] {
            let outcome = try world.run("minnes", ["search", "--json", "--flat"] + arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            #expect(try ids(outcome) == without, "\(arguments)")
        }
        let who = try world.run("minnes", ["who", "familjehem", "-budget"])
        #expect(who.status == 0 || who.status == 1, "\(who.stderr)")
        let mistyped = try world.minnes("search", "--limt", "5", "familjehem")
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr.contains("Unknown option '--limt'"), "\(mistyped.stderr)")
    }

    @Test func resultsAreGroupedPerMeetingUnlessFlat() throws {
        let grouped = try searchFiles(world, "familjehem kommun:Bjuv").response
        let results = try #require(grouped["results"] as? [[String: Any]])
        #expect(grouped["grouped"] as? Bool == true)
        #expect(results.count == 1)
        #expect(results.first?["more"] as? Int == 1)
        let flat = try world.minnes("search", "--json", "--flat", "familjehem kommun:Bjuv")
        let flatResults = (try JSONSerialization.jsonObject(with: Data(flat.stdout.utf8)) as? [String: Any])?["results"]
        #expect((flatResults as? [[String: Any]])?.count == 2)
        let text = try world.minnes("search", "familjehem kommun:Bjuv")
        #expect(text.stdout.contains("   +1 more in this meeting\n"))
        // The total counts what is paged through: one meeting.
        #expect(text.stdout.hasSuffix("1 of 1 results, grouped by meeting.\n"))
    }

    @Test func sortingByDateBothWays() throws {
        func dates(_ arguments: String...) throws -> [String] {
            let outcome = try world.run("minnes", ["search", "--json", "--flat"] + arguments)
            let response = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            return try #require(response["results"] as? [[String: Any]]).map { try #require($0["date"] as? String) }
        }
        let oldest = try dates("--sort", "date", "network:IFO")
        #expect(oldest == oldest.sorted() && oldest.count >= 3)
        #expect(try dates("--sort=-date", "network:IFO") == oldest.sorted().reversed())
        #expect(try dates("--sort", "newest", "network:IFO") == oldest.sorted().reversed())
    }

    @Test func facetsCountTheWholeResultSet() throws {
        let response = try world.minnes("search", "--json", "--facets", "--limit", "1", "familjehem")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.stdout.utf8)) as? [String: Any])
        let facets = try #require(object["facets"] as? [String: Any])
        let documents = try #require(facets["documents"] as? Int)
        let flat = try world.minnes("search", "--json", "--flat", "familjehem")
        let flatTotal = (try JSONSerialization.jsonObject(with: Data(flat.stdout.utf8)) as? [String: Any])?["total"] as? Int
        #expect(documents == flatTotal)
        #expect((facets["year"] as? [String: Int])?.values.reduce(0, +) == documents)
        #expect((facets["network"] as? [String: Int])?.values.reduce(0, +) == documents)
        #expect((facets["year"] as? [String: Int])?["2020"] == documents)
        #expect((facets["kommun"] as? [String: Int])?["Klippan"] ?? 0 >= 1)
        // Olle asks in one item; "Bjuv redovisar" in another is Bjuv's one attendee, Olle, too.
        #expect((facets["person"] as? [String: Int])?["Olle Ek"] == 2)
        let text = try world.minnes("search", "--facets", "familjehem")
        #expect(text.stdout.contains("  network  IFO 2 · Socialchef "))
    }

    @Test func aLargeTotalIsAnEstimateSaidToBeOneUnlessAnExactCountIsAsked() throws {
        // 300 meetings say "budget": beyond the 100 counted exactly, the total is Xapian's estimate.
        // (Of texts of several lengths: of one length, every match weighs the same, and Xapian may
        // look at them all and know the total exactly.)
        let files = Dictionary(uniqueKeysWithValues: (0..<300).map { n in
            let more = String(repeating: " Lokalerna.", count: n % 7)
            return ("möte-\(n).txt", Data("Budget och lokaler\n\nBudgeten för år \(2000 + n % 20) gicks igenom, punkt \(n).\(more)\n".utf8))
        })
        let many = try World(corpus: files)
        try many.indexAndServe()
        let estimated = try many.minnes("search", "--limit", "1", "budget")
        #expect(estimated.stdout.contains("1 of about "), "\(estimated.stdout)")
        let exact = try many.minnes("search", "--limit", "1", "--exact-total", "budget")
        #expect(exact.stdout.hasSuffix("1 of 300 results, grouped by meeting.\n"), "\(exact.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(try many.minnes("search", "--json", "--exact-total", "budget").stdout.utf8))
        #expect((json as? [String: Any])?["totalIsExact"] as? Bool == true)
    }

    @Test func timelineCountsPerQuarterAndYear() throws {
        let json = try world.minnes("timeline", "--json", "familjehem")
        let timeline = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let periods = try #require(timeline["periods"] as? [[String: Any]]).map {
            "\(try #require($0["period"] as? String))=\(try #require($0["count"] as? Int))"
        }
        #expect(periods == ["2020 Q1=2", "2020 Q2=1"])
        let years = try world.minnes("timeline", "--by", "year", "boende OR familjehem")
        #expect(years.stdout == "boende OR familjehem: 4 items\n2020     ████████████████████████████████████████ 3\n2021     █████████████ 1\n")
    }

    @Test func helpExplainsTheQueryLanguageAndCompletionsAreGenerated() throws {
        let help = try world.minnes("help", "search")
        #expect(help.stdout.contains("FILTERS"))
        #expect(help.stdout.contains(#"person:"Filippa Kurve""#))
        #expect(help.stdout.contains("date:2020-05"))
        let completion = try world.minnes("--generate-completion-script", "bash")
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("timeline"))
    }
}
