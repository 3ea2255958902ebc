import Foundation
import MinnesTestSupport
import Testing

@testable import MinnesExtract
@testable import MinnesNormalise
@testable import MinnesParse

/// Every file of minutes the tests hold, broken as archives break them (bytes flipped, cut, lost or
/// repeated) and as people and tools mix texts up (lines lost, moved, doubled, joined; labels, marks
/// and other scripts' characters put in): each is read, or said unreadable, and nothing traps. One
/// trap in a reader stops a whole `minnes index` run, so a bad file would keep every good one out.
///
/// Each case is its number: the file (`number % files`), the seed and the way it is broken, so a case
/// is made again alike. A run here takes a case a file; `Scripts/fuzz` runs long campaigns
/// (`MINNES_FUZZ_FROM`, `MINNES_FUZZ_CASES`, `MINNES_FUZZ_LOG`: each case's number and file written before
/// it is read, so a trap names its case; `MINNES_FUZZ_DUMP`: the broken input written there).
@Suite("Mutated minutes")
struct MutatedMinutesTests {
    /// The repository: above the fixtures `FixtureFolder` reads.
    static let root = FixtureFolder.root.deletingLastPathComponent().deletingLastPathComponent()

    /// The files: the fixtures and the bundled corpus, sorted, but the fixtures' READMEs. PDFs and
    /// scans aside: poppler and tesseract read their bytes (a tool's failure is said as such), OCR
    /// takes seconds a page, and the text they give is read as any text is.
    static let files: [String] = ["Tests/Fixtures", "Corpus"].flatMap { folder -> [String] in
        let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
        return (walker?.allObjects as? [String] ?? []).map { folder + "/" + $0 }
    }.filter { path in
        let type = (path as NSString).pathExtension.lowercased()
        // (Files only: Apple Mail keeps a mailbox as a folder named `….mbox`.)
        let isFile = (try? root.appendingPathComponent(path).resourceValues(forKeys: [URLResourceKey.isRegularFileKey]))?.isRegularFile == true
        return isFile && Format.extensions.contains(type) && !["pdf", "tif", "tiff"].contains(type) && !path.hasSuffix("README.md")
    }.sorted()

    /// What is put into a text: labels and marks the reader looks for, and characters that are not
    /// what they seem (no-break and zero-width spaces, a combining accent, other scripts' digits).
    static let insertions = [
        "\n", "\n\n", "\t", ":", "§", "#", "## ", "1.", "1. ", "- ", "• ", "|", "**", "Närvarande:", "Frånvarande:", "Datum:",
        "Plats:", "2024-13-45", "31/2", "2025-02-29", "kl.", "Ordförande:", "Sekreterare:", "Justeras", "Beslut:", "Övrigt", "Ada Ek",
        "Ada Ek, Bjuv", "(", ")", "[", "]", "\u{00A0}", "\u{0301}", "\u{FFFD}", "🎉", "\r", "\u{2028}", "—", "…", "Sida 1 av 2",
        "\u{000C}", "\u{200B}", "> ", "From: ", "Från:", "Ämne:", "00:00:01.000 --> 00:00:02.000", "<v Ada>", "Deltagare",
        "Dagordning", "Bild 3", "Nästa möte", "den 3 mars", "Kopia:", "Antecknat av", "o\t", "§\t", "Ø\t", "*", "`", "=", "0", "99.",
        "a)", "IV.", "Å", "\u{FEFF}", "\\", "\"", ";", ",", ".", "?", " ", "  ", "Punkt 1", "Bilaga", "Frånv:", "Gäster:", "Ordf:",
        "Tid:", "Till:", "kl. 9-12", "٣", "２０２４", "2024-03-15", "Tema 1 – ",
    ]

    /// (Scalars, not characters: a combining accent put in stays where it was put.)
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// A text mixed up, one to four times.
    static func mixed(_ text: String, _ numbers: inout SeededNumbers) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0...numbers.below(4) {
            if lines.isEmpty { lines = [""] }
            let at = numbers.below(lines.count)
            switch numbers.below(8) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: numbers.below(lines.count + 1))
            case 2: for _ in 0..<4 { lines.swapAt(numbers.below(lines.count), numbers.below(lines.count)) }
            case 3:
                let scalars = Array(lines.joined(separator: "\n").unicodeScalars)
                lines = string(scalars.prefix(numbers.below(scalars.count + 1))).components(separatedBy: "\n")
            case 4:
                for _ in 0...numbers.below(6) {
                    let line = numbers.below(lines.count)
                    var scalars = Array(lines[line].unicodeScalars)
                    scalars.insert(contentsOf: insertions[numbers.below(insertions.count)].unicodeScalars, at: numbers.below(scalars.count + 1))
                    lines[line] = string(scalars)
                }
            case 5 where lines.count > 1:
                let line = numbers.below(lines.count - 1)
                lines[line] += lines.remove(at: line + 1)
            case 6 where lines.count > 2:
                let end = at + numbers.below(lines.count - at)
                lines = Array(lines[at...end])
            default:
                var scalars = Array(lines[at].unicodeScalars)
                guard !scalars.isEmpty else { break }
                let odd: [UInt32] = [0x0, 0x9, 0xA0, 0x301, 0x308, 0x2028, 0x1F600, 0xFFFD, 0xE5, 0x3A, 0x23, 0x7C, 0x2D, 0x10FFFF, 0x202E, 0x663]
                scalars[numbers.below(scalars.count)] = Unicode.Scalar(odd[numbers.below(odd.count)])!
                lines[at] = string(scalars)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Bytes broken, one to three times.
    static func broken(_ data: Data, _ numbers: inout SeededNumbers) -> Data {
        var bytes = [UInt8](data)
        for _ in 0...numbers.below(3) {
            if bytes.isEmpty { bytes = [0] }
            let at = numbers.below(bytes.count), length = min(bytes.count - at, numbers.below(512))
            switch numbers.below(5) {
            case 0: for _ in 0...numbers.below(16) { bytes[numbers.below(bytes.count)] = UInt8(numbers.below(256)) }
            case 1: bytes.removeLast(bytes.count - numbers.below(bytes.count + 1))
            case 2: bytes.removeSubrange(at..<(at + length))
            case 3: bytes.insert(contentsOf: bytes[at..<(at + length)], at: numbers.below(bytes.count + 1))
            default: for offset in 0..<min(8, bytes.count - at) { bytes[at + offset] = [0x00, 0xFF, 0x7F, 0x80][numbers.below(4)] }
            }
        }
        return Data(bytes)
    }

    @Test func mutatedMinutesAreReadOrSaidUnreadableAndNothingTraps() throws {
        let settings = ProcessInfo.processInfo.environment
        let from = settings["MINNES_FUZZ_FROM"].flatMap { Int($0) } ?? 0
        let cases = settings["MINNES_FUZZ_CASES"].flatMap { Int($0) } ?? Self.files.count
        let log = settings["MINNES_FUZZ_LOG"].flatMap { FileHandle(forWritingAtPath: $0) }
        try #require(Self.files.count > 100, "the fixtures are found")
        Extractor.prepare()
        var texts: [String: [Extracted]] = [:]
        var (read, unreadable) = (0, 0)
        var corpus: [Meeting] = []
        for number in from..<(from + cases) {
            let file = Self.files[number % Self.files.count]
            log?.write(Data("\(number) \(file)\n".utf8))
            let data = try Data(contentsOf: Self.root.appendingPathComponent(file))
            var numbers = SeededNumbers(seed: UInt64(number) &* 7919)
            let parts: [(part: String?, text: String, format: String)]
            // Even cases mix up the text, odd ones break the bytes.
            if number % 2 == 0 {
                if texts[file] == nil { texts[file] = (try? Extractor.parts(data, path: file)) ?? [] }
                parts = texts[file]!.map { ($0.part, Self.mixed($0.text, &numbers), $0.format.rawValue) }
                if let dump = settings["MINNES_FUZZ_DUMP"] { try Data(parts.map(\.text).joined(separator: "\n\u{1E}\n").utf8).write(to: URL(fileURLWithPath: dump)) }
            } else {
                let bytes = Self.broken(data, &numbers)
                if let dump = settings["MINNES_FUZZ_DUMP"] { try bytes.write(to: URL(fileURLWithPath: dump)) }
                guard let extracted = try? Extractor.parts(bytes, path: file) else {
                    unreadable += 1
                    continue
                }
                parts = extracted.map { ($0.part, $0.text, $0.format.rawValue) }
            }
            // Read, and its names resolved alone and, at the end, with every other case's, as the
            // indexer resolves a corpus's.
            let meetings = MinutesReader.meetings(ofFile: file, parts: parts)
            _ = Resolver.resolve(meetings)
            corpus += meetings.map { meeting in
                var meeting = meeting
                meeting.file = "\(number)/\(meeting.file)"
                return meeting
            }
            read += 1
        }
        log?.write(Data("corpus\n".utf8))
        _ = Resolver.resolve(corpus)
        log?.write(Data("done\n".utf8))
        // (Most broken files still read: a test of the readers, not only of the zip's checks.)
        #expect(read > unreadable)
    }
}
