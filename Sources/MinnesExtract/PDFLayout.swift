import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A PDF's text as its pages show it, from where poppler's `pdftohtml -xml` puts each piece of text
/// (its place, size and bold): pieces on one baseline one line, apart by a cell's gap a table's row
/// (tab-separated; a cell's next lines under it joined to it), two columns read one after the other,
/// a list's hanging mark one with its text, a paragraph's wrapped lines one line (a word split by a
/// hyphen joined), a line bold as a whole `**bold**`, a larger bold one a heading (`#`), the page's
/// number, a program's stamp and the lines every page repeats (`Pages`) left out but the first
/// page's head and foot. pdftotext's reading order reads a table column by column: a person's name
/// far from their kommun and mark, a name wrapped in its cell over two lines.
enum PDFLayout {
    struct Span {
        var text: String
        var bold: Bool
    }

    /// A piece of text where pdftohtml puts it (points from the page's top left).
    struct Piece {
        var top, left, width, height, size: Double
        var spans: [Span]
        var right: Double { left + width }
        var text: String { spans.map(\.text).joined() }
    }

    struct Page {
        var width, height: Double
        var pieces: [Piece] = []
    }

    /// A part of a line apart from the next by more than a word's gap: a cell, or a column's line.
    struct Cell {
        var spans: [Span]
        var left, right, size: Double
        /// What goes on under it when a table's row does (a name wrapped in its cell, a label's next value).
        var below: [Cell] = []
        /// Where its text starts after a list's hanging mark (where its next lines start).
        var hanging: Double?
        var text: String { spans.map(\.text).joined() }
        var bold: Bool { spans.allSatisfy { $0.bold || $0.text.allSatisfy { !$0.isLetter } } && spans.contains(where: \.bold) }
    }

    struct Line {
        var cells: [Cell]
        var top, bottom: Double
        /// A table's row with the lines under it, as written (`rowsJoined`).
        var written: [String]?
        /// Where a full line of its column ends, in two columns (`columnsApart`).
        var limit: Double?
        var size: Double { cells.map(\.size).max() ?? 0 }
        var left: Double { cells.first?.left ?? 0 }
        var right: Double { cells.last?.right ?? 0 }
        var plain: String { written?.joined(separator: "\n") ?? cells.map(\.text).joined(separator: "\t") }
    }

    /// The pages pdftohtml's XML describes; nil when it does not read as such.
    static func pages(_ xml: Data) -> [Page]? {
        let reader = XMLPieces()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.pages
    }

    /// The pages' text as a reader takes it.
    static func text(_ pages: [Page]) -> String {
        let body = bodySize(pages)
        let headingSizes = Array(Set(pages.flatMap(\.pieces).map(\.size).filter { $0 >= body * 1.2 })).sorted(by: >)
        let pageLines = withoutFurniture(pages.enumerated().map { number, page in
            rowsJoined(columnsApart(withoutPageNumbers(lines(of: page), page), page)).map { ($0, number) }
        })
        let leading = leading(pageLines.map { $0.map(\.0) })
        // (Pages that show no bold, an OCR's text above all: a heading told by the space it stands in.)
        let plain = !pages.contains { $0.pieces.contains { $0.spans.contains(where: \.bold) } }
        let spaced = plain ? headingsBySpace(pageLines.map { $0.map(\.0) }, leading: leading) : [:]
        var text: [String] = []
        var above: (line: Line, page: Int, limit: Double)?
        var bullets: [Double] = []  // where the bullets of the list going on stand, level by level
        for (index, (line, number)) in pageLines.lazy.flatMap({ $0.enumerated() }) {
            let place = Place(page: number, line: index)
            defer { above = (line, number, margin(of: line, among: pageLines[number].map(\.0))) }
            if let above, continues(line, after: above.line, limit: above.limit, leading: above.page == number ? leading : nil),
               let last = text.popLast() {
                // (A bold line's next line bold too: one bold paragraph.)
                let bold = line.cells[0].bold && last.hasSuffix("**")
                text.append(joined(bold ? String(last.dropLast(2)) : last, marked(line.cells[0].spans.map { Span(text: $0.text, bold: $0.bold && !bold) }) + (bold ? "**" : "")))
                continue
            }
            var rendered = render(line, body: body, headingSizes: headingSizes)
            if let goesOn = spaced[place], !rendered.hasPrefix("#") {
                // (A heading's second line one line with its first.)
                if goesOn, let last = text.last, last.hasPrefix("## ") {
                    text[text.count - 1] = last + " " + rendered
                    continue
                }
                rendered = "## " + rendered
            } else if plain, isMarginTitle(line), let tab = rendered.firstIndex(of: "\t") {
                rendered = "## " + rendered[..<tab] + "\n" + rendered[rendered.index(after: tab)...]
            }
            guard rendered.prefixMatch(of: bulleted) != nil else {
                bullets = []
                text.append(rendered)
                continue
            }
            // A bullet a level deeper by two spaces where it stands farther in than the list's
            // bullets above it (a slide's "–" under its "•").
            bullets = bullets.filter { $0 < line.left + 3 }
            if bullets.last.map({ $0 < line.left - 3 }) ?? true { bullets.append(line.left) }
            text.append(String(repeating: "  ", count: bullets.count - 1) + rendered)
        }
        return text.joined(separator: "\n")
    }

    /// Where a line is: its page, and its place among the page's lines.
    struct Place: Hashable {
        let page, line: Int
    }

    /// The lines (by page and place on it) that head what follows by the space they stand in, as a
    /// reader sees a heading with no bold to tell it: a few words, no sentence's end, no label's colon,
    /// on one line or two close together, twice as far from the line above as from the prose right
    /// under it (not a list's first entry, nor a paragraph's first line going on in lower case). Each
    /// with whether it goes on from the line above (a heading's second line).
    static func headingsBySpace(_ pages: [[Line]], leading: Double) -> [Place: Bool] {
        var found: [Place: Bool] = [:]
        let few = { (line: Line, opening: Bool) -> Bool in
            let text = line.plain.trimmingCharacters(in: .whitespaces)
            guard line.cells.count == 1, line.written == nil, let first = text.first, first.isUppercase || !opening && first.isLetter else { return false }
            return text.last.map({ $0.isLetter || $0.isNumber || $0 == ")" }) == true && text.split(separator: " ").count <= 8
                && !text.contains(":") && !text.contains(";") && text.prefixMatch(of: bulleted) == nil
        }
        let isProse = { (line: Line) -> Bool in
            let prose = line.plain.trimmingCharacters(in: .whitespaces)
            return prose.first?.isLowercase == false && (prose.split(separator: " ").count > 6 || prose.last.map({ ".!?".contains($0) }) == true)
        }
        for (number, lines) in pages.enumerated() {
            let gap = { (upper: Int) in lines[upper + 1].top - lines[upper].bottom }
            for index in lines.indices.dropLast() where few(lines[index], true) {
                // (Its second line close under it, over the prose: "EKONOMISKT BISTÅND TILL UNGA VUXNA" over "SOM LÄMNAR …".)
                let last = index + 2 < lines.count && !isProse(lines[index + 1]) && few(lines[index + 1], false) && gap(index) <= lines[index].size ? index + 1 : index
                let below = gap(last), above = index == 0 ? .infinity : gap(index - 1)
                guard last + 1 < lines.count, isProse(lines[last + 1]), below >= 0, below <= lines[last].size, above >= 2 * max(below, leading) else { continue }
                for place in index...last { found[Place(page: number, line: place)] = place > index }
            }
        }
        return found
    }

    /// An item's title in a margin column with its text beside it, as a ruled protocol sets them
    /// ("Budget" beside "Ada Ek lyfte att …"): a few words, no sentence's end or label's colon, beside
    /// sentences.
    static func isMarginTitle(_ line: Line) -> Bool {
        guard line.cells.count == 2 else { return false }
        let (title, text) = (line.cells[0].text.trimmingCharacters(in: .whitespaces), line.plain.split(separator: "\t").dropFirst().joined(separator: " "))
        guard let first = title.first, first.isUppercase, title.last?.isLetter == true, !title.contains(":"), title.split(separator: " ").count <= 4 else { return false }
        return text.split(separator: " ").count >= 8 && text.trimmingCharacters(in: .whitespaces).last.map { ".!?”".contains($0) } == true
    }

    /// The gap most lines of a paragraph keep between them (a line's foot to the next one's top): a
    /// wider one parts paragraphs.
    static func leading(_ pages: [[Line]]) -> Double {
        var gaps: [Int: Int] = [:]
        for page in pages {
            for (above, line) in zip(page, page.dropFirst()) where line.cells.count == 1 && above.cells.count == 1 && line.top > above.top {
                let gap = line.top - above.bottom
                if gap >= 0, gap < 2 * line.size { gaps[Int(gap.rounded()), default: 0] += 1 }
            }
        }
        return Double(gaps.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0)
    }

    /// The size most of the text is written in.
    static func bodySize(_ pages: [Page]) -> Double {
        var characters: [Double: Int] = [:]
        for piece in pages.flatMap(\.pieces) { characters[piece.size, default: 0] += piece.text.count }
        return characters.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 10
    }

    /// A page's pieces as lines: those whose heights overlap by three quarters of one line, left to
    /// right, parted into cells where the gap between two is wider than a word's.
    static func lines(of page: Page) -> [Line] {
        var rows: [[Piece]] = []
        for piece in page.pieces.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            if let row = rows.last, let first = row.first {
                let (top, bottom) = (row.map(\.top).min()!, row.map { $0.top + $0.height }.max()!)
                let overlap = min(bottom, piece.top + piece.height) - max(top, piece.top)
                if overlap >= 0.75 * min(piece.height, first.height) {
                    rows[rows.count - 1].append(piece)
                    continue
                }
            }
            rows.append([piece])
        }
        return rows.map { row in
            var cells: [Cell] = []
            for piece in row.sorted(by: { $0.left < $1.left }) {
                let gap = piece.left - (cells.last?.right ?? -.infinity)
                if gap < cellGap * max(piece.size, cells.last?.size ?? 0), var cell = cells.popLast() {
                    // (A piece of its own for a word set apart, or for bold ending: one space between.)
                    let spaced = gap > 0.1 * piece.size && !(cell.text.last?.isWhitespace ?? true) && !(piece.text.first?.isWhitespace ?? true)
                    cell.spans += (spaced ? [Span(text: " ", bold: cell.spans.last?.bold == true && piece.spans.first?.bold == true)] : []) + piece.spans
                    cell.right = max(cell.right, piece.right)
                    cell.size = max(cell.size, piece.size)
                    cells.append(cell)
                } else {
                    cells.append(Cell(spans: piece.spans, left: piece.left, right: piece.right, size: piece.size))
                }
            }
            // A list's mark hangs before its text (`•`, `1.`, `a)`, a protocol's `§ 12` in the margin, its
            // decision's `att` clauses): one cell.
            // (A bare number too, before a title in bold: a template's items numbered in a narrow column.)
            for index in cells.indices.reversed() where index + 1 < cells.count
                && (cells[index].text.trimmingCharacters(in: .whitespaces).wholeMatch(of: hangingMark) != nil
                    || cells[index + 1].bold && cells[index].text.trimmingCharacters(in: .whitespaces).wholeMatch(of: bareNumber) != nil) {
                let mark = cells.remove(at: index)
                cells[index].spans = mark.spans + [Span(text: " ", bold: false)] + cells[index].spans
                (cells[index].hanging, cells[index].left) = (cells[index].left, mark.left)
            }
            return Line(cells: cells, top: row.map(\.top).min()!, bottom: row.map { $0.top + $0.height }.max()!)
        }
    }

    nonisolated(unsafe) static let bareNumber = /\d{1,2}/
    nonisolated(unsafe) static let stamp = /\d{4}-\d{2}-\d{2}[ T]+\d{1,2}:\d{2}|\d{1,2}[.\/]\d{1,2}[.\/]\d{2,4},? +\d{1,2}:\d{2}/
    nonisolated(unsafe) static let numberThenWord = /\s*\d{1,4}\s+\p{Ll}/
    nonisolated(unsafe) static let hyphenEnding = /.*\p{L}-/
    nonisolated(unsafe) static let spaces = /\ {2,}/
    nonisolated(unsafe) static let hangingMark = /[•·▪◦‣∙○■□–—*\u{F0B7}\u{F0A7}o-]|\d{1,3}[.)]|\d{1,2}\.\d{1,2}\.?|[a-zA-Z][.)]|§\s*\d{1,4}[a-z]?|[IVX]{1,5}\.|att/

    /// Wider than this many times the text's size, a gap parts cells (a table's cell pads its text
    /// by about half that on each side; words in a line are a third of it apart).
    static let cellGap = 0.8

    /// A page's number at its top or bottom ("Sida 2 av 3", "2 (3)", "– 2 –") is no text of the minutes.
    static func withoutPageNumbers(_ lines: [Line], _ page: Page) -> [Line] {
        lines.compactMap { line in
            guard line.top < page.height * 0.1 || line.bottom > page.height * 0.9 else { return line }
            var line = line
            line.cells.removeAll { $0.text.trimmingCharacters(in: .whitespaces).wholeMatch(of: pageNumber) != nil }
            return line.cells.isEmpty ? nil : line
        }
    }
    nonisolated(unsafe) static let pageNumber = /(?i)(?:(?:sida|sid\.|page)\s*)?[-–]?\s*\d{1,3}\s*(?:(?:av|of|\/)\s*\d{1,3}|\(\d{1,3}\))?\s*[-–]?/

    /// A table's row whose cells go on in the lines under it (a name wrapped in its cell, a label's
    /// values a line each) one row again, as Word's reader reads a table's row (`Tables.lines`).
    static func rowsJoined(_ lines: [Line]) -> [Line] {
        var joined: [Line] = []
        var table: [Double]?  // the cells' left edges of the row going on
        for var line in lines {
            if let columns = table, let first = line.cells.first { line.cells = split(first, at: columns) + line.cells.dropFirst() }
            if let columns = table, var row = joined.last, line.top > row.top, line.top - row.bottom < 0.8 * line.size,
               line.cells.first!.left > row.cells[0].right,
               let places = Optional(line.cells.map { cell in
                   columns.indices.filter { abs(columns[$0] - cell.left) < 1.5 * cell.size }.min { abs(columns[$0] - cell.left) < abs(columns[$1] - cell.left) }
               }),
               places.allSatisfy({ ($0 ?? 0) > 0 }) {
                for (cell, place) in zip(line.cells, places) { row.cells[place!].below.append(cell) }
                row.bottom = line.bottom
                joined[joined.count - 1] = row
                continue
            }
            table = line.cells.count > 1 ? line.cells.map(\.left) : nil
            joined.append(line)
        }
        let margin = lines.map(\.right).max() ?? 0
        return joined.map { line in
            guard line.cells.contains(where: { !$0.below.isEmpty }) else { return line }
            var line = line
            let paragraphs = line.cells.indices.map { index in
                // (A cell's text ends a cell's padding before the next one's starts.)
                Self.paragraphs([line.cells[index]] + line.cells[index].below,
                                limit: index + 1 < line.cells.count ? line.cells[index + 1].left - line.cells[index].size : line.limit ?? margin)
            }
            // (A line's end in a cell is a paragraph's only where the line was not full: an entry of
            // a list however long, "Benoît Marchand, kriminalinspektör, sektionen för …, § 14".)
            line.written = Tables.lines(ofRow: paragraphs.map { $0.map(withoutWholeBold) }, words: 24)
            return line
        }
    }

    /// A row's first cell that runs over a column's start the row above gives, an item's number set
    /// right in its narrow column ("2", close before its row's text, "Ängelholm och …"), parted there.
    static func split(_ cell: Cell, at columns: [Double]) -> [Cell] {
        // (A column after the row's first: the first is the row's margin, not a text's start.)
        guard let start = columns.dropFirst().first(where: { $0 > cell.left + 2 && $0 < cell.right - 2 }) else { return [cell] }
        let text = cell.text, letter = (cell.right - cell.left) / Double(max(text.count, 1))
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return [cell] }
        // (Between the words whose next one would start nearest the column's start, by the letters' mean width.)
        let ends = (1..<min(words.count, 4)).map { count in words.prefix(count).map(\.count).reduce(count, +) }
        guard let at = ends.min(by: { abs(cell.left + Double($0) * letter - start) < abs(cell.left + Double($1) * letter - start) }),
              abs(cell.left + Double(at) * letter - start) < 3 * letter else { return [cell] }
        let head = String(text.prefix(at - 1)), tail = String(text.dropFirst(at))
        guard head.wholeMatch(of: itemNumber) != nil else { return [cell] }
        return [Cell(spans: [Span(text: head, bold: cell.bold)], left: cell.left, right: cell.left + Double(head.count) * letter, size: cell.size),
                Cell(spans: [Span(text: tail, bold: cell.bold)], left: start, right: cell.right, size: cell.size)]
    }

    nonisolated(unsafe) static let itemNumber = /(?:§\s*)?\d{1,3}[a-z]?[.):]?/

    /// A cell's lines as its paragraphs: a line goes on from the one above when that one was full.
    static func paragraphs(_ lines: [Cell], limit: Double) -> [String] {
        var paragraphs: [String] = []
        for (index, line) in lines.enumerated() {
            if index > 0, full(lines[index - 1], before: line.text, limit: limit), let last = paragraphs.popLast() {
                // (A time, then a place on the next line: "kl. 13.00–15.30" over "Åstorp, Kommunhuset".)
                let apart = last.last?.isNumber == true && line.text.first?.isUppercase == true
                paragraphs.append(apart ? last + ", " + marked(line.spans) : joined(last, marked(line.spans)))
            } else {
                paragraphs.append(marked(line.spans))
            }
        }
        return paragraphs
    }

    /// Whether a line ends where it does because the next one's first word would not have fitted
    /// after it (by its own letters' mean width) before the limit: a wrapped line, not a paragraph's end.
    static func full(_ line: Cell, before next: String, limit: Double) -> Bool {
        let letter = line.text.isEmpty ? line.size / 2 : (line.right - line.left) / Double(line.text.count)
        return line.right + letter * Double(next.prefix { !$0.isWhitespace }.count + 1) > limit - line.size / 2
    }

    /// Two columns side by side (a left column's lines, then the right one's): prose, or two blocks
    /// whose lines seldom stand level; the lines between a line across both (a heading over the
    /// page) and the next read column by column.
    static func columnsApart(_ lines: [Line], _ page: Page) -> [Line] {
        func prose(_ cell: Cell) -> Bool { cell.text.count >= 20 }
        // Where the right column starts: the left edge most lines right of the page's third start at.
        var starts: [Int: Int] = [:]
        for line in lines { for cell in line.cells where cell.left > page.width * 0.3 { starts[Int(cell.left / 4), default: 0] += 1 } }
        guard let (bucket, count) = starts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), count >= 3 else { return lines }
        // (A little before it: a cell of that column may start a few points farther out, "Källa: …" under a table.)
        let gutter = Double(bucket) * 4 - 12
        func side(_ cell: Cell) -> Int? { cell.right <= gutter ? 0 : cell.left >= gutter ? 1 : nil }
        var result: [Line] = []
        var run: [Line] = []
        func flush() {
            var left = run.map { line in Line(cells: line.cells.filter { side($0) == 0 }, top: line.top, bottom: line.bottom) }
            var right = run.map { line in Line(cells: line.cells.filter { side($0) == 1 }, top: line.top, bottom: line.bottom) }
            // Prose on both sides; or blocks of three lines or more side by side that seldom share a
            // line (a slide's bullets beside its table), where a table's cells do, row by row.
            let (leftLines, rightLines) = (left.filter { !$0.cells.isEmpty }.count, right.filter { !$0.cells.isEmpty }.count)
            let shared = zip(left, right).filter { !$0.cells.isEmpty && !$1.cells.isEmpty }.count
            // (Prose: most lines a cell on either side; a table's rows hold more, "Ansvarig" beside "Klart".)
            let single = { (side: [Line]) in side.filter { $0.cells.count > 1 }.count * 2 < side.filter { !$0.cells.isEmpty }.count }
            let columns = left.filter { $0.cells.contains(where: prose) }.count >= 3 && right.filter { $0.cells.contains(where: prose) }.count >= 3
                && single(left) && single(right)
                || min(leftLines, rightLines) >= 3 && shared * 2 <= min(leftLines, rightLines)
            if columns {
                for index in left.indices { left[index].limit = left.map(\.right).max() }
                for index in right.indices { right[index].limit = right.map(\.right).max() }
            }
            result += columns ? (left + right).filter { !$0.cells.isEmpty } : run
            run = []
        }
        for line in lines {
            // (A page's head or foot is no column's, though it stand on one side.)
            let edge = line.top < page.height * 0.07 || line.bottom > page.height * 0.93
            if !edge, line.cells.allSatisfy({ side($0) != nil }) { run.append(line) } else { flush(); result.append(line) }
        }
        flush()
        return result
    }

    /// The lines every page repeats at its top or bottom dropped (`Pages`), but the first page's
    /// head, and its foot read after its head, as Word's reader reads them (the network may be named
    /// there alone); not a stamp a program prints on every page, a day with its time ("Utskriven av …
    /// 2025-09-22 08:14"), nor a page's number ending a line.
    static func withoutFurniture(_ pages: [[(Line, Int)]]) -> [[(Line, Int)]] {
        let furniture = Pages.furniture(pages.map { $0.map { $0.0.plain } })
        return pages.indices.map { number in
            let kept = zip(pages[number], furniture[number]).filter { !$1 }.map(\.0).filter { number > 0 || !isStamp($0.0) }
            guard number == 0, pages.count >= 2 else { return kept }
            let foot = zip(pages[0], furniture[0]).filter { $1 }.map(\.0).compactMap { line, page -> (Line, Int)? in
                guard !isStamp(line) else { return nil }
                var line = line
                line.cells = line.cells.compactMap { cell in
                    let text = cell.text.replacing(PageFurniture.endingPageNumber, with: "")
                    return text.isEmpty ? nil : text == cell.text ? cell : Cell(spans: [Span(text: text, bold: cell.bold)], left: cell.left, right: cell.right, size: cell.size)
                }
                return line.cells.isEmpty ? nil : (line, page)
            }
            let head = kept.prefix(2).prefix { line in pages.dropFirst().contains { $0.prefix(2).contains { $0.0.plain == line.0.plain } } }.count
            return Array(kept[..<head]) + foot + Array(kept[head...])
        }
    }

    /// Whether a running line is a program's stamp: a day and a time of day.
    static func isStamp(_ line: Line) -> Bool {
        line.plain.contains(stamp)
    }


    /// A line as the reader takes it: cells apart by tabs (a cell bold as a whole plain: a table's
    /// head), a line larger than the text a heading, one bold as a whole `**bold**`.
    static func render(_ line: Line, body: Double, headingSizes: [Double]) -> String {
        if let written = line.written { return written.joined(separator: "\n") }
        // (A label and its value a gap apart, "Tid:" before "tisdag 10 mars …": as the label writes it.)
        if line.cells.count == 2, line.cells[0].text.trimmingCharacters(in: .whitespaces).hasSuffix(":") {
            return marked(line.cells[0].spans) + " " + marked(line.cells[1].spans)
        }
        guard line.cells.count == 1 else { return line.cells.map { withoutWholeBold(marked($0.spans)) }.joined(separator: "\t") }
        let cell = line.cells[0]
        if let level = headingSizes.firstIndex(of: cell.size), cell.text.count <= 120, cell.bold || cell.size >= body * 1.5,
           cell.text.prefixMatch(of: bulleted) == nil {
            return String(repeating: "#", count: min(level + 1, 3)) + " " + cell.text.trimmingCharacters(in: .whitespaces)
        }
        return marked(cell.spans)
    }

    /// Spans as text, the bold ones `**so**` (their spaces outside the marks).
    static func marked(_ spans: [Span]) -> String {
        // (Bold as a whole by its words: a mark before them, "§ 12", "2.", is the line's too.)
        let lettered = spans.filter { $0.text.contains(where: \.isLetter) }
        if !lettered.isEmpty, lettered.allSatisfy(\.bold) {
            return "**" + spans.map(\.text).joined().trimmingCharacters(in: .whitespaces) + "**"
        }
        var merged: [Span] = []
        for span in spans {
            if let last = merged.last, last.bold == span.bold || span.text.allSatisfy(\.isWhitespace) {
                merged[merged.count - 1].text += span.text
            } else {
                merged.append(span)
            }
        }
        return merged.map { span in
            let inner = span.text.trimmingCharacters(in: .whitespaces)
            guard span.bold, !inner.isEmpty else { return span.text }
            return (span.text.first!.isWhitespace ? " " : "") + "**" + inner + "**" + (span.text.last!.isWhitespace ? " " : "")
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    /// The right edge the page's text of the line's column reaches: where a full line ends.
    /// nil where the lines are no prose's (a list's, a name a line): too few of them end near the
    /// farthest, so a line ending near it need not have been full.
    static func margin(of line: Line, among lines: [Line]) -> Double {
        line.limit ?? lines.filter { $0.cells.count == 1 && abs($0.left - line.left) < 40 }.map(\.right).max() ?? line.right
    }

    /// Whether a line goes on from the one above as one paragraph: both of one cell, one size and
    /// boldness, under it no farther than a paragraph's lines are (or at the next page's top), the one above full (the line's first word
    /// would not have fitted after it), the line no list's or item's start.
    static func continues(_ line: Line, after above: Line, limit: Double, leading: Double?) -> Bool {
        guard line.cells.count == 1, above.cells.count == 1, line.written == nil, above.written == nil,
              abs(line.size - above.size) < 0.5, line.cells[0].bold == above.cells[0].bold else { return false }
        // (At the next column's top, as at the next page's, the paragraph may go on.)
        let nextColumn = line.top < above.top && line.left >= above.right - 1
        if let leading, !nextColumn, line.top < above.bottom - 0.5 * line.size || line.top - above.bottom > leading + 0.3 * line.size { return false }
        if !nextColumn, abs(line.left - above.left) > 3 * line.size, abs(line.left - (above.cells[0].hanging ?? above.left)) > 3 * line.size { return false }
        let text = line.cells[0].text
        if text.prefixMatch(of: listStart) != nil { return false }
        // A label opening the line after a sentence's end ("Båstad: …"), or a bold one after plain text
        // (a run-in heading, "**Ordförande:** …"), opens a paragraph.
        let spans = line.cells[0].spans, aboveSpans = above.cells[0].spans
        if spans.first?.bold == true, !line.cells[0].bold, aboveSpans.last(where: { $0.text.contains(where: \.isLetter) })?.bold == false { return false }
        if text.prefixMatch(of: label) != nil, let end = above.cells[0].text.last(where: { !$0.isWhitespace }), ".!?:".contains(end) { return false }
        // A label's list wraps after its comma ("(Bjuv)," over "Maud Ekstrand …"): one ending at a
        // kommun's parenthesis has ended, and a line opening with a capital under it is a sentence of its own
        // ("Frånvarande: …, Kennet Dahlin (Örkelljunga)" over "Ann-Charlotte var sjuk, så …").
        if above.cells[0].text.prefixMatch(of: label) != nil, above.cells[0].text.last(where: { !$0.isWhitespace }) == ")",
           text.first(where: { !$0.isWhitespace })?.isUppercase == true {
            return false
        }
        // A sentence going on in lower case (or a number, "den" over "1 december") goes on, full or not
        // (a typewriter's lines end where its writer broke them).
        if let end = above.cells[0].text.last(where: { !$0.isWhitespace }), end.isLetter || end == ",",
           let first = text.first(where: { !$0.isWhitespace }),
           first.isLowercase || end.isLowercase && text.prefixMatch(of: numberThenWord) != nil {
            return true
        }
        // (A line shorter than prose's is a list's, a name a line, full or not: only a word split by
        // a hyphen goes on.)
        guard above.cells[0].text.count >= 35 else { return above.cells[0].text.wholeMatch(of: hyphenEnding) != nil }
        return full(above.cells[0], before: text, limit: limit)
    }
    nonisolated(unsafe) static let bulleted = /[•·▪◦‣∙○■□–\u{F0B7}\u{F0A7}-]\s/
    nonisolated(unsafe) static let label = /\p{Lu}[\p{L}\-]{1,30}:\s/
    nonisolated(unsafe) static let listStart = /\s*(?:[•·▪◦‣∙○■□–—*-]\s|\d{1,3}[.)]\s|§\s*\d|[a-zA-Z][.)]\s|\(\d{1,3}\)\s)/

    /// A line joined to the one above it: a word split by a hyphen at its end whole again (`Pages`).
    static func joined(_ above: String, _ line: String) -> String {
        Pages.rejoin(above + "\n" + line).replacingOccurrences(of: "\n", with: " ")
    }
}

/// pdftohtml's XML (`<page>`, `<fontspec id size>`, `<text top left width height font>` holding
/// `<b>`, `<i>`, `<a>`) as pages of pieces.
private final class XMLPieces: NSObject, XMLParserDelegate {
    var pages: [PDFLayout.Page] = []
    private var sizes: [String: Double] = [:]
    private var piece: PDFLayout.Piece?
    private var bold = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? 0 }
        switch name {
        case "page": pages.append(PDFLayout.Page(width: number("width"), height: number("height")))
        case "fontspec": sizes[attributes["id"] ?? ""] = number("size")
        case "text":
            piece = PDFLayout.Piece(top: number("top"), left: number("left"), width: number("width"), height: number("height"),
                                    size: sizes[attributes["font"] ?? ""] ?? number("height"), spans: [])
            bold = 0
        case "b": bold += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "b": bold = max(bold - 1, 0)
        case "text":
            if var piece, !pages.isEmpty, piece.text.contains(where: { !$0.isWhitespace }) {
                // (Justified text's wider gaps come as runs of spaces.)
                for index in piece.spans.indices { piece.spans[index].text = piece.spans[index].text.replacing(PDFLayout.spaces, with: " ") }
                pages[pages.count - 1].pieces.append(piece)
            }
            piece = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard piece != nil else { return }
        if let last = piece!.spans.last, last.bold == (bold > 0) {
            piece!.spans[piece!.spans.count - 1].text += string
        } else {
            piece!.spans.append(PDFLayout.Span(text: string, bold: bold > 0))
        }
    }
}
