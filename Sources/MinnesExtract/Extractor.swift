import Foundation
import CHTML
import MinnesDecode

/// The formats Minnes reads minutes from.
public enum Format: String, Sendable, Codable, CaseIterable {
    case text, word = "docx", openDocument = "odt", pdf, wordBinary = "doc", rtf, html, webArchive = "mht", email = "eml", outlook = "msg", mailbox = "mbox", transcript = "vtt", image, archive = "zip"

    /// The file extensions read as minutes, in the corpus and attached to a mail (the content decides
    /// the format).
    public static let extensions: Set<String> = ["txt", "md", "docx", "docm", "odt", "pdf", "doc", "rtf", "html", "htm", "mht", "mhtml", "eml", "msg", "mbox", "vtt", "tif", "tiff", "zip"]
    /// Pictures the corpus walk reads too (a phone's photo of a page, a screenshot), but not a mail's:
    /// a mail's pictures are mostly its signature's logo.
    public static let pictureExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp"]
    /// The types read in the corpus and in a zip.
    public static let readable = extensions.union(pictureExtensions)

    /// Whether a path's type (`pathExtension`, in any case) is one of `readable`, looked at as bytes:
    /// asked of every file of the corpus on every run (a type made a String, lowercased and hashed,
    /// was a tenth of walking it), and of each file in a zip.
    public static func isMinutes(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            // Apple Mail exports a mailbox as a folder `Name.mbox` holding its messages in a file `mbox`.
            if bytes.count > appleMailbox.count, bytes.suffix(appleMailbox.count).elementsEqual(appleMailbox) { return true }
            var dot = bytes.count
            while dot > 0, bytes[dot - 1] != UInt8(ascii: "."), bytes[dot - 1] != UInt8(ascii: "/") { dot -= 1 }
            // A dot, and not the first letter of the name.
            guard dot > 1, bytes[dot - 1] == UInt8(ascii: "."), bytes[dot - 2] != UInt8(ascii: "/") else { return false }
            let type = bytes[dot...]
            return minutesTypes.contains { known in
                known.count == type.count && zip(known, type).allSatisfy { $0 == ((0x41...0x5A).contains($1) ? $1 | 0x20 : $1) }
            }
        }
    }

    /// `readable` as bytes (lowercase ASCII, each).
    private static let minutesTypes = readable.map { Array($0.utf8) }
    private static let appleMailbox = Array(".mbox/mbox".utf8)
}

/// A file's text in the conventions the reader reads (MinutesDocument): `#` headings by level,
/// `1.` numbered and `-` bulleted list items, tab-separated table rows, `**bold**`, a line a paragraph.
public struct Extracted: Sendable {
    public var text: String
    public var format: Format
    /// For a file inside another (an e-mail's attachment), its name there: `minutes.docx`.
    public var part: String?
    /// Caveats worth a warning (a Windows-1252 text, bytes that could not be read).
    public var notes: [String] = []

    /// This text as a part of the file named `name` inside another (`name#part`).
    func within(_ name: String) -> Extracted {
        var inside = self
        inside.part = [name, part].compactMap { $0 }.joined(separator: "#")
        return inside
    }
}

public enum ExtractError: Error, Equatable, CustomStringConvertible {
    case corrupt(Format, String)
    case encrypted(Format)
    case noText(Format)
    case toolMissing(tool: String, package: String)
    case toolFailed(tool: String, String)
    case unreadableText(String)

    /// What the warning for a missing tool says, whatever the tool.
    public static let notInstalled = "is not installed (Debian: apt-get install"

    public var description: String {
        switch self {
        case .corrupt(let format, let reason): "not a readable \(format.rawValue) file (\(reason))"
        case .encrypted(let format): "the \(format.rawValue) file is protected by a password"
        case .noText(.pdf): "the pdf file has no text: no text layer, and OCR found no words on its pages"
        case .noText(.image): "OCR found no words in the picture"
        case .noText(.archive): "the zip holds no file to read"
        case .noText(let format): "the \(format.rawValue) file has no text; nothing to read"
        case .toolMissing(let tool, let package): "\(tool) \(Self.notInstalled) \(package))"
        case .toolFailed(let tool, let message): "\(tool) failed: \(message)"
        case .unreadableText(let reason): reason
        }
    }
}

/// One format's reader: whether bytes are that format, and their text.
protocol FormatReader: Sendable {
    var format: Format { get }
    /// Whether the bytes are this format, by their content (magic bytes), not their name.
    func recognises(_ data: Data) -> Bool
    func read(_ data: Data, path: String) throws -> Extracted
    /// The texts the file holds: itself, or (an e-mail) itself and each file of minutes it carries.
    func parts(_ data: Data, path: String) throws -> [Extracted]
}

extension FormatReader {
    func parts(_ data: Data, path: String) throws -> [Extracted] { [try read(data, path: path)] }
}

/// Reads any file of minutes: chooses the reader by content, so a `.txt` that is really Word is read
/// as Word; text is decoded as MinnesDecode does.
public enum Extractor {
    /// Where each filter program is (or `no NAME`): installing one makes readable what was skipped.
    public static var filters: [String] {
        [PDFReader.tool, ScanReader.tool, ScanReader.pictureTool, WordBinaryReader.tool, WordBinaryReader.headTool, RTFReader.tool, OutlookReader.tool].map { $0.executable ?? "no " + $0.name }
            + [ScanReader.swedishModel]
    }

    static let readers: [any FormatReader] = [
        // (A zip before a PDF, which may begin anywhere in its first kilobyte: in a zip that stores it.)
        WordReader(), OpenDocumentReader(), ZipArchiveReader(), PDFReader(), OutlookReader(), WordBinaryReader(), RTFReader(), WebArchiveReader(), WebVTTReader(), MailboxReader(), EmailReader(), HTMLReader(), ImageReader(),
    ]

    /// The text of the file at path, whose bytes are data.
    public static func read(_ data: Data, path: String) throws -> Extracted {
        try reader(for: data).read(data, path: path)
    }

    /// The texts a file holds: itself, and for an e-mail each attached file of minutes.
    public static func parts(_ data: Data, path: String) throws -> [Extracted] {
        try reader(for: data).parts(data, path: path)
    }

    /// The texts of a file inside another (a mail's attachment, a zip's file), read as the file it is
    /// (from a private copy: the tools read files), each named within it (`name#part`).
    static func inner(_ data: Data, named name: String, in format: Format) throws -> [Extracted] {
        try PrivateFolder.withCopy(data, of: "the file \(name)", format: format) { try parts(data, path: $0).map { $0.within(name) } }
    }

    /// Once, before files are read on several threads: libxml2 (HTML, and Foundation's XMLParser)
    /// must be set up on one thread first.
    public static func prepare() {
        mh_init()
    }

    /// Whether a file whose first bytes are head is a document whose bytes are mostly not its text
    /// (any format but plain text, HTML and a transcript), by those bytes.
    public static func isDocument(head: Data) -> Bool {
        ![.text, .html, .transcript].contains(reader(for: head).format)
    }

    static func reader(for data: Data) -> any FormatReader {
        readers.first { $0.recognises(data) } ?? TextReader()
    }
}

/// Plain text and Markdown: decoded (UTF-8, else Windows-1252 or DOS code page 850; UTF-16 after its mark), line ends and NFC normalised;
/// a scan's text with its pages numbered ("Sida 1 av 2") read as a PDF's pages are.
struct TextReader: FormatReader {
    let format = Format.text

    func recognises(_ data: Data) -> Bool { true }

    func read(_ data: Data, path: String) throws -> Extracted {
        let decoded: DecodedText
        do {
            decoded = try Decoder.decode(data)
        } catch {
            throw ExtractError.unreadableText("\(error)")
        }
        var notes: [String] = []
        // (Windows-1252, DOS's 850, Mac OS Roman, Latin-9 and UTF-16 without its mark are guesses, said
        // so, as are repairs; UTF-16 says what it is by its mark, and is said only when some of it is
        // broken.)
        if [.windows1252, .cp850, .macRoman, .latin9].contains(decoded.encoding) {
            let unreadable = decoded.unreadableBytes == 0
                ? "" : " (\(decoded.unreadableBytes) byte(s) it leaves undefined read as \u{FFFD})"
            notes.append(decoded.partlyUTF8
                ? "not UTF-8 throughout; its UTF-8 read as UTF-8, the rest as \(decoded.encoding.rawValue)\(unreadable)"
                : "not UTF-8; read as \(decoded.encoding.rawValue)\(unreadable)")
        } else if decoded.repairedLines > 0 {
            notes.append("\(decoded.repairedLines) line(s) of UTF-8 once read as Windows-1252 (\"Ã¤\" for \"ä\") read as written")
        } else if decoded.unmarked {
            notes.append("no byte order mark; read as \(decoded.encoding.rawValue)")
        } else if decoded.unreadableBytes > 0 {
            notes.append("\(decoded.unreadableBytes) broken character(s) of its \(decoded.encoding.rawValue) read as \u{FFFD}")
        }
        return Extracted(text: Pages.scanned(decoded.text).map { Pages.joined($0, numbered: true) } ?? Pages.fed(decoded.text).map { Pages.joined($0) } ?? decoded.text, format: .text, notes: notes)
    }
}
