import Foundation

/// PDF through poppler's `pdftotext` (reading order, UTF-8), then as a reader would take the pages:
/// the lines every page repeats at its top or bottom (headers, footers, page numbers) dropped, a word
/// split over a line end by a hyphen joined again, the pages joined.
struct PDFReader: FormatReader {
    let format = Format.pdf
    static let tool = ExternalTool(name: "pdftotext", package: "poppler-utils")

    func recognises(_ data: Data) -> Bool { data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil }

    func read(_ data: Data, path: String) throws -> Extracted {
        let outcome = try Self.tool.run(["-enc", "UTF-8", "-eol", "unix", path, "-"])
        guard outcome.status == 0 else {
            if outcome.errors.localizedCaseInsensitiveContains("password") { throw ExtractError.encrypted(format) }
            throw ExtractError.corrupt(format, outcome.errors.split(separator: "\n").first.map(String.init) ?? "exit \(outcome.status)")
        }
        let pages = String(decoding: outcome.output, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.contains { !$0.isEmpty } }
        let text = Self.joined(pages)
        guard text.contains(where: \.isLetter) else { throw ExtractError.noText(format) }
        return Extracted(text: text, format: format)
    }

    nonisolated(unsafe) static let pageNumber = /\d+(?:\s*(?:\/|av)\s*\d+)?\s*$/

    /// Pages as a reader takes them: their furniture dropped, a word split over a line end joined, one text.
    /// (`numbered`: each page says its number, so a number alone at its edge is the minutes' own.)
    static func joined(_ pages: [[String]], numbered: Bool = false) -> String {
        rejoin(withoutRunningLines(pages, numbered: numbered).map { $0.joined(separator: "\n") }.joined(separator: "\n"))
    }

    /// A scan's text (what OCR made of a paper protocol) as its pages, each closed by its number of all
    /// ("Sida 1 av 2", "Page 2 of 3"), in order from the first to the last; nil for any other text.
    static func scannedPages(_ text: String) -> [[String]]? {
        // (A cheap test first: most texts hold no "ida 1 av" nor "age 1 of". By the C library's strstr:
        // the standard library's generic `firstRange(of:)`, over every text, was a thirtieth of a new index.)
        guard holds(text, "ida 1 av ") || holds(text, "age 1 of ") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let footers = lines.indices.compactMap { index in
            lines[index].utf8.count < 24 ? lines[index].wholeMatch(of: pageOfAll).map { (index, Int($0.1)!, Int($0.2)!) } : nil
        }
        guard footers.count >= 2, footers.enumerated().allSatisfy({ $1.1 == $0 + 1 && $1.2 == footers.count }) else { return nil }
        var (pages, start) = ([[String]](), 0)
        for (index, _, _) in footers {
            pages.append(Array(lines[start...index]))
            start = index + 1
        }
        if start < lines.count { pages[pages.count - 1] += lines[start...] }
        return pages
    }
    static func holds(_ text: String, _ part: String) -> Bool {
        text.withCString { strstr($0, part) != nil }
    }
    nonisolated(unsafe) static let pageOfAll = /(?i)\s*(?:sida|sid\.|page)\s+(\d{1,3})\s*(?:av|of|\/)\s*(\d{1,3})\s*/

    /// Lines at a page's top or bottom that most pages repeat (digits aside: "sida 2") are the
    /// page's furniture, not the minutes.
    static func withoutRunningLines(_ pages: [[String]], numbered: Bool = false) -> [[String]] {
        guard pages.count >= 2 else { return pages }
        // A page number at the line's end ("– sida 2", "3 / 7") varies; "§ 3" is the minutes' own.
        func key(_ line: String) -> String {
            if line.hasPrefix("§") { return line }
            return line.replacing(pageNumber, with: "").trimmingCharacters(in: .whitespaces)
        }
        func edges(_ page: [String]) -> [String] {
            let content = page.filter { !$0.isEmpty }
            return Array(content.prefix(2) + content.suffix(2)).map(key).filter { !$0.isEmpty }
        }
        var seen: [String: Int] = [:]
        for page in pages { for line in Set(edges(page)) { seen[line, default: 0] += 1 } }
        let running = Set(seen.filter { $0.value >= max(2, (pages.count + 1) / 2) }.keys)
        return pages.map { page in
            let content = page.filter { !$0.isEmpty }
            let edge = Set(content.prefix(2) + content.suffix(2))
            // A page's furniture, or a page number alone at its edge.
            return page.filter { !(edge.contains($0) && (running.contains(key($0)) || !numbered && key($0).isEmpty && !$0.isEmpty)) }
        }
    }

    /// "familje-" at a line's end and "hemmet" below are one word again; "social-" over "och
    /// omsorgsnämnden" keeps its hyphen (the first part of a word pair).
    static func rejoin(_ text: String) -> String {
        text.replacing(/(\p{L})-\n(?!(?:och|eller|samt|till)\b)(\p{Ll})/) { "\($0.1)\($0.2)" }
    }
}

/// Old binary Word (`.doc`) through `antiword`, UTF-8, lines unwrapped.
struct WordBinaryReader: FormatReader {
    let format = Format.wordBinary
    static let tool = ExternalTool(name: "antiword", package: "antiword")

    func recognises(_ data: Data) -> Bool { data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) }

    /// A password-protected Word file (`.docx` too) is an OLE file holding an `EncryptedPackage`.
    static let encryptedPackage = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    func read(_ data: Data, path: String) throws -> Extracted {
        if data.range(of: Self.encryptedPackage) != nil { throw ExtractError.encrypted(.word) }
        let outcome = try Self.tool.run(["-m", "UTF-8.txt", "-w", "0", path])
        guard outcome.status == 0 else {
            if outcome.errors.localizedCaseInsensitiveContains("encrypt") { throw ExtractError.encrypted(format) }
            throw ExtractError.corrupt(format, outcome.errors.split(separator: "\n").first.map(String.init) ?? "exit \(outcome.status)")
        }
        // antiword draws tables with "|" between cells: a row's cells, tab-separated, as elsewhere.
        let lines = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("|") ? line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t") : String(line)
        }
        return Extracted(text: lines.joined(separator: "\n"), format: format)
    }
}

/// RTF through catdoc, which reads RTF's Unicode escapes as UTF-8 (unrtf's text mode loses them).
struct RTFReader: FormatReader {
    let format = Format.rtf
    static let tool = ExternalTool(name: "catdoc", package: "catdoc")

    func recognises(_ data: Data) -> Bool { data.starts(with: Array("{\\rtf".utf8)) }

    func read(_ data: Data, path: String) throws -> Extracted {
        let outcome = try Self.tool.run(["-d", "utf-8", "-w", path])
        guard outcome.status == 0 else {
            throw ExtractError.corrupt(format, outcome.errors.split(separator: "\n").first.map(String.init) ?? "exit \(outcome.status)")
        }
        // catdoc leaves a blank line after every paragraph: a line a paragraph, as elsewhere.
        let text = String(decoding: outcome.output, as: UTF8.self).replacing(/\n\n/, with: "\n")
        return Extracted(text: text, format: format)
    }
}
