import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Minutes as text: NFC, LF line ends, no BOM — whatever bytes they arrived as.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
        /// An old DOS system's code page 850 (whose Swedish letters 437's are too).
        case cp850 = "DOS code page 850"
        /// The Mac's own before Unicode (Word for Mac's "Text Only", TextEdit's "Mac OS Roman").
        case macRoman = "Mac OS Roman"
        /// Notepad's "Unicode" (little-endian) and "Unicode big endian", each after its byte order mark.
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
    }

    public let text: String
    public let encoding: Encoding
    /// Bytes no character stands for (the five Windows-1252 leaves undefined), read as U+FFFD.
    public var unreadableBytes = 0

    public init(text: String, encoding: Encoding, unreadableBytes: Int = 0) {
        (self.text, self.encoding, self.unreadableBytes) = (text, encoding, unreadableBytes)
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
        default: return nil
        }
    }
}

public enum Decoder {
    /// Decodes minutes saved as UTF-8 (with or without BOM), else as Windows-1252, the encoding Swedish
    /// files saved on Windows use (or DOS's code page 850, or Mac OS Roman, where its å, ä and ö are
    /// the bytes the text holds), or as UTF-16 after its byte order mark (Notepad's "Unicode"). Line
    /// ends (a classic Mac's CR too) become LF and the text NFC, so later stages see one form.
    /// (`declared`: the code page the bytes say they are in, a mail's charset, read so unless they
    /// are UTF-8.)
    public static func decode(_ bytes: Data, declared: DecodedText.Encoding? = nil) throws(DecodeError) -> DecodedText {
        var body = bytes[...]
        var text: String
        let encoding: DecodedText.Encoding
        var unreadable = 0
        if let (order, units) = utf16(body) {
            // (Unpaired surrogates, or an odd last byte, are read as U+FFFD.)
            (text, encoding) = (String(decoding: units, as: UTF16.self), order)
            unreadable = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        } else {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if body.starts(with: bom) { body = body.dropFirst(bom.count) }
            // Text files never hold NUL; UTF-16 without its mark and binary formats do.
            if body.contains(0) { throw .binary }
            if let utf8 = String(bytes: body, encoding: .utf8) {
                (text, encoding) = (utf8, .utf8)
            } else if let codePage = declared ?? codePage(of: body), codePage != .windows1252,
                let read = decoded(body, codePage: codePage == .cp850 ? "CP850" : "MACINTOSH")
            {
                (text, encoding) = (read, codePage)
            } else {
                // Windows-1252 leaves five bytes undefined, and Foundation refuses a whole text for one of
                // them: each stands in as SUB (0x1A, which minutes never hold) and is read as U+FFFD.
                let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
                unreadable = body.reduce(0) { $0 + (undefined.contains($1) ? 1 : 0) }
                let bytes = unreadable == 0 ? Data(body) : Data(body.map { undefined.contains($0) ? 0x1A : $0 })
                text = String(bytes: bytes, encoding: .windowsCP1252) ?? ""
                if unreadable > 0 { text = text.replacingOccurrences(of: "\u{1A}", with: "\u{FFFD}") }
                encoding = .windows1252
            }
        }

        // (Each through NSString only when it can change the text: for every file, a fortieth of reading.)
        // (A zero-width no-break space inside the text, a BOM pasted in with a quoted part, is no letter.)
        if text.utf8.contains(0xEF), text.unicodeScalars.contains("\u{FEFF}") { text = text.replacingOccurrences(of: "\u{FEFF}", with: "") }
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let normalised = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        if normalised.allSatisfy(\.isWhitespace) { throw .empty }
        return DecodedText(text: normalised, encoding: encoding, unreadableBytes: unreadable)
    }

    /// Which other code page than Windows-1252 bytes that are not UTF-8 are in, if any: DOS's 850 or
    /// Mac OS Roman, where more of them are its Swedish letters (å ä ö Å Ä Ö é; å ä ö Å for the Mac,
    /// whose Ä and Ö are Windows-1252's € and …) than any other's, twice over. In Windows-1252 the
    /// others' letters are punctuation or rare letters (850's „ † ” ™, the Mac's Š š Œ), and theirs
    /// (0xE5 0xE4 0xF6 …) are rare letters and signs in the others.
    static func codePage(of bytes: Data.SubSequence) -> DecodedText.Encoding? {
        var (dos, mac, windows) = (0, 0, 0)
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82: dos += 1
            case 0x8C, 0x8A, 0x9A, 0x81: mac += 1
            case 0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9: windows += 1
            default: break
            }
        }
        if dos >= 3 && dos > 2 * max(windows, mac) { return .cp850 }
        if mac >= 3 && mac > 2 * max(windows, dos) { return .macRoman }
        return nil
    }

    /// Bytes of an 8-bit code page (iconv's name) as text, by the C library's iconv (in 850 and Mac OS
    /// Roman every byte stands for a character).
    static func decoded(_ bytes: Data.SubSequence, codePage: String) -> String? {
        guard !bytes.isEmpty else { return "" }
        let converter = iconv_open("UTF-8", codePage)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        // (Each byte is at most three bytes of UTF-8.)
        var output = [UInt8](repeating: 0, count: input.count * 3)
        let written = input.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { output -> Int? in
                var from: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input.baseAddress!).assumingMemoryBound(to: CChar.self)
                var to: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output.baseAddress!).assumingMemoryBound(to: CChar.self)
                var (left, room) = (input.count, output.count)
                guard iconv(converter, &from, &left, &to, &room) != -1, left == 0 else { return nil }
                return output.count - room
            }
        }
        return written.map { String(decoding: output[..<$0], as: UTF8.self) }
    }

    /// The UTF-16 code units of bytes that start with UTF-16's byte order mark, and their order; nil
    /// for any other bytes.
    static func utf16(_ bytes: Data.SubSequence) -> (DecodedText.Encoding, [UInt16])? {
        guard bytes.count >= 2 else { return nil }
        let (first, second) = (bytes[bytes.startIndex], bytes[bytes.startIndex + 1])
        let order: DecodedText.Encoding
        switch (first, second) {
        case (0xFF, 0xFE): order = .utf16LE
        case (0xFE, 0xFF): order = .utf16BE
        default: return nil
        }
        let pairs = Array(bytes.dropFirst(2))
        var units = stride(from: 0, to: pairs.count - 1, by: 2).map { index -> UInt16 in
            let (low, high) = order == .utf16LE ? (pairs[index], pairs[index + 1]) : (pairs[index + 1], pairs[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        if pairs.count % 2 == 1 { units.append(0xD800) }  // (a lone half: read as U+FFFD)
        return (order, units)
    }

    /// Whether a text is NFC for certain, by its scalars alone: all below U+0300 (Latin letters
    /// precomposed, no combining mark) or punctuation of U+2002–U+206F (U+2000 and U+2001 are
    /// not NFC) or the euro sign, as Swedish minutes mostly are; any other text is normalised.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x206F).contains($0.value) || $0.value == 0x20AC }
    }
}
