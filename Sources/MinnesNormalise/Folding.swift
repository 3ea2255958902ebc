import Foundation

/// Letter folding for comparing what people type with what minutes write.
public enum Folding {
    /// Lowercase, without diacritics (å, ä → a; ö → o; é → e), single-spaced: "Matilda Hedén" and
    /// "matilda  heden" share a key.
    public static func key(_ text: some StringProtocol) -> String {
        let lower = text.lowercased()
        // Foundation's folding is slow; most words need none.
        let folded = lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.folding(options: [.diacriticInsensitive], locale: nil)
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
