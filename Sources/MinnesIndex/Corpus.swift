import Foundation
import MinnesExtract
import MinnesNormalise

/// The folder of minutes. Minnes only ever reads it.
public struct Corpus: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// What a walk of the corpus found: the minutes, what it could not take (each with the reason),
    /// and how many files of other types it passed by.
    public struct Listing: Sendable {
        /// Paths relative to the root, sorted.
        public var files: [String] = []
        /// Each file's stat as the walk found it (a link's, of what it leads to): an update compares
        /// every file's with the kept one, and taking it twice was a tenth of an update's listing.
        var stats: [ReadingCache.Stat] = []
        /// Path (a name that is not UTF-8 with its bytes as `\xNN`) → why it was skipped.
        public var skipped: [(path: String, reason: String)] = []
        /// Extension (`.xlsx`, or `no extension`) → files of a type Minnes does not read.
        public var otherTypes: [String: Int] = [:]
        /// The overrides (`NAME.minnes.json`) beside the minutes, relative to the root.
        public var overrides: [String] = []

        /// Another walk's findings after these (the files are sorted once all are in).
        mutating func append(_ other: Listing) {
            files += other.files
            stats += other.stats
            skipped += other.skipped
            otherTypes.merge(other.otherTypes, uniquingKeysWith: +)
            overrides += other.overrides
        }
    }

    /// Every file of a minutes format (`Format.readable`) below the root, hidden ones excluded. Nothing is passed over in
    /// silence: a folder that cannot be read, a name that is not UTF-8, a link that leads nowhere, in
    /// a loop or out of the corpus, a FIFO or device, all are in `skipped`; other files are counted.
    ///
    /// The root's folders (or, when they are few, the folders in them) are walked on every core
    /// (stat'ing every file was most of an update's walk, on one core while the other waited). Links
    /// to folders are followed after, one at a time in order of their paths, so a folder reached both
    /// ways is always listed where it really is, whichever walk came first.
    public func files() throws -> Listing {
        var info = stat()
        guard stat(root.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw CorpusError.notADirectory(root.path)
        }
        let walker = Walker(root: root.path, realRoot: root.resolvingSymlinksInPath().path, rootID: [UInt64(info.st_dev), UInt64(info.st_ino)])
        var top = Walk(listing: Listing(), folders: [], links: [])
        walker.walk("", into: &top, following: .noFolder)
        // Too few folders to share among the cores (minutes kept under one folder, or one a year):
        // the folders inside them, level by level.
        while !top.folders.isEmpty, top.folders.count < 4 * ProcessInfo.processInfo.activeProcessorCount {
            let level = top.folders
            top.folders = []
            for folder in level { walker.walk(folder, into: &top, following: .noFolder) }
        }
        let folders = top.folders, trees = Outcomes<Walk>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { number in
            var tree = Walk(listing: Listing(), folders: [], links: [])
            walker.walk(folders[number], into: &tree, following: .realFolders)
            trees.set(number, tree)
        }
        var all = top
        for tree in trees.items {
            all.listing.append(tree!.listing)
            all.links += tree!.links
        }
        var linked = Walk(listing: Listing(), folders: [], links: [])
        for link in all.links.sorted() { walker.follow(link, into: &linked) }
        all.listing.append(linked.listing)
        var listing = all.listing
        let order = listing.files.indices.sorted { listing.files[$0] < listing.files[$1] }
        (listing.files, listing.stats) = (order.map { listing.files[$0] }, order.map { listing.stats[$0] })
        return listing
    }

    /// What a walk gathered: its listing, and the folders it left to walk later.
    private struct Walk {
        var listing: Listing
        /// Folders met and not walked (`following: .noFolder`).
        var folders: [String]
        /// Links to folders met and not followed (unless `following: .everyFolder`).
        var links: [String]
    }

    /// The folders walked, by device and inode, from any thread.
    private final class Walked: @unchecked Sendable {
        private var folders: Set<[UInt64]>
        private let lock = NSLock()

        init(_ root: [UInt64]) { folders = [root] }

        /// Whether the folder was not walked yet; from now on it is.
        func insert(_ folder: [UInt64]) -> Bool { lock.withLock { folders.insert(folder).inserted } }
    }

    /// Walks folders below the root, from any thread: the folders already walked are shared.
    private struct Walker: Sendable {
        let root: String, realRoot: String
        let visited: Walked

        init(root: String, realRoot: String, rootID: [UInt64]) {
            (self.root, self.realRoot, visited) = (root, realRoot, Walked(rootID))
        }

        /// What a walk goes into: none of the folders it meets (they are gathered), real folders
        /// only (links gathered), or every folder.
        enum Following { case noFolder, realFolders, everyFolder }

        /// A link to a folder, followed (or said, when it leads to a folder already walked).
        func follow(_ relative: String, into walk: inout Walk) {
            (root + "/" + relative).withCString { visit(relative, at: $0, in: AT_FDCWD, into: &walk, following: .everyFolder) }
        }

        func walk(_ folder: String, into walk: inout Walk, following: Following) {
            let path = folder.isEmpty ? root : root + "/" + folder
            guard let directory = opendir(path) else {
                walk.listing.skipped.append((folder, "folder cannot be read: \(String(cString: strerror(errno)))"))
                return
            }
            defer { closedir(directory) }
            // (Each name read where readdir put it, and each path made at its size: a copy of the
            // name, another to stat it by and a path grown twice were most of what a walk allocated.)
            while let entry = readdir(directory) {
                withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    let bytes = raw[..<(raw.firstIndex(of: 0) ?? raw.count)]
                    if bytes.first == 0x2E { return }  // . .. and hidden
                    guard let name = String(validating: bytes, as: UTF8.self) else {
                        let shown = (folder.isEmpty ? "" : folder + "/") + Corpus.escaped(Array(bytes))
                        return walk.listing.skipped.append((shown, "the name is not UTF-8"))
                    }
                    var relative = ""
                    if !folder.isEmpty {
                        relative.reserveCapacity(folder.utf8.count + 1 + name.utf8.count)
                        relative += folder
                        relative += "/"
                    }
                    relative += name
                    // (The name's ends looked at as bytes: as a String's, by Characters, they were a
                    // tenth of the walk.)
                    if bytes.count >= Corpus.overrideSuffix.utf8.count, bytes.suffix(Corpus.overrideSuffix.utf8.count).elementsEqual(Corpus.overrideSuffix.utf8) {
                        return walk.listing.overrides.append(relative)
                    }
                    if bytes.starts(with: "~$".utf8) { return }  // Office lock files
                    visit(relative, at: raw.baseAddress!.assumingMemoryBound(to: CChar.self), in: dirfd(directory), into: &walk, following: following)
                }
            }
        }

        /// The file at `at` in the folder open at `folder`: its name, stat'ed there, not by its whole
        /// path (a lookup of every folder above it for every file was most of walking the corpus).
        private func visit(_ relative: String, at: UnsafePointer<CChar>, in folder: Int32, into walk: inout Walk, following: Following) {
            var info = stat()
            guard fstatat(folder, at, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                walk.listing.skipped.append((relative, "cannot be read: \(String(cString: strerror(errno)))"))
                return
            }
            let isLink = (info.st_mode & S_IFMT) == S_IFLNK
            if isLink {
                guard fstatat(folder, at, &info, 0) == 0 else {
                    let why = errno == ELOOP ? "a link in a loop" : "a link to nothing (\(String(cString: strerror(errno))))"
                    walk.listing.skipped.append((relative, why))
                    return
                }
                let target = URL(fileURLWithPath: root + "/" + relative).resolvingSymlinksInPath().path
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    walk.listing.skipped.append((relative, "a link that leads out of the corpus"))
                    return
                }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if isLink, following != .everyFolder { return walk.links.append(relative) }
                guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) else {
                    walk.listing.skipped.append((relative, "a folder already read (a link in a loop)"))
                    return
                }
                if following == .noFolder { return walk.folders.append(relative) }
                self.walk(relative, into: &walk, following: following)
            case S_IFREG:
                if Format.isMinutes(relative) {
                    walk.listing.files.append(relative)
                    walk.listing.stats.append(ReadingCache.Stat(info))
                } else {
                    let type = Corpus.pathExtension(of: relative).lowercased()
                    walk.listing.otherTypes[type.isEmpty ? "no extension" : "." + type, default: 0] += 1
                }
            default:
                walk.listing.skipped.append((relative, "not a regular file (a FIFO, socket or device)"))
            }
        }
    }

    /// What follows the last dot of a path's last part ("" when none, or when it starts with it), as
    /// `NSString.pathExtension` says, without bridging every file's path.
    static func pathExtension(of path: String) -> Substring {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...]
    }

    /// A path as one line, for messages: control characters (a newline in a name) escaped.
    public static func printable(_ path: String) -> String {
        // (Most paths hold none: said again for every file that gave a warning, on every run.)
        guard path.unicodeScalars.contains(where: isControl) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isControl(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether a scalar is a control character (Unicode's general category Cc, which is fixed: C0,
    /// DEL and C1), without asking Unicode's tables.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Bytes that are not UTF-8, shown as text with the rest as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }
            .joined()
    }

    /// A file's bytes.
    public func read(_ file: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(file))
    }

    /// A file's first `count` bytes (what its format is known by).
    public func head(_ file: String, count: Int = 4096) throws -> Data {
        let handle = try FileHandle(forReadingFrom: root.appendingPathComponent(file))
        defer { try? handle.close() }
        return try handle.read(upToCount: count) ?? Data()
    }

    /// Corrections a user keeps beside a file of minutes, `NAME.minnes.json` (see MeetingOverride).
    public static let overrideSuffix = ".minnes.json"

    /// The bytes of file's override (one the walk listed): never more than one past the size an
    /// override may have, so a huge one is refused without being read.
    public func override(for file: String) throws -> Data {
        let descriptor = open(root.path + "/" + file + Self.overrideSuffix, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))]) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        return try handle.read(upToCount: MeetingOverride.maxSize + 1) ?? Data()
    }

    /// The overrides the walk listed that belong to no file of minutes (a typo in the name, or the
    /// minutes moved): said, never ignored in silence.
    public static func orphans(in listing: Listing) -> [String] {
        // (Most corpora hold none: every file's name is then not hashed for nothing.)
        guard !listing.overrides.isEmpty else { return [] }
        let files = Set(listing.files).union(listing.skipped.map(\.path))
        return listing.overrides.filter { override in
            let file = String(override.dropLast(overrideSuffix.count))
            // An e-mail's attachment is corrected as `mail.eml#attachment.docx.minnes.json`.
            return !files.contains(file) && !files.contains(String(file.prefix { $0 != "#" }))
        }
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case notADirectory(String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "corpus folder not found: \(path)"
        }
    }
}
