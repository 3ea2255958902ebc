import Foundation
import MinnesNormalise
import MinnesParse

/// The minutes' own words, which a compound's parts may be (`CompoundSplitter`): how many files hold
/// each. Kept beside the index (`minnes-words`, owner-only, deflated) with a fingerprint of the
/// readings counted, so an update counts the words of the files it read again, not of every file.
struct CorpusWords: WordSource {
    static let file = "minnes-words"
    private static let format = "minnes-words 1"
    /// How many files' words are found at once.
    private static let part = 1024

    private(set) var counts: [String: Int] = [:]
    /// Of the readings counted (`fingerprint(of:)`).
    private(set) var fingerprint: UInt64 = 0

    func contains(_ word: String) -> Bool { counts[word] != nil }

    /// A file's words as the splitter asks for them: lowercase, of letters, three or more, from the
    /// texts that are indexed (titles, notes, items, decisions listed apart).
    static func words(of meetings: [Meeting]) -> Set<String> {
        var words = Set<String>()
        for meeting in meetings {
            for text in meeting.indexedTexts {
                for word in Folding.lowercaseWords(in: text, digits: false) where word.count >= 3 { words.insert(word) }
            }
        }
        return words
    }

    /// Which readings were counted: a sum over files of a number per (file, bytes' hash), so it
    /// follows a file added, changed or removed without walking the others.
    static func fingerprint(of readings: [String: ReadingCache.Entry]) -> UInt64 {
        readings.reduce(0) { $0 &+ fingerprint($1.key, $1.value) }
    }

    private static func fingerprint(_ file: String, _ entry: ReadingCache.Entry) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the file's name, with its bytes' hash
        for byte in file.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (UInt64(entry.hash.prefix(16), radix: 16) ?? 0)
    }

    /// The words of `now`'s readings: the kept counts changed by the files that differ from
    /// `before` (the readings the kept counts should be of), or, when the kept counts are not of
    /// `before`, every file counted anew; whether they differ from those kept; and the words that
    /// appeared in or vanished from the minutes (nil when counted anew: not known). `meetings` gives
    /// an entry's whole meetings.
    /// `candidates`, when given, are the only files whose entries may differ between the two (those
    /// read again and those gone): only they are looked up, not every file on both sides.
    static func update(
        _ url: URL, from before: [String: ReadingCache.Entry], to now: [String: ReadingCache.Entry], candidates: [String]? = nil,
        meetings: @escaping @Sendable (String, ReadingCache.Entry) -> [Meeting]
    ) -> (words: CorpusWords, changed: Bool, differing: Set<String>?) {
        let kept = load(url).flatMap { $0.fingerprint == fingerprint(of: before) ? $0 : nil }
        var counting: [(file: String, entry: ReadingCache.Entry, sign: Int)] = []
        if let kept {
            // (In no order: the counts are sums.)
            for file in Set(candidates ?? Array(before.keys) + Array(now.keys)) {
                let (old, new) = (before[file], now[file])
                guard old?.hash != new?.hash else { continue }
                if let old { counting.append((file, old, -1)) }
                if let new { counting.append((file, new, 1)) }
            }
            if counting.isEmpty { return (kept, false, []) }
        } else {
            counting = now.keys.sorted().map { ($0, now[$0]!, 1) }
        }
        // Each file's words found on every core, in the order the kept readings are decoded best in
        // (block by block), and counted a part at a time: every file's words at once would be many
        // times the counts. (Counts and fingerprint are sums, and what differs is checked against the
        // kept counts below, so the order they are counted in does not matter.)
        let entries = counting.map { ($0.file, $0.entry) }
        let order = entries.indices.sorted { (entries[$0].1.block, $0) < (entries[$1].1.block, $1) }
        var words = kept ?? CorpusWords()
        var differing = Set<String>()
        for start in stride(from: 0, to: order.count, by: Self.part) {
            let part = order[start..<min(start + Self.part, order.count)]
            let found = Outcomes<Set<String>>(count: part.count)
            DispatchQueue.concurrentPerform(iterations: part.count) { index in
                let number = part[part.startIndex + index]
                found.set(index, Self.words(of: meetings(entries[number].0, entries[number].1)))
            }
            for (index, number) in part.enumerated() {
                let (file, entry, sign) = counting[number]
                for word in found.items[index]! {
                    let count = words.counts[word, default: 0] + sign
                    words.counts[word] = count > 0 ? count : nil
                    if count == 0 || count == 1 && sign > 0 { differing.insert(word) }
                }
                words.fingerprint = sign > 0 ? words.fingerprint &+ Self.fingerprint(file, entry) : words.fingerprint &- Self.fingerprint(file, entry)
            }
        }
        // A word counted out and in again (a file changed, the word kept) differs in nothing.
        return (words, true, kept == nil ? nil : differing.filter { words.contains($0) != kept!.contains($0) })
    }

    /// The kept counts, or nil when there are none whole.
    static func load(_ url: URL) -> CorpusWords? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        var words: CorpusWords?
        let whole = Deflate.blocks(data) { block, _ in
            let lines = ReadingCache.lineRanges(of: block, from: 0)
            guard let first = lines.first else { return false }
            let header = String(decoding: block[first], as: UTF8.self).split(separator: "\t")
            guard header.count == 2, header[0] == format, let fingerprint = UInt64(header[1], radix: 16) else { return false }
            var counts: [String: Int] = [:]
            counts.reserveCapacity(lines.count)
            for line in lines.dropFirst() {
                guard let tab = block[line].firstIndex(of: UInt8(ascii: "\t")),
                    let count = Int(String(decoding: block[(tab + 1)..<line.upperBound], as: UTF8.self))
                else { return false }
                counts[String(decoding: block[line.lowerBound..<tab], as: UTF8.self)] = count
            }
            words = CorpusWords(counts: counts, fingerprint: fingerprint)
            return true
        }
        return whole == true ? words : nil
    }

    /// These words as they were before `differing` appeared in or vanished from the minutes.
    struct Before: WordSource {
        let now: CorpusWords
        let differing: Set<String>

        func contains(_ word: String) -> Bool { now.contains(word) != differing.contains(word) }
    }

    func save(_ url: URL) throws {
        var text = "\(Self.format)\t\(String(fingerprint, radix: 16))\n"
        text.reserveCapacity(counts.count * 16)
        for (word, count) in counts { text += "\(word)\t\(count)\n" }
        try OwnerOnlyFile.write(try ReadingCache.block(Data(text.utf8)), to: url)
    }
}
