import Foundation

/// Connects fd to the Unix socket at path: 0, or -1 with errno set (ENAMETOOLONG for a path the
/// address cannot hold).
public func connectUnixSocket(_ fd: Int32, _ path: String) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard path.utf8.count < capacity else {
        errno = ENAMETOOLONG
        return -1
    }
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
        buffer.copyBytes(from: path.utf8)
        buffer[path.utf8.count] = 0
    }
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
    }
}

/// Whether something accepts connections on a Unix socket. Cheaper and clearer than an HTTP error
/// when all we want to know is whether a daemon is there.
public func socketIsAnswering(_ path: String) -> Bool {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return connectUnixSocket(fd, path) == 0
}

/// Who is at the other end of a Unix socket, as the kernel says (Linux's `struct ucred`): the
/// answer neither side can forge.
public struct PeerCredentials: Sendable, Equatable {
    public var pid: Int32 = 0
    public var uid: UInt32 = 0
    public var gid: UInt32 = 0

    public init() {}

    /// The peer of a connected socket, or nil when the kernel cannot say.
    public init?(socket fd: Int32) {
        var credentials = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        self = credentials
    }

    /// Minnes talks to its own user only (and root, who can read everything anyway).
    public var isTrusted: Bool { uid == getuid() || uid == 0 }
}
