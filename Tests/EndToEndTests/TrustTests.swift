import Foundation
import Testing

/// Only the owner reads the minutes: the daemon and the CLI each ask the kernel who is at the other
/// end of the socket. Another user is real here: created when the tests run as root.
@Suite(.serialized) struct TrustTests {
    static let otherUser = "minnes-other"

    /// The uid of a user who is not us, created when we are root; nil (and the test says why) otherwise.
    static func otherUID() throws -> UInt32? {
        guard getuid() == 0 else {
            print("TrustTests: not root, so no second user can be made; the cross-user checks are not run")
            return nil
        }
        if getpwnam(otherUser) == nil {
            let made = try World.run("/usr/sbin/useradd", ["-M", "-s", "/usr/sbin/nologin", otherUser], environment: [:],
                                     scratch: FileManager.default.temporaryDirectory)
            try #require(made.status == 0 || getpwnam(otherUser) != nil, "useradd: \(made.stderr)")
        }
        return try #require(getpwnam(otherUser)).pointee.pw_uid
    }

    /// A folder anyone may enter and write in, as /tmp is: the socket's file modes are not the wall.
    static func openFolder(_ world: World) throws -> String {
        let folder = world.root.appendingPathComponent("open").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(world.root.path, 0o755)
        chmod(folder, 0o1777)
        return folder
    }

    func asOther(_ world: World, _ uid: UInt32, _ arguments: [String]) throws -> World.Outcome {
        try world.run("/usr/bin/setpriv", ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"] + arguments)
    }

    @Test func theDaemonRefusesAnotherUserEvenWhenTheSocketIsOpen() throws {
        guard let uid = try Self.otherUID() else { return }
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        try world.indexAndServe()
        // File modes let anyone in (whatever umask the test process has); the peer check must not.
        chmod(world.root.path, 0o755)
        chmod(world.socket, 0o666)
        let other = try asOther(world, uid, ["/usr/bin/curl", "-s", "--unix-socket", world.socket, "http://localhost/v1/search?q=familjehem"])
        #expect(other.status != 0, "another user got an answer: \(other.stdout)")
        #expect(!other.stdout.contains("familjehem"))
        let stats = try JSONSerialization.jsonObject(with: Data(try world.curl("/v1/stats").utf8)) as? [String: Any]
        #expect(stats?["refusedConnections"] as? Int == 1)
        #expect(try world.minnes("search", "familjehem").status == 0)  // the owner still is answered
    }

    // Helpers are killed with SIGKILL: a child of Foundation's Process may start with SIGTERM blocked.
    @Test func theCLISendsNothingToAnotherUsersListener() throws {
        guard let uid = try Self.otherUID() else { return }
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        _ = try world.minnes("index")
        let folder = try Self.openFolder(world)
        let socket = folder + "/impostor.sock", heard = folder + "/heard"
        // Another user's listener on the socket path: it records whatever reaches it.
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        listener.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "/usr/bin/python3", "-c", """
            import socket, sys
            s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)
            import os; os.chmod(sys.argv[1], 0o777)
            while True:
                c, _ = s.accept(); data = c.recv(65536)
                open(sys.argv[2], "ab").write(data); c.close()
            """, socket, heard]
        try listener.run()
        defer { kill(listener.processIdentifier, SIGKILL); listener.waitUntilExit() }
        try waitFor { FileManager.default.fileExists(atPath: socket) }

        var environment = world.environment
        environment["MINNES_SOCKET"] = socket
        let asked = try world.run("minnes", ["search", "--allow-shared-dir", "Filippa Kurdve"], environment: environment)
        #expect(asked.status == 2)
        #expect(asked.stderr.contains("runs as uid \(uid), not as you"), "\(asked.stderr)")
        #expect(!asked.stderr.contains("started minnesd"))
        usleep(200_000)
        #expect((try? Data(contentsOf: URL(fileURLWithPath: heard)))?.isEmpty ?? true, "the query reached the listener")
    }

    @Test func stopSignalsTheProcessTheKernelNamesNotTheOneTheAnswerNames() throws {
        let world = try World()
        let folder = world.root.appendingPathComponent("run").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let socket = folder + "/liar.sock"
        let bystander = Process()
        bystander.executableURL = URL(fileURLWithPath: "/bin/sleep")
        bystander.arguments = ["30"]
        try bystander.run()
        defer { kill(bystander.processIdentifier, SIGKILL); bystander.waitUntilExit() }
        // Our own user's process, answering health with the bystander's pid.
        let liar = Process()
        liar.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        liar.arguments = ["-c", """
            import json, signal, socket, sys
            signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
            s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)
            while True:
                c, _ = s.accept(); c.recv(65536)
                body = json.dumps({"status": "ok", "pid": int(sys.argv[2]), "index": "x"}).encode()
                c.sendall(b"HTTP/1.1 200 OK\\r\\nContent-Length: %d\\r\\nConnection: close\\r\\n\\r\\n" % len(body) + body)
                c.close()
            """, socket, String(bystander.processIdentifier)]
        try liar.run()
        defer { if liar.isRunning { kill(liar.processIdentifier, SIGKILL) }; liar.waitUntilExit() }
        try waitFor { FileManager.default.fileExists(atPath: socket) }

        var environment = world.environment
        environment["MINNES_SOCKET"] = socket
        _ = try world.run("minnes", ["stop"], environment: environment)
        try waitFor(seconds: 5) { !liar.isRunning }
        #expect(!liar.isRunning, "the process on the socket was not the one stopped")
        #expect(bystander.isRunning, "minnes stop signalled the pid the answer named")
    }

    @Test func aSocketInAFolderOthersCanWriteToIsRefusedUnlessAllowed() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        _ = try world.minnes("index")
        let folder = try Self.openFolder(world)
        var environment = world.environment
        environment["MINNES_SOCKET"] = folder + "/s.sock"
        let searched = try world.run("minnes", ["search", "familjehem"], environment: environment)
        #expect(searched.status == 2)
        #expect(searched.stderr.contains("the socket's folder \(folder) is not yours alone"), "\(searched.stderr)")
        #expect(!searched.stderr.contains("started minnesd"))
        let served = try world.run("minnesd", [], environment: environment)
        #expect(served.status != 0)
        #expect(served.stderr.contains("the socket's folder \(folder) is not yours alone"), "\(served.stderr)")
        // Said so, the user may.
        let allowed = try world.run("minnes", ["search", "--allow-shared-dir", "familjehem"], environment: environment)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("started minnesd"))
    }

    @Test func tenSearchesAtOnceWithNoDaemonStartExactlyOne() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        #expect(try world.minnes("index").status == 0)
        let searches = try (0..<10).map { number -> (Process, URL) in
            let process = Process()
            process.executableURL = World.bin.appendingPathComponent("minnes")
            process.arguments = ["search", "familjehem"]
            process.environment = world.environment
            let err = world.root.appendingPathComponent("err-\(number)")
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: err)
            return (process, err)
        }
        for (process, _) in searches { try process.run() }
        for (process, _) in searches { process.waitUntilExit() }
        #expect(searches.map(\.0.terminationStatus) == Array(repeating: 0, count: 10))
        let started = try searches.filter { try String(contentsOf: $0.1, encoding: .utf8).contains("started minnesd") }
        #expect(started.count == 1)
        #expect(TestProcesses.daemons { $0 == world.mark }.count == 1)
    }

    @Test func aFolderTheUserCannotReadIsNamedNotPassedOver() throws {
        guard let uid = try Self.otherUID() else { return }  // root reads every folder: the user must not be root
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        let secret = world.corpus + "/hemligt"
        try FileManager.default.createDirectory(atPath: secret, withIntermediateDirectories: true)
        try utf8("Placeringar.").write(to: URL(fileURLWithPath: secret + "/b.txt"))
        #expect(try world.run("/bin/chown", ["-R", "\(uid):\(uid)", world.root.path]).status == 0)
        chmod(world.root.path, 0o755)
        chmod(secret, 0o000)
        let indexed = try asOther(world, uid, [World.bin.appendingPathComponent("minnes").path, "index"])
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: hemligt: skipped: folder cannot be read: Permission denied"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("added 1,") && indexed.stderr.contains("skipped 1"), "\(indexed.stderr)")
    }

    /// One socket named for two indexes (`--socket`, `MINNES_SOCKET`): the daemon answers only for the
    /// index it serves, however its path is written, and says which that is.
    @Test func aDaemonAnswersOnlyForTheIndexItServes() throws {
        let world = try World(corpus: ["a.txt": utf8("Minnesanteckningar\nDatum: 2021-03-04\n\n1. Familjehem\nFamiljehem i Bjuv.\n")])
        try world.indexAndServe()
        let other = world.root.appendingPathComponent("Other").path, otherCorpus = world.root.appendingPathComponent("OtherCorpus").path
        try FileManager.default.createDirectory(atPath: otherCorpus, withIntermediateDirectories: true)
        try utf8("Minnesanteckningar\nDatum: 2022-05-06\n\n1. Familjehem\nFamiljehem i Klippan.\n")
            .write(to: URL(fileURLWithPath: otherCorpus + "/b.txt"))
        #expect(try world.minnes("index", "--corpus", otherCorpus, "--index", other).status == 0)
        let refused = try world.minnes("search", "--index", other, "familjehem")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("serves the index \(world.index), not \(other)"), "\(refused.stderr)")
        #expect(!refused.stdout.contains("Bjuv"))
        let linked = world.root.appendingPathComponent("Linked").path
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: world.index)
        let answered = try world.minnes("search", "--index", linked, "familjehem")
        #expect(answered.status == 0 && answered.stdout.contains("Bjuv"), "\(answered.stderr)")
        #expect(try world.curl("/v1/search?q=familjehem").contains("Bjuv"))  // a client that names no index
    }

    /// A daemon that ends as a request comes (its idle time ran out): it stops listening, then closes
    /// what it had accepted unanswered. The command starts another and is answered.
    @Test func aDaemonEndingAsItIsAskedIsStartedAgainAndTheCommandAnswered() throws {
        let world = try World(corpus: ["a.txt": utf8("Minnesanteckningar\nDatum: 2021-03-04\n\n1. Familjehem\nFamiljehem i Bjuv.\n")])
        _ = try world.minnes("index")
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        listener.arguments = ["-c", """
            import socket, sys
            s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)
            c, _ = s.accept(); s.close(); c.recv(65536); c.close()
            """, world.socket]
        try listener.run()
        defer { kill(listener.processIdentifier, SIGKILL); listener.waitUntilExit() }
        try waitFor { FileManager.default.fileExists(atPath: world.socket) }
        let asked = try world.minnes("search", "familjehem")
        #expect(asked.status == 0 && asked.stdout.contains("Bjuv"), "\(asked.stderr)")
        #expect(asked.stderr.contains("started minnesd"), "\(asked.stderr)")
    }

    @Test func aDaemonThatAnswersWronglyIsReportedNotStartedAgain() throws {
        let world = try World(corpus: ["a.txt": utf8("Familjehem i Bjuv.")])
        _ = try world.minnes("index")
        let heard = world.root.appendingPathComponent("connections").path
        // Our own user's process on the socket, hanging up on every request.
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        listener.arguments = ["-c", """
            import socket, sys
            s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)
            while True:
                c, _ = s.accept(); request = c.recv(65536); c.close()
                if request: open(sys.argv[2], "a").write("request\\n")
            """, world.socket, heard]
        try listener.run()
        defer { kill(listener.processIdentifier, SIGKILL); listener.waitUntilExit() }
        try waitFor { FileManager.default.fileExists(atPath: world.socket) }
        let asked = try world.minnes("search", "familjehem")
        #expect(asked.status == 2)
        #expect(asked.stderr.contains("closed the connection before answering"), "\(asked.stderr)")
        #expect(!asked.stderr.contains("started minnesd"))
        usleep(100_000)
        // (A connection that sends nothing, to see whether it still listens, is no question.)
        let requests = (try? String(contentsOfFile: heard, encoding: .utf8))?.split(separator: "\n").count
        #expect(requests == 1, "asked \(requests ?? 0) times")
    }
}
