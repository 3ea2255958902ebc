import Foundation
import MinnesParse
import Xapian

extension GroupMatcher {
    /// The meetings (by id) whose documents may hold one of the expressions: the only meetings whose
    /// text can hold one, so the only ones an update looks through (`mentioned(in:)`) when a person's
    /// spellings change, instead of every meeting's text.
    ///
    /// A word is in a term when one of the term's runs of letters and digits, folded, matches it as
    /// `groups(in:)` matches words: Xapian joins runs Minnes splits (at an apostrophe, an underscore),
    /// never the other way round, and indexes every word of the texts `mentioned(in:)` reads. Words
    /// of an expression must then be written one after another, which the folded layer's positions
    /// tell (its term for a word is the word's folded stem), unless one of them is only within a
    /// term of joined runs, whose position is not the run's: those documents are all looked through.
    func meetingsPossiblyMentioning(in database: Database) throws -> Set<String> {
        let expressions = self.expressions
        guard !expressions.isEmpty else { return [] }
        // The expressions' words by their start, as `groups(in:)` looks them up.
        var byStart: [String: Set<String>] = [:]
        for word in Set(expressions.joined()) { byStart[Self.start(of: word), default: []].insert(word) }
        // The unprefixed terms (the text's words as written) holding each of those words: as their
        // one run, or with others.
        var whole: [String: [String]] = [:], joined: [String: [String]] = [:]
        for term in try database.unprefixedTerms() {
            let runs = Folding.foldedWords(in: term)
            for run in runs {
                let candidates = (byStart[run] ?? []).union(Self.longStart(of: run).flatMap { byStart[$0] } ?? [])
                for word in candidates where Self.sameWord(word, run) {
                    if runs.count == 1 { whole[word, default: []].append(term) } else { joined[word, default: []].append(term) }
                }
            }
        }
        // The documents holding each word, as a term's one run and within joined runs, asked once.
        var postings: [String: (whole: Set<UInt32>, joined: Set<UInt32>)] = [:]
        func holders(of word: String) throws -> (whole: Set<UInt32>, joined: Set<UInt32>) {
            if let found = postings[word] { return found }
            let ids = { (terms: [String]?) in Set(try (terms ?? []).flatMap { try database.documents(term: $0) }) }
            let found = (try ids(whole[word]), try ids(joined[word]))
            postings[word] = found
            return found
        }
        let stemmer = try Stemmer(language: Schema.language, folding: .afterStemming)
        var documents = Set<UInt32>()
        for expression in expressions {
            var holding: Set<UInt32>?
            for word in expression {
                let found = try holders(of: word)
                holding = holding?.intersection(found.whole.union(found.joined)) ?? found.whole.union(found.joined)
                if holding!.isEmpty { break }
            }
            guard let holding, !holding.isEmpty else { continue }
            guard expression.count > 1 else {
                documents.formUnion(holding)
                continue
            }
            let inJoined = try expression.reduce(into: Set<UInt32>()) { $0.formUnion(try holders(of: $1).joined) }
            documents.formUnion(holding.intersection(inJoined))
            guard expression.allSatisfy({ whole[$0] != nil }) else { continue }
            let positions = try expression.map { word in
                Array(Set(try whole[word]!.map { Schema.foldedPrefix + (try stemmer.stem($0)) }))
            }
            documents.formUnion(holding.intersection(try database.documents(matching: Query(phrase: positions))))
        }
        return Set(try documents.map { try database.value(of: $0, slot: Schema.meetingSlot) })
    }
}
