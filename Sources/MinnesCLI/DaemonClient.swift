import Foundation
import MinnesAPI
import NIOCore
import NIOEmbedded
import NIOHTTP1

/// Talks HTTP/1.1 to `minnesd` over its Unix socket: one connection per request, blocking reads and
/// writes on it, and NIO's HTTP/1 client codec in an `EmbeddedChannel` to frame the bytes. A
/// command makes one request; an event loop and its threads would cost more than the answer.
struct DaemonClient {
    let socketPath: String
    /// The index meant (`Route.indexHeader`): a daemon serving another refuses to answer. Nil asks
    /// whatever daemon is there (`minnes stop`).
    var index: String? = nil
    static let timeoutSeconds = 60

    struct Reply {
        let status: Int
        let body: Data
        /// Who answered, as the kernel says.
        let peer: PeerCredentials
    }

    /// Why no request reached a daemon: nothing listens (start one), someone else's process listens
    /// (never send it a query: it may name a person), or something else went wrong.
    enum ConnectionError: Error {
        case nobodyListens
        case untrusted(PeerCredentials)
        case failed(String)
    }

    /// GETs path with the given query parameters; an error status comes back as a thrown CLIError.
    func get(_ path: String, _ parameters: [(String, String)] = []) throws -> Reply {
        let reply: Reply
        do {
            reply = try fetch(path, parameters)
        } catch .nobodyListens {
            throw CLIError.noDaemon(socketPath)
        } catch .failed(let why) {
            throw CLIError.daemonUnreachable(socketPath, why)
        } catch .untrusted(let peer) {
            throw CLIError.daemon(
                "the process answering on \(socketPath) runs as uid \(peer.uid), not as you (uid \(getuid())); "
                    + "nothing was sent to it")
        }
        guard (200..<300).contains(reply.status) else {
            let failure = try? JSONDecoder().decode(ErrorBody.self, from: reply.body)
            throw CLIError.daemon(failure?.error.message ?? "minnesd answered \(reply.status)")
        }
        return reply
    }

    /// GETs path and returns whatever status and body the daemon answered.
    func fetch(_ path: String, _ parameters: [(String, String)] = []) throws(ConnectionError) -> Reply {
        let (socket, peer) = try connect()
        defer { close(socket) }
        let channel = EmbeddedChannel()
        defer { _ = try? channel.finish() }
        do {
            try channel.pipeline.syncOperations.addHTTPClientHandlers()
            var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: Route.uri(path, parameters))
            head.headers.add(name: "Host", value: "localhost")
            head.headers.add(name: "Connection", value: "close")
            if let index { head.headers.add(name: Route.indexHeader, value: Route.percentEncoded(index)) }
            try channel.writeOutbound(HTTPClientRequestPart.head(head))
            try channel.writeOutbound(HTTPClientRequestPart.end(nil))
            while let bytes = try channel.readOutbound(as: ByteBuffer.self) { try send(bytes, on: socket) }
            return try receive(on: socket, through: channel, peer: peer)
        } catch let error as ConnectionError {
            throw error
        } catch {
            throw .failed(String(describing: error))
        }
    }

    private func send(_ bytes: ByteBuffer, on socket: Int32) throws(ConnectionError) {
        var remaining = bytes.readableBytesView[...]
        while !remaining.isEmpty {
            // MSG_NOSIGNAL: a daemon that closes early is an error to report, not a SIGPIPE that ends us.
            let written = remaining.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .failed("cannot send the request: \(String(cString: strerror(errno)))")
            }
            remaining = remaining.dropFirst(written)
        }
    }

    /// Reads until the response's end: its head's status, its body's bytes.
    private func receive(on socket: Int32, through channel: EmbeddedChannel, peer: PeerCredentials) throws -> Reply {
        var status: Int?
        var body = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let why = errno == EAGAIN ? "no answer within \(Self.timeoutSeconds) s" : String(cString: strerror(errno))
                throw ConnectionError.failed(why)
            }
            if count == 0 {
                channel.pipeline.fireChannelInactive()  // a body that ends with the connection ends here
            } else {
                try channel.writeInbound(channel.allocator.buffer(bytes: buffer[..<count]))
            }
            while let part = try channel.readInbound(as: HTTPClientResponsePart.self) {
                switch part {
                case .head(let head): status = Int(head.status.code)
                case .body(let bytes): body.append(contentsOf: bytes.readableBytesView)
                case .end:
                    guard let status else { throw ConnectionError.failed("an answer without a status") }
                    return Reply(status: status, body: body, peer: peer)
                }
            }
            if count == 0 { throw ConnectionError.failed("the daemon closed the connection before answering") }
        }
    }

    /// A connected socket to a process of this user, with a receive timeout so a stuck daemon cannot
    /// hang the command.
    private func connect() throws(ConnectionError) -> (Int32, PeerCredentials) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw .failed(String(cString: strerror(errno))) }
        var timeout = timeval(tv_sec: Self.timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connectUnixSocket(fd, socketPath) == 0 else {
            let code = errno
            close(fd)
            if code == ENOENT || code == ECONNREFUSED { throw .nobodyListens }
            throw .failed(String(cString: strerror(code)))
        }
        guard let peer = PeerCredentials(socket: fd) else {
            close(fd)
            throw .failed("cannot tell who answers on the socket")
        }
        guard peer.isTrusted else {
            close(fd)
            throw .untrusted(peer)
        }
        return (fd, peer)
    }
}
