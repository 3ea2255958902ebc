import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An 8-bit code page as a table: each byte's character (U+FFFD for a byte it leaves undefined).
/// Made once, from Foundation's Windows-1252 and glibc's iconv for the others, so a text of any of
/// them is decoded by one loop, and bytes of two encodings (`Decoder.mixed`) by the same.
struct CodePage: Sendable {
    let scalars: [Unicode.Scalar]

    static let windows1252 = CodePage { String(bytes: [$0], encoding: .windowsCP1252)?.unicodeScalars.first }
    static let cp850 = CodePage(iconv: "CP850")
    static let macRoman = CodePage(iconv: "MACINTOSH")
    static let latin9 = CodePage(iconv: "ISO-8859-15")

    static func of(_ encoding: DecodedText.Encoding) -> CodePage {
        switch encoding {
        case .cp850: cp850
        case .macRoman: macRoman
        case .latin9: latin9
        default: windows1252
        }
    }

    private init(_ character: (UInt8) -> Unicode.Scalar?) {
        scalars = (0...255).map { byte in byte < 0x80 ? Unicode.Scalar(UInt8(byte)) : character(UInt8(byte)) ?? "\u{FFFD}" }
    }

    private init(iconv name: String) {
        // (One converter for the table: these code pages keep no state between bytes.)
        let converter = iconv_open("UTF-8", name)
        defer { if converter != iconv_t(bitPattern: -1) { iconv_close(converter) } }
        self.init { byte in
            guard converter != iconv_t(bitPattern: -1) else { return nil }
            var input: [CChar] = [CChar(bitPattern: byte)], output = [CChar](repeating: 0, count: 4)
            let written = input.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { output -> Int? in
                    var (from, to) = (Optional(input.baseAddress!), Optional(output.baseAddress!))
                    var (left, room) = (1, 4)
                    guard iconv(converter, &from, &left, &to, &room) != -1, left == 0 else { return nil }
                    return 4 - room
                }
            }
            return written.flatMap { String(decoding: output[..<$0].map { UInt8(bitPattern: $0) }, as: UTF8.self).unicodeScalars.first }
        }
    }

    /// Windows-1252's bytes by their characters, to undo a text read in it that was UTF-8: its five
    /// undefined bytes by the C1 controls Windows reads them as.
    static let windows1252Bytes: [Unicode.Scalar: UInt8] = {
        var bytes: [Unicode.Scalar: UInt8] = [:]
        for (byte, scalar) in windows1252.scalars.enumerated() where scalar != "\u{FFFD}" { bytes[scalar] = UInt8(byte) }
        for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] { bytes[Unicode.Scalar(byte)] = byte }
        return bytes
    }()
}
