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
        // (A file whose paragraphs end in a backslash is read from a copy with them as \par.)
        let source = Self.paragraphsSpelledOut(data)
        let outcome = try source.map { source in
            try PrivateFolder.withCopy(source, of: "its paragraphs spelled out", format: format) { try Self.tool.run(["-d", "utf-8", "-w", $0]) }
        } ?? Self.tool.run(["-d", "utf-8", "-w", path])
        guard outcome.status == 0 else {
            throw ExtractError.corrupt(format, outcome.failure())
        }
        // catdoc (not wrapping, `-w`) writes a paragraph a line, an empty one an empty line, and opens
        // each with the spaces of its indent (none of its nesting), a list's mark apart by a tab
        // ("  –\t Helsingborg: …"): a line read as it stands, its mark one space before its text.
        var text = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
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

    /// Cocoa's RTF (TextEdit's, Mail's) ends each paragraph with a backslash before the line's end,
    /// RTF's other way to write `\par`, which catdoc does not know: its paragraphs would run into one
    /// line. The same with each such backslash written `\par`; nil when there is none. (A backslash
    /// after an odd run of them is one; after an even run, `\\` is a backslash of the text.)
    static func paragraphsSpelledOut(_ data: Data) -> Data? {
        let bytes = [UInt8](data), slash = UInt8(ascii: "\\")
        var out: [UInt8] = [], run = 0, changed = false
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == slash, run % 2 == 0, index + 1 < bytes.count, bytes[index + 1] == 0x0A || bytes[index + 1] == 0x0D {
                out += Array("\\par".utf8)
                changed = true
            } else {
                out.append(byte)
            }
            run = byte == slash ? run + 1 : 0
        }
        return changed ? Data(out) : nil
    }
}
