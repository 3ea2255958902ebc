import Foundation
import MinnesNormalise

/// How an index's synonym table (`term<TAB>phrase` lines, sorted, as kept in its metadata) changes:
/// the pairs only the old one holds and those only the new one holds. Found by walking both tables'
/// lines side by side as bytes, once a run for the phrases whose texts are looked through and the
/// synonyms written again: as sets of lines, and a dictionary of the old table's groups, that was a
/// thirtieth of an update of one file of 10,000; as Strings compared, a fiftieth. Lines are told apart
/// by their bytes, as Xapian's table tells its keys: a phrase written again in another Unicode form
/// is written again there.
struct SynonymTableChange: Sendable {
    /// (term, phrase) pairs, each once, in the tables' order.
    private(set) var gone: [(String, String)] = [], added: [(String, String)] = []

    init(from old: String, to new: String) {
        // (The same table, as most updates keep it: nothing differs.)
        guard !old.utf8.elementsEqual(new.utf8) else { return }
        let (old, new) = (Array(old.utf8), Array(new.utf8))
        let (oldLines, newLines) = (Self.lines(old), Self.lines(new))
        var (o, n) = (0, 0)
        while o < oldLines.count || n < newLines.count {
            let order = o == oldLines.count ? 1 : n == newLines.count ? -1 : Self.order(old, oldLines[o], new, newLines[n])
            if order < 0 {
                Self.add(old[oldLines[o]], to: &gone)
                o += 1
            } else if order > 0 {
                Self.add(new[newLines[n]], to: &added)
                n += 1
            } else {
                (o, n) = (o + 1, n + 1)
            }
        }
    }

    /// Where the table's lines are, in the order of their bytes, each once: as written (sorted, and
    /// so in that order, unless a line is in another Unicode form) they are taken as they are.
    private static func lines(_ table: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = [], start = 0
        for (at, byte) in table.enumerated() where byte == 0x0A {
            if at > start { lines.append(start..<at) }
            start = at + 1
        }
        if table.count > start { lines.append(start..<table.count) }
        let inOrder = zip(lines, lines.dropFirst()).allSatisfy { order(table, $0, table, $1) < 0 }
        guard !inOrder else { return lines }
        return lines.sorted { order(table, $0, table, $1) < 0 }.reduce(into: []) { kept, line in
            if kept.last.map({ order(table, $0, table, line) != 0 }) ?? true { kept.append(line) }
        }
    }

    /// How line a of one table orders against line b of another, by their bytes: -1, 0 or 1.
    private static func order(_ first: [UInt8], _ a: Range<Int>, _ second: [UInt8], _ b: Range<Int>) -> Int {
        let common = min(a.count, b.count)
        let compared = first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                common == 0 ? 0 : memcmp(first.baseAddress! + a.lowerBound, second.baseAddress! + b.lowerBound, common)
            }
        }
        return compared != 0 ? (compared < 0 ? -1 : 1) : a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    private static func add(_ line: ArraySlice<UInt8>, to pairs: inout [(String, String)]) {
        // (A line without a term or a phrase is no pair, as `Shards.synonyms` reads one.)
        guard let tab = line.firstIndex(of: 0x09), tab > line.startIndex, tab < line.endIndex - 1 else { return }
        pairs.append((String(decoding: line[..<tab], as: UTF8.self), String(decoding: line[(tab + 1)...], as: UTF8.self)))
    }

    /// The phrases that differ, by group: a text holding one gains or loses that group's term (a
    /// person's new spelling, a person gone, a group renamed).
    var groups: [SynonymGroup] {
        var phrases: [String: [String]] = [:]
        for (term, phrase) in gone + added { phrases[String(term.dropFirst(Schema.groupPrefix.count)), default: []].append(phrase) }
        return phrases.keys.sorted().map { SynonymGroup(key: $0, written: Array(Set(phrases[$0]!)).sorted()) }
    }
}
