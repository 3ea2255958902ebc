import CXapian
import Foundation

/// Parses what a user typed into a Query, with Xapian's syntax (phrases, AND/OR/NOT, wildcards).
public final class QueryParser {
    public struct Features: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let boolean = Features(rawValue: UInt32(MX_QP_BOOLEAN))
        public static let phrase = Features(rawValue: UInt32(MX_QP_PHRASE))
        public static let loveHate = Features(rawValue: UInt32(MX_QP_LOVEHATE))
        public static let wildcard = Features(rawValue: UInt32(MX_QP_WILDCARD))
        public static let pureNot = Features(rawValue: UInt32(MX_QP_PURE_NOT))
        public static let spellingCorrection = Features(rawValue: UInt32(MX_QP_SPELLING_CORRECTION))
        public static let autoSynonyms = Features(rawValue: UInt32(MX_QP_AUTO_SYNONYMS))
        public static let autoMultiwordSynonyms = Features(rawValue: UInt32(MX_QP_AUTO_MULTIWORD_SYNONYMS))
    }

    let handle: OpaquePointer
    // The parser reads the database (wildcards, spelling, synonyms) and uses the stemmer: keep both
    // alive as long as the parser.
    private let database: Database?
    private let stemmer: Stemmer

    public init(stemmer: Stemmer, strategy: StemStrategy = .some, database: Database?) throws {
        var out: OpaquePointer?
        try check { mx_queryparser_new(stemmer.handle, strategy.rawValue, database?.handle, &out, $0) }
        handle = out!
        (self.database, self.stemmer) = (database, stemmer)
    }

    deinit { mx_queryparser_destroy(handle) }

    /// Maps `field:` in queries to a term prefix; boolean fields filter rather than rank.
    public func addPrefix(field: String, prefix: String, boolean: Bool = false) throws {
        try check { mx_queryparser_add_prefix(handle, field, prefix, boolean ? 1 : 0, $0) }
    }

    /// A boolean field whose values may stand for more than their term (`setAlternatives`).
    public func addBooleanPrefixWithAlternatives(field: String, prefix: String) throws {
        try check { mx_queryparser_add_boolean_alternatives(handle, field, prefix, $0) }
    }

    /// For the parses that follow, in place of any before: `field:value` matches its own term or any
    /// of `alternatives[value]`, each a list of terms a document must all hold.
    public func setAlternatives(field: String, _ alternatives: [String: [[String]]]) throws {
        let values = Array(alternatives.keys)
        let copies = values.map { strdup($0) }
            + values.map { strdup(alternatives[$0]!.map { $0.joined(separator: "\t") }.joined(separator: "\n")) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        try pointers.withUnsafeBufferPointer { all in
            try check { mx_queryparser_set_alternatives(handle, field, all.baseAddress, all.baseAddress.map { $0 + values.count }, values.count, $0) }
        }
    }

    /// For the parses that follow, `field:value` (of a field with alternatives) is query.
    public func setQuery(field: String, value: String, _ query: Query) throws {
        try check { mx_queryparser_set_value_query(handle, field, value, query.handle, $0) }
    }

    /// Makes `prefix` + "A..B" in a query a range over the value slot (string order; an end may be empty).
    public func addRangeProcessor(slot: UInt32, prefix: String) throws {
        try check { mx_queryparser_add_rangeprocessor(handle, slot, prefix, $0) }
    }

    public func parse(_ text: String, features: Features) throws -> Query {
        var out: OpaquePointer?
        try check { mx_queryparser_parse(handle, text, features.rawValue, &out, $0) }
        return Query(handle: out!)
    }

    /// A better-spelled query string for the last parse, or nil.
    public func correctedQuery() throws -> String? {
        var out: UnsafeMutablePointer<CChar>?
        try check { mx_queryparser_corrected(handle, &out, $0) }
        let corrected = takeString(out)
        return corrected.isEmpty ? nil : corrected
    }
}

public final class Query {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    /// Matches every document.
    public static func all() throws -> Query { try Query(term: "") }

    /// Matches the documents indexed by term.
    public convenience init(term: String) throws {
        var out: OpaquePointer?
        try check { mx_query_new_term(term, &out, $0) }
        self.init(handle: out!)
    }

    deinit { mx_query_destroy(handle) }

    /// Matches documents where, at one position after another, one of each position's terms is.
    public convenience init(phrase positions: [[String]]) throws {
        var out: OpaquePointer?
        let terms = positions.flatMap { $0 }.map { strdup($0) }
        defer { terms.forEach { free($0) } }
        let counts = positions.map(\.count)
        try terms.map { UnsafePointer($0) }.withUnsafeBufferPointer { terms in
            try check { mx_query_new_phrase(terms.baseAddress, counts, positions.count, &out, $0) }
        }
        self.init(handle: out!)
    }

    /// Matches what either query matches; documents matching both score both.
    public func or(_ other: Query) throws -> Query {
        var out: OpaquePointer?
        try check { mx_query_new_or(handle, other.handle, &out, $0) }
        return Query(handle: out!)
    }

    /// How `expanded` finds and weighs a word's forms (see `mx_expansion` in cxapian.h).
    public struct Expansion {
        public var foldedPrefix: String, dottedPrefix: String, undottedPrefix: String, lemmaPrefix: String, partPrefix: String
        public var lemmaWeight: Double, stemWeight: Double, foldedWeight: Double, partWeight: Double
        public var textPrefixes: [String]
        /// The dictionary's lemmas of the query's words; a word not here is one it does not know.
        public var lemmas: [String: [String]]

        public init(
            foldedPrefix: String, dottedPrefix: String, undottedPrefix: String, lemmaPrefix: String, partPrefix: String,
            lemmaWeight: Double,
            stemWeight: Double, foldedWeight: Double, partWeight: Double, textPrefixes: [String], lemmas: [String: [String]]
        ) {
            (self.foldedPrefix, self.dottedPrefix, self.undottedPrefix) = (foldedPrefix, dottedPrefix, undottedPrefix)
            (self.lemmaPrefix, self.partPrefix) = (lemmaPrefix, partPrefix)
            (self.lemmaWeight, self.stemWeight, self.foldedWeight, self.partWeight) = (lemmaWeight, stemWeight, foldedWeight, partWeight)
            (self.textPrefixes, self.lemmas) = (textPrefixes, lemmas)
        }
    }

    /// Each word of a query parsed without stemming in all its forms, the query's structure kept
    /// (see `mx_query_expand` in cxapian.h).
    public func expanded(exact: Stemmer, folded: Stemmer, _ how: Expansion) throws -> Query {
        let words = Array(how.lemmas.keys)
        let copies = words.map { strdup($0) } + words.map { strdup(how.lemmas[$0]!.joined(separator: " ")) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        var out: OpaquePointer?
        // The strings live as long as these closures: the shim copies what it keeps.
        try how.foldedPrefix.withCString { folded_ in
          try how.dottedPrefix.withCString { dotted in
            try how.undottedPrefix.withCString { undotted in
                try how.lemmaPrefix.withCString { lemma in
                    try how.partPrefix.withCString { part in
                        try how.textPrefixes.joined(separator: " ").withCString { textPrefixes in
                            try pointers.withUnsafeBufferPointer { all in
                                var expansion = mx_expansion(
                                    folded_prefix: folded_, dotted_prefix: dotted, undotted_prefix: undotted, lemma_prefix: lemma,
                                    part_prefix: part, lemma_weight: how.lemmaWeight, stem_weight: how.stemWeight,
                                    folded_weight: how.foldedWeight, part_weight: how.partWeight,
                                    text_prefixes: textPrefixes, words: all.baseAddress,
                                    lemmas: all.baseAddress.map { $0 + words.count }, word_count: words.count)
                                try check { mx_query_expand(handle, exact.handle, folded.handle, &expansion, &out, $0) }
                            }
                        }
                    }
                }
            }
          }
        }
        return Query(handle: out!)
    }

    /// The query as Xapian runs it (`Query::get_description`).
    public var description: String {
        get throws {
            var out: UnsafeMutablePointer<CChar>?
            try check { mx_query_description(handle, &out, $0) }
            return takeString(out)
        }
    }

    /// The query as bytes (`Query::serialise`), which Xapian in another process (a benchmark's raw
    /// run of the same query) reads back with `Query::unserialise`.
    public var serialised: Data {
        get throws {
            var out: UnsafeMutablePointer<CChar>?
            var length = 0
            try check { mx_query_serialise(handle, &out, &length, $0) }
            guard let out else { return Data() }
            defer { mx_free_string(out) }
            return Data(bytes: out, count: length)
        }
    }

    /// What this query matches among what filter matches, weighted by this query alone.
    public func filtered(by filter: Query) throws -> Query {
        var out: OpaquePointer?
        try check { mx_query_new_filter(handle, filter.handle, &out, $0) }
        return Query(handle: out!)
    }

    /// What this query matches that without does not.
    public func without(_ other: Query) throws -> Query {
        var out: OpaquePointer?
        try check { mx_query_new_and_not(handle, other.handle, &out, $0) }
        return Query(handle: out!)
    }

    /// The documents whose value in slot is at least value (a document without one never matches).
    public convenience init(valueAtLeast value: String, slot: UInt32) throws {
        var out: OpaquePointer?
        try check { mx_query_new_value_ge(slot, value, &out, $0) }
        self.init(handle: out!)
    }

    /// The same matches with weights multiplied by factor.
    public func scaled(by factor: Double) throws -> Query {
        var out: OpaquePointer?
        try check { mx_query_new_scaled(handle, factor, &out, $0) }
        return Query(handle: out!)
    }

}

extension Database {
    /// Every document a query matches.
    public func documents(matching query: Query) throws -> [UInt32] {
        let enquire = try Enquire(database: self)
        try enquire.setQuery(query)
        let matches = try enquire.matches(first: 0, maxItems: max(documentCount, 1))
        return try (0..<matches.count).map { try matches.documentID(at: $0) }
    }
}

/// Runs a query against one database.
public final class Enquire {
    let handle: OpaquePointer
    private let database: Database

    public init(database: Database) throws {
        var out: OpaquePointer?
        try check { mx_enquire_new(database.handle, &out, $0) }
        handle = out!
        self.database = database
    }

    deinit { mx_enquire_destroy(handle) }

    public func setQuery(_ query: Query) throws {
        try check { mx_enquire_set_query(handle, query.handle, $0) }
    }

    /// Orders matches by the value in slot (string order), then by relevance.
    public func sortByValue(slot: UInt32, descending: Bool = false) throws {
        try check { mx_enquire_set_sort_by_value(handle, slot, descending ? 1 : 0, $0) }
    }

    /// Keeps the best match per value of slot; `MSet.collapseCount` tells how many more it had.
    public func collapse(onSlot slot: UInt32) throws {
        try check { mx_enquire_set_collapse_key(handle, slot, $0) }
    }

    /// Stops the match after seconds, with the matches found by then: no query holds a thread long.
    public func setTimeLimit(seconds: Double) throws {
        try check { mx_enquire_set_time_limit(handle, seconds, $0) }
    }

    /// Lets spy count facets over the matches (kept alive by the enquire).
    public func add(_ spy: TermSpy) throws {
        try check { mx_enquire_add_termspy(handle, spy.handle, $0) }
        spies.append(spy)
    }

    private var spies: [TermSpy] = []

    /// - Parameter checkAtLeast: how many matches to look at in any case (spies see them all).
    public func matches(first: Int, maxItems: Int, checkAtLeast: Int = 0) throws -> MSet {
        var out: OpaquePointer?
        try check {
            mx_enquire_get_mset(
                handle, UInt32(clamping: first), UInt32(clamping: maxItems), UInt32(clamping: checkAtLeast), &out, $0)
        }
        return MSet(handle: out!, enquire: self)
    }
}

/// One page of ranked matches.
public final class MSet {
    let handle: OpaquePointer
    private let enquire: Enquire

    init(handle: OpaquePointer, enquire: Enquire) {
        self.handle = handle
        self.enquire = enquire
    }

    deinit { mx_mset_destroy(handle) }

    public var count: Int { Int(mx_mset_size(handle)) }
    public var estimatedTotal: Int { Int(mx_mset_estimated(handle)) }
    /// Whether `estimatedTotal` is the count (every match was seen), not an estimate.
    public var totalIsExact: Bool { mx_mset_estimate_is_exact(handle) != 0 }
    /// The least the matches can be; when collapsing, the distinct keys seen.
    public var lowerBound: Int { Int(mx_mset_lower_bound(handle)) }
    /// The least the matches before collapsing can be: at least the documents the match looked at.
    public var uncollapsedLowerBound: Int { Int(mx_mset_uncollapsed_lower_bound(handle)) }

    /// At least how many other matches share this one's collapse key (0: maybe none).
    public func collapseCount(at index: Int) throws -> Int {
        var count: UInt32 = 0
        try check { mx_mset_collapse_count(handle, UInt32(index), &count, $0) }
        return Int(count)
    }

    /// The match's document id in the database searched.
    public func documentID(at index: Int) throws -> UInt32 {
        var docid: UInt32 = 0
        try check { mx_mset_docid(handle, UInt32(index), &docid, $0) }
        return docid
    }

    public func weight(at index: Int) throws -> Double {
        var weight = 0.0
        try check { mx_mset_weight(handle, UInt32(index), &weight, $0) }
        return weight
    }

    public func data(at index: Int) throws -> String {
        var out: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_mset_data(handle, UInt32(index), &out, &length, $0) }
        return takeString(out, length: length)
    }

    /// The passage of text that best matches the query, HTML-escaped, matches wrapped in the markers.
    public func snippet(
        of text: String, maxLength: Int, language: String,
        highlightStart: String, highlightEnd: String, omission: String = "…"
    ) throws -> String {
        var out: UnsafeMutablePointer<CChar>?
        try withBytes(text) { pointer, count in
            try check {
                mx_mset_snippet(
                    handle, pointer, count, maxLength, language, highlightStart, highlightEnd, omission, &out, $0)
            }
        }
        return takeString(out)
    }
}

/// Counts documents per term under some prefixes, over the matches of an enquire it is added to.
public final class TermSpy {
    let handle: OpaquePointer

    public init(prefixes: [String]) throws {
        var out: OpaquePointer?
        let copies = prefixes.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        try copies.map { UnsafePointer<CChar>($0) }.withUnsafeBufferPointer { pointers in
            try check { mx_termspy_new(pointers.baseAddress, pointers.count, &out, $0) }
        }
        handle = out!
    }

    deinit { mx_termspy_destroy(handle) }

    /// Shows the spy the documents of matches, for a database where it cannot run inside the match
    /// (a remote one runs only Xapian's own spies).
    public func count(_ matches: MSet) throws {
        try check { mx_termspy_count_mset(handle, matches.handle, $0) }
    }

    /// How many matches the spy was shown.
    public var documents: Int { Int(mx_termspy_documents(handle)) }

    /// Each term seen, with the number of matches holding it.
    public func counts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for index in 0..<mx_termspy_size(handle) {
            var term: UnsafeMutablePointer<CChar>?
            var count: UInt32 = 0
            try check { mx_termspy_entry(handle, index, &term, &count, $0) }
            counts[takeString(term)] = Int(count)
        }
        return counts
    }
}
