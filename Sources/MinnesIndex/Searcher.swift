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
    /// None of the shards searched as one answered.
    case unavailable(String)

    public var description: String {
        switch self {
        case .emptyQuery: "the query is empty"
        case .queryTooLong(let why): "the query is too long: \(why)"
        case .badQuery(let message): "cannot understand the query: \(message)"
        case .noIndex(let path): "no index at \(path): run `minnes index` first"
        case .unavailable(let why): "no index answered: \(why)"
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
    /// The total is counted exactly up to this many results (always when asked, or facets count).
    let exactTotalUpTo: Int
    static let features: QueryParser.Features = [.boolean, .phrase, .loveHate, .wildcard, .pureNot]
    /// The index, or several searched as one (`IndexAddress.list`).
    public let indexPath: String
    let addresses: [IndexAddress]
    /// How long a remote shard may take to answer before the others answer without it.
    let shardTimeout: Double
    /// A shard left out is tried again after this long.
    static let retryMissingAfter = 10.0
    private(set) var shards: Shards
    var database: Database { shards.database }
    /// Parses the query language without stemming: each word then gets its forms (`expanded`), so
    /// the query's own structure (NOT, phrases, NEAR) holds for every form. Synonyms, spelling.
    private var parser: QueryParser
    /// The forms of a word: Swedish stem; stem folded (typed without dots).
    private let exact: Stemmer, folded: Stemmer

    public init(indexPath: String, exactTotalUpTo: Int = 100, shardTimeout: Double = 5) throws {
        self.indexPath = indexPath
        self.exactTotalUpTo = exactTotalUpTo
        self.shardTimeout = shardTimeout
        addresses = try IndexAddress.list(indexPath)
        exact = try Stemmer(language: Schema.language)
        folded = try Stemmer(language: Schema.language, folding: .afterStemming)
        shards = try Shards(addresses, timeout: shardTimeout)
        parser = try Self.parser(exact, shards.vocabulary)
    }

    private static func parser(_ exact: Stemmer, _ vocabulary: Database) throws -> QueryParser {
        let parser = try QueryParser(stemmer: exact, strategy: .none, database: vocabulary)
        // Filters arrive under their own names (QueryFilters); text fields under any of theirs.
        for field in Schema.fields {
            switch field.kind {
            case .boolean where [.person, .year].contains(field.value) || field.name == Schema.kind.name:
                try parser.addBooleanPrefixWithAlternatives(field: field.name, prefix: field.prefix!)
            case .boolean: try parser.addPrefix(field: field.name, prefix: field.prefix!, boolean: true)
            case .text: for name in field.names { try parser.addPrefix(field: name, prefix: field.prefix!) }
            case .range: try parser.addRangeProcessor(slot: field.slot!, prefix: field.name + ":")
            }
        }
        try parser.setQuery(field: Schema.kind.name, value: DocumentKind.item.rawValue, try Self.items())
        return parser
    }

    /// The meetings' documents.
    static func meetings() throws -> Query {
        try Query(term: Schema.term(Schema.kind, DocumentKind.meeting.rawValue))
    }

    /// The agenda items: the documents that are not meetings (only a meeting holds its kind's term).
    static func items() throws -> Query {
        try Query.all().without(try meetings())
    }

    /// `year:YYYY` as its quarters' terms (the index keeps no year term).
    private func askYears(_ years: Set<String>) throws {
        for year in years {
            let quarters = try (1...4).map { try Query(term: Schema.quarterTerm(year: year, quarter: $0)) }
            try parser.setQuery(field: Schema.year.name, value: year, try quarters.dropFirst().reduce(quarters[0]) { try $0.or($1) })
        }
    }

    /// Opens every shard again: after one stopped answering, or to take back one left out.
    private func reconnect() throws {
        shards = try Shards(addresses, timeout: shardTimeout)
        parser = try Self.parser(exact, shards.vocabulary)
    }

    /// The shards that did not answer, as `address: why`; empty when every one did.
    public var degraded: [String] {
        shards.missing.map { "\($0.address): \($0.reason)" }
    }

    public var documentCount: Int {
        get throws { try database.documentCount }
    }

    public var revision: UInt64 {
        get throws { try shards.revision }
    }

    /// Brings the handle to the newest committed revision, so a finished `minnes index` is seen.
    public func refresh() throws {
        try fresh {}
    }

    /// Runs body on the newest revision; a writer that commits twice meanwhile invalidates the
    /// revision held, which is answered by reopening and trying again.
    /// A shard that stops answering is left out and the question asked again of the others.
    func fresh<T>(_ body: () throws -> T) throws -> T {
        let retry = !shards.missing.isEmpty && Date().timeIntervalSince(shards.opened) > Self.retryMissingAfter
        if retry || shards.replaced { try reconnect() }
        var attempt = 1
        while true {
            do {
                try shards.reopen()
                return try body()
            } catch let error as XapianError where error.kind == .databaseModified && attempt < Self.retriesOnModified {
                attempt += 1
            } catch let error as XapianError where error.kind == .network && attempt < Self.retriesOnModified {
                attempt += 1
                try reconnect()
            } catch let error as XapianError where error.kind == .databaseNotFound || error.kind == .databaseOpening {
                throw SearchError.noIndex(indexPath)  // removed while the daemon ran
            }
        }
    }

    /// The people register the index was written with, names only (`PeopleRegister.names`), merged
    /// across archives (PeopleRegister.merged); decoded once per revision for the whole process, as
    /// every query with a filter and every facet needs it (`PerRevision`).
    public func people() throws -> [PeopleRegister.Entry] {
        try fresh { try registerOfNames() }
    }

    private func registerOfNames() throws -> [PeopleRegister.Entry] {
        try perRevision(Shared.people) { try register(namesOnly: true) }
    }

    /// The register of names as `person:` filters look people up in it, made once per revision.
    /// (Asked within a search, which opened the index afresh already.)
    func names() throws -> PeopleRegister.Names {
        try perRevision(Shared.names) { PeopleRegister.Names(try registerOfNames()) }
    }

    /// What load makes of the shards that answered, once per revision for the process. The shards are
    /// part of the key: another set has another register, whatever its revisions add up to.
    private func perRevision<Value>(_ kept: PerRevision<Value>, load: () throws -> Value) throws -> Value {
        let key = addresses.map(\.description).joined(separator: "\n") + "\nmissing "
            + shards.missing.map(\.address.description).sorted().joined(separator: " ") + "\nas opened " + shards.identity
        return try kept.value(for: key, revision: try shards.revision, freshFor: shards.hasRemote ? Shards.remoteFreshFor : nil, load: load)
    }

    /// The stems (`Z…`) of the index's words written with å, ä, ö, é …, by their fold: what a word
    /// typed without dots searches of them ("vald" → våld). The index keeps no layer of them.
    func dottedStems() throws -> [String: [String]] {
        try perRevision(Shared.dotted) {
            Dictionary(grouping: try database.foldedTerms(prefix: Schema.stemPrefix), by: \.fold).mapValues { $0.map(\.term) }
        }
    }

    /// The networks' names by their terms' codes (`Schema.networkCode`), each as a meeting holding
    /// it writes it: a few small matches once per revision.
    func networkNames() throws -> [String: String] {
        try perRevision(Shared.networks) {
            let prefix = Schema.network.prefix!
            let meetings = try Self.meetings()
            var names: [String: String] = [:]
            for (_, term) in try database.foldedTerms(prefix: prefix) {
                let enquire = try Enquire(database: database)
                try enquire.setQuery(try Query(term: term).filtered(by: meetings))
                let matches = try enquire.matches(first: 0, maxItems: 1)
                guard matches.count > 0 else { continue }
                let stored = try StoredJSON.decoder.decode(StoredResult.self, from: Data(try matches.data(at: 0).utf8))
                names[String(term.dropFirst(prefix.count))] = stored.network
            }
            return names
        }
    }

    /// The index's words written without dots that the dictionary does not know, of a folded stem:
    /// what a word typed with dots searches of text that may have lost them ("Frågan" → fragan). They
    /// start with the stem (Snowball's Swedish stems are a word's beginning), so one look at that
    /// part of the vocabulary finds them; the index keeps no layer of them.
    private func undottedWords(of stem: String, _ lexicon: Lexicon?) throws -> [String] {
        guard !stem.isEmpty else { return [] }
        return try database.foldedTerms(prefix: stem).compactMap { rest, word in
            guard stem + rest == word, word.utf8.count <= stem.utf8.count + Self.longestSuffix, try folded.stem(word) == stem,
                lexicon?.analysis(of: word).known != true
            else { return nil }
            return word
        }
    }

    /// More than the Swedish stemmer takes off a word (a suffix, a doubled consonant, -lig/-els).
    static let longestSuffix = 12

    /// The whole people register, with where each person was listed and what they raised
    /// (`/v1/people`): read afresh each time, as it is large and seldom asked for.
    public func register() throws -> [PeopleRegister.Entry] {
        try fresh { try register(namesOnly: false) }
    }

    private func register(namesOnly: Bool) throws -> [PeopleRegister.Entry] {
        let names = namesOnly ? try shards.metadata(Schema.peopleNamesKey) : []
        // An index written before the names were kept apart has only the whole register.
        let namesKept = namesOnly && names.allSatisfy { !$0.value.isEmpty }
        let registers = try (namesKept ? names : try shards.metadata(Schema.peopleKey)).map { archive, kept in
            let entries = try KeptRegister.entries(Data(kept.utf8))
            return (archive, namesOnly && !namesKept ? PeopleRegister.names(entries) : entries)
        }
        return registers.count == 1 ? registers[0].1 : PeopleRegister.merged(registers)
    }

    /// The dictionary the index was written with (its lemmas are the index's), or nil when it was
    /// written without one or that dictionary is gone (words then get their Snowball stems).
    func lexicon() throws -> Lexicon? {
        let identity = shards.dictionary
        guard !identity.isEmpty, identity != "none" else { return nil }
        return try? Lexicon.shared(at: Lexicon.path(inIdentity: identity))
    }

    /// The prefixes of the fields that hold text (`title:`, `decision:`).
    static let textPrefixes = QueryFilters.textFields.compactMap(\.prefix)

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
        var filters = QueryFilters(people: text.contains(":") ? try names() : PeopleRegister.Names([]))
        filters.everySpelling = shards.labelled
        let text = try filters.rewrite(text)
        do {
            try parser.setAlternatives(field: Schema.person.name, try attendance(of: filters.askedFor[Schema.person.name] ?? [:]))
            try parser.setAlternatives(field: Schema.raiser.name, Self.raisings(of: filters.askedFor[Schema.raiser.name] ?? [:]))
            try askYears(filters.years)
            let lexicon = try lexicon()
            var lemmas: [String: [String]] = [:]
            // What the index keeps no term of: a word typed without dots, the stems of those written
            // with them; a field's word, the field's words of its stem (found among them).
            // Typed with dots, the words written without that the dictionary does not know.
            let dotted = try dottedStems()
            for word in Folding.lowercaseWords(in: text) {
                if let analysis = lexicon?.analysis(of: word), analysis.known { lemmas[word] = analysis.lemmas }
                guard Folding.key(word) == word else {
                    let key = try folded.stem(word), undotted = try undottedWords(of: key, lexicon)
                    if !undotted.isEmpty { lemmas[Schema.undottedPrefix + key] = undotted }
                    continue
                }
                for key in [try folded.stem(word), word] { if let stems = dotted[key] { lemmas[Schema.dottedPrefix + key] = stems } }
            }
            for (prefix, word) in QueryFilters.fieldWords(in: text) {
                let stem = try exact.stem(word)
                let alike = try database.foldedTerms(prefix: prefix + stem).map(\.term).filter {
                    try exact.stem(String($0.dropFirst(prefix.count))) == stem
                }
                if !alike.isEmpty { lemmas[Schema.stemPrefix + prefix + stem] = alike }
            }
            let expansion = Query.Expansion(
                foldedPrefix: Schema.foldedPrefix, dottedPrefix: Schema.dottedPrefix, undottedPrefix: Schema.undottedPrefix,
                lemmaPrefix: Schema.lemmaPrefix, partPrefix: Schema.partPrefix, lemmaWeight: Self.lemmaWeight,
                stemWeight: Self.stemWeight, foldedWeight: Self.foldedWeight, partWeight: Self.compoundWeight,
                textPrefixes: Self.textPrefixes, lemmas: lemmas)
            return try parser.parse(text, features: Self.features.union([.spellingCorrection, .autoSynonyms, .autoMultiwordSynonyms]))
                .expanded(exact: exact, folded: folded, expansion)
        } catch let error as XapianError where error.kind == .querySyntax {
            throw SearchError.badQuery(error.message)
        }
    }

    /// What each `person:VALUE` matches besides the documents holding its own term: for each person
    /// it means (`asked`: the value to their keys), the meetings they attended (their term), the items
    /// they raised, and every item of those meetings, by the meeting's term (`Schema.meetingTerm`: of
    /// another archive, a file of the same name is another meeting). An item holds no person terms
    /// of its own: they were a fifteenth of the index. Each person's meetings' terms are counted by a
    /// spy in one match (over a remote shard, from the matches' documents).
    private func attendance(of asked: [String: [String]]) throws -> [String: [[String]]] {
        var byPerson: [String: [[String]]] = [:]
        for key in Set(asked.values.joined()) {
            let spy = try TermSpy(prefixes: [Schema.meetingPrefix])
            let attended = try Enquire(database: database)
            try attended.setQuery(try Query(term: Schema.term(Schema.person.prefix!, key)))
            if !shards.hasRemote { try attended.add(spy) }
            let matches = try attended.matches(
                first: 0, maxItems: shards.hasRemote ? try database.documentCount : 0, checkAtLeast: try database.documentCount)
            if shards.hasRemote { try spy.count(matches) }
            byPerson[key] = [[Schema.term(Schema.raiser.prefix!, key)]] + (try spy.counts()).keys.sorted().map { [$0] }
        }
        // (A value's own term stands for itself.)
        return asked.reduce(into: [:]) { alternatives, asked in
            alternatives[asked.key] = asked.value.flatMap { key in (key == asked.key ? [] : [[Schema.term(Schema.person.prefix!, key)]]) + byPerson[key]! }
        }
    }

    /// What each `raised:VALUE` matches besides its own term: the items raised by each person it means.
    private static func raisings(of asked: [String: [String]]) -> [String: [[String]]] {
        asked.reduce(into: [:]) { alternatives, asked in
            alternatives[asked.key] = asked.value.filter { $0 != asked.key }.map { [Schema.term(Schema.raiser.prefix!, $0)] }
        }
    }

    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResponse {
        try fresh { try run(text, options: options) }
    }

    /// Facets over a remote shard are counted from at most this many matches' documents (its server
    /// runs only Xapian's own spies, so they are fetched and counted here).
    static let remoteFacetMatches = 2_000

    private func run(_ text: String, options: SearchOptions) throws -> SearchResponse {
        let query = try query(text)
        // Facets count every match, flat (documents, not meetings): a pass of its own that sees them all.
        let spy = options.facets ? try TermSpy(prefixes: Facets.prefixes) : nil
        if let spy {
            let all = try enquire()
            try all.setQuery(query)
            if !shards.hasRemote { try all.add(spy) }
            let counted = try all.matches(
                first: 0, maxItems: shards.hasRemote ? Self.remoteFacetMatches : 0, checkAtLeast: try database.documentCount)
            if shards.hasRemote { try spy.count(counted) }
        }

        // One match for the page and its total: what the user pages through (meetings when grouped),
        // exact up to a bound or when asked for, else Xapian's estimate (and said to be one).
        let page = try enquire()
        try page.setQuery(query)
        if options.grouped { try page.collapse(onSlot: Schema.meetingSlot) }
        switch options.order {
        case .relevance: break
        case .date: try page.sortByValue(slot: Schema.dateSlot)
        case .dateDescending: try page.sortByValue(slot: Schema.dateSlot, descending: true)
        }
        let checkAtLeast = options.exactTotal || options.facets ? try database.documentCount : exactTotalUpTo
        let matches = try page.matches(first: options.offset, maxItems: options.limit, checkAtLeast: checkAtLeast)
        // Collapsed, Xapian 1.4 keeps the count an estimate even when it looked at every document;
        // it did when it looked at fewer than it was to look at least (or its time limit stopped it),
        // and then the meetings it saw (the lower bound) are the count.
        let seenAll = options.grouped && matches.uncollapsedLowerBound < checkAtLeast
        let (total, totalIsExact) = matches.totalIsExact ? (matches.estimatedTotal, true)
            : seenAll ? (matches.lowerBound, true) : (matches.estimatedTotal, false)
        var results: [SearchResponse.Result] = []
        var headers = Headers()
        for index in 0..<matches.count {
            results.append(try result(matches, index, more: options.grouped ? try matches.collapseCount(at: index) : 0, headers: &headers))
        }
        // "Menade du …" only when the query finds little: a correction of a query that works is noise.
        let corrected = total < Self.fewResults ? try parser.correctedQuery() : nil
        var response = SearchResponse(
            query: text, total: total, totalIsExact: totalIsExact, grouped: options.grouped, results: results,
            suggestion: corrected == text ? nil : corrected,
            facets: try spy.map { try Facets(spy: $0, people: try people(), networks: try networkNames()) },
            explanation: options.explain ? QueryExplanation.readable(try query.description) : nil)
        response.degraded = degraded.isEmpty ? nil : degraded
        if options.explain { response.xapianQuery = try query.serialised.base64EncodedString() }
        return response
    }

    /// An enquire on this handle whose match stops after the time limit.
    func enquire() throws -> Enquire {
        let enquire = try Enquire(database: database)
        try enquire.setTimeLimit(seconds: Self.timeLimitSeconds)
        return enquire
    }

    /// What text asks, among agenda items only: the kind is a filter query, never pasted into the text.
    func itemQuery(_ text: String) throws -> Query {
        try query(text).filtered(by: try Self.items())
    }

    /// The meetings' headers one answer has read, by database and meeting id.
    typealias Headers = [String: StoredHeader]

    /// The header of the meeting with this id, from the database that holds docid (another archive
    /// may hold a file of the same name); each read once for an answer.
    func header(_ meetingID: String, of docid: UInt32, _ headers: inout Headers) throws -> StoredHeader? {
        let database = shards.database(ofDocument: docid), key = "\(database) \(meetingID)"
        if let header = headers[key] { return header }
        let found = try self.database.documents(term: Schema.term(Schema.idPrefix, meetingID))
        guard let meeting = found.first(where: { shards.database(ofDocument: $0) == database }) else { return nil }
        let value = try self.database.value(of: meeting, slot: Schema.headerSlot)
        let header = try StoredJSON.decoder.decode(StoredHeader.self, from: Data(value.utf8))
        headers[key] = header
        return header
    }

    /// One match as a result: an item (with its meeting's header), or a meeting whose header or notes matched.
    func result(_ matches: MSet, _ index: Int, more: Int, headers: inout Headers) throws -> SearchResponse.Result {
        let data = Data(try matches.data(at: index).utf8)
        let docid = try matches.documentID(at: index)
        let id = { (id: String) in self.shards.id(id, docid: docid) }
        let score = (try matches.weight(at: index) * 1000).rounded() / 1000
        func snippet(_ text: String) throws -> String {
            try matches.snippet(
                of: text, maxLength: Self.snippetLength, language: Schema.language, highlightStart: "<b>",
                highlightEnd: "</b>")
        }
        let stored = try StoredJSON.decoder.decode(StoredResult.self, from: data)
        var result: SearchResponse.Result
        if let item = stored.item, let itemID = stored.id {
            let meeting = StoredItem.meeting(ofItem: itemID)
            let header = try self.header(meeting, of: docid, &headers)
            result = SearchResponse.Result(
                id: id(itemID), kind: DocumentKind.item.rawValue, meeting: id(meeting), file: header?.file ?? "",
                title: item.title, meetingTitle: header?.title ?? "", date: header?.date, network: header?.network,
                raisedBy: item.raisedBy.compactMap(\.name), snippet: try snippet(item.title + "\n" + item.text),
                score: score, more: more)
            result.format = header?.format
        } else {
            let file = stored.file ?? ""
            let meetingID = id(Schema.meetingID(file: file))
            let title = stored.title ?? ""
            result = SearchResponse.Result(
                id: meetingID, kind: DocumentKind.meeting.rawValue, meeting: meetingID, file: file, title: title,
                meetingTitle: title, date: stored.date, network: stored.network, raisedBy: [],
                snippet: try snippet(stored.notes ?? ""), score: score, more: more)
            result.format = stored.format
        }
        if shards.labelled { result.archive = shards.archive(ofDocument: docid) }
        return result
    }

    /// The stored data of the best `limit` items matching a query, flat, with their snippets.
    func items(_ text: String, limit: Int) throws -> [(StoredItem, SearchResponse.Result)] {
        try fresh {
            let enquire = try enquire()
            try enquire.setQuery(try itemQuery(text))
            let matches = try enquire.matches(first: 0, maxItems: limit)
            var headers = Headers()
            return try (0..<matches.count).map { index in
                let stored = try StoredJSON.decoder.decode(StoredItem.self, from: Data(try matches.data(at: index).utf8))
                return (stored, try result(matches, index, more: 0, headers: &headers))
            }
        }
    }

    /// A stored meeting as answers give it: its id with the archive's name when there are several,
    /// and its items whole.
    private func meeting(_ matches: MSet, _ index: Int) throws -> Meeting {
        let docid = try matches.documentID(at: index)
        // The document keeps the meeting without its items.
        var meeting = try StoredJSON.decoder.decode(Meeting.self, from: Data(try matches.data(at: index).utf8))
        meeting.id = shards.id(meeting.id ?? Schema.meetingID(file: meeting.file), docid: docid)
        try joinItems(&meeting, docid: docid)
        return meeting
    }

    /// Puts a meeting's items together again from their own documents, those of the database that
    /// holds the meeting's (docid): another archive may hold a file of the same name.
    private func joinItems(_ meeting: inout Meeting, docid: UInt32) throws {
        let enquire = try Enquire(database: database)
        try enquire.setQuery(try Query(term: Schema.meetingTerm(meeting)).filtered(by: try Self.items()))
        let matches = try enquire.matches(first: 0, maxItems: Self.maxItems * shards.shards.count)
        var items: [AgendaItem] = []
        for index in 0..<matches.count where shards.database(ofDocument: try matches.documentID(at: index)) == shards.database(ofDocument: docid) {
            items.append(try StoredJSON.decoder.decode(StoredItem.self, from: Data(try matches.data(at: index).utf8)).item)
        }
        // (An index written before items were stored once keeps them in the meeting's data too.)
        if !items.isEmpty { meeting.items = items.sorted { $0.position < $1.position } }
    }

    /// More items than any minutes hold.
    static let maxItems = 10_000

    /// The meetings of the index, oldest first (undated last), a page at a time (offset, limit).
    public func meetings(offset: Int = 0, limit: Int = Int.max) throws -> [Meeting] {
        try fresh {
            // Dated meetings by date, then the undated: two matches, each read only for the page (a
            // meeting without a date has no value, which would sort first).
            let all = try Self.meetings()
            let dated = try all.filtered(by: try Query(valueAtLeast: "0", slot: Schema.dateSlot))
            let limit = min(limit, Int(Int32.max)), offset = min(offset, Int(Int32.max))
            var page: [Meeting] = []
            var skip = offset
            for query in [dated, try all.without(dated)] where page.count < limit {
                let enquire = try Enquire(database: database)
                try enquire.setQuery(query)
                try enquire.sortByValue(slot: Schema.dateSlot)
                let matches = try enquire.matches(first: skip, maxItems: limit - page.count, checkAtLeast: skip + limit)
                page += try (0..<matches.count).map { try meeting(matches, $0) }
                // What this part held is skipped in the next; its count is exact, having seen them all.
                skip = max(0, skip - matches.estimatedTotal)
            }
            return page
        }
    }

    /// The meeting with this id, or the meeting of this item id (`m1a2b3c4d5e6.3`; `ifo:m1a2b3c4d5e6.3` when
    /// several archives are searched).
    public func meeting(id: String) throws -> Meeting? {
        try fresh {
            let archive = id.contains(":") ? String(id.prefix { $0 != ":" }) : nil
            let local = archive.map { String(id.dropFirst($0.count + 1)) } ?? id
            let meetingID = StoredItem.meeting(ofItem: local)
            let enquire = try Enquire(database: database)
            try enquire.setQuery(try Query(term: Schema.term(Schema.idPrefix, meetingID)))
            let matches = try enquire.matches(first: 0, maxItems: shards.shards.count)
            // The same file in two archives has the same local id: the archive tells them apart.
            guard let index = try (0..<matches.count).first(where: { index in
                try archive == nil && !shards.labelled || archive == shards.archive(ofDocument: try matches.documentID(at: index))
            }) else { return nil }
            let meeting = try meeting(matches, index)
            if local.contains("."), !meeting.items.contains(where: { "\(meetingID).\($0.position)" == local }) { return nil }
            return meeting
        }
    }
}

/// What every searcher handle of the daemon reads of an index alike, made once per index (and set
/// of shards) and revision for the whole process: the people register (a million documents' is 89 MB
/// of JSON, and a decoded copy per handle was most of the daemon's memory), the dotted words' stems,
/// the networks' names.
final class PerRevision<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String: (revision: UInt64, value: Value, read: Date)] = [:]

    /// The value kept for key at revision (and read less than freshFor seconds ago, when given),
    /// else load's, kept. One load at a time: a handle that asks meanwhile waits for it, not makes
    /// its own.
    func value(for key: String, revision: UInt64, freshFor: TimeInterval?, load: () throws -> Value) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let kept = kept[key], kept.revision == revision, freshFor.map({ Date().timeIntervalSince(kept.read) < $0 }) ?? true {
            return kept.value
        }
        let value = try load()
        kept[key] = (revision, value, Date())
        return value
    }
}

/// The process's `PerRevision`s.
enum Shared {
    static let people = PerRevision<[PeopleRegister.Entry]>()
    static let names = PerRevision<PeopleRegister.Names>()
    static let dotted = PerRevision<[String: [String]]>()
    static let networks = PerRevision<[String: String]>()
}
