import Foundation
import MinnesDecode
import ZIPFoundation

/// A zip of files, read as the folder it was: a folder downloaded from SharePoint, OneDrive, Teams
/// or Google Drive, sent as Windows' "compressed folder" or made by a Mac's "Komprimera". Each file of
/// minutes in it is read as the file it is, a part of its own named by its path in the zip
/// (`Möten.zip#2019/Minnesanteckningar 12 mars.docx`), as a mail's attachments are; a zip in it the
/// same way. The zip itself is no one's text. What it holds that is not read is said: each file that
/// could not be, and the types Minnes does not read.
struct ZipArchiveReader: FormatReader {
    let format = Format.archive

    /// Zips within zips are read this deep; a zip that holds itself (a "zip quine") would never end.
    static let depth = 4
    /// What the files of one zip may come to, unpacked: a zip bomb's entries each stay under the
    /// limit of one (`zipEntry`), and together would still fill the memory and the hours.
    static let unpackedLimit = 1_000_000_000

    /// Any zip that is not a Word or OpenDocument file (their readers are asked first), empty too.
    func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Its first file's text; `parts` reads them all.
    func read(_ data: Data, path: String) throws -> Extracted {
        guard let first = try parts(data, path: path).first(where: { !$0.text.isEmpty }) else { throw ExtractError.noText(format) }
        return first
    }

    func parts(_ data: Data, path: String) throws -> [Extracted] {
        try Self.parts(data, depth: 1)
    }

    /// (`depth`: how many zips this one is in, itself counted.)
    static func parts(_ data: Data, depth: Int, unpackedLimit: Int = unpackedLimit) throws -> [Extracted] {
        var left = unpackedLimit
        return try parts(data, depth: depth, unpackedLimit: unpackedLimit, left: &left)
    }

    /// (`left`: what the zips' files read so far, within each other, leave of `unpackedLimit`.)
    private static func parts(_ data: Data, depth: Int, unpackedLimit: Int, left: inout Int) throws -> [Extracted] {
        var data = data
        let locked = Self.unlocked(&data)
        let archive = try openZip(data, format: .archive)
        var parts: [Extracted] = [], notes: [String] = [], others: [String: Int] = [:]
        for (index, entry) in archive.enumerated() {
            let name = Self.name(of: entry)
            guard entry.type == .file, !name.hasSuffix("/") else { continue }
            // As the corpus's walk: hidden files (a Mac's `.DS_Store`, and the `._` copies of its files'
            // attributes in `__MACOSX`) and Office's lock files are no one's files; other types are counted.
            let components = name.split(separator: "/")
            guard let last = components.last, !components.contains(where: { $0.hasPrefix(".") }), !last.hasPrefix("~$") else { continue }
            guard Format.isMinutes(name) else {
                let type = (String(last) as NSString).pathExtension.lowercased()
                others[type.isEmpty ? "no extension" : "." + type, default: 0] += 1
                continue
            }
            // (Each file that cannot be read is said, and the others are read.)
            func skip(_ why: Any) { parts.append(Extracted(text: "", format: .archive, part: name, notes: ["skipped: \(why)"])) }
            guard !locked.contains(index) else { skip("protected by a password"); continue }
            guard Int(clamping: entry.uncompressedSize) <= left else { skip("the zip's files come to more than \(unpackedLimit / 1_000_000) MB unpacked"); continue }
            do {
                let bytes = try zipEntry(archive, entry, format: .archive)
                left -= bytes.count
                if Extractor.reader(for: bytes) is ZipArchiveReader {
                    guard depth < Self.depth else { skip("a zip inside \(Self.depth) zips is not read"); continue }
                    parts += try Self.parts(bytes, depth: depth + 1, unpackedLimit: unpackedLimit, left: &left).map { $0.within(name) }
                } else {
                    parts += try Extractor.inner(bytes, named: name, in: .archive)
                }
            } catch {
                skip(error)
            }
        }
        if !others.isEmpty {
            notes.append("holds files of types Minnes does not read: " + others.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
        guard !parts.isEmpty || !notes.isEmpty else { throw ExtractError.noText(.archive) }
        // (The zip's own notes carried by a part with no text, named by none: said of the zip.)
        return notes.isEmpty ? parts : [Extracted(text: "", format: .archive, notes: notes)] + parts
    }

    /// An entry's path as the one who zipped it named it: UTF-8 (which a Mac writes without the flag
    /// that says so, its letters decomposed), else Windows' own code page for Swedish, DOS's 850
    /// (ZIPFoundation takes 437, whose å ä ö are 850's but whose other letters are not); NFC.
    static func name(of entry: Entry) -> String {
        let bytes = Data(entry.path(using: .isoLatin1).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        return (try? Decoder.decode(bytes, declared: .cp850).text) ?? entry.path
    }

    /// Which files (by their place in the zip's directory) are protected by a password, said
    /// unprotected in data's directory: ZIPFoundation stops at the first such file, and would read
    /// none after it. (None, when the directory is not where its end record says, or is ZIP64's.)
    static func unlocked(_ data: inout Data) -> Set<Int> {
        func number(_ at: Int, _ bytes: Int) -> Int { (0..<bytes).reduce(0) { $0 | Int(data[at + $1]) << (8 * $1) } }
        // The end record is the last thing in a zip, after at most 65,535 bytes of comment.
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        let floor = max(data.startIndex, data.endIndex - 22 - 65_535)
        var end = data.endIndex - 22
        while end >= floor, !data[end..<end + 4].elementsEqual(signature) { end -= 1 }
        guard end >= floor else { return [] }
        let count = number(end + 10, 2)
        var at = data.startIndex + number(end + 16, 4)
        var locked = Set<Int>()
        for index in 0..<count {
            guard at + 46 <= end, data[at..<at + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) else { return locked }
            if data[at + 8] & 1 != 0 {
                locked.insert(index)
                data[at + 8] &= ~1
            }
            at += 46 + number(at + 28, 2) + number(at + 30, 2) + number(at + 32, 2)
        }
        return locked
    }
}
