import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// Where and when a result set lives: how many of its documents (items and meetings) are about each
/// kommun (named, or a raiser's; for a meeting, those present), of each year and network, and raised
/// by each person. Year and network count every document once (`unknown` for those without), so
/// each sums to `documents`.
public struct Facets: Codable, Sendable, Hashable {
    static let prefixes = [Schema.municipalityPrefix, Schema.yearPrefix, Schema.networkPrefix, Schema.raiserPrefix]
    static let unknown = "unknown"

    public let documents: Int
    public let kommun: [String: Int]
    public let year: [String: Int]
    public let network: [String: Int]
    public let person: [String: Int]

    init(spy: TermSpy, people: [PeopleRegister.Entry]) throws {
        var kommun: [String: Int] = [:], year: [String: Int] = [:], network: [String: Int] = [:], person: [String: Int] = [:]
        let names = Dictionary(people.map { (Folding.key($0.name).replacingOccurrences(of: " ", with: "_"), $0.name) }) { a, _ in a }
        let kommunNames = Dictionary(Municipality.all.map { (Folding.key($0), $0) }) { a, _ in a }
        for (term, count) in try spy.counts() {
            // Longest prefixes first: XK, XN and XP before Y.
            if term.hasPrefix(Schema.municipalityPrefix) {
                let key = String(term.dropFirst(Schema.municipalityPrefix.count))
                kommun[kommunNames[key] ?? key, default: 0] += count
            } else if term.hasPrefix(Schema.networkPrefix) {
                network[Self.networkName(String(term.dropFirst(Schema.networkPrefix.count))), default: 0] += count
            } else if term.hasPrefix(Schema.raiserPrefix) {
                let key = String(term.dropFirst(Schema.raiserPrefix.count))
                person[names[key] ?? key.replacingOccurrences(of: "_", with: " "), default: 0] += count
            } else if term.hasPrefix(Schema.yearPrefix), term.count == Schema.yearPrefix.count + 4 {
                year[String(term.dropFirst(Schema.yearPrefix.count)), default: 0] += count
            }
        }
        documents = spy.documents
        let dated = year.values.reduce(0, +), networked = network.values.reduce(0, +)
        if dated < documents { year[Self.unknown] = documents - dated }
        if networked < documents { network[Self.unknown] = documents - networked }
        (self.kommun, self.year, self.network, self.person) = (kommun, year, network, person)
    }

    static func networkName(_ key: String) -> String {
        switch key {
        case "ifo": "IFO"
        case "socialchef": "Socialchef"
        default: key.prefix(1).uppercased() + key.dropFirst()
        }
    }
}
