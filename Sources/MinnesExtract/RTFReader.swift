import Foundation

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
            throw ExtractError.corrupt(format, outcome.failure())
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
