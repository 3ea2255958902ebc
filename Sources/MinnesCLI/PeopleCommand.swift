import ArgumentParser
import Foundation
import MinnesAPI
import MinnesNormalise

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List everyone the minutes name: one person per real person, with every spelling seen.",
        discussion: "--json prints name, municipality, variants, municipalities, roles, meetings and raised items."
    )

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() throws {
        let terminal = Terminal.standardOutput
        try daemon.answer(Route.people, json: json, isEmpty: { (people: [PeopleRegister.Entry]) in people.isEmpty }) {
            $0.sorted(by: { $0.name < $1.name }).map { person in
            let kommun = person.municipality.map { " (\($0))" } ?? ""
            let variants = person.variants.isEmpty ? "" : terminal.dim("  also: " + person.variants.joined(separator: ", "))
                return "\(terminal.bold(person.name))\(kommun) · \(person.meetings.count) meetings · \(person.raised.count) raised\(variants)\n"
            }.joined()
        }
    }
}
