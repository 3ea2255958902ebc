import Foundation
import MinnesParse

/// Groups of expressions that mean the same (Data/synonyms.txt): `Helsingborg = Hbg = Hgb`.
public struct SynonymGroup: Sendable, Equatable {
    /// A stable name for the group, from its first expression (`helsingborg`, `ekonomiskt_bistand`).
    public let key: String
    /// Each expression as folded lowercase words: what text is matched against.
    public let expressions: [[String]]
    /// Each expression as someone may type it, lowercase, words single-spaced, with and without
    /// å/ä/ö dots: the keys of Xapian's synonym table.
    public let phrases: [String]

    public init(key: String, written: [String]) {
        self.key = key
        expressions = written.map { Folding.foldedWords(in: $0) }
        let lowercase = written.map { Folding.words(in: $0).joined(separator: " ").lowercased() }
        phrases = Array(Set(lowercase + expressions.map { $0.joined(separator: " ") })).sorted()
    }
}

public enum Synonyms {
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads a synonyms file; lines that are not a valid group are reported and skipped.
    public static func parse(_ text: String) -> (groups: [SynonymGroup], problems: [Problem]) {
        var groups: [SynonymGroup] = []
        var problems: [Problem] = []
        var owner: [[String]: Int] = [:]
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let written = line.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            let expressions = written.map { Folding.foldedWords(in: $0) }
            if expressions.count < 2 {
                problems.append(Problem(line: number + 1, message: "a group needs two or more expressions joined by \" = \""))
                continue
            }
            if expressions.contains(where: \.isEmpty) {
                problems.append(Problem(line: number + 1, message: "an expression between \"=\" is empty"))
                continue
            }
            if let taken = expressions.first(where: { owner[$0] != nil }) {
                problems.append(Problem(
                    line: number + 1,
                    message: "\"\(taken.joined(separator: " "))\" is already in the group on line \(owner[taken]!)"))
                continue
            }
            for expression in expressions { owner[expression] = number + 1 }
            groups.append(SynonymGroup(key: expressions[0].joined(separator: "_"), written: written))
        }
        return (groups, problems)
    }

    /// The groups that make every spelling of a person find the others: "Sanna Löv" finds "Sanna Löf".
    /// Every first name seen with every surname seen, and e-mail addresses. Made on every core: every
    /// update makes them all (10,000 files: 0.05 s on one).
    public static func groups(for people: PeopleRegister) -> [SynonymGroup] {
        people.entries.mappedOnEveryCore { entry in
            // (Tested by bytes and joined by characters: through NSString, a fifth of making the groups.)
            let spellings = ([entry.name] + entry.variants).filter { PeopleRegister.isFullName($0) && !$0.holds("@") }
            let firsts = Set(spellings.map { String($0.wordsApartBySpaces()[0]) })
            let lasts = Set(spellings.map { $0.wordsApartBySpaces().dropFirst().joined(separator: " ") })
            let combinations = firsts.flatMap { first in lasts.map { "\(first) \($0)" } }
            let emails = entry.variants.filter { $0.holds("@") }
            return SynonymGroup(
                key: "p_" + String(Folding.key(entry.name).map { $0 == " " ? "_" : $0 }),
                written: Array(Set(combinations + emails)).sorted())
        }
    }
}
