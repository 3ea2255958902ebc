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
        var writer = KeptWriter(after: mark)
        writer.add(files.count)
        for file in files {
            (writer.add(file.file), writer.add(file.hash))
            writer.add([Int32(file.heads.lowerBound), Int32(file.heads.count)])
        }
        headers.compacted.write(to: &writer)
        var data = writer.data
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
        return body.dropFirst(mark.count).withUnsafeBytes { bytes -> KeptHeaders? in
            var reader = KeptReader(bytes)
            guard let count = reader.number(), count >= 0 else { return nil }
            var files: [String: (hash: String, heads: Range<Int>)] = [:]
            files.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let file = reader.string(), let hash = reader.string(), let first = reader.number(), let heads = reader.number(),
                    first >= 0, heads >= 0
                else { return nil }
                files[file] = (hash, Int(first)..<(Int(first) + Int(heads)))
            }
            guard let headers = Headers(reading: &reader), reader.atEnd, files.values.allSatisfy({ $0.heads.upperBound <= headers.count })
            else { return nil }
            return KeptHeaders(table: HeaderTable(headers), files: files)
        }
    }
}
