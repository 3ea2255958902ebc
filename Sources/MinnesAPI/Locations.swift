import Foundation

/// Where the index, the corpus and the daemon's socket are. A flag wins over an environment variable,
/// which wins over the default; `MINNES_INDEX`, `MINNES_CORPUS` and `MINNES_SOCKET` are a contract.
public struct Locations: Sendable, Equatable {
    /// One index, or several searched as one (`IndexAddress.list`), local folders made absolute.
    public let index: String
    public let corpus: String
    public let socket: String

    public static let defaultIndex = "Index"
    /// The seconds a daemon may wait for a question before it ends (`minnesd --idle-exit`,
    /// `MINNES_IDLE_EXIT`): from one to a year.
    public static let idleExitRange = 1...31_536_000
    public static let defaultCorpus = "Corpus"

    public static func resolve(
        index: String? = nil, corpus: String? = nil, socket: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Locations {
        func pick(_ flag: String?, _ variable: String, _ fallback: String) -> String {
            absolute(flag ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? fallback)
        }
        let index = IndexAddress.joined(
            try IndexAddress.list(index ?? environment["MINNES_INDEX"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultIndex))
        let corpus = pick(corpus, "MINNES_CORPUS", defaultCorpus)
        let socketPath: String
        if let chosen = socket ?? environment["MINNES_SOCKET"].flatMap({ $0.isEmpty ? nil : $0 }) {
            socketPath = absolute(chosen)
        } else {
            socketPath = try runtimeDirectory(environment: environment) + "/" + socketName(forIndex: index)
        }
        return Locations(index: index, corpus: corpus, socket: socketPath)
    }

    /// The addresses of `index`.
    public var indexes: [IndexAddress] {
        (try? IndexAddress.list(index)) ?? [IndexAddress(location: .local(index))]
    }

    /// One daemon per index: the socket is named by the index's absolute path (kept short, as socket
    /// paths are limited to about 100 bytes).
    static func socketName(forIndex index: String) -> String {
        sha256Hex(utf8: index, digits: 16) + ".sock"
    }

    /// `$XDG_RUNTIME_DIR/minnes`, else `/tmp/minnes-UID`; created mode 0700 and refused if another user
    /// owns it or others may read it, since the socket inside answers questions about the minutes.
    static func runtimeDirectory(environment: [String: String]) throws -> String {
        let directory: String
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            directory = runtime + "/minnes"
        } else {
            directory = "/tmp/minnes-\(getuid())"
        }
        if let problem = privateDirectoryProblem(directory) { throw LocationError.runtimeDirectory(directory, problem) }
        return directory
    }

    /// `$XDG_CACHE_HOME/minnes`, else `~/.cache/minnes`, owner-only: what Minnes keeps that is not of
    /// the minutes (the Swedish word lists as a table), once for every index. Nil when it cannot be
    /// made so; the caller then keeps its file beside the index.
    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        mkdir(base, 0o700)
        let directory = base + "/minnes"
        return privateDirectoryProblem(directory) == nil ? directory : nil
    }

    /// Makes directory (mode 0700) unless it is there; what is wrong with it if it is not a folder
    /// of this user's that others cannot open.
    static func privateDirectoryProblem(_ directory: String) -> String? {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
        var info = stat()
        guard lstat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return "not a directory" }
        guard info.st_uid == getuid(), info.st_mode & 0o077 == 0 else {
            return "owned by another user or open to others (want mode 0700)"
        }
        return nil
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }
}

extension Locations {
    /// Refuses a socket in a folder another user could write to (`/tmp`, a group-writable folder, one
    /// not ours): someone else could put their own listener there first, or replace ours. Both minnesd
    /// and minnes ask, unless the user says `--allow-shared-dir`.
    public func checkSocketFolder(allowShared: Bool) throws {
        guard !allowShared else { return }
        let folder = (socket as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(folder, &info) == 0 else { return }  // not there yet: made owner-only when it is
        if info.st_uid != getuid() || info.st_mode & 0o022 != 0 {
            throw LocationError.sharedSocketFolder(folder)
        }
    }
}

public enum LocationError: Error, CustomStringConvertible {
    case runtimeDirectory(String, String)
    case sharedSocketFolder(String)

    public var description: String {
        switch self {
        case .runtimeDirectory(let path, let why): "cannot use runtime directory \(path): \(why)"
        case .sharedSocketFolder(let folder):
            "the socket's folder \(folder) is not yours alone (another user could write there); "
                + "choose a socket in a folder only you can write to, or pass --allow-shared-dir"
        }
    }
}
