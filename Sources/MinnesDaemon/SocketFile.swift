import Foundation
import MinnesAPI
import Synchronization

/// The daemon's socket file. NIO removes the path it bound when its listener closes, whatever is at
/// that path by then: a socket a daemon started meanwhile would go, and that daemon would serve on
/// nothing. So the daemon binds a path of its own, links the public path to it once it listens (a
/// link fails where a file is, so two daemons never replace each other's socket), and at exit
/// removes the public path only while it is still this socket (by device and inode).
final class SocketFile: Sendable {
    let path: String
    /// Where the listener binds: the public path and this process's id.
    let bound: String
    private struct State {
        var published: (dev: UInt64, inode: UInt64)?
        var taken = false
    }
    private let state = Mutex(State())

    init(path: String) {
        self.path = path
        bound = path + "." + String(getpid(), radix: 36)
    }

    /// Whether another daemon already answered at the path when this one was ready to.
    var taken: Bool { state.withLock { $0.taken } }

    /// Links the public path to the bound socket, in place of a stale file (a socket nobody answers
    /// on) but never of a live daemon's; false when one answers there. The bound path goes either way.
    func publish() -> Bool {
        defer { unlink(bound) }  // NIO's own removal at close then finds nothing there
        for _ in 0..<2 {
            if link(bound, path) == 0, let published = Self.identity(path) {
                state.withLock { $0.published = published }
                return true
            }
            guard errno == EEXIST, let stale = Self.identity(path), !socketIsAnswering(path) else { break }
            // Only the file found stale: one that took its place meanwhile stays.
            if Self.identity(path).map({ $0 == stale }) == true { unlink(path) }
        }
        state.withLock { $0.taken = true }
        return false
    }

    /// Removes the public path while it is this daemon's socket.
    func remove() {
        state.withLock { state in
            if let published = state.published, Self.identity(path).map({ $0 == published }) == true { unlink(path) }
            state.published = nil
        }
    }

    private static func identity(_ path: String) -> (dev: UInt64, inode: UInt64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}
