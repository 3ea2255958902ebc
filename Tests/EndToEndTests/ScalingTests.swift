import Foundation
import Testing

/// Several indexes searched as one, through Xapian's own multi-database search: local shards, a
/// `xapian-tcpsrv` on loopback, `xapian-progsrv` standing in for ssh, and a shard that stops answering.
@Suite(.serialized) struct ScalingTests {
    /// Minutes of one network (invented people and text), in two layouts.
    static let networkA: [String: Data] = [
        "2021-03-04.txt": utf8("""
            Minnesanteckningar Nätverket för ekonomiskt bistånd
            Datum: 2021-03-04
            Närvarande: Sofia Lindkvist (Klippan), Jonas Berg (Bjuv), Jonas Bergh (Åstorp), Petra Ek (Höganäs)

            1. Försörjningsstöd
            Sofia Lindkvist informerade om försörjningsstödet och de nya riktlinjerna för hushåll med barn.

            2. Familjehem
            Jonas Berg berättade att familjehemmen behöver mer handledning.
            Beslut: Frågan tas upp igen i maj.
            """),
        "2021-05-06.txt": utf8("""
            Minnesanteckningar Nätverket för ekonomiskt bistånd
            Datum: 2021-05-06
            Närvarande: Sofia Lindkvist (Klippan), Jonas Bergh (Åstorp), Petra Ek (Höganäs)

            1. Familjehem
            Jonas Bergh tog upp rekryteringen av familjehem i nordvästra Skåne.

            2. Budget
            Petra Ek redovisade budgeten för försörjningsstöd.
            """),
        "2022-01-20.txt": utf8("""
            Minnesanteckningar Nätverket för ekonomiskt bistånd
            Datum: 2022-01-20
            Närvarande: Petra Ek (Höganäs), Sofia Lindkvist (Klippan)

            1. Digitalisering
            Petra Ek informerade om e-tjänsten för ansökan om ekonomiskt bistånd.
            """),
    ]

    /// Another network's minutes: the same Sofia, spelled otherwise.
    static let networkB: [String: Data] = [
        "protokoll-2021-09-09.md": utf8("""
            # Anteckningar från Barn- och ungdomsnätverket

            **Datum:** 9 september 2021

            **Deltagare:** Sofia Lindqvist (Klippan), Mats Öhman (Bjuv)

            ## 1. Familjehem och placeringar
            Sofia Lindqvist lyfte att familjehemsplaceringarna ökar.

            ## 2. Skolfrånvaro
            Mats Öhman berättade om samarbetet med skolan kring frånvaro.
            """),
        "protokoll-2022-02-10.md": utf8("""
            # Anteckningar från Barn- och ungdomsnätverket

            **Datum:** 10 februari 2022

            **Deltagare:** Mats Öhman (Bjuv), Jonas Berg (Bjuv)

            ## 1. Barnahus
            Mats Öhman informerade om barnahusets nya lokaler.
            """),
    ]

    struct Found: Equatable, CustomStringConvertible {
        let total: Int
        /// Ids by score, best first; ids of equal scores in id order (Xapian breaks ties by document
        /// number, which differs between one database and shards).
        let ranked: [String]
        let scores: [String: Double]
        var description: String { "\(total) \(ranked)" }
    }

    static func search(_ world: World, _ query: String, index: String, socket: String, extra: [String] = []) throws -> [String: Any] {
        let outcome = try world.run(
            "minnes", ["search", "--json", "--flat", "--limit", "200", "--index", index, "--socket", socket] + extra + [query])
        try #require(outcome.status == 0 || outcome.status == 1, "\(query): \(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    static func found(_ answer: [String: Any]) -> Found {
        let results = answer["results"] as? [[String: Any]] ?? []
        let pairs = results.map { ($0["id"] as! String, ($0["score"] as! NSNumber).doubleValue) }
        let ranked = pairs.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map(\.0)
        return Found(total: answer["total"] as! Int, ranked: ranked, scores: Dictionary(uniqueKeysWithValues: pairs))
    }

    /// A free TCP port on loopback (asked of the kernel, then released for the server to take).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                try #require(bind(fd, $0, length) == 0)
                try #require(getsockname(fd, $0, &length) == 0)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// `xapian-tcpsrv` serving index on 127.0.0.1, in a session of its own: it answers SIGTERM by
    /// signalling its whole process group, which must not be the test runner's. Spawned directly
    /// (POSIX_SPAWN_SETSID), so its pid is the server's and the test reaps it.
    static func startTCPServer(_ index: String, port: Int, world: World) throws -> pid_t {
        try startServer(["xapian-tcpsrv", "--interface", "127.0.0.1", "--port", String(port), index], port: port)
    }

    /// Spawns a server (argv, found on PATH) in a session of its own, waiting until port answers.
    static func startServer(_ words: [String], port: Int) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID (glibc), not imported into Swift
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, words[0], &actions, &attributes, arguments + [nil], environ)
        try #require(spawned == 0, "\(words[0]): \(String(cString: strerror(spawned)))")
        try waitFor {
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(probe) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
        }
        return pid
    }

    /// Kills the server and the children serving its connections (its own session and group, not
    /// the test runner's), and reaps it; again is harmless.
    static func stop(_ server: pid_t) {
        guard kill(-server, SIGKILL) == 0 else { return }
        waitpid(server, nil, 0)
    }

    func index(_ world: World, _ files: [String: Data], into index: String, _ arguments: String...) throws {
        let corpus = world.root.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, bytes) in files { try bytes.write(to: URL(fileURLWithPath: corpus + "/" + name)) }
        let indexed = try world.run("minnes", ["index", "--corpus", corpus, "--index", index] + arguments)
        try #require(indexed.status == 0, "\(indexed.stderr)")
    }

    static let queries = [
        "familjehem", "försörjningsstöd", "Familjehemmet", "familjehem OR budget", "bistånd NOT digitalisering",
        "\"ekonomiskt bistånd\"", "kommun:Bjuv", "person:\"Sofia Lindkvist\"", "year:2021", "xyzzy",
    ]

    @Test func shardsAnswerAsOneIndexAndCompactBackIntoOne() throws {
        let world = try World()
        let one = world.root.appendingPathComponent("one").path, three = world.root.appendingPathComponent("three").path
        try index(world, Self.networkA.merging(Self.networkB) { a, _ in a }, into: one)
        try index(world, Self.networkA.merging(Self.networkB) { a, _ in a }, into: three, "--shards", "3")
        // The shards and the stub Xapian opens them through.
        let stub = try String(contentsOfFile: three + "/XAPIANDB", encoding: .utf8)
        #expect(stub == "auto shard-1\nauto shard-2\nauto shard-3\n")
        let sockets = (world.root.appendingPathComponent("1.sock").path, world.root.appendingPathComponent("3.sock").path)
        for query in Self.queries {
            let single = Self.found(try Self.search(world, query, index: one, socket: sockets.0))
            let sharded = Self.found(try Self.search(world, query, index: three, socket: sockets.1))
            #expect(single == sharded, "\(query)")
            if query != "xyzzy" { #expect(single.total > 0, "\(query) finds something") }
        }
        // Facets count across shards as over one database.
        let facets = { (index: String, socket: String) in
            try #require(try Self.search(world, "familjehem", index: index, socket: socket, extra: ["--facets"])["facets"] as? NSDictionary)
        }
        let counted = try facets(one, sockets.0)
        let countedSharded = try facets(three, sockets.1)
        #expect(counted.count > 0 && counted == countedSharded)
        // Xapian's own tools read the sharded index as one database: the same matches as the one.
        let matches = { (index: String) in
            try world.run("/usr/bin/quest", ["-d", index, "-s", "none", "familjehem"]).stdout.split(separator: "\n").first { $0.contains("matches") }
        }
        let questOne = try #require(try matches(one))
        let questThree = try matches(three)
        #expect(!questOne.contains(" 0 matches") && questThree == questOne, "\(questOne)")
        // Indexing again finds nothing changed, shard by shard; another shard count is refused.
        let again = try world.run("minnes", ["index", "--corpus", world.corpus, "--index", three, "--shards", "2"])
        #expect(again.status != 0 && again.stderr.contains("has 3 shards"), "\(again.stderr)")

        // --compact merges the shards into one database that answers the same.
        world.stopDaemons()
        let before = Self.found(try Self.search(world, "familjehem", index: three, socket: sockets.1))
        world.stopDaemons()
        let corpus = world.root.appendingPathComponent("compact-corpus").path
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, bytes) in Self.networkA.merging(Self.networkB, uniquingKeysWith: { a, _ in a }) {
            try bytes.write(to: URL(fileURLWithPath: corpus + "/" + name))
        }
        let compacted = try world.run("minnes", ["index", "--corpus", corpus, "--index", three, "--compact"])
        #expect(compacted.status == 0, "\(compacted.stderr)")
        #expect(!FileManager.default.fileExists(atPath: three + "/XAPIANDB"))
        #expect(FileManager.default.fileExists(atPath: three + "/iamglass"))
        #expect(FileManager.default.fileExists(atPath: three + "/minnes-readings"), "what was read is kept")
        var info = stat()
        #expect(stat(three, &info) == 0 && info.st_mode & 0o077 == 0, "the compacted index is owner-only")
        let after = Self.found(try Self.search(world, "familjehem", index: three, socket: sockets.1))
        #expect(Set(before.ranked) == Set(after.ranked) && before.total == after.total)
    }

    @Test func aRemoteShardIsSearchedBesideALocalOneAndItsAbsenceIsSaid() throws {
        let world = try World()
        let a = world.root.appendingPathComponent("a").path, b = world.root.appendingPathComponent("b").path
        try index(world, Self.networkA, into: a, "--archive", "bistand")
        try index(world, Self.networkB, into: b, "--archive", "barn")
        let port = try Self.freePort()
        let server = try Self.startTCPServer(b, port: port, world: world)
        defer { Self.stop(server) }
        let socket = world.root.appendingPathComponent("ab.sock").path
        let both = "\(a):tcp://127.0.0.1:\(port)"

        let answer = try Self.search(world, "familjehem", index: both, socket: socket)
        let ids = Self.found(answer).ranked
        #expect(ids.contains { $0.hasPrefix("bistand:m") } && ids.contains { $0.hasPrefix("barn:m") }, "\(ids)")
        #expect(answer["degraded"] == nil)
        // The remote archive's results carry their archive, and `show` finds them by that id.
        let remoteID = try #require(ids.first { $0.hasPrefix("barn:") })
        let shown = try world.run("minnes", ["show", "--json", "--index", both, "--socket", socket, remoteID])
        #expect(shown.status == 0 && shown.stdout.contains("Barn- och ungdomsnätverket"), "\(shown.stdout) \(shown.stderr)")
        // Facets and timelines count the remote shard too (its server runs no spy of ours).
        let facets = try #require(try Self.search(world, "familjehem", index: both, socket: socket, extra: ["--facets"])["facets"] as? [String: Any])
        let years = try #require(facets["year"] as? [String: Int])
        #expect(years["2021"] ?? 0 >= 3, "\(years)")
        // A person filter reaches the remote archive's items through the meetings attended there.
        let mats = Self.found(try Self.search(world, #"person:"Mats Öhman" kind:item"#, index: both, socket: socket)).ranked
        #expect(mats.count == 3 && mats.allSatisfy { $0.hasPrefix("barn:") }, "\(mats)")

        // The server stops: the local archive answers alone, saying which shard is missing.
        Self.stop(server)
        let started = Date()
        let degraded = try Self.search(world, "familjehem", index: both, socket: socket)
        #expect(Date().timeIntervalSince(started) < 15, "no hang past the shard timeout")
        let missing = try #require(degraded["degraded"] as? [String])
        #expect(missing.count == 1 && missing[0].contains("tcp://127.0.0.1:\(port)"), "\(missing)")
        let left = Self.found(degraded).ranked
        #expect(!left.isEmpty && left.allSatisfy { $0.hasPrefix("bistand:") }, "ids keep their archive: \(left)")
        let health = try world.run("/usr/bin/curl", ["-s", "--unix-socket", socket, "http://localhost/v1/health"])
        #expect(health.stdout.contains("\"status\":\"degraded\"") && health.stdout.contains("127.0.0.1:\(port)"), "\(health.stdout)")
    }

    /// A daemon searching a remote shard keeps its synonyms in a scratch database of its own; one
    /// killed (no deinit) leaves it, and the next daemon to make one removes it.
    @Test func aKilledDaemonsScratchIsRemovedByTheNext() throws {
        let world = try World()
        let a = world.root.appendingPathComponent("a").path, b = world.root.appendingPathComponent("b").path
        try index(world, Self.networkA, into: a)
        try index(world, Self.networkB, into: b)
        let port = try Self.freePort()
        let server = try Self.startTCPServer(b, port: port, world: world)
        defer { Self.stop(server) }
        let temporary = world.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        var environment = world.environment
        environment["TMPDIR"] = temporary.path
        let scratch = { try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("minnes-synonyms-") }.sorted() }
        let socket = world.root.appendingPathComponent("k.sock").path
        let search = {
            let outcome = try world.run(
                "minnes", ["search", "--json", "--flat", "--index", "\(a):tcp://127.0.0.1:\(port)", "--socket", socket, "familjehem"],
                environment: environment)
            try #require(outcome.status == 0, "\(outcome.stderr)")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            let ids = Self.found(answer).ranked
            #expect(ids.contains { $0.hasPrefix("127.0.0.1-") }, "the remote shard answers: \(ids)")
        }
        try search()
        let first = try scratch()
        #expect(first.count == 1, "\(first)")
        for pid in TestProcesses.daemons({ $0 == world.mark }) {
            kill(pid, SIGKILL)
            try waitFor(seconds: 10) { !TestProcesses.isAlive(pid) }
        }
        #expect(try scratch() == first, "a killed daemon leaves its scratch")
        try search()
        let second = try scratch()
        #expect(second.count == 1 && second != first, "\(first) then \(second)")
    }

    @Test func serveShardServesAnIndexOnAPrivateAddressOnly() throws {
        let world = try World()
        let b = world.root.appendingPathComponent("b").path
        try index(world, Self.networkB, into: b, "--shards", "2")
        let refused = try world.run("minnes", ["serve-shard", "--index", b, "--listen", "0.0.0.0:7000"])
        #expect(refused.status == 2 && refused.stderr.contains("no authentication"), "\(refused.stderr)")
        let port = try Self.freePort()
        let server = try Self.startServer(
            [World.bin.appendingPathComponent("minnes").path, "serve-shard", "--index", b, "--listen", "127.0.0.1:\(port)"], port: port)
        defer { Self.stop(server) }
        let answer = try Self.search(world, "skolan", index: "tcp://127.0.0.1:\(port)", socket: world.root.appendingPathComponent("t.sock").path)
        #expect((answer["total"] as? Int ?? 0) > 0, "\(answer)")
    }

    @Test func xapianProgsrvServesAnIndexAsSshWould() throws {
        let world = try World()
        let b = world.root.appendingPathComponent("b").path
        try index(world, Self.networkB, into: b)
        // Stands in for ssh: drops ssh's options and the host, and runs the command here, as sshd
        // would run it on the host.
        let fakeSSH = world.root.appendingPathComponent("fake-ssh").path
        try utf8("""
            #!/bin/sh
            while [ "$1" = "-o" ]; do shift 2; done
            shift
            exec "$@"
            """).write(to: URL(fileURLWithPath: fakeSSH))
        chmod(fakeSSH, 0o700)
        var environment = world.environment
        environment["MINNES_SSH"] = fakeSSH
        let socket = world.root.appendingPathComponent("ssh.sock").path
        let outcome = try world.run(
            "minnes", ["search", "--json", "--index", "ssh://archive-host\(b)", "--socket", socket, "skolan"],
            environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Skolfrånvaro"), "\(outcome.stdout)")
    }

    /// Archives `bistand` and `barn`, each of one file `minnes.txt`: its header, then the same two items.
    /// Returns the two searched as one.
    func twoArchivesOfOneFileName(_ world: World, _ bistand: String, _ barn: String) throws -> String {
        let a = world.root.appendingPathComponent("a").path, b = world.root.appendingPathComponent("b").path
        let items = "\n1. Rapporter\nVi talade om kvarnhjulet i dag.\n\n2. Nästa möte\nI maj.\n"
        try index(world, ["minnes.txt": utf8(bistand + items)], into: a, "--archive", "bistand")
        try index(world, ["minnes.txt": utf8(barn + items)], into: b, "--archive", "barn")
        return "\(a):\(b)"
    }

    /// Two archives may each hold a file of the same name: an item's result carries its own
    /// meeting's date, title and network, read from its own archive.
    @Test func anItemShowsItsOwnArchivesMeetingWhenTwoHoldAFileOfTheSameName() throws {
        let world = try World()
        let both = try twoArchivesOfOneFileName(
            world, "Minnesanteckningar Nätverket för ekonomiskt bistånd\nDatum: 2021-03-04\n",
            "Minnesanteckningar Barn- och ungdomsnätverket\nDatum: 2022-05-06\n")
        let answer = try Self.search(world, "kvarnhjulet", index: both, socket: world.root.appendingPathComponent("s.sock").path)
        let results = try #require(answer["results"] as? [[String: Any]])
        let seen = Set(results.map { result in
            "\(result["kind"] ?? "") \(result["archive"] ?? "") \(result["date"] ?? "") \(result["meetingTitle"] ?? "") \(result["file"] ?? "")"
        })
        #expect(seen == [
            "item bistand 2021-03-04 Minnesanteckningar Nätverket för ekonomiskt bistånd minnes.txt",
            "item barn 2022-05-06 Minnesanteckningar Barn- och ungdomsnätverket minnes.txt",
        ], "\(results)")
    }

    /// A person filter reaches a meeting's items through its file: another archive's file of the
    /// same name is another meeting, whose items are not the person's.
    @Test(arguments: [
        ("Nätverket för ekonomiskt bistånd", "2021-03-04", "Barn- och ungdomsnätverket", "2021-03-04"),
        ("Nätverket för ekonomiskt bistånd", "2021-03-04", "Nätverket för ekonomiskt bistånd", "2022-05-06"),
        ("", "2021-03-04", "", "2022-05-06"),
    ])
    func aPersonFilterKeepsToTheArchiveOfTheMeetingAttended(networkA: String, dateA: String, networkB: String, dateB: String) throws {
        let world = try World()
        let both = try twoArchivesOfOneFileName(
            world, "Minnesanteckningar \(networkA)\nDatum: \(dateA)\nNärvarande: Anna Holm (Bjuv), Bo Ek (Klippan)\n",
            "Minnesanteckningar \(networkB)\nDatum: \(dateB)\nNärvarande: Bo Ek (Klippan), Cecilia Ström (Åstorp)\n")
        let socket = world.root.appendingPathComponent("s.sock").path
        let anna = Self.found(try Self.search(world, #"person:"Anna Holm""#, index: both, socket: socket)).ranked
        #expect(anna.count == 3 && anna.allSatisfy { $0.hasPrefix("bistand:") }, "\(anna)")
        let notAnna = Self.found(try Self.search(world, #"kvarnhjulet -person:"Anna Holm""#, index: both, socket: socket)).ranked
        #expect(notAnna.count == 1 && notAnna.allSatisfy { $0.hasPrefix("barn:") }, "\(notAnna)")
        let bo = Self.found(try Self.search(world, #"kvarnhjulet person:"Bo Ek""#, index: both, socket: socket)).ranked
        #expect(bo.count == 2 && bo.contains { $0.hasPrefix("bistand:") } && bo.contains { $0.hasPrefix("barn:") }, "\(bo)")
    }

    @Test func peopleAreMergedAcrossArchivesByTheSameRules() throws {
        let world = try World()
        let a = world.root.appendingPathComponent("a").path, b = world.root.appendingPathComponent("b").path
        try index(world, Self.networkA, into: a, "--archive", "bistand")
        try index(world, Self.networkB, into: b, "--archive", "barn")
        let both = "\(a):\(b)", socket = world.root.appendingPathComponent("p.sock").path
        // --index given twice is the list a:b (the same daemon answers both).
        let listed = try world.run("minnes", ["people", "--json", "--index", a, "--index", b, "--socket", socket])
        #expect(listed.status == 0, "\(listed.stderr)")
        let people = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        // Lindkvist and Lindqvist are one person across the archives.
        let sofias = people.filter { ($0["name"] as? String)?.hasPrefix("Sofia Lind") == true }
        #expect(sofias.count == 1, "\(sofias)")
        let meetings = sofias.first?["meetings"] as? [String] ?? []
        #expect(meetings.contains { $0.hasPrefix("bistand:") } && meetings.contains { $0.hasPrefix("barn:") }, "\(meetings)")
        // Berg and Bergh sat at one meeting: two people, whatever the other archive says.
        let jonases = people.filter { ($0["name"] as? String)?.hasPrefix("Jonas Berg") == true }
        #expect(jonases.count == 2, "\(jonases.map { $0["name"] ?? "" })")
        // A person filter finds them in both archives, under either spelling.
        for spelling in ["Sofia Lindkvist", "Sofia Lindqvist"] {
            let ids = Self.found(try Self.search(world, "person:\"\(spelling)\"", index: both, socket: socket)).ranked
            #expect(ids.contains { $0.hasPrefix("bistand:") } && ids.contains { $0.hasPrefix("barn:") }, "\(spelling): \(ids)")
        }
    }
}
