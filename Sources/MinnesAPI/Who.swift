import MinnesParse

/// Who raised items about a topic: people, best match first (by what they themselves said about it,
/// then by the item's rank), each with every raising. Items whose minutes name no one certain are
/// listed apart, never given an invented raiser.
public struct WhoResponse: Codable, Sendable, Equatable {
    public struct Raising: Codable, Sendable, Equatable {
        public let id: String
        public let date: String?
        public let network: String?
        public let file: String
        public let title: String
        public let snippet: String
        /// The minutes' own words ("Fråga från Christin", "Svalöv efterfrågar").
        public let evidence: String?
        /// Set when a kommun was named as raiser and this person represented it.
        public let viaMunicipality: String?
        /// Everyone the words could mean, when they stay ambiguous.
        public let candidates: [String]
        /// What this person said in the item: the sentences that are theirs.
        public let statement: String?

        public init(
            id: String, date: String?, network: String?, file: String, title: String, snippet: String,
            evidence: String?, viaMunicipality: String?, candidates: [String], statement: String? = nil
        ) {
            (self.id, self.date, self.network, self.file, self.title) = (id, date, network, file, title)
            (self.snippet, self.evidence, self.viaMunicipality, self.candidates) = (snippet, evidence, viaMunicipality, candidates)
            self.statement = statement
        }
    }

    public struct RaisingPerson: Codable, Sendable, Equatable {
        public let name: String
        public let municipality: String?
        public let raised: [Raising]

        public init(name: String, municipality: String?, raised: [Raising]) {
            (self.name, self.municipality, self.raised) = (name, municipality, raised)
        }
    }

    public let topic: String
    public let people: [RaisingPerson]
    /// Matching items with no certain raiser: none named, or a name that fits several people.
    public let unattributed: [Raising]
    /// The shards that did not answer (`address: why`), as in `SearchResponse`.
    public var degraded: [String]?

    public init(topic: String, people: [RaisingPerson], unattributed: [Raising]) {
        (self.topic, self.people, self.unattributed) = (topic, people, unattributed)
    }
}

/// How often a topic came up (items), per quarter or per year, oldest first, empty periods included.
public struct Timeline: Codable, Sendable, Equatable {
    public enum Period: String, Codable, Sendable, CaseIterable {
        case quarter, year
    }

    public struct Count: Codable, Sendable, Equatable {
        /// `2020` or `2020 Q4`.
        public let period: String
        public let count: Int

        public init(period: String, count: Int) {
            (self.period, self.count) = (period, count)
        }
    }

    public let topic: String
    public let by: Period
    public let periods: [Count]
    /// Matching items, dated or not.
    public let total: Int
    /// The shards that did not answer (`address: why`), as in `SearchResponse`.
    public var degraded: [String]?

    public init(topic: String, by: Period, periods: [Count], total: Int) {
        (self.topic, self.by, self.periods, self.total) = (topic, by, periods, total)
    }
}

