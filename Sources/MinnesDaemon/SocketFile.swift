import Foundation
import MinnesAPI
import Synchronization

/// The daemon's socket file. NIO removes the path it bound when its listener closes, whatever is at
/// that path by then: a socket a daemon started meanwhile would go, and that daemon would serve on
/// nothing. So the daemon binds a name of its own in the same folder, links the public path to it
/// once it listens (a link fails where a file is, so two daemons never replace each other's socket),
/// and at exit removes the public path only while it is still this socket (by device and inode).
/// Replacing a stale socket and removing one's own are done holding a lock beside the socket, so
/// two daemons never interleave them.
final class SocketFile: Sendable {
    let path: String
    /// Where the listener binds: a short random name beside the public path (no longer than it,
    /// for a socket's 107 bytes, and never another daemon's, in this process or another).
    let bound: String
    private struct State {
        var published: (dev: UInt64, inode: UInt64)?
        var failure: DaemonError?
    }
    private let state = Mutex(State())

    init(path: String) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let token = String(UInt32.random(in: 0..<UInt32.max), radix: 36)
        bound = (folder.isEmpty ? "" : folder + "/") + ".m" + token
    }

    /// Why the socket did not take the public path, when it did not.
    var failure: DaemonError? { state.withLock { $0.failure } }

    /// Links the public path to the bound socket, in place of a stale socket (one nobody answers on)
    /// but never of a live daemon's or of a file that is no socket. The bound name goes either way.
    func publish() -> Bool {
        defer { unlink(bound) }  // NIO's own removal at close then finds nothing there
        let failure: DaemonError? = holdingLock {
            for _ in 0..<2 {
                guard link(bound, path) != 0 else {
                    guard let published = Self.identity(path) else { return .cannotPublish(path, "it went as it was made") }
                    state.withLock { $0.published = published }
                    return nil
                }
                let error = errno
                guard error == EEXIST else {
                    // A file system without hard links for sockets: put in place by a rename, which
                    // replaces atomically (the lock keeps other daemons out meanwhile).
                    if !FileManager.default.fileExists(atPath: path), rename(bound, path) == 0, let published = Self.identity(path) {
                        state.withLock { $0.published = published }
                        return nil
                    }
                    return .cannotPublish(path, String(cString: strerror(error)))
                }
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }  // gone meanwhile: try again
                guard info.st_mode & S_IFMT == S_IFSOCK else { return .notASocket(path) }
                if socketIsAnswering(path) { return .alreadyRunning(path) }
                unlink(path)  // stale
            }
            return .cannotPublish(path, "a stale socket there could not be replaced")
        }
        guard let failure else { return true }
        state.withLock { $0.failure = failure }
        return false
    }

    /// Removes the public path while it is this daemon's socket.
    func remove() {
        holdingLock {
            state.withLock { state in
                if let published = state.published, Self.identity(path).map({ $0 == published }) == true { unlink(path) }
                state.published = nil
            }
        }
    }

    /// Runs body holding the lock beside the socket (`SOCKET.publish`): not the one `minnes` takes
    /// to start a daemon, which it holds while it waits for this one to listen.
    private func holdingLock<T>(_ body: () -> T) -> T {
        let lock = open(path + ".publish", O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        defer { if lock >= 0 { close(lock) } }
        if lock >= 0 { while flock(lock, LOCK_EX) != 0 && errno == EINTR {} }
        return body()
    }

    private static func identity(_ path: String) -> (dev: UInt64, inode: UInt64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}
