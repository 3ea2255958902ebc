import ArgumentParser
import Foundation
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

    @OptionGroup var daemon: DaemonOptions

    func run() async throws {
        let body = try await daemon.get(
            "/v1/search", [("q", query.joined(separator: " ")), ("limit", String(limit))])
        let response = try JSONDecoder().decode(SearchResponse.self, from: body)
        if json {
            printJSON(body)
        } else {
            print(render(response, on: .standardOutput), terminator: "")
        }
        if response.results.isEmpty { throw ExitCode(1) }
    }

    func render(_ response: SearchResponse, on terminal: Terminal) -> String {
        var out = ""
        for (number, result) in response.results.enumerated() {
            let raisers = result.raisedBy.isEmpty ? "" : " — raised by \(result.raisedBy.joined(separator: ", "))"
            out += "\(number + 1). \(terminal.bold(result.title))\(raisers)\n"
            let network = result.network.map { " · \($0)" } ?? ""
            let meeting = result.kind == "item" ? " · \(result.meetingTitle)" : ""
            out += "   " + terminal.dim("\(result.date ?? "date unknown")\(network) · \(result.file)\(meeting) · \(result.id)") + "\n"
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
