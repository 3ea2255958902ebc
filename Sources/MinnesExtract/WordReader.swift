import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Word (`.docx`) as Word shows it, its changes accepted: the first page's header and footer, then
/// `word/document.xml`; headings by style (`heading 2`, `Rubrik2`, an outline level), the numbers
/// Word's lists show (`2.`, `§ 3`, `1.2`; `-` for a bullet) whether a paragraph or its style asks
/// for them, tables as tab-separated rows, bold as `**…**`, a footnote in brackets where it is
/// referred to, a text box's paragraphs after the one it stands in. Not the minutes: deleted and
/// moved-away text, hidden text, a form's placeholder, comments, the page's number and today's date.
struct WordReader: FormatReader {
    let format = Format.word

    /// A zip whose first file is one of Office's parts (even one cut short: it is then a corrupt Word
    /// file, said so). Not a zip whose first file is a folder's, which may hold a Word file unpacked
    /// (`ZipArchiveReader`).
    func recognises(_ data: Data) -> Bool {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), data.count >= 30 else { return false }
        let length = Int(data[data.startIndex + 26]) | Int(data[data.startIndex + 27]) << 8
        let name = data.dropFirst(30).prefix(length)
        return Self.officeParts.contains { name.starts(with: $0) }
    }

    /// What an Office file's first file is: its list of types, or a part in one of its folders.
    static let officeParts = ["[Content_Types].xml", "_rels/", "docProps/", "word/", "customXml/"].map { Data($0.utf8) }

    func read(_ data: Data, path: String) throws -> Extracted {
        let archive = try openZip(data, format: format)
        func entry(_ path: String) throws -> Data? { try zipEntry(archive, path, format: format) }
        guard let document = try entry("word/document.xml") else {
            throw ExtractError.corrupt(format, "no word/document.xml")
        }
        let styles = try entry("word/styles.xml").map(WordStyles.init) ?? WordStyles()
        let numbering = try entry("word/numbering.xml").map(WordNumbering.init) ?? WordNumbering()
        var notes: [String: String] = [:]
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let xml = try entry(part) else { continue }
            let reader = WordParagraphs(styles: styles, counters: WordListCounters(numbering: numbering, styles: styles))
            try parse(xml, with: reader, format: format, part: part)
            notes.merge(reader.notes) { first, _ in first }
        }
        let body = WordParagraphs(styles: styles, counters: WordListCounters(numbering: numbering, styles: styles), notes: notes)
        try parse(document, with: body, format: format, part: "word/document.xml")
        let targets = try entry("word/_rels/document.xml.rels").map(WordRelationships.init)?.targets ?? [:]
        var head: [String] = []
        for id in body.firstPage.compactMap({ $0 }) {
            guard let target = targets[id], let xml = try entry(target) else { continue }
            let part = WordParagraphs(styles: styles, counters: WordListCounters(numbering: numbering, styles: styles), notes: notes)
            try parse(xml, with: part, format: format, part: target)
            head += part.lines.filter { !$0.isEmpty }
        }
        return try scannedInto(officeText(head: head, body: body.lines), format: format) {
            try body.pictures.compactMap { id in try targets[id].flatMap { target in try entry(target).map { (target, $0) } } }
        }
    }
}

/// A part's relationships (`word/_rels/document.xml.rels`): id → the part's path in the zip.
final class WordRelationships: NSObject, XMLParserDelegate {
    private(set) var targets: [String: String] = [:]

    convenience init(_ data: Data) {
        self.init()
        _ = parseXML(data, with: self)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
            attributes["TargetMode"] != "External"
        else { return }
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
    }
}

/// The paragraphs of a Word part (the body, a header, the notes) as lines.
final class WordParagraphs: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    /// The notes' texts by id, read from `footnotes.xml` or `endnotes.xml`.
    private(set) var notes: [String: String]
    /// The header's and the footer's relationship ids the first page shows, once a section is read.
    private(set) var firstPage: [String?] = []
    /// The relationship ids of its pictures, in order, each once (a drawing's fallback repeats it).
    private(set) var pictures: [String] = []

    private let styles: WordStyles
    private var counters: WordListCounters

    /// A paragraph being read; a text box's paragraphs are read inside their anchor's.
    private struct Paragraph {
        var text = "", style: String?, numId: String?, level: Int?, outlineLevel: Int?
        var markDeleted = false, boldOpen = false
        var run = "", bold = false, hidden = false
        /// A text box's paragraphs, written after this one.
        var boxed: [String] = []
    }

    private var paragraphs: [Paragraph] = []
    private var inParagraphProperties = false, inRunProperties = false, inText = false
    private var boxes = 0
    /// How deep in what is not the text (moved away, a fallback's copy, a placeholder) the parser is.
    private var ignored = 0, changes = 0
    private var placeholders: [Bool] = []
    /// Open fields: whether each shows its result yet, and whether that result is the minutes'.
    private var fields: [(showing: Bool, kept: Bool, instruction: String)] = []
    private var tables = Tables()
    private var span = 1
    private var note: (id: String, from: Int)?
    private var section: (headers: [String: String], footers: [String: String], titlePage: Bool)?

    init(styles: WordStyles, counters: WordListCounters, notes: [String: String] = [:]) {
        (self.styles, self.counters, self.notes) = (styles, counters, notes)
    }

    /// Field results that are not the minutes': the page's number and count, and the dates Word puts
    /// in when it prints or saves.
    private static let volatileFields: Set<String> = ["PAGE", "NUMPAGES", "SECTIONPAGES", "DATE", "TIME", "PRINTDATE", "SAVEDATE"]

    private var reading: Bool {
        ignored == 0 && !fields.contains { !$0.showing || !$0.kept } && paragraphs.last?.hidden != true
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let value = attributes["w:val"]
        // What a tracked change of formatting says the properties were is not what they are.
        if name.hasSuffix("PrChange") { changes += 1 }
        guard changes == 0 else { return }
        switch name {
        case "w:p": paragraphs.append(Paragraph())
        case "w:pPr": inParagraphProperties = true
        case "w:rPr": inRunProperties = !inParagraphProperties
        case "w:pStyle": paragraphs[back: 0]?.style = value
        case "w:numId" where inParagraphProperties: paragraphs[back: 0]?.numId = value
        case "w:ilvl" where inParagraphProperties: paragraphs[back: 0]?.level = value.flatMap { Int($0) }
        case "w:outlineLvl" where inParagraphProperties: paragraphs[back: 0]?.outlineLevel = value.flatMap { Int($0) }
        case "w:del" where inParagraphProperties, "w:moveFrom" where inParagraphProperties:
            paragraphs[back: 0]?.markDeleted = true
        case "w:r":
            let style = paragraphs.last?.style
            paragraphs[back: 0]?.run = ""
            paragraphs[back: 0]?.bold = style.map(styles.isBold) ?? false
            paragraphs[back: 0]?.hidden = style.map(styles.isHidden) ?? false
        case "w:rStyle" where inRunProperties:
            if let value, styles.isBold(value) { paragraphs[back: 0]?.bold = true }
            if let value, styles.isHidden(value) { paragraphs[back: 0]?.hidden = true }
        case "w:b" where inRunProperties: paragraphs[back: 0]?.bold = WordStyles.isOn(value)
        case "w:vanish" where inRunProperties: paragraphs[back: 0]?.hidden = WordStyles.isOn(value)
        case "a:blip", "v:imagedata":
            if let id = attributes["r:embed"] ?? attributes["r:id"], !pictures.contains(id) { pictures.append(id) }
        case "w:t": inText = true
        case "w:instrText": inText = true
        case "w:tab" where !inParagraphProperties, "w:ptab": add("\t")
        case "w:br", "w:cr": add("\n")
        case "w:noBreakHyphen": add("-")
        case "w:fldChar" where ignored == 0:
            switch attributes["w:fldCharType"] {
            case "begin": fields.append((false, true, ""))
            case "separate":
                if let field = fields.popLast() {
                    let command = field.instruction.split(separator: " ").first.map { $0.uppercased() } ?? ""
                    fields.append((true, !Self.volatileFields.contains(command), field.instruction))
                }
            case "end": _ = fields.popLast()
            default: break
            }
        case "w:fldSimple":
            let command = attributes["w:instr"]?.split(separator: " ").first.map { $0.uppercased() } ?? ""
            fields.append((true, !Self.volatileFields.contains(command), ""))
        case "w:del", "w:moveFrom", "mc:Fallback": ignored += 1
        case "w:sdt": placeholders.append(false)
        case "w:showingPlcHdr": placeholders[back: 0] = true
        case "w:sdtContent": if placeholders.last == true { ignored += 1 }
        case "w:txbxContent": boxes += 1
        case "w:footnoteReference", "w:endnoteReference":
            if let id = attributes["w:id"], let text = notes[id], !text.isEmpty { add(" (\(text))") }
        case "w:footnote", "w:endnote":
            if let id = attributes["w:id"] { note = (id, lines.count) }
        case "w:tbl": tables.startTable()
        case "w:tr": tables.startRow()
        case "w:tc":
            tables.startCell()
            span = 1
        case "w:gridSpan": span = value.flatMap { Int($0) } ?? 1
        case "w:sectPr": section = ([:], [:], false)
        case "w:headerReference", "w:footerReference":
            guard let id = attributes["r:id"] else { return }
            let type = attributes["w:type"] ?? "default"
            if name == "w:headerReference" { section?.headers[type] = id } else { section?.footers[type] = id }
        case "w:titlePg": section?.titlePage = WordStyles.isOn(value)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        if !fields.isEmpty, !fields[fields.count - 1].showing {
            fields[fields.count - 1].instruction += string.trimmingCharacters(in: .whitespaces) + " "
        } else {
            add(string)
        }
    }

    private func add(_ text: String) {
        if reading { paragraphs[back: 0]?.run += text }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name.hasSuffix("PrChange") { changes -= 1 }
        guard changes == 0 else { return }
        switch name {
        case "w:t", "w:instrText": inText = false
        case "w:pPr": inParagraphProperties = false
        case "w:rPr": inRunProperties = false
        case "w:r": endRun()
        case "w:p": endParagraph()
        case "w:fldSimple": _ = fields.popLast()
        case "w:del" where !inParagraphProperties, "w:moveFrom" where !inParagraphProperties, "mc:Fallback": ignored -= 1
        case "w:sdtContent": if placeholders.last == true { ignored -= 1 }
        case "w:sdt": _ = placeholders.popLast()
        case "w:txbxContent": boxes -= 1
        case "w:footnote", "w:endnote":
            if let note { notes[note.id] = lines[note.from...].filter { !$0.isEmpty }.joined(separator: " ") }
            note = nil
        case "w:tc": tables.endCell(columns: span)
        case "w:tr": lines += tables.endRow()
        case "w:tbl": tables.endTable()
        case "w:sectPr":
            // The first section's head and foot are the first page's.
            if firstPage.isEmpty, let section {
                let kind = section.titlePage ? "first" : "default"
                firstPage = [section.headers[kind] ?? section.headers["default"], section.footers[kind] ?? section.footers["default"]]
            }
            section = nil
        default: break
        }
    }

    /// Adjacent bold runs make one bold stretch; blank runs change nothing.
    private func endRun() {
        guard var paragraph = paragraphs.popLast() else { return }
        if paragraph.bold && !paragraph.run.trimmingCharacters(in: .whitespaces).isEmpty {
            paragraph.text += (paragraph.boldOpen ? "" : "**") + paragraph.run
            paragraph.boldOpen = true
        } else {
            if paragraph.boldOpen && !paragraph.run.isEmpty { paragraph.text += "**"; paragraph.boldOpen = false }
            paragraph.text += paragraph.run
        }
        paragraph.run = ""
        paragraphs.append(paragraph)
    }

    private func endParagraph() {
        guard var paragraph = paragraphs.popLast(), ignored == 0 else { return }
        if paragraph.boldOpen { paragraph.text += "**" }
        var text = paragraph.text.trimmingCharacters(in: .whitespaces)
        // A heading in bold is a heading; its emphasis says nothing more.
        let headingLevel = paragraph.style.flatMap(styles.headingLevel) ?? paragraph.outlineLevel.flatMap { $0 < 9 ? min($0 + 1, 6) : nil }
        if headingLevel != nil || tables.inCell { text = withoutWholeBold(text) }
        // A paragraph deleted or moved away whole leaves nothing, not even a place in its list.
        if paragraph.markDeleted && text.isEmpty { return }
        let numbered = paragraph.numId.map { ($0, paragraph.level) } ?? paragraph.style.flatMap(styles.numbering)
        if let (numId, level) = numbered,
            let number = counters.next(numId, level: level ?? counters.level(of: numId, style: paragraph.style) ?? 0)
        {
            text = number + " " + text
        }
        if let headingLevel { text = String(repeating: "#", count: headingLevel) + " " + text }
        if boxes > 0 {
            // A text box's paragraph goes with the paragraph the box stands in.
            if !text.isEmpty { paragraphs[back: 0]?.boxed += [text] + paragraph.boxed }
            return
        }
        if tables.inCell {
            tables.add([text] + paragraph.boxed)
            return
        }
        if !text.isEmpty || lines.last?.isEmpty == false {
            if headingLevel != nil, lines.last?.isEmpty == false { lines.append("") }
            lines.append(text)
        }
        lines += paragraph.boxed
    }
}
