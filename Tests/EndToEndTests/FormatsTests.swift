import Foundation
import Testing

/// Minutes kept as Word, PDF and old .doc are read like text, end to end through `minnes`.
@Suite(.serialized) struct FormatsTests {
    static let formats = World.repository.appendingPathComponent("Tests/Fixtures/Formats")

    func fixture(_ name: String) throws -> Data { try Data(contentsOf: Self.formats.appendingPathComponent(name)) }

    @Test func wordPdfAndDocAreSearchableAndOtherTypesAreCountedNotRead() throws {
        let world = try World(corpus: [
            "natverk.docx": try fixture("natverk.docx"), "styrelse.pdf": try fixture("styrelse.pdf"),
            "styrelse.doc": try fixture("styrelse.doc"), "budget.xlsx": Data("PK\u{3}\u{4}".utf8),
            "trasig.docx": try fixture("trasig.docx"), "~$natverk.docx": Data("lock".utf8),
            "kallelse.eml": try fixture("kallelse.eml"),
        ])
        let indexed = try world.minnes("index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        // The e-mail is two meetings: its own text, and the minutes it carries.
        #expect(indexed.stderr.contains("added 5"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: trasig.docx: skipped: not a readable docx file (not a zip archive)"))
        #expect(indexed.stderr.contains("1 .xlsx"), "\(indexed.stderr)")
        #expect(!indexed.stderr.contains("~$natverk"))
        try world.startDaemon()

        let (files, response) = try searchFiles(world, "Solrosmodellen")
        #expect(files == Set(["natverk.docx", "kallelse.eml#natverk.docx"]))
        let result = try #require((response["results"] as? [[String: Any]])?.first { $0["file"] as? String == "natverk.docx" })
        #expect(result["format"] as? String == "docx")
        #expect(result["title"] as? String == "Arbetsmodell för tidiga insatser")
        #expect(try searchFiles(world, "medlemsavgiftshöjning").files == Set(["styrelse.pdf", "styrelse.doc"]))
        let shown = try world.minnes("show", try #require(result["meeting"] as? String))
        #expect(shown.stdout.contains("File         natverk.docx (docx)"), "\(shown.stdout)")
        let who = try world.minnes("who", "--json", "familjehemsplaceringar")
        #expect(who.stdout.contains("Jonas Lindqvist"), "\(who.stdout)")
    }

    @Test func aMissingToolIsSaidOnceWithItsPackageAndEveryFileItWouldReadIsCounted() throws {
        let world = try World(corpus: [
            "a.pdf": try fixture("styrelse.pdf"), "b.pdf": try fixture("styrelse.pdf"),
            "c.txt": utf8("Minnesanteckningar\nFamiljehem i Bjuv."),
        ])
        // A PATH where poppler's pdftohtml is not.
        let bin = world.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        var environment = world.environment
        environment["PATH"] = bin.path
        let indexed = try world.run("minnes", ["index"], environment: environment)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        let warnings = indexed.stderr.split(separator: "\n").filter { $0.contains("pdftohtml is not installed (Debian: apt-get install poppler-utils)") }
        #expect(warnings.count == 1, "\(indexed.stderr)")
        #expect(indexed.stderr.contains("added 1,") && indexed.stderr.contains("skipped 2"), "\(indexed.stderr)")
    }
}
