import Foundation
import Testing

/// What every later stage stands on, as a user meets it: shipped data found from anywhere, one fold
/// for names and words, and a `minnes` that is a client only (no server, no TLS).
@Suite(.serialized) struct FoundationsTests {
    /// Runs minnes from folder, as a user in another directory would.
    func minnes(_ world: World, in folder: String, _ arguments: String..., environment: [String: String]? = nil) throws
        -> World.Outcome
    {
        let process = Process()
        process.executableURL = World.bin.appendingPathComponent("minnes")
        process.arguments = arguments
        process.environment = environment ?? world.environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func indexingFromAnotherFolderFindsTheShippedSynonyms() throws {
        let world = try World(corpus: [
            "a.txt": utf8("Minnesanteckningar\nFörsörjningsstöd och placeringar i Ängelholm."),
            "b.txt": utf8("Minnesanteckningar\nBudget i Bjuv."),
        ])
        let elsewhere = world.root.appendingPathComponent("elsewhere").path
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let indexed = try minnes(world, in: elsewhere, "index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(!indexed.stderr.contains("warning"), "\(indexed.stderr)")
        try world.startDaemon()
        for query in ["Engelholm", "ekonomiskt bistånd"] {
            let found = try minnes(world, in: elsewhere, "search", "--json", query)
            #expect(found.status == 0, "\(query) found nothing from another folder")
            #expect(found.stdout.contains("a.txt") && !found.stdout.contains("b.txt"), "\(query)")
        }
    }

    @Test func theUsersOwnSynonymsAddToTheShippedOnes() throws {
        let world = try World(corpus: ["a.txt": utf8("Minnesanteckningar\nMedelpunkten i Ängelholm.")])
        let config = world.root.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("minnes"), withIntermediateDirectories: true)
        try utf8("Medelpunkten = Navet\n").write(to: config.appendingPathComponent("minnes/synonyms.txt"))
        var environment = world.environment
        environment["XDG_CONFIG_HOME"] = config.path
        #expect(try world.run("minnes", ["index"], environment: environment).status == 0)
        try world.startDaemon()
        #expect(try world.minnes("search", "Navet").status == 0)  // the user's group
        #expect(try world.minnes("search", "Engelholm").status == 0)  // and the shipped ones still

        let missing = try world.minnes("index", "--synonyms", world.root.appendingPathComponent("nej.txt").path)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Error: no synonyms file at "))
    }

    @Test func oneManWrittenWithØAndÆOrWithÖAndÄIsOnePersonEverywhere() throws {
        let world = try World(corpus: [
            "2021-03-05.txt": utf8("""
                Minnesanteckningar IFO-chefsnätverket
                Datum: 2021-03-05

                Närvarande: Øjvind Ærø (Bjuv), Stina Berg (Klippan)

                1. **Familjehem**
                Øjvind Ærø lyfter behovet av familjehem.
                2. **Övrigt**
                Inget.
                """),
            "2021-04-09.txt": utf8("""
                Minnesanteckningar IFO-chefsnätverket
                Datum: 2021-04-09

                Närvarande: Öjvind Ärö (Bjuv), Olle Ek (Perstorp)

                1. **Budget**
                Öjvind Ärö informerar om budgeten.
                2. **Övrigt**
                Inget.
                """),
        ])
        try world.indexAndServe()
        let people = try jsonArray(try world.minnes("people", "--json").stdout)
        let him = people.filter { ($0["name"] as? String).map { ["Øjvind Ærø", "Öjvind Ärö"].contains($0) } ?? false }
        #expect(him.count == 1, "\(people.map { $0["name"] ?? "" })")
        for spelling in ["Öjvind Ärö", "Øjvind Ærø", "Ojvind Aro"] {
            let found = try world.minnes("search", "--json", "--flat", "person:\"\(spelling)\"")
            #expect(found.status == 0, "person:\(spelling)")
            #expect(found.stdout.contains("2021-03-05.txt") && found.stdout.contains("2021-04-09.txt"), "person:\(spelling)")
        }
        #expect(try world.minnes("search", "Ojvind").status == 0)
    }

    @Test func theCLIIsAClientWithoutServerOrTLSCode() throws {
        let world = try World()
        let symbols = try world.run("/usr/bin/nm", ["-C", World.bin.appendingPathComponent("minnes").path])
        #expect(symbols.status == 0)
        #expect(!symbols.stdout.isEmpty)
        for library in ["Hummingbird", "AsyncHTTPClient", "NIOSSL"] {
            #expect(!symbols.stdout.contains(library), "minnes holds \(library) symbols")
        }
    }
}
