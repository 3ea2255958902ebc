import Foundation
import MinnesAPI
import Xapian

/// How an index folder holds its databases: one Xapian database in the folder itself, or shards
/// `shard-1` … `shard-N` inside it with a stub file `XAPIANDB` listing them, which Xapian opens as
/// one database (so `quest -d INDEX`, xapian-delve and `minnes search` read a sharded index as they
/// read one database). A file's documents live in the shard its path hashes to.
public struct ShardLayout {
    static let stubFile = "XAPIANDB"
    static let maxShards = 64

    let folder: String
    /// The databases' folders, in the stub's order.
    let shards: [String]

    /// The layout of the index at folder: as it is, or, for a new index, as asked (`shards`). Asking
    /// for another number of shards than an index has is refused.
    static func prepare(_ folder: String, shards requested: Int?) throws -> ShardLayout {
        let stub = folder + "/" + stubFile
        let manager = FileManager.default
        if manager.fileExists(atPath: stub) {
            // Minnes writes only local shards it can list.
            guard let shards = listed(in: stub), !shards.isEmpty else { throw IndexError.badStub(stub) }
            if let requested, requested != shards.count { throw IndexError.shardCount(folder, has: shards.count, asked: requested) }
            return ShardLayout(folder: folder, shards: shards)
        }
        let existing = manager.fileExists(atPath: folder + "/iamglass")
        let count = requested ?? 1
        if existing, count != 1 { throw IndexError.shardCount(folder, has: 1, asked: count) }
        guard count > 1 else { return ShardLayout(folder: folder, shards: [folder]) }
        let names = (1...count).map { "shard-\($0)" }
        for name in names {
            try manager.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        // Relative: the index folder can be moved or copied whole.
        try Data(names.map { "auto \($0)\n" }.joined().utf8).write(to: URL(fileURLWithPath: stub), options: .atomic)
        chmod(stub, 0o600)
        return ShardLayout(folder: folder, shards: names.map { folder + "/" + $0 })
    }

    /// The local databases a stub file lists (`auto PATH` lines, relative to the stub's folder), or nil
    /// when there is no stub there, or it lists others (remote ones, other backends): Xapian then opens
    /// the stub whole.
    static func listed(in stub: String) -> [String]? {
        guard let text = try? String(contentsOfFile: stub, encoding: .utf8) else { return nil }
        let folder = (stub as NSString).deletingLastPathComponent
        var paths: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
            let words = line.split(separator: " ", maxSplits: 1)
            guard words.count == 2, words[0] == "auto" || words[0] == "glass" else { return nil }
            paths.append(words[1].hasPrefix("/") ? String(words[1]) : folder + "/" + words[1])
        }
        return paths
    }

    /// The databases an index path names: a sharded index's shards, a stub file's databases, or
    /// the path itself.
    public static func databases(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [path] }
        let stub = isFolder.boolValue ? path + "/" + stubFile : path
        if let listed = listed(in: stub), !listed.isEmpty { return listed }
        return [path]
    }

    /// The shard a file's documents live in: a stable hash of its path, the same on every run.
    func shard(of file: String) -> Int {
        guard shards.count > 1 else { return 0 }
        return Int(UInt64(sha256Hex(utf8: file, digits: 12), radix: 16)! % UInt64(shards.count))
    }

    /// Merges the shards (or compacts the one database) into one compact database in the folder's
    /// place, as xapian-compact does; the files Minnes keeps beside the index stay. The folder is
    /// briefly absent while the new one takes its place: a search then says there is no index.
    func compact() throws {
        let merged = shards == [folder] ? [] : shards.map { ($0 as NSString).lastPathComponent } + [Self.stubFile]
        try Self.compact(folder, dropping: Set(merged))
    }

    /// Compacts each database where it is, shards staying shards. Xapian's writer leaves its B-tree
    /// blocks about half full when it adds in another order than the keys' (positions are flushed
    /// term by term, keyed by document): a new index compacted is about half the size, and reads fewer
    /// blocks. Whatever else a database's folder holds (one database: the index folder) stays.
    func compactEach() throws {
        for shard in shards { try Self.compact(shard, dropping: []) }
    }

    /// Compacts what folder holds (a database, or a stub's shards merged) into one database in its
    /// place; the folder is briefly absent while the new one takes its place. Every file of the folder
    /// the new database does not write itself moves into it (Minnes's side files, a README), except
    /// those named to drop (the merged shards and their stub).
    private static func compact(_ folder: String, dropping: Set<String>) throws {
        // A symlinked index folder is compacted where it points, the link left as it is.
        let folder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let target = try beside(folder, ".minnes-compacting")
        try Database(path: folder).compact(to: target)
        try replace(folder, with: target, dropping: dropping)
    }

    /// A new database's folder for a shard written whole (`Indexer`), beside it.
    static func building(_ shard: String) throws -> String {
        try beside(URL(fileURLWithPath: shard).resolvingSymlinksInPath().path, ".minnes-building")
    }

    /// Waits until every file of folder, and the folder, is on disk: a database written without
    /// Xapian's own syncs (`WritableDatabase(sync: false)`), before it takes another's place.
    static func sync(_ folder: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) + ["."] {
            let descriptor = open(folder + "/" + name, O_RDONLY)
            guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: folder + "/" + name]) }
            defer { close(descriptor) }
            guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder + "/" + name]) }
        }
    }

    /// An empty folder beside folder, named with suffix, owner-only from the start (it will hold what
    /// the index holds). The name is only Minnes's: what an interrupted run left there is removed.
    private static func beside(_ folder: String, _ suffix: String) throws -> String {
        let path = folder + suffix
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return path
    }

    /// Puts the database written at `built` in folder's place. Every file of the folder the new
    /// database does not hold itself moves into it (Minnes's side files, a README), except those
    /// named to drop; the folder is briefly absent while the new one takes its place.
    static func replace(_ folder: String, with built: String, dropping: Set<String> = []) throws {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let old = folder + ".minnes-old"
        try? manager.removeItem(atPath: old)
        let written = Set(try manager.contentsOfDirectory(atPath: built))
        // Linked (or copied), not moved: until the swap, the folder keeps everything it held.
        for name in try manager.contentsOfDirectory(atPath: folder) where !written.contains(name) && !dropping.contains(name) {
            let (from, to) = (folder + "/" + name, built + "/" + name)
            if link(from, to) != 0 { try manager.copyItem(atPath: from, toPath: to) }
        }
        try manager.moveItem(atPath: folder, toPath: old)
        try manager.moveItem(atPath: built, toPath: folder)
        try manager.removeItem(atPath: old)
    }
}
