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
        let words = pages.map { page in page.pieces.reduce(0) { $0 + $1.text.split(separator: " ").filter { $0.contains(where: \.isLetter) }.count } }
        // No text layer: a scan, read by OCR.
        if words.allSatisfy({ $0 == 0 }) {
            return try ScanReader.extracted(try ScanReader.pages(ofPDF: path, numbers: Array(1...max(pages.count, 1))), as: format)
        }
        // Typed pages and scanned ones (a signed list of who came, an appendix): a page with no text but
        // a picture, or with a few words over a picture as large as half the page (a scan stamped with
        // a registry's line or a page number), read by OCR in its place; without OCR the typed pages
        // still read, and said so.
        let pictures = words.contains(where: { $0 < Self.stampWords }) ? Self.pictures(path) : [:]
        let covered = { (index: Int) in (pictures[index + 1] ?? 0) / max(1, pages[index].width * pages[index].height) }
        let blank = pages.indices.filter { words[$0] == 0 && covered($0) > 0 }
        let stamped = pages.indices.filter { (1..<Self.stampWords).contains(words[$0]) && covered($0) >= 0.5 }
        let scanned = (blank + stamped).sorted()
        guard !scanned.isEmpty else { return Extracted(text: PDFLayout.text(pages), format: format) }
        let said = [(blank, "no text layer"), (stamped, "a scan under a few words of text (a stamp, a page's number)")].filter { !$0.0.isEmpty }
            .map { Self.named($0.0.map { $0 + 1 }) + " " + $0.1 }
        var notes: [String] = []
        do {
            for (index, page) in zip(scanned, try ScanReader.pages(ofPDF: path, numbers: scanned.map { $0 + 1 })) { pages[index] = page }
            notes = said.map { $0 + ": read by OCR (tesseract), so a word may be misread" }
        } catch let error as ExtractError {
            notes = said.map { $0 + ", and not read: \(error)" }
        }
        return Extracted(text: PDFLayout.text(pages), format: format, notes: notes)
    }

    static let imageTool = ExternalTool(name: "pdfimages", package: "poppler-utils")
    /// Fewer words than this over a picture as large as half the page: a scan with a stamp.
    static let stampWords = 15

    /// The area (square points) the pictures of each page of the PDF at path cover, by page number
    /// (`pdfimages -list`, which decodes none): a page with none is blank, not a scan.
    static func pictures(_ path: String) -> [Int: Double] {
        guard let outcome = try? imageTool.run(["-list", path]), outcome.status == 0 else { return [:] }
        // (Two lines of heads, then a picture a line: its page, …, width and height in pixels, …,
        // horizontal and vertical pixels an inch.)
        var area: [Int: Double] = [:]
        for line in String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").dropFirst(2) {
            let cells = line.split(separator: " ")
            guard cells.count > 13, let page = Int(cells[0]), let width = Double(cells[3]), let height = Double(cells[4]) else { continue }
            let (across, down) = (Double(cells[12]) ?? 0, Double(cells[13]) ?? 0)
            area[page, default: 0] += across > 0 && down > 0 ? width / across * 72 * height / down * 72 : 1
        }
        return area
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
