import Foundation
import MinnesAPI
import MinnesNormalise

/// Every file's meetings' headers as the last run read them (`Headers`, as numbers), kept beside the
/// index (`minnes-headers`, owner-only): an update takes an unchanged file's headers from here rather
/// than decoding them from its kept head (they were most of reading the heads). A file's are taken
/// only when its bytes' hash and the reader are those they were read with; any other file's are
/// decoded from its head, as without this file, which is only ever a shortcut.
struct KeptHeaders: Sendable {
    static let file = "minnes-headers"
    /// The format and the reader: a reader reads the same bytes otherwise.
    static var mark: Data { Data("minnes-headers 1 \(sha256Hex(Data(ReadingCache.readerVersion.utf8)).prefix(16))\n".utf8) }

    let table: HeaderTable
    /// Each file's heads in the table, and the hash of the bytes they were read from.
    let files: [String: (hash: String, heads: Range<Int>)]

    /// The headers of `files`, each file's a run of `headers`, as kept: its strings only those used.
    static func save(_ headers: Headers, files: [(file: String, hash: String, heads: Range<Int>)], to url: URL) throws {
        var data = mark
        func add(_ number: Int) { withUnsafeBytes(of: Int32(number).littleEndian) { data.append(contentsOf: $0) } }
        func add(_ string: String) {
            add(string.utf8.count)
            data.append(contentsOf: string.utf8)
        }
        add(files.count)
        for file in files {
            add(file.file)
            add(file.hash)
            (add(file.heads.lowerBound), add(file.heads.count))
        }
        data += headers.compacted.kept
        withUnsafeBytes(of: Deflate.checksum(data).littleEndian) { data.append(contentsOf: $0) }
        try OwnerOnlyFile.write(data, to: url)
    }

    /// As `save` kept them; nil when there are none, or they are another format's or reader's, or do
    /// not read whole.
    static func load(_ url: URL) -> KeptHeaders? {
        guard let data = try? Data(contentsOf: url), data.count >= mark.count + 4, data.starts(with: mark) else { return nil }
        let body = data.prefix(data.count - 4)
        guard Deflate.checksum(body) == UInt32(littleEndian: data.suffix(4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
        else { return nil }
        var offset = body.startIndex + mark.count
        func number() -> Int? {
            guard body.endIndex - offset >= 4 else { return nil }
            defer { offset += 4 }
            return Int(Int32(littleEndian: body[offset..<(offset + 4)].withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }))
        }
        func string() -> String? {
            guard let count = number(), count >= 0, body.endIndex - offset >= count else { return nil }
            defer { offset += count }
            return String(decoding: body[offset..<(offset + count)], as: UTF8.self)
        }
        guard let count = number(), count >= 0 else { return nil }
        var files: [String: (hash: String, heads: Range<Int>)] = [:]
        files.reserveCapacity(count)
        for _ in 0..<count {
            guard let file = string(), let hash = string(), let first = number(), let heads = number(), first >= 0, heads >= 0 else { return nil }
            files[file] = (hash, first..<(first + heads))
        }
        guard let headers = Headers(kept: body[offset...]), files.values.allSatisfy({ $0.heads.upperBound <= headers.count }) else { return nil }
        return KeptHeaders(table: HeaderTable(headers), files: files)
    }
}
