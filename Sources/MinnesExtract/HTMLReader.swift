import CHTML
import Foundation

/// A web page (`.html`, `.htm`) through libxml2's HTML parser: headings by level, list items, table
/// rows as tab-separated cells, bold as `**…**`; scripts and styles left out.
struct HTMLReader: FormatReader {
    let format = Format.html

    func recognises(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    func read(_ data: Data, path: String) throws -> Extracted {
        let document = data.withUnsafeBytes { bytes in
            mh_parse(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
        }
        guard let document else { throw ExtractError.corrupt(format, "not HTML") }
        defer { mh_free(document) }
        var writer = HTMLText()
        writer.walk(mh_root(document))
        return Extracted(text: writer.lines.joined(separator: "\n"), format: format)
    }
}

/// The lines of a page, written as its elements say.
struct HTMLText {
    var lines: [String] = []
    private var line = ""
    private var row: [String]?
    private var ordered: [Int] = []  // the counters of open numbered lists; 0 for a bulleted one

    static let skipped: Set<String> = ["script", "style", "head", "noscript", "template"]
    static let breaks: Set<String> = ["p", "div", "br", "section", "article", "header", "footer", "ul", "ol", "table", "blockquote", "pre"]

    mutating func walk(_ node: OpaquePointer?) {
        var node = node
        while let current = node {
            visit(current)
            node = mh_next(current)
        }
    }

    private mutating func visit(_ node: OpaquePointer) {
        if mh_type(node) == Int32(MH_TEXT), let content = mh_content(node) {
            // White space between words (even a node of it alone, between two spans) is one space.
            let raw = String(cString: content)
            let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if raw.first?.isWhitespace == true, !line.isEmpty, !line.hasSuffix(" ") { line += " " }
            line += text
            if !text.isEmpty, raw.last?.isWhitespace == true { line += " " }
            return
        }
        guard mh_type(node) == Int32(MH_ELEMENT), let raw = mh_name(node) else { return }
        let name = String(cString: raw).lowercased()
        if Self.skipped.contains(name) { return }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            finishLine()
            if lines.last?.isEmpty == false { lines.append("") }
            line = String(repeating: "#", count: Int(String(name.last!))!) + " "
            walk(mh_children(node))
            finishLine()
        case "li":
            finishLine()
            if let counter = ordered.last, counter > 0 {
                ordered[ordered.count - 1] += 1
                line = "\(counter). "
            } else {
                line = "- "
            }
            walk(mh_children(node))
            finishLine()
        case "ol", "ul":
            finishLine()
            ordered.append(name == "ol" ? 1 : 0)
            walk(mh_children(node))
            ordered.removeLast()
            finishLine()
        case "tr":
            finishLine()
            row = []
            walk(mh_children(node))
            if let cells = row, cells.contains(where: { !$0.isEmpty }) { lines.append(cells.joined(separator: "\t")) }
            row = nil
        case "td", "th":
            let saved = line
            line = ""
            walk(mh_children(node))
            row?.append(line.trimmingCharacters(in: .whitespaces))
            line = saved
        case "b", "strong":
            let start = line.count
            walk(mh_children(node))
            if line.count > start, !line.dropFirst(start).trimmingCharacters(in: .whitespaces).isEmpty {
                // The spaces around a bold run stay outside its asterisks.
                let inner = String(line.dropFirst(start))
                line = String(line.prefix(start)) + (inner.hasPrefix(" ") ? " " : "") + "**"
                    + inner.trimmingCharacters(in: .whitespaces) + "**" + (inner.hasSuffix(" ") ? " " : "")
            }
        default:
            let isBreak = Self.breaks.contains(name)
            if isBreak { finishLine() }
            walk(mh_children(node))
            if isBreak { finishLine() }
        }
    }

    private mutating func finishLine() {
        let text = line.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text != "-", !text.hasPrefix("#") || text.count > 2 { lines.append(text) }
        line = ""
    }
}
