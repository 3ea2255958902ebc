import ArgumentParser
import Foundation
import MinnesAPI
import MinnesIndex
import MinnesParse

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the meetings read from the minutes, oldest first.",
        discussion: "--json prints every field: date, network, place, people, items, raisers, decisions."
    )

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        let terminal = Terminal.standardOutput
        // The daemon answers a page at a time; every meeting is all the pages.
        var pages: [Data] = []
        var meetings: [Meeting] = []
        repeat {
            let body = try daemon.get(Route.meetings, [("limit", String(Self.page)), ("offset", String(meetings.count))])
            let page = try JSONDecoder().decode([Meeting].self, from: body)
            pages.append(body)
            meetings += page
            if page.count < Self.page { break }
        } while true
        if json {
            printJSON(pages.count == 1 ? pages[0] : try Self.joined(pages))
        } else {
            Pager.show(meetings.map { meeting in
                let network = meeting.network ?? "–"
                let place = meeting.place.map { " · \($0)" } ?? ""
                return "\(meeting.date ?? "date unknown")  \(terminal.bold(meeting.title))\n"
                    + terminal.dim(
                        "            \(network)\(place) · \(meeting.attendees.count) present · \(meeting.items.count) items · "
                            + "\(meeting.id ?? "") · \(meeting.file)") + "\n"
            }.joined())
        }
        if meetings.isEmpty { throw ExitCode(1) }
    }

    static let page = 1000

    /// The pages' arrays as one array, keys sorted as the daemon sorts them.
    static func joined(_ pages: [Data]) throws -> Data {
        let items = try pages.flatMap { try JSONSerialization.jsonObject(with: $0) as? [Any] ?? [] }
        return try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .withoutEscapingSlashes])
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one meeting, or one agenda item, in full.",
        discussion: "IDs are shown by search and meetings: m1a2b3c4d5e6 is a meeting, m1a2b3c4d5e6.3 its third item."
    )

    @Argument(help: "A meeting id or an item id.")
    var id: String

    @Flag(help: "Print the daemon's JSON answer (the whole meeting) as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        let position = id.split(separator: ".").dropFirst().first.flatMap { Int($0) }
        try daemon.answer(
            Route.meeting(id), json: json, isEmpty: { (_: Meeting) in false }
        ) { MeetingPrinter(terminal: .standardOutput).render($0, only: position) }
    }
}

/// A meeting as a person reads it in a terminal.
struct MeetingPrinter {
    let terminal: Terminal

    func render(_ meeting: Meeting, only position: Int? = nil) -> String {
        var out = terminal.bold(meeting.title) + "\n"
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out += "  \(label.padding(toLength: 12, withPad: " ", startingAt: 0)) \(value)\n"
        }
        func people(_ list: [Person]) -> String {
            list.map { person in
                [person.municipality, person.role].compactMap { $0 }.isEmpty
                    ? person.name : "\(person.name) (\([person.municipality, person.role].compactMap { $0 }.joined(separator: ", ")))"
            }.joined(separator: ", ")
        }
        field("Date", meeting.date.map { date in meeting.dateAsWritten.map { "\(date) (written \($0))" } ?? date })
        field("Network", meeting.network)
        field("Place", meeting.place)
        field("Present", people(meeting.attendees))
        field("Guests", people(meeting.guests))
        field("Absent", people(meeting.absent))
        field("Chairs", people(meeting.chairs))
        field("Scribe", meeting.scribe.map { people([$0]) })
        field("File", meeting.file + (meeting.format.map { " (\($0))" } ?? ""))
        for item in meeting.items where position == nil || item.position == position {
            out += "\n" + terminal.bold("\(item.position). \(item.title)") + (item.section.map { terminal.dim("  [\($0)]") } ?? "") + "\n"
            for raiser in item.raisedBy { out += "   Raised by: \(describe(raiser))\n" }
            for decision in item.decisions { out += "   Decision: \(decision)\n" }
            let text = item.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "\n   ")
            if !text.isEmpty { out += "   \(text)\n" }
        }
        return out
    }

    func describe(_ raiser: Raiser) -> String {
        if let person = raiser.person {
            let via = raiser.viaMunicipality.map { " for \($0)" } ?? ""
            return "\(person.name)\(via) — “\(raiser.evidence)”"
        }
        if !raiser.candidates.isEmpty {
            return "unclear: \(raiser.candidates.joined(separator: " or ")) — “\(raiser.evidence)”"
        }
        return "\(raiser.viaMunicipality ?? "unknown") — “\(raiser.evidence)”"
    }
}
