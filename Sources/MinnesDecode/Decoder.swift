import Foundation

/// Minutes as text: NFC, LF line ends, no BOM — whatever bytes they arrived as.
public struct DecodedText: Sendable, Equatable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    public let text: String
    public let encoding: Encoding
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
    /// files saved on Windows use. Line ends become LF and the text NFC, so later stages see one form.
    public static func decode(_ bytes: Data) throws(DecodeError) -> DecodedText {
        var body = bytes[...]
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if body.starts(with: bom) { body = body.dropFirst(bom.count) }
        // Text files never hold NUL; UTF-16 and binary formats do.
        if body.contains(0) { throw .binary }

        let text: String
        let encoding: DecodedText.Encoding
        if let utf8 = String(bytes: body, encoding: .utf8) {
            (text, encoding) = (utf8, .utf8)
        } else {
            // Every byte is a valid Windows-1252 character except five unassigned ones; Foundation maps
            // those too, so this cannot fail on NUL-free input.
            (text, encoding) = (String(bytes: body, encoding: .windowsCP1252) ?? "", .windows1252)
        }

        let normalised = text
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .precomposedStringWithCanonicalMapping
        if normalised.allSatisfy(\.isWhitespace) { throw .empty }
        return DecodedText(text: normalised, encoding: encoding)
    }
}
