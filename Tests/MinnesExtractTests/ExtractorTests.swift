import Foundation
import Testing

@testable import MinnesExtract

/// Each format's reader on the committed fixtures (Tests/Fixtures/Formats, README there says how
/// each was made): the text a reader reads, by content, whatever the name.
@Suite struct ExtractorTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Formats")

    func extract(_ name: String) throws -> Extracted {
        let url = Self.folder.appendingPathComponent(name)
        return try Extractor.read(try Data(contentsOf: url), path: url.path)
    }

    @Test func pdfPagesLoseTheirFurnitureAndHyphensJoin() {
        let pages = [["Protokoll", "Text på sidan ett med familje-", "hemmet i slutet", "Sida 1"], ["Mer text", "Sida 2"]]
        let kept = PDFReader.withoutRunningLines(pages)
        #expect(kept == [["Protokoll", "Text på sidan ett med familje-", "hemmet i slutet"], ["Mer text"]])
        #expect(PDFReader.rejoin("med familje-\nhemmet och Bjuv-\nHöganäs") == "med familjehemmet och Bjuv-\nHöganäs")
    }
}
