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
        public let date: String?
        public let network: String?
        /// Who raised the item, by name (empty for meetings and items with no known raiser).
        public let raisedBy: [String]
        /// HTML-escaped text with each match inside `<b>…</b>`.
        public let snippet: String
        public let score: Double

        public init(
            id: String, kind: String, meeting: String, file: String, title: String, meetingTitle: String,
            date: String?, network: String?, raisedBy: [String], snippet: String, score: Double
        ) {
            (self.id, self.kind, self.meeting, self.file, self.title) = (id, kind, meeting, file, title)
            (self.meetingTitle, self.date, self.network, self.raisedBy) = (meetingTitle, date, network, raisedBy)
            (self.snippet, self.score) = (snippet, score)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(meeting, forKey: .meeting)
            try container.encode(file, forKey: .file)
            try container.encode(title, forKey: .title)
            try container.encode(meetingTitle, forKey: .meetingTitle)
            try container.encode(date, forKey: .date)  // null, not absent: the keys are the contract
            try container.encode(network, forKey: .network)
            try container.encode(raisedBy, forKey: .raisedBy)
            try container.encode(snippet, forKey: .snippet)
            try container.encode(score, forKey: .score)
        }
    }

    public let query: String
    /// Xapian's estimate of all matches (exact for small result sets).
    public let total: Int
    public let results: [Result]
    /// A better-spelled query when the index suggests one, else null.
    public let suggestion: String?

    public init(query: String, total: Int, results: [Result], suggestion: String?) {
        (self.query, self.total, self.results, self.suggestion) = (query, total, results, suggestion)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(total, forKey: .total)
        try container.encode(results, forKey: .results)
        try container.encode(suggestion, forKey: .suggestion)
    }
}

/// Why a search could not be answered.
public enum SearchError: Error, CustomStringConvertible, Equatable {
    case emptyQuery
    case badQuery(String)
    case noIndex(String)

    public var description: String {
        switch self {
        case .emptyQuery: "the query is empty"
        case .badQuery(let message): "cannot understand the query: \(message)"
        case .noIndex(let path): "no index at \(path): run `minnes index` first"
        }
    }
}

/// Searches one index through one Xapian handle. Not thread-safe, like the handle: one caller at a time.
public final class Searcher {
    static let snippetLength = 240
    static let retriesOnModified = 3

    /// How much a match only inside a compound counts, against a whole-word match.
    static let compoundWeight = 0.5
    /// Fewer matches than this, and a spelling suggestion is offered.
    static let fewResults = 3
    static let features: QueryParser.Features = [.boolean, .phrase, .loveHate, .wildcard, .pureNot]

    public let indexPath: String
    private let database: Database
    /// The exact layer: Swedish stems, synonyms, spelling suggestions.
    private let exact: QueryParser
    /// The folded layer: what was typed without å/ä/ö dots.
    private let folded: QueryParser
    /// Words and compound parts.
    private let parts: QueryParser

    public init(indexPath: String) throws {
        self.indexPath = indexPath
        do {
            database = try Database(path: indexPath)
        } catch let error as XapianError where error.kind == .databaseNotFound || error.kind == .databaseOpening {
            throw SearchError.noIndex(indexPath)
        }
        let foldingStemmer = try Stemmer(language: Schema.language, folding: true)
        exact = try QueryParser(stemmer: Stemmer(language: Schema.language), database: database)
        folded = try QueryParser(stemmer: foldingStemmer, strategy: .all, database: database)
        parts = try QueryParser(stemmer: foldingStemmer, strategy: .all, database: database)
        try folded.addPrefix(field: "", prefix: Schema.foldedPrefix)
        try parts.addPrefix(field: "", prefix: Schema.partPrefix)
        for parser in [exact, folded, parts] {
            try parser.addPrefix(field: "personid", prefix: Schema.personPrefix, boolean: true)
        }
        for field in ["title", "rubrik"] {
            try exact.addPrefix(field: field, prefix: Schema.titlePrefix)
            try folded.addPrefix(field: field, prefix: Schema.titlePrefix)
            try parts.addPrefix(field: field, prefix: Schema.titlePrefix)
        }
    }

    /// The people register the index was written with.
    public func people() throws -> [PeopleRegister.Entry] {
        try refresh()
        let json = try database.metadata(Schema.peopleKey)
        return json.isEmpty ? [] : try JSONDecoder().decode([PeopleRegister.Entry].self, from: Data(json.utf8))
    }

    public var documentCount: Int {
        get throws { try database.documentCount }
    }

    public var revision: UInt64 {
        get throws { try database.revision }
    }

    /// Brings the handle to the newest committed revision, so a finished `minnes index` is seen.
    public func refresh() throws {
        try database.reopen()
    }

    public func search(_ text: String, limit: Int = 10, offset: Int = 0) throws -> SearchResponse {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw SearchError.emptyQuery }
        // A writer that commits twice while we read invalidates the revision we hold: reopen and retry.
        var attempt = 1
        while true {
            do {
                try database.reopen()
                return try run(text, limit: limit, offset: offset)
            } catch let error as XapianError where error.kind == .databaseModified && attempt < Self.retriesOnModified {
                attempt += 1
            }
        }
    }

    private func run(_ text: String, limit: Int, offset: Int) throws -> SearchResponse {
        let query: Query
        do {
            let text = try resolvingPeople(in: text)
            // Exact matches score in every layer, folded ones in two, compound parts in one, scaled down.
            query = try exact.parse(text, features: Self.features.union([.spellingCorrection, .autoSynonyms, .autoMultiwordSynonyms]))
                .or(try folded.parse(text, features: Self.features))
                .or(try parts.parse(text, features: Self.features.subtracting(.phrase)).scaled(by: Self.compoundWeight))
        } catch let error as XapianError where error.kind == .querySyntax {
            throw SearchError.badQuery(error.message)
        }
        let enquire = try Enquire(database: database)
        try enquire.setQuery(query)
        let matches = try enquire.matches(first: offset, maxItems: limit)

        var results: [SearchResponse.Result] = []
        for index in 0..<matches.count {
            let data = Data(try matches.data(at: index).utf8)
            let score = (try matches.weight(at: index) * 1000).rounded() / 1000
            func snippet(_ text: String) throws -> String {
                try matches.snippet(
                    of: text, maxLength: Self.snippetLength, language: Schema.language, highlightStart: "<b>",
                    highlightEnd: "</b>")
            }
            if let stored = try? JSONDecoder().decode(StoredItem.self, from: data) {
                results.append(
                    .init(
                        id: stored.id, kind: DocumentKind.item.rawValue, meeting: stored.meeting, file: stored.file,
                        title: stored.item.title, meetingTitle: stored.meetingTitle, date: stored.date,
                        network: stored.network, raisedBy: stored.item.raisedBy.compactMap(\.name),
                        snippet: try snippet(stored.item.title + "\n" + stored.item.text), score: score))
            } else {
                let meeting = try JSONDecoder().decode(Meeting.self, from: data)
                let id = Schema.meetingID(file: meeting.file)
                results.append(
                    .init(
                        id: id, kind: DocumentKind.meeting.rawValue, meeting: id, file: meeting.file,
                        title: meeting.title, meetingTitle: meeting.title, date: meeting.date, network: meeting.network,
                        raisedBy: [], snippet: try snippet([meeting.summary, meeting.notes].filter { !$0.isEmpty }.joined(separator: "\n")), score: score))
            }
        }
        // "Menade du …" only when the query finds little: a correction of a query that works is noise.
        let total = max(matches.estimatedTotal, offset + results.count)
        let corrected = total < Self.fewResults ? try exact.correctedQuery() : nil
        return SearchResponse(query: text, total: total, results: results, suggestion: corrected == text ? nil : corrected)
    }

    /// `person:"Filippa Kurve"` (or `vem:`) becomes the filter for that person under any spelling.
    func resolvingPeople(in text: String) throws -> String {
        guard text.contains(/(?i)\b(person|vem):/) else { return text }
        let register = try people()
        return text.replacing(/(?i)\b(?:person|vem):(?:"([^"]*)"|(\S+))/) { match in
            let name = String(match.1 ?? match.2 ?? "")
            let entry = register.first { Folding.key($0.name) == Folding.key(name) }
                ?? register.first { ([$0.name] + $0.variants).contains { Folding.key($0) == Folding.key(name) } }
                ?? register.first { PeopleRegister.isFullName(name) && PeopleRegister.sameName(Folding.key($0.name), Folding.key(name)) }
            return "personid:" + Folding.key(entry?.name ?? name).replacingOccurrences(of: " ", with: "_")
        }
    }

    /// Every meeting in the index, oldest first (undated last).
    public func meetings() throws -> [Meeting] {
        try refresh()
        let enquire = try Enquire(database: database)
        try enquire.setQuery(try Query(term: Schema.kindPrefix + DocumentKind.meeting.rawValue))
        try enquire.sortByValue(slot: Schema.dateSlot)
        let matches = try enquire.matches(first: 0, maxItems: try database.documentCount)
        let meetings = try (0..<matches.count).map {
            try JSONDecoder().decode(Meeting.self, from: Data(try matches.data(at: $0).utf8))
        }
        return meetings.filter { $0.date != nil } + meetings.filter { $0.date == nil }
    }

    /// The meeting with this id, or the meeting of this item id (`m1a2b3c4d.3`).
    public func meeting(id: String) throws -> Meeting? {
        try refresh()
        let meetingID = String(id.split(separator: ".").first ?? "")
        let enquire = try Enquire(database: database)
        try enquire.setQuery(try Query(term: Schema.term(Schema.minnesIDPrefix, meetingID)))
        let matches = try enquire.matches(first: 0, maxItems: 1)
        guard matches.count == 1 else { return nil }
        let meeting = try JSONDecoder().decode(Meeting.self, from: Data(try matches.data(at: 0).utf8))
        if id.contains("."), !meeting.items.contains(where: { "\(meetingID).\($0.position)" == id }) { return nil }
        return meeting
    }
}
