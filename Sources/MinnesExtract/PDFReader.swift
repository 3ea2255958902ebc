import Foundation

/// PDF through poppler: where `pdftohtml -xml` puts each piece of text, read as the page shows it
/// (`PDFLayout`: a table's rows, two columns one after the other, a paragraph's lines one, bold and
/// larger lines, the pages' furniture dropped). pdftotext's reading order where that XML does not read.
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
        guard text.contains(where: \.isLetter) else { throw ExtractError.noText(format) }
        return Extracted(text: text, format: format)
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
        return .corrupt(format, outcome.errors.split(separator: "\n").last.map(String.init) ?? "exit \(outcome.status)")
    }
}

/// RTF through catdoc, which reads RTF's Unicode escapes as UTF-8 (unrtf's text mode loses them).
struct RTFReader: FormatReader {
    let format = Format.rtf
    static let tool = ExternalTool(name: "catdoc", package: "catdoc")

    func recognises(_ data: Data) -> Bool { data.starts(with: Array("{\\rtf".utf8)) }

    nonisolated(unsafe) static let listMark = /^([-–•·*]|\d{1,2}[.)])\t\s*/
    nonisolated(unsafe) static let unicodeEscape = /\\u(\d{3,5})\?/
    nonisolated(unsafe) static let fallbackAfter = /([^\u{0}-\u{FF}])\?/

    func read(_ data: Data, path: String) throws -> Extracted {
        let outcome = try Self.tool.run(["-d", "utf-8", "-w", path])
        guard outcome.status == 0 else {
            throw ExtractError.corrupt(format, outcome.errors.split(separator: "\n").first.map(String.init) ?? "exit \(outcome.status)")
        }
        // catdoc leaves a blank line after every paragraph: a line a paragraph, as elsewhere; and opens
        // each with the spaces of its indent (none of its nesting), a list's mark apart by a tab
        // ("  –\t Helsingborg: …"): a line read as it stands, its mark one space before its text.
        var text = String(decoding: outcome.output, as: UTF8.self).replacing(/\n\n/, with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.drop { $0 == " " }).replacing(Self.listMark) { "\($0.1) " }
            }.filter { $0.isEmpty || !$0.replacing(PageFurniture.endingPageNumber, with: "").isEmpty }  // (a page's number alone)
            .joined(separator: "\n")
        // catdoc writes a letter beyond Latin-1 ("\u432?", ư) and then its fallback too: the "?" after it
        // is no text where the file escapes such letters so.
        if String(decoding: data, as: UTF8.self).matches(of: Self.unicodeEscape).contains(where: { (Int($0.1) ?? 0) > 255 }) {
            text = text.replacing(Self.fallbackAfter) { String($0.1) }
        }
        return Extracted(text: text, format: format)
    }
}
