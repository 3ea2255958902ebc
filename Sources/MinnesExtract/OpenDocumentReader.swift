import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// OpenDocument text (`.odt`) as a word processor shows it, its changes accepted: the first page's
/// header and footer (`styles.xml`), then `content.xml`: headings by outline level with the numbers
/// the outline gives them, list items with their numbers (`2.`, `§ 3`, `b)`) or `-`, tables as
/// tab-separated rows, bold as `**…**`, struck through as `~~…~~`, a footnote in brackets where it stands, a frame's paragraphs
/// after the one it stands in. Not the minutes: deleted text, comments, hidden text, page numbers.
struct OpenDocumentReader: FormatReader {
    let format = Format.openDocument

    func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
            && data.prefix(200).range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil
    }

    func read(_ data: Data, path: String) throws -> Extracted {
        let archive = try openZip(data, format: format)
        guard let content = try zipEntry(archive, "content.xml", format: format) else {
            throw ExtractError.corrupt(format, "no content.xml")
        }
        if String(decoding: try zipEntry(archive, "META-INF/manifest.xml", format: format) ?? Data(), as: UTF8.self)
            .contains("manifest:encryption-data")
        {
            throw ExtractError.encrypted(format)
        }
        let styles = OpenDocumentStyles()
        if let xml = try zipEntry(archive, "styles.xml", format: format) { styles.parse(xml) }
        let body = OpenDocumentParser(styles: styles)
        try parse(content, with: body, format: format, part: "content.xml")
        let head = styles.firstPageHead(master: body.firstStyle.flatMap(styles.masterPage))
        return try scannedInto(officeText(head: head, body: body.lines), format: format) {
            try body.pictures.compactMap { path in try zipEntry(archive, path, format: format).map { (path, $0) } }
        }
    }
}

final class OpenDocumentParser: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    /// Its pictures' paths in the zip, in order, each once (a frame may hold a picture and its
    /// replacement).
    private(set) var pictures: [String] = []
    /// The style of the body's first paragraph: its master page is the first page's.
    private(set) var firstStyle: String?

    private let styles: OpenDocumentStyles
    private var counters = OpenDocumentCounters()

    /// A paragraph being read; a note's or a frame's paragraphs are read inside their anchor's.
    private struct Paragraph {
        var text = "", heading: Int?, bold = false, hidden = false
        /// The number the document wrote for it (`text:number`), and where it stands in its list.
        var number: String?, inList: Int?
        var boxed: [String] = []
    }

    private var paragraphs: [Paragraph] = []
    private var spanBold: [Bool] = []
    /// Spans struck through, as Markdown writes them (`~~…~~`): a name struck from a list of those
    /// called did not come.
    private var spanStruck: [Bool] = []
    /// Open lists: each one's style, and whether its current item has numbered a paragraph yet.
    private var lists: [(style: String?, numbered: Bool, start: Int?)] = []
    private var ignored = 0, inNumber = false, boxes = 0
    private var notes: [[String]] = []
    private var tables = Tables()
    private var inAutomaticStyles = false

    init(styles: OpenDocumentStyles) { self.styles = styles }

    /// Elements whose text is not the minutes': a comment, deleted text kept for the record, a
    /// note's mark, the page's number, a date that is the day the file is opened, hidden text.
    private static func ignores(_ name: String, _ attributes: [String: String]) -> Bool {
        switch name {
        case "office:annotation", "text:tracked-changes", "text:note-citation", "text:page-number", "text:page-count",
            "svg:title", "svg:desc":
            return true
        case "text:date", "text:time": return attributes["text:fixed"] != "true"
        case "text:hidden-text": return attributes["text:is-hidden"] != "false"
        default: return false
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if inAutomaticStyles { return styles.parser(parser, didStartElement: name, namespaceURI: namespaceURI, qualifiedName: qualifiedName, attributes: attributes) }
        if ignored > 0 || Self.ignores(name, attributes) {
            ignored += 1
            return
        }
        switch name {
        case "office:automatic-styles": inAutomaticStyles = true
        case "text:h", "text:p":
            let style = attributes["text:style-name"]
            if firstStyle == nil { firstStyle = style ?? "" }
            var paragraph = Paragraph(bold: style.map(styles.isBold) ?? false, hidden: style.map(styles.isHidden) ?? false)
            if name == "text:h" { paragraph.heading = Int(attributes["text:outline-level"] ?? "1") ?? 1 }
            if let last = lists.indices.last, !lists[last].numbered, boxes == 0, notes.isEmpty {
                lists[last].numbered = true
                paragraph.inList = lists.count
            } else if name == "text:h", attributes["text:is-list-header"] != "true" {
                if attributes["text:restart-numbering"] == "true" { counters.restart("") }
                paragraph.inList = 0
            }
            if let start = attributes["text:start-value"].flatMap({ Int($0) }) { lists[back: 0]?.start = start }
            paragraphs.append(paragraph)
        case "text:hidden-paragraph": if attributes["text:is-hidden"] != "false" { paragraphs[back: 0]?.hidden = true }
        case "draw:image": if let path = attributes["xlink:href"], !path.contains(":"), !pictures.contains(path) { pictures.append(path) }
        case "text:number": inNumber = true
        case "text:list":
            let style = attributes["text:style-name"] ?? lists.last?.style
            if lists.isEmpty, let style, attributes["text:continue-numbering"] != "true", attributes["text:continue-list"] == nil {
                counters.restart(style)
            }
            lists.append((style, false, nil))
        case "text:list-item":
            lists[back: 0]?.numbered = false
            lists[back: 0]?.start = attributes["text:start-value"].flatMap { Int($0) }
        case "text:list-header": lists[back: 0]?.numbered = true
        case "text:span":
            let style = attributes["text:style-name"]
            if style.map(styles.isHidden) == true {
                ignored += 1
                return
            }
            let bold = style.map(styles.isBold) ?? false
            spanBold.append(bold && paragraphs.last?.bold == false)
            if spanBold.last == true { add("**") }
            spanStruck.append(style.map(styles.isStruck) ?? false)
            if spanStruck.last == true { add("~~") }
        case "text:note-body": notes.append([])
        case "draw:text-box": boxes += 1
        case "text:tab": add("\t")
        case "text:line-break": add("\n")
        case "text:s": add(String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1))
        case "table:table": tables.startTable()
        case "table:table-row": tables.startRow()
        case "table:table-cell": tables.startCell()
        case "table:covered-table-cell":
            tables.startCell()
            tables.endCell()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard ignored == 0, !inAutomaticStyles else { return }
        if inNumber {
            let number = (paragraphs.last?.number ?? "") + string
            paragraphs[back: 0]?.number = number
        } else {
            add(string)
        }
    }

    private func add(_ text: String) { paragraphs[back: 0]?.text += text }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if inAutomaticStyles {
            if name == "office:automatic-styles" { inAutomaticStyles = false } else {
                styles.parser(parser, didEndElement: name, namespaceURI: namespaceURI, qualifiedName: qualifiedName)
            }
            return
        }
        if ignored > 0 {
            ignored -= 1
            return
        }
        switch name {
        case "text:number": inNumber = false
        case "text:span":
            if spanStruck.popLast() == true { add("~~") }
            if spanBold.popLast() == true { add("**") }
        case "text:h", "text:p": endParagraph()
        case "text:list": _ = lists.popLast()
        case "text:note-body":
            guard let note = notes.popLast()?.joined(separator: " "), !note.isEmpty else { return }
            add(" (\(note))")
        case "draw:text-box": boxes -= 1
        case "table:table-cell": tables.endCell()
        case "table:table-row": lines += tables.endRow()
        case "table:table": tables.endTable()
        default: break
        }
    }

    private func endParagraph() {
        guard let paragraph = paragraphs.popLast(), !paragraph.hidden else { return }
        var text = paragraph.text.trimmingCharacters(in: .whitespaces)
        let inCell = tables.inCell
        if paragraph.bold, !text.isEmpty, paragraph.heading == nil, !inCell { text = "**" + text + "**" }
        if paragraph.heading != nil || inCell { text = withoutWholeBold(text) }
        if let depth = paragraph.inList {
            let number: String?
            if let written = paragraph.number?.trimmingCharacters(in: .whitespaces), !written.isEmpty {
                number = written
            } else if let list = lists[back: 0], depth > 0, let style = list.style, let levels = styles.lists[style] {
                number = counters.next(levels, key: style, level: depth, start: list.start)
            } else if let heading = paragraph.heading {
                // (A heading numbered by the outline, in a list of the outline's own style or none.)
                number = counters.next(styles.outline, key: "", level: heading)
            } else {
                number = "-"
            }
            if depth > 0, paragraph.heading == nil, !text.isEmpty {
                text = String(repeating: "  ", count: depth - 1) + (number ?? "-") + " " + text
            } else if let number {
                text = number + " " + text
            }
        }
        if let heading = paragraph.heading { text = String(repeating: "#", count: min(heading, 6)) + " " + text }
        if !notes.isEmpty {
            notes[notes.count - 1].append(text)
        } else if boxes > 0, !paragraphs.isEmpty {
            // A frame's paragraph goes with the paragraph the frame stands in.
            if !text.isEmpty { paragraphs[back: 0]?.boxed += [text] + paragraph.boxed }
        } else if inCell {
            tables.add([text] + paragraph.boxed)
        } else {
            if paragraph.heading != nil, lines.last?.isEmpty == false { lines.append("") }
            lines.append(text)
            lines += paragraph.boxed
        }
    }
}
