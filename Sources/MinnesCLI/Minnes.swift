import ArgumentParser
import Foundation
import MinnesAPI

/// The `minnes` command. Exit status: 0 found, 1 nothing found, 2 error (`Error: …` on stderr).
public struct Minnes: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "minnes",
        abstract: "Search the minutes of the Familjen Helsingborg networks.",
        discussion: """
            Index the minutes once, then ask:
              minnes index
              minnes search familjehem
              minnes who familjehem
              minnes timeline familjehem
              minnes meetings
              minnes show ID
              minnes people
            Several archives or shards are searched as one with --index A --index B (or tcp://HOST:PORT,
            ssh://HOST/PATH); `minnes serve-shard` serves an index to another machine (docs/SCALING.md).
            `minnes help search` explains the query language. Shell completions:
              minnes --generate-completion-script bash   (or zsh, fish)
            Locations: --index/$MINNES_INDEX (default ./Index), --corpus/$MINNES_CORPUS (default ./Corpus),
            --socket/$MINNES_SOCKET (default: one per index in the user's runtime folder).
            """,
        subcommands: [
            IndexCommand.self, SearchCommand.self, WhoCommand.self, TimelineCommand.self, MeetingsCommand.self,
            ShowCommand.self, PeopleCommand.self, StopCommand.self, ServeShardCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits with Minnes's statuses (ArgumentParser's usage errors become 2).
    public static func mainWithExitStatus() -> Never {
        umask(0o077)  // the index, the daemon's log and socket: the owner's only, from the first byte
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch let error as CLIError {
            printError("Error: \(error)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 && error is ExitCode {
                // Help, version, or "nothing found".
                let message = fullMessage(for: error)
                if !message.isEmpty { print(message) }
                Foundation.exit(code.rawValue)
            }
            let message = fullMessage(for: error)
            printError(message.hasPrefix("Error:") ? message : "Error: \(message)")
            Foundation.exit(2)
        }
    }
}

/// How every command that asks the daemon finds it.
struct DaemonOptions: ParsableArguments {
    @Option(help: "Index folder; give it again to search several as one, or tcp://HOST:PORT, ssh://HOST/PATH (default: $MINNES_INDEX, else ./Index).")
    var index: [String] = []

    @Option(help: "Daemon socket (default: $MINNES_SOCKET, else one per index in the user's runtime folder).")
    var socket: String?

    @Flag(help: "Fail instead of starting minnesd when none answers.")
    var noStart = false

    @Flag(help: "Talk to a daemon whose socket is in a folder other users can write to (such as /tmp).")
    var allowSharedDir = false

    /// Where the daemon is, its socket's folder checked.
    func locations() throws -> Locations {
        let locations = try Locations.resolve(index: index.isEmpty ? nil : index.joined(separator: ":"), socket: socket)
        try locations.checkSocketFolder(allowShared: allowSharedDir)
        return locations
    }

    /// GETs path from the daemon (starting it when none answers) and returns the JSON body.
    func get(_ path: String, _ parameters: [(String, String)] = []) throws -> Data {
        let locations = try locations()
        let client = DaemonClient(socketPath: locations.socket, index: locations.index)
        do {
            return try client.get(path, parameters).body
        } catch CLIError.noDaemon where !noStart {
            // Only when nothing listens: a daemon that answers slowly or wrongly is not started again.
            try DaemonLauncher.start(locations)
            return try client.get(path, parameters).body
        } catch CLIError.daemonUnreachable where !noStart && !socketIsAnswering(locations.socket) {
            // It ended as it was asked (its idle time ran out as the request came): nothing listens now.
            try DaemonLauncher.start(locations)
            return try client.get(path, parameters).body
        }
    }
}

extension DaemonOptions {
    /// Asks the daemon, then prints its JSON as it came (--json) or the answer rendered for people,
    /// paged; exits 1 when the answer is empty, as search does when nothing was found.
    func answer<Answer: Decodable>(
        _ path: String, _ parameters: [(String, String)] = [], json: Bool, isEmpty: (Answer) -> Bool,
        render: (Answer) -> String
    ) throws {
        let body = try get(path, parameters)
        let answer = try JSONDecoder().decode(Answer.self, from: body)
        if json { printJSON(body) } else { Pager.show(render(answer)) }
        if isEmpty(answer) { throw ExitCode(1) }
    }
}

/// Prints a daemon's JSON answer as it came.
func printJSON(_ body: Data) {
    FileHandle.standardOutput.write(body)
    print()
}
