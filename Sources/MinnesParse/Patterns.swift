import RegexBuilder

/// The reader's long patterns made as Regex's tree rather than parsed from text. Swift parses a
/// pattern's text each time the program runs (a literal's too), about 3 µs a character: an update
/// of one file of 1,000 waited a fifth of its time for the reader's patterns, most of it the long
/// alternations of labels and verbs, and the same names pattern parsed again in each pattern that
/// holds it. An alternation built here is made without parsing; the short parts between are parsed.
enum Patterns {
    /// One alternative of `oneOf`.
    enum Alternative: ExpressibleByStringLiteral {
        /// Its text exactly (letters' case as the options around it say).
        case text(String)
        /// Its words, apart by any white space (`\s+`).
        case words(String)
        /// A verb's words as `words` takes them, and one of `adverbs` or none after its first word:
        /// Swedish puts an adverb right after the verb that agrees ("tog också upp", "har själv lyft").
        case verb(String, adverbs: [String])
        /// A pattern's text, parsed: for the few alternatives that neither says.
        case pattern(String)

        init(stringLiteral text: String) { self = .text(text) }

        var regex: Regex<Substring> {
            switch self {
            case .text(let text): return Regex<Substring>(verbatim: text)
            case .pattern(let pattern): return try! Regex(pattern, as: Substring.self)
            case .words(let words):
                let parts = words.split(separator: " ").map { Regex<Substring>(verbatim: String($0)) }
                return Self.joined(parts)
            case .verb(let words, let adverbs):
                var parts = words.split(separator: " ").map { Regex<Substring>(verbatim: String($0)) }
                guard parts.count > 1 else { return parts[0] }
                let adverb = oneOf(adverbs.map(Alternative.text))
                parts[0] = Regex {
                    parts[0]
                    Optionally {
                        OneOrMore(.whitespace)
                        adverb
                    }
                }
                return Self.joined(parts)
            }
        }

        /// Parts apart by any white space.
        private static func joined(_ parts: [Regex<Substring>]) -> Regex<Substring> {
            parts.dropFirst().reduce(parts[0]) { joined, word in
                Regex {
                    joined
                    OneOrMore(.whitespace)
                    word
                }
            }
        }
    }

    /// One of the alternatives, tried in order, as an alternation parsed from text tries them.
    static func oneOf(_ alternatives: [Alternative]) -> Regex<Substring> {
        let regexes = alternatives.map(\.regex)
        let choice = regexes.dropFirst().reduce(AlternationBuilder.buildPartialBlock(first: regexes[0])) {
            AlternationBuilder.buildPartialBlock(accumulated: $0, next: $1)
        }
        return choice.regex
    }

    /// A short pattern's text, parsed (its groups are captures of the pattern it is part of).
    static func parsed(_ pattern: String) -> Regex<AnyRegexOutput> { try! Regex(pattern) }

    /// Parts one after another as one pattern, their groups its captures in order.
    static func sequence(@RegexComponentBuilder _ parts: () -> some RegexComponent) -> Regex<AnyRegexOutput> {
        Regex<AnyRegexOutput>(parts().regex)
    }
}

extension StringProtocol {
    /// The value of digits a pattern's `\d` took: Swift's `\d` takes any script's digits (`٣`, `３`),
    /// which `Int(_:)` does not read, and a run too long for an Int is `Int.max`: never a trap on
    /// minutes that hold them.
    var digitsValue: Int {
        var value = 0
        for character in self {
            guard let digit = character.wholeNumberValue else { continue }
            let (times, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, overAgain) = times.addingReportingOverflow(digit)
            if over || overAgain { return .max }
            value = sum
        }
        return value
    }
}
