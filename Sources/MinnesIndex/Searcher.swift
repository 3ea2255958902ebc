import Foundation
import MinnesAPI
import MinnesNormalise
import MinnesParse
import Xapian

/// Why a search could not be answered.
public enum SearchError: Error, CustomStringConvertible, Equatable {
    case emptyQuery
    case badQuery(String)
    case queryTooLong(String)
    case noIndex(String)

    public var description: String {
        switch self {
        case .emptyQuery: "the query is empty"
        case .queryTooLong(let why): "the query is too long: \(why)"
        case .badQuery(let message): "cannot understand the query: \(message)"
        case .noIndex(let path): "no index at \(path): run `minnes index` first"
        }
    }
}

/// Searches one index through one Xapian handle. Not thread-safe, like the handle: one caller at a time.
public final class Searcher {
    static let snippetLength = 240
    static let retriesOnModified = 3
    /// What a match counts in each form of a word, against the word as written (1): a document
    /// ranks by the closest form it holds.
    static let lemmaWeight = 0.9, stemWeight = 0.8, foldedWeight = 0.7
    /// How much a match only inside a compound counts.
    static let compoundWeight = 0.5
    /// Fewer matches than this, and a spelling suggestion is offered.
    static let fewResults = 3
    /// Bounds on what one query may cost: its length, its words, and the time its match may take.
    public static let maxQueryLength = 1000
    static let maxQueryWords = 64
    static let timeLimitSeconds = 1.0
    /// The total is counted exactly up to this many matches (all of them when facets count them).
    let exactTotalUpTo: Int
    static let features: QueryParser.Features = [.boolean, .phrase, .loveHate, .wildcard, .pureNot]
    public let indexPath: String
    let database: Database
    /// Parses the query language without stemming: each word then gets its forms (`expanded`), so
    /// the query's own structure (NOT, phrases, NEAR) holds for every form. Synonyms, spelling.
    private let parser: QueryParser
    /// The forms of a word: Swedish stem; stem folded (typed without dots).
    private let exact: Stemmer, folded: Stemmer

    public init(indexPath: String, exactTotalUpTo: Int = 10_000) throws {
        self.indexPath = indexPath
        self.exactTotalUpTo = exactTotalUpTo
        do {
            database = try Database(path: indexPath)
        } catch let error as XapianError where error.kind == .databaseNotFound || error.kind == .databaseOpening {
            throw SearchError.noIndex(indexPath)
        }
        exact = try Stemmer(language: Schema.language)
        folded = try Stemmer(language: Schema.language, folding: .afterStemming)
        parser = try QueryParser(stemmer: exact, strategy: .none, database: database)
        // Filters arrive under their own names (QueryFilters); text fields under any of theirs.
        for field in Schema.fields {
            switch field.kind {
            case .boolean: try parser.addPrefix(field: field.name, prefix: field.prefix!, boolean: true)
            case .text: for name in field.names { try parser.addPrefix(field: name, prefix: field.prefix!) }
            case .range: try parser.addRangeProcessor(slot: field.slot!, prefix: field.name + ":")
            }
        }
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

    /// Runs body on the newest revision; a writer that commits twice meanwhile invalidates the
    /// revision held, which is answered by reopening and trying again.
    func fresh<T>(_ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                try database.reopen()
                return try body()
            } catch let error as XapianError where error.kind == .databaseModified && attempt < Self.retriesOnModified {
                attempt += 1
            } catch let error as XapianError where error.kind == .databaseNotFound || error.kind == .databaseOpening {
                throw SearchError.noIndex(indexPath)  // removed while the daemon ran
            }
        }
    }

    /// The people register the index was written with; decoded once per revision, as every query
    /// with a filter and every facet needs it.
    public func people() throws -> [PeopleRegister.Entry] {
        try fresh {
            let revision = try database.revision
            if let cached = peopleCache, cached.revision == revision { return cached.entries }
            let json = try database.metadata(Schema.peopleKey)
            let entries = json.isEmpty ? [] : try JSONDecoder().decode([PeopleRegister.Entry].self, from: Data(json.utf8))
            peopleCache = (revision, entries)
            return entries
        }
    }

    private var peopleCache: (revision: UInt64, entries: [PeopleRegister.Entry])?

    /// The dictionary the index was written with (its lemmas are the index's), or nil when it was
    /// written without one or that dictionary is gone (words then get their Snowball stems).
    func lexicon() throws -> Lexicon? {
        let identity = try database.metadata(Schema.dictionaryKey)
        guard !identity.isEmpty, identity != "none" else { return nil }
        return try? Lexicon.shared(at: Lexicon.path(inIdentity: identity))
    }

    /// The query as Xapian runs it: filters rewritten, each layer parsed, the layers joined.
    func query(_ text: String) throws -> Query {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw SearchError.emptyQuery }
        guard text.count <= Self.maxQueryLength else {
            throw SearchError.queryTooLong("\(text.count) characters, at most \(Self.maxQueryLength)")
        }
        let words = text.split(whereSeparator: \.isWhitespace).count
        guard words <= Self.maxQueryWords else {
            throw SearchError.queryTooLong("\(words) words, at most \(Self.maxQueryWords)")
        }
        let text = try QueryFilters(people: text.contains(":") ? try people() : []).rewrite(text)
        do {
            let lexicon = try lexicon()
            var lemmas: [String: [String]] = [:]
            for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map({ $0.lowercased() }) {
                if let analysis = lexicon?.analysis(of: word), analysis.known { lemmas[word] = analysis.lemmas }
            }
            return try parser.parse(text, features: Self.features.union([.spellingCorrection, .autoSynonyms, .autoMultiwordSynonyms]))
                .expanded(
                    exact: exact, folded: folded,
                    Query.Expansion(
                        foldedPrefix: Schema.foldedPrefix, dottedPrefix: Schema.dottedPrefix, undottedPrefix: Schema.undottedPrefix,
                        lemmaPrefix: Schema.lemmaPrefix, partPrefix: Schema.partPrefix, lemmaWeight: Self.lemmaWeight,
                        stemWeight: Self.stemWeight, foldedWeight: Self.foldedWeight, partWeight: Self.compoundWeight,
                        textPrefixes: Schema.fields.filter { $0.kind == .text }.compactMap(\.prefix), lemmas: lemmas))
        } catch let error as XapianError where error.kind == .querySyntax {
            throw SearchError.badQuery(error.message)
        }
    }

    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResponse {
        try fresh { try run(text, options: options) }
    }

    private func run(_ text: String, options: SearchOptions) throws -> SearchResponse {
        let query = try query(text)
        // Every match, flat and counted exactly: the total and the facets count documents.
        let all = try enquire()
        try all.setQuery(query)
        let spy = options.facets ? try TermSpy(prefixes: Facets.prefixes) : nil
        if let spy { try all.add(spy) }
        // Every match only when facets count them; else exact up to a bound, an estimate beyond.
        let count = options.facets ? try database.documentCount : exactTotalUpTo
        let total = try all.matches(first: 0, maxItems: 0, checkAtLeast: count).estimatedTotal

        let page = try enquire()
        try page.setQuery(query)
        if options.grouped { try page.collapse(onSlot: Schema.meetingSlot) }
        switch options.order {
        case .relevance: break
        case .date: try page.sortByValue(slot: Schema.dateSlot)
        case .dateDescending: try page.sortByValue(slot: Schema.dateSlot, descending: true)
        }
        let matches = try page.matches(first: options.offset, maxItems: options.limit)
        var results: [SearchResponse.Result] = []
        for index in 0..<matches.count {
            results.append(try result(matches, index, more: options.grouped ? try matches.collapseCount(at: index) : 0))
        }
        // "Menade du …" only when the query finds little: a correction of a query that works is noise.
        let corrected = total < Self.fewResults ? try parser.correctedQuery() : nil
        return SearchResponse(
            query: text, total: total, grouped: options.grouped, results: results,
            suggestion: corrected == text ? nil : corrected,
            facets: try spy.map { try Facets(spy: $0, people: try people()) },
            explanation: options.explain ? QueryExplanation.readable(try query.description) : nil)
    }

    /// An enquire on this handle whose match stops after the time limit.
    func enquire() throws -> Enquire {
        let enquire = try Enquire(database: database)
        try enquire.setTimeLimit(seconds: Self.timeLimitSeconds)
        return enquire
    }

    /// What text asks, among agenda items only: the kind is a filter query, never pasted into the text.
    func itemQuery(_ text: String) throws -> Query {
        try query(text).filtered(by: try Query(term: Schema.term(Schema.kind, DocumentKind.item.rawValue)))
    }

    /// One match as a result: an item, or a meeting whose header or notes matched.
    func result(_ matches: MSet, _ index: Int, more: Int) throws -> SearchResponse.Result {
        let data = Data(try matches.data(at: index).utf8)
        let score = (try matches.weight(at: index) * 1000).rounded() / 1000
        func snippet(_ text: String) throws -> String {
            try matches.snippet(
                of: text, maxLength: Self.snippetLength, language: Schema.language, highlightStart: "<b>",
                highlightEnd: "</b>")
        }
        if let stored = try? JSONDecoder().decode(StoredItem.self, from: data) {
            var result = SearchResponse.Result(
                id: stored.id, kind: DocumentKind.item.rawValue, meeting: stored.meeting, file: stored.file,
                title: stored.item.title, meetingTitle: stored.meetingTitle, date: stored.date,
                network: stored.network, raisedBy: stored.item.raisedBy.compactMap(\.name),
                snippet: try snippet(stored.item.title + "\n" + stored.item.text), score: score, more: more)
            result.format = stored.format
            return result
        }
        let meeting = try JSONDecoder().decode(Meeting.self, from: data)
        let id = Schema.meetingID(file: meeting.file)
        var result = SearchResponse.Result(
            id: id, kind: DocumentKind.meeting.rawValue, meeting: id, file: meeting.file, title: meeting.title,
            meetingTitle: meeting.title, date: meeting.date, network: meeting.network, raisedBy: [],
            snippet: try snippet(meeting.notes),
            score: score, more: more)
        result.format = meeting.format
        return result
    }

    /// The stored data of the best `limit` items matching a query, flat, with their snippets.
    func items(_ text: String, limit: Int) throws -> [(StoredItem, SearchResponse.Result)] {
        try fresh {
            let enquire = try enquire()
            try enquire.setQuery(try itemQuery(text))
            let matches = try enquire.matches(first: 0, maxItems: limit)
            return try (0..<matches.count).map { index in
                let stored = try JSONDecoder().decode(StoredItem.self, from: Data(try matches.data(at: index).utf8))
                return (stored, try result(matches, index, more: 0))
            }
        }
    }

    /// Every meeting in the index, oldest first (undated last).
    public func meetings() throws -> [Meeting] {
        try fresh {
            let enquire = try Enquire(database: database)
            try enquire.setQuery(try Query(term: Schema.term(Schema.kind, DocumentKind.meeting.rawValue)))
            try enquire.sortByValue(slot: Schema.dateSlot)
            let matches = try enquire.matches(first: 0, maxItems: try database.documentCount)
            let meetings = try (0..<matches.count).map {
                try JSONDecoder().decode(Meeting.self, from: Data(try matches.data(at: $0).utf8))
            }
            return meetings.filter { $0.date != nil } + meetings.filter { $0.date == nil }
        }
    }

    /// The meeting with this id, or the meeting of this item id (`m1a2b3c4d.3`).
    public func meeting(id: String) throws -> Meeting? {
        try fresh {
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
}
