import Foundation
import MinnesAPI
import MinnesNormalise
import MinnesParse
import Xapian

extension Searcher {
    static let whoItems = 200

    public func who(_ topic: String) throws -> WhoResponse {
        var people: [(name: String, municipality: String?, raised: [WhoResponse.Raising])] = []
        var unattributed: [WhoResponse.Raising] = []
        for (stored, result) in try items(topic, limit: Self.whoItems) {
            func raising(_ raiser: Raiser?) -> WhoResponse.Raising {
                .init(
                    id: stored.id, date: stored.date, network: stored.network, file: stored.file,
                    title: stored.item.title, snippet: result.snippet, evidence: raiser?.evidence,
                    viaMunicipality: raiser?.viaMunicipality, candidates: raiser?.candidates ?? [])
            }
            if stored.item.raisedBy.isEmpty { unattributed.append(raising(nil)) }
            for raiser in stored.item.raisedBy {
                guard let person = raiser.person else {
                    unattributed.append(raising(raiser))
                    continue
                }
                if let index = people.firstIndex(where: { Folding.key($0.name) == Folding.key(person.name) }) {
                    people[index].raised.append(raising(raiser))
                } else {
                    people.append((person.name, person.municipality, [raising(raiser)]))
                }
            }
        }
        return WhoResponse(
            topic: topic, people: people.map { .init(name: $0.name, municipality: $0.municipality, raised: $0.raised) },
            unattributed: unattributed)
    }
}

extension Searcher {
    public func timeline(_ topic: String, by period: Timeline.Period) throws -> Timeline {
        try fresh {
            let enquire = try enquire()
            try enquire.setQuery(try itemQuery(topic))
            let prefix = period == .year ? Schema.year.prefix! : Schema.quarterPrefix
            let spy = try TermSpy(prefixes: [prefix])
            try enquire.add(spy)
            _ = try enquire.matches(first: 0, maxItems: 0, checkAtLeast: try database.documentCount)
            var counts: [String: Int] = [:]
            for (term, count) in try spy.counts() where period == .quarter || term.count == prefix.count + 4 {
                counts[String(term.dropFirst(prefix.count))] = count
            }
            return Timeline(topic: topic, by: period, periods: Self.filled(counts, by: period), total: spy.documents)
        }
    }

    /// Every period from the first to the last with a count, zeros included, as "2020" or "2020 Q4".
    static func filled(_ counts: [String: Int], by period: Timeline.Period) -> [Timeline.Count] {
        func ordinal(_ key: String) -> Int {
            let year = Int(key.prefix(4)) ?? 0
            return period == .year ? year : year * 4 + (Int(key.suffix(1)) ?? 1) - 1
        }
        func key(_ ordinal: Int) -> String {
            period == .year ? String(ordinal) : "\(ordinal / 4)Q\(ordinal % 4 + 1)"
        }
        guard let first = counts.keys.map(ordinal).min(), let last = counts.keys.map(ordinal).max() else { return [] }
        return (first...last).map { number in
            let name = key(number)
            return .init(period: name.replacingOccurrences(of: "Q", with: " Q"), count: counts[name] ?? 0)
        }
    }
}
