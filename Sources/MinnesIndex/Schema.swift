import Crypto
import Foundation

/// How minutes are laid out in Xapian: term prefixes, value slots, document data. ARCHITECTURE.md
/// documents the same table for people who open the index with xapian-delve or quest.
public enum Schema {
    public static let language = "swedish"

    /// Unique id of a document, so a re-index replaces it.
    static let idPrefix = "Q"
    /// The file a document came from (boolean), so all of a file's documents can be removed at once.
    static let filePrefix = "F"
    /// Title words.
    static let titlePrefix = "S"

    /// `YYYYMMDD`, for date ranges and sorting.
    static let dateSlot: UInt32 = 0

    /// Metadata key holding the content hash of every indexed file (see `Manifest`).
    static let manifestKey = "minnes.manifest"

    /// Xapian terms hold at most 245 bytes; long paths are named by their hash instead.
    static func term(_ prefix: String, _ value: String) -> String {
        let term = prefix + value
        return term.utf8.count <= 240 ? term : prefix + "#" + sha256Hex(Data(value.utf8))
    }
}

/// SHA-256 of data as lowercase hex: content hashes of files, names derived from paths.
public func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

/// What is stored as a document's data: enough to answer a search without reading the corpus.
struct StoredDocument: Codable {
    let file: String
    let title: String
    let date: String?
    let text: String
}
