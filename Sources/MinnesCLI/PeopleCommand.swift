import ArgumentParser
import Foundation
import MinnesAPI
import MinnesNormalise

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List everyone the minutes name: one person per real person, with every spelling seen.",
        discussion: """
            With a name, only the people it means: a full name under any spelling, or one name alone \
            (a first name or a surname), everyone so named.

            --json prints name, municipality, variants, municipalities, roles, meetings and raised items.
            """
    )

    @Argument(help: "A name (a full name, or a first name or surname alone).")
    var name: [String] = []

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        let terminal = Terminal.standardOutput
        let written = name.joined(separator: " ")
        let asked = written.allSatisfy(\.isWhitespace) ? [] : [("name", written)]
        try daemon.answer(Route.people, asked, json: json, isEmpty: { (people: [PeopleRegister.Entry]) in people.isEmpty }) { people in
            if people.isEmpty, let name = asked.first?.1 { return "No one in the minutes is named \(name).\n" }
            return people.sorted(by: { $0.name < $1.name }).map { person in
                let kommun = person.municipality.map { " (\($0))" } ?? ""
                let variants = person.variants.isEmpty ? "" : terminal.dim("  also: " + person.variants.joined(separator: ", "))
                return "\(terminal.bold(person.name))\(kommun) · \(person.meetings.count) meetings · \(person.raised.count) raised\(variants)\n"
            }.joined()
        }
    }
}
