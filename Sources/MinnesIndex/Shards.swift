import Foundation
import MinnesAPI
import MinnesNormalise
import Xapian

/// The databases one search reads, opened and joined into one Xapian database (multi-database
/// search: global statistics, one ranking). Each shard belongs to an archive, named by the address
/// (`ifo=…`), by the index itself (`minnes index --archive`), or by its folder or host; with more than
/// one archive, ids carry its name. A shard that does not answer within the timeout is left out and
/// named in `missing`: the others still answer. Not thread-safe, like the handles it holds.
final class Shards {
    struct Shard {
        let address: IndexAddress
        let archive: String
        let database: Database
    }

    let shards: [Shard]
    /// Each shard that did not open, with why: the answers say they are incomplete.
    let missing: [(address: IndexAddress, reason: String)]
    /// Every shard as one database.
    let database: Database
    /// The archives, in the order given.
    let archives: [String]
    /// What the query parser reads synonyms and spellings from: the shards, and (a remote database
    /// has no synonym table for its clients) the synonyms each remote index keeps in its metadata.
    let vocabulary: Database
    let hasRemote: Bool
    let opened = Date()
    /// Each local database's folder as it was when opened: a new database that takes its place (an
    /// index written whole, compacted) has the same revision numbers, so Xapian's reopen would not
    /// see it.
    private let folders: [(path: String, identity: FileIdentity?)]

    /// Whether a local database's folder now holds another database (or none).
    var replaced: Bool { folders.contains { FileIdentity($0.path) != $0.identity } }

    /// The local databases as opened, for what is kept per index and revision.
    var identity: String { folders.map { "\($0.identity.map { "\($0.device):\($0.inode)" } ?? "-")" }.joined(separator: " ") }

    /// A file or folder, by device and inode.
    struct FileIdentity: Equatable {
        let device: UInt64, inode: UInt64

        init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
        }
    }
    /// The dictionary the indexes were written with (`minnes.dictionary`), read again only when one
    /// changed: asking a remote database costs a round trip.
    private(set) var dictionary: String

    static func dictionary(of databases: [Database]) -> String {
        databases.lazy.compactMap { try? $0.metadata(Schema.dictionaryKey) }.first { !$0.isEmpty } ?? ""
    }

    /// The ssh client `ssh://` runs (`MINNES_SSH`, else `ssh`), with xapian-progsrv on the far side.
    static var sshCommand: String { ProcessInfo.processInfo.environment["MINNES_SSH"].flatMap { $0.isEmpty ? nil : $0 } ?? "ssh" }

    init(_ addresses: [IndexAddress], timeout: Double) throws {
        var opened: [(IndexAddress, Database)] = []
        var missing: [(IndexAddress, String)] = []
        var folders: [(path: String, identity: FileIdentity?)] = []
        for address in addresses {
            do {
                // Each shard of a sharded index on its own, so each says its revision.
                if case .local(let path) = address.location {
                    for database in ShardLayout.databases(at: path) {
                        // Taken before opening: a database put in its place meanwhile then differs.
                        folders.append((database, FileIdentity(database)))
                        opened.append((address, try Database(path: database)))
                    }
                } else {
                    opened.append((address, try Self.open(address, timeout: timeout)))
                }
            } catch let error as XapianError {
                // One index alone that is not there is the user's mistake, said as such.
                if addresses.count == 1, case .local(let path) = address.location,
                    error.kind == .databaseNotFound || error.kind == .databaseOpening
                {
                    throw SearchError.noIndex(path)
                }
                missing.append((address, error.message))
            }
        }
        guard !opened.isEmpty else {
            throw SearchError.unavailable(missing.map { "\($0.0): \($0.1)" }.joined(separator: "; "))
        }
        // Names: given, else the index's own, else the address's; made unique in order.
        var names: [String] = []
        for (address, database) in opened {
            let stored = (try? database.metadata(Schema.archiveKey)) ?? ""
            names.append(address.name ?? (IndexAddress.isName(stored) ? stored : Self.defaultName(address)))
        }
        shards = zip(opened, names).map { Shard(address: $0.0, archive: $1, database: $0.1) }
        self.folders = folders
        dictionary = Self.dictionary(of: opened.map(\.1))
        self.missing = missing
        archives = names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        database = opened.count == 1 ? opened[0].1 : try Database(combining: opened.map(\.1))
        hasRemote = opened.contains { !$0.0.isLocal }
        if hasRemote {
            // Xapian's in-memory backend keeps no synonyms: a private scratch database does, locked
            // while it is used, so the scratch of one killed before its deinit is found and removed.
            Self.removeLeftoverScratch(in: FileManager.default.temporaryDirectory)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.scratchPrefix)\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            scratch = folder
            scratchLock = Glibc.open(folder + "/" + Self.scratchLockFile, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
            if scratchLock >= 0 { _ = flock(scratchLock, LOCK_EX) }
            let synonyms = try WritableDatabase(path: folder)
            scratchDatabase = synonyms
            try synonyms.transaction {
                for (address, database) in opened where !address.isLocal {
                    for (term, phrase) in Self.synonyms(try database.keptText(Schema.synonymsKey)) {
                        try synonyms.addSynonym(term, for: phrase)
                    }
                }
            }
            vocabulary = try Database(combining: [synonyms] + opened.filter { $0.0.isLocal }.map(\.1))
        } else {
            vocabulary = database
        }
    }

    /// The scratch database of remote shards' synonyms, removed with the handles. Its handle lives
    /// as long as `vocabulary`: closing it would close it there too.
    private var scratch: String?
    private var scratchDatabase: WritableDatabase?
    /// Held (flock) while the scratch is used: the kernel lets go of it when the process ends.
    private var scratchLock: Int32 = -1

    deinit {
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
        if scratchLock >= 0 { close(scratchLock) }
    }

    static let scratchPrefix = "minnes-synonyms-"
    static let scratchLockFile = "minnes-lock"

    /// The owner's scratch folders in folder whose lock file no process holds (the kernel lets go of
    /// a flock when its process ends, killed or not, in any pid namespace): removed, as they hold
    /// names from the minutes. One without a lock file is being made (its lock follows within
    /// moments), or lost it: removed once unchanged for an hour. (Test runs left such folders in
    /// /tmp; a searcher still reading one keeps its open files, which the kernel keeps for it.)
    static func removeLeftoverScratch(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(scratchPrefix) {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid == getuid(), (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            let lock = Glibc.open(path + "/" + scratchLockFile, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard lock >= 0 else {
                if errno == ENOENT, info.st_mtim.tv_sec < time(nil) - 3600 { try? FileManager.default.removeItem(atPath: path) }
                continue
            }
            defer { close(lock) }
            if flock(lock, LOCK_EX | LOCK_NB) == 0 { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    static func open(_ address: IndexAddress, timeout: Double) throws -> Database {
        switch address.location {
        case .local(let path): return try Database(path: path)  // opened shard by shard by init
        case .tcp(let host, let port): return try Database(host: host, port: port, timeout: timeout)
        case .ssh(let host, let path):
            // BatchMode: a password prompt would hang the daemon; keys or an agent only.
            return try Database(
                program: sshCommand,
                arguments: "-o BatchMode=yes -o ConnectTimeout=\(max(1, Int(timeout.rounded(.up)))) \(host) xapian-progsrv \(path)",
                timeout: timeout)
        }
    }

    /// A folder's name (its parent's when the folder is the default `Index`), or the host.
    static func defaultName(_ address: IndexAddress) -> String {
        let raw: String
        switch address.location {
        case .local(let path):
            let url = URL(fileURLWithPath: path)
            raw = url.lastPathComponent == Locations.defaultIndex ? url.deletingLastPathComponent().lastPathComponent : url.lastPathComponent
        case .tcp(let host, let port): raw = "\(host)-\(port)"
        case .ssh(let host, _): raw = host
        }
        let name = String(raw.map { IndexAddress.isName(String($0)) ? $0 : "-" }.prefix(40))
        return name.isEmpty ? "index" : name
    }

    /// Ids carry the archive only when there is more than one, counting those that did not answer
    /// (so an id stays the same while a shard is away).
    var labelled: Bool {
        Set(archives + missing.map { $0.address.name ?? Self.defaultName($0.address) }).count > 1
    }

    /// The archive of a document of the joined database (document d of the k-th of n shards is
    /// (d - 1) * n + k + 1 there).
    func archive(ofDocument docid: UInt32) -> String {
        shards[database(ofDocument: docid)].archive
    }

    /// Which of the databases searched holds a document of the combined database.
    func database(ofDocument docid: UInt32) -> Int {
        Int((docid - 1) % UInt32(shards.count))
    }

    /// An id as the answers give it: `ifo:m1a2b3c4d5e6.3` when there are several archives.
    func id(_ id: String, docid: UInt32) -> String {
        labelled ? archive(ofDocument: docid) + ":" + id : id
    }

    /// The indexes' metadata, one value per archive (its first shard that answered: every shard of an
    /// archive is written with the same).
    func metadata(_ key: String) throws -> [(archive: String, value: String)] {
        try archives.map { archive in
            (archive, try shards.first { $0.archive == archive }!.database.keptText(key))
        }
    }

    /// The sum of the local shards' revisions: it changes whenever one of them commits. A remote
    /// database does not tell its revision; what is read of it is kept `remoteFreshFor` at most.
    var revision: UInt64 {
        get throws { try shards.filter(\.address.isLocal).reduce(0) { $0 &+ (try $1.database.revision) } }
    }
    static let remoteFreshFor = 30.0

    /// Brings every shard to its newest revision (the joined database shares the shards' handles).
    func reopen() throws {
        if try database.reopen() { dictionary = Self.dictionary(of: shards.map(\.database)) }
    }

    /// `minnes.synonyms`: one synonym per line, `term<TAB>phrase`.
    static func synonyms(_ text: String) -> [(String, String)] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }
}
