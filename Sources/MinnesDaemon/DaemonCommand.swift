import ArgumentParser
import Logging
import MinnesAPI

/// The `minnesd` executable's command line.
public struct DaemonCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "minnesd",
        abstract: "Answer Minnes searches over a Unix socket.",
        discussion: """
            Serves HTTP/1.1 with JSON bodies on a Unix domain socket (mode 0600). SIGTERM or SIGINT \
            stops it and removes the socket, as does --idle-exit once nothing is asked. Try:
              curl --unix-socket SOCKET 'http://localhost/v1/search?q=familjehem'
            """
    )

    @Option(
        help: ArgumentHelp(
            "Index to search; give it again to search several as one (default: $MINNES_INDEX, else ./Index).",
            discussion: """
                A folder, a Xapian stub file, tcp://HOST:PORT (a xapian-tcpsrv or `minnes serve-shard`) or \
                ssh://HOST/PATH (xapian-progsrv over ssh); NAME=… names its archive. $MINNES_INDEX takes \
                the same, separated by colons.
                """))
    var index: [String] = []

    @Option(help: "Seconds a remote index may take to answer before the others answer without it.")
    var shardTimeout: Double = Daemon.defaultShardTimeout

    @Option(help: "Socket path (default: $MINNES_SOCKET, else one per index in the user's runtime folder).")
    var socket: String?

    @Flag(help: "Serve on a socket in a folder other users can write to (such as /tmp).")
    var allowSharedDir = false

    @Option(help: "Exit once nothing has been asked for this many seconds (default: serve until stopped).")
    var idleExit: Int?

    public init() {}

    public func run() async throws {
        guard shardTimeout > 0, shardTimeout <= 600 else {
            throw ValidationError("--shard-timeout must be more than 0 and at most 600 seconds")
        }
        if let idleExit, !Locations.idleExitRange.contains(idleExit) {
            throw ValidationError("--idle-exit must be from 1 second to a year (31536000)")
        }
        let locations = try Locations.resolve(index: index.isEmpty ? nil : index.joined(separator: ":"), socket: socket)
        try locations.checkSocketFolder(allowShared: allowSharedDir)
        var logger = Logger(label: "minnesd")
        logger.logLevel = .info
        try await Daemon(
            indexPath: locations.index, socketPath: locations.socket, shardTimeout: shardTimeout,
            idleExit: idleExit.map { .seconds($0) }, logger: logger
        ).run()
    }
}
