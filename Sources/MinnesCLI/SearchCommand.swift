import ArgumentParser
import Foundation
import MinnesAPI
import MinnesIndex

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the minutes through minnesd, starting it when needed.",
        discussion: """
            QUERY LANGUAGE
              familjehem                   a word, in any inflection, also inside compounds
              "skyddat boende"             a phrase
              familjehem Bjuv              all words must match
              familjehem OR jourhem        either; NOT, AND and -word (without) work too
              familjehem*                  words that start so
              Angelholm, fragan            å/ä/ö may be typed without dots
              Hbg, ekonomiskt bistånd      synonyms (Data/synonyms.txt) find each other

            FILTERS (any of a field's names; a filter alone lists what it matches)
            \(Schema.filterHelp)

            EXAMPLES
              minnes search familjehem kommun:Höganäs
              minnes search 'person:"Sanna Löv" date:2020'
              minnes search --sort newest network:Socialchef
              minnes search --facets placeringar

            Results come one per meeting (its best item, "+N more"), unless --flat. Exit status 0 when
            something was found, 1 when nothing was, 2 on error.
            """
    )

    // (Every argument no option takes: a word's NOT, `-budget`, anywhere, even first.)
    @Argument(parsing: .allUnrecognized, help: "What to look for (see the query language below).")
    var query: [String]

    func validate() throws { try refuseMistypedOptions(query) }

    @Option(help: "How many results to show.")
    var limit = 10

    @Option(help: "Skip this many results first.")
    var offset = 0

    @Flag(help: "One result per matching item, not one per meeting.")
    var flat = false

    @Option(help: "relevance, oldest (also date) or newest (also -date, written --sort=-date).")
    var sort: String = "relevance"

    @Flag(help: "Also count the results by kommun, year, network and person.")
    var facets = false

    @Flag(help: "Also say what each word became: its forms (as written, lemma, stem, folded, part) and weights.")
    var explain = false

    @Flag(help: "Count every result for the total (else it is exact when at most 100 items and meetings match, an estimate beyond).")
    var exactTotal = false

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        try daemon.answer(
            Route.search,
            [
                ("q", query.joined(separator: " ")), ("limit", String(limit)), ("offset", String(offset)),
                ("group", flat ? "none" : "meeting"), ("sort", ["oldest": "date", "newest": "-date"][sort] ?? sort), ("facets", facets ? "on" : "off"),
                ("explain", explain ? "on" : "off"), ("total", exactTotal ? "exact" : "estimate"),
            ], json: json, isEmpty: { (response: SearchResponse) in response.results.isEmpty }
        ) { render($0, on: .standardOutput) }
    }

    func render(_ response: SearchResponse, on terminal: Terminal) -> String {
        var out = ""
        if let explanation = response.explanation {
            out += terminal.bold("The query as searched:") + "\n  \(explanation)\n\n"
        }
        for (number, result) in response.results.enumerated() {
            let raisers = result.raisedBy.isEmpty ? "" : " — raised by \(result.raisedBy.joined(separator: ", "))"
            out += "\(number + offset + 1). \(terminal.bold(result.title))\(raisers)\n"
            let network = result.network.map { " · \($0)" } ?? ""
            let meeting = result.kind == "item" ? " · \(result.meetingTitle)" : ""
            out += "   " + terminal.dim("\(result.date ?? "date unknown")\(network) · \(result.file)\(meeting) · \(result.id)") + "\n"
            out += "   \(terminal.snippet(result.snippet))\n"
            if result.more > 0 { out += "   " + terminal.dim("+\(result.more) more in this meeting") + "\n" }
            out += "\n"
        }
        if let suggestion = response.suggestion {
            out += "Did you mean: \(terminal.bold(suggestion))?\n"
        }
        if let facets = response.facets { out += render(facets, on: terminal) }
        out += response.results.isEmpty
            ? "No results for \(response.query).\n"
            : "\(response.results.count) of \(response.totalIsExact == false ? "about " : "")\(response.total) results\(response.grouped ? ", grouped by meeting" : "").\n"
        return out
    }

    func render(_ facets: Facets, on terminal: Terminal) -> String {
        func line(_ label: String, _ counts: [String: Int]) -> String {
            let sorted = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(12)
            return "  \(label.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                + sorted.map { "\($0.key) \($0.value)" }.joined(separator: " · ") + "\n"
        }
        return terminal.bold("Where and when (\(facets.documents) items and meetings):") + "\n"
            + line("kommun", facets.kommun) + line("year", facets.year) + line("network", facets.network)
            + line("person", facets.person) + "\n"
    }
}

/// A query's words may say NOT as `-word`, so the commands that take one collect every argument no
/// option takes; one of two dashes is an option mistyped (`--limt`), said so, not words to look for.
func refuseMistypedOptions(_ words: [String]) throws {
    if let option = words.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
        throw ValidationError("Unknown option '\(option)'")
    }
}
