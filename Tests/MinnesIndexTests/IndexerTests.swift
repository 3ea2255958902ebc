import Foundation
import MinnesAPI
@testable import MinnesNormalise
import MinnesParse
@testable import MinnesIndex
import Testing
import Xapian

extension ReadingCache.HeadLine {
    /// A head as `head(_:into:)` reads it, with its meetings' headers.
    static func head(_ bytes: ArraySlice<UInt8>) -> (file: String, head: ReadingCache.Head?, headers: [Meeting])? {
        var table = Headers()
        guard let (file, head, headers, _) = head(bytes, into: &table) else { return nil }
        return (file, head, headers.map(table.meeting))
    }
}

/// A corpus and an index in a temporary folder, removed afterwards.
final class Workspace {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-\(UUID().uuidString)")
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var indexPath: String { root.appendingPathComponent("Index").path }

    /// `forTheRun`: a suite's shared workspace (a static), which no deinit removes: removed when the
    /// test process exits instead.
    init(forTheRun: Bool = false) throws {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        if forTheRun { Self.removedAtExit(root) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    nonisolated(unsafe) private static var atExit: [URL] = []
    private static let atExitLock = NSLock()
    private static let registered: Void = {
        atexit { Workspace.atExitLock.withLock { for root in Workspace.atExit { try? FileManager.default.removeItem(at: root) } } }
    }()
    private static func removedAtExit(_ root: URL) {
        _ = registered
        atExitLock.withLock { atExit.append(root) }
    }

    func write(_ file: String, _ text: String) throws { try write(file, Data(text.utf8)) }

    func write(_ file: String, _ bytes: Data) throws {
        let url = corpus.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func remove(_ file: String) throws { try FileManager.default.removeItem(at: corpus.appendingPathComponent(file)) }

    func index() throws -> (Indexer.Summary, [Indexer.Event]) {
        var events: [Indexer.Event] = []
        let summary = try Indexer(corpus: Corpus(root: corpus), indexPath: indexPath).run { event in
            if case .warning = event { events.append(event) }
        }
        return (summary, events)
    }

    func search(_ query: String) throws -> SearchResponse { try Searcher(indexPath: indexPath).search(query) }

    /// Keeps the reading cache as if the minutes' titles had been read as `title` makes them.
    func retitleKeptReadings(_ title: (String) -> String) throws {
        let url = URL(fileURLWithPath: indexPath).appendingPathComponent(ReadingCache.file)
        let kept = ReadingCache.load(url)
        var changed = ReadingCache()
        for (file, entry) in kept.files {
            let meetings = try entry.meetings().map { meeting in
                var meeting = meeting
                meeting.title = title(meeting.title)
                return meeting
            }
            changed.add(file, ReadingCache.Entry(stat: entry.stat, hash: entry.hash, meetings: meetings, notes: entry.notes))
        }
        try changed.save(url, over: ReadingCache())
    }

    var readingCache: URL { URL(fileURLWithPath: indexPath).appendingPathComponent(ReadingCache.file) }

    /// The reading cache as its pairs of blocks hold it: the line each block of heads starts with
    /// (format and reader), and each file's head with its meetings' JSON.
    func keptLines() throws -> (first: String, lines: [(head: String, body: String)]) {
        let data = try Data(contentsOf: readingCache)
        let spans = Deflate.spans(data).spans
        var first = "", lines: [(head: String, body: String)] = []
        for pair in stride(from: 0, to: spans.count - 1, by: 2) {
            let heads = try #require(Deflate.inflate(data, spans[pair])), bodies = try #require(Deflate.inflate(data, spans[pair + 1]))
            var texts = String(decoding: heads, as: UTF8.self).split(separator: "\n").map(String.init)
            first = texts.removeFirst()
            for head in texts {
                let range = ReadingCache.HeadLine.head(Array(head.utf8)[...])?.head?.body ?? 0..<0  // a file gone has none
                lines.append((head, String(decoding: bodies[range], as: UTF8.self)))
            }
        }
        return (first, lines)
    }

    /// Writes the reading cache as one pair of blocks of these lines; a head that does not read is
    /// kept as written.
    func keep(_ first: String, _ lines: [(head: String, body: String)]) throws {
        let built = lines.map { head, body in
            let read = ReadingCache.HeadLine.head(Array(head.utf8)[...])
            return ReadingCache.Line(file: read?.file ?? head, head: read?.head, headers: read?.headers ?? [], body: Data(body.utf8))
        }
        var (heads, bodies) = (Data((first + "\n").utf8), Data())
        for (line, (head, _)) in zip(built, lines) {
            var kept = line.head
            kept?.body = bodies.count..<(bodies.count + line.body.count)
            heads += Data(((kept == nil && ReadingCache.HeadLine.head(Array(head.utf8)[...]) == nil ? head : ReadingCache.HeadLine.line(line.file, kept, headers: line.headers)) + "\n").utf8)
            bodies += line.body
        }
        try (try #require(Deflate.compress(heads)) + (try #require(Deflate.compress(bodies)))).write(to: readingCache)
    }
}

    /// A file whose stat changed and whose reading did not (touched, copied back) is read again and
    /// nothing is written: the metadata kept deflated is compared as kept, and is the same.
    @Test func aFileTouchedButNotChangedCommitsNothing() throws {
        let workspace = try Workspace()
        for (file, kommun) in [("a.txt", "Bjuv"), ("b.txt", "Klippan")] {
            try workspace.write(file, "Minnesanteckningar \(kommun)\n\nNärvarande: Anna Berg (Bjuv), Per Ek (Klippan)\n\n1. Familjehem\nAnna Berg tog upp familjehem.\n")
        }
        _ = try workspace.index()
        let revision = try Database(path: workspace.indexPath).revision
        let path = workspace.corpus.appendingPathComponent("a.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        let (summary, warnings) = try workspace.index()
        #expect(summary.unchanged == 2 && summary.added + summary.updated == 0 && warnings.isEmpty)
        #expect(try Database(path: workspace.indexPath).revision == revision)
    }

@Suite struct IndexerTests {
    /// Every file written again (a new analysis, or every file changed) makes a new database beside the
    /// index that then takes its place: a search, even by a searcher opened before, reads the new one,
    /// and nothing is left beside it.
    /// The metadata that grows with the corpus is kept deflated; an index written before, which holds
    /// it plain, still reads.
    @Test func theRegisterManifestAndSynonymsAreKeptDeflatedAndPlainOnesStillRead() throws {
        let workspace = try Workspace()
        let people = ["Anna", "Bengt", "Cecilia", "David", "Eva", "Fredrik"].flatMap { first in
            ["Lind", "Berg", "Holm", "Strand"].map { "\(first) \($0)" }
        }
        for number in 1...20 {
            try workspace.write(
                "möte-\(number).txt",
                "Minnesanteckningar 2021-03-\(10 + number)\n\nNärvarande: \(people.map { "\($0) (Bjuv)" }.joined(separator: ", "))\n\n1. Familjehem\nEva Holm tog upp familjehem.\n")
        }
        _ = try workspace.index()
        let register = try Searcher(indexPath: workspace.indexPath).register()
        #expect(register.count == people.count && register.allSatisfy { $0.meetings.count == 20 })
        for key in [Schema.peopleKey, Schema.manifestKey, Schema.synonymsKey] {
            let database = try Database(path: workspace.indexPath)
            let (bytes, text) = (try database.metadataBytes(key), try database.keptText(key))
            #expect(bytes.starts(with: Deflate.mark) && bytes.count < text.utf8.count && !text.isEmpty, "\(key) deflated")
        }
        #expect(try Database(path: workspace.indexPath).metadataBytes(Schema.peopleKey).count
            < Database(path: workspace.indexPath).keptText(Schema.peopleKey).utf8.count / 5)
        // As an index written before kept them.
        let database = try WritableDatabase(path: workspace.indexPath)
        for key in [Schema.peopleKey, Schema.manifestKey, Schema.synonymsKey] { try database.setMetadata(key, try database.keptText(key)) }
        try database.commit()
        #expect(try database.metadataBytes(Schema.peopleKey).starts(with: KeptRegister.numbered))
        withExtendedLifetime(database) {}
        #expect(try Searcher(indexPath: workspace.indexPath).register().map(\.name) == register.map(\.name))
    }

    /// An update reads the list of indexed files as an index written before kept it (JSON), and one
    /// that does not read whole (a block cut short) is not taken for a shorter list: the index is
    /// written anew, and files gone from the corpus are gone from it either way.
    @Test func aManifestKeptAsJSONOrDamagedStillDropsFilesGone() throws {
        let workspace = try Workspace()
        for town in ["Bjuv", "Klippan", "Svalöv"] { try workspace.write("\(town).txt", "Minnesanteckningar \(town)\nFamiljehem i \(town).") }
        _ = try workspace.index()
        func setManifest(_ bytes: (Data) throws -> Data) throws {
            let database = try WritableDatabase(path: workspace.indexPath)
            try database.setMetadata(Schema.manifestKey, bytes: try bytes(try database.metadataBytes(Schema.manifestKey)))
            try database.commit()
        }
        try setManifest { kept in
            let manifest = try Manifest(kept: Deflate.decompress(kept, whole: true)!)
            return try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: zip(manifest.files, manifest.hashes)))
        }
        try workspace.remove("Svalöv.txt")
        let (json, jsonWarnings) = try workspace.index()
        #expect(json.removed == 1 && json.unchanged == 2, "\(json)")
        #expect(!jsonWarnings.contains { "\($0)".contains("list of indexed files") }, "\(jsonWarnings)")
        #expect(try workspace.search("familjehem").total == 2)

        try setManifest { kept in kept.prefix(kept.count - 3) }
        try workspace.remove("Klippan.txt")
        let (damaged, warnings) = try workspace.index()
        #expect(warnings.contains { "\($0)".contains("list of indexed files does not read") }, "\(warnings)")
        #expect(damaged.added == 1 && damaged.unchanged == 0, "\(damaged)")
        let left = try workspace.search("familjehem")
        #expect(left.total == 1 && left.results.first?.file == "Bjuv.txt")
        // Kept synonyms that do not read are said, and the update goes on; Xapian's table, whose pairs
        // they no longer tell, is written whole (a pair it held and no group gives is gone), though
        // not the index (Åstorp's minutes hold no group's words).
        try workspace.write("Bjuv.txt", "Minnesanteckningar Bjuv\nFamiljehem och LVU i Bjuv.")
        try workspace.write("Åstorp.txt", "Minnesanteckningar Åstorp\nFamiljehem i Åstorp.")
        _ = try workspace.index()
        do {
            let database = try WritableDatabase(path: workspace.indexPath)
            try database.setMetadata(Schema.synonymsKey, bytes: try Schema.kept(Schema.synonymsKey, Data("XSa\ta b\n".utf8)).dropLast(3))
            try database.addSynonym(Schema.term(Schema.groupPrefix, "lvu"), for: "zzinget")
            try database.commit()
        }
        #expect(try workspace.search("zzinget").total == 1, "the pair held")
        try workspace.write("Bjuv.txt", "Minnesanteckningar Bjuv\nFamiljehem, LVU och budget i Bjuv.")
        let (respelt, synonymWarnings) = try workspace.index()
        #expect(respelt.unchanged == 1, "\(respelt)")
        #expect(synonymWarnings.contains { "\($0)".contains("kept synonyms do not read") }, "\(synonymWarnings)")
        #expect(try workspace.search("budget").total == 1)
        #expect(try workspace.search("zzinget").total == 0)
    }

    @Test func anIndexWrittenWholeTakesTheOldOnesPlaceAtOnce() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nFamiljehem i Klippan.")
        _ = try workspace.index()
        let before = try Searcher(indexPath: workspace.indexPath)
        #expect(try before.search("familjehem").total == 2)

        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nBudget i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nBudget i Klippan.")
        let (summary, warnings) = try workspace.index()
        #expect(summary.updated == 2 && warnings.isEmpty)
        #expect(try workspace.search("familjehem").total == 0 && workspace.search("budget").total == 2)
        // A searcher opened before reads the new database as a reopened one would a new revision.
        #expect(try before.search("familjehem").total == 0 && before.search("budget").total == 2)
        #expect(try workspace.index().0.unchanged == 2, "its manifest and readings came along")
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)
        #expect(beside.sorted() == ["Corpus", "Index"], "nothing left beside the index")
        var info = stat()
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath) {
            #expect(stat(workspace.indexPath + "/" + name, &info) == 0 && info.st_mode & 0o077 == 0, "\(name) owner-only")
        }
    }

    @Test func everyEncodingAndLineEndIsSearchableTheSameWay() throws {
        let workspace = try Workspace()
        try workspace.write("utf8.txt", "Minnesanteckningar\nFamiljehem i Höganäs")
        try workspace.write("bom.md", Data([0xEF, 0xBB, 0xBF]) + Data("# Möte\r\nSkyddsplaceringar i Höganäs\r\n".utf8))
        try workspace.write("nfd.txt", "Ma\u{0308}ngder i Ho\u{0308}gana\u{0308}s")
        // "Höganäs" in Windows-1252
        try workspace.write("ansi.txt", Data([0x48, 0xF6, 0x67, 0x61, 0x6E, 0xE4, 0x73, 0x0D, 0x0A]))
        // Notepad's "Unicode": UTF-16 little-endian after its mark, CRLF.
        try workspace.write("notepad.txt", Data([0xFF, 0xFE]) + "Anteckningar\r\nBoende i Höganäs\r\n".data(using: .utf16LittleEndian)!)
        // An old DOS system's file: "Mötet i Höganäs, Åstorp" in code page 850, CRLF.
        try workspace.write("dos.txt", Data([0x4D, 0x94, 0x74, 0x65, 0x74, 0x20, 0x69, 0x20, 0x48, 0x94, 0x67, 0x61, 0x6E, 0x84, 0x73, 0x2C, 0x20, 0x8F, 0x73, 0x74, 0x6F, 0x72, 0x70, 0x0D, 0x0A]))
        // An old Mac's: "Mötet i Höganäs" in Mac OS Roman, CR.
        try workspace.write("mac.txt", Data([0x4D, 0x9A, 0x74, 0x65, 0x74, 0x20, 0x69, 0x20, 0x48, 0x9A, 0x67, 0x61, 0x6E, 0x8A, 0x73, 0x0D]))
        // Two programs' paragraphs: "Höganäs" in Windows-1252, then UTF-8.
        try workspace.write("mixed.txt", Data([0x48, 0xF6, 0x67, 0x61, 0x6E, 0xE4, 0x73, 0x0D, 0x0A]) + Data("Träff i Båstad – och Klippan på måndag\r\n".utf8))
        // UTF-8 once read as Windows-1252 and saved again: "Möte i Höganäs".
        try workspace.write("twice.txt", "MÃ¶te i HÃ¶ganÃ¤s")
        // UTF-16 without its mark.
        try workspace.write("unmarked.txt", "Anteckningar\r\nPlacering i Höganäs\r\n".data(using: .utf16LittleEndian)!)
        try workspace.write("ignored.xlsx", "Höganäs")  // not a minutes format: passed by
        let (summary, warnings) = try workspace.index()

        #expect(summary.added == 10)
        #expect(warnings == [
            .warning(file: "ansi.txt", message: "not UTF-8; read as Windows-1252"), .warning(file: "dos.txt", message: "not UTF-8; read as DOS code page 850"),
            .warning(file: "mac.txt", message: "not UTF-8; read as Mac OS Roman"),
            .warning(file: "mixed.txt", message: "not UTF-8 throughout; its UTF-8 read as UTF-8, the rest as Windows-1252"),
            .warning(file: "twice.txt", message: "1 line(s) of UTF-8 once read as Windows-1252 (\"Ã¤\" for \"ä\") read as written"),
            .warning(file: "unmarked.txt", message: "no byte order mark; read as UTF-16LE"),
        ])
        let found = try workspace.search("Höganäs").results.map(\.file).sorted()
        #expect(found == ["ansi.txt", "bom.md", "dos.txt", "mac.txt", "mixed.txt", "nfd.txt", "notepad.txt", "twice.txt", "unmarked.txt", "utf8.txt"])
        #expect(try workspace.search("Båstad").results.map(\.file) == ["mixed.txt"])
        #expect(try workspace.search("Åstorp").results.map(\.file) == ["dos.txt"])
        #expect(try workspace.search("\"i Höganäs\"").results.map(\.file).sorted() == ["bom.md", "dos.txt", "mac.txt", "nfd.txt", "notepad.txt", "twice.txt", "unmarked.txt", "utf8.txt"])
    }

    /// A year's running document is its meetings: each found and shown on its own, named by its day,
    /// so a meeting added at the top keeps the others' names; what its bytes were read as is said once,
    /// of the file.
    @Test func aRunningDocumentIsIndexedAsItsMeetings() throws {
        let workspace = try Workspace()
        let meeting = { (day: String, place: String, who: String, topic: String) in
            "Möte \(day)\nPlats: \(place)\nNärvarande: Ada Ek, \(who)\n\n1. \(topic)\n\(who.prefix { $0 != " " }) tog upp \(topic.lowercased()).\n\n\n"
        }
        let head = "Nätverket för anhörigstöd – anteckningar 2026\n\n"
        let march = meeting("2026-03-10", "Klippan", "Eva Holm", "Familjehem"), january = meeting("2026-01-13", "Bjuv", "Per Lind", "Avlösning")
        try workspace.write("löpande.txt", try #require((head + march + january).data(using: .windowsCP1252)))
        let (_, warnings) = try workspace.index()
        #expect(warnings == [.warning(file: "löpande.txt", message: "not UTF-8; read as Windows-1252")])
        let searcher = { try Searcher(indexPath: workspace.indexPath) }
        #expect(try searcher().search("kind:meeting").results.map(\.file).sorted() == ["löpande.txt#2026-01-13", "löpande.txt#2026-03-10"])
        #expect(try searcher().search("avlösning").results.map(\.file) == ["löpande.txt#2026-01-13"])
        let older = try searcher().meeting(id: Schema.meetingID(file: "löpande.txt#2026-01-13"))
        #expect(older?.attendees.map(\.name) == ["Ada Ek", "Per Lind"] && older?.place == "Bjuv")

        try workspace.write("löpande.txt", try #require((head + meeting("2026-05-12", "Åstorp", "Ola Berg", "Sommaren") + march + january).data(using: .windowsCP1252)))
        _ = try workspace.index()
        #expect(try searcher().search("kind:meeting").results.count == 3)
        #expect(try searcher().meeting(id: Schema.meetingID(file: "löpande.txt#2026-01-13"))?.items.map(\.title) == ["Avlösning"])
    }

    /// A running document's override is each of its meetings', a meeting's own under "meetings" by its
    /// day; one naming a meeting the file does not hold is said.
    @Test func aRunningDocumentsOverrideReachesEachMeeting() throws {
        let workspace = try Workspace()
        let meeting = { (day: String, place: String, who: String) in
            "Möte \(day)\nPlats: \(place)\nNärvarande: Ada Ek, \(who)\n\n1. Budget\n\(who.prefix { $0 != " " }) tog upp budgeten.\n\n\n"
        }
        try workspace.write("löpande.txt", "Anteckningar 2026\n\n" + meeting("2026-03-10", "Klippan", "Eva Holm") + meeting("2026-01-13", "Bjuv", "Per Lind"))
        try workspace.write("löpande.txt.minnes.json", #"{"network": "IFO", "meetings": {"2026-01-13": {"place": "Åstorp"}, "2026-02-01": {"place": "Höör"}}}"#)
        let (_, warnings) = try workspace.index()
        #expect(warnings == [.warning(file: "löpande.txt.minnes.json", message: "names a meeting \"2026-02-01\" that löpande.txt does not hold (it holds: löpande.txt#2026-03-10, löpande.txt#2026-01-13); ignored")])
        let searcher = try Searcher(indexPath: workspace.indexPath)
        let march = try searcher.meeting(id: Schema.meetingID(file: "löpande.txt#2026-03-10")), january = try searcher.meeting(id: Schema.meetingID(file: "löpande.txt#2026-01-13"))
        #expect(march?.network == "IFO" && march?.place == "Klippan")
        #expect(january?.network == "IFO" && january?.place == "Åstorp")
    }

    /// A file indexed and then skipped (now binary) is kept no longer: neither its reading nor its
    /// words, as after the file is gone.
    @Test func aFileSkippedSinceItWasIndexedIsNoLongerKept() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar IFO Bjuv 2021-03-04\nNärvarande: Åsa Ek, Bjuv\n\n1. Familjehem\nVi pratade om kvarnhjulet.\n")
        try workspace.write("b.txt", "Minnesanteckningar IFO Klippan 2021-04-05\nNärvarande: Per Lind, Klippan\n\n1. Budget\nVi pratade om ekonomin.\n")
        _ = try workspace.index()
        let folder = URL(fileURLWithPath: workspace.indexPath)
        let words = { try #require(CorpusWords.load(folder.appendingPathComponent(CorpusWords.file))) }
        #expect(try words().contains("kvarnhjulet") && ReadingCache.load(workspace.readingCache).files.count == 2)
        try workspace.write("a.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        let (summary, warnings) = try workspace.index()
        #expect(warnings.count == 1 && summary.removed == 1, "\(summary) \(warnings)")
        #expect(ReadingCache.load(workspace.readingCache).files.keys.sorted() == ["b.txt"])
        #expect(try !words().contains("kvarnhjulet") && words().contains("ekonomin"))
        #expect(try workspace.search("kvarnhjulet").results.isEmpty && workspace.search("ekonomin").results.count == 1)
    }

    /// Two files of one name in two Unicode forms (one string to Swift, two files on disk) and a third
    /// deleted: the third's reading and words are kept no longer; a twin skipped leaves the other's.
    @Test func filesNamedAlikeInTwoFormsKeepTheirReadingsAndAFileGoneLeaves() throws {
        let workspace = try Workspace()
        let (nfd, nfc) = ("Mo\u{308}te.txt", "Möte.txt")
        try workspace.write(nfd, "Minnesanteckningar IFO Bjuv 2021-03-04\nNärvarande: Åsa Ek, Bjuv\n\n1. Budget\nVi pratade om ekonomin.\n")
        try workspace.write(nfc, "Minnesanteckningar IFO Bjuv 2021-05-06\nNärvarande: Åsa Ek, Bjuv\n\n1. Budget\nVi pratade om underskottet.\n")
        try workspace.write("c.txt", "Minnesanteckningar IFO Klippan 2021-04-05\nNärvarande: Per Lind, Klippan\n\n1. Familjehem\nVi pratade om kvarnhjulet.\n")
        _ = try workspace.index()
        let folder = URL(fileURLWithPath: workspace.indexPath)
        let words = { try #require(CorpusWords.load(folder.appendingPathComponent(CorpusWords.file))) }
        try workspace.remove("c.txt")
        _ = try workspace.index()
        #expect(!ReadingCache.load(workspace.readingCache).files.keys.contains("c.txt"))
        #expect(try !words().contains("kvarnhjulet") && workspace.search("kvarnhjulet").results.isEmpty)
        // One twin skipped now: the other's words and meeting stay.
        try workspace.write(nfc, Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        _ = try workspace.index()
        #expect(try words().contains("ekonomin") && workspace.search("ekonomin").results.count == 1)
        #expect(try workspace.search("kvarnhjulet").results.isEmpty)
    }

    /// A run that reads no file (an override edited) still keeps where the kept readings' blocks are:
    /// the next takes every file's head from the kept headers, reading none of the readings' heads.
    @Test func aRunThatReadsNoFileKeepsTheHeadersShortcut() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar IFO Bjuv 2021-03-04\nNärvarande: Åsa Ek, Bjuv\n\n1. Budget\nVi pratade om ekonomin.\n")
        try workspace.write("b.txt", "Minnesanteckningar IFO Klippan 2021-04-05\nNärvarande: Per Lind, Klippan\n\n1. Familjehem\nFamiljehem.\n")
        _ = try workspace.index()
        try workspace.write("a.txt.minnes.json", #"{"title": "Första mötet"}"#)
        let (summary, _) = try workspace.index()
        #expect(summary.updated == 1 && summary.unchanged == 1, "\(summary)")
        let folder = URL(fileURLWithPath: workspace.indexPath)
        let kept = try #require(KeptHeaders.load(folder.appendingPathComponent(KeptHeaders.file)))
        let cache = ReadingCache.load(workspace.readingCache, headers: kept)
        #expect(cache.files.count == 2 && cache.headsRead == 0 && cache.current)
    }

    @Test func emptyBinaryAndUnreadableFilesAreSkippedWithAWarningAndTheRunGoesOn() throws {
        let workspace = try Workspace()
        try workspace.write("empty.txt", "")
        try workspace.write("binary.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        try workspace.write("locked.txt", "hemligt")
        chmod(workspace.corpus.appendingPathComponent("locked.txt").path, 0)
        try workspace.write("good.txt", "Familjehem")
        let (summary, warnings) = try workspace.index()

        let warned = warnings.compactMap { event -> String? in
            if case .warning(let file, _) = event { return file } else { return nil }
        }
        // root reads any file, mode 0 or not; others are refused it.
        let lockedIsReadable = getuid() == 0
        #expect(summary.added == (lockedIsReadable ? 2 : 1))
        #expect(Set(warned) == (lockedIsReadable ? ["empty.txt", "binary.md"] : ["empty.txt", "binary.md", "locked.txt"]))
        #expect(summary.skipped == warned.count)
        #expect(try workspace.search("familjehem").results.map(\.file) == ["good.txt"])
        #expect(try Searcher(indexPath: workspace.indexPath).documentCount == summary.added)
    }

    @Test func anOverrideTooLargeOrWithAnEndlessNameIsIgnoredWithAWarningAndTheMinutesStillRead() throws {
        let workspace = try Workspace()
        try workspace.write("stor.txt", "Möte 2021-03-04\nFamiljehem")
        let padding = String(repeating: " ", count: 10 * 1024 * 1024)
        try workspace.write("stor.txt.minnes.json", "{\"place\": \"Bjuv\"\(padding)}")
        try workspace.write("namn.txt", "Möte 2021-03-05\nFamiljehem")
        try workspace.write("namn.txt.minnes.json", "{\"scribe\": \"\(String(repeating: "Anna ", count: 5000))\"}")
        let (summary, events) = try workspace.index()

        let warnings = events.compactMap { event -> String? in
            if case .warning(let file, let message) = event { return "\(file): \(message)" } else { return nil }
        }
        #expect(warnings.contains("stor.txt: override ignored: larger than 64 KB; an override holds a few fields"))
        #expect(warnings.contains { $0.hasPrefix("namn.txt: override ignored: \"scribe\": \"Anna Anna") && $0.hasSuffix("\" is not a name") })
        #expect(summary.added == 2)
        #expect(Set(try workspace.search("familjehem").results.map(\.file)) == ["stor.txt", "namn.txt"])
    }

    @Test func theIndexRecordsItsDictionaryAndAnotherRebuildsItSayingSo() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Möte 2021-03-04\nFöräldrarna kom.")
        try workspace.write("b.txt", "Möte 2021-03-05\nBudget.")
        _ = try workspace.index()
        #expect(try workspace.search("förälder").results.map(\.file) == ["a.txt"])

        var events: [Indexer.Event] = []
        let summary = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: workspace.indexPath, dictionary: nil)
            .run { events.append($0) }
        #expect(summary.updated == 2 && summary.unchanged == 0)
        #expect(events.contains { event in
            if case .warning(_, let message) = event { return message.hasPrefix("the Swedish dictionary changed (was /usr/share/hunspell/sv_SE") && message.hasSuffix("now none); every file is indexed again") }
            return false
        })
        // Without the dictionary's lemmas, Snowball alone does not join these forms.
        #expect(try workspace.search("förälder").results.isEmpty)
    }

    @Test func anUnchangedFileIsTakenFromTheReadingCacheAndAChangedOneReadAgain() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nBudget i Klippan.")
        _ = try workspace.index()
        let cache = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent("minnes-readings")
        var info = stat()
        #expect(stat(cache.path, &info) == 0 && info.st_mode & 0o777 == 0o600)

        // What the cache says of a file stat calls unchanged is taken as read: the file is not read again.
        try workspace.retitleKeptReadings { $0 == "Minnesanteckningar Bjuv" ? "Ur cachen" : $0 }
        // The database made again beside the cache (and without the state that answers an unchanged
        // corpus by stat alone): its documents are written from the cache.
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath) where name != ReadingCache.file {
            try FileManager.default.removeItem(atPath: workspace.indexPath + "/" + name)
        }
        _ = try workspace.index()
        #expect(try workspace.search("familjehem").results.map(\.title) == ["Ur cachen"])

        // A file whose stat changed is read again (and the other still taken from the cache).
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem och budget i Bjuv.")
        let (summary, _) = try workspace.index()
        #expect(summary.updated == 1 && summary.unchanged == 1)
        #expect(try workspace.search("familjehem").results.map(\.title) == ["Minnesanteckningar Bjuv"])
    }

    /// A kept head cut short is not taken, and meetings that are not those their check was made of
    /// are not taken when asked for (that is said): the file alone is read again, and kept whole again.
    @Test func aDamagedLineOfTheReadingCacheMeansOnlyItsFileIsReadAgain() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nFamiljehem i Klippan.")
        try workspace.write("c.txt", "Minnesanteckningar Perstorp\nFamiljehem i Perstorp.")
        _ = try workspace.index()
        let cache = workspace.readingCache
        // The cache's word for every file, then b's head cut short and c's meetings changed after their check.
        try workspace.retitleKeptReadings { $0.replacingOccurrences(of: "Minnesanteckningar", with: "Ur cachen") }
        let keptLines = try workspace.keptLines()
        var lines = keptLines.lines
        let b = try #require(lines.firstIndex { $0.head.contains("b.txt") })
        lines[b].head = String(lines[b].head.prefix(40))
        let c = try #require(lines.firstIndex { $0.head.contains("c.txt") })
        lines[c].body = lines[c].body.replacingOccurrences(of: "Perstorp.", with: "Perstorp?")
        try workspace.keep(keptLines.first, lines)
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath) where name != ReadingCache.file {
            try FileManager.default.removeItem(atPath: workspace.indexPath + "/" + name)
        }
        let (_, warnings) = try workspace.index()
        #expect(warnings == [.warning(file: "c.txt", message: "its kept reading (minnes-readings) did not decode; read again")])
        #expect(Set(try workspace.search("familjehem").results.map(\.title))
            == ["Ur cachen Bjuv", "Minnesanteckningar Klippan", "Minnesanteckningar Perstorp"])
        // All are kept whole again: a's line as it was, b's and c's read afresh.
        let kept = ReadingCache.load(cache).files
        #expect(try kept.keys.sorted() == ["a.txt", "b.txt", "c.txt"] && kept.values.allSatisfy { !(try $0.meetings()).isEmpty })
        #expect(try kept.mapValues { try $0.meetings()[0].title } == [
            "a.txt": "Ur cachen Bjuv", "b.txt": "Minnesanteckningar Klippan", "c.txt": "Minnesanteckningar Perstorp",
        ])
    }

    /// A kept reading whose meetings pass their check and still do not decode (never expected) is
    /// not indexed as its header alone: its file is read again, and that is said.
    @Test func aKeptReadingThatDoesNotDecodeIsReadAgainAndSaid() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nBudget i Klippan.")
        _ = try workspace.index()
        let cache = workspace.readingCache
        let keptLines = try workspace.keptLines()
        var lines = keptLines.lines
        let a = try #require(lines.firstIndex { $0.head.contains("a.txt") })
        let body = #"[{"not":"a meeting"}]"#
        let read = try #require(ReadingCache.HeadLine.head(Array(lines[a].head.utf8)[...]))
        let kept = try #require(read.head)
        let checked = ReadingCache.Head(stat: kept.stat, hash: kept.hash, notes: kept.notes, check: Deflate.checksum(Data(body.utf8)))
        lines[a] = (ReadingCache.HeadLine.line(read.file, checked, headers: read.headers), body)
        try workspace.keep(keptLines.first, lines)
        #expect(ReadingCache.load(cache).files["a.txt"] != nil, "its check passes")
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath) where name != ReadingCache.file {
            try FileManager.default.removeItem(atPath: workspace.indexPath + "/" + name)
        }
        let (summary, warnings) = try workspace.index()
        #expect(summary.added == 2)
        #expect(warnings == [.warning(file: "a.txt", message: "its kept reading (minnes-readings) did not decode; read again")])
        #expect(try workspace.search("familjehem").results.map(\.file) == ["a.txt"])
        // Its kept reading is replaced by what was read again, for the next run to take.
        #expect(try ReadingCache.load(cache).files["a.txt"]?.meetings().first?.title == "Minnesanteckningar Bjuv")
        // Repaired, it is not said again when nothing changed.
        let (_, again) = try workspace.index()
        #expect(again.isEmpty, "\(again)")
    }

    /// A file touched (its bytes as they were) whose kept meetings do not read back is read anew
    /// from its bytes, and kept whole again.
    @Test func aTouchedFileWhoseKeptReadingIsDamagedIsReadAnew() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Bjuv\nFamiljehem i Bjuv.")
        try workspace.write("b.txt", "Minnesanteckningar Klippan\nBudget i Klippan.")
        _ = try workspace.index()
        let keptLines = try workspace.keptLines()
        var lines = keptLines.lines
        let a = try #require(lines.firstIndex { $0.head.contains("a.txt") })
        lines[a].body = lines[a].body.replacingOccurrences(of: "Bjuv.", with: "Bjuv?")
        try workspace.keep(keptLines.first, lines)
        let path = workspace.corpus.appendingPathComponent("a.txt").path
        #expect(utimes(path, nil) == 0)
        let (summary, warnings) = try workspace.index()
        #expect(summary.unchanged == 2 && warnings.isEmpty)
        let meetings = try #require(try ReadingCache.load(workspace.readingCache).files["a.txt"]?.meetings())
        #expect(String(decoding: try JSONEncoder().encode(meetings), as: UTF8.self).contains("Familjehem i Bjuv."))
    }

    /// An update appends what it read to the reading cache as a block of its own, and a file gone
    /// as a line saying so; a later line wins. When replaced lines would outnumber current ones, or
    /// the last append was cut short, the cache is written anew, whole.
    /// The minutes' words (parts a compound may split into) are counted again only for the files
    /// read again; what is kept after updates is what counting the whole corpus gives, and kept
    /// counts that are not of the kept readings (damaged, or the readings lost) are made anew.
    @Test func theMinutesWordsAreCountedAgainOnlyForWhatChanged() throws {
        let workspace = try Workspace()
        let folder = URL(fileURLWithPath: workspace.indexPath)
        let kept = { () throws -> [String: Int] in try #require(CorpusWords.load(folder.appendingPathComponent(CorpusWords.file))).counts }
        let whole = { () -> [String: Int] in
            let readings = ReadingCache.load(folder.appendingPathComponent(ReadingCache.file)).files
            return CorpusWords.update(folder.appendingPathComponent("none"), from: [:], to: readings) { _, entry in
                (try? entry.meetings()) ?? []
            }.words.counts
        }
        try workspace.write("a.txt", "Minnesanteckningar a\nFamiljehem och kvarteret Tallbacken.")
        try workspace.write("b.txt", "Minnesanteckningar b\nBudget för Tallbacken.")
        try workspace.write("c.txt", "Minnesanteckningar c\nUngdomsmottagningen i Bjuv.")
        _ = try workspace.index()
        #expect(try kept()["tallbacken"] == 2 && kept()["ungdomsmottagningen"] == 1 && kept()["och"] == 1)
        #expect(try kept() == whole())

        try workspace.write("a.txt", "Minnesanteckningar a\nFamiljehem.")
        try workspace.remove("c.txt")
        try workspace.write("d.txt", "Minnesanteckningar d\nSkolsköterskan i Tallbacken.")
        _ = try workspace.index()
        #expect(try kept()["tallbacken"] == 2 && kept()["ungdomsmottagningen"] == nil && kept()["och"] == nil)
        #expect(try kept()["skolsköterskan"] == 1)
        #expect(try kept() == whole())

        // A file that no longer reads as text is skipped: its words are counted out.
        try workspace.write("d.txt", Data([0x00, 0xFF, 0x00, 0x01]))
        _ = try workspace.index()
        #expect(try kept()["skolsköterskan"] == nil && kept()["tallbacken"] == 1)
        #expect(try kept() == whole())
        try workspace.write("d.txt", "Minnesanteckningar d\nSkolsköterskan i Tallbacken.")
        _ = try workspace.index()
        #expect(try kept()["skolsköterskan"] == 1 && kept() == whole())

        // Damaged: counted anew from every reading.
        try Data("minnes-deflate 3\nnot a block".utf8).write(to: folder.appendingPathComponent(CorpusWords.file))
        try workspace.write("b.txt", "Minnesanteckningar b\nBudget för Tallbacken och Bjuv.")
        _ = try workspace.index()
        #expect(try kept() == whole() && kept()["och"] == 1)

        // The readings lost (a new reader, a damaged cache): the kept counts are not of them.
        try FileManager.default.removeItem(at: folder.appendingPathComponent(ReadingCache.file))
        try workspace.write("b.txt", "Minnesanteckningar b\nBudget för Tallbacken.")
        _ = try workspace.index()
        #expect(try kept() == whole() && kept()["och"] == nil)
    }

    @Test func theReadingCacheIsAppendedToAndWrittenAnewWhenMostlyReplaced() throws {
        let workspace = try Workspace()
        let cache = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(ReadingCache.file)
        let blocks = { () throws -> Int in
            let data = try Data(contentsOf: cache)
            var (count, from) = (0, data.startIndex)
            while let found = data.range(of: Deflate.mark, in: from..<data.endIndex) { (count, from) = (count + 1, found.upperBound) }
            return count
        }
        for name in ["a", "b", "c", "d", "e", "f"] { try workspace.write("\(name).txt", "Minnesanteckningar \(name)\nFamiljehem i Bjuv.") }
        _ = try workspace.index()
        #expect(try blocks() == 2, "a block of heads, one of meetings")

        try workspace.write("a.txt", "Minnesanteckningar a\nBudget i Bjuv.")
        try FileManager.default.removeItem(at: workspace.corpus.appendingPathComponent("c.txt"))
        let (summary, _) = try workspace.index()
        #expect(summary.updated == 1 && summary.removed == 1 && summary.unchanged == 4)
        #expect(try blocks() == 6, "a pair of what was read, one of what is gone")
        var kept = ReadingCache.load(cache)
        #expect(kept.current && kept.files.keys.sorted() == ["a.txt", "b.txt", "d.txt", "e.txt", "f.txt"])
        let size = try FileManager.default.attributesOfItem(atPath: workspace.corpus.appendingPathComponent("a.txt").path)[.size] as? Int
        #expect(kept.files["a.txt"].map { Int($0.stat.size) } == size, "the later line wins")

        // Lines replaced again and again: written anew before they outnumber the current ones.
        for round in 0..<4 {
            try workspace.write("a.txt", "Minnesanteckningar a\nBudget \(round) i Bjuv.")
            try workspace.write("b.txt", "Minnesanteckningar b\nBudget \(round) i Klippan.")
            _ = try workspace.index()
            #expect(try blocks() <= 8)
        }
        kept = ReadingCache.load(cache)
        #expect(kept.files.count == 5)

        // An append cut short: the blocks before it still count, and the next save writes anew.
        let data = try Data(contentsOf: cache)
        try workspace.write("b.txt", "Minnesanteckningar b\nSlutligen i Klippan.")
        _ = try workspace.index()
        let appended = try Data(contentsOf: cache)
        if appended.count > data.count {
            try appended.prefix(data.count + (appended.count - data.count) / 2).write(to: cache)
            kept = ReadingCache.load(cache)
            #expect(!kept.current && kept.files.count == 5)
            try workspace.write("a.txt", "Minnesanteckningar a\nSlutligen i Bjuv.")
            _ = try workspace.index()
            #expect(try blocks() == 4, "the other files' lines, then what was read")
            #expect(ReadingCache.load(cache).files.count == 5)
        } else {
            Issue.record("the update did not append (\(data.count) then \(appended.count) bytes)")
        }
        #expect(try workspace.search("slutligen").results.count == 2)

        // Written anew a block at a time, the whole is read back as it was.
        let again = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent("again")
        try kept.save(again, over: ReadingCache(), blockSize: 100)
        let blocksAgain = String(decoding: try Data(contentsOf: again), as: UTF8.self).components(separatedBy: "minnes-deflate").count - 1
        #expect(blocksAgain == 10)
        let read = ReadingCache.load(again)
        #expect(read.current && read.files.keys.sorted() == kept.files.keys.sorted())
        #expect(read.files.keys.allSatisfy { read.files[$0]?.hash == kept.files[$0]?.hash })
        // A block lost: the pairs after it are out of step (meetings where heads should be) and not
        // read, nor is a block of heads without its meetings; either way the next save writes anew.
        let whole = try Data(contentsOf: again), spans = Deflate.spans(whole).spans
        let broken = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent("broken")
        try (whole[spans[0]] + whole[spans[1]]).write(to: broken)
        let firstPair = Array(ReadingCache.load(broken).files.keys)
        #expect(!firstPair.isEmpty && firstPair.count < kept.files.count && ReadingCache.load(broken).current)
        for blocks in [[0, 1, 3, 4, 5, 6, 7, 8], [0, 1, 2]] {
            try blocks.reduce(into: Data()) { $0 += whole[spans[$1]] }.write(to: broken)
            let loaded = ReadingCache.load(broken)
            #expect(!loaded.current && loaded.files.keys.sorted() == firstPair.sorted(), "\(blocks)")
        }

        // A loaded cache's meetings are read from the file it was loaded from as they are asked for,
        // also once an update's save has written that file anew.
        try ReadingCache().save(again, over: ReadingCache())
        let meetings = try read.files["a.txt"].map { try String(decoding: JSONEncoder().encode($0.meetings()), as: UTF8.self) }
        #expect(meetings?.contains("Budget 3 i Bjuv") == true)
    }

    /// A changed file's documents are written in place of its old ones; an agenda item it no longer
    /// has is gone from the index, and one it gains is there.
    @Test func aChangedFilesItemsAreReplacedAndThoseItLostDeleted() throws {
        let workspace = try Workspace()
        let minutes = { (items: [String]) in
            "Minnesanteckningar IFO-chefsnätverket 2024-03-14\n\n" + items.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined()
        }
        try workspace.write("a.txt", minutes(["Familjehem", "Budget", "Ensamkommande barn"]))
        try workspace.write("b.txt", minutes(["Budget i Bjuv", "Övrigt"]))
        _ = try workspace.index()
        let count = { () -> Int in (try? Database(path: workspace.indexPath).documentCount) ?? -1 }
        #expect(count() == 7, "\(count())")
        #expect(try workspace.search("ensamkommande").results.count == 1)

        try workspace.write("a.txt", minutes(["Familjehem och budget", "Missbruksvård"]))
        #expect(try workspace.index().0.updated == 1)
        #expect(count() == 6, "\(count())")
        #expect(try workspace.search("ensamkommande").results.isEmpty)
        #expect(try workspace.search("missbruksvård").results.count == 1)
        #expect(try workspace.search("budget").results.count == 2)

        try workspace.write("a.txt", minutes(["Familjehem", "Budget", "Ensamkommande barn", "Övrigt"]))
        _ = try workspace.index()
        #expect(count() == 8, "\(count())")
        #expect(try workspace.search("ensamkommande").results.count == 1)
        #expect(try workspace.search("missbruksvård").results.isEmpty)
        // Items take the places of the file's documents, the meeting its own: each shown whole.
        let searcher = try Searcher(indexPath: workspace.indexPath)
        for (file, titles) in [("a.txt", ["Familjehem", "Budget", "Ensamkommande barn", "Övrigt"]), ("b.txt", ["Budget i Bjuv", "Övrigt"])] {
            let meeting = try searcher.meeting(id: Schema.meetingID(file: file))
            #expect(meeting?.file == file && meeting?.items.map(\.title) == titles, "\(String(describing: meeting))")
        }
        #expect(try searcher.search("kind:meeting").results.count == 2)
    }

    @Test func reindexingIsIdempotentAndFollowsChangesAndRemovals() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Familjehem i Bjuv")
        try workspace.write("sub/b.md", "Försörjningsstöd i Klippan")
        #expect(try workspace.index().0.added == 2)

        let again = try workspace.index().0
        #expect(again.unchanged == 2 && again.added == 0 && again.updated == 0)
        #expect(try Searcher(indexPath: workspace.indexPath).documentCount == 2)

        try workspace.write("a.txt", "Familjehem i Perstorp")
        try workspace.remove("sub/b.md")
        let changed = try workspace.index().0
        #expect(changed.updated == 1 && changed.removed == 1 && changed.unchanged == 0)
        #expect(try Searcher(indexPath: workspace.indexPath).documentCount == 1)
        #expect(try workspace.search("Perstorp").results.map(\.file) == ["a.txt"])
        #expect(try workspace.search("Bjuv").results.isEmpty)
        #expect(try workspace.search("Klippan").results.isEmpty)
    }

    /// Nothing changed, by stat: the run answers from `minnes-state` without reading, and still says
    /// what it skipped; a change of content or of mode is seen.
    @Test func anUnchangedCorpusIsAnsweredByStatAndStillSaysWhatItSkipped() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Familjehem i Bjuv")
        try workspace.write("b.txt", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00]))
        let (first, warned) = try workspace.index()
        #expect(first.added == 1 && first.skipped == 1)
        let state = workspace.indexPath + "/minnes-state"
        #expect(FileManager.default.fileExists(atPath: state))
        // The cache of readings is gone: a run that read anything would have to read a.txt again.
        try FileManager.default.removeItem(atPath: workspace.indexPath + "/minnes-readings")
        let (again, warnedAgain) = try workspace.index()
        #expect(again.unchanged == 1 && again.skipped == 1 && again.added == 0 && again.updated == 0)
        #expect(warnedAgain == warned, "the skipped file is named again")
        #expect(!FileManager.default.fileExists(atPath: workspace.indexPath + "/minnes-readings"), "nothing was read")
        var info = stat()
        #expect(stat(state, &info) == 0 && info.st_mode & 0o077 == 0)

        try workspace.write("a.txt", "Familjehem i Perstorp")
        #expect(try workspace.index().0.updated == 1)
        #expect(try workspace.search("Perstorp").results.count == 1)
        // Only its mode changes: the file is looked at again (the reading cache still knows it).
        chmod(workspace.corpus.appendingPathComponent("a.txt").path, 0o600)
        #expect(try workspace.index().0.unchanged == 1)
        #expect(FileManager.default.fileExists(atPath: workspace.indexPath + "/minnes-readings"), "this run read")
    }

    /// A searcher's scratch left behind (its lock file held by no process) is removed, and so is one
    /// that lost its lock file an hour ago or more; one whose lock is held (a searcher at work, in this
    /// process or another), one without a lock file changed within the hour (being made), and a link
    /// are kept.
    @Test func onlyTheScratchNoProcessHoldsIsRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-scratch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = { (name: String, lock: Bool) throws -> URL in
            let url = folder.appendingPathComponent(Shards.scratchPrefix + name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            if lock { try Data().write(to: url.appendingPathComponent(Shards.scratchLockFile)) }
            return url
        }
        let left = try scratch("left", true), held = try scratch("held", true), unlocked = try scratch("unlocked", false)
        let lost = try scratch("lost", false)
        var twoHoursAgo = [timespec(tv_sec: time(nil) - 7200, tv_nsec: 0), timespec(tv_sec: time(nil) - 7200, tv_nsec: 0)]
        try #require(utimensat(AT_FDCWD, lost.path, &twoHoursAgo, 0) == 0)
        let holder = open(held.appendingPathComponent(Shards.scratchLockFile).path, O_RDWR | O_CLOEXEC)
        try #require(holder >= 0 && flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        // A link named as scratch, to a folder with a lock no one holds.
        let target = folder.appendingPathComponent("target")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data().write(to: target.appendingPathComponent(Shards.scratchLockFile))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(Shards.scratchPrefix + "link"), withDestinationURL: target)

        Shards.removeLeftoverScratch(in: folder)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(!names.contains(left.lastPathComponent), "a scratch no process holds is removed")
        #expect(names.contains(held.lastPathComponent), "a held one is kept")
        #expect(names.contains(unlocked.lastPathComponent), "one without a lock file, changed within the hour, is kept")
        #expect(!names.contains(lost.lastPathComponent), "one without a lock file for two hours is removed")
        #expect(names.contains(Shards.scratchPrefix + "link") && names.contains("target"), "a link and what it names are kept")
    }

    /// What is kept deflated comes back byte for byte, over several of its chunks and empty; a file
    /// that is not one, or is cut short, is refused (the cache is then read afresh).
    @Test func deflatedFilesComeBackWholeOrNotAtAll() throws {
        let text = Data((0..<20_000).map { "rad \($0): familjehem i Bjuv\n" }.joined().utf8)
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) })  // grows when deflated
        for data in [text, Data(), noise] {
            let kept = try #require(Deflate.compress(data))
            #expect(Deflate.decompress(kept) == data)
        }
        let kept = try #require(Deflate.compress(text))
        #expect(kept.count < text.count / 4)
        #expect(Deflate.decompress(kept.prefix(kept.count / 2)) == nil)
        #expect(Deflate.decompress(text) == nil)
        // Its first bytes alone, inflated no further (a reading cache's entry is checked by its own CRC).
        for count in [0, 1, 4_097, text.count - 1, text.count, text.count + 1] {
            #expect(Deflate.prefix(kept, at: kept.startIndex, count: count) == text.prefix(count))
        }
        #expect(Deflate.prefix(kept, at: kept.startIndex, count: nil) == text)
        #expect(Deflate.prefix(kept.prefix(kept.count / 2), at: kept.startIndex, count: 10) == nil)
        // Bytes where the stream should be do not inflate to as many bytes as asked.
        var garbled = kept
        garbled.replaceSubrange((Deflate.mark.count + 20)..<garbled.endIndex, with: Data(repeating: 0xFF, count: kept.count - Deflate.mark.count - 20))
        #expect(Deflate.prefix(garbled, at: garbled.startIndex, count: 1_000) == nil)
        // Of several blocks, those before a damaged one; all or none when the whole is asked for.
        let second = try #require(Deflate.compress(Data("andra".utf8)))
        #expect(Deflate.decompress(kept + second, whole: true) == text + Data("andra".utf8))
        #expect(Deflate.decompress(kept + second.prefix(second.count - 1)) == text)
        #expect(Deflate.decompress(kept + second.prefix(second.count - 1), whole: true) == nil)
        // A length that does not say what the stream gives, shorter or longer, is damage too.
        for said in [UInt64(text.count - 1), UInt64(text.count + 1)] {
            var wrong = kept
            wrong.replaceSubrange(Deflate.mark.count..<(Deflate.mark.count + 8), with: withUnsafeBytes(of: said.littleEndian) { Data($0) })
            #expect(Deflate.decompress(wrong) == nil)
        }
        // Noise is kept as deflate's stored blocks: a bit flipped there still inflates, to other bytes
        // of the same length, which the block's CRC-32 refuses.
        let stored = Data(noise.prefix(2_000))
        var flipped = try #require(Deflate.compress(stored))
        flipped[flipped.endIndex - 100] ^= 0x08
        #expect(Deflate.decompress(flipped) == nil)
        // A block of the mark before (no CRC) still reads: an index kept so is read as it was.
        let checked = try #require(Deflate.compress(text))
        let header = Deflate.mark.count + 16
        let before = Data("minnes-deflate 3\n".utf8) + checked[header - 16..<header] + checked[(header + 4)...]
        #expect(Deflate.decompress(before) == text)
        // A stream zlib deflated (as Minnes did before libdeflate: level 1, raw) still reads, whole
        // and its first bytes alone.
        let written = Data(String(repeating: "Närvarande: Anna Ek (Bjuv), Olle Berg (Klippan)\n", count: 3).utf8)
        let zlib = Data(Self.zlibStream)
        let length = { (value: Int) in withUnsafeBytes(of: UInt64(value).littleEndian) { Data($0) } }
        let block = Deflate.mark + length(written.count) + length(zlib.count)
            + withUnsafeBytes(of: Deflate.checksum(written).littleEndian) { Data($0) } + zlib
        #expect(Deflate.decompress(block, whole: true) == written)
        #expect(Deflate.prefix(block, at: block.startIndex, count: 20) == written.prefix(20))
    }

    /// zlib's raw deflate, level 1, of three lines "Närvarande: Anna Ek (Bjuv), Olle Berg (Klippan)".
    static let zlibStream: [UInt8] = [
        0xf3, 0x3b, 0xbc, 0xa4, 0xa8, 0x2c, 0xb1, 0x28, 0x31, 0x2f, 0x25, 0xd5, 0x4a, 0xc1, 0x31, 0x2f, 0x2f, 0x51,
        0xc1, 0x35, 0x5b, 0x41, 0xc3, 0x29, 0xab, 0xb4, 0x4c, 0x53, 0x47, 0xc1, 0x3f, 0x27, 0x27, 0x55, 0xc1, 0x29,
        0xb5, 0x28, 0x5d, 0x41, 0xc3, 0x3b, 0x27, 0xb3, 0xa0, 0x20, 0x31, 0x4f, 0x93, 0xcb, 0x8f, 0xe6, 0x1a, 0x00,
    ]

    /// A new meeting that adds a spelling of one person rewrites the meetings that name that person
    /// (their terms change), not every meeting: what is rewritten is what really changed.
    @Test func aNewSpellingRewritesOnlyTheMeetingsThatHoldThatPerson() throws {
        let workspace = try Workspace()
        func minutes(_ date: String, _ present: String, _ item: String) -> String {
            "Minnesanteckningar Nätverket\nDatum: \(date)\nNärvarande: \(present)\n\n1. Ärende\n\(item)\n"
        }
        try workspace.write("a.txt", minutes("2021-01-10", "Lovisa Strand (Bjuv), Petter Ek (Klippan)", "Lovisa Strand informerade om familjehem."))
        try workspace.write("b.txt", minutes("2021-02-10", "Petter Ek (Klippan), Hanna Sjö (Höganäs)", "Hanna Sjö berättade om budgeten."))
        try workspace.write("c.txt", minutes("2021-03-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Petter Ek tog upp LVU."))
        // e names her in its text only, in the spelling d will bring.
        try workspace.write("e.txt", minutes("2021-05-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Hälsningar från Lovisa Strant om skolan."))
        #expect(try workspace.index().0.added == 4)
        // "Lovisa Strant" is Lovisa Strand spelled otherwise: a's meeting gains that spelling's terms.
        try workspace.write("d.txt", minutes("2021-04-10", "Lovisa Strant (Bjuv), Petter Ek (Klippan)", "Lovisa Strant informerade om placeringar."))
        let summary = try workspace.index().0
        #expect(summary.added == 1)
        #expect(summary.updated <= 2 && summary.unchanged >= 2, "\(summary)")
        // e holds the new spelling in its text: it is rewritten, and found by her name as a phrase.
        #expect(try workspace.search("Lovisa Strand skolan").results.map(\.file) == ["e.txt"])
        // And the person is found in the old meeting under the new spelling.
        let found = try workspace.search("person:\"Lovisa Strant\"").results.map(\.file)
        #expect(Set(found) == ["a.txt", "d.txt"], "\(found)")
    }

    /// Which unchanged meetings may hold a new spelling is asked of the index's words, however the
    /// text wrote it: possessive, in capitals, joined by an underscore or an apostrophe, in a title, in
    /// an agenda item.
    @Test func aNewSpellingIsFoundInUnchangedTextsWhereverItIsWritten() throws {
        let workspace = try Workspace()
        func minutes(_ date: String, _ present: String, title: String = "Ärende", _ item: String) -> String {
            "Minnesanteckningar Nätverket\nDatum: \(date)\nNärvarande: \(present)\n\n1. \(title)\n\(item)\n"
        }
        let present = "Hanna Sjö (Höganäs), Petter Ek (Klippan)"
        try workspace.write("a.txt", minutes("2021-01-10", "Lovisa Strand (Bjuv), Petter Ek (Klippan)", "Lovisa Strand informerade."))
        let mentions = [
            "possessive": "Lovisa Strants förslag om vikarier.", "capitals": "Om kolonier, LOVISA STRANT.",
            "underscore": "Skickat till lovisa_strant om kiosker.", "apostrophe": "Hälsning från d'Lovisa Strant om kameler.",
        ]
        for (number, (file, text)) in mentions.sorted(by: { $0.key < $1.key }).enumerated() {
            try workspace.write("\(file).txt", minutes("2021-02-1\(number)", present, text))
        }
        try workspace.write("title.txt", minutes("2021-03-10", present, title: "Lovisa Strant om karuseller", "Inget mer."))
        try workspace.write("apart.txt", minutes("2021-03-11", present, "Lovisa kom. Strant är en ort."))
        try workspace.write("item.txt", minutes("2021-03-12", present, "Inget.\n\n2. Övrigt\nLovisa Strant om kanoter.\n\n3. Nästa möte\nI maj."))
        _ = try workspace.index()
        #expect(try workspace.search("Lovisa Strand kolonier").total == 0)

        try workspace.write("d.txt", minutes("2021-04-10", "Lovisa Strant (Bjuv), Petter Ek (Klippan)", "Lovisa Strant informerade."))
        let summary = try workspace.index().0
        #expect(summary.added == 1 && summary.updated == 6 && summary.unchanged == 2, "\(summary)")
        for word in ["vikarier", "kolonier", "kiosker", "kameler", "karuseller", "kanoter"] {
            #expect(try workspace.search("Lovisa Strand \(word)").total == 1, "\(word)")
        }
        // Her two words in two sentences are no mention: that meeting is looked through, not rewritten
        // (nor is a's, whose text holds only the spelling it had).
        #expect(try workspace.search("Lovisa Strand ort").total == 0)
    }

    /// A decision listed apart at the end of the minutes is its item's text: a new spelling written
    /// only there rewrites that meeting, as one in the item's own text does.
    @Test func aNewSpellingInADecisionListedApartRewritesItsMeeting() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar Nätverket\nDatum: 2021-01-10\nNärvarande: Lovisa Strand (Bjuv), Petter Ek (Klippan)\n\n1. Ärende\nLovisa Strand informerade.\n")
        try workspace.write("beslut.txt", """
            Minnesanteckningar Nätverket
            Datum: 2021-02-10
            Närvarande: Hanna Sjö (Höganäs), Petter Ek (Klippan)

            1. Sommarläger
            Vi talade om lägret.
            2. Övrigt
            Inget.

            BESLUT OCH UPPDRAG
            p. 1   Lovisa Strant ordnar kolonierna.
            """)
        _ = try workspace.index()
        #expect(try workspace.search("kolonierna").results.map(\.title) == ["Sommarläger"])
        #expect(try workspace.search("Lovisa Strand kolonierna").total == 0)
        try workspace.write("d.txt", "Minnesanteckningar Nätverket\nDatum: 2021-04-10\nNärvarande: Lovisa Strant (Bjuv), Petter Ek (Klippan)\n\n1. Ärende\nLovisa Strant informerade.\n")
        let summary = try workspace.index().0
        #expect(summary.added == 1 && summary.updated >= 1, "\(summary)")
        #expect(try workspace.search("Lovisa Strand kolonierna").results.map(\.file) == ["beslut.txt"])
    }

    /// A word of the minutes is a part compounds may split into: when one first appears, an unchanged
    /// file whose compound now splits into it is written again, and found by it, as a new index finds it.
    @Test func aWordNewToTheMinutesSplitsTheCompoundsOfUnchangedFiles() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar\nDatum: 2021-01-10\n\n1. Lokaler\nFlytten till Kvarnbyskolan dröjer.")
        try workspace.write("b.txt", "Minnesanteckningar\nDatum: 2021-02-10\n\n1. Budget\nBudgeten är lagd.")
        _ = try workspace.index()
        #expect(try workspace.search("kvarnby").total == 0)

        try workspace.write("c.txt", "Minnesanteckningar\nDatum: 2021-03-10\n\n1. Besök\nVi besökte Kvarnby.")
        let summary = try workspace.index().0
        #expect(summary.added == 1 && summary.updated == 1 && summary.unchanged == 1, "\(summary)")
        #expect(try Set(workspace.search("kvarnby").results.map(\.file)) == ["a.txt", "c.txt"])

        // And when it is gone from the minutes again, the compound no longer splits into it.
        try workspace.remove("c.txt")
        #expect(try workspace.index().0.updated == 1)
        #expect(try workspace.search("kvarnby").total == 0)
    }

    /// A surname made of a first name ("Torgnysson") is not split into it: searching the first name
    /// does not find it, and a first name that comes to the minutes rewrites no file for its surnames.
    @Test func aFirstNameNewToTheMinutesRewritesNoFileForItsSurnames() throws {
        let workspace = try Workspace()
        func minutes(_ date: String, _ present: String, _ text: String) -> String {
            "Minnesanteckningar\nDatum: \(date)\nNärvarande: \(present)\n\n1. Ärende\n\(text)\n"
        }
        let usual = "Berit Åkerlund (Bjuv), Petter Ek (Klippan)"
        try workspace.write("a.txt", minutes("2021-01-10", usual, "Familjen Torgnysson har flyttat till Bjuv."))
        try workspace.write("b.txt", minutes("2021-02-10", usual, "Budgeten är lagd."))
        _ = try workspace.index()

        try workspace.write("c.txt", minutes("2021-03-10", usual, "Torgny från regionen berättade om LSS."))
        let summary = try workspace.index().0
        #expect(summary.added == 1 && summary.updated == 0 && summary.unchanged == 2, "\(summary)")
        #expect(try Set(workspace.search("torgny").results.map(\.file)) == ["c.txt"])
    }

    /// An update changes only the pairs of the synonym table that differ, and leaves what a new index
    /// of the same minutes holds: a spelling no minutes write any more finds no one, one written again
    /// finds its person's minutes again.
    @Test func anUpdateLeavesTheSynonymsANewIndexWouldHold() throws {
        let workspace = try Workspace()
        func minutes(_ date: String, _ name: String) -> String {
            "Minnesanteckningar IFO-chefsnätverket\nDatum: \(date)\nNärvarande: \(name) (Bjuv), Petter Ek (Klippan)\n\n1. Ärende\n\(name) tog upp LVU.\n"
        }
        try workspace.write("a.txt", minutes("2021-01-10", "Filippa Kurve"))
        try workspace.write("b.txt", minutes("2021-02-10", "Filippa Kurdve"))
        _ = try workspace.index()
        let found = { (index: String) throws in Set(try Searcher(indexPath: index).search("Filippa Kurve").results.map(\.file)) }
        #expect(try found(workspace.indexPath) == ["a.txt", "b.txt"], "b.txt through the spelling a.txt wrote")
        var fresh = 0
        func anew() throws -> String {
            fresh += 1
            let other = workspace.root.appendingPathComponent("fresh-\(fresh)").path
            _ = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: other).run()
            return other
        }
        try workspace.write("a.txt", minutes("2021-01-10", "Filippa Kurdve"))
        #expect(try workspace.index().0.updated == 1)
        #expect(try found(workspace.indexPath) == [])
        #expect(try found(anew()) == [])
        try workspace.write("c.txt", minutes("2021-03-10", "Filippa Kurve"))
        _ = try workspace.index()
        #expect(try found(workspace.indexPath) == ["a.txt", "b.txt", "c.txt"])
        #expect(try found(anew()) == ["a.txt", "b.txt", "c.txt"])
    }

    /// An update resolves again only the meetings whose questions to the register are answered
    /// otherwise; what it keeps is what a new index of the same minutes keeps, step by step: a first
    /// name that comes to fit two people, a colleague who moves to another network, one who is gone.
    @Test func anUpdateResolvesAgainOnlyWhatOtherMinutesChangedAndKeepsWhatANewIndexWould() throws {
        let workspace = try Workspace()
        func minutes(_ network: String, _ date: String, _ present: String, _ item: String) -> String {
            "Minnesanteckningar \(network)\nDatum: \(date)\nNärvarande: \(present)\n\n1. Ärende\n\(item)\n\n2. Övrigt\nInget.\n"
        }
        let ifo = "IFO-chefsnätverket"
        try workspace.write("a.txt", minutes(ifo, "2021-01-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Anna tog upp LVU."))
        try workspace.write("b.txt", minutes(ifo, "2021-02-10", "Anna Berg (Bjuv), Petter Ek (Klippan)", "Petter Ek tog upp budgeten."))
        try workspace.write("c.txt", minutes(ifo, "2021-03-10", "Anna Berg (Bjuv), Hanna Sjö (Höganäs)", "Hanna tog upp familjehem."))
        var fresh = 0
        func keptAlike() throws -> Bool {
            fresh += 1
            let other = workspace.root.appendingPathComponent("fresh-\(fresh)").path
            _ = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: other).run()
            let kept = { (path: String) throws in
                try [Schema.manifestKey, Schema.peopleKey, Schema.synonymsKey].map { try Database(path: path).keptText($0) }
            }
            // The resolution kept (an update appends to it) reads back as a new index's.
            return try kept(workspace.indexPath) == kept(other) && keptResolution(workspace.indexPath) == keptResolution(other)
        }
        _ = try workspace.index()
        #expect(try workspace.search("raised:\"Anna Berg\"").results.map(\.file) == ["a.txt"])

        // Another Anna at the network's meetings: a's "Anna" fits two.
        try workspace.write("d.txt", minutes(ifo, "2021-04-10", "Anna Lind (Bjuv), Petter Ek (Klippan)", "Petter tog upp LSS."))
        #expect(try workspace.index().0.updated == 1)
        #expect(try workspace.search("raised:\"Anna Berg\"").total == 0)
        #expect(try keptAlike())

        // She moves to another network: at IFO's meetings, "Anna" is Anna Berg again.
        try workspace.write("d.txt", minutes("Socialchefsnätverket", "2021-04-10", "Anna Lind (Bjuv), Olle Ek (Klippan)", "Olle tog upp LSS."))
        #expect(try workspace.index().0.updated == 2)
        #expect(try workspace.search("raised:\"Anna Berg\"").results.map(\.file) == ["a.txt"])
        #expect(try keptAlike())

        // An unrelated change resolves nothing else again; and what is gone is gone.
        try workspace.write("c.txt", minutes(ifo, "2021-03-10", "Anna Berg (Bjuv), Hanna Sjö (Höganäs)", "Hanna tog upp skolan."))
        #expect(try workspace.index().0.updated == 1)
        #expect(try keptAlike())
        try workspace.remove("d.txt")
        _ = try workspace.index()
        #expect(try keptAlike())

        // Kept whole, it reads back as written; damaged, it is not used: every meeting is resolved again.
        let kept = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(Resolution.file)
        var resolution = try #require(Resolution.load(kept))
        #expect(resolution.records.count == 3 && resolution.questions.count == resolution.answers.count)
        #expect(resolution.records["a.txt"].map { resolution.learned($0.learned) }?.contains(.raised(1, by: "Anna Berg")) == true)
        // Written whole, the questions only the minutes gone asked are left out.
        resolution.kept = nil
        try resolution.save(kept)
        resolution = try #require(Resolution.load(kept))
        #expect(!resolution.questions.contains { "\($0)".contains("Olle") }, "asked only by the minutes gone")
        #expect(resolution.records.count == 3 && resolution.questions.count == resolution.answers.count)
        try Data(try Data(contentsOf: kept).prefix(40)).write(to: kept)
        #expect(Resolution.load(kept) == nil)
        for count in ["-1\t0\t0\t0", "2\t0\t0\t0", "x\t0\t0\t0", "1\t1\t0\t0", "1\t0\t1\t0", "1\t0\t0\t1", "1\t0\t0",
                      "9223372036854775807\t9223372036854775807\t2\t0"] {
            try #require(Deflate.compress(Data("minnes-resolution 5\tbasis\t\(count)\ne\u{1F}Anna\tx\n".utf8))).write(to: kept)
            #expect(Resolution.load(kept) == nil, "\(count) questions, answers, names, records")
        }
        // A name without its mark is not one the file holds.
        try #require(Deflate.compress(Data("minnes-resolution 5\tbasis\t1\t0\t1\t0\ne\u{1F}Anna\tx\nAnna\n".utf8))).write(to: kept)
        #expect(Resolution.load(kept) == nil)
        try #require(Deflate.compress(Data("minnes-resolution 5\tbasis\t1\t0\t1\t0\ne\u{1F}Anna\tx\nnAnna\n".utf8))).write(to: kept)
        #expect(Resolution.load(kept)?.answers == ["x"] && Resolution.load(kept)?.names == ["Anna"] && Resolution.load(kept)?.kept?.names == 1)
        // As a run before this format kept it: not used (every meeting is resolved again).
        try #require(Deflate.compress(Data("minnes-resolution 4\tbasis\t1\t0\t0\ne\u{1F}Anna\tx\n".utf8))).write(to: kept)
        #expect(Resolution.load(kept) == nil)

        // A large archive's is written a block at a time (a line may not end where a block does), and
        // reads back whole.
        var large = Resolution()
        (large.questions, large.answers, large.basis) = ([.entry("Anna Berg")], ["Anna Berg\u{1F}Bjuv"], "basis")
        for number in 0..<30_000 {
            let learned = large.numbered([.raised(number, by: "Anna Berg")])
            large[record: "arkiv/\(number).txt"] = .init(
                content: String(repeating: "\(number % 10)", count: 64), asked: [0], learned: learned, inferred: "IFO\u{1F}Bjuv",
                kept: "k\(number)")
        }
        // A file's name may hold a tab or a line break.
        large[record: "arkiv/rad\nbrytning\tflik.txt"] = .init(content: "c", asked: [], learned: [], inferred: "IFO\u{1F}Rum\t2", kept: nil)
        try large.save(kept)
        #expect(try Data(contentsOf: kept).count > 10_000, "written")
        #expect(Resolution.load(kept)?.records["arkiv/rad\nbrytning\tflik.txt"]?.inferred == "IFO\u{1F}Rum\t2")
        let read = try #require(Resolution.load(kept))
        #expect(read.records.count == 30_001 && read.questions == large.questions && read.answers == large.answers)
        #expect(read.records["arkiv/29999.txt"]?.kept == "k29999" && read.records["arkiv/12345.txt"]?.content == large.records["arkiv/12345.txt"]?.content)

        // An update appends what differs (a record changed, one gone, a question new, an answer
        // changed), and reads back as it is; what is written again whole is as large as before.
        let whole = try Data(contentsOf: kept).count
        var next = read
        let variant = next.numbered([.variant("A. Berg", of: "Anna Berg")])
        next[record: "arkiv/7.txt"]?.learned = variant
        next[record: "arkiv/8.txt"] = nil
        (next.questions, next.answers) = (next.questions + [.entry("Bo Ek")], ["Anna Berg\u{1F}Höganäs", "Bo Ek\u{1F}"])
        try next.save(kept)
        let appended = try Data(contentsOf: kept).count - whole
        #expect(appended > 0 && appended < 1_000, "appended, not written whole: \(appended) bytes")
        var again = try #require(Resolution.load(kept))
        #expect(again.records == next.records && again.questions == next.questions && again.answers == next.answers)
        #expect(again.records["arkiv/8.txt"] == nil && again.records.count == 30_000 && again.kept?.lines == 30_003)
        try again.save(kept)
        #expect(try Data(contentsOf: kept).count == whole + appended, "nothing differs: nothing written")
        for file in again.records.keys { again[record: file]?.kept = "again" }
        try again.save(kept)
        let rewritten = try #require(Resolution.load(kept))
        #expect(rewritten.kept?.lines == 30_000, "more lines replaced than current: written whole")
        #expect(rewritten.records == again.records)
        // An append cut short is not used.
        var last = try #require(Resolution.load(kept))
        last[record: "arkiv/9.txt"]?.kept = "cut"
        try last.save(kept)
        try Data(try Data(contentsOf: kept).dropLast(3)).write(to: kept)
        #expect(Resolution.load(kept) == nil)
        try workspace.write("a.txt", minutes(ifo, "2021-01-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Anna tog upp LVU igen."))
        _ = try workspace.index()
        #expect(try keptAlike())
    }

    /// An update that removes minutes and changes others appends to the kept resolution (a line
    /// for each record changed, one for each file gone), which then reads back as a new index's.
    @Test func theKeptResolutionAppendedToReadsBackAsANewIndexWritesIt() throws {
        let workspace = try Workspace()
        let minutes = { (date: String, present: String, item: String) in
            "Minnesanteckningar IFO-chefsnätverket\nDatum: \(date)\nNärvarande: \(present)\n\n1. Ärende\n\(item)\n\n2. Övrigt\nInget.\n"
        }
        for month in 1...10 {
            try workspace.write("m\(month).txt", minutes("2021-\(month < 10 ? "0" : "")\(month)-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Hanna tog upp LVU \(month)."))
        }
        _ = try workspace.index()
        let kept = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(Resolution.file)
        var size = try Data(contentsOf: kept).count
        for step in 0..<2 {
            if step == 0 { try workspace.remove("m2.txt") } else { try workspace.remove("m3.txt") }
            try workspace.write("m5.txt", minutes("2021-05-10", "Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Petter tog upp budgeten \(step)."))
            _ = try workspace.index()
            let now = try Data(contentsOf: kept).count
            #expect(now > size, "appended to, not written whole: \(size) -> \(now) bytes")
            size = now
            let other = workspace.root.appendingPathComponent("fresh-\(step)").path
            _ = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: other).run()
            let fresh = try keptResolution(other)
            #expect(try keptResolution(workspace.indexPath) == fresh)
            #expect(fresh.count == 9 - step && fresh["m2.txt"] == nil)
        }
    }

    /// Whatever a sequence of updates does to the minutes (attendees changed, a sentence naming someone
    /// added, minutes added, removed, renamed, touched without a change, made unreadable and readable
    /// again), the index holds after each update what a new index of the same minutes holds: every
    /// file's documents (by their digests: terms, positions, values and data), the register, the
    /// synonyms, the manifest and the kept resolution. Drawn from a seed: the same steps every run.
    @Test(arguments: [3, 5]) func updatesInAnyOrderLeaveWhatANewIndexHolds(seed: UInt64) throws {
        var draws = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func draw(_ count: Int) -> Int {
            draws = draws &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((draws >> 33) % UInt64(count))
        }
        let people = ["Anna Berg (Bjuv)", "Anna Bergh (Bjuv)", "Filippa Kurve (Klippan)", "Filippa Kurdve (Klippan)", "Per Ek (Åstorp)",
                      "Sanna Löf (Höganäs)", "Sanna Löv (Höganäs)", "Eva Hedén (Perstorp)", "Olle Sten (Svalöv)", "Anna Lund (Båstad)"]
        let networks = ["IFO-chefsnätverket", "Socialchefsnätverket"]
        let topics = ["familjehem", "försörjningsstöd", "placeringar", "LVU", "budgeten"]
        func present() -> [String] { Array(Set((0..<(2 + draw(3))).map { _ in people[draw(people.count)] })).sorted() }
        func minutes(_ number: Int, _ present: [String], _ said: [String]) -> String {
            let raiser = present[0].components(separatedBy: " (")[0]
            return "Minnesanteckningar \(networks[number % 2])\nDatum: 2021-\(String(format: "%02d", 1 + number % 12))-10\n"
                + "Närvarande: \(present.joined(separator: ", "))\n\n1. \(topics[number % 5].capitalized)\n"
                + "\(raiser) tog upp \(topics[number % 5]).\n" + said.joined(separator: "\n") + "\n\n2. Övrigt\nInget.\n"
        }
        let workspace = try Workspace()
        var files: [String: (number: Int, present: [String], said: [String])] = [:]
        for number in 0..<8 { files["m\(number).txt"] = (number, present(), []) }
        var next = 8
        func write(_ file: String) throws { try workspace.write(file, minutes(files[file]!.number, files[file]!.present, files[file]!.said)) }
        for file in files.keys { try write(file) }
        _ = try workspace.index()
        func documents(_ index: String) throws -> [String: [String]] {
            let database = try Database(path: index)
            var held: [String: [String]] = [:]
            for file in files.keys {
                for meeting in try database.documents(term: Schema.idPrefix + Schema.meetingID(file: file)) {
                    guard let term = try database.term(of: meeting, prefix: Schema.meetingPrefix) else { continue }
                    held[file] = try database.documents(term: term).map { try database.value(of: $0, slot: Schema.digestSlot) }.sorted()
                }
            }
            return held
        }
        let kept = { (index: String) throws in
            try [Schema.manifestKey, Schema.peopleKey, Schema.synonymsKey].map { try Database(path: index).keptText($0) }
        }
        var unreadable: String?
        var steps: [String] = []
        for step in 0..<20 {
            // (The unreadable file is left as it is until it is made readable again.)
            let names = files.keys.filter { $0 != unreadable }.sorted()
            let file = names[draw(names.count)]
            var done = ""
            switch draw(7) {
            case 0:
                files[file]!.present = present()
                done = "attendees of \(file)"
                try write(file)
            case 1:
                let person = people[draw(people.count)].components(separatedBy: " (")[0]
                files[file]!.said.append(draw(2) == 0 ? "\(person) berättade om \(topics[draw(5)])." : "\(person.split(separator: " ")[0]) tog upp frågan.")
                done = "a sentence in \(file)"
                try write(file)
            case 2:
                let new = "m\(next).txt"
                (files[new], next) = ((next, present(), []), next + 1)
                done = "\(new) added"
                try write(new)
            case 3 where files.count > 3:
                files[file] = nil
                done = "\(file) removed"
                try workspace.remove(file)
            case 4:
                let new = "renamed-\(next).txt"
                (files[new], files[file], next) = (files[file], nil, next + 1)
                done = "\(file) renamed"
                try workspace.remove(file)
                try write(new)
            case 5:
                if let file = unreadable {
                    unreadable = nil
                    done = "\(file) readable again"
                    try write(file)
                } else {
                    unreadable = file
                    done = "\(file) unreadable"
                    try workspace.write(file, Data([0x00, 0xFF, 0x00, 0x01]))
                }
            default:
                done = "\(file) touched"
                try write(file)
            }
            _ = try workspace.index()
            let other = workspace.root.appendingPathComponent("new-\(step)").path
            _ = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: other).run()
            #expect(try documents(workspace.indexPath) == documents(other), "step \(step): \(done)")
            #expect(try kept(workspace.indexPath) == kept(other), "step \(step): \(done)")
            #expect(try keptResolution(workspace.indexPath) == keptResolution(other), "step \(step): \(done)")
            steps.append(done)
        }
        // (Every kind of step was taken.)
        #expect(["attendees", "sentence", "added", "removed", "renamed", "unreadable", "touched"].allSatisfy { kind in steps.contains { $0.contains(kind) } }, "\(steps)")
    }

    /// The resolution kept beside an index, each record as what it holds, its questions by what they
    /// ask (their numbers are the order they were first asked in): alike for two indexes that resolved
    /// their meetings alike.
    func keptResolution(_ index: String) throws -> [String: String] {
        let read = try #require(Resolution.load(URL(fileURLWithPath: index).appendingPathComponent(Resolution.file)))
        return read.records.mapValues { record in
            [record.content, record.asked.map { read.questions[$0].line }.sorted().joined(separator: ","),
             read.learned(record.learned).map { "\($0)" }.joined(separator: ","), record.inferred, record.kept ?? ""].joined(separator: "|")
        }
    }

    /// A kept resolution that cannot be written is said, and the next run resolves every meeting
    /// again, to the same names.
    @Test func aResolutionThatCannotBeWrittenIsSaid() throws {
        let workspace = try Workspace()
        let minutes = { (present: String, item: String) in "Minnesanteckningar IFO-chefsnätverket\nDatum: 2021-01-10\nNärvarande: \(present)\n\n1. Ärende\n\(item)\n\n2. Övrigt\nInget.\n" }
        try workspace.write("a.txt", minutes("Hanna Sjö (Höganäs), Petter Ek (Klippan)", "Hanna tog upp LVU."))
        _ = try workspace.index()
        // A folder where the file would be: it can be neither read nor replaced.
        let kept = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(Resolution.file)
        try FileManager.default.removeItem(at: kept)
        try FileManager.default.createDirectory(at: kept.appendingPathComponent("taken"), withIntermediateDirectories: true)
        try workspace.write("b.txt", minutes("Hanna Sjö (Höganäs), Anna Berg (Bjuv)", "Anna tog upp budgeten."))
        let (summary, warnings) = try workspace.index()
        #expect(summary.added == 1)
        #expect(warnings.contains { if case .warning(let file, let message) = $0 { file == workspace.indexPath && message.hasPrefix(Resolution.file) } else { false } })
        #expect(try workspace.search("raised:\"Hanna Sjö\"").results.map(\.file) == ["a.txt"])
        #expect(try workspace.search("raised:\"Anna Berg\"").results.map(\.file) == ["b.txt"])
    }

    @Test func whatOtherMinutesTeachAboutAnUnchangedFileIsWrittenIntoIt() throws {
        let workspace = try Workspace()
        let people = "Närvarande:\nOlle Ek\tBjuv\nSanna Löf\tÅstorp\nPer Holm\tKlippan\n\n"
        try workspace.write("utan.txt", "Minnesanteckningar\nDatum: 2021-03-05\n\n" + people + "1. Familjehem\nVi pratade om familjehem.")
        _ = try workspace.index()
        #expect(try workspace.search("network:IFO").total == 0)
        // Two meetings of the IFO network with the same people: the first file's network is inferred,
        // though its bytes did not change.
        for (file, date) in [("a.txt", "2021-01-15"), ("b.txt", "2021-02-12")] {
            try workspace.write(file, "Minnesanteckningar IFO-chefsnätverket\nDatum: \(date)\n\n" + people + "1. Budget\nBudgeten.")
        }
        let (summary, _) = try workspace.index()
        #expect(summary.added == 2 && summary.updated == 1, "\(summary)")
        #expect(try Set(workspace.search("network:IFO").results.map(\.file)) == ["utan.txt", "a.txt", "b.txt"])
    }

    @Test func anEditedOverrideRewritesItsUnchangedFile() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Minnesanteckningar\nDatum: 2021-03-05\n\n1. Familjehem\nVi pratade om familjehem.")
        try workspace.write("b.txt", "Minnesanteckningar\nDatum: 2021-04-09\n\n1. Budget\nBudgeten.")
        try workspace.write("a.txt.minnes.json", #"{"title": "Första mötet"}"#)
        _ = try workspace.index()
        #expect(try workspace.search("title:första").results.map(\.file) == ["a.txt"])
        try workspace.write("a.txt.minnes.json", #"{"title": "Andra mötet"}"#)
        let (summary, _) = try workspace.index()
        #expect(summary.updated == 1 && summary.unchanged == 1, "\(summary)")
        #expect(try workspace.search("title:första").total == 0)
        #expect(try workspace.search("title:andra").results.map(\.file) == ["a.txt"])
    }

    @Test func aShardedNewIndexIsCompactedShardByShardAndALeftoverCopyIsCleared() throws {
        let workspace = try Workspace()
        for file in 0..<6 { try workspace.write("m\(file).txt", "Möte \(file)\n\nRekrytering av familjehem, del \(file).") }
        // What an interrupted compaction of Minnes's own would leave beside the shard.
        let shard = workspace.indexPath + "/shard-2"
        try FileManager.default.createDirectory(atPath: shard + ".minnes-compacting", withIntermediateDirectories: true)
        var indexer = Indexer(corpus: Corpus(root: workspace.corpus), indexPath: workspace.indexPath)
        indexer.shards = 3
        #expect(try indexer.run().added == 6)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath).sorted()
        #expect(names.filter { $0.hasPrefix("shard-") } == ["shard-1", "shard-2", "shard-3"], "\(names)")
        for shard in 1...3 {
            var info = stat()
            #expect(stat(workspace.indexPath + "/shard-\(shard)", &info) == 0 && info.st_mode & 0o077 == 0)
        }
        // (A word every shard holds, more matches than a page: Xapian 1.4.22 crashed on such a search
        // when a word's forms were an OP_MAX of synonyms.)
        #expect(try workspace.search("rekrytering").total == 6)
    }

    /// More shards than cores and more meetings than a batch: every shard's writer waits for its next
    /// batch while others write theirs, and every meeting is written once.
    @Test func manyShardsWriteEveryMeetingWhileTheNextBatchIsMade() throws {
        let workspace = try Workspace()
        for file in 0..<150 {
            try workspace.write("m\(file).txt", "Möte \(file)\n\n1. Rekrytering av familjehem, del \(file).\n2. Budget i Bjuv \(file).")
        }
        var indexer = Indexer(corpus: Corpus(root: workspace.corpus), indexPath: workspace.indexPath)
        indexer.shards = 7
        #expect(try indexer.run().added == 150)
        let total = { (query: String) in try Searcher(indexPath: workspace.indexPath).search(query, options: SearchOptions(exactTotal: true)).total }
        #expect(try total("rekrytering") == 150)
        for file in stride(from: 0, to: 150, by: 3) {
            try workspace.write("m\(file).txt", "Möte \(file)\n\n1. Ensamkommande barn, del \(file).")
        }
        #expect(try indexer.run().updated == 50)
        #expect(try total("rekrytering") == 100)
        #expect(try total("ensamkommande") == 50)
    }

    @Test func aNewIndexIsWrittenCompactAndKeepsWhatItsFolderHeld() throws {
        let workspace = try Workspace()
        for file in 0..<5 { try workspace.write("m\(file).txt", "Möte \(file)\n\nRekrytering av familjehem i Bjuv, del \(file).") }
        try FileManager.default.createDirectory(atPath: workspace.indexPath, withIntermediateDirectories: true)
        try Data("notes of my own\n".utf8).write(to: URL(fileURLWithPath: workspace.indexPath + "/README.md"))
        func folder() throws -> Int? { try FileManager.default.attributesOfItem(atPath: workspace.indexPath)[.systemFileNumber] as? Int }
        let created = try folder()
        #expect(try workspace.index().0.added == 5)

        // Compacted: a new database took the folder's place, with every other file the folder held.
        let written = try folder()
        #expect(written != created, "a new index is compacted into a folder of its own")
        #expect(try String(contentsOfFile: workspace.indexPath + "/README.md", encoding: .utf8) == "notes of my own\n")
        #expect(FileManager.default.fileExists(atPath: workspace.indexPath + "/" + ReadingCache.file))
        #expect(try workspace.search("rekrytering").total == 5)
        // An update that rewrites little is written in place, not compacted.
        try workspace.write("m0.txt", "Möte 0\n\nNågot helt annat om skolskjuts.")
        #expect(try workspace.index().0.updated == 1)
        #expect(try folder() == written)
        #expect(try workspace.search("skolskjuts").total == 1)
    }

    @Test func searchAnswersWithTitleSnippetAndSuggestion() throws {
        let workspace = try Workspace()
        try workspace.write("m.txt", "Kontaktuppgifter\nMinnesanteckningar från nätverksmöte\nStort behov av familjehem & stöd.")
        _ = try workspace.index()
        let response = try workspace.search("familjehem")
        #expect(response.total == 1)
        let result = try #require(response.results.first)
        #expect(result.title == "Minnesanteckningar från nätverksmöte")
        #expect(result.snippet.contains("<b>familjehem</b> &amp; stöd"))
        #expect(result.date == nil)
        #expect(try workspace.search("familjehen").suggestion == "familjehem")

        // A word no file holds any longer is not suggested: a changed or removed file's spelling data goes with it.
        try workspace.write("n.txt", "Minnesanteckningar\nFlytten till Kvarnbyskolan dröjer.")
        try workspace.write("o.txt", "Minnesanteckningar\nOmsorgsförvaltningen svarar.")
        _ = try workspace.index()
        #expect(try workspace.search("kvarnbyskolen").suggestion == "kvarnbyskolan")
        #expect(try workspace.search("omsorgsforvaltningen").suggestion == "omsorgsförvaltningen")
        try workspace.write("n.txt", "Minnesanteckningar\nFlytten dröjer.")
        try workspace.remove("o.txt")
        _ = try workspace.index()
        #expect(try workspace.search("kvarnbyskolen").suggestion == nil)
        #expect(try workspace.search("omsorgsforvaltningen").suggestion == nil)
        #expect(try workspace.search("familjehen").suggestion == "familjehem")
    }

    @Test func searchesReadTheRegisterOfNamesAndThePeopleListTheWholeOne() throws {
        let workspace = try Workspace()
        for (n, date) in ["2021-03-04", "2021-04-08"].enumerated() {
            try workspace.write("m\(n).txt", "Minnesanteckningar IFO \(date)\n\nNärvarande: Greta Lind, Bjuv; Olle Ek, Klippan\n\n1. Budget\nGreta tar upp budgeten.\n")
        }
        _ = try workspace.index()
        let searcher = try Searcher(indexPath: workspace.indexPath)
        let whole = try searcher.register(), names = try searcher.people()
        let greta = try #require(whole.first { $0.name == "Greta Lind" })
        #expect(greta.meetings.count == 2 && greta.meetingCount == nil)
        #expect(names.map(\.name) == whole.map(\.name))
        #expect(names.allSatisfy { $0.meetings.isEmpty && $0.raised.isEmpty })
        #expect(names.first { $0.name == "Greta Lind" }?.meetingCount == 2)
        // Filters and facets still know the people by the register of names.
        #expect(try workspace.search("person:\"Greta Lind\"").total == 2)
    }

    @Test func badQueriesAndAMissingIndexAreErrorsNotCrashes() throws {
        let workspace = try Workspace()
        #expect(throws: SearchError.noIndex(workspace.indexPath)) { try Searcher(indexPath: workspace.indexPath) }
        try workspace.write("m.txt", "Familjehem")
        _ = try workspace.index()
        #expect(throws: SearchError.emptyQuery) { try workspace.search("  ") }
        #expect {
            try workspace.search("familjehem AND")
        } throws: { error in
            if case .badQuery(let message) = error as? SearchError { return !message.isEmpty }
            return false
        }
    }

    @Test func aSecondIndexerWhileOneWritesGetsAClearError() throws {
        let workspace = try Workspace()
        try workspace.write("m.txt", "Familjehem")
        _ = try workspace.index()
        // (A tool another test starts while the run holds its lock gets a copy of that lock's file until
        // it runs: a moment, seconds on a busy machine. Tests run side by side in this process.)
        var otherWriter: WritableDatabase?
        for _ in 0..<200 where otherWriter == nil {
            do {
                otherWriter = try WritableDatabase(path: workspace.indexPath)
            } catch let error as XapianError where error.kind == .databaseLocked {
                usleep(50_000)
            }
        }
        try #require(otherWriter != nil)
        #expect {
            try workspace.index()
        } throws: { error in
            "\(error)".contains("being written by another process")
        }
        _ = otherWriter
    }
}

@Suite struct OwnerOnlyIndexTests {
    func modes(_ folder: String) throws -> [String: mode_t] {
        var modes: [String: mode_t] = [:]
        for path in [folder] + (try FileManager.default.contentsOfDirectory(atPath: folder)).map({ folder + "/" + $0 }) {
            var info = stat()
            try #require(stat(path, &info) == 0)
            modes[path] = info.st_mode & 0o777
        }
        return modes
    }

    @Test func theIndexIsTheOwnersOnlyWhateverTheUmask() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Familjehem i Bjuv.")
        let old = umask(0o022)
        defer { umask(old) }
        _ = try workspace.index()
        let modes = try modes(workspace.indexPath)
        #expect(modes.count > 3)
        #expect(modes.filter { $0.value & 0o077 != 0 } == [:])
        #expect(modes[workspace.indexPath] == 0o700)
    }

    @Test func anIndexOpenToOthersIsTightenedWithAWarning() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Familjehem i Bjuv.")
        _ = try workspace.index()
        chmod(workspace.indexPath, 0o755)
        for name in try FileManager.default.contentsOfDirectory(atPath: workspace.indexPath) {
            chmod(workspace.indexPath + "/" + name, 0o644)
        }
        let (_, events) = try workspace.index()
        #expect(events.contains { event in
            if case .warning(let file, let message) = event { return file == workspace.indexPath && message.contains("owner-only") }
            return false
        })
        #expect(try modes(workspace.indexPath).filter { $0.value & 0o077 != 0 } == [:])
        let (_, again) = try workspace.index()
        #expect(again.isEmpty)  // said once, when it was so
    }
}

/// A group is found in a text written with or without dots and inflected (up to three letters
/// more, for words of five letters or more), whatever letters the word starts with.
@Test func groupsAreFoundInTextsAsWrittenOrInflected() {
    let matcher = GroupMatcher([
        SynonymGroup(key: "person", written: ["Matilda Hedén"]), SynonymGroup(key: "enhet", written: ["arbetsmarknadsenhet"]),
        SynonymGroup(key: "ort", written: ["Öresundsrådet"]), SynonymGroup(key: "tysk", written: ["Straßenbahn"]), SynonymGroup(key: "kort", written: ["LSS"]),
    ])
    let found = { (text: String) in matcher.groups(in: Folding.foldedWords(in: text)) }
    #expect(found("Matilda Hedéns förslag om arbetsmarknadsenheten") == ["person", "enhet"])
    #expect(found("MATILDA HEDEN; arbetsmarknadsenheterna") == ["person"])  // five letters more is another word
    #expect(found("ÖRESUNDSRÅDETS och lss om Straßenbahnen") == ["ort", "kort", "tysk"])
    #expect(found("lsss, Matilda och Hedén, Öresund, Straßen") == [])
}

/// A file's head reads back from the reading cache as it was: every person with or without a kommun
/// and role (an empty one is not a missing one), a scribe or none, the next meeting with or without a
/// place, an e-mail's meetings, notes, and text holding the separators, tabs, newlines, backslashes.
@Test func aKeptHeadReadsBackAsItWas() throws {
    var meeting = Meeting(
        file: "a/b.eml#bilaga.docx", title: "Minnesanteckningar\u{1C}\u{1D}\u{1E}\u{1F}\t\n\\n\\", date: "2021-03-05", dateAsWritten: "2021-03-04",
        dateNote: "fel dag", network: "IFO", place: "",
        attendees: [
            Person(name: "Anna Berg", municipality: "Bjuv", role: "chef"), Person(name: "Per Ek"),
            Person(name: "Åsa \\n Hedén", municipality: "Höganäs\u{7F}", role: "förvaltningschef"),
        ],
        guests: [Person(name: "Sara Holm", municipality: "", role: nil)], absent: [Person(name: "", municipality: nil, role: "")],
        chairs: [Person(name: "Anna Berg")], scribe: Person(name: "Per Ek", municipality: "Klippan"),
        items: [AgendaItem(position: 1, title: "Budget", text: "Budgeten.")], notes: "Anteckningar")
    meeting.format = "docx"
    meeting.nextMeeting = NextMeeting(date: "2021-04-02", place: "Klippan")
    var bare = Meeting(file: "c.txt", title: "")
    bare.nextMeeting = NextMeeting(date: "2021-04-02")
    let stat = ReadingCache.Stat(size: 12, modified: -3, inode: UInt64.max, changed: 1_700_000_000_000_000_000, mode: 0o100644)
    let notes = ["a/b.eml#bilaga.docx": ["date\tread\u{1E}as 2021", "second"], "c.txt": []]
    for headers in [[meeting.header, bare], [Meeting(file: "d.txt", title: "Möte")], []] {
        let head = ReadingCache.Head(stat: stat, hash: "abc123", notes: notes, check: 4_000_000_000)
        let line = ReadingCache.HeadLine.line("a/b\\\u{1C}.eml", head, headers: headers)
        #expect(!line.utf8.contains { $0 == 0x09 || $0 == 0x0A }, "a head holds no tab nor newline")
        let read = try #require(ReadingCache.HeadLine.head(Array(line.utf8)[...]))
        #expect(read.file == "a/b\\\u{1C}.eml")
        let kept = try #require(read.head)
        #expect(kept.stat == stat && kept.hash == "abc123" && kept.check == 4_000_000_000 && kept.notes == notes)
        #expect(read.headers == headers.map(\.header))
    }
    // A file gone is its name alone; a damaged head does not read.
    let gone = try #require(ReadingCache.HeadLine.head(Array(ReadingCache.HeadLine.line("x\\y", nil).utf8)[...]))
    #expect(gone.file == "x\\y" && gone.head == nil)
    let line = ReadingCache.HeadLine.line("e.txt", ReadingCache.Head(stat: stat, hash: "h", notes: [:], check: 1), headers: [meeting])
    let cut = line.components(separatedBy: "\u{1D}").dropLast().joined(separator: "\u{1D}")
    for damaged in [cut, line.replacingOccurrences(of: "\u{1F}", with: ""), line + "\u{1C}x", line.replacingOccurrences(of: "\\b", with: "\\q")] {
        #expect(ReadingCache.HeadLine.head(Array(damaged.utf8)[...]) == nil, "\(damaged.debugDescription)")
    }
}

/// Content hashes are SHA-256 as lowercase hex, as the manifests of indexes written before hold them.
@Test func contentHashesAreSHA256InLowercaseHex() {
    #expect(sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    // Of a string's UTF-8, whole or its first digits (an id, a socket's name), the same digits: an
    // index written before holds ids and hashes made so.
    for text in ["abc", "", "nätverk/2020/minnes-1.docx", "e\u{301}", String(repeating: "å", count: 300)] {
        let whole = sha256Hex(Data(text.utf8))
        #expect(sha256Hex(utf8: text) == whole, "\(text.debugDescription)")
        for digits in [0, 1, 12, 15, 16, 63] { #expect(sha256Hex(utf8: text, digits: digits) == String(whole.prefix(digits)), "\(digits)") }
    }
    #expect(Schema.meetingID(file: "abc") == "mba7816bf8f01")
}

/// An id names one meeting: its documents replace each other by it, `show` finds it by it and results
/// group by it. An archive of 200,000 files (20 years of a hundred networks' minutes, and copies)
/// gets no id twice; with 32 bits of hash it got several.
@Test func meetingIdsOfAVeryLargeArchiveAreDistinct() {
    let files = (0..<200_000).map { "nätverk-\($0 % 100)/\(2000 + $0 / 10_000)/minnes-\($0).docx" }
    let ids = Set(files.map(Schema.meetingID(file:)))
    #expect(ids.count == files.count, "\(files.count - ids.count) ids shared")
}

/// Spelling data added by the writer from a document made away from the database is what Xapian's
/// own term generator records while indexing: each word as often as it is written, so the more
/// frequent of two words as near to a misspelling is the one offered.
@Test func spellingsAddedFromADocumentAreThoseTheTermGeneratorRecords() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let texts = [["rapport rapport rapport raport", "Familjehem i Bjuv 2024"], ["raport om familjehemmen"]]
    var suggestions: [[String?]] = []
    for recordedByGenerator in [true, false] {
        let database = try WritableDatabase(path: root.appendingPathComponent("\(recordedByGenerator)").path)
        let stemmer = try Stemmer(language: "swedish")
        let generator = try TermGenerator(stemmer: stemmer, spellingDatabase: recordedByGenerator ? database : nil)
        try database.transaction {
            for (number, document) in texts.enumerated() {
                let made = try Document()
                try generator.setDocument(made)
                for text in document { try generator.indexText(text, positions: false) }
                try generator.indexText("Rubrik", prefix: "S")  // a field: no spelling data
                if !recordedByGenerator { try database.addSpellings(of: made) }
                try database.replaceDocument(uniqueTerm: "Q\(number)", with: made)
            }
        }
        let parser = try QueryParser(stemmer: stemmer, database: database)
        suggestions.append(try ["rapoort", "familjehen", "bjuf", "rubrk"].map { word in
            _ = try parser.parse(word, features: [.spellingCorrection])
            return try parser.correctedQuery()
        })
    }
    #expect(suggestions[0] == ["rapport", "familjehem", "bjuv", nil])
    #expect(suggestions[1] == suggestions[0])
}

/// The register kept by the numbers its meetings had as it was made is the register kept by looking
/// each meeting's file up by name, byte for byte (a file of two meetings, an e-mail's parts, a name in
/// two Unicode forms, items raised); and those numbers are what is kept.
@Test func aRegisterKeptByItsMeetingsNumbersIsAsKeptByTheirNames() throws {
    let meetings = [
        Meeting(file: "b.txt", title: "", attendees: [Person(name: "Åsa Ek"), Person(name: "Per Lind")]),
        Meeting(file: "a.eml#x.docx", title: "", attendees: [Person(name: "Åsa Ek")]),
        Meeting(file: "a.eml#y.docx", title: "", attendees: [Person(name: "Asa Ek"), Person(name: "Per Lind")]),
        Meeting(file: "Mo\u{308}te.txt", title: "", attendees: [Person(name: "Per Lind")]),
        Meeting(file: "Möte.txt", title: "", attendees: [Person(name: "Per Lind")]),
        Meeting(file: "c.txt", title: "", attendees: [Person(name: "Per Lind")]),
        Meeting(file: "c.txt", title: "", attendees: [Person(name: "Åsa Ek")]),
    ]
    var register = PeopleRegister(meetings: meetings)
    for (position, name, meeting) in [(2, "Åsa Ek", 1), (4, "Per Lind", 3), (1, "Per Lind", 6), (3, "Åsa Ek", 2)] {
        register.addRaised(position, of: meetings[meeting].file, meeting: meeting, at: register.position(of: name)!)
    }
    let files = meetings.map(\.file)
    let byNumbers = KeptRegister.encoded(register.entries, files: files, meetings: register.numbered)
    #expect(byNumbers.starts(with: KeptRegister.numbered))
    #expect(byNumbers == KeptRegister.encoded(register.entries, files: files))
    #expect(try KeptRegister.entries(byNumbers) == register.entries)
    // Numbers that name other meetings are kept as they are: the entries read back name those.
    let first = register.numbered.map { numbered in
        PeopleRegister.MeetingNumbers(meetings: numbered.meetings.map { _ in 0 }, raised: numbered.raised.map { (meeting: 0, position: $0.position) })
    }
    let read = try KeptRegister.entries(KeptRegister.encoded(register.entries, files: files, meetings: first))
    #expect(read.allSatisfy { $0.meetings.allSatisfy { $0 == "b.txt" } && $0.raised.allSatisfy { $0.hasPrefix("b.txt#") } } && read.contains { !$0.raised.isEmpty })
    // Items raised kept by number alone (as an index's run keeps them) are kept as the same bytes,
    // and read back as the items named; kept by path (a position no number), named as well.
    var byNumberOnly = PeopleRegister(meetings: meetings)
    byNumberOnly.raisedByNumberOnly = true
    for (position, name, meeting) in [(2, "Åsa Ek", 1), (4, "Per Lind", 3), (1, "Per Lind", 6), (3, "Åsa Ek", 2)] {
        byNumberOnly.addRaised(position, of: meetings[meeting].file, meeting: meeting, at: byNumberOnly.position(of: name)!)
    }
    #expect(byNumberOnly.entries.allSatisfy(\.raised.isEmpty) && byNumberOnly.numbered.map(\.raised.count) == register.numbered.map(\.raised.count))
    #expect(KeptRegister.encoded(byNumberOnly.entries, files: files, meetings: byNumberOnly.numbered) == byNumbers)
    register.addRaised(-1, of: meetings[5].file, meeting: 5, at: register.position(of: "Per Lind")!)
    byNumberOnly.addRaised(-1, of: meetings[5].file, meeting: 5, at: byNumberOnly.position(of: "Per Lind")!)
    let byPath = KeptRegister.encoded(byNumberOnly.entries, files: files, meetings: byNumberOnly.numbered)
    #expect(byPath.starts(with: KeptRegister.format) && byPath == KeptRegister.encoded(register.entries, files: files, meetings: register.numbered))
    #expect(try KeptRegister.entries(byPath) == register.entries)
}

/// The register reads back as it was kept: separators, empty and missing fields, lists holding an
/// empty string; a register an index kept as JSON before reads too; a damaged line does not.
@Test func aKeptRegisterReadsBackAsItWas() throws {
    let entries = [
        PeopleRegister.Entry(
            name: "Åsa \u{1E}Hedén\\", municipality: "Höganäs", variants: ["Asa Heden", ""], municipalities: ["Höganäs": 3, "Bjuv\u{1F}": 1],
            roles: ["IFO-chef"], meetings: ["a/b.eml#c.docx", "d.txt"], raised: ["d.txt#2"]),
        PeopleRegister.Entry(name: "Per Ek", municipality: nil, variants: [], municipalities: [:], roles: [], meetings: [], meetingCount: 0),
        PeopleRegister.Entry(name: "", municipality: "", variants: [""], municipalities: ["": 0], roles: [""], meetings: [""], raised: [""], meetingCount: 12),
    ]
    let kept = KeptRegister.encoded(entries)
    #expect(try KeptRegister.entries(kept) == entries)
    #expect(try KeptRegister.entries(KeptRegister.encoded([])) == [] && KeptRegister.entries(Data()) == [])
    #expect(try KeptRegister.entries(JSONEncoder().encode(entries)) == entries)
    #expect(throws: CocoaError.self, "a later format is not taken for JSON") { try KeptRegister.entries(Data("minnes-register 3\n".utf8)) }
    // Kept by the numbers of the meetings' files: the same entries, and smaller.
    let files = ["", "a/b.eml#c.docx", "d.txt", "e.txt"]
    let many = Array(entries.prefix(2)) + (0..<20).map { _ in entries[0] }
    let numbered = KeptRegister.encoded(many, files: files)
    #expect(numbered.starts(with: KeptRegister.numbered) && numbered.count < KeptRegister.encoded(many).count)
    #expect(try KeptRegister.entries(numbered) == many)
    // Not numbered when a file is not among them, or an item raised is not `file#number`, or two
    // files are one name in two Unicode forms: kept by name, and as they were.
    let nfc = "Möte.txt", nfd = "Mo\u{308}te.txt"
    func ola(_ meetings: [String], _ raised: [String]) -> PeopleRegister.Entry {
        PeopleRegister.Entry(name: "Ola Ek", municipality: nil, variants: [], municipalities: [:], roles: [], meetings: meetings, raised: raised)
    }
    let odds: [(PeopleRegister.Entry, [String])] = [
        (entries[0], ["", "d.txt"]), (ola(["d.txt"], ["d.txt"]), files), (ola(["d.txt"], ["d.txt#2a"]), files), (ola([nfd, nfc], [nfd + "#1"]), [nfc]),
    ]
    for (odd, files) in odds {
        let kept = KeptRegister.encoded([odd], files: files)
        #expect(kept.starts(with: KeptRegister.format), "\(odd)")
        let read = try KeptRegister.entries(kept)
        let bytes: [[UInt8]]? = read.first?.meetings.map { Array($0.utf8) }
        #expect(read == [odd] && bytes == odd.meetings.map { Array($0.utf8) })
    }
    // Both forms among the files (one listed twice): each its own number, read back byte for byte.
    let twins = KeptRegister.encoded([ola([nfd, nfc], [nfc + "#2", nfd + "#1"])], files: [nfc, "d.txt", nfd, nfc])
    let readTwins = try KeptRegister.entries(twins)
    #expect(twins.starts(with: KeptRegister.numbered) && readTwins == [ola([nfd, nfc], [nfc + "#2", nfd + "#1"])])
    #expect(readTwins.first?.meetings.map { Array($0.utf8) } == [Array(nfd.utf8), Array(nfc.utf8)])
    #expect(readTwins.first?.raised.map { Array($0.utf8) } == [Array((nfc + "#2").utf8), Array((nfd + "#1").utf8)])
    #expect(throws: (any Error).self) { try KeptRegister.entries(KeptRegister.numbered + Data("1\u{1E}a\u{1D}\nx\u{1D}\\n\u{1D}0\u{1D}0\u{1D}0\u{1D}1\u{1E}5\u{1D}0\u{1D}\\n\n".utf8)) }
    let lines = String(decoding: kept, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for damaged in [lines[1].replacingOccurrences(of: "\u{1D}2\u{1E}", with: "\u{1D}3\u{1E}"), lines[1] + "\u{1D}x", String(lines[1].dropLast(3)),
                    lines[2].replacingOccurrences(of: "\\n", with: "\\q")] {
        #expect(throws: (any Error).self) { try KeptRegister.entries(Data(([lines[0], damaged].joined(separator: "\n") + "\n").utf8)) }
    }
}

/// The manifest reads back as it was kept, whatever a file's name holds; one an index kept as JSON
/// before reads too; a damaged line does not.
@Test func aKeptManifestReadsBackAsItWas() throws {
    let hashes = ["a.txt": "h1", "b/c d.eml#bilaga.docx": "h2", "rad\nbrytning\u{1F}\\.txt": "h3", "å.md": ""]
    let manifest = Manifest(sorted: Manifest.sorted(hashes.map { ($0.key, $0.value, 0) }))
    let read = { (manifest: Manifest) in Dictionary(uniqueKeysWithValues: zip(manifest.files, manifest.hashes)) }
    #expect(read(manifest) == hashes && manifest.files == hashes.keys.sorted())
    #expect(try read(Manifest(kept: manifest.kept)) == hashes)
    #expect(try read(Manifest(kept: (Data("xx".utf8) + manifest.kept).dropFirst(2))) == hashes, "a slice of bytes")
    #expect(try manifest.kept == Manifest(kept: manifest.kept).kept, "the same hashes give the same bytes")
    #expect(try Manifest(kept: JSONEncoder().encode(hashes)).kept == manifest.kept)
    #expect(try Manifest(kept: Data()).count == 0 && Manifest(kept: Manifest().kept).count == 0)
    #expect(throws: (any Error).self) { try Manifest(kept: Manifest.format + Data("a.txt\u{1F}h1\u{1F}x\n".utf8)) }
    #expect(throws: (any Error).self) { try Manifest(kept: Manifest.format + Data("a.txt h1\n".utf8)) }
    // A later format is refused as one this build does not know, not read as JSON or as damaged.
    #expect { try Manifest(kept: Data("minnes-manifest 2\na.txt\u{1F}h1\n".utf8)) } throws: { ($0 as? CocoaError)?.code == .fileReadUnknown }
    // Lines kept out of order (not as Minnes keeps them) are read in order all the same.
    #expect(try Manifest(kept: Manifest.format + Data("b.txt\u{1F}h2\na.txt\u{1F}h1\n".utf8)).files == ["a.txt", "b.txt"])
}

/// What an update learns of each file from the manifest it wrote before, by walking both in order:
/// the hash it held (none: added) and what it held that is gone, as a dictionary of it would say,
/// for files listed in any order, some twice.
@Test(arguments: 0..<40) func aManifestSaysEachFilesHashBeforeAndWhatIsGone(seed: Int) {
    // (A number for each draw, from the seed: the same cases on every run.)
    var draws = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func draw(_ below: UInt64) -> UInt64 {
        draws = draws &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (draws >> 33) % below
    }
    let names = ["a.txt", "a.eml", "a.eml#b.docx", "a.eml!.txt", "B.txt", "b.txt", "å.md", "ä/x.txt", "z.txt", "e\u{301}.txt", "é.txt"]
    func some() -> [String: String] {
        Dictionary(names.filter { _ in draw(2) == 0 }.map { ($0, "h\(draw(3))") }) { a, _ in a }
    }
    let before = some(), now = some()
    let indexed = Manifest(sorted: Manifest.sorted(before.map { ($0.key, $0.value, 0) }))
    // Listed as a run lists them: in its own order, a file at times twice.
    var listing = now.map { (file: $0.key, hash: $0.value, number: Int(draw(100))) }
    if let twice = listing.first { listing.append((twice.file, twice.hash, 100)) }
    for place in listing.indices.reversed() { listing.swapAt(place, Int(draw(UInt64(place + 1)))) }
    let sorted = Manifest.sorted(listing)
    #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.file < $1.file || ($0.file == $1.file && $0.number <= $1.number) })
    let (hashes, gone) = indexed.compared(with: sorted.map(\.file))
    for (place, entry) in sorted.enumerated() { #expect(hashes[place] == before[entry.file], "\(entry.file)") }
    #expect(gone == before.keys.filter { now[$0] == nil }.sorted(), "\(before) \(now)")
    #expect(Manifest(sorted: sorted).files == now.keys.sorted())
}

/// Numbers are written as `String(number)` writes them: every power of ten and its neighbours, the
/// ends of each width, of the types a run's state and kept files write.
@Test func numbersAreWrittenAsTheStandardLibraryWritesThem() {
    func check<Number: BinaryInteger>(_ number: Number) {
        var bytes: [UInt8] = [0x41]
        Fields.append(decimal: number, to: &bytes)
        #expect(bytes == [0x41] + Array(String(number).utf8), "\(number)")
    }
    var power: UInt64 = 1
    for _ in 0..<20 {
        for number in [power - 1, power, power + 1] {
            check(number)
            if number <= UInt64(Int64.max) { check(Int64(number)); check(-Int64(number)) }
        }
        power = power.multipliedReportingOverflow(by: 10).partialValue
    }
    check(Int64.min)
    check(Int64.max)
    check(UInt64.max)
    check(UInt32.max)
    check(Int32.min)
    check(0)
    check(Int.min)
    check(Int.max)
}

/// What every update reads back of every file is cut by `Fields.split` and its numbers read by
/// `Fields.integer`: each as the standard library's own would.
@Test func keptFieldsSplitAndNumbersReadAsTheStandardLibrarysWould() {
    for text in ["", "a", "a\u{1F}", "\u{1F}b", "a\u{1F}\u{1F}b", "\u{1F}", "åä\u{1F}ö\u{1F}", "abc"] {
        let bytes = Array(text.utf8)[...]
        let expected = bytes.isEmpty ? [] : bytes.split(separator: 0x1F, omittingEmptySubsequences: false).map(Array.init)
        #expect(Fields.split(bytes, by: 0x1F).map(Array.init) == expected, "\(text.debugDescription)")
        // A slice that does not start at 0, as a line of a kept block is.
        let framed = Array(("x\u{1C}" + text + "\u{1C}y").utf8)[2..<(2 + bytes.count)]
        #expect(Fields.split(framed, by: 0x1F).map(Array.init) == expected, "\(text.debugDescription)")
    }
    for text in ["0", "-12", "+7", "", "-", "+", "12a", "1 2", "123456789012345678", "9223372036854775807",
                 "-9223372036854775808", "9223372036854775808", "00042", "-0"] {
        #expect(Fields.integer(Array(text.utf8)[...]) == Int64(text), "\(text.debugDescription)")
    }
    // And what is written as bytes reads as what is written as strings.
    for number in [0, 7, 10, 42, 1_000, -12, Int.max, Int.min] {
        var bytes: [UInt8] = []
        Fields.append(number, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(number))
    }
    for text in ["", "Anna", "a\tb", "rad\nbrytning", "back\\slash", "del\u{7F}", "å\u{1C}ä", nil] as [String?] {
        var bytes: [UInt8] = []
        Fields.append(escaped: text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Fields.escaped(text), "\(text.debugDescription)")
    }
}

/// The headers kept as numbers (`minnes-headers`) are a shortcut only: a file's are taken from there
/// only for the bytes they were read from, and a kept file that is stale or damaged reads as none.
extension KeptHeaders {
    /// The same headers, as if the readings had been written since they were kept.
    var withoutReadings: KeptHeaders { KeptHeaders(tables: tables, files: files, readings: nil, appended: appended) }
}

@Suite struct KeptHeadersTests {
    static func minutes(_ present: String) -> String {
        "Minnesanteckningar 2021-03-10\n\nNärvarande: \(present)\n\n1. Familjehem\nAnna Berg tog upp familjehem.\n"
    }

    /// Everyone in the register with the meetings they were listed at, as a new index of the same minutes has them.
    static func people(_ index: String) throws -> [String] {
        try Searcher(indexPath: index).register().map { "\($0.name): \($0.meetings.joined(separator: ","))" }.sorted()
    }

    @Test func keptHeadersAreTakenOnlyForTheBytesTheyWereReadFrom() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", Self.minutes("Anna Berg (Bjuv), Per Ek (Klippan)"))
        try workspace.write("b.txt", Self.minutes("Anna Berg (Bjuv)"))
        _ = try workspace.index()
        let kept = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(KeptHeaders.file)
        let before = try Data(contentsOf: kept)
        #expect(try FileManager.default.attributesOfItem(atPath: kept.path)[.posixPermissions] as? Int == 0o600)
        try workspace.write("a.txt", Self.minutes("Anna Berg (Bjuv), Olle Sten (Klippan)"))
        _ = try workspace.index()
        // The kept headers of a run before (another build wrote the readings since): a.txt's are of
        // other bytes than its kept reading's.
        try before.write(to: kept)
        try workspace.write("b.txt", Self.minutes("Anna Berg (Bjuv), Eva Holm (Bjuv)"))
        _ = try workspace.index()
        let fresh = try Workspace()
        for file in ["a.txt", "b.txt"] { try fresh.write(file, try String(contentsOf: workspace.corpus.appendingPathComponent(file), encoding: .utf8)) }
        _ = try fresh.index()
        let people = try Self.people(workspace.indexPath)
        #expect(people.contains("Olle Sten: a.txt") && !people.contains { $0.hasPrefix("Per Ek") })
        #expect(people == (try Self.people(fresh.indexPath)))
        // Damaged, they are as none (a byte of what is deflated changed).
        var damaged = try Data(contentsOf: kept)
        #expect(damaged.range(of: Data("Anna Berg".utf8)) == nil, "kept deflated")
        damaged[damaged.count - 20] ^= 0x5A
        try damaged.write(to: kept)
        #expect(KeptHeaders.load(kept) == nil)
        try workspace.write("b.txt", Self.minutes("Anna Berg (Bjuv)"))
        try fresh.write("b.txt", Self.minutes("Anna Berg (Bjuv)"))
        _ = try workspace.index()
        _ = try fresh.index()
        #expect(try Self.people(workspace.indexPath) == (try Self.people(fresh.indexPath)))
    }

    /// Kept in parts deflated apart, they read back whole, as kept in one; a part cut short reads as none.
    @Test func keptHeadersInManyPartsReadBackWhole() throws {
        let workspace = try Workspace()
        let meetings = (0..<40).map { number in
            Meeting(file: "m\(number).txt", title: "Möte \(number)", date: "2021-03-\(10 + number % 18)",
                    attendees: [Person(name: "Anna Berg", municipality: "Bjuv"), Person(name: "Per Ek \(number)")])
        }
        let (whole, parts) = (workspace.root.appendingPathComponent("whole"), workspace.root.appendingPathComponent("parts"))
        let none = { (_: Int) -> KeptHeaders.Kept in fatalError("no file is kept") }
        try KeptHeaders.save(Headers(meetings), count: 0, file: none, changed: { _ in true }, gone: [], readings: nil, to: whole, appendingTo: nil)
        try KeptHeaders.save(
            Headers(meetings), count: 0, file: none, changed: { _ in true }, gone: [], readings: nil, to: parts, appendingTo: nil, part: 100)
        #expect(Deflate.spans(try Data(contentsOf: parts)[KeptHeaders.mark.count...]).spans.count > 10)
        let read = try #require(KeptHeaders.load(parts)).table.headers
        #expect(read.heads.indices.map(read.meeting) == meetings.map(\.header))
        #expect(try #require(KeptHeaders.load(whole)).table.headers.strings == read.strings)
        let data = try Data(contentsOf: parts)
        try data.prefix(data.count - 30).write(to: parts)
        #expect(KeptHeaders.load(parts) == nil)
    }

    /// An update appends a part with the files it changed and those gone, which replace the earlier
    /// parts' (each file's headers read from its part's table); once the parts after the first name
    /// more files than an eighth of those there are (at least 64), the headers are written whole.
    @Test func keptHeadersAreAppendedToUntilTheyHoldTooManyFilesAgain() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent("headers")
        func meetings(_ number: Int, _ round: Int) -> [Meeting] {
            [Meeting(file: "m\(number).txt", title: "Möte \(round)", attendees: [Person(name: "Anna Berg"), Person(name: "Per Ek \(round)")])]
        }
        var files = (0..<100).map { (name: "m\($0).txt", meetings: meetings($0, 0)) }
        func save(changed: Set<Int>, gone: [String], appending: Bool) throws {
            let headers = Headers(files.flatMap(\.meetings))
            let stat = ReadingCache.Stat(size: 1, modified: 2, inode: 3, changed: 4, mode: 0o600)
            try KeptHeaders.save(
                headers, count: files.count,
                file: { (files[$0].name, $0..<($0 + 1), ReadingCache.Entry(stat: stat, hash: "h\($0)", meetings: files[$0].meetings, notes: [:]), .unknown) },
                changed: { changed.contains($0) }, gone: gone, readings: nil, to: url, appendingTo: appending ? KeptHeaders.load(url) : nil)
        }
        func check(_ round: Int) throws -> KeptHeaders {
            let kept = try #require(KeptHeaders.load(url), "round \(round)")
            #expect(kept.files.keys.sorted() == files.map(\.name).sorted(), "round \(round)")
            for (number, file) in files.enumerated() {
                let entry = try #require(kept.files[file.name])
                let headers = kept.table(of: entry).headers
                #expect(entry.heads.map(headers.meeting) == file.meetings.map(\.header) && entry.head.hash == "h\(number)", "\(file.name), round \(round)")
            }
            return kept
        }
        try save(changed: [], gone: [], appending: false)
        #expect(try check(0).appended == 0)
        var appended: [Int] = []
        for round in 1...70 {
            var gone: [String] = []
            if round == 5 { gone = [files.removeLast().name] }
            let number = round % files.count
            files[number].meetings = meetings(number, round)
            try save(changed: [number], gone: gone, appending: true)
            appended.append(try check(round).appended)
        }
        // One file a part (two with the one gone), then written whole as the 64th would be passed.
        #expect(Array(appended.prefix(5)) == [1, 2, 3, 4, 6])
        #expect(appended.contains(64) && appended.contains(0) && appended.last! < 64, "\(appended)")
        // A run that changed nothing of them leaves them as they are.
        let before = try Data(contentsOf: url)
        try save(changed: [], gone: [], appending: true)
        #expect(try Data(contentsOf: url) == before)
    }

    /// A file the kept headers hold that is skipped now (it no longer reads as text) is gone from the
    /// part appended, and back once it reads again; each run's entries are those its heads say.
    @Test func aKeptFileSkippedNowIsGoneFromTheAppendedHeaders() throws {
        let workspace = try Workspace()
        for (file, present) in [("a.txt", "Anna Berg (Bjuv)"), ("b.txt", "Per Ek (Klippan)"), ("c.txt", "Olle Sten (Åstorp)")] {
            try workspace.write(file, Self.minutes(present))
        }
        // (Enough others that the readings are appended to, not written anew.)
        for number in 0..<10 { try workspace.write("x\(number).txt", Self.minutes("Nils Nord (Bjuv)")) }
        let others = (0..<10).map { "x\($0).txt" }
        let headersFile = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(KeptHeaders.file)
        _ = try workspace.index()
        try workspace.write("a.txt", Self.minutes("Anna Berg (Bjuv), Eva Holm (Bjuv)"))
        _ = try workspace.index()
        for (round, bytes) in [Data([0x00, 0x01, 0x02, 0xFF, 0x00]), Data(Self.minutes("Per Ek (Klippan), Lena Ros (Perstorp)").utf8)].enumerated() {
            try workspace.write("b.txt", bytes)
            let (_, warnings) = try workspace.index()
            #expect(warnings.contains { if case .warning(let file, _) = $0 { file == "b.txt" } else { false } } == (round == 0))
            let kept = try #require(KeptHeaders.load(headersFile))
            #expect(kept.appended > 0, "appended to, round \(round)")
            #expect(kept.files.keys.sorted() == (round == 0 ? ["a.txt", "c.txt"] : ["a.txt", "b.txt", "c.txt"]) + others)
            let byHeads = ReadingCache.load(workspace.readingCache)
            #expect(ReadingCache.load(workspace.readingCache, headers: kept).files.keys.sorted() == byHeads.files.keys.sorted())
        }
        let people = try Self.people(workspace.indexPath)
        #expect(people.contains("Lena Ros: b.txt") && people.contains("Eva Holm: a.txt"), "\(people)")
    }

    /// While the kept readings are the file the kept headers were saved with, every file's entry is
    /// taken from the headers (no head read, nor the readings' blocks looked for), and is the one the
    /// heads hold: its stat, hash, notes and meetings, through updates that append to the readings
    /// and that write them anew.
    @Test func everyEntryIsTakenFromTheKeptHeadersAsTheHeadsHoldIt() throws {
        let workspace = try Workspace()
        let people = ["Anna Berg (Bjuv)", "Per Ek (Klippan)", "Olle Sten (Åstorp)", "Eva Holm (Bjuv)", "Lena Ros (Perstorp)"]
        for number in 0..<6 { try workspace.write("m\(number).txt", Self.minutes(people[number % 5] + ", " + people[(number + 1) % 5])) }
        // A note kept with its file's reading, said again each run.
        try workspace.write("ansi.txt", Data([UInt8]("Minnesanteckningar 2021-04-14\n\nNärvarande: Anna Berg (Höganäs)\n".unicodeScalars.map { UInt8($0.value) })))
        let headersFile = URL(fileURLWithPath: workspace.indexPath).appendingPathComponent(KeptHeaders.file)
        var (rewritten, appendedTo) = (false, false)
        for round in 0..<12 {
            switch round % 4 {
            case 0: try workspace.write("m\(round % 6).txt", Self.minutes(people[round % 5] + ", Nils Nord (Bjuv)"))
            case 1: try workspace.write("new\(round).txt", Self.minutes(people[round % 5]))
            case 2: try workspace.remove("new\(round - 1).txt")
            default:  // touched, its bytes the same
                let file = workspace.corpus.appendingPathComponent("m\(round % 6).txt")
                try Data(contentsOf: file).write(to: file)
            }
            let linesBefore = ReadingCache.load(workspace.readingCache).keptLines
            let (_, warnings) = try workspace.index()
            #expect(warnings == [.warning(file: "ansi.txt", message: "not UTF-8; read as Windows-1252")], "round \(round)")
            let byHeads = ReadingCache.load(workspace.readingCache)
            let keptHeaders = KeptHeaders.load(headersFile)
            let byHeaders = ReadingCache.load(workspace.readingCache, headers: keptHeaders)
            // Read by the heads with those headers (as when the readings were written since), each
            // file's headers taken from its part's table.
            let byHeadsAndHeaders = try ReadingCache.load(workspace.readingCache, headers: #require(keptHeaders).withoutReadings)
            rewritten = rewritten || byHeads.keptLines < linesBefore
            #expect(byHeaders.headsRead == 0 && byHeads.headsRead > 0, "round \(round)")
            #expect(byHeaders.files.keys.sorted() == byHeads.files.keys.sorted() && byHeaders.files.count == 7 + (round % 4 == 1 ? 1 : 0))
            #expect(byHeaders.keptLines == byHeads.keptLines && byHeaders.current && byHeads.current, "round \(round)")
            #expect(byHeaders.keptBlocks == byHeads.keptBlocks, "round \(round)")
            for (file, entry) in byHeads.files {
                let kept = try #require(byHeaders.files[file])
                #expect(kept.stat == entry.stat && kept.hash == entry.hash && kept.notes == entry.notes, "\(file), round \(round)")
                #expect(try kept.meetings() == entry.meetings(), "\(file), round \(round)")
                let headers = { (entry: ReadingCache.Entry) in entry.headers.range.map(entry.headers.table.headers.meeting) }
                #expect(headers(kept) == headers(entry), "\(file), round \(round)")
                #expect(try headers(#require(byHeadsAndHeaders.files[file])) == headers(entry), "\(file), round \(round)")
            }
            appendedTo = appendedTo || (KeptHeaders.load(headersFile)?.appended ?? 0) > 0
        }
        // (The kept headers appended to, not written whole, by each update of a few files.)
        #expect(appendedTo)
        // (Appended to until it held as many replaced lines as current ones, then written anew.)
        #expect(rewritten)
        let fresh = try Workspace()
        for file in try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path) {
            try fresh.write(file, try Data(contentsOf: workspace.corpus.appendingPathComponent(file)))
        }
        _ = try fresh.index()
        #expect(try Self.people(workspace.indexPath) == (try Self.people(fresh.indexPath)))
    }
}

/// How a synonym table changes, found by walking the old and the new side by side, is what their
/// lines as sets of bytes say (as Xapian's table tells its keys): for 40 drawn pairs of tables (groups
/// gained, lost and respelt, a phrase in two Unicode forms), kept in order or not, a line at times twice.
@Test(arguments: 0..<40) func aSynonymTableChangeIsWhatItsLinesAsSetsSay(seed: Int) {
    var draws = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func draw(_ below: UInt64) -> UInt64 {
        draws = draws &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (draws >> 33) % below
    }
    let terms = ["XSp_anna_ek", "XSp_asa_lof", "XSp_bo_alm", "XShelsingborg", "XSp_e\u{301}va_ek"]
    let phrases = ["anna ek", "åsa löf", "asa lof", "åsa löv", "bo alm", "hbg", "helsingborg", "éva ek", "e\u{301}va ek"]
    func table() -> (text: String, lines: Set<[UInt8]>) {
        var lines = terms.flatMap { term in phrases.filter { _ in draw(3) == 0 }.map { term + "\t" + $0 } }
        if let twice = lines.first, draw(2) == 0 { lines.append(twice) }
        var sorted = lines.sorted()
        if draw(4) == 0 { for place in sorted.indices.reversed() { sorted.swapAt(place, Int(draw(UInt64(place + 1)))) } }
        return (sorted.joined(separator: "\n"), Set(lines.map { Array($0.utf8) }))
    }
    let (old, new) = (table(), table())
    let change = SynonymTableChange(from: old.text, to: new.text)
    let pairs = { (lines: Set<[UInt8]>) in lines.map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\t", with: "|") } }
    let said = { (pairs: [(String, String)]) in pairs.map { "\($0.0)|\($0.1)" } }
    #expect(said(change.gone).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        == pairs(old.lines.subtracting(new.lines)).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    #expect(said(change.added).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        == pairs(new.lines.subtracting(old.lines)).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    let differing = old.lines.symmetricDifference(new.lines).map { String(decoding: $0, as: UTF8.self) }
    #expect(change.gone.count + change.added.count == differing.count)
    // By group: each group's phrases gained or lost, and only those.
    for group in change.groups {
        let phrases = differing.filter { $0.hasPrefix(Schema.groupPrefix + group.key + "\t") }.map { String($0.split(separator: "\t")[1]) }
        #expect(Set(group.phrases).isSuperset(of: phrases), "\(group.key)")
    }
    #expect(Set(change.groups.map(\.key)) == Set(differing.map { String($0.split(separator: "\t")[0].dropFirst(2)) }))
}
