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
            stops it and removes the socket. Try:
              curl --unix-socket SOCKET 'http://localhost/v1/search?q=familjehem'
            """
    )

    @Option(help: "Index folder (default: $MINNES_INDEX, else ./Index).")
    var index: String?

    @Option(help: "Socket path (default: $MINNES_SOCKET, else one per index in the user's runtime folder).")
    var socket: String?

    @Flag(help: "Serve on a socket in a folder other users can write to (such as /tmp).")
    var allowSharedDir = false

    public init() {}

    public func run() async throws {
        let locations = try Locations.resolve(index: index, socket: socket)
        try locations.checkSocketFolder(allowShared: allowSharedDir)
        var logger = Logger(label: "minnesd")
        logger.logLevel = .info
        try await Daemon(indexPath: locations.index, socketPath: locations.socket, logger: logger).run()
    }
}
