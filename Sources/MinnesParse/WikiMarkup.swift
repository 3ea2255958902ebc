/// Minutes kept in a wiki that writes Confluence's or Jira's markup and exported as it is written
/// (`h2. Deltagare`, `||Namn||Kommun||` over `|Ada Ek|Bjuv|(/)|`, `[~ada.ek]`, `{info}`): read as the
/// Markdown the readers know. A heading `h2.` as `##`; a table's header row and rows as a Markdown table's;
/// a row that opens with a header cell (`||Datum|27 mars 2025|`) as a label; a mention of a user as
/// their name; a status icon as a table's mark (`(/)` there, `(x)` not); macros (`{info}`, `{quote}`)
/// and other icons as nothing; `*bold*` as `**bold**`; a task's box (`* [] …`) as a bullet.
extension MinutesDocument {
    static func wikiMarkup(_ lines: [String]) -> [String] {
        // (Only a wiki's page: two headings of its kind, "h1. " to "h6. ", open lines. The pattern only
        // where a line opens so: asked of every line of every text, it would be a cost of reading.)
        let opensHeading = { (line: String) in line.utf8.starts(with: "h".utf8) && line.utf8.dropFirst().first.map { (0x31...0x36).contains($0) } == true }
        guard lines.count(where: { opensHeading($0) && $0.wholeMatch(of: wikiHeading) != nil }) >= 2 else { return lines }
        var read: [String] = []
        for line in lines {
            var line = line.replacing(macro, with: "").replacing(userMention) { match in
                match.1.split(whereSeparator: { $0 == "." || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            }
            line = line.replacing(link) { String($0.1) }.replacing(presentIcon, with: "X").replacing(otherIcon, with: "")
            line = line.replacing(bold) { "\($0.1)**\($0.2)**" }.replacing(taskBox, with: "- ")
            if let heading = line.wholeMatch(of: wikiHeading) {
                read.append(String(repeating: "#", count: heading.1.digitsValue) + " " + heading.2)
            } else if line.hasPrefix("||"), let row = line.wholeMatch(of: labelRow) {
                read.append("\(row.1.trimmingSpaces()): \(row.2.trimmingSpaces())")
            } else if line.hasPrefix("||") {
                let cells = line.split(separator: "||", omittingEmptySubsequences: true).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                read.append("| " + cells.joined(separator: " | ") + " |")
            } else if line.hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingSpaces() }
                read.append("| " + cells.joined(separator: " | ") + " |")
            } else {
                read.append(line)
            }
        }
        return read
    }

    nonisolated(unsafe) static let wikiHeading = /h([1-6])\.\s+(\S.*)/
    /// `||Datum|torsdag 27 mars 2025|`: a header cell, then one cell.
    nonisolated(unsafe) static let labelRow = /\|\|([^|]+)\|([^|]*)\|\s*/
    /// `{info:title=Om sidan}`, `{info}`, `{quote}`, `{code:java}`.
    nonisolated(unsafe) static let macro = /\{[a-z]+(?::[^}]*)?\}/
    nonisolated(unsafe) static let userMention = /\[~([\p{L}\d._-]+)\]/
    /// `[Nätverksmöte 30 januari 2025|Nätverksmöte 2025-01-30]`: the words shown.
    nonisolated(unsafe) static let link = /\[([^\]|~]+)\|[^\]]+\]/
    nonisolated(unsafe) static let presentIcon = /\(\/\)/
    nonisolated(unsafe) static let otherIcon = /\((?:x|i|!|\?|on|off|\*)\)\s?/
    nonisolated(unsafe) static let bold = /(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s:.,;)]|$)/
    nonisolated(unsafe) static let taskBox = /^\s*\*\s+\[[ x]?\]\s+/
}
