import Foundation

/// Finds who the minutes say brought an item up, as written ("Marie Klippan", "Mikael L", "Svalöv").
/// The normalise stage decides whom the words mean.
enum RaiserReader {
    static let name = #"\p{Lu}[\p{L}-]+(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Lu}\b\.?)){0,2}"#
    static let names = "(\(name)(?:\\s*(?:,|och|&)\\s*\(name))*)"
    static let verbs = [
        "lyfte", "lyfter", "lyft", "tar upp", "tog upp", "efterfrågar", "efterfrågade", "informerar", "informerade",
        "berättar", "berättade", "önskar", "önskade", "introducerar", "introducerade", "meddelar", "meddelade",
        "undrar", "undrade", "föreslår", "föreslog", "presenterar", "presenterade", "väcker", "väckte",
        "tar med sig frågan", "har lyft",
    ]

    /// "Ärende från X:", "Fråga från X", "Information från X", "Återkoppling från X"…
    nonisolated(unsafe) static let fromPhrase = try! Regex(
        #"(?i:ärende|ärenden|fråga|frågor|information|info|förslag|återkoppling|inspel|punkt|önskemål)\s+(?i:från)\s+"#
            + names)
    /// "Från föregående möte, X:"
    nonisolated(unsafe) static let previousMeeting = try! Regex(#"(?i:från föregående möte),?\s+"# + names + #"\s*:"#)
    /// "X lyfter frågan", "X och Y informerar", "Svalöv efterfrågar" at the start of a sentence.
    nonisolated(unsafe) static let subjectVerb = try! Regex(
        #"(?:^|[.!?:]\s+|\n\s*)"# + names + #"(?:\s+(?i:från|på|i)\s+\p{Lu}\S*|\s*\([^)]*\))?\s+(?i:"#
            + verbs.joined(separator: "|") + #")\b"#)
    /// "X: dialog kring …" opening an item's text.
    nonisolated(unsafe) static let nameColon = try! Regex(#"^\s*"# + names + #"\s*:\s+\p{Ll}"#)
    /// "… förslag - Barbara Ängelholm." ending a title line.
    nonisolated(unsafe) static let trailing = try! Regex(#"[-–—]\s*("# + name + #")\s*\.?\s*$"#)

    nonisolated(unsafe) static let nameSeparator = /\s*(?:,|\boch\b|&)\s*/

    struct Mention: Equatable {
        /// The name as written, without a trailing kommun.
        var name: String?
        var municipality: String?
        var evidence: String
    }

    /// Mentions in an item's title line and its opening sentences.
    static func mentions(titleLine: String, opening: String) -> [Mention] {
        var found: [Mention] = []
        func add(_ match: Regex<AnyRegexOutput>.Match, group: Int = 1) {
            guard let text = match.output[group].substring else { return }
            let evidence = String(match.output[0].substring ?? text).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            for part in text.split(separator: nameSeparator) {
                let mention = mention(String(part), evidence: evidence)
                if !found.contains(where: { $0.name == mention.name && $0.municipality == mention.municipality }) {
                    found.append(mention)
                }
            }
        }
        let line = titleLine.replacingOccurrences(of: "**", with: "")
        let text = opening.replacingOccurrences(of: "**", with: "")
        for source in [line, text] {
            let lower = source.lowercased()
            // Cheap tests before the patterns, which backtrack over names.
            if lower.contains("från") {
                for regex in [fromPhrase, previousMeeting] { source.matches(of: regex).forEach { add($0) } }
            }
            if verbs.contains(where: { lower.contains($0) }) { source.matches(of: subjectVerb).forEach { add($0) } }
        }
        if text.contains(":"), let match = text.firstMatch(of: nameColon) { add(match) }
        if line.contains(where: { "-–—".contains($0) }), let match = line.firstMatch(of: trailing) { add(match) }
        return found
    }

    /// Splits "Marie Klippan" into a first name and a kommun; a lone kommun names only the kommun.
    static func mention(_ words: String, evidence: String) -> Mention {
        var parts = words.split(separator: " ").map(String.init)
        if parts.count == 1, let kommun = Municipality.named(parts[0]) {
            return Mention(name: nil, municipality: kommun, evidence: evidence)
        }
        var municipality: String?
        if parts.count > 1, let kommun = Municipality.named(parts.last!) {
            municipality = kommun
            parts.removeLast()
        }
        return Mention(name: parts.joined(separator: " "), municipality: municipality, evidence: evidence)
    }
}

/// Finds decisions: `Beslut: …` and "Nätverket beslutar/beslutade att …".
enum DecisionReader {
    nonisolated(unsafe) static let label = /(?i)\bbeslut\s*:\s*/
    nonisolated(unsafe) static let blankLine = /\n\s*\n/
    nonisolated(unsafe) static let verb = /(?i)\b(beslutar|beslutade|beslöt|beslutades|beslöts|beslutat)\s+att\b/

    static func decisions(in text: String) -> [String] {
        var decisions: [String] = []
        guard text.localizedCaseInsensitiveContains("beslut") || text.localizedCaseInsensitiveContains("beslöt") else { return [] }
        for paragraph in text.split(separator: blankLine) {
            let paragraph = paragraph.split(whereSeparator: \.isNewline).joined(separator: " ")
            if let match = paragraph.firstMatch(of: label) {
                decisions.append(String(paragraph[match.range.upperBound...]).trimmingCharacters(in: .whitespaces))
                continue
            }
            for sentence in sentences(paragraph) where sentence.contains(verb) {
                decisions.append(sentence)
            }
        }
        return decisions.filter { !$0.isEmpty }
    }

    static func sentences(_ text: String) -> [String] {
        Sentences.split(text, beforeCapital: true)
    }
}
