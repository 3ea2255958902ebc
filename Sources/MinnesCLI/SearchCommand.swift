import ArgumentParser
import Foundation
import MinnesDaemon
import MinnesIndex

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the minutes through minnesd, starting it when needed.",
        discussion: """
            Words must all match; use "quotes" for phrases, OR, NOT or -word, and word* for prefixes. \
            Exit status 0 when something was found, 1 when nothing was, 2 on error.
            """
    )

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(help: "How many results to show.")
    var limit = 10

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @Flag(help: "Fail instead of starting minnesd when none answers.")
    var noStart = false

    @OptionGroup var locations: LocationOptions

    func run() async throws {
        let locations = try Locations.resolve(index: locations.index, socket: locations.socket)
        try DaemonLauncher.ensureRunning(locations, autoStart: !noStart)
        let reply = try await DaemonClient(socketPath: locations.socket)
            .get("/v1/search", [("q", query.joined(separator: " ")), ("limit", String(limit))])
        let response = try JSONDecoder().decode(SearchResponse.self, from: reply.body)
        if json {
            FileHandle.standardOutput.write(reply.body)
            print()
        } else {
            print(render(response, on: .standardOutput), terminator: "")
        }
        if response.results.isEmpty { throw ExitCode(1) }
    }

    func render(_ response: SearchResponse, on terminal: Terminal) -> String {
        var out = ""
        for (number, result) in response.results.enumerated() {
            out += "\(number + 1). \(terminal.bold(result.title))\n"
            out += "   " + terminal.dim("\(result.date ?? "date unknown") · \(result.file)") + "\n"
            out += "   \(terminal.snippet(result.snippet))\n\n"
        }
        if let suggestion = response.suggestion {
            out += "Did you mean: \(terminal.bold(suggestion))?\n"
        }
        out += response.results.isEmpty
            ? "No results for \(response.query).\n"
            : "\(response.results.count) of \(response.total) results.\n"
        return out
    }
}
