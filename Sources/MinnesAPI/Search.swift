import MinnesParse

/// The answer to a search, as the daemon sends it and the CLI reads it.
public struct SearchResponse: Codable, Sendable, Equatable {
    public struct Result: Codable, Sendable, Equatable {
        /// The item's id (`m1a2b3c4d5e6.3`), or the meeting's (`m1a2b3c4d5e6`) when its header matched.
        public let id: String
        /// `item` or `meeting`.
        public let kind: String
        public let meeting: String
        /// Path relative to the corpus root.
        public let file: String
        /// What the file is: `text`, `docx`, `odt`, `pdf`, `doc`, `rtf`.
        @Nullable public var format: String?
        /// The item's title, or the meeting's.
        public let title: String
        public let meetingTitle: String
        /// `YYYY-MM-DD`, or null when the date is not known.
        @Nullable public var date: String?
        @Nullable public var network: String?
        /// Who raised the item, by name (empty for meetings and items with no known raiser).
        public let raisedBy: [String]
        /// HTML-escaped text with each match inside `<b>…</b>`.
        public let snippet: String
        public let score: Double
        /// When grouped: at least how many more matches the same meeting has.
        public let more: Int
        /// The archive it comes from, when several are searched as one (ids then start with it).
        public var archive: String?

        public init(
            id: String, kind: String, meeting: String, file: String, title: String, meetingTitle: String,
            date: String?, network: String?, raisedBy: [String], snippet: String, score: Double, more: Int = 0
        ) {
            (self.id, self.kind, self.meeting, self.file, self.title) = (id, kind, meeting, file, title)
            (self.meetingTitle, self.date, self.network, self.raisedBy) = (meetingTitle, date, network, raisedBy)
            (self.snippet, self.score, self.more) = (snippet, score, more)
        }
    }

    public let query: String
    /// How many results there are to page through: meetings when grouped, else items and meetings.
    /// Exact when at most 100 documents match, or when asked (`exactTotal`) or facets count; else
    /// Xapian's estimate.
    public let total: Int
    /// Whether `total` is the count rather than an estimate (null from a daemon older than the field).
    @Nullable public var totalIsExact: Bool?
    /// Whether results are one per meeting.
    public let grouped: Bool
    public let results: [Result]
    /// A better-spelled query when the query finds little and the index suggests one, else null.
    @Nullable public var suggestion: String?
    /// Counts over the whole result set, when asked for.
    @Nullable public var facets: Facets?
    /// What each word of the query became (its forms, by closeness), when asked for.
    @Nullable public var explanation: String?
    /// The query Xapian ran, serialised (`Query::serialise`) and in base64, when an explanation is asked
    /// for: what a benchmark runs in Xapian alone to compare.
    public var xapianQuery: String?
    /// The shards that did not answer (`address: why`): the answer is from the others. Absent when
    /// every shard answered.
    public var degraded: [String]?

    public init(
        query: String, total: Int, totalIsExact: Bool = true, grouped: Bool, results: [Result], suggestion: String?,
        facets: Facets?, explanation: String? = nil
    ) {
        (self.query, self.total, self.totalIsExact, self.grouped, self.results) = (query, total, totalIsExact, grouped, results)
        (self.suggestion, self.facets, self.explanation) = (suggestion, facets, explanation)
    }
}


/// Where and when a result set lives: how many of its documents (items and meetings) are about each
/// kommun (named, or a raiser's; for a meeting, those present), of each year and network, and raised
/// by each person. Year and network count every document once (`unknown` for those without), so
/// each sums to `documents`. The keys are the facets of the index's field table.
public struct Facets: Codable, Sendable, Hashable {
    public static let unknown = "unknown"

    public let documents: Int
    public let kommun: [String: Int]
    public let year: [String: Int]
    public let network: [String: Int]
    public let person: [String: Int]

    /// From counts per facet key (`kommun`, `year`, `network`, `person`).
    public init(documents: Int, counts: [String: [String: Int]]) {
        self.documents = documents
        var year = counts["year"] ?? [:], network = counts["network"] ?? [:]
        let dated = year.values.reduce(0, +), networked = network.values.reduce(0, +)
        if dated < documents { year[Self.unknown] = documents - dated }
        if networked < documents { network[Self.unknown] = documents - networked }
        (kommun, self.year, self.network, person) = (counts["kommun"] ?? [:], year, network, counts["person"] ?? [:])
    }

    /// The facet keys this answer carries, as JSON names them.
    public static let keys = ["kommun", "year", "network", "person"]
}

/// How results come back (`/v1/search`'s parameters).
public struct SearchOptions: Sendable, Equatable {
    public enum Order: String, Sendable, CaseIterable {
        case relevance, date
        case dateDescending = "-date"
    }

    public enum Grouping: String, Sendable, CaseIterable { case meeting, none }

    public var limit = 10
    public var offset = 0
    /// One result per meeting (its best item, and how many more matched), or every match.
    public var grouped = true
    public var order = Order.relevance
    /// Count the whole result set by kommun, year, network and person.
    public var facets = false
    /// Say what each word of the query became.
    public var explain = false
    /// Count every result for the total, however many (else exact only up to a bound).
    public var exactTotal = false

    public static let maxLimit = 1000

    public init(
        limit: Int = 10, offset: Int = 0, grouped: Bool = true, order: Order = .relevance, facets: Bool = false,
        explain: Bool = false, exactTotal: Bool = false
    ) {
        (self.limit, self.offset, self.grouped, self.order, self.facets) = (limit, offset, grouped, order, facets)
        (self.explain, self.exactTotal) = (explain, exactTotal)
    }
}
