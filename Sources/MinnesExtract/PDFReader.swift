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
        let pages = PDFLayout.pages(outcome.output)
        let text = try pages.map(PDFLayout.text) ?? readingOrder(path)
        if text.contains(where: \.isLetter) { return Extracted(text: text, format: format) }
        // No text layer: a scan, read by OCR (its pages as many as the XML's, text or none).
        return try ScanReader.extracted(try ScanReader.pages(ofPDF: path, pageCount: pages?.count ?? 0), as: format)
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
