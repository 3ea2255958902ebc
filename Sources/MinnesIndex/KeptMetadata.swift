import Foundation
import Xapian

/// The metadata that grows with the corpus (the register with every person's meetings, each file's
/// hash, every spelling of every person) is kept deflated, in blocks of about 1 MB: a tenth of its
/// bytes in the index, and in what Xapian holds and copies of it while it writes and compacts (the
/// register alone was 33 MB at 30,000 files, and compacting took four times that). Read either way:
/// an index written before keeps it plain until it is written again.
extension Schema {
    static let deflatedKeys: Set<String> = [manifestKey, peopleKey, synonymsKey]
}

extension Database {
    /// The metadata under key as text, inflated when it is kept deflated.
    func keptText(_ key: String) throws -> String {
        let bytes = try metadataBytes(key)
        return String(decoding: Deflate.decompress(bytes) ?? bytes, as: UTF8.self)
    }
}

extension WritableDatabase {
    /// Sets the metadata under key, deflated when it is one of `Schema.deflatedKeys`.
    func keep(_ key: String, _ text: String) throws {
        guard Schema.deflatedKeys.contains(key) else { return try setMetadata(key, text) }
        var blocks = Data(), rest = Substring(text).utf8[...]
        while !rest.isEmpty {
            let part = Data(rest.prefix(ReadingCache.blockSize))
            guard let block = Deflate.compress(part) else { return try setMetadata(key, text) }
            blocks += block
            rest = rest.dropFirst(part.count)
        }
        try setMetadata(key, bytes: blocks)
    }
}
