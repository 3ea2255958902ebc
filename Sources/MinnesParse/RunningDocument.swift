import Foundation

/// A file that holds several meetings: a network's running document of the year, each meeting added
/// above or below the last under a header of its own (its day, where, who came). A meeting begins
/// where a list of who came follows, within a few lines, a line naming a day (with a heading over it:
/// `## Träff 2 – 11 mars 2026`, `Möte 3` over `Datum: …`). Each part must read as a meeting of its
/// own: a day other than the one before it, and items. A list at the end that repeats the day
/// (`Bilaga 1 – Närvarolista`), or the next meeting's `Datum:` and `Plats:`, is no meeting.
enum RunningDocument {
    /// The meetings read from the document's parts, in the file's order, each read with the
    /// document's head above the first (its title, network, the year its days leave out). Nil when
    /// it holds one meeting.
    static func meetings(in document: MinutesDocument, listed: [PeopleLists.Section], file: String) -> [Meeting]? {
        let lines = document.lines
        let starts = self.starts(lines, listed: listed)
        guard starts.count >= 2 else { return nil }
        // What is above the first header is the document's own (a title, who keeps it), unless it
        // holds a meeting's items or people itself: then the first part starts at the top.
        let headIsMeeting = document.blocks.contains { $0.isNumbered && $0.lines.lowerBound < starts[0] }
            || listed.contains { $0.kind == .attendees && !$0.entries.isEmpty && $0.headingLine < starts[0] }
        let head = headIsMeeting ? 0..<0 : 0..<starts[0]
        var bounds = headIsMeeting ? [0] + starts : starts
        // A heading like the meetings' own over a day, with no list of who came (a meeting planned,
        // "### 2026-02-10 (Svalöv)" under "### 2025-12-09 (Helsingborg)"), ends the meeting above it:
        // what follows it is that meeting's notes, not its items.
        let marks = Set(starts.map { firstWord(lines[$0]) })
        let stops = marks.count == 1 ? lines.indices.filter { index in
            !starts.contains(index) && firstWord(lines[index]) == marks.first! && isShortHeading(lines[index])
                && !DateReader.mentions(in: [lines[index]], headingLine: nil).isEmpty
        } : []
        let read = { (range: Range<Int>) in
            let stop = stops.first { range.lowerBound < $0 && $0 < range.upperBound } ?? range.upperBound
            // (Not the rule that ends it, "* * *" or "---".)
            let end = lines[range.lowerBound..<stop].lastIndex { $0.contains { $0.isLetter || $0.isNumber } }.map { $0 + 1 } ?? range.lowerBound
            var meeting = MinutesReader.read(MinutesDocument(lines: Array(lines[head] + lines[range.lowerBound..<end])), file: file)
            if stop < range.upperBound { meeting.notes += "\n\n" + lines[stop..<range.upperBound].joined(separator: "\n").trimmingSpaces(newlines: true) }
            return meeting
        }
        var parts = bounds.indices.map { read(bounds[$0]..<(bounds.indices.contains($0 + 1) ? bounds[$0 + 1] : lines.count)) }
        // A part that is no meeting of its own is the one's before it, read again with it.
        var index = 1
        while index < parts.count {
            if isMeeting(parts[index], after: parts[index - 1]) {
                index += 1
                continue
            }
            bounds.remove(at: index)
            parts.remove(at: index)
            parts[index - 1] = read(bounds[index - 1]..<(bounds.indices.contains(index) ? bounds[index] : lines.count))
        }
        guard parts.count >= 2, parts[0].date != nil, !parts[0].items.isEmpty else { return nil }
        // Who chairs and who writes all year, as the head says it, where a meeting names no other.
        let (chair, scribe) = standingRoles(lines[head])
        for index in parts.indices {
            if parts[index].chairs.isEmpty, let chair = chair.flatMap({ present($0, at: parts[index]) }) { parts[index].chairs = [chair] }
            if parts[index].scribe == nil { parts[index].scribe = scribe.flatMap { present($0, at: parts[index]) } }
        }
        return parts
    }

    /// The year's chair and scribe, as a running document's head says them: "Ordförande under 2026 är
    /// Ada Ek", "Ada leder dem", "… är det Ada som har lett"; "Dokumentet förs av Ola Berg", "Ola Berg,
    /// Klippan, som antecknar på träffarna", "… och Ola som har skrivit".
    static func standingRoles(_ head: ArraySlice<String>) -> (chair: Substring?, scribe: Substring?) {
        let text = head.joined(separator: " ")
        guard text.holds("ordförande") || text.holds("Ordförande") || text.holds(" som ") || text.holds(" av ") || text.holds(" leder ") else { return (nil, nil) }
        return (text.firstMatch(of: standingChair).map { $0.1 ?? $0.2 ?? $0.3! }, text.firstMatch(of: standingScribe).map { $0.1 ?? $0.2! })
    }
    nonisolated(unsafe) static let standingChair = /(?i:ordförande)(?:\s+(?:under|för)\s+(?:\d{4}|året))?(?:\s+i\s+år)?\s+är\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+\([^()]*\))?(?:\s+är\s+\p{Ll}+\s+och)?\s+(?:leder|håller\s+i)\s+(?:dem|träffarna|mötena|nätverket)\b|\b(\p{Lu}[\p{L}-]+)\s+som\s+(?:har\s+)?(?:lett|leder)\b/
    /// (Its kommun after a name, "Ola Berg (Klippan)" or ", Klippan,".)
    nonisolated(unsafe) static let standingScribe = /\b(?:[Dd]okumentet|[Aa]nteckningarna)\s+(?:förs|skrivs)\s+av\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:,\s+\p{Lu}[\p{L}-]+,|\s+\([^()]*\))?\s+(?:som\s+(?:antecknar|skriver\s+anteckningarna|för\s+anteckningar(?:na)?|har\s+skrivit)|för\s+anteckningarna)\b/

    /// The one of those who came a name means: a full name or a first name, as listed (a full name
    /// too of one listed by first name alone, "Catriona Mackinnon" of "Med: Catriona, …").
    static func present(_ name: Substring, at meeting: Meeting) -> Person? {
        let (key, first) = (Folding.key(String(name)), Folding.key(String(name.prefix { $0 != " " })))
        let named = meeting.attendees.filter {
            Folding.key($0.name) == key || Folding.key(String($0.name.prefix { $0 != " " })) == key || !$0.name.contains(" ") && Folding.key($0.name) == first
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether a part reads as a meeting after the one before it: its own day, and items (its people
    /// it has: each part starts over a list of who came).
    static func isMeeting(_ part: Meeting, after before: Meeting) -> Bool {
        guard let date = part.date, date != before.date else { return false }
        return !part.items.isEmpty
    }

    /// Where each meeting's header may begin: above each list of who came that a day's line stands
    /// over; in order, each once.
    static func starts(_ lines: [String], listed: [PeopleLists.Section]) -> [Int] {
        Set(listed.filter { $0.kind == .attendees && !$0.entries.isEmpty }.compactMap { headerStart(lines, above: $0.headingLine) }).sorted()
    }

    /// Where the header of a list of who came begins: the nearest line above it naming a day (within
    /// six lines of text), or a short heading right over that line (not a title a blank line above).
    static func headerStart(_ lines: [String], above heading: Int) -> Int? {
        var index = heading + 1, seen = 0
        var dated: Int?
        while index > 0, seen < 6, dated == nil {
            index -= 1
            guard !MinutesDocument.isBlank(lines[index]) else { continue }
            seen += 1
            if !DateReader.mentions(in: [lines[index]], headingLine: nil).isEmpty { dated = index }
        }
        guard let dated else { return nil }
        guard dated > 0, isShortHeading(lines[dated - 1]) else { return dated }
        return dated - 1
    }

    /// A line's first word, lowered ("###", "möte"), which the headers of one document's meetings share.
    static func firstWord(_ line: String) -> String {
        (line.split(whereSeparator: \.isWhitespace).first ?? "").lowercased()
    }

    /// A line that may head a meeting's header: a few words that are no label and no sentence
    /// (`Möte 3`, `## TRÄFF 2/2026`).
    static func isShortHeading(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        guard !text.holds(":"), let last = text.last, !".!?,;".contains(last), text.contains(where: { $0.isLetter || $0.isNumber }) else { return false }
        return text.split(separator: " ").count <= 6
    }
}
