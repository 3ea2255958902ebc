import Foundation
import MinnesAPI
import MinnesNormalise
import MinnesParse
import Xapian

extension Searcher {
    static let whoItems = 200

    public func who(_ topic: String) throws -> WhoResponse {
        struct Found {
            var name: String, municipality: String?
            var raised: [(raising: WhoResponse.Raising, said: Double, rank: Int)]
            var said: Double { raised.map(\.said).max() ?? 0 }
        }
        var people: [Found] = []
        var unattributed: [WhoResponse.Raising] = []
        let topicWords = StatementMatcher(topic: topic, lexicon: try lexicon())
        // One person whatever archive named them, by the register merged across archives.
        var names: [String: String] = [:]
        for entry in try self.people() {
            for spelling in [entry.name] + entry.variants where PeopleRegister.isFullName(spelling) {
                names[Folding.key(spelling)] = entry.name
            }
        }
        for (rank, (stored, result)) in try items(topic, limit: Self.whoItems).enumerated() {
            func raising(_ raiser: Raiser?) -> WhoResponse.Raising {
                .init(
                    id: result.id, date: result.date, network: result.network, file: result.file,
                    title: stored.item.title, snippet: result.snippet, evidence: raiser?.evidence,
                    viaMunicipality: raiser?.viaMunicipality, candidates: raiser?.candidates ?? [],
                    statement: raiser.map(\.statement).flatMap { $0.isEmpty ? nil : $0 })
            }
            if stored.item.raisedBy.isEmpty { unattributed.append(raising(nil)) }
            for raiser in stored.item.raisedBy {
                guard let person = raiser.person else {
                    unattributed.append(raising(raiser))
                    continue
                }
                // What they said themselves about the topic ranks them, not only the item they spoke in.
                let entry = (raising(raiser), topicWords.score(raiser.statement), rank)
                let name = names[Folding.key(person.name)] ?? person.name
                if let index = people.firstIndex(where: { Folding.key($0.name) == Folding.key(name) }) {
                    people[index].raised.append(entry)
                } else {
                    people.append(Found(name: name, municipality: person.municipality, raised: [entry]))
                }
            }
        }
        // Stable: among equals, the order of the items' ranks stays.
        let ranked = people.enumerated().sorted { ($1.element.said, $0.offset) < ($0.element.said, $1.offset) }.map(\.element)
        var response = WhoResponse(
            topic: topic,
            people: ranked.map { found in
                .init(
                    name: found.name, municipality: found.municipality,
                    raised: found.raised.enumerated().sorted { ($1.element.said, $0.offset) < ($0.element.said, $1.offset) }
                        .map(\.element.raising))
            },
            unattributed: unattributed)
        response.degraded = degraded.isEmpty ? nil : degraded
        return response
    }
}

/// How much of a topic a statement speaks of: the share of the topic's words it holds in any form
/// (as written, folded, a lemma), or inside a compound (half).
struct StatementMatcher {
    let words: [Set<String>]
    let lexicon: Lexicon?

    init(topic: String, lexicon: Lexicon?) {
        self.lexicon = lexicon
        let plain = topic.split(whereSeparator: \.isWhitespace).filter { !$0.contains(":") }
            .filter { !["AND", "OR", "NOT", "NEAR", "XOR"].contains(String($0)) }.joined(separator: " ")
        words = Folding.lowercaseWords(in: plain).map { Self.forms($0, lexicon) }
    }

    static func forms(_ word: String, _ lexicon: Lexicon?) -> Set<String> {
        Set([Folding.key(word)] + (lexicon?.analysis(of: word).lemmas ?? []).map(Folding.key))
    }

    func score(_ statement: String) -> Double {
        guard !words.isEmpty, !statement.isEmpty else { return 0 }
        let said = Folding.lowercaseWords(in: statement).map { Self.forms($0, lexicon) }
        let all = said.reduce(into: Set<String>()) { $0.formUnion($1) }
        let found = words.map { forms -> Double in
            if !forms.isDisjoint(with: all) { return 1 }
            let inside = forms.contains { form in form.count >= 4 && all.contains { $0.count > form.count && $0.contains(form) } }
            return inside ? 0.5 : 0
        }
        return found.reduce(0, +) / Double(words.count)
    }
}

extension Searcher {
    public func timeline(_ topic: String, by period: Timeline.Period) throws -> Timeline {
        try fresh {
            let enquire = try enquire()
            try enquire.setQuery(try itemQuery(topic))
            let prefix = Schema.quarterPrefix
            let spy = try TermSpy(prefixes: [prefix])
            // A remote shard runs only Xapian's own spies: its matches' documents are counted here.
            if !shards.hasRemote { try enquire.add(spy) }
            let matches = try enquire.matches(
                first: 0, maxItems: shards.hasRemote ? Self.remoteFacetMatches : 0, checkAtLeast: try database.documentCount)
            if shards.hasRemote { try spy.count(matches) }
            var counts: [String: Int] = [:]
            for (term, count) in try spy.counts() {
                let quarter = term.dropFirst(prefix.count)  // a year's count is its quarters'
                counts[String(period == .year ? quarter.prefix(4) : quarter), default: 0] += count
            }
            var timeline = Timeline(topic: topic, by: period, periods: Self.filled(counts, by: period), total: spy.documents)
            timeline.degraded = degraded.isEmpty ? nil : degraded
            return timeline
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
