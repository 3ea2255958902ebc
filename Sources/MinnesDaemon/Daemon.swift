import Foundation
import Hummingbird
import Logging
import MinnesAPI
import ServiceLifecycle
import UnixSignals

/// `minnesd`: answers searches over one index on a Unix socket that only its owner may use.
public struct Daemon: Sendable {
    /// The index, or several searched as one (`IndexAddress.list`).
    public let indexPath: String
    public let socketPath: String
    public let logger: Logger
    /// How long a remote shard may take before the others answer without it.
    public let shardTimeout: Double
    public static let defaultShardTimeout = 5.0
    /// How long nothing may be asked before the daemon ends; nil: it serves until stopped.
    public let idleExit: Duration?
    private let socketFile: SocketFile

    public init(
        indexPath: String, socketPath: String, shardTimeout: Double = defaultShardTimeout, idleExit: Duration? = nil,
        logger: Logger = Logger(label: "minnesd")
    ) {
        (self.indexPath, self.socketPath, self.shardTimeout, self.idleExit, self.logger) =
            (indexPath, socketPath, shardTimeout, idleExit, logger)
        socketFile = SocketFile(path: socketPath)
    }

    /// Serves until one of the signals arrives, then removes the socket.
    public func run(gracefulShutdownSignals: [UnixSignal] = [.sigterm, .sigint]) async throws {
        try await run(serviceGroup(gracefulShutdownSignals: gracefulShutdownSignals))
    }

    /// Serves until the group shuts down (`triggerGracefulShutdown()`), then removes the socket
    /// while it is still this daemon's.
    public func run(_ group: ServiceGroup) async throws {
        defer { socketFile.remove() }
        do {
            try await group.run()
        } catch where socketFile.failure != nil {
            // The server ended as its socket could not take the path: said why, not as a failure.
            throw socketFile.failure!
        }
    }

    /// The daemon as a service group, refused when another daemon already answers on the socket.
    public func serviceGroup(gracefulShutdownSignals: [UnixSignal]) throws -> ServiceGroup {
        if socketIsAnswering(socketPath) { throw DaemonError.alreadyRunning(socketPath) }
        var info = stat()
        if lstat(socketPath, &info) == 0, info.st_mode & S_IFMT != S_IFSOCK { throw DaemonError.notASocket(socketPath) }
        // The socket is born owner-only (umask 077: 0700, inside a 0700 folder by default), set to
        // exactly 0600, and only then takes the public path (`SocketFile`).
        umask(0o077)
        let (socketPath, indexPath, shardTimeout, logger, socketFile) = (socketPath, indexPath, shardTimeout, logger, socketFile)
        let refusals = Refusals(), activity = Activity()
        let app = Application(
            router: makeRouter(indexPath: indexPath, shardTimeout: shardTimeout, refusals: refusals, activity: activity),
            server: .http1(
                configuration: .init(additionalChannelHandlers: [
                    PeerCheck(refusals: refusals, logger: logger), UnparsableRequestAnswer(),
                ])),
            configuration: .init(address: .unixDomainSocket(path: socketFile.bound), serverName: "minnesd"),
            onServerRunning: { channel in
                chmod(socketFile.bound, 0o600)
                guard socketFile.publish() else {
                    logger.error("minnesd: \(socketFile.failure.map { "\($0)" } ?? ""); exiting")
                    try? await channel.close().get()  // which ends the server, and so the group
                    return
                }
                logger.info("minnesd serving \(indexPath) on \(socketPath)")
            },
            logger: logger
        )
        var services = [ServiceGroupConfiguration.ServiceConfiguration(service: app)]
        if let idleExit {
            services.append(.init(service: IdleExit(limit: idleExit, activity: activity, logger: logger), successTerminationBehavior: .gracefullyShutdownGroup))
        }
        return ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: gracefulShutdownSignals, logger: logger))
    }
}

public enum DaemonError: Error, CustomStringConvertible {
    case alreadyRunning(String)
    case notASocket(String)
    case cannotPublish(String, String)

    public var description: String {
        switch self {
        case .alreadyRunning(let path): "a daemon already answers on \(path)"
        case .notASocket(let path): "\(path) is a file, not a socket; not replaced (give another --socket)"
        case .cannotPublish(let path, let reason): "cannot put the socket at \(path): \(reason)"
        }
    }
}
