import MinnesNormalise

/// How an index's synonym table (`term<TAB>phrase` lines, sorted, as kept in its metadata) changes:
/// the pairs only the old one holds and those only the new one holds. Found by walking both tables
/// side by side, once a run for the phrases whose texts are looked through and the synonyms written
/// again: as sets of lines, and a dictionary of the old table's groups, that was a thirtieth of an
/// update of one file of 10,000.
struct SynonymTableChange: Sendable {
    /// (term, phrase) pairs, each once, in the tables' order.
    private(set) var gone: [(String, String)] = [], added: [(String, String)] = []

    init(from old: String, to new: String) {
        let (old, new) = (Self.lines(old), Self.lines(new))
        var (o, n) = (0, 0)
        while o < old.count || n < new.count {
            if n == new.count || (o < old.count && old[o] < new[n]) {
                Self.add(old[o], to: &gone)
                o += 1
            } else if o == old.count || new[n] < old[o] {
                Self.add(new[n], to: &added)
                n += 1
            } else {
                (o, n) = (o + 1, n + 1)
            }
        }
    }

    /// The table's lines in order, each once: as written (sorted) they are taken as they are.
    private static func lines(_ table: String) -> [Substring] {
        let lines = table.split(separator: "\n")
        let inOrder = zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }
        guard !inOrder else { return lines }
        return lines.sorted().reduce(into: []) { if $0.last != $1 { $0.append($1) } }
    }

    private static func add(_ line: Substring, to pairs: inout [(String, String)]) {
        let parts = line.split(separator: "\t", maxSplits: 1)
        if parts.count == 2 { pairs.append((String(parts[0]), String(parts[1]))) }
    }

    /// The phrases that differ, by group: a text holding one gains or loses that group's term (a
    /// person's new spelling, a person gone, a group renamed).
    var groups: [SynonymGroup] {
        var phrases: [String: [String]] = [:]
        for (term, phrase) in gone + added { phrases[String(term.dropFirst(Schema.groupPrefix.count)), default: []].append(phrase) }
        return phrases.keys.sorted().map { SynonymGroup(key: $0, written: Array(Set(phrases[$0]!)).sorted()) }
    }
}
