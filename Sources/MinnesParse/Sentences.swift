import Foundation

// About `nonisolated(unsafe) static let` on the parser's patterns: Regex is not Sendable, but a
// Regex is immutable once made and the library publishes its compiled program atomically.

/// Sentence splitting good enough for minutes: after `.`, `!` or `?` and white space.
enum Sentences {
    // Swift's Regex has no lookbehind, so the end of each sentence is cut by hand.
    nonisolated(unsafe) static let end = /[.!?]\s+/

    static func split(_ text: String, beforeCapital: Bool) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        for match in text.matches(of: end) {
            let next = match.range.upperBound
            if beforeCapital, next < text.endIndex, !text[next].isUppercase { continue }
            sentences.append(String(text[start..<text.index(after: match.range.lowerBound)]))
            start = next
        }
        if start < text.endIndex { sentences.append(String(text[start...])) }
        return sentences.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
