import Foundation
import MinnesNormalise
import MinnesParse

/// What was read from each file, kept beside the index (`minnes-readings`, owner-only) so an
/// unchanged file is neither read nor parsed again: unchanged by stat (size, modification time,
/// inode), as omindex decides, or, when stat changed, by the hash of its bytes. A new reader version
/// reads everything again.
struct ReadingCache: Codable, Sendable {
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

    var version = Self.readerVersion
    var files: [String: Entry] = [:]

    static func load(_ url: URL) -> ReadingCache {
        guard let kept = try? Data(contentsOf: url), let data = Deflate.decompress(kept),
            let cache = try? JSONDecoder().decode(ReadingCache.self, from: data), cache.version == readerVersion
        else { return ReadingCache() }
        return cache
    }

    /// Kept deflated: the meetings of every file as JSON are the largest thing beside the index.
    func save(_ url: URL) throws {
        let json = try JSONEncoder().encode(self)
        try OwnerOnlyFile.write(Deflate.compress(json) ?? json, to: url)
    }

    static func status(of path: String) -> Stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stat(
            size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino), changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
            mode: UInt32(info.st_mode))
    }
}
