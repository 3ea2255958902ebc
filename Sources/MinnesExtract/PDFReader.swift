import Foundation

/// PDF through poppler: where `pdftohtml -xml` puts each piece of text, read as the page shows it
/// (`PDFLayout`: a table's rows, two columns one after the other, a paragraph's lines one, bold and
/// larger lines, the pages' furniture dropped). pdftotext's reading order where that XML does not read;
/// a scan without a text layer by OCR (`ScanReader`).
struct PDFReader: FormatReader {
    let format = Format.pdf
    static let tool = ExternalTool(name: "pdftohtml", package: "poppler-utils")
    static let plainTool = ExternalTool(name: "pdftotext", package: "poppler-utils")

    func recognises(_ data: Data) -> Bool { data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil }

    func read(_ data: Data, path: String) throws -> Extracted {
        // (Coordinates in points; hidden text too: a scan's OCR layer is invisible text.)
        let outcome = try Self.tool.run(["-xml", "-i", "-stdout", "-hidden", "-nodrm", "-enc", "UTF-8", "-zoom", "1", path])
        guard outcome.status == 0 else { throw failure(outcome) }
        guard var pages = PDFLayout.pages(outcome.output) else {
            let text = try readingOrder(path)
            if text.contains(where: \.isLetter) { return Extracted(text: text, format: format) }
            return try ScanReader.extracted(try ScanReader.pages(ofPDF: path, numbers: [1]), as: format)
        }
        let blank = pages.indices.filter { !pages[$0].pieces.contains { $0.text.contains(where: \.isLetter) } }
        // No text layer: a scan, read by OCR.
        if blank.count == pages.count {
            return try ScanReader.extracted(try ScanReader.pages(ofPDF: path, numbers: Array(1...max(pages.count, 1))), as: format)
        }
        // Typed pages and scanned ones (a signed list of who came, an appendix): the pages with no text
        // but a picture read by OCR, in their place; without OCR the typed pages still read, and said so.
        var notes: [String] = []
        let pictured = blank.isEmpty ? [] : Self.pagesWithImages(path)
        let scanned = blank.filter { pictured.contains($0 + 1) }
        if !scanned.isEmpty {
            let named = Self.named(scanned.map { $0 + 1 })
            do {
                for (index, page) in zip(scanned, try ScanReader.pages(ofPDF: path, numbers: scanned.map { $0 + 1 })) { pages[index] = page }
                notes.append("\(named) no text layer: read by OCR (tesseract), so a word may be misread")
            } catch let error as ExtractError {
                notes.append("\(named) no text layer, and not read: \(error)")
            }
        }
        return Extracted(text: PDFLayout.text(pages), format: format, notes: notes)
    }

    static let imageTool = ExternalTool(name: "pdfimages", package: "poppler-utils")

    /// The numbers of the pages of the PDF at path that show a picture (`pdfimages -list`, which
    /// decodes none): a page with none is blank, not a scan.
    static func pagesWithImages(_ path: String) -> Set<Int> {
        guard let outcome = try? imageTool.run(["-list", path]), outcome.status == 0 else { return [] }
        // (Two lines of heads, then a picture a line, its page first.)
        return Set(String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").dropFirst(2).compactMap {
            $0.split(separator: " ").first.flatMap { Int($0) }
        })
    }

    /// "page 3 has", "pages 3 and 5 have", "pages 3, 4 and 5 have".
    static func named(_ numbers: [Int]) -> String {
        guard let last = numbers.last, numbers.count > 1 else { return "page \(numbers.first ?? 0) has" }
        return "pages " + numbers.dropLast().map(String.init).joined(separator: ", ") + " and \(last) have"
    }

    /// pdftotext's reading order, its pages as a reader takes them (`Pages`).
    func readingOrder(_ path: String) throws -> String {
        let outcome = try Self.plainTool.run(["-enc", "UTF-8", "-eol", "unix", path, "-"])
        guard outcome.status == 0 else { throw failure(outcome) }
        let pages = String(decoding: outcome.output, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.contains { !$0.isEmpty } }
        return Pages.joined(pages)
    }

    func failure(_ outcome: ExternalTool.Outcome) -> ExtractError {
        if outcome.errors.localizedCaseInsensitiveContains("password") { return .encrypted(format) }
        return .corrupt(format, outcome.failure(lastLine: true))
    }
}
