import Foundation
import Testing

/// The built `minnes` and `minnesd`, run as a user runs them, with their own temporary world. A world
/// stops every daemon started in it (by `startDaemon` or by `minnes` itself) when it ends, and waits
/// until they are gone; see TestProcesses.
final class World {
    static let bin = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-e2e-\(UUID().uuidString)")
    let corpus: String
    let index: String
    /// In the world's own folder: a socket in /tmp (writable by all) is refused without --allow-shared-dir.
    var socket: String { root.appendingPathComponent("s.sock").path }
    var runtime: String { root.appendingPathComponent("run").path }
    /// MINNES_TEST_WORLD of every process run in this world.
    let mark = TestProcesses.process + UUID().uuidString
    private var daemon: Process?

    init(corpus files: [String: Data] = [:]) throws {
        TestProcesses.checkAtExit
        corpus = root.appendingPathComponent("Corpus").path
        index = root.appendingPathComponent("Index").path
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let file = URL(fileURLWithPath: corpus + "/" + name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file)
        }
    }

    /// A world over an index built once for many (which it reads and does not remove).
    init(serving prepared: PreparedIndex) throws {
        TestProcesses.checkAtExit
        corpus = prepared.corpus
        index = prepared.index
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        stopDaemons()
        unlink(socket)
        try? FileManager.default.removeItem(at: root)
    }

    /// Stops the daemon this world started and any `minnes` started in it, and waits until they are gone.
    func stopDaemons() {
        if let daemon {
            TestProcesses.stop([daemon.processIdentifier])
            daemon.waitUntilExit()  // reaps it
            self.daemon = nil
        }
        TestProcesses.stop(TestProcesses.daemons { $0 == self.mark })
    }

    /// The environment a user would have: our locations through the documented variables, no colour;
    /// and the marks by which the tests find their processes again.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["MINNES_INDEX"] = index
        environment["MINNES_CORPUS"] = corpus
        environment["MINNES_SOCKET"] = socket
        environment["NO_COLOR"] = "1"
        environment["MINNES_TEST_RUN"] = TestProcesses.run
        environment["MINNES_TEST_WORLD"] = mark
        return environment
    }

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Outcome {
        try Self.run(executable, arguments, environment: environment ?? self.environment, scratch: root)
    }

    /// Runs executable (a path, or a name beside the tests) to its end; its output goes through files in scratch.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], scratch: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable.hasPrefix("/") ? URL(fileURLWithPath: executable) : bin.appendingPathComponent(executable)
        process.arguments = arguments
        process.environment = environment
        // Files rather than pipes: nothing can stall on a full pipe or hold it open.
        let out = scratch.appendingPathComponent("out-\(UUID().uuidString)")
        let err = scratch.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    func minnes(_ arguments: String...) throws -> Outcome { try run("minnes", arguments) }

    /// `minnes index`, then a daemon: the world as a user has it after the first two commands.
    func indexAndServe() throws {
        let indexed = try minnes("index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        try startDaemon()
    }

    func startDaemon() throws {
        let process = Process()
        process.executableURL = Self.bin.appendingPathComponent("minnesd")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        daemon = process
        try waitFor { FileManager.default.fileExists(atPath: self.socket) && (try? self.curl("/v1/health")) != nil }
    }

    func curl(_ path: String) throws -> String {
        let outcome = try run("/usr/bin/curl", ["-sf", "--unix-socket", socket, "http://localhost" + path])
        guard outcome.status == 0 else { throw CurlFailed(status: outcome.status) }
        return outcome.stdout
    }

    struct CurlFailed: Error { let status: Int32 }
}

/// An index built once in the test process and served by many worlds, each with a daemon of its own
/// (a daemon per test costs a tenth of a second; indexing a corpus, about one).
final class PreparedIndex: Sendable {
    let corpus: String
    let index: String
    /// What `minnes index` said on stderr.
    let warnings: String

    struct Failed: Error, CustomStringConvertible { let description: String }

    /// Indexes folder (given as `--corpus`, as a user may) into a fresh index.
    convenience init(indexing folder: String) throws {
        try self.init(files: [:], arguments: ["--corpus", folder])
    }

    /// Indexes files, as the corpus, into a fresh index.
    init(files: [String: Data], arguments: [String] = []) throws {
        let root = TestProcesses.scratch.appendingPathComponent(UUID().uuidString)
        corpus = root.appendingPathComponent("Corpus").path
        index = root.appendingPathComponent("Index").path
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, bytes) in files { try bytes.write(to: URL(fileURLWithPath: corpus + "/" + name)) }
        var environment = ProcessInfo.processInfo.environment
        environment["MINNES_INDEX"] = index
        environment["MINNES_CORPUS"] = corpus
        environment["NO_COLOR"] = "1"
        environment["MINNES_TEST_RUN"] = TestProcesses.run
        environment["MINNES_TEST_WORLD"] = TestProcesses.process + "indexing"  // indexing starts no daemon
        let indexed = try World.run("minnes", ["index"] + arguments, environment: environment, scratch: root)
        guard indexed.status == 0 else { throw Failed(description: "minnes index: \(indexed.status): \(indexed.stderr)") }
        warnings = indexed.stderr
    }
}

func waitFor(seconds: Double = 20, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return }
        usleep(20_000)
    }
    Issue.record("timed out waiting")
}

func utf8(_ text: String) -> Data { Data(text.utf8) }

@Suite(.serialized) struct EndToEndTests {
    @Test func indexThenSearchPrintsResultsForPeople() throws {
        let world = try World(corpus: [
            "2021-01.txt": utf8("Minnesanteckningar nätverksmöte\nStort behov av familjehem i Höganäs."),
            "2021-02.md": utf8("# Protokoll\nFörsörjningsstöd i Bjuv."),
            "tom.txt": utf8(""),
        ])
        let indexed = try world.minnes("index")
        #expect(indexed.status == 0)
        #expect(indexed.stderr.contains("warning: tom.txt: skipped: the file is empty"))
        #expect(indexed.stderr.contains("added 2, updated 0, removed 0, unchanged 0, skipped 1"))
        let again = try world.minnes("index", "--json")
        let summary = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(summary?["unchanged"] as? Int == 2)
        #expect(summary?["skipped"] as? Int == 1)

        try world.startDaemon()
        let found = try world.minnes("search", "familjehem")
        #expect(found.status == 0)
        let lines = found.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "1. Minnesanteckningar nätverksmöte")
        #expect(lines.dropFirst().first?.hasPrefix("   date unknown · 2021-01.txt · ") == true)
        #expect(lines.dropFirst(2).first == "   Minnesanteckningar nätverksmöte Stort behov av familjehem i Höganäs.")
        #expect(found.stdout.hasSuffix("\n1 of 1 results, grouped by meeting.\n"))
        #expect(!found.stdout.contains("\u{1B}["))  // no colour when not a terminal
    }

    @Test func jsonIsExactlyWhatTheDaemonAnswersToCurl() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem & skyddat boende")])
        try world.indexAndServe()
        let cli = try world.minnes("search", "--json", "--limit", "5", "familjehem")
        let curl = try world.curl("/v1/search?q=familjehem&limit=5")
        #expect(cli.status == 0)
        #expect(cli.stdout == curl + "\n")
        let object = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any]
        #expect(object?["total"] as? Int == 1)
    }

    /// Every file written again makes a new database that takes the old one's place: the running
    /// daemon answers from the new one.
    @Test func theDaemonAnswersFromAnIndexWrittenWholeAgain() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv"), "b.txt": utf8("Familjehem i Klippan")])
        try world.indexAndServe()
        #expect(try world.minnes("search", "--json", "familjehem").stdout.contains("\"total\":2"))
        for (file, kommun) in [("a.txt", "Bjuv"), ("b.txt", "Klippan")] {
            try Data("Budget i \(kommun)".utf8).write(to: URL(fileURLWithPath: world.corpus + "/" + file))
        }
        let again = try world.minnes("index")
        #expect(again.status == 0 && (again.stdout + again.stderr).contains("updated 2"), "\(again.stdout)\(again.stderr)")
        #expect(try world.minnes("search", "familjehem").status == 1)
        #expect(try world.minnes("search", "--json", "budget").stdout.contains("\"total\":2"))
    }

    @Test func exitStatusSaysFoundNothingOrError() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem")])
        _ = try world.minnes("index")
        let noDaemon = try world.minnes("search", "--no-start", "familjehem")
        #expect(noDaemon.status == 2)
        #expect(noDaemon.stderr.hasPrefix("Error: cannot talk to minnesd"))

        try world.startDaemon()
        #expect(try world.minnes("search", "familjehem").status == 0)
        let nothing = try world.minnes("search", "Örkelljunga")
        #expect(nothing.status == 1)
        #expect(nothing.stdout.contains("No results for Örkelljunga."))
        let bad = try world.minnes("search", "familjehem AND")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Error: cannot understand the query"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let usage = try world.minnes("search")
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("Error: "))
    }

    /// A snippet's escaping (Xapian's HTML) is undone for the terminal: the minutes' own "&", "<",
    /// quotes read as written, and an escape the minutes themselves hold stays as written.
    @Test func aSnippetShowsTheMinutesCharactersAsWritten() throws {
        let text = #"Familjehem & stöd <barn> "trygghet" och 'omsorg' samt &lt; som text."#
        let world = try World(corpus: ["a.txt": utf8("Minnesanteckningar\nDatum: 2021-03-04\n\n1. Familjehem\n\(text)\n")])
        try world.indexAndServe()
        let found = try world.minnes("search", "omsorg")
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains(text.dropLast()), "\(found.stdout)")
    }

    @Test func searchStartsTheDaemonWhenNoneAnswersAndSIGTERMStopsIt() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Svalöv")])
        _ = try world.minnes("index")
        // No MINNES_SOCKET: the socket goes in the per-user runtime folder, named by the index.
        var environment = world.environment
        environment["MINNES_SOCKET"] = nil
        environment["XDG_RUNTIME_DIR"] = world.runtime
        try FileManager.default.createDirectory(atPath: world.runtime, withIntermediateDirectories: true)
        let first = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(first.status == 0)
        #expect(first.stderr.contains("started minnesd"))
        #expect(first.stdout.contains("a.txt"))
        let second = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(second.status == 0)
        #expect(!second.stderr.contains("started minnesd"))  // the same daemon answers

        var info = stat()
        #expect(stat(world.runtime + "/minnes", &info) == 0 && info.st_mode & 0o777 == 0o700)
        let sockets = try FileManager.default.contentsOfDirectory(atPath: world.runtime + "/minnes")
            .filter { $0.hasSuffix(".sock") }
        let socket = world.runtime + "/minnes/" + (try #require(sockets.first))
        let health = try world.run("/usr/bin/curl", ["-sf", "--unix-socket", socket, "http://localhost/v1/health"])
        #expect(health.status == 0)
        let stopped = try world.run("minnes", ["stop"], environment: environment)
        #expect(stopped.status == 0)
        #expect(stopped.stderr.hasPrefix("minnes: stopped minnesd (pid "))  // by SIGTERM, which removes the socket
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(try world.run("minnes", ["stop"], environment: environment).status == 1)  // none left
    }

    /// A daemon `minnes` started ends once nothing is asked for a while (three hours; here, as
    /// `MINNES_IDLE_EXIT` says, two seconds), removing its socket; the next search starts one again.
    @Test func aDaemonStartedBySearchEndsWhenNothingIsAsked() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Svalöv")])
        _ = try world.minnes("index")
        var environment = world.environment
        environment["MINNES_IDLE_EXIT"] = "2"
        let first = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(first.status == 0 && first.stderr.contains("started minnesd"), "\(first.stderr)")
        try waitFor(seconds: 30) { !FileManager.default.fileExists(atPath: world.socket) }
        // (The socket goes as the listener closes; the process a moment later.)
        try waitFor(seconds: 30) { TestProcesses.daemons { $0 == world.mark }.isEmpty }
        let log = try String(contentsOfFile: world.socket + ".log", encoding: .utf8)
        #expect(log.contains("nothing asked for 2 s; exiting"), "\(log)")
        let again = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(again.status == 0 && again.stderr.contains("started minnesd"), "\(again.stderr)")
    }

    /// `MINNES_IDLE_EXIT=never` starts a daemon that never ends by itself; a value that is neither
    /// seconds nor never is said, and the three hours hold.
    @Test func idleExitNeverAndAWrongValueSaid() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Svalöv")])
        _ = try world.minnes("index")
        var environment = world.environment
        let arguments = { (outcome: World.Outcome) throws -> [String] in
            let pid = try #require(outcome.stderr.firstMatch(of: /started minnesd \(pid (\d+)\)/).map { String($0.1) })
            let line = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))
            return line.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        environment["MINNES_IDLE_EXIT"] = "never"
        let never = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(never.status == 0, "\(never.stderr)")
        #expect(!(try arguments(never)).contains("--idle-exit"))
        #expect(try world.run("minnes", ["stop"], environment: environment).status == 0)
        environment["MINNES_IDLE_EXIT"] = "soon"
        let soon = try world.run("minnes", ["search", "Svalöv"], environment: environment)
        #expect(soon.status == 0, "\(soon.stderr)")
        #expect(soon.stderr.contains("MINNES_IDLE_EXIT=soon is neither seconds"), "\(soon.stderr)")
        #expect(try arguments(soon).suffix(2) == ["--idle-exit", "10800"])
    }

    /// Questions keep an idle-ending daemon serving: it ends only after the last.
    @Test func questionsKeepTheDaemonServingUntilNothingIsAsked() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Svalöv")])
        _ = try world.minnes("index")
        let daemon = Process()
        daemon.executableURL = World.bin.appendingPathComponent("minnesd")
        daemon.arguments = ["--idle-exit", "2"]
        daemon.environment = world.environment
        daemon.standardOutput = FileHandle.nullDevice
        daemon.standardError = FileHandle.nullDevice
        try daemon.run()
        defer { if daemon.isRunning { daemon.terminate() }; daemon.waitUntilExit() }
        try waitFor { (try? world.curl("/v1/health")) != nil }
        // Longer than the limit, a question every half second: still serving.
        for _ in 0..<6 {
            #expect((try? world.curl("/v1/health")) != nil)
            usleep(500_000)
        }
        #expect(daemon.isRunning)
        try waitFor(seconds: 30) { !daemon.isRunning }
        #expect(daemon.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: world.socket))
    }

    @Test func theBundledCorpusAnswersFamiljehemWithHighlights() throws {
        let (world, _) = try ReadingTests.sampleWorld()  // Corpus/ indexed (status 0) with a daemon answering
        let json = try world.minnes("search", "--json", "familjehem")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let results = try #require(object?["results"] as? [[String: Any]])
        #expect(results.count >= 1)
        #expect(results.allSatisfy { ($0["snippet"] as? String)?.contains("<b>") == true })
    }

    /// The Swedish word lists are not the minutes': their table is made once in the user's cache,
    /// owner-only, and serves every index; an index holds only what its minutes gave.
    @Test func theWordListsAreKeptOnceInTheUsersCacheNotInEachIndex() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehemsvården i Perstorp")])
        var environment = world.environment
        let cache = world.root.appendingPathComponent("cache").path
        environment["XDG_CACHE_HOME"] = cache
        let first = try world.run("minnes", ["index"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache + "/minnes")
        #expect(kept.count == 1 && kept[0].hasPrefix("wordlist-"), "\(kept)")
        var info = stat()
        #expect(stat(cache + "/minnes", &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(stat(cache + "/minnes/" + kept[0], &info) == 0 && info.st_mode & 0o777 == 0o600 && info.st_size > 1_000_000)
        let second = try world.run("minnes", ["index", "--index", world.root.appendingPathComponent("other").path], environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/minnes") == kept)
        for index in [world.index, world.root.appendingPathComponent("other").path] {
            #expect(try !FileManager.default.contentsOfDirectory(atPath: index).contains { $0.contains("wordlist") })
        }
    }

    /// Two runs in two processes make the same documents, byte for byte (values, data and the digest
    /// of them all, as `xapian-delve` shows them): so an update sees which of a changed file's
    /// documents it made as before, and writes only the others.
    @Test func theSameMinutesIndexedTwiceInTwoProcessesGiveTheSameDocuments() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar Nätverket\nDatum: 2021-01-10\nNärvarande: Lovisa Strand (Bjuv), Petter Ek (Klippan)\n\n"
                + "1. Familjehem\nLovisa Strand informerade om familjehem.\nBeslut: Vi återkommer.\n\n2. Budget\nPetter Ek tog upp budgeten.\n"),
            "b.txt": utf8("Anteckningar\nDatum: 2021-02-10\nDeltagare: Ida Berg, Höganäs\n\n1. LVU\nIda Berg berättade om LVU.\n"),
        ])
        let other = world.root.appendingPathComponent("other").path
        for index in [world.index, other] {
            let indexed = try world.minnes("index", "--index", index)
            #expect(indexed.status == 0, "\(indexed.stderr)")
        }
        // (A meeting and its two items; a meeting of one item.)
        #expect(try world.run("/usr/bin/xapian-delve", [other]).stdout.contains("number of documents = 5"))
        for docid in 1...5 {
            let (first, second) = (
                try world.run("/usr/bin/xapian-delve", ["-r", "\(docid)", "-d", "-V", world.index]),
                try world.run("/usr/bin/xapian-delve", ["-r", "\(docid)", "-d", "-V", other])
            )
            #expect(first.status == 0 && first.stdout.contains("Data for record #\(docid)"), "\(first.stderr)")
            #expect(first.stdout == second.stdout)
        }
    }

    @Test func xapiansOwnToolsReadTheIndex() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Perstorp"), "b.txt": utf8("Bistånd")])
        _ = try world.minnes("index")
        let delve = try world.run("/usr/bin/xapian-delve", [world.index])
        #expect(delve.status == 0)
        #expect(delve.stdout.contains("number of documents = 2"))
        // The words as written are the index's unprefixed terms; Snowball's stems only of dotted words.
        let quest = try world.run("/usr/bin/quest", ["-d", world.index, "-s", "none", "perstorp"])
        #expect(quest.status == 0)
        #expect(quest.stdout.contains("MSet:"))
        #expect(quest.stdout.contains("Perstorp"))
    }
}
