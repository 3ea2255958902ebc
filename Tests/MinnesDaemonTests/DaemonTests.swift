import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MinnesAPI
import MinnesDaemon
import MinnesIndex
import MinnesTestSupport
import ServiceLifecycle
import Testing

@testable import MinnesCLI

/// Runs the CLI's blocking client on a thread of its own: on the concurrency pool it could hold the
/// very threads the in-process daemon needs to answer it.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// A corpus, an index and a running daemon on a real Unix socket, all temporary.
final class LiveDaemon {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("minnesd-\(UUID().uuidString)")
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var index: String { root.appendingPathComponent("Index").path }
    /// In a folder of its own: what a daemon leaves beside its socket can be seen.
    let socketFolder = "/tmp/minnesd-test-\(UUID().uuidString.prefix(8))"
    var socket: String { socketFolder + "/s.sock" }
    private var task: Task<Void, any Error>?
    private var group: ServiceGroup?

    init(files: [String: String]) throws {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: socketFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try write(files)
    }

    deinit {
        // Stopped gracefully, as SIGTERM stops it, not cancelled: a cancelled server drops the
        // connections it accepted and has not served yet, and NIO traps on their unfinished writers
        // ("Deinited NIOAsyncWriter without calling finish()", apple/swift-nio#3481).
        if let group, let task {
            Task {
                await group.triggerGracefulShutdown()
                _ = await task.result
            }
        }
        try? FileManager.default.removeItem(atPath: socketFolder)
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ files: [String: String]) throws {
        for (name, text) in files { try Data(text.utf8).write(to: corpus.appendingPathComponent(name)) }
    }

    func reindex() throws {
        _ = try Indexer(corpus: Corpus(root: corpus), indexPath: index).run()
    }

    func start() async throws {
        let daemon = Daemon(indexPath: index, socketPath: socket, logger: Logger(label: "test"))
        let group = try daemon.serviceGroup(gracefulShutdownSignals: [])
        self.group = group
        task = Task { try await daemon.run(group) }
        for _ in 0..<200 where !socketIsAnswering(socket) { try await Task.sleep(for: .milliseconds(25)) }
        try #require(socketIsAnswering(socket))
    }

    /// Stops as SIGTERM does: gracefully, letting requests in flight finish.
    func stop() async {
        await group?.triggerGracefulShutdown()
        _ = await task?.result
    }

    var client: DaemonClient { DaemonClient(socketPath: socket) }

    /// Asks the daemon's router in-process (Hummingbird's test client, no socket): for what is about
    /// the API, not the socket.
    func routed(_ path: String, _ parameters: [(String, String)] = []) async throws -> (Int, [String: Any]) {
        let app = Application(router: makeRouter(indexPath: index))
        let (status, body) = try await app.test(.router) { client in
            try await client.execute(uri: Route.uri(path, parameters), method: .get) { response in
                (Int(response.status.code), Data(buffer: response.body))
            }
        }
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        return (status, try #require(object))
    }

    func json(_ path: String, _ parameters: [(String, String)] = []) async throws -> (Int, [String: Any]) {
        let client = client
        let reply = try await offThePool { try client.fetch(path, parameters) }
        let object = try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        return (reply.status, try #require(object))
    }
}

@Suite struct DaemonTests {
    let minutes = [
        "a.txt": "Minnesanteckningar IFO\nStort behov av familjehem i Höganäs.",
        "b.md": "# Möte\nFörsörjningsstöd och familjehem i Bjuv.",
    ]

    @Test func searchAnswersWithTheDocumentedShape() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let (status, body) = try await daemon.routed("/v1/search", [("q", "familjehem"), ("limit", "1")])
        #expect(status == 200)
        #expect(body["query"] as? String == "familjehem")
        #expect(body["total"] as? Int == 2)
        #expect(body.keys.contains("suggestion"))
        let results = try #require(body["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(
            Set(result.keys) == [
                "id", "kind", "meeting", "file", "format", "title", "meetingTitle", "date", "network", "raisedBy", "snippet",
                "score", "more",
            ])
        #expect(result["date"] is NSNull)
        #expect((result["snippet"] as? String)?.contains("<b>familjehem</b>") == true)
        
    }

    @Test func aSearchSaysTheDaemonsTimeAndExplainedTheQueryXapianRan() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let app = Application(router: makeRouter(indexPath: daemon.index))
        try await app.test(.router) { client in
            for explain in ["on", "off"] {
                try await client.execute(uri: Route.uri("/v1/search", [("q", "familjehem"), ("explain", explain)]), method: .get) { response in
                    let timing = try #require(response.headers[HTTPField.Name("Server-Timing")!])
                    #expect(timing.hasPrefix("search;dur=") && Double(timing.dropFirst("search;dur=".count)) != nil, "\(timing)")
                    let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                    if explain == "on" {
                        // Xapian's serialisation holds the query's terms as written.
                        let encoded = try #require(body["xapianQuery"] as? String)
                        let serialised = try #require(Data(base64Encoded: encoded))
                        #expect(String(decoding: serialised, as: UTF8.self).contains("XLfamiljehem"))
                    } else {
                        #expect(body["xapianQuery"] == nil)
                    }
                }
            }
        }
    }

    @Test func aPlusInTheQueryStringIsASpaceAsInForms() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        try await daemon.start()
        let client = daemon.client
        let reply = try await offThePool { try client.fetch("/v1/search?q=familjehem+Bjuv") }
        let body = try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        #expect(body?["query"] as? String == "familjehem Bjuv")
        #expect(body?["total"] as? Int == 1)
        await daemon.stop()
    }

    @Test func socketIsPrivateAndRemovedOnStop() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        try await daemon.start()
        // Bound with the process umask (0700), then set to 0600 as soon as the server runs.
        var info = stat()
        for _ in 0..<100 where stat(daemon.socket, &info) == 0 && info.st_mode & 0o777 != 0o600 {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(stat(daemon.socket, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        await daemon.stop()
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))
    }

    @Test func aSecondDaemonOnALiveSocketRefusesToStart() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try await daemon.start()
        await #expect(throws: DaemonError.self) {
            try await Daemon(indexPath: daemon.index, socketPath: daemon.socket).run(gracefulShutdownSignals: [])
        }
        #expect(socketIsAnswering(daemon.socket))
        await daemon.stop()
    }

    /// A daemon started while another was on its way out (idle exit) serves on: the one ending
    /// removes its own socket file, never the one at the path since.
    @Test func aDaemonEndingLeavesTheSocketOfOneStartedSince() async throws {
        let first = try LiveDaemon(files: minutes)
        try first.reindex()
        try await first.start()
        unlink(first.socket)  // as if it were going: its file gone, and another daemon started
        let second = Daemon(indexPath: first.index, socketPath: first.socket, logger: Logger(label: "test"))
        let group = try second.serviceGroup(gracefulShutdownSignals: [])
        let serving = Task { try await second.run(group) }
        for _ in 0..<200 where !socketIsAnswering(first.socket) { try await Task.sleep(for: .milliseconds(25)) }
        try #require(socketIsAnswering(first.socket))
        await first.stop()
        #expect(socketIsAnswering(first.socket))
        let (status, _) = try await first.json("/v1/health")
        #expect(status == 200)
        await group.triggerGracefulShutdown()
        try await serving.value
        #expect(!FileManager.default.fileExists(atPath: first.socket))
    }

    /// Two daemons starting at once: the one that is second to listen says so and ends, the first
    /// serves on, and nothing of the second is left beside the socket.
    @Test func aDaemonReadyAfterAnotherTookThePathEndsAndLeavesIt() async throws {
        let first = try LiveDaemon(files: minutes)
        try first.reindex()
        let late = Daemon(indexPath: first.index, socketPath: first.socket, logger: Logger(label: "test"))
        let group = try late.serviceGroup(gracefulShutdownSignals: [])  // nothing answered yet
        try await first.start()
        let ending = Task { try await late.run(group) }
        // Bounded: a late daemon that took the path instead would serve on.
        let ended = await withTaskGroup(of: Result<Void, any Error>?.self) { waiting in
            waiting.addTask { await ending.result }
            waiting.addTask {
                // (Long: in the whole suite, tests that index hold the few pool threads for a while.)
                try? await Task.sleep(for: .seconds(180))
                return nil
            }
            let first = await waiting.next() ?? nil
            waiting.cancelAll()
            await group.triggerGracefulShutdown()  // (what ends the late daemon, if it serves)
            return first
        }
        #expect(throws: DaemonError.self) { try #require(ended).get() }
        #expect(socketIsAnswering(first.socket))
        // The socket, and the lock its daemons take to put it there or remove it; no name bound first.
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: first.socketFolder)) == ["s.sock", "s.sock.publish"])
        await first.stop()
    }

    /// A file that is no socket at the socket's path (a mistyped --socket) is refused and kept.
    @Test func aFileThatIsNoSocketIsNeitherReplacedNorRemoved() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: daemon.socket))
        await #expect(throws: DaemonError.self) {
            try await Daemon(indexPath: daemon.index, socketPath: daemon.socket).run(gracefulShutdownSignals: [])
        }
        #expect(try String(contentsOfFile: daemon.socket, encoding: .utf8) == "notes")
    }

    /// A socket path near the kernel's limit (107 bytes) serves: the name bound first is no longer.
    @Test func aSocketPathNearTheLimitServes() async throws {
        // Its own folder: two test runs on one machine at once must not serve each other's socket.
        let unique = "\(getpid())-\(UUID().uuidString.prefix(8))"
        let folder = "/tmp/minnesd-" + unique + String(repeating: "d", count: 70 - unique.count)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/" + String(repeating: "s", count: 106 - folder.utf8.count)
        let daemon = Daemon(indexPath: "/nonexistent", socketPath: socket, logger: Logger(label: "test"))
        let group = try daemon.serviceGroup(gracefulShutdownSignals: [])
        let serving = Task { try await daemon.run(group) }
        for _ in 0..<400 where !socketIsAnswering(socket) { try await Task.sleep(for: .milliseconds(25)) }
        #expect(socketIsAnswering(socket))
        await group.triggerGracefulShutdown()
        try await serving.value
        #expect(!FileManager.default.fileExists(atPath: socket))
    }

    /// A socket file left by a daemon that was killed is replaced, not a reason to refuse.
    @Test func aStaleSocketFileIsReplaced() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in daemon.socket.utf8.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        try #require(bound == 0 && FileManager.default.fileExists(atPath: daemon.socket) && !socketIsAnswering(daemon.socket))
        try await daemon.start()
        let (status, _) = try await daemon.json("/v1/health")
        #expect(status == 200)
        await daemon.stop()
        #expect(!FileManager.default.fileExists(atPath: daemon.socket))
    }

    @Test func manyConcurrentSearchesAllSucceed() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        try await daemon.start()
        let client = daemon.client
        let totals = try await withThrowingTaskGroup(of: Int.self) { group in
            for number in 0..<64 {
                group.addTask {
                    let query = number.isMultiple(of: 2) ? "familjehem" : "Bjuv"
                    let reply = try await offThePool { try client.get("/v1/search", [("q", query)]) }
                    return try JSONDecoder().decode(SearchResponse.self, from: reply.body).total
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(totals.count == 64)
        #expect(totals.filter { $0 == 2 }.count == 32)
        #expect(totals.filter { $0 == 1 }.count == 32)
        await daemon.stop()
    }

    @Test func aReindexIsVisibleWithoutARestart() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        #expect(try await daemon.routed("/v1/search", [("q", "Landskrona")]).1["total"] as? Int == 0)
        try daemon.write(["c.txt": "Nätverksträff i Landskrona."])
        try daemon.reindex()
        #expect(try await daemon.routed("/v1/search", [("q", "Landskrona")]).1["total"] as? Int == 1)
        #expect(try await daemon.routed("/v1/search", [("q", "kind:meeting")]).1["total"] as? Int == 3)
        
    }

    @Test(arguments: [
        ("/v1/search", [(String, String)](), 400, "missing_query"),
        ("/v1/search", [("q", "  ")], 400, "empty_query"),
        ("/v1/search", [("q", "familjehem AND")], 400, "bad_query"),
        ("/v1/search", [("q", "familjehem"), ("limit", "many")], 400, "bad_parameter"),
        ("/v1/search", [("q", "familjehem"), ("offset", "-1")], 400, "bad_parameter"),
        ("/v1/search", [("q", "familjehem"), ("total", "all")], 400, "bad_parameter"),
        ("/v1/nothing", [], 404, "not_found"),
        ("/v1/search", [("q", "familjehem date:9999-99-99..")], 400, "bad_query"),
        ("/v1/search", [("q", "datum:2020-13")], 400, "bad_query"),
        ("/v1/search", [("q", "date:2021-02-29")], 400, "bad_query"),
        ("/v1/search", [("q", String(repeating: "familjehem ", count: 100))], 400, "query_too_long"),
        ("/v1/search", [("q", String(repeating: "x", count: 5000))], 400, "query_too_long"),
        ("/v1/who", [("topic", String(repeating: "a ", count: 65))], 400, "query_too_long"),
        ("/v1/meetings", [("limit", "0")], 400, "bad_parameter"),
        ("/v1/meetings", [("limit", "5000")], 400, "bad_parameter"),
    ])
    func badRequestsGetJSONErrors(path: String, parameters: [(String, String)], status: Int, code: String) async throws
    {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let (answered, body) = try await daemon.routed(path, parameters)
        #expect(answered == status)
        let error = try #require(body["error"] as? [String: Any])
        #expect(error["code"] as? String == code)
        #expect((error["message"] as? String)?.isEmpty == false)
        // The daemon is still there after a bad request.
        #expect(try await daemon.routed("/v1/health").0 == 200)
        
    }

    /// Requests made at random of every route, its parameters and values a person or a program might
    /// send wrong (numbers out of range or too long, words where numbers go, another script's digits,
    /// escapes that decode to broken UTF-8, ids of no meeting): each is answered in JSON, as a result
    /// or an error naming what was wrong, never a 500; the daemon answers a health check after.
    @Test func randomRequestsAreAnsweredInJSONAndNeverFail() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        // (The search thrice: it has the most to go wrong.)
        let paths = [Route.search, Route.search, Route.search, Route.who, Route.timeline, Route.people, Route.meetings, Route.health,
                     Route.stats, "/v1/nothing", Route.meetings + "/a.txt", Route.meetings + "/%2E%2E%2Fb.md", Route.meetings + "/%FF%FE",
                     Route.meetings + "/x%00y"]
        let names = ["q", "topic", "name", "limit", "offset", "group", "sort", "facets", "explain", "total", "person", "x", ""]
        let values = ["familjehem", "Familjehem OR budget", "familjehem AND", "date:2021-02-29", "(budget", "person:Kurdve", "date:2020..",
                      "date:2020-01-01\u{301}..", "NOT ((", "\"", "", " ", "0", "1", "-1", "10", "1000", "1001", "99999999999999999999", "٣", "1e3", "0x10", "abc", "meeting", "none",
                      "date", "-date", "relevance", "true", "false", "all", "yes", "\u{0}", "\u{FFFD}", "🎉", String(repeating: "a", count: 2000)]
        let requests = (0..<300).map { number -> String in
            var generator = SeededNumbers(seed: UInt64(number) &* 6151)
            let path = paths[generator.below(paths.count)]
            // (Mostly with the route's own text to look for first.)
            let asked = [Route.search: "q", Route.who: "topic", Route.timeline: "topic", Route.people: "name"][path]
                .flatMap { generator.below(4) == 0 ? nil : [($0, values[generator.below(values.count)])] } ?? []
            let parameters = asked + (0..<generator.below(4)).map { _ in (names[generator.below(names.count)], values[generator.below(values.count)]) }
            let uri = Route.uri(path, parameters)
            // (Now and then an escape broken as a hand-typed URL breaks it.)
            return generator.below(8) == 0 ? uri + (uri.contains("?") ? "&" : "?") + "q=%C3%28%E2%82" : uri
        }
        let app = Application(router: makeRouter(indexPath: daemon.index))
        let answers = try await app.test(.router) { client in
            var answers: [(String, Int, Data)] = []
            for uri in requests {
                answers.append(try await client.execute(uri: uri, method: .get) { (uri, Int($0.status.code), Data(buffer: $0.body)) })
            }
            return answers
        }
        var (answered, refused) = (0, 0)
        for (uri, status, body) in answers {
            #expect([200, 400, 404, 503].contains(status), "\(uri): \(status)")
            let object = try? JSONSerialization.jsonObject(with: body)
            #expect(object != nil, "\(uri): not JSON")
            if status == 200 { answered += 1 } else {
                refused += 1
                #expect((((object as? [String: Any])?["error"] as? [String: Any])?["message"] as? String)?.isEmpty == false, "\(uri): no message")
            }
        }
        #expect(answered > 50 && refused > 50)
        #expect(try await daemon.routed("/v1/health").0 == 200)
    }

    @Test func withoutAnIndexSearchesSayWhatToDo() async throws {
        let daemon = try LiveDaemon(files: minutes)
        let (status, body) = try await daemon.routed("/v1/search", [("q", "familjehem")])
        #expect(status == 503)
        let message = (body["error"] as? [String: Any])?["message"] as? String
        #expect(message?.contains("minnes index") == true)
        try daemon.reindex()
        #expect(try await daemon.routed("/v1/search", [("q", "familjehem")]).0 == 200)
        
    }

    @Test func anotherMethodOnARouteIs405WithAllow() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let app = Application(router: makeRouter(indexPath: daemon.index))
        try await app.test(.router) { client in
            for method in [HTTPRequest.Method.post, .delete, .put] {
                try await client.execute(uri: "/v1/search?q=familjehem", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect((body?["error"] as? [String: Any])?["code"] as? String == "http_405")
                }
            }
            try await client.execute(uri: "/v1/nothing", method: .post) { #expect($0.status == .notFound) }
        }
    }

    @Test func anIndexRemovedUnderARunningDaemonIs503NoIndex() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        let index = daemon.index
        let app = Application(router: makeRouter(indexPath: index))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/search?q=familjehem", method: .get) { #expect($0.status == .ok) }
            try FileManager.default.removeItem(atPath: index)
            for _ in 0..<2 {  // the handle that saw it go, and a fresh one
                try await client.execute(uri: "/v1/search?q=familjehem", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    #expect((body?["error"] as? [String: Any])?["code"] as? String == "no_index")
                }
            }
        }
    }

    @Test(arguments: ["NOT ((((", "x) OR (familjehem", "familjehem) OR kind:meeting OR (x"])
    func whoAndTimelineStayAmongItemsWhateverTheTopicSays(topic: String) async throws {
        let daemon = try LiveDaemon(files: [
            "a.txt": "Minnesanteckningar familjehem\nDatum: 2020-05-15\n\n1. **Budget**\nInget om det.\n2. **Övrigt**\nInget.",
        ])
        try daemon.reindex()
        let (whoStatus, who) = try await daemon.routed("/v1/who", [("topic", topic)])
        #expect(whoStatus == 200 || whoStatus == 400, "\(who)")
        if whoStatus == 200 {
            #expect((who["people"] as? [Any])?.isEmpty == true)
            #expect((who["unattributed"] as? [Any])?.isEmpty == true, "a meeting's header counted as an item: \(who)")
        }
        let (timelineStatus, timeline) = try await daemon.routed("/v1/timeline", [("topic", topic)])
        #expect(timelineStatus == 200 || timelineStatus == 400, "\(timeline)")
        if timelineStatus == 200 { #expect(timeline["total"] as? Int == 0, "a meeting counted as an item: \(timeline)") }
        // The word is in the meeting's header only: as a search it finds the meeting.
        #expect(try await daemon.routed("/v1/search", [("q", "familjehem")]).1["total"] as? Int == 1)
    }

    @Test func meetingsComeAPageAtATimeDatedByDateThenTheUndated() async throws {
        let daemon = try LiveDaemon(files: [
            "c.txt": "Möte\nDatum: 2020-03-13\nBudget.", "a.txt": "Möte\nDatum: 2020-01-10\nBudget.",
            "u.txt": "Anteckningar utan datum\nBudget.", "b.txt": "Möte\nDatum: 2020-02-14\nBudget.",
            "v.txt": "Fler anteckningar utan datum\nLokaler.",
        ])
        try daemon.reindex()
        let app = Application(router: makeRouter(indexPath: daemon.index))
        let pages = try await app.test(.router) { client in
            var pages: [[String]] = []
            for uri in [
                "/v1/meetings", "/v1/meetings?limit=2", "/v1/meetings?limit=2&offset=2", "/v1/meetings?offset=3",
                "/v1/meetings?offset=4", "/v1/meetings?offset=5",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    let items = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
                    pages.append((items ?? []).map { $0["date"] as? String ?? "undated" })
                }
            }
            return pages
        }
        #expect(pages == [
            ["2020-01-10", "2020-02-14", "2020-03-13", "undated", "undated"], ["2020-01-10", "2020-02-14"],
            ["2020-03-13", "undated"], ["undated", "undated"], ["undated"], [],
        ])
    }

    @Test func aRequestTooLongForTheHTTPParserGetsAJSONError() async throws {
        let daemon = try LiveDaemon(files: minutes)
        try daemon.reindex()
        try await daemon.start()
        let (status, body) = try await daemon.json("/v1/search", [("q", String(repeating: "x", count: 90_000))])
        #expect(status == 400)
        #expect((body["error"] as? [String: Any])?["code"] as? String == "query_too_long")
        #expect(try await daemon.json("/v1/health").0 == 200)  // and it goes on answering
        await daemon.stop()
    }
}
