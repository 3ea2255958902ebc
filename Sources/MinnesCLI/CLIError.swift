/// What the CLI reports as `Error: …` before exiting with status 2.
enum CLIError: Error, CustomStringConvertible {
    case usage(String)
    case daemon(String)
    case daemonUnreachable(String, String)
    /// Nothing listens on the socket: the one failure that starting a daemon mends.
    case noDaemon(String)
    case daemonDidNotStart(String, log: String)
    case daemonNotFound

    var description: String {
        switch self {
        case .usage(let message), .daemon(let message):
            message
        case .daemonUnreachable(let socket, let why):
            "cannot talk to minnesd on \(socket): \(why)"
        case .noDaemon(let socket):
            "cannot talk to minnesd on \(socket): no daemon answers (start `minnesd`, or drop --no-start)"
        case .daemonDidNotStart(let socket, let log):
            "minnesd did not start answering on \(socket); see \(log)"
        case .daemonNotFound:
            "cannot find the minnesd executable next to minnes or on PATH"
        }
    }
}
