import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A zip file's entry, bounded: Office files are small; a huge entry is not minutes.
func zipEntry(_ archive: Archive, _ path: String, format: Format) throws -> Data? {
    guard let entry = archive[path] else { return nil }
    guard entry.uncompressedSize < 100_000_000 else { throw ExtractError.corrupt(format, "\(path) is too large") }
    var data = Data()
    do {
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
    } catch {
        throw ExtractError.corrupt(format, "\(path): \(error)")
    }
    return data
}

/// The lines a document parser writes from the XML it is given.
protocol LineWriter: XMLParserDelegate {
    var lines: [String] { get }
}

/// XML parsed by writer, its lines the text; XML that does not parse names the format's file corrupt.
func extract(_ xml: Data, with writer: some LineWriter, format: Format) throws -> Extracted {
    let parser = XMLParser(data: xml)
    parser.delegate = writer
    guard parser.parse() else {
        throw ExtractError.corrupt(format, parser.parserError.map { "\($0.localizedDescription)" } ?? "bad XML")
    }
    return Extracted(text: writer.lines.joined(separator: "\n"), format: format)
}

func openZip(_ data: Data, format: Format) throws -> Archive {
    do {
        return try Archive(data: data, accessMode: .read)
    } catch {
        throw ExtractError.corrupt(format, "not a zip archive")
    }
}

/// Word (`.docx`): `word/document.xml` read with XMLParser into headings by style (Heading/Rubrik
/// N), Word's own numbering (`1.` or `-` as `numbering.xml` says), tables as tab-separated rows, bold
/// runs as `**…**`.
struct WordReader: FormatReader {
    let format = Format.word

    /// A zip that names Office's parts (even one cut short: it is then a corrupt Word file, said so).
    func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
            && (data.prefix(4096).range(of: Data("word/".utf8)) != nil
                || data.prefix(4096).range(of: Data("[Content_Types].xml".utf8)) != nil)
    }

    func read(_ data: Data, path: String) throws -> Extracted {
        let archive = try openZip(data, format: format)
        guard let document = try zipEntry(archive, "word/document.xml", format: format) else {
            throw ExtractError.corrupt(format, "no word/document.xml")
        }
        let numbering = try zipEntry(archive, "word/numbering.xml", format: format).map(WordNumbering.init) ?? WordNumbering()
        return try extract(document, with: WordDocumentParser(numbering: numbering), format: format)
    }
}

/// Which list levels Word numbers with digits and which with bullets (`numbering.xml`).
final class WordNumbering: NSObject, XMLParserDelegate {
    /// abstractNumId → level → numFmt; numId → abstractNumId.
    private var formats: [String: [String: String]] = [:]
    private var abstractOf: [String: String] = [:]
    private var abstract: String?, level: String?, num: String?

    override init() {}

    convenience init(_ data: Data) {
        self.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()  // numbering that does not parse leaves every list numbered
    }

    func isBullet(numId: String, level: String) -> Bool {
        guard let abstract = abstractOf[numId] else { return false }
        return formats[abstract]?[level] == "bullet"
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:abstractNum": abstract = attributes["w:abstractNumId"]
        case "w:lvl": level = attributes["w:ilvl"]
        case "w:numFmt":
            if let abstract, let level, let format = attributes["w:val"] { formats[abstract, default: [:]][level] = format }
        case "w:num": num = attributes["w:numId"]
        case "w:abstractNumId": if let num, let value = attributes["w:val"] { abstractOf[num] = value }
        default: break
        }
    }
}

/// The body of `word/document.xml` as lines.
final class WordDocumentParser: NSObject, LineWriter {
    let numbering: WordNumbering
    var lines: [String] = []
    private var paragraph = "", run = "", style: String?, numId: String?, level = "0", bold = false
    private var inText = false, boldOpen = false
    private var counters: [String: Int] = [:]
    private var cells: [String]?, cell: [String] = []

    init(numbering: WordNumbering) { self.numbering = numbering }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:p": (paragraph, style, numId, level) = ("", nil, nil, "0")
        case "w:pStyle": style = attributes["w:val"]
        case "w:numId": numId = attributes["w:val"]
        case "w:ilvl": level = attributes["w:val"] ?? "0"
        case "w:r": (run, bold) = ("", false)
        case "w:b": bold = attributes["w:val"].map { $0 != "0" && $0 != "false" } ?? true
        case "w:t": inText = true
        case "w:tab": run += "\t"
        case "w:br", "w:cr": run += "\n"
        case "w:tr": cells = []
        case "w:tc": cell = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { run += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:r":
            // Adjacent bold runs make one bold stretch; blank runs change nothing.
            if bold && !run.trimmingCharacters(in: .whitespaces).isEmpty {
                paragraph += (boldOpen ? "" : "**") + run
                boldOpen = true
            } else {
                if boldOpen && !run.isEmpty { paragraph += "**" ; boldOpen = false }
                paragraph += run
            }
        case "w:p":
            if boldOpen { paragraph += "**"; boldOpen = false }
            finishParagraph()
        case "w:tc": cells?.append(cell.joined(separator: " "))
        case "w:tr":
            if let row = cells, row.contains(where: { !$0.isEmpty }) { lines.append(row.joined(separator: "\t")) }
            cells = nil
        default: break
        }
    }

    private func finishParagraph() {
        var text = paragraph.trimmingCharacters(in: .whitespaces)
        // A heading in bold is a heading; its emphasis says nothing more.
        let headingLevel = style.flatMap(Self.headingLevel)
        if headingLevel != nil, text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 {
            text = String(text.dropFirst(2).dropLast(2))
        }
        if let numId, numId != "0" {
            if numbering.isBullet(numId: numId, level: level) {
                text = "- " + text
            } else {
                let key = numId + "/" + level
                counters[key, default: 0] += 1
                text = "\(counters[key]!). " + text
            }
        }
        if let headingLevel { text = String(repeating: "#", count: headingLevel) + " " + text }
        if cells != nil {
            cell.append(text)
        } else if !text.isEmpty || lines.last?.isEmpty == false {
            if headingLevel != nil, lines.last?.isEmpty == false { lines.append("") }
            lines.append(text)
        }
    }

    /// "Heading2", "Rubrik2", "heading 2", "Title" → the heading level.
    static func headingLevel(_ style: String) -> Int? {
        let lower = style.lowercased()
        if lower == "title" || lower == "rubrik" { return 1 }
        for prefix in ["heading", "rubrik", "berschrift"] where lower.hasPrefix(prefix) {
            return Int(lower.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)).map { min(max($0, 1), 6) }
        }
        return nil
    }
}
