import Foundation

/// Minutes as text: NFC, LF line ends, no BOM — whatever bytes they arrived as.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
        /// An old DOS system's code page 850 (whose Swedish letters 437's are too).
        case cp850 = "DOS code page 850"
        /// The Mac's own before Unicode (Word for Mac's "Text Only", TextEdit's "Mac OS Roman").
        case macRoman = "Mac OS Roman"
        /// Latin-9, an old Unix system's with the euro sign (`sv_SE@euro`).
        case latin9 = "ISO-8859-15"
        /// Notepad's "Unicode" (little-endian) and "Unicode big endian", each after its byte order mark.
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
    }

    public let text: String
    public let encoding: Encoding
    /// Bytes no character stands for (the five Windows-1252 leaves undefined), read as U+FFFD.
    public var unreadableBytes = 0
    /// Bytes of a code page (`encoding`) among UTF-8's, as a file two programs wrote holds them: its
    /// UTF-8 read as UTF-8.
    public var partlyUTF8 = false
    /// Lines of UTF-8 once read as Windows-1252 and saved as UTF-8 again ("Ã¤" for "ä"), repaired.
    public var repairedLines = 0
    /// UTF-16 without its byte order mark, its order told by its NULs.
    public var unmarked = false

    public init(text: String, encoding: Encoding, unreadableBytes: Int = 0, partlyUTF8: Bool = false, repairedLines: Int = 0, unmarked: Bool = false) {
        (self.text, self.encoding, self.unreadableBytes) = (text, encoding, unreadableBytes)
        (self.partlyUTF8, self.repairedLines, self.unmarked) = (partlyUTF8, repairedLines, unmarked)
    }
}

/// Why a file cannot be read as minutes.
public enum DecodeError: Error, CustomStringConvertible, Equatable {
    case empty
    case binary

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .binary: "the file is not text (it holds NUL bytes)"
        }
    }
}

extension DecodedText.Encoding {
    /// The 8-bit code page a MIME charset names, of those Minnes reads (ISO-8859-1 as Windows-1252,
    /// its superset, as browsers read it); nil for any other.
    public init?(charset: String) {
        switch charset.lowercased() {
        case "windows-1252", "cp1252", "iso-8859-1", "iso_8859-1", "latin1", "l1": self = .windows1252
        case "ibm850", "cp850", "850": self = .cp850
        case "macintosh", "mac", "x-mac-roman", "macroman", "csmacintosh": self = .macRoman
        case "iso-8859-15", "iso_8859-15", "latin9", "latin-9", "l9": self = .latin9
        default: return nil
        }
    }
}

public enum Decoder {
    /// Decodes minutes saved as UTF-8 (with or without BOM; lines once read as Windows-1252 and saved
    /// again repaired), else as Windows-1252, the encoding Swedish files saved on Windows use (or DOS's
    /// code page 850, Mac OS Roman or Latin-9, `codePage(of:)`), with what runs of UTF-8 they hold as
    /// UTF-8, or as UTF-16 after its byte order mark (Notepad's "Unicode") or without one. Line ends
    /// (a classic Mac's CR too) become LF and the text NFC, so later stages see one form.
    /// (`declared`: the code page the bytes say they are in, a mail's charset, read so unless they
    /// are UTF-8.)
    public static func decode(_ bytes: Data, declared: DecodedText.Encoding? = nil) throws(DecodeError) -> DecodedText {
        var body = bytes[...]
        var text: String
        let encoding: DecodedText.Encoding
        var (unreadable, partlyUTF8, repaired, unmarked) = (0, false, 0, false)
        if let (order, units, marked) = utf16(body) {
            // (Unpaired surrogates, or an odd last byte, are read as U+FFFD.)
            (text, encoding, unmarked) = (String(decoding: units, as: UTF16.self), order, !marked)
            unreadable = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        } else {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if body.starts(with: bom) { body = body.dropFirst(bom.count) }
            // Text files never hold NUL; UTF-16 without its mark and binary formats do.
            if body.contains(0) { throw .binary }
            if let utf8 = String(bytes: body, encoding: .utf8) {
                (text, encoding) = (utf8, .utf8)
                (text, repaired) = readTwiceRepaired(text)
            } else {
                // (Runs of UTF-8 among a code page's bytes, when there are some and not a few a code
                // page's letters happen to make, in a text mostly of them.)
                let (sequences, strays) = utf8Sequences(body)
                partlyUTF8 = sequences >= 3 && sequences * 10 >= strays.count
                encoding = declared ?? codePage(of: strays) ?? .windows1252
                (text, unreadable) = decoded(body, in: CodePage.of(encoding), utf8Too: partlyUTF8)
            }
        }

        // (Each through NSString only when it can change the text: for every file, a fortieth of reading.)
        // (A zero-width no-break space inside the text, a BOM pasted in with a quoted part, is no letter.)
        if text.utf8.contains(0xEF), text.unicodeScalars.contains("\u{FEFF}") { text = text.replacingOccurrences(of: "\u{FEFF}", with: "") }
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let normalised = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        if normalised.allSatisfy(\.isWhitespace) { throw .empty }
        return DecodedText(text: normalised, encoding: encoding, unreadableBytes: unreadable, partlyUTF8: partlyUTF8, repairedLines: repaired, unmarked: unmarked)
    }

    /// Which other code page than Windows-1252 bytes that are not UTF-8 are in, if any: DOS's 850 or
    /// Mac OS Roman, where more of them are its Swedish letters (å ä ö Å Ä Ö é; å ä ö Å for the Mac,
    /// whose Ä and Ö are Windows-1252's € and …) than any other's, twice over. In Windows-1252 the
    /// others' letters are punctuation or rare letters (850's „ † ” ™, the Mac's Š š Œ), and theirs
    /// (0xE5 0xE4 0xF6 …) are rare letters and signs in the others. Latin-9 where none is one of
    /// Windows-1252's own (0x80–0x9F) and some are Latin-9's € Š š (Windows-1252's ¤ ¦ ¨, which
    /// minutes do not write).
    static func codePage(of bytes: some Sequence<UInt8>) -> DecodedText.Encoding? {
        var (dos, mac, windows, windowsOwn, latin9) = (0, 0, 0, 0, 0)
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82: dos += 1
            case 0x8C, 0x8A, 0x9A, 0x81: mac += 1
            case 0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9: windows += 1
            case 0xA4, 0xA6, 0xA8: latin9 += 1
            default: break
            }
            if byte < 0xA0 { windowsOwn += 1 }
        }
        if dos >= 3 && dos > 2 * max(windows, mac) { return .cp850 }
        if mac >= 3 && mac > 2 * max(windows, dos) { return .macRoman }
        if latin9 > 0, windowsOwn == 0 { return .latin9 }
        return nil
    }

    /// How many sequences of bytes that are not UTF-8 as a whole are UTF-8's (a lead byte and its
    /// continuations, of a character UTF-8 writes so), and the bytes beyond ASCII that are not.
    static func utf8Sequences(_ bytes: Data.SubSequence) -> (sequences: Int, strays: [UInt8]) {
        var (sequences, strays, index) = (0, [UInt8](), bytes.startIndex)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if let length = utf8Length(bytes, at: index) {
                (sequences, index) = (sequences + 1, index + length)
            } else {
                strays.append(byte)
                index += 1
            }
        }
        return (sequences, strays)
    }

    /// The length of the UTF-8 sequence of a character beyond ASCII at index, if one is there.
    static func utf8Length(_ bytes: Data.SubSequence, at index: Data.Index) -> Int? {
        let length = switch bytes[index] {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        guard length > 0, index + length <= bytes.endIndex, String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return nil }
        return length
    }

    /// Bytes as text in a code page, and how many of them it leaves undefined (read as U+FFFD); with
    /// `utf8Too`, a UTF-8 sequence among them as its character.
    static func decoded(_ bytes: Data.SubSequence, in page: CodePage, utf8Too: Bool) -> (text: String, unreadable: Int) {
        var (scalars, unreadable, index) = (String.UnicodeScalarView(), 0, bytes.startIndex)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80, utf8Too, let length = utf8Length(bytes, at: index) {
                scalars.append(contentsOf: String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars)
                index += length
                continue
            }
            let scalar = page.scalars[Int(byte)]
            if scalar == "\u{FFFD}" { unreadable += 1 }
            scalars.append(scalar)
            index += 1
        }
        return (String(scalars), unreadable)
    }

    /// Whether UTF-8 holds an Ã, Â or â, with which each pair of a text read twice opens (C3 83, C3 82,
    /// C3 A2), looked for by bytes: every Swedish text holds C3, its å, ä and ö.
    static func holdsReadTwicePair(_ utf8: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        return utf8.contains { byte in
            defer { previous = byte }
            return previous == 0xC3 && (byte == 0x83 || byte == 0x82 || byte == 0xA2)
        }
    }

    /// A text's lines that are UTF-8 once read as Windows-1252 and saved as UTF-8 again ("Ã¤" for "ä",
    /// "â€“" for "–"), read back: a line whose characters are all Windows-1252's and whose bytes in it
    /// are UTF-8 (a character beyond ASCII is UTF-8 only with others, so this is never so by chance
    /// in Swedish, whose letters stand among ASCII's). How many were.
    static func readTwiceRepaired(_ text: String) -> (text: String, repaired: Int) {
        guard holdsReadTwicePair(text.utf8) else { return (text, 0) }
        var repaired = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard holdsReadTwicePair(line.utf8) else { return line }
            var bytes: [UInt8] = []
            for scalar in line.unicodeScalars {
                if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else if let byte = CodePage.windows1252Bytes[scalar] { bytes.append(byte) } else { return line }
            }
            guard let read = String(validating: bytes, as: UTF8.self) else { return line }
            repaired += 1
            return Substring(read)
        }
        return repaired == 0 ? (text, 0) : (lines.joined(separator: "\n"), repaired)
    }

    /// The UTF-16 code units of bytes that start with UTF-16's byte order mark, or are UTF-16 without
    /// one (`unmarkedUTF16`), their order and whether they had the mark; nil for any other bytes.
    static func utf16(_ bytes: Data.SubSequence) -> (DecodedText.Encoding, [UInt16], marked: Bool)? {
        guard bytes.count >= 2 else { return nil }
        let (first, second) = (bytes[bytes.startIndex], bytes[bytes.startIndex + 1])
        let order: DecodedText.Encoding, mark: Int
        switch (first, second) {
        case (0xFF, 0xFE): (order, mark) = (.utf16LE, 2)
        case (0xFE, 0xFF): (order, mark) = (.utf16BE, 2)
        default:
            guard let unmarked = unmarkedUTF16(bytes) else { return nil }
            (order, mark) = (unmarked, 0)
        }
        let pairs = Array(bytes.dropFirst(mark))
        var units = stride(from: 0, to: pairs.count - 1, by: 2).map { index -> UInt16 in
            let (low, high) = order == .utf16LE ? (pairs[index], pairs[index + 1]) : (pairs[index + 1], pairs[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        if pairs.count % 2 == 1 { units.append(0xD800) }  // (a lone half: read as U+FFFD)
        return (order, units, mark > 0)
    }

    /// The order of UTF-16 written without its mark (some export tools' "Unicode"): text of Latin
    /// letters is mostly ASCII, so most of its pairs of bytes have a NUL, on the same side; text files
    /// hold no NUL at all, binary formats NULs anywhere.
    static func unmarkedUTF16(_ bytes: Data.SubSequence) -> DecodedText.Encoding? {
        guard bytes.count % 2 == 0, bytes.count >= 8 else { return nil }
        var (even, odd) = (0, 0)
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let pairs = bytes.count / 2
        // (A letter beyond Latin whose one byte is NUL, "Ā" or a CJK one, may stand on the other side.)
        if odd * 10 >= pairs * 7, even * 20 < odd { return .utf16LE }
        if even * 10 >= pairs * 7, odd * 20 < even { return .utf16BE }
        return nil
    }

    /// Whether a text is NFC for certain, by its scalars alone: all below U+0300 (Latin letters
    /// precomposed, no combining mark) or punctuation of U+2002–U+206F (U+2000 and U+2001 are
    /// not NFC) or the euro sign, as Swedish minutes mostly are; any other text is normalised.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x206F).contains($0.value) || $0.value == 0x20AC }
    }
}
