import CFolding

/// Letter folding for comparing what people type with what minutes write. The fold itself is
/// `minnes_fold_scalar` (CFolding), which the Xapian shim's folding stemmer uses too: the index, the
/// query, the people register, name keys and spelling suggestions fold alike.
public enum Folding {
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
