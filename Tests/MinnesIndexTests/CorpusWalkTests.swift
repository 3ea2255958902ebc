import Foundation
import Testing

import MinnesExtract
@testable import MinnesIndex

/// Nothing in the corpus is passed over in silence: each file Minnes does not read is named with the
/// reason, or counted by type; only hidden files and Office lock files are left quietly.
@Suite struct CorpusWalkTests {
    @Test func everyFileNotReadIsNamedWithItsReasonOrCounted() throws {
        let workspace = try Workspace()
        let corpus = workspace.corpus.path
        try workspace.write("a.txt", "Familjehem i Bjuv.")
        try workspace.write("sub/b.md", "# Möte\nPlaceringar.")
        // (A macro-enabled Word file and a web archive are minutes formats, their content read as it is.)
        try workspace.write("c.docm", "Familjehem i Klippan.")
        try workspace.write("d.mht", "Placeringar i Svalöv.")
        try workspace.write("budget.xlsx", Data([0x50, 0x4B]))
        try workspace.write("sub/budget2.xlsx", Data([0x50, 0x4B]))
        try workspace.write("logo.svg", "<svg/>")
        try workspace.write(".hidden.txt", "dolt")
        try workspace.write("~$a.docx", "lås")
        try workspace.write("rad\nbrytning.txt", "Namnet har en radbrytning.")
        #expect(mkfifo(corpus + "/rör.txt", 0o600) == 0)
        #expect(symlink(corpus + "/finns-inte.txt", corpus + "/död-länk.txt") == 0)
        #expect(symlink("/etc/hostname", corpus + "/utanför.txt") == 0)
        #expect(symlink(corpus, corpus + "/sub/loop") == 0)
        #expect(symlink(corpus + "/a.txt", corpus + "/länk-in.txt") == 0)
        let bytes = Array((corpus + "/ogiltig-").utf8) + [0xE5] + Array(".txt".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o600) }
        #expect(fd >= 0)
        close(fd)

        let listing = try Corpus(root: workspace.corpus).files()
        #expect(listing.files == ["a.txt", "c.docm", "d.mht", "länk-in.txt", "rad\nbrytning.txt", "sub/b.md"])
        let reasons = Dictionary(listing.skipped.map { ($0.path, $0.reason) }) { a, _ in a }
        #expect(reasons["rör.txt"]?.contains("not a regular file") == true)
        #expect(reasons["död-länk.txt"]?.contains("a link to nothing") == true)
        #expect(reasons["utanför.txt"]?.contains("out of the corpus") == true)
        #expect(reasons["sub/loop"]?.contains("loop") == true)
        #expect(reasons["ogiltig-\\xE5.txt"]?.contains("not UTF-8") == true, "\(reasons)")
        #expect(listing.skipped.count == 5, "\(listing.skipped)")
        #expect(listing.otherTypes == [".xlsx": 2, ".svg": 1])  // not the hidden file, not the lock file

        let (summary, events) = try workspace.index()
        #expect(summary.skipped == 5)
        #expect(summary.notMinutes == [".xlsx": 2, ".svg": 1])
        #expect(summary.description.contains("passed by 2 .xlsx, 1 .svg — not minutes formats"))
        for path in reasons.keys {
            #expect(events.contains { if case .warning(let file, _) = $0 { file == path } else { false } }, "\(path) not warned")
        }
        #expect(Corpus.printable("rad\nbrytning.txt") == "rad\\nbrytning.txt")
        #expect(Corpus.printable("år/möte\u{85}\u{7F}.txt") == "år/möte\\u{85}\\u{7f}.txt")
        #expect(Corpus.printable("år/möte.txt") == "år/möte.txt")
        // Each file's stat is the walk's: a link's is that of what it leads to.
        let stats = Dictionary(uniqueKeysWithValues: zip(listing.files, listing.stats))
        #expect(listing.stats.count == listing.files.count && stats["länk-in.txt"]?.inode == stats["a.txt"]?.inode)
        #expect(listing.files.allSatisfy { stats[$0] == ReadingCache.status(of: corpus + "/" + $0) })
    }

    /// A control character, as a path is shown, is one of Unicode's general category Cc: every
    /// scalar of the Basic Multilingual Plane and the first of each plane after it.
    @Test func aControlCharacterIsWhatUnicodeSays() {
        let scalars = (0...0xFFFF).compactMap(Unicode.Scalar.init) + (1...16).compactMap { Unicode.Scalar($0 << 16) }
        let differing = scalars.filter { Corpus.isControl($0) != ($0.properties.generalCategory == .control) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map(\.value))")
    }

    /// A file's type is what follows the last dot of its name, as Foundation's `pathExtension` says.
    @Test(arguments: ["a/b.DOCX", "a.b/c", "x.", ".hidden", "a/.hidden", "dir/file.tar.gz", "noext", "å/ä.txt", "", "..", "a..b"])
    func aFilesTypeIsWhatFoundationSays(path: String) {
        #expect(String(Corpus.pathExtension(of: path)) == (path as NSString).pathExtension)
    }

    /// Whether a file is read as minutes is whether its type, lowercased, is one Minnes reads.
    @Test(arguments: [
        "a/b.DOCX", "b.Txt", "c.txt", "d.md", "x.", ".txt", "a/.txt", "a.txt/b", "dir/file.tar.gz", "noext", "å/ä.txt", "", "..", "a..pdf",
        "f.htm", "f.HTML", "f.eml", "f.docx.bak", "f.tx", "f.txtx", "ö.PDF", "f.dOc", "f.rtf", "f.odt", "f.t\u{0130}t", "f.\u{212A}", "a/b.minnes.json",
        "f.mbox", "t.VTT", "mbox", "a/mbox",
    ])
    func aFileIsMinutesAsItsTypeSays(path: String) {
        #expect(Format.isMinutes(path) == Format.readable.contains(Corpus.pathExtension(of: path).lowercased()))
    }

    /// Apple Mail's export of a mailbox is a folder `Name.mbox` whose messages are in a file `mbox`:
    /// that file is read, a file `mbox` elsewhere is not.
    @Test(arguments: [("Anteckningar.mbox/mbox", true), ("a/Nätverk.mbox/mbox", true), ("a/mbox", false), ("mbox", false), ("a.mbox/Info.plist", false)])
    func appleMailsMailboxIsRead(path: String, read: Bool) {
        #expect(Format.isMinutes(path) == read)
    }

    /// Folders are walked side by side, links to folders after: a folder a link also leads to is
    /// listed where it really is, whichever the walk meets first, on every run alike (a file that
    /// moved between its two paths from run to run would be indexed again each time).
    @Test func aFolderALinkAlsoLeadsToIsListedWhereItReallyIs() throws {
        let workspace = try Workspace()
        let corpus = workspace.corpus.path
        var expected: [String] = []
        for number in 0..<8 {
            try workspace.write("mapp-\(number)/år/möte-\(number).txt", "Familjehem i Bjuv.")
            expected.append("mapp-\(number)/år/möte-\(number).txt")
        }
        for number in 0..<8 {
            // A link beside the folder, and one in another folder, to it and into it.
            #expect(symlink(corpus + "/mapp-\(number)", corpus + "/genväg-\(number)") == 0)
            #expect(symlink(corpus + "/mapp-\(number)/år", corpus + "/mapp-\((number + 1) % 8)/länk-\(number)") == 0)
        }
        try workspace.write(".dold/gömd.txt", "Placeringar.")
        #expect(symlink(corpus + "/.dold", corpus + "/synlig") == 0)
        expected.append("synlig/gömd.txt")
        for _ in 0..<3 {
            let listing = try Corpus(root: workspace.corpus).files()
            #expect(listing.files == expected.sorted())
            let reasons = Dictionary(listing.skipped.map { ($0.path, $0.reason) }) { a, _ in a }
            #expect(reasons.count == 16 && listing.skipped.count == 16, "\(listing.skipped)")
            for number in 0..<8 {
                #expect(reasons["genväg-\(number)"]?.contains("a folder already read") == true, "\(reasons)")
                #expect(reasons["mapp-\((number + 1) % 8)/länk-\(number)"]?.contains("a folder already read") == true, "\(reasons)")
            }
        }
    }

    /// Minutes kept under one folder, a folder a year inside it, are listed whole, each once, at
    /// every depth (the walk goes down level by level until it has folders to share).
    @Test func minutesUnderOneFolderAreListedAtEveryDepth() throws {
        let workspace = try Workspace()
        let corpus = workspace.corpus.path
        var expected = ["överst.txt", "arkiv/läs-mig.md"]
        for year in 2015...2024 {
            for month in ["03", "09"] { expected.append("arkiv/\(year)/\(month)/möte-\(year)\(month).txt") }
            expected.append("arkiv/\(year)/årsplan-\(year).txt")
        }
        expected.append("arkiv/2020/09/bilagor/djup/bilaga.md")
        for file in expected { try workspace.write(file, "Familjehem i Bjuv.") }
        #expect(symlink(corpus + "/arkiv/2019", corpus + "/arkiv/förra") == 0)
        let listing = try Corpus(root: workspace.corpus).files()
        #expect(listing.files == expected.sorted())
        #expect(listing.skipped.map(\.path) == ["arkiv/förra"], "\(listing.skipped)")
    }

    @Test func aFileOverTheSizeLimitIsSkippedWithAWarning() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", "Familjehem i Bjuv.")
        try workspace.write("stor.txt", String(repeating: "Placeringar i Klippan. ", count: 100))
        var warnings: [String] = []
        let summary = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: workspace.indexPath, maxFileSize: 1000)
            .run { if case .warning(let file, let message) = $0 { warnings.append("\(file): \(message)") } }
        #expect(summary.added == 1 && summary.skipped == 1)
        #expect(warnings.contains { $0.hasPrefix("stor.txt: skipped: 2300 bytes, over the limit of 1000 for a text file (--max-file-size)") }, "\(warnings)")
        #expect(try workspace.search("Klippan").total == 0)
        #expect(try workspace.search("Bjuv").total == 1)
    }

    /// A scan is a megabyte a page: a PDF (known by its bytes, whatever its name) is held to the
    /// documents' larger limit, not the text files'.
    @Test func aDocumentIsHeldToTheDocumentsLimitNotTheTextFilesOne() throws {
        let workspace = try Workspace()
        let pdf = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/Formats/styrelse.pdf"))
        try workspace.write("protokoll.txt", pdf)
        try workspace.write("stor.txt", String(repeating: "Placeringar i Klippan. ", count: 1000))
        try workspace.write("stor.htm", "<html><body>" + String(repeating: "<p>Placeringar i Klippan.</p>", count: 500))
        func index(documentLimit: Int) throws -> [String] {
            var warnings: [String] = []
            _ = try Indexer(corpus: Corpus(root: workspace.corpus), indexPath: workspace.indexPath, maxFileSize: 10_000, maxDocumentSize: documentLimit)
                .run { if case .warning(let file, let message) = $0 { warnings.append("\(file): \(message)") } }
            return warnings
        }
        let read = try index(documentLimit: 20_000)
        #expect(read.contains { $0.hasPrefix("stor.txt: skipped: 23000 bytes, over the limit of 10000 for a text file") }, "\(read)")
        #expect(read.contains { $0.hasPrefix("stor.htm: skipped: 14512 bytes, over the limit of 10000 for a text file") }, "\(read)")
        #expect(!read.contains { $0.hasPrefix("protokoll.txt") }, "\(read)")
        #expect(try workspace.search("familjehemssekreterare").total >= 1)
        // A lower limit for documents is a change of its own: the next run skips what it now holds too large.
        let skipped = try index(documentLimit: 12_000)
        #expect(skipped.contains { $0.hasPrefix("protokoll.txt: skipped: \(pdf.count) bytes, over the limit of 12000 for a document (--max-document-size)") }, "\(skipped)")
        #expect(try workspace.search("familjehemssekreterare").total == 0)
    }

    @Test func aFolderDeeperThanPATHMAXIsNamedNotPassedOver() throws {
        let workspace = try Workspace()
        defer {  // Foundation cannot remove what it cannot name; rm walks with openat
            let rm = Process()
            rm.executableURL = URL(fileURLWithPath: "/bin/rm")
            rm.arguments = ["-rf", workspace.root.path]
            try? rm.run()
            rm.waitUntilExit()
        }
        try workspace.write("a.txt", "Familjehem i Bjuv.")
        // Twenty-five folders of 200 letters, made one inside the other with mkdirat: 5,000 bytes of path.
        var folder = open(workspace.corpus.path, O_RDONLY | O_DIRECTORY)
        let name = String(repeating: "d", count: 200)
        for _ in 0..<25 {
            #expect(mkdirat(folder, name, 0o700) == 0)
            let inner = openat(folder, name, O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = inner
        }
        let file = openat(folder, "djup.txt", O_CREAT | O_WRONLY, 0o600)
        #expect(file >= 0)
        close(file)
        close(folder)

        let listing = try Corpus(root: workspace.corpus).files()
        #expect(listing.files == ["a.txt"])
        #expect(listing.skipped.count == 1, "\(listing.skipped)")
        #expect(listing.skipped.first?.reason.contains("File name too long") == true, "\(listing.skipped)")
    }
}
