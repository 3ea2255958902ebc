import ArgumentParser
import Foundation
import MinnesAPI
import MinnesIndex

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Who raised items about a topic: people, best match first, with every raising.",
        discussion: """
            The topic is a query like search's, filters included:
              minnes who försörjningsskyldighet
              minnes who 'Yrkesresan year:2020'
              minnes who familjehem kommun:Helsingborg
            Items whose minutes name no raiser, or a name that fits two people, are listed apart.
            """
    )

    @Argument(parsing: .allUnrecognized, help: "The topic, with filters if you like.")
    var topic: [String]

    func validate() throws { try refuseMistypedOptions(topic) }

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        try daemon.answer(
            Route.who, [("topic", topic.joined(separator: " "))], json: json,
            isEmpty: { (answer: WhoResponse) in answer.people.isEmpty && answer.unattributed.isEmpty }
        ) { render($0, on: .standardOutput) }
    }

    /// A statement as one line of about two hundred characters, cut at a word.
    static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > 200 else { return flat }
        let cut = flat.prefix(200)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }

    func render(_ response: WhoResponse, on terminal: Terminal) -> String {
        func raising(_ raising: WhoResponse.Raising) -> String {
            var line = "  \(raising.date ?? "date unknown")  \(raising.title)"
            if let network = raising.network { line += terminal.dim("  \(network)") }
            if let kommun = raising.viaMunicipality { line += terminal.dim("  (for \(kommun))") }
            if !raising.candidates.isEmpty { line += "  unclear: \(raising.candidates.joined(separator: " or "))" }
            line += terminal.dim("  \(raising.id)") + "\n"
            // Their own words when the minutes give them; else the item's.
            if let statement = raising.statement { return line + "      “\(Self.shortened(statement))”\n" }
            return line + "      \(terminal.snippet(raising.snippet))\n"
        }
        var out = ""
        for person in response.people {
            out += terminal.bold(person.name) + (person.municipality.map { " (\($0))" } ?? "") + "\n"
            out += person.raised.map(raising).joined()
            out += "\n"
        }
        if !response.unattributed.isEmpty {
            out += terminal.bold("No certain raiser in the minutes:") + "\n" + response.unattributed.map(raising).joined() + "\n"
        }
        if response.people.isEmpty && response.unattributed.isEmpty { out += "Nothing about \(response.topic).\n" }
        return out
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "How often a topic came up, per quarter or year, as a bar chart.",
        discussion: "  minnes timeline familjehem\n  minnes timeline --by year 'försörjningsstöd network:IFO'"
    )

    @Argument(parsing: .allUnrecognized, help: "The topic, with filters if you like.")
    var topic: [String]

    func validate() throws { try refuseMistypedOptions(topic) }

    @Option(help: "quarter or year.")
    var by = "quarter"

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    static let barWidth = 40

    func run() throws {
        try daemon.answer(
            Route.timeline, [("topic", topic.joined(separator: " ")), ("by", by)], json: json,
            isEmpty: { (timeline: Timeline) in timeline.total == 0 }
        ) { render($0, on: .standardOutput) }
    }

    func render(_ timeline: Timeline, on terminal: Terminal) -> String {
        guard let most = timeline.periods.map(\.count).max(), most > 0 else { return "Nothing about \(timeline.topic).\n" }
        var out = terminal.bold("\(timeline.topic): \(timeline.total) items") + "\n"
        for period in timeline.periods {
            let width = period.count == 0 ? 0 : max(1, period.count * Self.barWidth / most)
            out += "\(period.period.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                + terminal.bar(String(repeating: "█", count: width)) + (period.count > 0 ? " \(period.count)" : "") + "\n"
        }
        return out
    }
}
