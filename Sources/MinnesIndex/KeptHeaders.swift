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
struct KeptHeaders: Sendable {
    static let file = "minnes-headers"
    /// The format and the reader: a reader reads the same bytes otherwise.
    static var mark: Data { Data("minnes-headers 3 \(sha256Hex(utf8: ReadingCache.readerVersion, digits: 16))\n".utf8) }

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
    }

    /// The kept readings these were saved with: the file's stat then, its lines, and where its
    /// blocks are.
    struct Readings: Sendable {
        let file: ReadingCache.Stat
        let lines: Int
        let blocks: [Range<Int>]
    }

    let table: HeaderTable
    let files: [String: File]
    let readings: Readings?

    /// The headers of `files`, each file's a run of `headers`, as kept: its strings only those used.
    static func save(
        _ headers: Headers, files: [(file: String, heads: Range<Int>, entry: ReadingCache.Entry, spot: ReadingCache.Spot)], readings: Readings?,
        to url: URL, part: Int = part
    ) throws {
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
        writer.add(files.count)
        for file in files {
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
        headers.compacted.write(to: &writer)
        let body = writer.data
        var data = mark
        try Deflate.compress(each: stride(from: 0, to: body.count, by: part).map { body[$0..<min($0 + part, body.count)] }) { data += $0 }
        try OwnerOnlyFile.write(data, to: url)
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
            guard let hasReadings = reader.number() else { return nil }
            var readings: Readings?
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
            var files: [String: File] = [:]
            files.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let file = reader.string(), let hash = reader.string(), let first = reader.number(), let heads = reader.number(),
                    first >= 0, heads >= 0, let stat = stat(), let noted = reader.number(), noted >= 0
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
                    heads: Int(first)..<(Int(first) + Int(heads)),
                    head: ReadingCache.Head(stat: stat, hash: hash, notes: notes, check: UInt32(bitPattern: check), body: range), block: Int(block))
            }
            guard let headers = Headers(reading: &reader), reader.atEnd, files.values.allSatisfy({ $0.heads.upperBound <= headers.count })
            else { return nil }
            return KeptHeaders(table: HeaderTable(headers), files: files, readings: readings)
        }
    }
}
