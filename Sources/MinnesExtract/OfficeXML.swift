import CGlibc
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// What Word's and OpenDocument's readers share: their zips, their XML, their lists' numbers and their
// pages' heads and feet.

/// A zip file's entry, bounded: Office files are small; a huge entry is not minutes.
func zipEntry(_ archive: Archive, _ path: String, format: Format) throws -> Data? {
    guard let entry = archive[path] else { return nil }
    return try zipEntry(archive, entry, format: format)
}

/// The entry's bytes, bounded by what it unpacks to, not only by what it says it will (a zip bomb
/// says little).
func zipEntry(_ archive: Archive, _ entry: Entry, format: Format, limit: Int = 100_000_000) throws -> Data {
    let tooLarge = ExtractError.corrupt(format, "\(entry.path) is too large")
    guard entry.uncompressedSize < limit else { throw tooLarge }
    var data = Data()
    do {
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            guard data.count + chunk.count < limit else { throw tooLarge }
            data.append(chunk)
        }
    } catch let error as ExtractError {
        throw error
    } catch {
        throw ExtractError.corrupt(format, "\(entry.path): \(error)")
    }
    return data
}

/// The zip read through a file of its bytes held in memory (`memfd_create`), not ZIPFoundation's
/// archive of a `Data`: that one traps when a broken offset points past the end (its read takes a
/// negative count), where a file's read past its end reads nothing and the archive says it is corrupt.
func openZip(_ data: Data, format: Format) throws -> Archive {
    do {
        let file = memfd_create("minnes-zip", MINNES_MFD_CLOEXEC)
        guard file >= 0 else { return try Archive(data: data, accessMode: .read) }
        defer { close(file) }
        let written = data.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let count = write(file, bytes.baseAddress! + done, bytes.count - done)
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
        guard written else { throw ExtractError.corrupt(format, "its bytes could not be held in memory to be read") }
        // (The archive opens a descriptor of its own, kept until it is let go. Without /proc, as in
        // some containers, the archive of bytes in memory is all there is.)
        let path = "/proc/self/fd/\(file)"
        guard access(path, R_OK) == 0 else { return try Archive(data: data, accessMode: .read) }
        return try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch let error as ExtractError {
        throw error
    } catch {
        throw ExtractError.corrupt(format, "not a zip archive")
    }
}

/// XML parsed by writer; XML that does not parse names the format's file corrupt.
func parse(_ xml: Data, with writer: some XMLParserDelegate, format: Format, part: String) throws {
    if let fault = parseXML(xml, with: writer) { throw ExtractError.corrupt(format, "\(part): \(fault)") }
}

/// Parses XML with writer: nil, or what is wrong with it. Bytes that are not UTF-8 (what Office and
/// OpenDocument write, unless a mark says UTF-16) are not parsed: Foundation's XMLParser traps on an
/// element's name broken off inside a character (`<b\xC3/>`), where libxml2 would only say it is bad.
func parseXML(_ xml: Data, with writer: some XMLParserDelegate) -> String? {
    let utf16 = xml.starts(with: [0xFF, 0xFE]) || xml.starts(with: [0xFE, 0xFF])
    guard utf16 || xml.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }) else {
        return "not UTF-8"
    }
    let parser = XMLParser(data: xml)
    parser.delegate = writer
    return parser.parse() ? nil : parser.parserError.map { "\($0.localizedDescription)" } ?? "bad XML"
}

/// A document's text: what its first page's head and foot show (the network or the date may be
/// written nowhere else), then its body.
func officeText(head: [String], body: [String]) -> String {
    let head = head.map(PageFurniture.withoutPageNumber).filter { !$0.isEmpty }
    return (head.isEmpty ? body : head + [""] + body).joined(separator: "\n")
}

/// A document's text; or, where it is a few words at most (none, a title, a registry's stamp) beside
/// pictures OCR can read (not a drawing kept as EMF), those words and then the pictures' text in
/// order: pages scanned into a Word or OpenDocument file ("scan to Word"), as a PDF's stamped scan.
func scannedInto(_ text: String, format: Format, pictures: () throws -> [(name: String, data: Data)]) throws -> Extracted {
    let words = text.split(whereSeparator: \.isWhitespace).count { $0.contains(where: \.isLetter) }
    guard words < PDFReader.stampWords else { return Extracted(text: text, format: format) }
    let readable = try pictures().filter { ImageReader().recognises($0.data) }
    guard !readable.isEmpty else { return Extracted(text: text, format: format) }
    guard words > 0 else { return try ScanReader.extracted(try ScanReader.pages(ofPictures: readable), as: format) }
    // (A title over a logo, where OCR finds no words, is that title.)
    do {
        var read = try ScanReader.extracted(try ScanReader.pages(ofPictures: readable), as: format)
        read.text = text + "\n\n" + read.text
        return read
    } catch ExtractError.noText {
        return Extracted(text: text, format: format)
    }
}

enum PageFurniture {
    /// A page's number ending a head's or foot's line ("… Socialförvaltningen  Sida 2 (2)", "– 3 –").
    nonisolated(unsafe) static let endingPageNumber = /(?i)\s*[-–|,]?\s*(?:(?:sida|sid\.|page|s\.)\s*\d{1,3}(?:\s*(?:av|of|\/)\s*\d{1,3}|\s*\(\d{1,3}\))?|\d{1,3}\s*\(\d{1,3}\))\s*$/

    /// A head's or foot's line without the page's number: its numbers are fields left out, so what
    /// is left of "Familjen Helsingborg<tab>Sida 1 av 2" is "…<tab>Sida  av ", and that part goes.
    static func withoutPageNumber(_ line: String) -> String {
        line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { part in !part.split { !$0.isLetter }.allSatisfy { ["sida", "sid", "av", "page", "of"].contains($0.lowercased()) } }
            .joined(separator: "\t")
    }
}

/// The first value a style gives, itself or through the style it is based on (Word's `basedOn`,
/// OpenDocument's parent).
func inherited<Style, Value>(_ name: String, in styles: [String: Style], parent: KeyPath<Style, String?>,
                             _ value: KeyPath<Style, Value?>) -> Value? {
    var next: String? = name, seen = Set<String>()
    while let current = next, seen.insert(current).inserted, let style = styles[current] {
        if let found = style[keyPath: value] { return found }
        next = style[keyPath: parent]
    }
    return nil
}

/// A paragraph bold as a whole as what it says, where its place already says it is a head (a
/// heading, a table's cell).
func withoutWholeBold(_ text: String) -> String {
    guard text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 else { return text }
    let inner = text.dropFirst(2).dropLast(2)
    return inner.contains("**") ? text : String(inner)
}

/// A list level's number as Word and OpenDocument write it: 3, c, C, iii, III.
enum ListNumber {
    enum Style: Sendable {
        case decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman

        /// Word's `w:numFmt` (`decimal`, `lowerLetter` …) or OpenDocument's `style:num-format` (`1`,
        /// `a`, `A`, `i`, `I`); nil for a bullet, none or a format not numbered.
        init?(_ name: String) {
            switch name {
            case "decimal", "1", "ordinal", "decimalEnclosedParen", "decimalEnclosedFullstop": self = .decimal
            case "decimalZero", "01": self = .decimalZero
            case "lowerLetter", "a": self = .lowerLetter
            case "upperLetter", "A": self = .upperLetter
            case "lowerRoman", "i": self = .lowerRoman
            case "upperRoman", "I": self = .upperRoman
            default: return nil
            }
        }
    }

    /// A list entry's mark as the reader takes one: "3.", "III.", a letter with its bracket, "c)".
    static func mark(_ value: Int, _ style: Style) -> String {
        text(value, style) + ([.lowerLetter, .upperLetter].contains(style) ? ")" : ".")
    }

    static func text(_ value: Int, _ style: Style) -> String {
        switch style {
        case .decimal: String(value)
        case .decimalZero: value < 10 ? "0\(value)" : String(value)
        case .lowerLetter: letters(value).lowercased()
        case .upperLetter: letters(value)
        case .lowerRoman: roman(value).lowercased()
        case .upperRoman: roman(value)
        }
    }

    /// 1 → A, 26 → Z, 27 → AA (Word's and OpenDocument's way: the letter repeated).
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var (rest, text) = (value, "")
        for (amount, numeral) in numerals {
            while rest >= amount { text += numeral; rest -= amount }
        }
        return text
    }
}

extension Array {
    /// The element `offset` places from the end, to read or change in place; nil (and no change)
    /// when there is none.
    subscript(back offset: Int) -> Element? {
        get { indices.contains(count - 1 - offset) ? self[count - 1 - offset] : nil }
        set {
            guard let newValue, indices.contains(count - 1 - offset) else { return }
            self[count - 1 - offset] = newValue
        }
    }
}

/// A document's tables as they are read, a table in a cell within its own: a row as its cells in
/// tab-separated columns (cells that list an entry a paragraph, line by line side by side); a row
/// that holds a table (a table that lays out the page) as its cells' lines one after the other, the
/// inner table's rows among them.
struct Tables {
    private struct Table {
        var row: [[String]]?, cell: [String] = [], holdsTable = false
    }

    private var open: [Table] = []

    var inCell: Bool { open.last?.row != nil }

    mutating func startTable() { open.append(Table()) }
    mutating func endTable() { _ = open.popLast() }
    mutating func startRow() {
        open[back: 0]?.row = []
        open[back: 0]?.holdsTable = false
    }
    mutating func startCell() { open[back: 0]?.cell = [] }
    /// A paragraph's lines, in the cell being read.
    mutating func add(_ lines: [String]) { open[back: 0]?.cell += lines }

    /// A cell over several columns holds their places, so the columns stay under their heads.
    mutating func endCell(columns: Int = 1) {
        guard let cell = open.last?.cell else { return }
        open[back: 0]?.row? += [cell] + Array(repeating: [], count: max(columns - 1, 0))
    }

    /// The row's lines, to be written where the table stands; none when it is in another's cell.
    mutating func endRow() -> [String] {
        // (A line break inside a cell, Shift+Enter, parts its lines as a comma does in the row: "Ada Ek
        // (Bjuv)" over "Bo Berg (Klippan)" in the cell beside "Deltagare".)
        guard let row = open.last?.row.map({ $0.map { $0.map(Self.linesRunOn) } }) else { return [] }
        open[back: 0]?.row = nil
        let lines = open.last?.holdsTable == true ? row.flatMap { $0.filter { !$0.isEmpty } } : Self.lines(ofRow: row)
        guard open.count > 1 else { return lines }
        open[back: 1]?.cell += lines
        open[back: 1]?.holdsTable = true
        return []
    }

    /// A row's cells (each its paragraphs) as lines: cells that list a paragraph a person or thing
    /// ("Närvarande" beside "Frånvarande", a name a line) line by line side by side, as the page shows
    /// them; else a cell's paragraphs run on in its row (a bullet's mark, mid-line, would only part a
    /// sentence from its start), the cells apart by tabs.
    /// (`words`: at most how many words an entry of a list has.)
    static func lines(ofRow row: [[String]], words: Int = 8) -> [String] {
        // (A label's cell beside a list's: "Närvarande:" beside a name a line.)
        if row.contains(where: { $0.filter { !$0.isEmpty }.count > 1 }), row.allSatisfy({ isList($0, words: words) || $0.count == 1 && $0[0].hasSuffix(":") }) {
            let cells = row.map { $0.filter { !$0.isEmpty } }
            return (0..<(cells.map(\.count).max() ?? 0)).map { at in cells.map { at < $0.count ? $0[at] : "" }.joined(separator: "\t") }
        }
        let cells = row.map { $0.filter { !$0.isEmpty }.map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }.joined(separator: " ") }
        return cells.contains { !$0.isEmpty } ? [cells.joined(separator: "\t")] : []
    }

    /// A paragraph's lines on one line: after a sentence's or clause's end a space, else a comma.
    static func linesRunOn(_ paragraph: String) -> String {
        guard paragraph.contains("\n") else { return paragraph }
        var text = ""
        for line in paragraph.split(separator: "\n", omittingEmptySubsequences: true).map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            text += text.isEmpty ? line : (".:;,!?".contains(text.last!) ? " " : ", ") + line
        }
        return text
    }

    /// A cell whose paragraphs are a list's entries: each short, none a sentence nor going on past its comma.
    static func isList(_ cell: [String], words: Int = 8) -> Bool {
        cell.allSatisfy { paragraph in
            paragraph.split(separator: " ").count <= words && !paragraph.hasSuffix(".") && !paragraph.hasSuffix(":") && !paragraph.hasSuffix(",") && !paragraph.contains("\t")
        }
    }
}
