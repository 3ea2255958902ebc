import ArgumentParser
import Foundation
import MinnesNormalise

struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List everyone the minutes name: one person per real person, with every spelling seen.",
        discussion: "--json prints name, municipality, variants, municipalities, roles, meetings and raised items."
    )

    @Flag(help: "Print the daemon's JSON answer as it is.")
    var json = false

    @OptionGroup var daemon: DaemonOptions

    func run() async throws {
        let body = try await daemon.get("/v1/people")
        if json { return printJSON(body) }
        let people = try JSONDecoder().decode([PeopleRegister.Entry].self, from: body)
        let terminal = Terminal.standardOutput
        Pager.show(people.sorted(by: { $0.name < $1.name }).map { person in
            let kommun = person.municipality.map { " (\($0))" } ?? ""
            let variants = person.variants.isEmpty ? "" : terminal.dim("  also: " + person.variants.joined(separator: ", "))
            return "\(terminal.bold(person.name))\(kommun) · \(person.meetings.count) meetings · \(person.raised.count) raised\(variants)\n"
        }.joined())
        if people.isEmpty { throw ExitCode(1) }
    }
}
