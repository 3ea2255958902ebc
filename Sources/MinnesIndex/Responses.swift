import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// The answer to a search, as the daemon sends it and the CLI reads it.
public struct SearchResponse: Codable, Sendable, Equatable {
    public struct Result: Codable, Sendable, Equatable {
        /// The item's id (`m1a2b3c4d.3`), or the meeting's (`m1a2b3c4d`) when its header matched.
        public let id: String
        /// `item` or `meeting`.
        public let kind: String
        public let meeting: String
        /// Path relative to the corpus root.
        public let file: String
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
    /// How many items and meetings match (Xapian's estimate; exact for small sets), grouped or not.
    public let total: Int
    /// Whether results are one per meeting.
    public let grouped: Bool
    public let results: [Result]
    /// A better-spelled query when the query finds little and the index suggests one, else null.
    @Nullable public var suggestion: String?
    /// Counts over the whole result set, when asked for.
    @Nullable public var facets: Facets?

    public init(query: String, total: Int, grouped: Bool, results: [Result], suggestion: String?, facets: Facets?) {
        (self.query, self.total, self.grouped, self.results) = (query, total, grouped, results)
        (self.suggestion, self.facets) = (suggestion, facets)
    }
}

