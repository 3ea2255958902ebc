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
        let data = Self.withoutDownlevelComments(data)
        let document = data.withUnsafeBytes { bytes in
            mh_parse(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
        }
        guard let document else { throw ExtractError.corrupt(format, "not HTML") }
        defer { mh_free(document) }
        var writer = HTMLText()
        // A page's own text where it marks it (`<main>`, else an `<article>`): not the site's menus,
        // breadcrumbs, cookie notice, side bar and footer around it.
        if let main = HTMLText.first("main", in: mh_root(document)) ?? HTMLText.first("article", in: mh_root(document)) {
            writer.walk(mh_children(main))
        } else {
            writer.walk(mh_root(document))
        }
        return Extracted(text: writer.lines.joined(separator: "\n"), format: format)
    }

    /// A page already decoded (a mail's HTML part, its charset the mail's): its text, the page's own
    /// word on its encoding set aside.
    static func text(ofPage page: String) throws -> String {
        let utf8 = page.replacing(/(?i)charset\s*=\s*["']?[\w-]+/, maxReplacements: 2) { _ in "charset=utf-8" }
        return try HTMLReader().read(Data(utf8.utf8), path: "message.html").text
    }

    /// Word's web page without the marks of its conditional parts ("<![if !supportLists]>1. <![endif]>"):
    /// what they hold is shown, as a browser shows it.
    static func withoutDownlevelComments(_ data: Data) -> Data {
        var out = Data(), from = data.startIndex
        while let mark = data.range(of: Self.downlevel, in: from..<data.endIndex) {
            let rest = data[mark.lowerBound...]
            // (Only the marks themselves: "<![endif]-->" closes a comment, which the parser reads as one.)
            if rest.starts(with: Self.downlevelIf) || rest.starts(with: Self.downlevelEnd),
                let close = data.range(of: Self.downlevelClose, in: mark.lowerBound..<min(mark.lowerBound + 80, data.endIndex))
            {
                out += data[from..<mark.lowerBound]
                from = close.upperBound
            } else {
                out += data[from..<mark.upperBound]
                from = mark.upperBound
            }
        }
        return from == data.startIndex ? data : out + data[from...]
    }
    private static let downlevel = Data("<![".utf8), downlevelIf = Data("<![if".utf8), downlevelEnd = Data("<![endif]>".utf8)
    private static let downlevelClose = Data("]>".utf8)
}

/// The lines of a page, written as its elements say.
struct HTMLText {
    var lines: [String] = []
    private var line = ""
    private var row: [String]?
    /// The open lists, innermost last: a numbered one's next number and how it writes it (`type`:
    /// 1, a, A, i, I); none for a bulleted one.
    private var lists: [(next: Int, style: ListNumber.Style)?] = []

    static let skipped: Set<String> = ["script", "style", "head", "noscript", "template", "nav"]
    private var cells = 0  // how deep in table cells: a cell's paragraphs are one cell
    private var paragraphs: [String] = []  // the cell's paragraphs so far
    /// How deep in paragraphs: a paragraph in a paragraph is Word's `<o:p>` (libxml2 drops the
    /// prefix), its empty end mark inside the run, no break ("<b><span>Incheckning<o:p></o:p></span></b>").
    private var paragraphDepth = 0
    static let breaks: Set<String> = ["p", "div", "br", "section", "article", "header", "footer", "ul", "ol", "table", "blockquote", "pre", "dl"]

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
            if let list = lists.last, let (listed, style) = list {
                // (An entry's `value` numbers it, and those after it, anew.)
                let next = Self.attribute("value", of: node).flatMap { Int($0) } ?? listed
                lists[lists.count - 1] = (next + 1, style)
                line = ListNumber.mark(next, style) + " "
            } else {
                line = "- "
            }
            walk(mh_children(node))
            finishLine()
        case "ol", "ul":
            finishLine()
            lists.append(name == "ol" ? (Self.attribute("start", of: node).flatMap { Int($0) } ?? 1, Self.attribute("type", of: node).flatMap(ListNumber.Style.init) ?? .decimal) : nil)
            walk(mh_children(node))
            lists.removeLast()
            finishLine()
        case "tr":
            finishLine()
            row = []
            walk(mh_children(node))
            if let cells = row, cells.contains(where: { !$0.isEmpty }) { lines.append(cells.joined(separator: "\t")) }
            row = nil
        case "td", "th":
            let saved = line
            (line, paragraphs) = ("", [])
            cells += 1
            walk(mh_children(node))
            cells -= 1
            paragraphs.append(line.trimmingCharacters(in: .whitespaces))
            // (A cell listing a name a paragraph: its entries apart by semicolons, as a list in a line.)
            // (A paragraph bold as a whole is what it says, as in Word's tables: a head's "**Namn**".)
            let parts = paragraphs.filter { !$0.isEmpty }.map(withoutWholeBold)
            row?.append(parts.joined(separator: parts.count > 1 && Tables.isList(parts) ? "; " : " "))
            line = saved
        case "dt":
            // A definition list's term and its description on one line, as a label and its value.
            finishLine()
            walk(mh_children(node))
        case "dd":
            let term = line.trimmingCharacters(in: .whitespaces)
            line = term.isEmpty ? "" : (term.hasSuffix(":") ? term + " " : term + ": ")
            walk(mh_children(node))
            finishLine()
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
            let isBreak = Self.breaks.contains(name) && !(name == "p" && paragraphDepth > 0)
            if name == "p" { paragraphDepth += 1 }
            defer { if name == "p" { paragraphDepth -= 1 } }
            if isBreak, cells > 0 {
                paragraphs.append(line.trimmingCharacters(in: .whitespaces))
                line = ""
            } else if isBreak {
                finishLine()
            }
            walk(mh_children(node))
            if isBreak, cells == 0 { finishLine() }
        }
    }

    /// The first element named name, depth first.
    static func first(_ name: String, in node: OpaquePointer?) -> OpaquePointer? {
        var node = node
        while let current = node {
            if mh_type(current) == Int32(MH_ELEMENT), let raw = mh_name(current), String(cString: raw).lowercased() == name { return current }
            if let found = first(name, in: mh_children(current)) { return found }
            node = mh_next(current)
        }
        return nil
    }

    /// An element's attribute's value, when it has the attribute.
    static func attribute(_ name: String, of node: OpaquePointer) -> String? {
        guard let value = mh_attribute(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value).trimmingCharacters(in: .whitespaces)
    }

    private mutating func finishLine() {
        let text = line.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text != "-", !text.hasPrefix("#") || text.count > 2 { lines.append(text) }
        line = ""
    }
}
