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
            // ("Måns K. redovisade": a surname's initial before a word going on ends no sentence; "Plan B.
            // Vi …" does.)
            if text[match.range.lowerBound] == ".", next < text.endIndex, text[next].isLowercase, isInitial(before: match.range.lowerBound, in: text) { continue }
            sentences.append(String(text[start..<text.index(after: match.range.lowerBound)]))
            start = next
        }
        if start < text.endIndex { sentences.append(String(text[start...])) }
        return sentences.map { $0.trimmingSpaces(newlines: true) }.filter { !$0.isEmpty }
    }

    /// Whether the letter before a full stop is an initial after a name: one capital alone after a
    /// capitalised word ("Måns K."), not an abbreviation's last ("SKR.") nor a sentence's one-letter end.
    static func isInitial(before dot: String.Index, in text: String) -> Bool {
        guard dot > text.startIndex, case let letter = text.index(before: dot), text[letter].isUppercase,
            letter > text.startIndex, case let space = text.index(before: letter), text[space] == " "
        else { return false }
        let word = text[..<space].reversed().prefix { !$0.isWhitespace }
        return word.count >= 2 && word.last!.isUppercase && word.dropLast().allSatisfy(\.isLowercase)
    }
}

/// What a byte of UTF-8 may be, for the cheap tests tried before a pattern (`DateReader`,
/// `RaiserReader`): a byte beyond ASCII may be part of a Unicode digit or space, so it is taken as
/// either, and a test never turns away what the pattern takes.
enum Bytes {
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// ASCII white space, or a byte beyond ASCII (NBSP, an em space…).
    static func maySpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80 }

    /// An ASCII digit, or a byte beyond ASCII.
    static func mayDigit(_ byte: UInt8) -> Bool { isDigit(byte) || byte >= 0x80 }

    /// Whether lowercase text may hold `first`, white space, then one of `thens` (anything, for an
    /// empty one): a cheap test before a pattern of such a phrase, which is tried from every place
    /// of every line it is asked of.
    static func mayHoldPhrase(_ text: [UInt8], _ first: [UInt8], then thens: [[UInt8]]) -> Bool {
        guard let lead = first.first else { return false }
        var at = 0
        while at + first.count <= text.count {
            defer { at += 1 }
            guard text[at] == lead, text[at..<(at + first.count)].elementsEqual(first) else { continue }
            var next = at + first.count
            // (Each place in the white space: a byte beyond ASCII may be the next word's too.)
            while next < text.count, maySpace(text[next]) {
                next += 1
                if thens.contains(where: { text[next...].starts(with: $0) }) { return true }
            }
        }
        return false
    }
}

/// Unicode scalars as patterns' classes take them, for cheap tests that must never turn away a line a
/// pattern takes: `\d` a digit (here any numeric scalar, more than decimal digits), `\s` white space.
/// (A byte beyond ASCII taken as maybe a digit took every en dash for three: "kl. 13.00–16.00" for a
/// dotted date.)
enum Scalars {
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// Whether text holds a run of `count` digits followed by what `end` accepts (nil: the text's end).
    static func holdDigits(_ text: String, _ count: Int, then end: (Unicode.Scalar?) -> Bool = { _ in true }) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            if run >= count, end(scalar) { return true }
            run = isDigit(scalar) ? run + 1 : 0
        }
        return run >= count && end(nil)
    }
}

extension String {
    /// The first match `accept` takes, as `matches(of:).first(where:)` finds it: the first match
    /// alone is found when it is taken (most often), the line searched on only when it is not.
    func firstMatch<Output>(of regex: Regex<Output>, where accept: (Regex<Output>.Match) -> Bool) -> Regex<Output>.Match? {
        guard let first = firstMatch(of: regex) else { return nil }
        return accept(first) ? first : matches(of: regex).dropFirst().first(where: accept)
    }
}

extension StringProtocol {
    /// Whether the text holds `part`, as Foundation's `contains` finds it, without going through
    /// NSString (which was a fifth of reading minutes): byte for byte, which is the same for
    /// texts without combining marks; a text with them is left to Foundation.
    public func holds(_ part: String) -> Bool { place(of: part) != nil }

    /// Where `part` first is, as the count of UTF-8 bytes before it: where Foundation's `range(of:)`
    /// finds it, the same way as `holds`.
    public func place(of part: String) -> Int? {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            // U+0300–U+036F, the combining marks NFC may leave: Foundation compares them as characters.
            if bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return nil }
            return part.utf8.withContiguousStorageIfAvailable { needle -> Int? in
                guard let first = needle.first else { return nil }  // as Foundation: nothing is not held
                guard bytes.count >= needle.count, let base = bytes.baseAddress else { return nil }
                // Each place the first byte is, compared whole there.
                var start = 0
                let last = bytes.count - needle.count
                while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
        if let found = found ?? nil { return found }
        return range(of: part).map { utf8.distance(from: startIndex, to: $0.lowerBound) }
    }

    /// Whether every Character of the text is one scalar that no other joins: every scalar below
    /// U+0300 (every byte below 0xCC). From there on come combining marks, joiners, selectors and
    /// modifiers that join what stands before them, and prepended marks that join what follows.
    public var charactersAreScalars: Bool { utf8.allSatisfy { $0 < 0xCC } }

    /// Its words apart by spaces, as `split(separator: " ")` gives them, found by bytes where every
    /// Character is one scalar (else by Characters): split by Characters, a name's words were most of
    /// telling whether it is a full name, asked of every name of every meeting.
    public func wordsApartBySpaces() -> [Substring] {
        let text = Substring(self)
        guard text.charactersAreScalars else { return text.split(separator: " " as Character) }
        return text.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// The text without any `part` (Markdown's `**`): Foundation's replacing only where it holds one,
    /// as most lines do not.
    public func without(_ part: String) -> String {
        holds(part) ? replacingOccurrences(of: part, with: "") : String(self)
    }
}

/// The text without the spaces and tabs at either end: Foundation's
/// `trimmingCharacters(in: .whitespaces)` (Unicode's space separators, the tab and the zero-width
/// space), without its way through NSString, which was a sixth of reading minutes. With `newlines`,
/// line ends too (`.whitespacesAndNewlines`); `others`, any of its scalars too (a union with
/// `CharacterSet(charactersIn:)`). By scalars, as Foundation trims: a space before a combining mark
/// goes, the mark stays. `trimming(where:)` trims any set so, given as a test of each scalar.
/// (A String's, as the whole of it as a Substring.)
extension String {
    public func trimmingSpaces(newlines: Bool = false, and others: String = "") -> String {
        self[...].trimmingSpaces(newlines: newlines, and: others)
    }

    public func trimming(where trimmed: (Unicode.Scalar) -> Bool) -> String { self[...].trimming(where: trimmed) }

    public func trimming(anyOf scalars: String) -> String { self[...].trimming(anyOf: scalars) }
}

extension Substring {
    public func trimmingSpaces(newlines: Bool = false, and others: String = "") -> String {
        trimming { $0.isSpace || (newlines && $0.isLineEnd) || others.unicodeScalars.contains($0) }
    }

    public func trimming(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        String(unicodeScalars[unicodeScalars.withoutAtEnds(trimmed)])
    }

    /// `trimmingCharacters(in: CharacterSet(charactersIn: scalars))`.
    public func trimming(anyOf scalars: String) -> String { trimming { scalars.unicodeScalars.contains($0) } }
}

extension Unicode.Scalar {
    /// In Foundation's `.whitespaces`: the tab, Unicode's space separators, the zero-width space.
    public var isSpace: Bool {
        switch value {
        case 0x20, 0x09: true
        case 0..<0x80: false
        default: value == 0x200B || properties.generalCategory == .spaceSeparator
        }
    }

    /// In Foundation's `.whitespaces` or `.punctuationCharacters`: what a word, a name or a detail is
    /// trimmed of at its ends.
    public var isSpaceOrPunctuation: Bool { isSpace || isPunctuation }

    /// In Foundation's `.newlines`: U+000A–000D, U+0085, U+2028, U+2029.
    public var isLineEnd: Bool { (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029 }

    /// In Foundation's `.punctuationCharacters` (Unicode's punctuation as Foundation's tables know it).
    public var isPunctuation: Bool {
        value < 0x80 ? Self.asciiPunctuation.contains(UInt8(value)) : Self.punctuation.contains(self)
    }

    private static let punctuation = CharacterSet.punctuationCharacters

    /// ASCII's punctuation by Unicode's categories (not `$`, `+`, `<`, `=`, `>`, `^`, `` ` ``, `|`, `~`: symbols).
    private static let asciiPunctuation = Set("!\"#%&'()*,-./:;?@[\\]_{}".utf8)
}

extension BidirectionalCollection where Element == Unicode.Scalar {
    /// Where the scalars are once those `trimmed` says are left out at either end.
    fileprivate func withoutAtEnds(_ trimmed: (Unicode.Scalar) -> Bool) -> Range<Index> {
        var (start, end) = (startIndex, endIndex)
        while start < end, trimmed(self[start]) { start = index(after: start) }
        while end > start, trimmed(self[index(before: end)]) { end = index(before: end) }
        return start..<end
    }
}
