import Foundation
import Testing
import ZIPFoundation

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
        // Four meetings: the Word file, the PDF, the old .doc and the minutes the e-mail carries (its own
        // text only covers them).
        #expect(indexed.stderr.contains("added 4"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: trasig.docx: skipped: not a readable docx file (not a zip archive)"))
        #expect(indexed.stderr.contains("1 .xlsx"), "\(indexed.stderr)")
        #expect(!indexed.stderr.contains("~$natverk"))
        try world.startDaemon()

        let (files, response) = try searchFiles(world, "Solrosmodellen")
        #expect(files == Set(["natverk.docx", "kallelse.eml#natverk.docx"]))
        // (The mail only covers the minutes it carries: no meeting of its own, its words the minutes'.)
        #expect(try searchFiles(world, "hälsningar").files == ["kallelse.eml#natverk.docx"])
        let result = try #require((response["results"] as? [[String: Any]])?.first { $0["file"] as? String == "natverk.docx" })
        #expect(result["format"] as? String == "docx")
        #expect(result["title"] as? String == "Arbetsmodell för tidiga insatser")
        #expect(try searchFiles(world, "medlemsavgiftshöjning").files == Set(["styrelse.pdf", "styrelse.doc"]))
        let shown = try world.minnes("show", try #require(result["meeting"] as? String))
        #expect(shown.stdout.contains("File         natverk.docx (docx)"), "\(shown.stdout)")
        let who = try world.minnes("who", "--json", "familjehemsplaceringar")
        #expect(who.stdout.contains("Jonas Lindqvist"), "\(who.stdout)")
    }

    /// A mailbox exported by Apple Mail (a folder `Name.mbox` with its messages in `mbox`) is its
    /// messages, each a mail of its own with the files it carries; the folder's other files are not.
    @Test func aMailboxsMessagesAndWhatTheyCarryAreSearchable() throws {
        let attached = try fixture("natverk.docx").base64EncodedString(options: .lineLength76Characters)
        let mailbox = """
            From ada@bjuv.se Tue Feb  3 09:12:44 2026
            From: Ada Berg <ada@bjuv.se>
            Subject: =?utf-8?Q?Anteckningar_fr=C3=A5n_n=C3=A4tverket?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Hej! Här är anteckningarna.
            --b
            Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="natverk.docx"
            Content-Disposition: attachment; filename="natverk.docx"
            Content-Transfer-Encoding: base64

            \(attached)
            --b--

            From per@klippan.se Tue Mar  3 10:00:00 2026
            From: Per Holm <per@klippan.se>
            Subject: Minnesanteckningar 3 mars
            Content-Type: text/plain; charset=utf-8

            Minnesanteckningar
            Datum: 2026-03-03
            1. Gruppvägledning
            Per Holm tog upp gruppvägledningen i Klippan.

            """
        let world = try World(corpus: [
            "Arkiv.mbox/mbox": utf8(mailbox), "Arkiv.mbox/Info.plist": utf8("<plist/>"),
        ])
        let indexed = try world.minnes("index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        // (Two meetings: the first mail only covers the minutes it carries.)
        #expect(indexed.stderr.contains("added 2,") && indexed.stderr.contains("1 .plist"), "\(indexed.stderr)")
        try world.startDaemon()
        #expect(try searchFiles(world, "Solrosmodellen").files == ["Arkiv.mbox/mbox#Anteckningar från nätverket.eml#natverk.docx"])
        #expect(try searchFiles(world, "gruppvägledningen").files == ["Arkiv.mbox/mbox#Minnesanteckningar 3 mars.eml"])
    }

    /// A zip (a folder downloaded from SharePoint or sent compressed) is read as the folder it was: its
    /// files of minutes found by their path in it, what cannot be read said by name, its other files
    /// counted; a zip changed is read again, and what it no longer holds is gone from the index.
    @Test func aZipsFilesAreSearchableByTheirPathInIt() throws {
        func zip(_ files: [(String, Data)]) throws -> Data {
            let archive = try Archive(accessMode: .create)
            for (path, data) in files {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return try #require(archive.data)
        }
        let minutes = utf8("Minnesanteckningar\nDatum: 2025-10-14\n1. Gruppvägledning\nPer Holm tog upp gruppvägledningen i Klippan.\n")
        let world = try World(corpus: [
            "Nätverket.zip": try zip([
                ("Möten/2025/natverk.docx", try fixture("natverk.docx")), ("Möten/2025/14 oktober.txt", minutes),
                ("Möten/trasig.docx", try fixture("trasig.docx")), ("Möten/Närvaro.xlsx", utf8("PK")),
                ("__MACOSX/Möten/2025/._natverk.docx", utf8("Mac OS X")),
            ])
        ])
        let indexed = try world.minnes("index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stderr.contains("added 2,"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: Nätverket.zip#Möten/trasig.docx: skipped: not a readable docx file"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: Nätverket.zip: holds files of types Minnes does not read: .xlsx (1)"), "\(indexed.stderr)")
        try world.startDaemon()
        #expect(try searchFiles(world, "Solrosmodellen").files == ["Nätverket.zip#Möten/2025/natverk.docx"])
        #expect(try searchFiles(world, "gruppvägledning").files == ["Nätverket.zip#Möten/2025/14 oktober.txt"])

        try zip([("Möten/2025/14 oktober.txt", minutes)]).write(to: URL(fileURLWithPath: world.corpus + "/Nätverket.zip"))
        let again = try world.minnes("index")
        #expect(again.status == 0 && again.stderr.contains("removed 1"), "\(again.stderr)")
        #expect(try searchFiles(world, "Solrosmodellen").files.isEmpty)
        #expect(try searchFiles(world, "gruppvägledning").files == ["Nätverket.zip#Möten/2025/14 oktober.txt"])
    }

    /// A scan (a PDF of page images, no text layer) is read by OCR and found, and said to be; without
    /// tesseract it is skipped, and the package that reads it named.
    @Test func aScannedPDFIsSearchableByOCRAndSaidSo() throws {
        let world = try World(corpus: ["arkiv/skannad.pdf": try fixture("skannad.pdf"), "tom.pdf": try fixture("tom_skanning.pdf")])
        let indexed = try world.minnes("index")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: arkiv/skannad.pdf: no text layer: read by OCR (tesseract), so a word may be misread"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("warning: tom.pdf: skipped: the pdf file has no text: no text layer, and OCR found no words on its pages"), "\(indexed.stderr)")
        #expect(indexed.stderr.contains("added 1,") && indexed.stderr.contains("skipped 1"), "\(indexed.stderr)")
        try world.startDaemon()
        #expect(try searchFiles(world, "medlemsavgiftshöjning").files == ["arkiv/skannad.pdf"])
        let meetings = try world.minnes("meetings", "--json")
        #expect(meetings.stdout.contains("Birgitta Sandell"), "\(meetings.stdout)")

        // A PATH with poppler's tools but not tesseract.
        let other = try World(corpus: ["skannad.pdf": try fixture("skannad.pdf")])
        let bin = other.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for tool in ["pdftohtml", "pdftotext", "pdftoppm"] {
            try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent(tool), withDestinationURL: URL(fileURLWithPath: "/usr/bin/" + tool))
        }
        var environment = other.environment
        environment["PATH"] = bin.path
        let skipped = try other.run("minnes", ["index"], environment: environment)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("warning: skannad.pdf: skipped: tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-swe)"), "\(skipped.stderr)")
        #expect(skipped.stderr.contains("skipped 1"), "\(skipped.stderr)")
        // Tesseract without its Swedish model (a folder of models without it).
        environment = other.environment
        environment["TESSDATA_PREFIX"] = bin.path
        let noModel = try other.run("minnes", ["index"], environment: environment)
        #expect(noModel.stderr.contains("warning: skannad.pdf: skipped: tesseract's Swedish model is not installed (Debian: apt-get install tesseract-ocr-swe)"), "\(noModel.stderr)")
        // The model installed there, the scan is read on the next run.
        let installed = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"].map { $0 + "/swe.traineddata" }
            .first(where: FileManager.default.fileExists)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("swe.traineddata"), withDestinationURL: URL(fileURLWithPath: try #require(installed)))
        let read = try other.run("minnes", ["index"], environment: environment)
        #expect(read.stderr.contains("added 1,") && !read.stderr.contains("not installed"), "\(read.stderr)")
    }

    /// Typed minutes with a scanned appendix, indexed where tesseract is not: the typed pages are
    /// searchable, the page left unread is named, and installing tesseract reads it on the next run.
    @Test func aScannedPageLeftUnreadForWantOfOCRIsReadOnceItIsInstalled() throws {
        let world = try World(corpus: ["protokoll.pdf": try fixture("blandad.pdf")])
        let bin = world.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for tool in ["pdftohtml", "pdftotext", "pdftoppm", "pdfimages"] {
            try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent(tool), withDestinationURL: URL(fileURLWithPath: "/usr/bin/" + tool))
        }
        var environment = world.environment
        environment["PATH"] = bin.path
        let without = try world.run("minnes", ["index"], environment: environment)
        #expect(without.status == 0 && without.stderr.contains("added 1,"), "\(without.stderr)")
        #expect(without.stderr.contains("warning: protokoll.pdf: page 1 has no text layer, and not read: tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-swe)"), "\(without.stderr)")
        try world.startDaemon()
        #expect(try searchFiles(world, "fadderverksamheten").files == ["protokoll.pdf"])
        #expect(try searchFiles(world, "Strandberg").files.isEmpty)
        let with = try world.minnes("index")
        #expect(with.status == 0 && with.stderr.contains("page 1 has no text layer: read by OCR"), "\(with.stderr)")
        #expect(try searchFiles(world, "Strandberg").files == ["protokoll.pdf"])
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
