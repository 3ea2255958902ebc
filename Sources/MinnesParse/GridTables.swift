/// Tables drawn with `+---+` rules and bars between cells (pandoc's and Emacs' grid tables, a Word
/// table saved as plain text by some converters), whose cells run over many lines: no reader reads
/// them line by line. Each is read as what the readers know: a table of labels beside their values as
/// the labels ("Datum: Torsdag 23 januari 2025", "Närvarande:" over its names, a line each); any other
/// as a Markdown table, a cell's wrapped lines joined and its paragraphs and bullets apart by `<br>`.
struct GridTable: Equatable {
    /// Each row's cells, each cell its lines as drawn (trimmed; a blank line of the cell is "").
    let rows: [[[String]]]
    /// Each column's width inside its bars.
    let widths: [Int]

    /// The table drawn in `lines` (rules and rows, the first a rule); nil unless every row's bars stand
    /// where the first rule's corners do.
    init?(_ lines: [String]) {
        let rule = Array(lines[0])
        let edges = rule.indices.filter { rule[$0] == "+" }
        guard edges.count >= 3 else { return nil }
        var rows: [[[String]]] = [], row: [[String]]?
        for line in lines {
            if Self.isRule(line) {
                if let done = row { rows.append(done) }
                row = nil
                continue
            }
            let drawn = Array(line)
            guard edges.allSatisfy({ $0 < drawn.count && drawn[$0] == "|" }) else { return nil }
            var cells = row ?? Array(repeating: [], count: edges.count - 1)
            for column in cells.indices { cells[column].append(String(drawn[(edges[column] + 1)..<edges[column + 1]]).trimmingSpaces()) }
            row = cells
        }
        if let done = row { rows.append(done) }
        guard !rows.isEmpty else { return nil }
        (self.rows, widths) = (rows, edges.indices.dropLast().map { edges[$0 + 1] - edges[$0] - 1 })
    }

    /// "+------+-----+", "+=====+====+": a grid's rule.
    static func isRule(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed.count >= 3 && trimmed.hasPrefix("+") && trimmed.hasSuffix("+") && trimmed.allSatisfy { "+-=:".contains($0) }
            && (trimmed.holds("-") || trimmed.holds("="))
    }

    /// The table as lines the readers read.
    var asRead: [String] {
        isLabelled ? labelled : markdown
    }

    /// Two columns, short keys of which two are labels the readers know.
    private var isLabelled: Bool {
        guard rows.allSatisfy({ $0.count == 2 }) else { return false }
        let keys = rows.map { $0[0].filter { !$0.isEmpty }.joined(separator: " ") }
        return keys.allSatisfy { $0.split(separator: " ").count <= 4 }
            && keys.count(where: { Self.isLabel($0.trimming(anyOf: ":") + ":") }) >= 2
    }

    /// A label of the minutes' header or of their people lists ("Plats:", "Närvarande:").
    private static func isLabel(_ label: String) -> Bool {
        label.contains(MinutesDocument.outsideLabel) || PeopleLists.heading(label) != nil
    }

    /// "Label: value", or the label over the value's lines when it holds more than one (a line going on
    /// in lower case or wrapped by the cell's width joined to the one before).
    private var labelled: [String] {
        var out: [String] = []
        for row in rows {
            let key = row[0].filter { !$0.isEmpty }.joined(separator: " ").trimming(anyOf: ":")
            var values: [String] = []
            for line in row[1] where !line.isEmpty {
                // (Wrapped by the width: its first word would not have fit, and it opens with no one's name.)
                let wrapped = { (last: String) in
                    last.count + 2 + line.prefix { $0 != " " }.count > widths[1]
                        && !PeopleLists.isCapitalisedFullName(PeopleLists.withoutDetails(String(line.prefix { $0 != "," })))
                }
                if let last = values.last, line.first!.isLowercase || line.hasPrefix("(") || wrapped(last) {
                    values[values.count - 1] = last + " " + line
                } else {
                    values.append(line)
                }
            }
            if key.isEmpty { out += values } else if values.count == 1 { out.append(key + ": " + values[0]) } else { out += [key + ":"] + values }
        }
        return out + [""]
    }

    /// A Markdown table: the first row (a `+===+` rule's header, or not) over a rule, a row a line.
    private var markdown: [String] {
        let cells = rows.map { $0.map(Self.joined) }
        let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
        return [line(cells[0]), line(cells[0].map { _ in "---" })] + cells.dropFirst().map(line) + [""]
    }

    /// A cell's lines as one: wrapped lines joined by a space, a paragraph (after a blank line) or a
    /// bullet or number that opens a line apart by `<br>`.
    static func joined(_ lines: [String]) -> String {
        var parts: [String] = [], apart = true
        for line in lines {
            if line.isEmpty { apart = true; continue }
            if apart || AgendaReader.isBullet(line) || line.contains(MinutesDocument.numberedLine) || parts.isEmpty {
                parts.append(line)
            } else {
                parts[parts.count - 1] += " " + line
            }
            apart = false
        }
        return parts.joined(separator: "<br>")
    }
}

extension MinutesDocument {
    /// The grid tables among the lines (`GridTable`) as the lines the readers read.
    static func gridTables(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("+-") || $0.holds("+=") }) else { return lines }  // (a cheap test first)
        var out: [String] = [], index = 0
        while index < lines.count {
            guard GridTable.isRule(lines[index]) else {
                out.append(lines[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, GridTable.isRule(lines[end]) || lines[end].trimmingSpaces().hasPrefix("|") { end += 1 }
            let drawn = Array(lines[index..<end])
            out += GridTable(drawn)?.asRead ?? drawn
            index = end
        }
        return out
    }
}
