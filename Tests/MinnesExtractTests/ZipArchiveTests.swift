import Foundation
import Testing
import ZIPFoundation

@testable import MinnesExtract

/// A zip is read as the folder it was: each file of minutes in it a part named by its path there,
/// what is not minutes counted, what cannot be read said, and nothing of a Mac's or Office's own
/// files read as text.
@Suite struct ZipArchiveTests {
    static let minutes = "Minnesanteckningar\nDatum: 2025-10-14\nNärvarande: Ada Berg, Bjuv\n1. Familjehem i Bjuv"

    /// One stored file of a zip as its program wrote it: the name's bytes, and its flags (bit 0: a
    /// password; bit 11: the name is UTF-8).
    struct Stored {
        var name: [UInt8]
        var flags: UInt16 = 0
        var data = Data(ZipArchiveTests.minutes.utf8)
    }

    /// A zip of stored (uncompressed) files, written byte by byte: the names and flags exactly as given.
    static func zip(_ files: [Stored]) -> Data {
        func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        var body = Data(), directory = Data()
        for file in files {
            let offset = body.count
            let crc = Int(file.data.crc32(checksum: 0))
            let common = le(20, 2) + le(Int(file.flags), 2) + le(0, 2) + le(0, 4) + le(crc, 4) + le(file.data.count, 4) + le(file.data.count, 4) + le(file.name.count, 2) + le(0, 2)
            body.append(contentsOf: [0x50, 0x4B, 0x03, 0x04] + common + file.name)
            body.append(file.data)
            directory.append(contentsOf: [0x50, 0x4B, 0x01, 0x02] + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(offset, 4) + file.name)
        }
        let end = [0x50, 0x4B, 0x05, 0x06] + le(0, 4) + le(files.count, 2) + le(files.count, 2) + le(directory.count, 4) + le(body.count, 4) + le(0, 2)
        return body + directory + Data(end)
    }

    static func parts(_ data: Data) throws -> [Extracted] { try Extractor.parts(data, path: "Arkiv.zip") }

    @Test func eachFileOfMinutesIsAPartNamedByItsPath() throws {
        let docx = try OfficeDocumentTests.zip([
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document \(OfficeDocumentTests.w)><w:body>\(OfficeDocumentTests.p("Medelpunkten i Klippan"))</w:body></w:document>"),
        ])
        let zip = try OfficeDocumentTests.zip(bytes: [
            ("Möten/2025/14 oktober.txt", Data(Self.minutes.utf8)),
            ("Möten/2025/", Data()),
            ("Möten/protokoll.docx", docx),
            // A Mac's copies of a file's attributes, its folder's view, Office's lock file: no one's text.
            ("__MACOSX/Möten/2025/._14 oktober.txt", Data("Mac OS X  com.apple.quarantine".utf8)),
            ("Möten/.DS_Store", Data("Bud1 dsclbool".utf8)),
            ("Möten/~$otokoll.docx", Data("Ada Berg".utf8)),
            ("Möten/Närvaro.xlsx", Data("PK".utf8)), ("Möten/Budget.xlsx", Data("PK".utf8)), ("Möten/logga.svg", Data("<svg/>".utf8)),
        ])
        let parts = try Self.parts(zip)
        #expect(parts.map(\.part) == [nil, "Möten/2025/14 oktober.txt", "Möten/protokoll.docx"])
        #expect(parts.map(\.format) == [.archive, .text, .word])
        // The zip's own part says what it holds that is not read, and has no text.
        #expect(parts[0].text.isEmpty)
        #expect(parts[0].notes == ["holds files of types Minnes does not read: .svg (1), .xlsx (2)"])
        #expect(parts[1].text.contains("Familjehem i Bjuv"))
        #expect(parts[2].text == "Medelpunkten i Klippan")
        #expect(!parts.contains { $0.text.contains("com.apple") || $0.text.contains("Bud1") })
        #expect(try Extractor.read(zip, path: "Arkiv.zip").part == "Möten/2025/14 oktober.txt")
    }

    /// A Word file zipped in a folder, stored as it is (its parts' names in the zip's first bytes), is
    /// the folder's zip, not a Word file: a zip is Word's only when its first file is one of Word's.
    @Test func aZipOfAFolderHoldingAWordFileIsNotAWordFile() throws {
        let docx = try OfficeDocumentTests.zip([
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document \(OfficeDocumentTests.w)><w:body>\(OfficeDocumentTests.p("Medelpunkten"))</w:body></w:document>"),
        ])
        let zip = Self.zip([Stored(name: Array("Möten/protokoll.docx".utf8), flags: 1 << 11, data: docx)])
        #expect(zip.prefix(4096).range(of: Data("word/document.xml".utf8)) != nil)
        let parts = try Self.parts(zip)
        #expect(parts.map(\.part) == ["Möten/protokoll.docx"])
        #expect(parts.first?.text == "Medelpunkten")
    }

    /// Names as the programs that zip them write them: UTF-8 said so; a Mac's UTF-8 not said so, its
    /// letters decomposed; Windows' compressed folder in the code page of a Swedish Windows (850).
    @Test func namesAreReadAsTheirProgramsWroteThem() throws {
        let zip = Self.zip([
            Stored(name: Array("Möte år.txt".utf8), flags: 1 << 11),
            Stored(name: Array("Mo\u{308}te a\u{308}r.txt".utf8)),
            Stored(name: Array("M".utf8) + [0x94] + Array("te ".utf8) + [0x86, 0x8E] + Array("r S".utf8) + [0x9B] + Array("ren.txt".utf8)),
        ])
        let parts = try Self.parts(zip).map(\.part)
        #expect(parts.map { $0?.unicodeScalars.map(\.value) } == ["Möte år.txt", "Möte är.txt", "Möte åÄr Søren.txt"].map { $0.unicodeScalars.map(\.value) })
    }

    /// A file in a zip is bounded by what it unpacks to, not by what the zip says it will (a zip bomb
    /// says little).
    @Test func aFileIsBoundedByWhatItUnpacksTo() throws {
        var zip = try OfficeDocumentTests.zip(bytes: [("möte.txt", Data(count: 10_000))])
        // Its sizes said to be 10 bytes, in its own header (at 22) and the directory's (at 24).
        let header = try #require(zip.range(of: Data([0x50, 0x4B, 0x03, 0x04]))).lowerBound
        let directory = try #require(zip.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        for at in [header + 22, directory + 24] { zip.replaceSubrange(at..<at + 4, with: [10, 0, 0, 0]) }
        let archive = try Archive(data: zip, accessMode: .read)
        let entry = try #require(archive.makeIterator().next())
        #expect(throws: ExtractError.corrupt(.archive, "möte.txt is too large")) { try zipEntry(archive, entry, format: .archive, limit: 1_000) }
        #expect(try zipEntry(archive, entry, format: .archive, limit: 20_000).count == 10_000)
    }

    /// What cannot be read is said, each by its name, and the rest is read.
    @Test func whatCannotBeReadIsSaidAndTheRestIsRead() throws {
        let zip = Self.zip([
            Stored(name: Array("hemlig.txt".utf8), flags: 1, data: Data("Sekretess".utf8)),
            Stored(name: Array("trasig.pdf".utf8), data: Data("%PDF-1.4 trasig".utf8)),
            Stored(name: Array("tom.txt".utf8), data: Data()),
            Stored(name: Array("möte.txt".utf8), flags: 1 << 11),
        ])
        let parts = try Self.parts(zip)
        #expect(parts.map(\.part) == ["hemlig.txt", "trasig.pdf", "tom.txt", "möte.txt"])
        #expect(parts[0].notes == ["skipped: protected by a password"])
        #expect(parts[1].text.isEmpty && parts[1].notes.first?.hasPrefix("skipped: not a readable pdf file") == true)
        #expect(parts[2].notes == ["skipped: the file is empty"])
        #expect(parts[3].text.contains("Familjehem i Bjuv"))
        #expect(!parts.contains { $0.text.contains("Sekretess") })
    }

    /// A zip of nothing to read is said to be so.
    @Test func aZipOfNothingIsSaidSo() throws {
        #expect(throws: ExtractError.noText(.archive)) { try Self.parts(Self.zip([])) }
        #expect(throws: ExtractError.noText(.archive)) { try Self.parts(Self.zip([Stored(name: Array(".DS_Store".utf8))])) }
        #expect(ExtractError.noText(.archive).description == "the zip holds no file to read")
    }

    /// A zip cut short (no end record, no directory) is said to be broken, and nothing traps.
    @Test func aZipCutShortIsSaidBroken() throws {
        let whole = Self.zip([Stored(name: Array("möte.txt".utf8))])
        for cut in [whole.prefix(5), whole.prefix(whole.count - 30)] {
            #expect(throws: ExtractError.corrupt(.archive, "not a zip archive")) { try Self.parts(Data(cut)) }
        }
    }

    /// Zips in a zip are read as folders in it, to a depth: a zip holding itself would never end.
    @Test func aZipInAZipIsReadAsAFolderToADepth() throws {
        var zip = Self.zip([Stored(name: Array("möte.txt".utf8))])
        for level in (1...ZipArchiveReader.depth).reversed() {
            #expect(try Self.parts(zip).first?.part?.hasSuffix("möte.txt") == true)
            zip = Self.zip([Stored(name: Array("\(level).zip".utf8), data: zip)])
        }
        let parts = try Self.parts(zip)
        #expect(parts.map(\.part) == ["1.zip#2.zip#3.zip#4.zip"])
        #expect(parts.first?.notes == ["skipped: a zip inside \(ZipArchiveReader.depth) zips is not read"])
    }

    /// A zip's files are read only up to a bound on what they unpack to (a zip bomb's files each stay
    /// under the bound of one); what is over it is said.
    @Test func whatAZipUnpacksToIsBounded() throws {
        let zip = Self.zip((1...3).map { Stored(name: Array("möte \($0).txt".utf8), flags: 1 << 11) })
        let each = Self.minutes.utf8.count
        let parts = try ZipArchiveReader.parts(zip, depth: 1, unpackedLimit: 2 * each)
        #expect(parts.filter { !$0.text.isEmpty }.map(\.part) == ["möte 1.txt", "möte 2.txt"])
        #expect(parts.last?.notes == ["skipped: the zip's files come to more than 0 MB unpacked"])
    }

    /// A zip a mail carries is read as the mail's attachment it is: its files parts of the mail.
    @Test func aZipAMailCarriesIsReadToo() throws {
        let attached = Self.zip([Stored(name: Array("2025/möte.txt".utf8), flags: 1 << 11)]).base64EncodedString(options: .lineLength76Characters)
        let mail = """
            From: Ada Berg <ada@bjuv.se>
            Subject: Protokollen
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Hej! Här är protokollen.
            --b
            Content-Type: application/zip; name="protokoll.zip"
            Content-Disposition: attachment; filename="protokoll.zip"
            Content-Transfer-Encoding: base64

            \(attached)
            --b--
            """
        let parts = try Extractor.parts(Data(mail.utf8), path: "utskick.eml")
        #expect(parts.map(\.part) == [nil, "protokoll.zip#2025/möte.txt"])
        #expect(parts[1].text.contains("Familjehem i Bjuv"))
    }
}
