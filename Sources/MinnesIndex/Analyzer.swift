import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// Turns a document's text into terms, in three layers (ARCHITECTURE.md):
/// - exact: Swedish stems and words as written, with positions and spelling data;
/// - folded (`XF`): stems folded after stemming (Ängelholm → angelholm), with positions, so text
///   typed without å/ä/ö dots matches;
/// - parts (`XC`): every word and every part of a compound, folded before stemming, for a
///   lower-ranked match inside compounds (familjehem → familjehemsvård) and for dotless words the
///   stemmer reads otherwise (hoganas → hogan, as höganäs folded and stemmed);
/// and a term per synonym group and per person (`XS`) whose expressions occur in the text.
final class Analyzer {
    let exact: TermGenerator
    let folded: TermGenerator
    let partStemmer: Stemmer
    let splitter: CompoundSplitter
    let groups: GroupMatcher
    private var document: Document?
    private var partStems: [String: String] = [:]

    init(database: WritableDatabase, splitter: CompoundSplitter, groups: GroupMatcher) throws {
        exact = try TermGenerator(stemmer: Stemmer(language: Schema.language), spellingDatabase: database)
        folded = try TermGenerator(stemmer: Stemmer(language: Schema.language, folding: .afterStemming), strategy: .all)
        partStemmer = try Stemmer(language: Schema.language, folding: .beforeStemming)
        (self.splitter, self.groups) = (splitter, groups)
    }

    func start(_ document: Document) throws {
        self.document = document
        try exact.setDocument(document)
        try folded.setDocument(document)
    }

    /// Indexes text in every layer; a prefix (title) applies to the exact layer's field search.
    func index(_ text: String, prefix: String = "") throws {
        guard let document else { return }
        try exact.indexText(text, prefix: prefix)
        try exact.increaseTermPosition()
        guard prefix.isEmpty else { return }
        try folded.indexText(text, prefix: Schema.foldedPrefix)
        try folded.increaseTermPosition()
        // Split before folding: the word lists and the stemmer read å, ä and ö.
        let words = text.split { !($0.isLetter || $0.isNumber) }.map { $0.lowercased() }
        for word in words {
            try document.addTerm(Schema.partPrefix + partStem(word))
            for part in splitter.parts(of: word) { try document.addTerm(Schema.partPrefix + partStem(part)) }
        }
        for key in groups.groups(in: words.map(Folding.key)) { try document.addTerm(Schema.term(Schema.groupPrefix, key)) }
    }

    func partStem(_ word: String) throws -> String {
        if let stem = partStems[word] { return stem }
        let stem = try partStemmer.stem(word)
        partStems[word] = stem
        return stem
    }
}

/// Finds which groups' expressions (synonyms, a person's spellings) occur in a text's words.
struct GroupMatcher {
    /// The start of an expression's first word → (expression, group key).
    private var byStart: [String: [([String], String)]] = [:]

    init(_ groups: [SynonymGroup]) {
        for group in groups {
            for expression in group.expressions {
                byStart[Self.start(of: expression[0]), default: []].append((expression, group.key))
            }
        }
    }

    /// Short words must match whole; longer ones by their first five letters, then `sameWord`.
    static func start(of word: String) -> String {
        word.count >= 5 ? String(word.prefix(5)) : word
    }

    func groups(in words: [String]) -> Set<String> {
        var found = Set<String>()
        for (position, word) in words.enumerated() {
            let candidates = (byStart[word] ?? []) + (word.count > 5 ? byStart[Self.start(of: word)] ?? [] : [])
            for (expression, key) in candidates where !found.contains(key) {
                if position + expression.count <= words.count,
                    zip(expression, words[position...]).allSatisfy({ Self.sameWord($0, $1) })
                {
                    found.insert(key)
                }
            }
        }
        return found
    }

    /// Words match as written or inflected: "arbetsmarknadsenhet" and "arbetsmarknadsenheten".
    static func sameWord(_ expression: String, _ word: String) -> Bool {
        word == expression || expression.count >= 5 && word.hasPrefix(expression) && word.count - expression.count <= 3
    }
}
