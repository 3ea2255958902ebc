import Foundation

/// The Swedish word lists (hunspell-sv's dictionary, a plain word list) in a compact form kept in a
/// file beside the index: a hash table of their words, each once, that a run maps and asks without
/// parsing 3.5 MB of lists again. The first line names the lists it came from (path, size, mtime);
/// when they change, it is built again. Built and read with pointer loops: one pass over the bytes.
public struct WordList: Sendable {
    static let header = "minnes word list 2"
    static let empty = UInt32.max

    /// Header line, then the table (`slots` little-endian UInt32 offsets into the words, or `empty`),
    /// then the words, each ended by `\n`.
    private let bytes: Data
    private let tableStart: Int
    private let slots: Int
    private let wordsStart: Int

    /// The compact list at cache, built (and written there, owner-only) when missing or stale.
    public static func load(from sources: [URL], cache: URL) -> WordList {
        let signature = Self.signature(of: sources)
        if let data = try? Data(contentsOf: cache, options: .alwaysMapped), let list = WordList(data, signature: signature) {
            return list
        }
        let data = build(sources.compactMap { try? Data(contentsOf: $0) }, signature: signature)
        try? OwnerOnlyFile.write(data, to: cache)  // not kept: built again next time
        return WordList(data, signature: signature)!
    }

    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { wanted in
            bytes.withUnsafeBytes { raw in
                let mask = slots - 1
                var slot = Self.hash(UnsafeRawBufferPointer(wanted)) & mask
                while true {
                    let offset = raw.loadUnaligned(fromByteOffset: tableStart + slot * 4, as: UInt32.self)
                    if offset == Self.empty { return false }
                    if Self.word(at: wordsStart + Int(offset), in: raw, equals: UnsafeRawBufferPointer(wanted)) { return true }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    init?(_ data: Data, signature: String) {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            data.count >= newline + 5,
            String(decoding: data[data.startIndex..<newline], as: UTF8.self) == signature
        else { return nil }
        bytes = data
        let count = data.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: newline + 1, as: UInt32.self)) }
        (slots, tableStart, wordsStart) = (count, newline + 5, newline + 5 + count * 4)
        guard count > 0, count & (count - 1) == 0, data.count >= wordsStart else { return nil }
    }

    /// One pass over each list: every line's word (`word/FLAGS` in hunspell; the count line of a
    /// .dic is skipped), entered once into a table larger than the lines can be.
    static func build(_ lists: [Data], signature: String) -> Data {
        // Word lists average about 13 bytes a line; the table grows if a list has shorter lines.
        let lines = lists.reduce(16) { $0 + $1.count / 8 }
        var slots = 1
        while slots < lines * 2 { slots <<= 1 }
        var table = [UInt32](repeating: empty, count: slots)
        var count = 0
        var words: [UInt8] = []
        words.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            list.withUnsafeBytes { raw in
                var start = 0
                while start < raw.count {
                    var end = start
                    while end < raw.count && raw[end] != 0x0A { end += 1 }
                    var stop = start
                    while stop < end && raw[stop] != 0x2F && raw[stop] != 0x0D { stop += 1 }
                    let word = UnsafeRawBufferPointer(rebasing: raw[start..<stop])
                    if !word.isEmpty && !word.allSatisfy({ (0x30...0x39).contains($0) }) {
                        if insert(word, into: &table, words: &words) { count += 1 }
                        if count * 2 > table.count { table = grown(table, words: words) }
                    }
                    start = end + 1
                }
            }
        }
        var data = Data((signature + "\n").utf8)
        withUnsafeBytes(of: UInt32(table.count).littleEndian) { data.append(contentsOf: $0) }
        table.withUnsafeBytes { data.append(contentsOf: $0) }
        data.append(contentsOf: words)
        return data
    }

    /// Enters word unless it is there; whether it was new.
    private static func insert(_ word: UnsafeRawBufferPointer, into table: inout [UInt32], words: inout [UInt8]) -> Bool {
        let mask = table.count - 1
        var slot = hash(word) & mask
        while table[slot] != empty {
            let found = words.withUnsafeBytes { Self.word(at: Int(table[slot]), in: $0, equals: word) }
            if found { return false }
            slot = (slot + 1) & mask
        }
        table[slot] = UInt32(words.count)
        words.append(contentsOf: word)
        words.append(0x0A)
        return true
    }

    /// The same words in a table twice the size.
    private static func grown(_ table: [UInt32], words: [UInt8]) -> [UInt32] {
        var larger = [UInt32](repeating: empty, count: table.count * 2)
        let mask = larger.count - 1
        words.withUnsafeBytes { raw in
            for offset in table where offset != empty {
                var end = Int(offset)
                while raw[end] != 0x0A { end += 1 }
                var slot = hash(UnsafeRawBufferPointer(rebasing: raw[Int(offset)..<end])) & mask
                while larger[slot] != empty { slot = (slot + 1) & mask }
                larger[slot] = offset
            }
        }
        return larger
    }

    /// Whether the `\n`-ended word at offset is these bytes.
    private static func word(at offset: Int, in raw: UnsafeRawBufferPointer, equals wanted: UnsafeRawBufferPointer) -> Bool {
        guard offset + wanted.count < raw.count, raw[offset + wanted.count] == 0x0A else { return false }
        for index in 0..<wanted.count where raw[offset + index] != wanted[index] { return false }
        return true
    }

    /// FNV-1a.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// The lists as they are now: a change of any makes a new compact form.
    static func signature(of sources: [URL]) -> String {
        let parts = sources.map { source -> String in
            var info = stat()
            guard stat(source.path, &info) == 0 else { return "\(source.path) missing" }
            return "\(source.path) \(info.st_size) \(info.st_mtim.tv_sec)"
        }
        return ([header] + parts).joined(separator: "\t")
    }
}
