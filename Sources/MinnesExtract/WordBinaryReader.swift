import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Old binary Word (`.doc`) through `antiword`'s DocBook (`-x db`), which keeps what its plain text
/// loses: headings (its chapters' and sections' titles), lists, bold, and a table's cells whole, a
/// cell's paragraphs apart. Its plain text where the XML does not read. The page's head and foot
/// through wvWare (`wvHtml`), as Word's reader puts them first.
struct WordBinaryReader: FormatReader {
    let format = Format.wordBinary
    static let tool = ExternalTool(name: "antiword", package: "antiword")

    func recognises(_ data: Data) -> Bool { data.starts(with: OLEFile.magic) }

    /// A password-protected Word file (`.docx` too) is an OLE file holding an `EncryptedPackage`.
    static let encryptedPackage = OLEFile.streamName("EncryptedPackage")

    func read(_ data: Data, path: String) throws -> Extracted {
        if data.range(of: Self.encryptedPackage) != nil { throw ExtractError.encrypted(.word) }
        let outcome = try Self.tool.run(["-x", "db", "-m", "UTF-8.txt", path])
        guard outcome.status == 0 else { throw failure(outcome) }
        let plain = try plainText(path)
        let writer = DocBookText(plain: plain)
        let parser = XMLParser(data: outcome.output)
        parser.delegate = writer
        let body = parser.parse() ? writer.lines : [plain]
        // (The page's head and foot, which antiword shows neither of: the network or the date may be
        // written nowhere else.)
        guard Self.headTool.executable != nil else {
            return Extracted(text: body.joined(separator: "\n"), format: format, notes: ["\(ExtractError.toolMissing(tool: Self.headTool.name, package: Self.headTool.package)): the page's head and foot not read"])
        }
        return Extracted(text: officeText(head: head(path), body: body), format: format)
    }

    /// antiword's plain text, its tables drawn with "|" between cells: a row's cells tab-separated.
    func plainText(_ path: String) throws -> String {
        let outcome = try Self.tool.run(["-m", "UTF-8.txt", "-w", "0", path])
        guard outcome.status == 0 else { throw failure(outcome) }
        return String(decoding: outcome.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("|") ? line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t") : String(line)
        }.joined(separator: "\n")
    }

    /// wvWare's HTML, whose paragraphs keep their style's name: those of Word's header and footer
    /// styles are the page's head and foot (its first page's, then the others' where they differ).
    static let headTool = ExternalTool(name: "wvHtml", package: "wv")

    func head(_ path: String) -> [String] {
        // (wvHtml writes its page, and any picture, into a folder: one of its own, owner-only, removed after.)
        let written = try? PrivateFolder.with { folder -> String? in
            guard let outcome = try? Self.headTool.run(["--targetdir=\(folder.path)", path, "page.html"]), outcome.status == 0 else { return nil }
            return try? String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8)
        }
        guard let page = written ?? nil else { return [] }
        var seen = Set<String>()
        return page.matches(of: Self.headParagraphs).flatMap { match in
            // (Its fields' last values shown: "Sida 2 (2)", the page's number, is none of the head's.)
            ((try? HTMLReader.text(ofPage: String(match.1))) ?? "").split(separator: "\n").map { String($0).replacing(PageFurniture.endingPageNumber, with: "") }
        }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// A paragraph wvHtml writes in Word's header or footer style (English, as Word keeps a built-in
    /// style's name, or Swedish).
    nonisolated(unsafe) static let headParagraphs = /(?is)<div name="(?:header|footer|sidhuvud|sidfot)"[^>]*>(.*?)<\/div>/

    func failure(_ outcome: ExternalTool.Outcome) -> ExtractError {
        if outcome.errors.localizedCaseInsensitiveContains("encrypt") { return .encrypted(format) }
        return .corrupt(format, outcome.failure())
    }
}

/// Microsoft's compound file (OLE), which old Word files, Outlook's messages and an encrypted
/// Office file are: its signature, and how its directory writes a stream's name (UTF-16).
enum OLEFile {
    static let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func streamName(_ name: String) -> Data { Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
}

/// antiword's DocBook in the reader's conventions: a title `#` by its depth (a chapter's one, a
/// `sect1`'s two …), a paragraph a line, `**bold**`, a list's entries `- ` or numbered, two spaces
/// deeper a level, a table's rows (`Tables`). The book's information (its author, a date Word keeps)
/// and a note's empty placeholder are no text of the page. Its DocBook drops a paragraph's line
/// breaks (Shift+Enter: "kl. 13.15–16.00" over "Klippan, …" in one paragraph); its plain text keeps
/// them, a line each, so a paragraph that its plain text's next lines spell is written as those lines.
final class DocBookText: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    /// The plain text's lines, without their spaces, and how far the paragraphs have matched them.
    private let plain: [(line: String, letters: String)]
    private var matched = 0
    /// The letters of the table's row being read.
    private var row = ""
    /// The texts being read, innermost last: a paragraph's, a title's, a table's cell's (a table
    /// stands inside a paragraph, its cells' text directly in them).
    private var texts: [String] = []
    private var depth = 0
    /// The lists open, innermost last: how each numbers its entries (none: bullets), how many so far.
    private var lists: [(style: ListNumber.Style?, count: Int, itemOpen: Bool, bold: Bool)] = []
    /// How many numbered headings (an ordered list's entries bold as a whole) have come.
    private var headings = 0
    private var tables = Tables()
    private var emphasis: [Bool] = []
    private var ignored = 0

    static let numeration: [String: ListNumber.Style] = [
        "arabic": .decimal, "loweralpha": .lowerLetter, "upperalpha": .upperLetter, "lowerroman": .lowerRoman, "upperroman": .upperRoman,
    ]

    init(plain: String) {
        self.plain = plain.split(separator: "\n").map { ($0.trimmingCharacters(in: .whitespaces), Self.letters($0)) }.filter { !$0.1.isEmpty }
    }

    private static func letters(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The plain text's lines that spell a paragraph, when it spells it over more than one or with a tab: the
    /// next ones from where the last paragraph matched (a few lines on, past what DocBook leaves out).
    private func plainLines(of paragraph: String) -> [String]? {
        guard let range = spelling(Self.letters(paragraph.replacingOccurrences(of: "**", with: ""))) else { return nil }
        // (One line as DocBook writes it, but where its tabs, which DocBook turns to spaces, part cells.)
        return range.count > 1 || plain[range.lowerBound].line.contains("\t") ? plain[range].map(\.line) : nil
    }

    /// The plain text's next lines that spell letters (a paragraph's, a table row's), matched so far.
    private func spelling(_ letters: String) -> Range<Int>? {
        guard !letters.isEmpty else { return nil }
        for start in matched..<min(matched + 8, plain.count) where letters.hasPrefix(plain[start].letters) {
            var spelt = plain[start].letters, end = start + 1
            while spelt.count < letters.count, end < plain.count, letters.hasPrefix(spelt + plain[end].letters) {
                spelt += plain[end].letters
                end += 1
            }
            guard spelt == letters else { continue }
            matched = end
            return start..<end
        }
        return nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        // (Nor the book's own title, before its first chapter: the file's properties, not its page.)
        if ignored > 0 || name == "bookinfo" || name == "footnote" || name == "title" && depth == 0 {
            ignored += 1
            return
        }
        switch name {
        case "chapter": depth = 1
        case "sect1", "sect2", "sect3", "sect4", "sect5": depth = Int(String(name.last!))! + 1
        case "title", "para": texts.append("")
        case "emphasis":
            emphasis.append(attributes["role"] == "bold")
            if emphasis.last == true { texts[back: 0]? += "**" }
        case "itemizedlist", "orderedlist": lists.append((name == "orderedlist" ? Self.numeration[attributes["numeration"] ?? ""] ?? .decimal : nil, 0, false, false))
        case "listitem":
            lists[back: 0]?.count += 1
            lists[back: 0]?.itemOpen = true
        case "informaltable", "table": tables.startTable()
        case "row": tables.startRow()
        case "entry":
            tables.startCell()
            texts.append("")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if ignored == 0 { texts[back: 0]? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if ignored > 0 {
            ignored -= 1
            return
        }
        switch name {
        case "sect1", "sect2", "sect3", "sect4", "sect5": depth = Int(String(name.last!))!
        case "emphasis": if emphasis.popLast() == true { texts[back: 0]? += "**" }
        case "title": endTitle()
        case "para": endParagraph()
        case "itemizedlist", "orderedlist":
            _ = lists.popLast()
            if lists.isEmpty { blank() }
        case "entry":
            // (A cell's paragraphs come a line each.)
            let text = texts.popLast() ?? ""
            row += Self.letters(text.replacingOccurrences(of: "**", with: ""))
            tables.add(text.split(whereSeparator: \.isNewline).map { withoutWholeBold(clean($0)) }.filter { !$0.isEmpty })
            tables.endCell()
        case "row":
            // (The plain text draws the row a line, or a line a cell's paragraph: matched past it.)
            _ = spelling(row)
            row = ""
            lines += tables.endRow()
        case "informaltable", "table":
            tables.endTable()
            blank()
        default: break
        }
    }

    /// A text's lines on one: antiword breaks a paragraph's XML where it likes.
    private func taken() -> String { clean(texts.popLast() ?? "") }

    private func clean(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ").replacingOccurrences(of: "****", with: "")
    }

    /// A blank line after a heading, a list or a table: a short line right after a list (a heading
    /// antiword gave no style) stands alone as a heading does in plain text.
    private func blank() {
        if lines.last?.isEmpty == false { lines.append("") }
    }

    private func endTitle() {
        let title = withoutWholeBold(taken())
        guard !title.isEmpty else { return }
        blank()
        lines.append(String(repeating: "#", count: min(max(depth, 1), 6)) + " " + title)
        blank()
    }

    private func endParagraph() {
        var line = taken()
        if tables.inCell {
            row += Self.letters(line.replacingOccurrences(of: "**", with: ""))
            return tables.add([withoutWholeBold(line)])
        }
        guard !line.isEmpty else { return }
        if let broken = plainLines(of: line) {
            // (Bold as a whole, each line is.)
            let bold = withoutWholeBold(line) != line
            line = broken.map { bold ? "**\($0)**" : $0 }.joined(separator: "\n")
        }
        // (A list's entry: its first paragraph marked, the next ones under it as its text goes on.)
        if let list = lists.last {
            let bold = withoutWholeBold(line) != line
            // Bold as a whole, a numbered heading: each in a list of its own, numbered on from the one
            // before; or the last entry of the list above it, where antiword runs one on into the other.
            if lists.count == 1, list.itemOpen, bold, list.style != nil || headings > 0 && !list.bold {
                headings += 1
                lists[back: 0]?.itemOpen = false
                blank()
                lines.append("\(headings). " + line)
                return blank()
            }
            let indent = String(repeating: "  ", count: lists.count - 1)
            let mark = list.style.map { ListNumber.mark(list.count, $0) }
            line = indent + (list.itemOpen ? (mark ?? "-") + " " : "  ") + line
            lists[back: 0]?.itemOpen = false
            lists[back: 0]?.bold = bold
            return lines.append(line)
        }
        lines.append(line)
    }
}
