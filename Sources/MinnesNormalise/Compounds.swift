import Foundation

/// Splits Swedish compounds into known words (`familjehemsvård` → familjehem + vård,
/// `skyddsplaceringar` → skydd + placeringar, `socialjouren` → social + jouren), so a search for a
/// part finds the compound. Known words come from a Swedish word list (hunspell-sv) and the corpus.
public struct CompoundSplitter {
    static let minimumHead = 4
    static let minimumLexicalisedHead = 5
    static let minimumTail = 3
    public static let minimumWord = 8
    /// Letters Swedish puts between the parts of a compound (familjehem-s-vård, skol-a, kyrk-o).
    static let linking: [Character] = ["s", "e", "a", "o", "u"]

    /// The minutes' own words, lowercase: a part may be one of them.
    let corpusWords: any WordSource
    /// Words of the dictionary, which a part may be too, and which are not split: they are words in
    /// their own right. Asked directly (the word list's table is mapped, not copied).
    let dictionary: any WordSource
    private(set) var stem: (String) -> String

    /// - Parameters:
    ///   - dictionary: words of a Swedish word list, lowercase.
    ///   - corpusWords: the minutes' own words, lowercase.
    ///   - stem: the Swedish stemmer, so "placeringar" counts as known through "placering".
    public init(dictionary: some WordSource, corpusWords: some WordSource = Set<String>(), stem: @escaping (String) -> String) {
        (self.dictionary, self.corpusWords, self.stem) = (dictionary, corpusWords, stem)
    }

    /// The same splitter with other corpus words (those of an earlier run, to see which splits change).
    public func with(corpusWords: some WordSource) -> CompoundSplitter {
        CompoundSplitter(dictionary: dictionary, corpusWords: corpusWords, stem: stem)
    }

    /// The same splitter with another stemmer: a Xapian stemmer serves one thread at a time.
    public func stemming(with stem: @escaping (String) -> String) -> CompoundSplitter {
        var copy = self
        copy.stem = stem
        return copy
    }

    /// The parts of word, or [] when it is not a compound of known words. A word the dictionary knows
    /// as a whole splits only with a head of five letters or more ("socialjour" → social + jour, but
    /// not "handledning" → hand + ledning): short heads of lexicalised words are mostly noise.
    public func parts(of word: String) -> [String] {
        let word = word.lowercased()
        guard word.count >= Self.minimumWord, word.allSatisfy(\.isLetter), !Self.isPatronymic(word) else { return [] }
        let lexicalised = dictionary.contains(word) || dictionary.contains(stem(word))
        let minimumHead = lexicalised ? Self.minimumLexicalisedHead : Self.minimumHead
        let letters = Array(word)
        // The longest known head with a known tail: the most specific reading.
        for cut in stride(from: letters.count - Self.minimumTail, through: minimumHead, by: -1) {
            let tail = String(letters[cut...])
            guard isKnown(tail) else { continue }
            let head = String(letters[..<cut])
            if isKnown(head) { return [head, tail] }
            if let last = head.last, Self.linking.contains(last), head.count - 1 >= minimumHead,
                isKnown(String(head.dropLast()))
            {
                return [String(head.dropLast()), tail]
            }
        }
        return []
    }

    /// A surname made of a first name (Håkansson, Larsdotter): a name, not a compound. Split, it
    /// would be found by the first name and by "son", and every such surname would split otherwise
    /// as soon as its first name is first written in the minutes.
    static func isPatronymic(_ word: String) -> Bool {
        word.hasSuffix("sson") || word.hasSuffix("sdotter")
    }

    func isKnown(_ word: String) -> Bool {
        let known = { (word: String) in corpusWords.contains(word) || dictionary.contains(word) }
        return known(word) || known(stem(word))
    }
}

/// Where a compound's parts are looked up: a word list (`WordList`) or a set of words.
public protocol WordSource: Sendable {
    func contains(_ word: String) -> Bool
}

extension Set: WordSource where Element == String {}
extension WordList: WordSource {}
