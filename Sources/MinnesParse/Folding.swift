import CFolding

/// Letter folding for comparing what people type with what minutes write. The fold itself is
/// `minnes_fold_scalar` (CFolding), which the Xapian shim's folding stemmer uses too: the index, the
/// query, the people register, name keys and spelling suggestions fold alike.
public enum Folding {
    /// The words of a text (see `words(in:digits:)`), lowercase: as Xapian's term generator writes them.
    /// The text is lowercased once, whole, then split: the same words as lowercasing each (lowercasing
    /// is letter by letter and keeps letters letters), without a string per word made twice.
    public static func lowercaseWords(in text: String, digits: Bool = true) -> [String] {
        words(in: text.lowercased(), digits: digits).map(String.init)
    }

    /// The words of a text: its runs of letters (and digits, unless `digits` is false), the combining
    /// marks of Latin letters (U+0300–036F, text typed in NFD) kept with their letter. For Swedish, what
    /// `split { !($0.isLetter || $0.isNumber) }` finds, without its per-Character grapheme breaking and
    /// property look-ups, which dominated indexing's profile.
    public static func words(in text: String, digits: Bool = true) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let inWord: Bool
            if value < 0x80 {
                inWord = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || digits && value >= 0x30 && value <= 0x39
            } else if (0x300...0x36F).contains(value) {
                inWord = start != nil
            } else {
                inWord = scalar.properties.isAlphabetic || digits && scalar.properties.numericType != nil
            }
            if inWord {
                if start == nil { start = index }
            } else if let first = start {
                words.append(text[first..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// Lowercase, folded (å, ä, æ → a; ö, ø → o; é → e …), single-spaced: "Matilda Hedén",
    /// "matilda  heden" and "Øjvind Ærø" / "Öjvind Ärö" share a key.
    public static func key(_ text: some StringProtocol) -> String {
        let lower = text.lowercased()
        var scalars = String.UnicodeScalarView()
        var space = true  // drops leading whitespace and collapses runs
        for scalar in lower.unicodeScalars {
            // ASCII first: Unicode's property tables are slow to ask for every letter of every name.
            if scalar.isASCII ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C)
                : scalar.properties.isWhitespace
            {
                if !space { scalars.append(" ") }
                space = true
                continue
            }
            space = false
            // Combining marks (text typed in NFD) fold away with the letter they sit on.
            if scalar.isASCII {
                scalars.append(scalar)
                continue
            }
            if (0x300...0x36F).contains(scalar.value) { continue }
            scalars.append(Unicode.Scalar(minnes_fold_scalar(scalar.value)) ?? scalar)
        }
        if scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
