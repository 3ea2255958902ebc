import Foundation
import MinnesNormalise
import MinnesParse

/// What was read from each file, kept beside the index (`minnes-readings`, owner-only) so an
/// unchanged file is neither read nor parsed again: unchanged by stat (size, modification time,
/// inode), as omindex decides, or, when stat changed, by the hash of its bytes. A new reader version
/// reads everything again.
struct ReadingCache: Sendable {
    /// Bump when reading changes what it makes of the same bytes.
    static let readerVersion = "reader 4: review mends"
    static let file = "minnes-readings"

    struct Stat: Codable, Equatable, Sendable {
        let size: Int64, modified: Int64, inode: UInt64
        /// Change time and mode: a chmod that makes an unreadable file readable changes only these.
        let changed: Int64, mode: UInt32
    }

    struct Entry: Codable, Sendable {
        let stat: Stat
        let hash: String
        /// The meetings read from the file (one, or an e-mail's parts), before names are resolved.
        let meetings: [Meeting]
        /// Warnings its reading gave, said again when it is taken from here.
        let notes: [String: [String]]
    }

    private(set) var files: [String: Entry] = [:]
    /// The files whose entries were taken as the kept file holds them: an update appends the others.
    private var unchanged = Set<String>()
    /// Whether this was read from a kept file of this reader version, whole: one that an update may
    /// append to.
    private(set) var current = false
    /// The lines the kept file holds, those a later line replaced included.
    private var keptLines = 0

    /// One line per file, `{"file": …, "entry": …}`, after a first line naming the format and reader.
    /// A later line for a file replaces an earlier one; one without an entry says the file is gone.
    private struct Line: Codable {
        let file: String
        let entry: Entry?
    }

    private static var header: Data { Data("minnes-readings 3\t\(readerVersion)\n".utf8) }

    /// Adds a file's entry; `unchanged`: taken as the kept file holds it.
    mutating func add(_ file: String, _ entry: Entry, unchanged: Bool = false) {
        files[file] = entry
        if unchanged { self.unchanged.insert(file) } else { self.unchanged.remove(file) }
    }

    /// Reads a kept file a block at a time, each block's lines decoded on every core (an update takes
    /// every unchanged file's meetings from here) and the block let go: only the meetings are held.
    static func load(_ url: URL) -> ReadingCache {
        guard let kept = try? Data(contentsOf: url) else { return ReadingCache() }
        var cache = ReadingCache(), first = true
        let whole = Deflate.blocks(kept) { data in
            // The first block starts with the format and reader; a file that does not is not read.
            guard !first || data.starts(with: header) else { return false }
            let lines = lineRanges(of: data, from: first ? header.count : 0)
            first = false
            let decoded = Outcomes<Line>(count: lines.count)
            DispatchQueue.concurrentPerform(iterations: lines.count) { number in
                if let line = try? JSONDecoder().decode(Line.self, from: data[lines[number]]) { decoded.set(number, line) }
            }
            // A damaged line only means that file is read again; a later line replaces an earlier one.
            for line in decoded.items { if let line { cache.files[line.file] = line.entry } }
            cache.keptLines += lines.count
            return true
        }
        guard let whole, !first else { return ReadingCache() }
        // A damaged tail (an append cut short) is not appended after: the next save writes anew.
        cache.current = whole
        return cache
    }

    /// Where a buffer's non-empty lines are, found by memchr: Data's generic `split` took as long
    /// as inflating the whole cache.
    static func lineRanges(of data: Data, from offset: Int) -> [Range<Int>] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = offset
            while start < bytes.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start).map { UnsafeRawPointer($0) - base } ?? bytes.count
                if end > start { ranges.append((data.startIndex + start)..<(data.startIndex + end)) }
                start = end + 1
            }
            return ranges
        }
    }

    /// Kept deflated: the meetings of every file as JSON are the largest thing beside the index.
    /// What changed since `kept` was loaded is appended to its file as a block of its own (an update
    /// writes what it read, not every file's meetings again), until the file holds as many replaced
    /// lines as current ones; then, or when the file was not whole, every entry is written anew.
    func save(_ url: URL, over kept: ReadingCache, blockSize: Int = Self.blockSize) throws {
        let encoder = JSONEncoder()
        let line = { (file: String) in try encoder.encode(Line(file: file, entry: self.files[file])) }
        let changed = files.keys.filter { !unchanged.contains($0) }.sorted(), gone = kept.files.keys.filter { files[$0] == nil }.sorted()
        if kept.current, kept.keptLines + changed.count + gone.count <= 2 * files.count {
            var data = Data()
            for file in changed + gone {
                data += try line(file)
                data.append(UInt8(ascii: "\n"))
            }
            guard !data.isEmpty else { return }
            try OwnerOnlyFile.append(Self.block(data), to: url)
            return
        }
        // Written a block at a time: the whole cache as JSON is the size of the corpus's meetings.
        try OwnerOnlyFile.write(to: url) { add in
            var data = Self.header
            for file in files.keys.sorted() {
                data += try line(file)
                data.append(UInt8(ascii: "\n"))
                if data.count >= blockSize {
                    try add(Self.block(data))
                    data = Data()
                }
            }
            if !data.isEmpty { try add(Self.block(data)) }
        }
    }

    /// Lines as one deflated block. Never the raw lines: appended undeflated, they would be a damaged
    /// tail, and every file after them read again.
    static func block(_ lines: Data) throws -> Data {
        guard let block = Deflate.compress(lines) else { throw CocoaError(.fileWriteUnknown) }
        return block
    }

    /// About how much JSON a block of the cache holds.
    static let blockSize = 4 << 20

    static func status(of path: String) -> Stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stat(
            size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino), changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            mode: UInt32(info.st_mode))
    }
}
