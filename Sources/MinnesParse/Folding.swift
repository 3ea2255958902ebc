import CFolding

/// Letter folding for comparing what people type with what minutes write. The fold itself is
/// `minnes_fold_scalar` (CFolding), which the Xapian shim's folding stemmer uses too: the index, the
/// query, the people register, name keys and spelling suggestions fold alike.
public enum Folding {
    /// The words of a text (see `words(in:digits:)`), lowercase: as Xapian's term generator writes them.
    /// The text is lowercased once, whole, then split: the same words as lowercasing each (lowercasing
    /// is letter by letter and keeps letters letters), without a string per word made twice.
    public static func lowercaseWords(in text: String, digits: Bool = true) -> [String] {
        Latin.words(in: text, fold: false, digits: digits) ?? words(in: text.lowercased(), digits: digits).map(String.init)
    }

    /// The words of `key(text)`: lowercase, folded. Texts of Latin letters take a byte-wise way (see
    /// `Latin`); looking through every unchanged file's text for a respelt name is made of this.
    public static func foldedWords(in text: String) -> [String] {
        Latin.words(in: text, fold: true, digits: true) ?? words(in: key(text)).map(String.init)
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
        Latin.key(String(text)) ?? generalKey(text)
    }

    /// `key` for any text, asking Unicode's tables letter by letter.
    static func generalKey(_ text: some StringProtocol) -> String {
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

    /// Texts written in Latin letters (below U+0250: Swedish, and what Swedish offices write) and
    /// general punctuation (U+2000–21FF: dashes, quotes, bullets, €), read byte by byte through a table
    /// of what each lowercases and folds to and whether it is part of a word: what `key`, `words` and
    /// `lowercaseWords` give, without a String made per step nor a Unicode property asked per letter.
    /// The table is made once from Swift's own lowercasing and the one fold, so both ways agree by
    /// construction; a text with any other letter (Greek, whose Σ lowercases by context; combining
    /// marks; İ, which lowercases to two) takes the general way.
    enum Latin {
        struct Letter {
            /// Lowercase, and lowercase folded; 0 when lowercasing does not give one letter.
            let lower: UInt32, folded: UInt32
            /// What `words(in:digits:)` makes of each: 0 not in a word, 1 a letter, 2 a digit.
            let lowerKind: UInt8, foldedKind: UInt8
            let isWhitespace: Bool
        }

        /// The two ranges the table holds.
        static let latin: Range<UInt32> = 0..<0x250, punctuation: Range<UInt32> = 0x2000..<0x2200

        static let letters: [Letter] = (Array(latin) + Array(punctuation)).map { value in
            let scalar = Unicode.Scalar(value)!
            let lowered = String(Character(scalar)).lowercased().unicodeScalars
            guard lowered.count == 1, let lower = lowered.first else {
                return Letter(lower: 0, folded: 0, lowerKind: 0, foldedKind: 0, isWhitespace: false)
            }
            let folded = lower.isASCII ? lower : Unicode.Scalar(minnes_fold_scalar(lower.value)) ?? lower
            let kind = { (scalar: Unicode.Scalar) -> UInt8 in
                if scalar.isASCII {
                    let value = scalar.value
                    return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A ? 1 : value >= 0x30 && value <= 0x39 ? 2 : 0
                }
                return scalar.properties.isAlphabetic ? 1 : scalar.properties.numericType != nil ? 2 : 0
            }
            return Letter(
                lower: lower.value, folded: folded.value, lowerKind: kind(lower), foldedKind: kind(folded),
                isWhitespace: scalar.isASCII ? " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains(scalar) : scalar.properties.isWhitespace)
        }

        /// A scalar's entry; nil outside the table or where lowercasing gives more than one.
        @inline(__always)
        static func letter(_ value: UInt32) -> Letter? {
            let letter: Letter
            if value < latin.upperBound {
                letter = letters[Int(value)]
            } else if punctuation.contains(value) {
                letter = letters[latin.count + Int(value - punctuation.lowerBound)]
            } else {
                return nil
            }
            return letter.lower == 0 ? nil : letter
        }

        /// Each letter of a text as its table entry, in order; false when one is not in the table.
        @inline(__always)
        static func forEachLetter(of text: String, _ body: (Letter) -> Void) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    var value = UInt32(byte)
                    // Valid UTF-8 (a Swift String): two bytes below U+0800, three below U+10000.
                    if byte >= 0xE0 {
                        guard byte < 0xF0, index + 2 < bytes.count else { return false }
                        value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 2
                    } else if byte >= 0x80 {
                        guard index + 1 < bytes.count else { return false }
                        value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 1
                    }
                    guard let letter = letter(value) else { return false }
                    body(letter)
                    index += 1
                }
                return true
            }
        }

        @inline(__always)
        static func append(_ value: UInt32, to bytes: inout [UInt8]) {
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(Unicode.Scalar(value)!) { bytes.append($0) }
            }
        }

        static func key(_ text: String) -> String? {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var space = true
            let latin = forEachLetter(of: text) { letter in
                if letter.isWhitespace {
                    if !space { bytes.append(0x20) }
                    space = true
                    return
                }
                space = false
                append(letter.folded, to: &bytes)
            }
            guard latin else { return nil }
            if bytes.last == 0x20 { bytes.removeLast() }
            return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        }

        static func words(in text: String, fold: Bool, digits: Bool) -> [String]? {
            var words: [String] = []
            var word: [UInt8] = []
            let latin = forEachLetter(of: text) { letter in
                let kind = fold ? letter.foldedKind : letter.lowerKind
                if kind == 1 || digits && kind == 2 {
                    append(fold ? letter.folded : letter.lower, to: &word)
                } else if !word.isEmpty {
                    words.append(word.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
                    word.removeAll(keepingCapacity: true)
                }
            }
            guard latin else { return nil }
            if !word.isEmpty { words.append(word.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }) }
            return words
        }
    }
}
