import Foundation
import Testing

@testable import MinnesParse

/// The alternations made as Regex's tree (`Patterns`) match as the same alternation parsed from its
/// text would: the same place, the same length, the first alternative that fits, in any case.
@Suite("Patterns built, not parsed")
struct PatternsTests {
    /// An alternative as an alternation's text writes it.
    static func text(_ alternative: Patterns.Alternative) -> String {
        switch alternative {
        case .text(let text): text.map { "\\^$.|?*+()[]{}/#-&~".contains($0) ? "\\\($0)" : String($0) }.joined()
        case .words(let words): words.split(separator: " ").joined(separator: #"\s+"#)
        case .verb(let words, let adverbs):
            words.split(separator: " ", maxSplits: 1).map { $0.split(separator: " ").joined(separator: #"\s+"#) }
                .joined(separator: #"(?:\s+(?:"# + adverbs.joined(separator: "|") + #"))?\s+"#)
        case .pattern(let pattern): pattern
        }
    }

    /// Where each line's first match is, built and parsed, and the lines where they differ.
    static func differences(_ alternatives: [Patterns.Alternative], in lines: [String]) throws -> (matched: Int, differing: [String]) {
        let built = Patterns.oneOf(alternatives).ignoresCase()
        let parsed = try Regex("(?i:" + alternatives.map(text).joined(separator: "|") + ")", as: Substring.self)
        var (matched, differing) = (0, [String]())
        for line in lines {
            let (a, b) = (line.firstMatch(of: built)?.range, line.firstMatch(of: parsed)?.range)
            if b != nil { matched += 1 }
            if a != b { differing.append(line) }
        }
        return (matched, differing)
    }

    /// Each alternative written as minutes might: in capitals, in lower case, words apart by a tab
    /// or two spaces, inside a line and at its start.
    static func writings(_ alternatives: [Patterns.Alternative]) -> [String] {
        alternatives.flatMap { alternative -> [String] in
            let written: String
            switch alternative {
            case .text(let text): written = text
            case .words(let words): written = words
            case .verb(let words, let adverbs):
                // Each of its forms as minutes might write the words.
                let parts = words.split(separator: " ", maxSplits: 1)
                let forms = [words] + (parts.count < 2 ? [] : adverbs.map { "\(parts[0]) \($0) \(parts[1])" })
                return writings(forms.map(Patterns.Alternative.words))
            case .pattern: return []
            }
            return [written, written.uppercased(), written.replacingOccurrences(of: " ", with: "\t"),
                    written.replacingOccurrences(of: " ", with: "  "), "Under mötet \(written.capitalized) om läget:",
                    "\(written)er", "x\(written.dropLast())"]
        }
    }

    @Test func theHeadingsLabelsMatchAsTheirTextWould() throws {
        let lines = Self.writings(PeopleLists.labels.map(\.text)) + (try CheapTestsBeforePatterns.fixtureLines())
        let (matched, differing) = try Self.differences(PeopleLists.labels.map(\.text), in: lines)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(matched > 2 * PeopleLists.labels.map(\.text).count)
    }

    @Test func theRaisingVerbsMatchAsTheirTextWould() throws {
        let verbs = RaiserReader.verbs.map { Patterns.Alternative.verb($0, adverbs: RaiserReader.adverbs) }
        let lines = Self.writings(verbs) + (try CheapTestsBeforePatterns.fixtureLines())
        let (matched, differing) = try Self.differences(verbs, in: lines)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(matched > 2 * verbs.count)
    }

    /// Alternatives where order, case, white space and signs that mean something in a pattern's text
    /// decide what matches.
    @Test func anAlternationTriesItsAlternativesInOrderInAnyCase() throws {
        let alternatives: [Patterns.Alternative] = [
            "gäst", "gäster", .words("tar upp"), "tar", "närv.", "sekr.", "sekr", "(obs)", .pattern(#"vi\s+var(?=\s*:)"#), "Åsa Ö",
        ]
        let lines = Self.writings(alternatives) + [
            "Gäster: Per", "TAR  UPP frågan", "tar\tupp", "närvaro", "närv: x", "NÄRV. x", "sekreterare", "Vi var: alla", "vi var här",
            "åsa ö", "ÅSA Ö", "asa o", "(OBS) viktigt", "obs",
        ]
        let (matched, differing) = try Self.differences(alternatives, in: lines)
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(matched > lines.count / 2)
        // What the built alternation takes where it matters.
        let built = Patterns.oneOf(alternatives).ignoresCase()
        #expect("Gäster: Per".firstMatch(of: built).map { String($0.output) } == "Gäst")
        #expect("TAR  UPP frågan".firstMatch(of: built).map { String($0.output) } == "TAR  UPP")
        #expect("NÄRV: x".firstMatch(of: built) == nil && "närvaro".firstMatch(of: built) == nil)
        #expect("vi var här".firstMatch(of: built) == nil && "ÅSA Ö".firstMatch(of: built) != nil)
    }

    /// A sequence's captures are its parts' groups in order: the kommun, then the names.
    @Test func aSequencesCapturesAreItsPartsGroupsInOrder() throws {
        let match = try #require("Från Klippan berättade Sara Lind och Per Holm att".firstMatch(of: RaiserReader.fromKommunVerb))
        #expect(match.output[1].substring == "Klippan" && match.output[2].substring == "Sara Lind och Per Holm")
        let heading = try #require("**Närvarande enligt listan**: Anna Berg".wholeMatch(of: PeopleLists.heading))
        #expect(heading.output.map { $0.substring.map(String.init) } == [
            "**Närvarande enligt listan**: Anna Berg", "Närvarande", " enligt listan", ":", "Anna Berg",
        ])
    }

    /// Digits as `\d` takes them: any script's read as their value; a run too long for an Int is the
    /// largest Int (no day, month or item's number), not a trap.
    @Test func digitsReadAsTheirValueWhateverTheirScript() {
        #expect("2024".digitsValue == 2024)
        #expect("٢٠٢٤".digitsValue == 2024)
        #expect("２０２４".digitsValue == 2024)
        #expect("99999999999999999999".digitsValue == Int.max)
    }
}
