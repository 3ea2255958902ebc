import Foundation
import MinnesAPI
import MinnesNormalise

/// Every file's meetings' headers as the last run read them (`Headers`, as numbers), and each file's
/// head (its stat, hash, notes and where its meetings are in `minnes-readings`), kept beside the
/// index (`minnes-headers`, owner-only). While the kept readings are the very file they were saved
/// with (its stat as it was then), an update takes every file's entry from here and reads none of
/// the readings' heads (inflating them all was a sixth of an update of one file of 10,000). Else a
/// file's headers are taken from here only when its bytes' hash is the one they were read from, and
/// the rest is read from the heads as without this file, which is only ever a shortcut.
///
/// Written whole, then each update appends a part with what it changed (the files read again, with
/// a table of their strings, and the names of files gone; a later part's file replaces an earlier
/// one's): written whole every update, it was a thirteenth of one file's update of 100,000. Written
/// whole again once the parts after the first name more files than an eighth of those there are
/// (at least 64), and left as it is by a run that changed nothing of it.
struct KeptHeaders: Sendable {
    static let file = "minnes-headers"
    /// The format and the reader: a reader reads the same bytes otherwise.
    static var mark: Data { Data("minnes-headers 4 \(sha256Hex(utf8: ReadingCache.readerVersion, digits: 16))\n".utf8) }

    /// Kept deflated (`Deflate`, its fastest level), in parts of this many bytes, each deflated and
    /// inflated on a core of its own: as they are, they were a third of an index of 1,000 files
    /// beside Xapian's own tables' (5.6 MB at 10,000 files, a quarter of that deflated).
    static let part = 1 << 20

    /// A file's headers (a run of the table), its head, and the block its meetings are in (the head
    /// says where in it, and their check).
    struct File: Sendable {
        let heads: Range<Int>
        let head: ReadingCache.Head
        let block: Int
        /// The part it was kept by, whose table its headers are in (`tables`).
        let part: Int
    }

    /// The kept readings these were saved with: the file's stat then, its lines, and where its
    /// blocks are.
    struct Readings: Sendable, Equatable {
        let file: ReadingCache.Stat
        let lines: Int
        let blocks: [Range<Int>]
    }

    /// Each part's table of headers.
    let tables: [HeaderTable]
    /// The first part's table: most files' headers, numbered as a run's own table starts.
    var table: HeaderTable { tables[0] }
    /// The table a file's headers are in.
    func table(of file: File) -> HeaderTable { tables[file.part] }
    let files: [String: File]
    /// The last part's: the kept readings as they were when it was written.
    let readings: Readings?
    /// How many files the parts after the first name (replaced, added or gone; a part naming none
    /// counts as one).
    let appended: Int

    /// A file's headers, head and where its meetings are in the readings, as a run keeps them.
    typealias Kept = (file: String, heads: Range<Int>, entry: ReadingCache.Entry, spot: ReadingCache.Spot)

    /// Keeps `count` files' headers (`file(n)`: the n-th file, its headers a run of `headers`), and
    /// says `gone` are gone: appended to `kept` (what the run's readings were taken from, unchanged
    /// files where they were) as a part with the files `changed` says, or written whole (its strings
    /// only those used). (A file is made only as it is written: all copied into a list, they were a
    /// fortieth of an update of 100,000 files.)
    static func save(
        _ headers: Headers, count: Int, file: (Int) -> Kept, changed: (Int) -> Bool, gone: [String], readings: Readings?, to url: URL,
        appendingTo kept: KeptHeaders?, part: Int = part
    ) throws {
        let numbers = kept == nil ? [] : (0..<count).filter(changed)
        // (Nothing to add: left as it is. A part is counted as a file at least, so parts of the
        // readings' stat alone do not pile up.)
        if let kept, numbers.isEmpty, gone.isEmpty, readings == kept.readings { return }
        guard let kept, kept.appended + max(1, numbers.count + gone.count) <= max(64, count / 8) else {
            var data = mark
            let body = self.body(headers.compacted, count: count, file: file, gone: [], readings: readings)
            try Deflate.compress(each: parts(of: body, part)) { data += $0 }
            return try OwnerOnlyFile.write(data, to: url)
        }
        // Their headers in a table of their own, numbered from the run's.
        var table = Headers(), map: [Headers.Number] = []
        let written = numbers.map { number in
            var written = file(number)
            let first = table.count
            table.append(written.heads, of: headers, map: &map)
            written.heads = first..<table.count
            return written
        }
        let body = self.body(table, count: written.count, file: { written[$0] }, gone: gone, readings: readings)
        try OwnerOnlyFile.append(to: url) { add in try Deflate.compress(each: parts(of: body, part)) { try add($0) } }
    }

    private static func parts(of body: Data, _ part: Int) -> [Data] {
        stride(from: 0, to: body.count, by: part).map { body[$0..<min($0 + part, body.count)] }
    }

    /// A part: the readings, the files and those gone, and the table their headers are in.
    private static func body(_ headers: Headers, count: Int, file: (Int) -> Kept, gone: [String], readings: Readings?) -> Data {
        var writer = KeptWriter()
        let stat = { (stat: ReadingCache.Stat) in
            for number in [stat.size, stat.modified, Int64(bitPattern: stat.inode), stat.changed, Int64(stat.mode)] { writer.add(number) }
        }
        writer.add(readings == nil ? 0 : 1)
        if let readings {
            stat(readings.file)
            writer.add(readings.lines)
            writer.add(readings.blocks.count)
            for block in readings.blocks {
                writer.add(Int64(block.lowerBound))
                writer.add(Int64(block.count))
            }
        }
        writer.add(count)
        for number in 0..<count {
            let file = file(number)
            writer.add(file.file)
            writer.add(file.entry.hash)
            writer.add([Int32(file.heads.lowerBound), Int32(file.heads.count)])
            stat(file.entry.stat)
            writer.add(file.entry.notes.count)
            for (meeting, notes) in file.entry.notes.sorted(by: { $0.key < $1.key }) {
                writer.add(meeting)
                writer.add(notes.count)
                for note in notes { writer.add(note) }
            }
            writer.add([Int32(file.spot.block), Int32(file.spot.range.lowerBound), Int32(file.spot.range.count), Int32(bitPattern: file.spot.check)])
        }
        writer.add(gone.count)
        for file in gone { writer.add(file) }
        headers.write(to: &writer)
        return writer.data
    }

    /// As `save` kept them; nil when there are none, or they are another format's or reader's, or do
    /// not read whole.
    static func load(_ url: URL) -> KeptHeaders? {
        // (Each part's CRC is checked as it is inflated.)
        guard let data = try? Data(contentsOf: url), data.starts(with: mark), let body = Deflate.decompress(data[mark.count...], whole: true)
        else { return nil }
        return body.withUnsafeBytes { bytes -> KeptHeaders? in
            var reader = KeptReader(bytes)
            func stat() -> ReadingCache.Stat? {
                guard let size = reader.int64(), let modified = reader.int64(), let inode = reader.int64(), let changed = reader.int64(),
                    let mode = reader.int64()
                else { return nil }
                return ReadingCache.Stat(
                    size: size, modified: modified, inode: UInt64(bitPattern: inode), changed: changed, mode: UInt32(truncatingIfNeeded: mode))
            }
            var files: [String: File] = [:], tables: [HeaderTable] = [], readings: Readings?, appended = 0
            // Part after part, each file's entry replacing an earlier part's.
            repeat {
                guard let hasReadings = reader.number() else { return nil }
                readings = nil
                if hasReadings == 1 {
                    guard let file = stat(), let lines = reader.number(), let count = reader.number(), count >= 0 else { return nil }
                    var blocks: [Range<Int>] = []
                    for _ in 0..<count {
                        guard let start = reader.int64(), let length = reader.int64(), start >= 0, length >= 0, start <= Int64.max - length
                        else { return nil }
                        blocks.append(Int(start)..<Int(start + length))
                    }
                    readings = Readings(file: file, lines: Int(lines), blocks: blocks)
                }
                guard let count = reader.number(), count >= 0 else { return nil }
                if tables.isEmpty { files.reserveCapacity(Int(count)) }
                var heads = 0
                for _ in 0..<count {
                    guard let file = reader.string(), let hash = reader.string(), let first = reader.number(), let meetings = reader.number(),
                        first >= 0, meetings >= 0, let stat = stat(), let noted = reader.number(), noted >= 0
                    else { return nil }
                    var notes: [String: [String]] = [:]
                    for _ in 0..<noted {
                        guard let meeting = reader.string(), let count = reader.number(), count >= 0 else { return nil }
                        var said: [String] = []
                        for _ in 0..<count {
                            guard let note = reader.string() else { return nil }
                            said.append(note)
                        }
                        notes[meeting] = said
                    }
                    guard let block = reader.number(), let start = reader.number(), let length = reader.number(), let check = reader.number(),
                        block >= -1, start >= 0, length >= 0
                    else { return nil }
                    let range = Int(start)..<(Int(start) + Int(length))
                    files[file] = File(
                        heads: Int(first)..<(Int(first) + Int(meetings)),
                        head: ReadingCache.Head(stat: stat, hash: hash, notes: notes, check: UInt32(bitPattern: check), body: range),
                        block: Int(block), part: tables.count)
                    heads = max(heads, Int(first) + Int(meetings))
                }
                guard let gone = reader.number(), gone >= 0 else { return nil }
                for _ in 0..<gone {
                    guard let file = reader.string() else { return nil }
                    files[file] = nil
                }
                guard let headers = Headers(reading: &reader), heads <= headers.count else { return nil }
                if !tables.isEmpty { appended += max(1, Int(count + gone)) }
                tables.append(HeaderTable(headers))
            } while !reader.atEnd
            return KeptHeaders(tables: tables, files: files, readings: readings, appended: appended)
        }
    }
}
