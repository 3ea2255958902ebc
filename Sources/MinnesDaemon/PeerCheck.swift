import Foundation
import Logging
import HTTPTypes
import MinnesAPI
import MinnesIndex
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// The daemon's second wall, behind the socket's file modes: every connection's peer, as the kernel
/// names it (`SO_PEERCRED`), must be the daemon's own user (or root) before a byte of its request is
/// read. A refusal is logged (who, never what was asked) and counted for `/v1/stats`.
final class PeerCheck: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    let refusals: Refusals
    let logger: Logger
    private var trusted = false

    init(refusals: Refusals, logger: Logger) {
        (self.refusals, self.logger) = (refusals, logger)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard let provider = context.channel as? any SocketOptionProvider else {
            refuse(context, "cannot ask the kernel who connected")
            return
        }
        // On the channel's event loop this completes at once, before any read is handled.
        provider.unsafeGetSocketOption(level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
            .assumeIsolated()
            .whenComplete { (result: Result<PeerCredentials, any Error>) in
                switch result {
                case .success(let peer) where peer.isTrusted: self.trusted = true
                case .success(let peer): self.refuse(context, "uid \(peer.uid) (pid \(peer.pid)) is not this daemon's user")
                case .failure(let error): self.refuse(context, "cannot ask the kernel who connected: \(error)")
                }
            }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard trusted else { return }  // nothing of a refused peer's request is read
        context.fireChannelRead(data)
    }

    private func refuse(_ context: ChannelHandlerContext, _ why: String) {
        refusals.add()
        logger.warning("refused a connection: \(why)")
        context.close(promise: nil)
    }
}

/// How many connections the daemon refused since it started.
final class Refusals: @unchecked Sendable {
    // `lock` guards `count`.
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var total: Int { lock.withLock { count } }
}

/// A request the HTTP parser cannot take (a request line or headers over its limits, bytes that are
/// not HTTP) gets the same JSON error as every other failure, not Hummingbird's empty 400.
final class UnparsableRequestAnswer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny
    typealias OutboundOut = HTTPResponsePart

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parseError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let message = parseError == .headerOverflow
            ? "the request is too long (a query is at most \(Searcher.maxQueryLength) characters)"
            : "the request is not HTTP that minnesd understands (\(parseError))"
        let code: ErrorCode = parseError == .headerOverflow ? .queryTooLong : .http(400)
        let body = (try? APIContext.encoder.encode(ErrorBody(code: code, message: message))) ?? Data()
        var head = HTTPResponse(status: .badRequest)
        head.headerFields[.contentType] = "application/json; charset=utf-8"
        head.headerFields[.contentLength] = String(body.count)
        head.headerFields[.connection] = "close"
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(bytes: body))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
