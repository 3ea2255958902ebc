import Foundation
import MinnesNormalise
import Xapian

/// The metadata that grows with the corpus (the register with every person's meetings, each file's
/// hash, every spelling of every person) is kept deflated, in blocks of about 1 MB: a tenth of its
/// bytes in the index, and in what Xapian holds and copies of it while it writes and compacts (the
/// register alone was 33 MB at 30,000 files, and compacting took four times that). Read either way:
/// an index written before keeps it plain until it is written again.
extension Schema {
    static let deflatedKeys: Set<String> = [manifestKey, peopleKey, synonymsKey]
    /// Read whole whenever read, so larger than the reading cache's blocks (a block per core at a time).
    static let metadataBlockSize = 1 << 20

    /// The bytes kept under key for text: deflated, a block per core at a time, when it is one of
    /// `deflatedKeys`. The same text always gives the same bytes, so what an index holds is compared
    /// as it is kept, neither inflated nor held twice.
    static func kept(_ key: String, _ text: Data) throws -> Data {
        guard deflatedKeys.contains(key) else { return text }
        // Slices of text, not copies: the register is tens of megabytes at tens of thousands of files.
        let parts = text.indices.parts(of: metadataBlockSize).map { text[$0] }
        var kept = Data()
        try Deflate.compress(each: parts) { kept += $0 }
        return kept
    }
}

extension Database {
    /// The metadata under key as text, inflated when it is kept deflated.
    func keptText(_ key: String) throws -> String {
        String(decoding: try keptBytes(key), as: UTF8.self)
    }

    /// The metadata under key, inflated when it is kept deflated: all of it, or an error when a block
    /// does not read (a prefix of a manifest would read as a shorter one, and hide files gone).
    func keptBytes(_ key: String) throws -> Data { try Self.inflated(try metadataBytes(key)) }

    /// Metadata as read, inflated when it is kept deflated (on any thread: no handle is asked).
    static func inflated(_ bytes: Data) throws -> Data {
        guard bytes.starts(with: Data("minnes-deflate ".utf8)) else { return bytes }
        guard let text = Deflate.decompress(bytes, whole: true) else { throw CocoaError(.fileReadCorruptFile) }
        return text
    }
}
