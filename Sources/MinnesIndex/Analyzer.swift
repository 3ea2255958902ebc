import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// Turns a document's text into terms, in layers (docs/INDEX.md):
/// - exact: words as written, with spelling data; Swedish (Snowball) stems (`Z`) only of the words
///   written with å/ä/ö/é… (a word without them has its stem in the folded layer already); a
///   field's words (title:, decision:) as written only (a field's word finds its other forms among
///   the field's words, `Searcher.query`: their stems were a seventieth of the index); none holds
///   positions: a phrase is matched in the folded layer, a field's in documents whose field holds
///   its words (what a field holds, the text holds too);
/// - lemmas (`XL`): the Swedish dictionary's forms of each word it knows (mötet → möte), but a word's
///   own (möte → möte: its exact term stands for it, a lemma term as often was a thirtieth of the index);
/// - folded (`XF`): stems folded after stemming (Ängelholm → angelholm), with positions: the one
///   positional layer of the text (one is half the positions of two), so a phrase matches its words'
///   forms, with or without å/ä/ö dots. A word typed with dots searches the words the dictionary does
///   not know, written without, of its folded stem ("Frågan" → Fragan, which may have lost its dots,
///   but "vård" ↛ värden); a word typed without dots the stems (`Z`) of the words written with them
///   that fold onto its own ("vald" → våld, but "villa" ↛ vill). Both are found in the index's
///   vocabulary (`Searcher.undottedWords`, `Searcher.dottedStems`): a layer of each was a
///   seventieth and a fiftieth of the index;
/// - parts (`XC`): the parts of compounds, stemmed, and folded too when folding changes them, for a
///   lower-ranked match inside compounds (familjehem → familjehemsvård): split where the
///   dictionary's compounding rules accept the word, or by the word lists and the minutes' own
///   words where the dictionary does not know it;
/// and a term per synonym group and per person (`XS`) whose expressions occur in the text.
final class Analyzer {
    let exact: TermGenerator
    let folded: TermGenerator
    let stemmer: Stemmer, foldedStemmer: Stemmer, partStemmer: Stemmer
    let lexicon: Lexicon?
    let splitter: CompoundSplitter
    let groups: GroupMatcher
    private var document: Document?
    /// The terms of the lemma, undotted and part layers per distinct word.
    private var wordTerms: [String: [String]] = [:]

    /// An analyzer of its own per thread: its stemmers and term generators (and the splitter's
    /// stemmer) serve that thread alone. No database: spelling data is added by the writer
    /// (`WritableDatabase.addSpellings(of:)`).
    init(lexicon: Lexicon?, splitter: CompoundSplitter, groups: GroupMatcher) throws {
        let stemmer = try Stemmer(language: Schema.language)
        self.stemmer = stemmer
        foldedStemmer = try Stemmer(language: Schema.language, folding: .afterStemming)
        exact = try TermGenerator(stemmer: stemmer, strategy: .none)
        folded = try TermGenerator(stemmer: foldedStemmer, strategy: .all)
        partStemmer = try Stemmer(language: Schema.language, folding: .beforeStemming)
        self.splitter = splitter.stemming { (try? stemmer.stem($0)) ?? $0 }
        (self.lexicon, self.groups) = (lexicon, groups)
    }

    func start(_ document: Document) throws {
        self.document = document
        try exact.setDocument(document)
        try folded.setDocument(document)
    }

    /// Lets go of the document: Xapian's handles count their references without atomics, so a
    /// document handed to another thread must hold none of this thread's.
    func finish() throws {
        document = nil
        let none = try Document()
        try exact.setDocument(none)
        try folded.setDocument(none)
    }

    /// Indexes text in every layer; a prefix (title) applies to the exact layer's field search.
    func index(_ text: String, prefix: String = "") throws {
        guard let document else { return }
        guard prefix.isEmpty else {
            // No positions: a field's phrase is matched in the text, which holds the field's text too.
            return try exact.indexText(text, prefix: prefix, positions: false)
        }
        try exact.indexText(text, positions: false)
        try folded.indexText(text, prefix: Schema.foldedPrefix)
        try folded.increaseTermPosition()
        let words = Folding.lowercaseWords(in: text)
        for word in words {
            // A word that is its own lemma: its term as written stands for the lemma too (the query's
            // lemma level searches both), added here without weight in case Xapian split it otherwise.
            for term in try terms(of: word) { try document.addTerm(term, wdfIncrement: term == word ? 0 : 1) }
        }
        for key in groups.groups(in: Folding.foldedWords(in: text)) { try document.addTerm(Schema.term(Schema.groupPrefix, key)) }
    }

    /// A word's stem (when dotted), lemma, dotted, undotted and part terms, computed once per distinct word.
    func terms(of word: String) throws -> [String] {
        if let terms = wordTerms[word] { return terms }
        var terms: [String] = []
        if Folding.key(word) != word {
            terms.append(Schema.term(Schema.stemPrefix, try stemmer.stem(word)))
        }
        let analysis = lexicon?.analysis(of: word)
        let parts: [String]
        if let analysis, analysis.known {
            // (Xapian's term generator leaves out words over 64 bytes: theirs stays a lemma term.)
            terms += analysis.lemmas.map { $0 == word && word.utf8.count <= 64 ? word : Schema.term(Schema.lemmaPrefix, $0) }
            parts = analysis.parts
        } else {
            // Split before folding: the word lists and the stemmer read å, ä and ö.
            parts = splitter.parts(of: word)
        }
        for part in parts {
            let stem = try stemmer.stem(part), foldedStem = try partStemmer.stem(part)
            terms.append(Schema.term(Schema.partPrefix, stem))
            if foldedStem != stem { terms.append(Schema.term(Schema.partPrefix, foldedStem)) }
        }
        wordTerms[word] = terms
        return terms
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

    /// A word's first five letters when it has more than five. Six ASCII bytes first are six letters
    /// (a word holds no CR LF), so most words are measured without breaking them into Characters.
    static func longStart(of word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.count > 5 else { return nil }
        if utf8.prefix(6).allSatisfy({ $0 < 0x80 }) { return String(word.utf8.prefix(5))! }
        return word.count > 5 ? String(word.prefix(5)) : nil
    }

    var isEmpty: Bool { byStart.isEmpty }

    /// Every expression, as folded words.
    var expressions: [[String]] { byStart.values.flatMap { $0.map(\.0) } }

    /// Whether one of the groups is written in the meeting's own text (title, notes, items).
    func mentioned(in meeting: Meeting) -> Bool {
        guard !isEmpty else { return false }
        return meeting.indexedTexts.contains { text in
            !groups(in: Folding.foldedWords(in: text)).isEmpty
        }
    }

    func groups(in words: [String]) -> Set<String> {
        var found = Set<String>()
        for (position, word) in words.enumerated() {
            func match(_ candidates: [([String], String)]?) {
                for (expression, key) in candidates ?? [] where !found.contains(key) {
                    if position + expression.count <= words.count,
                        zip(expression, words[position...]).allSatisfy({ Self.sameWord($0, $1) })
                    {
                        found.insert(key)
                    }
                }
            }
            match(byStart[word])
            if let start = Self.longStart(of: word) { match(byStart[start]) }
        }
        return found
    }

    /// Words match as written or inflected: "arbetsmarknadsenhet" and "arbetsmarknadsenheten".
    static func sameWord(_ expression: String, _ word: String) -> Bool {
        word == expression || expression.count >= 5 && word.hasPrefix(expression) && word.count - expression.count <= 3
    }
}
