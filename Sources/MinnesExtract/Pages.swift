import Foundation

/// Pages as a reader takes them, a PDF's (`PDFReader`) or a scanned protocol's OCR text (`TextReader`):
/// the lines every page repeats at its top or bottom dropped, a word split over a line end joined, one text.
enum Pages {
    /// A page's number ending a line ("sida 2", "3 / 7", "2 av 5", "Sida 2 (2)").
    nonisolated(unsafe) static let pageNumber = /\d+(?:\s*(?:\/|av)\s*\d+|\s*\(\d+\))?\s*$/

    /// Pages as a reader takes them: their furniture dropped, a word split over a line end joined, one text.
    /// (`numbered`: each page says its number, so a number alone at its edge is the minutes' own.)
    static func joined(_ pages: [[String]], numbered: Bool = false) -> String {
        rejoin(withoutRunningLines(pages, numbered: numbered).map { $0.joined(separator: "\n") }.joined(separator: "\n"))
    }

    /// A scan's text (what OCR made of a paper protocol) as its pages, each closed by its number of all
    /// ("Sida 1 av 2", "Page 2 of 3"), in order from the first to the last; nil for any other text.
    static func scanned(_ text: String) -> [[String]]? {
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
    /// Whether text holds part, by the C library's `strstr` (decoded text holds no NUL).
    static func holds(_ text: String, _ part: String) -> Bool {
        text.withCString { strstr($0, part) != nil }
    }
    /// (ASCII digits: `\d` takes any script's, which `Int(_:)` does not read.)
    nonisolated(unsafe) static let pageOfAll = /(?i)\s*(?:sida|sid\.|page)\s+([0-9]{1,3})\s*(?:av|of|\/)\s*([0-9]{1,3})\s*/

    /// Lines at a page's top or bottom that most pages repeat (digits aside: "sida 2") are the
    /// page's furniture, not the minutes.
    static func withoutRunningLines(_ pages: [[String]], numbered: Bool = false) -> [[String]] {
        zip(pages, furniture(pages, numbered: numbered)).map { page, marks in zip(page, marks).filter { !$1 }.map(\.0) }
    }

    /// Which of each page's lines are its furniture (`withoutRunningLines`).
    static func furniture(_ pages: [[String]], numbered: Bool = false) -> [[Bool]] {
        guard pages.count >= 2 else { return pages.map { $0.map { _ in false } } }
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
        return pages.enumerated().map { number, page in
            let content = page.filter { !$0.isEmpty }
            let edge = Set(content.prefix(2) + content.suffix(2))
            // A page's furniture, or a page number alone at its edge. (The first page's head kept: its
            // running line may be all that names the network, "Nätverket för … Sida 1 (2)".)
            let head = number == 0 ? Set(content.prefix(2)) : []
            return page.map { edge.contains($0) && !head.contains($0) && (running.contains(key($0)) || !numbered && key($0).isEmpty && !$0.isEmpty) }
        }
    }

    /// A text that holds its pages' breaks (pdftotext's output kept as text: a form feed between
    /// pages) as its pages; nil for a text of one page.
    static func fed(_ text: String) -> [[String]]? {
        guard text.utf8.contains(0x0C) else { return nil }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.contains { !$0.allSatisfy(\.isWhitespace) } }
        return pages.count >= 2 ? pages : nil
    }

    /// "familje-" at a line's end and "hemmet" below are one word again; "social-" over "och
    /// omsorgsnämnden" keeps its hyphen (the first part of a word pair).
    static func rejoin(_ text: String) -> String {
        text.replacing(/(\p{L})-\n(?!(?:och|eller|samt|till)\b)(\p{Ll})/) { "\($0.1)\($0.2)" }
    }
}
