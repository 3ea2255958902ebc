import Foundation
import MinnesParse
import Xapian

extension GroupMatcher {
    /// The meetings (by id) whose documents hold a term for every word of one of the expressions:
    /// the only meetings whose text can hold one, so the only ones an update looks through
    /// (`mentioned(in:)`) when a person's spellings change, instead of every meeting's text.
    ///
    /// A word is in a term when one of the term's runs of letters and digits, folded, matches it as
    /// `groups(in:)` matches words: Xapian joins runs Minnes splits (at an apostrophe, an underscore),
    /// never the other way round, and indexes every word of the texts `mentioned(in:)` reads.
    func meetingsPossiblyMentioning(in database: Database) throws -> Set<String> {
        let expressions = self.expressions
        guard !expressions.isEmpty else { return [] }
        // The expressions' words by their start, as `groups(in:)` looks them up.
        var byStart: [String: Set<String>] = [:]
        for word in Set(expressions.joined()) { byStart[Self.start(of: word), default: []].insert(word) }
        // The unprefixed terms (the text's words as written) holding each of those words.
        var terms: [String: [String]] = [:]
        for term in try database.unprefixedTerms() {
            for run in Folding.foldedWords(in: term) {
                let candidates = (byStart[run] ?? []).union(Self.longStart(of: run).flatMap { byStart[$0] } ?? [])
                for word in candidates where Self.sameWord(word, run) { terms[word, default: []].append(term) }
            }
        }
        var documents = Set<UInt32>()
        var postings: [String: Set<UInt32>] = [:]
        for expression in expressions {
            var holding: Set<UInt32>?
            for word in expression {
                let found = try postings[word] ?? {
                    let found = Set(try (terms[word] ?? []).flatMap { try database.documents(term: $0) })
                    postings[word] = found
                    return found
                }()
                holding = holding?.intersection(found) ?? found
                if holding!.isEmpty { break }
            }
            documents.formUnion(holding ?? [])
        }
        return Set(try documents.map { try database.value(of: $0, slot: Schema.meetingSlot) })
    }
}
