import Foundation
import Logging
import MinnesAPI
import NIOCore

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
