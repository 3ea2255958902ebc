import Foundation

/// Minutes as text: NFC, LF line ends, no BOM — whatever bytes they arrived as.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
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

public enum Decoder {
    /// Decodes minutes saved as UTF-8 (with or without BOM), else as Windows-1252, the encoding Swedish
    /// files saved on Windows use, or as UTF-16 after its byte order mark (Notepad's "Unicode"). Line
    /// ends become LF and the text NFC, so later stages see one form.
    public static func decode(_ bytes: Data) throws(DecodeError) -> DecodedText {
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
        if text.utf8.contains(0x0D) { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let normalised = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        if normalised.allSatisfy(\.isWhitespace) { throw .empty }
        return DecodedText(text: normalised, encoding: encoding, unreadableBytes: unreadable)
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
