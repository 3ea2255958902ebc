import Foundation

/// Letter folding for comparing what people type with what minutes write.
public enum Folding {
    /// Lowercase, without diacritics (å, ä → a; ö → o; é → e), single-spaced: "Matilda Hedén" and
    /// "matilda  heden" share a key.
    public static func key(_ text: some StringProtocol) -> String {
        text.lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
