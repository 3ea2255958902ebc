import Foundation
import MinnesDecode

/// An e-mail (`.eml`, RFC 5322 with MIME): its subject and text body are one meeting's text, and
/// each attached file of minutes is read by its own format's reader as a part of its own
/// (`message.eml#minutes.docx`).
struct EmailReader: FormatReader {
    let format = Format.email

    /// Header lines first: a `From:` and a MIME or subject header among the first few.
    func recognises(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        // "\r\n" is one Character in Swift: lines split on any line break.
        let headers = head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let names = headers.compactMap { line in line.first?.isLetter == true ? line.split(separator: ":").first?.lowercased() : nil }
        return names.contains("from") && (names.contains("mime-version") || names.contains("subject"))
    }

    /// The message's own text only; `parts` reads its attachments too.
    func read(_ data: Data, path: String) throws -> Extracted {
        Self.message(data, withAttachments: false)[0]
    }

    func parts(_ data: Data, path: String) throws -> [Extracted] {
        Self.message(data, withAttachments: true)
    }

    static func message(_ data: Data, withAttachments: Bool) -> [Extracted] {
        let message = MIMEPart(data)
        var body: String?, page: String?, richText: Data?
        var attachments: [Extracted] = []
        var notes: [String] = []
        var names = Set<String>()
        let leaves = message.leaves()
        for part in leaves {
            // A message inside it (forwarded as an attachment, a digest's messages) is read as the mail it
            // is, named as it is written or by its subject, as a mail program names one it saves.
            let embedded = part.contentType.hasPrefix("message/rfc822")
            if let written = part.fileName ?? (embedded ? Self.fileName(ofMessage: part.decodedBody) : nil) {
                guard withAttachments, embedded || Format.extensions.contains((written as NSString).pathExtension.lowercased()) else { continue }
                // Each part is a meeting named by it: a second attachment of the same name (the minutes
                // of two meetings, both "Minnesanteckningar.docx") is named as a file manager would.
                let name = Self.unique(written, among: &names)
                // One attachment that cannot be read does not lose the message or the others.
                do {
                    attachments += try Extractor.inner(part.decodedBody, named: name, in: .email)
                } catch {
                    notes.append("attachment \(name) skipped: \(error)")
                }
            } else if body == nil, part.contentType.hasPrefix("text/plain") {
                body = part.text
            } else if page == nil, part.contentType.hasPrefix("text/html") {
                page = part.text
            } else if richText == nil, part.contentType.hasPrefix("application/rtf") || part.contentType.hasPrefix("text/rtf") {
                richText = part.decodedBody
            }
        }
        // Outlook's "Rich text" mail may hold its text as RTF alone (`msgconvert` gives it as an RTF part).
        if body == nil, page == nil, let richText {
            do {
                body = try PrivateFolder.withCopy(richText, of: "the rich-text body", format: .email) { try RTFReader().read(richText, path: $0).text }
            } catch {
                notes.append("the rich-text body skipped: \(error)")
            }
        }
        // A message written in HTML: its page is the text, which keeps the tables, lists and headings its
        // plain part flattens (Gmail's "*Beslut:*"), unless it says less (a plain part's own words over a
        // page of a few); and always over a stub ("Se HTML-versionen").
        if let page, let read = try? HTMLReader.text(ofPage: page),
            read.split(whereSeparator: \.isWhitespace).count * 5 >= 4 * (body ?? "").split(whereSeparator: \.isWhitespace).count
        {
            body = read
        }
        let subject = message.subject ?? ""
        let text = ([subject] + [body ?? ""]).filter { !$0.isEmpty }.joined(separator: "\n\n")
        // A list's digest: its own text is the list's table of contents and footer, no one's mail; its
        // messages are what it holds (what could not be read of them is still said).
        if withAttachments, !attachments.isEmpty, notes.isEmpty, leaves.contains(where: { $0.defaultType.hasPrefix("message/") }) { return attachments }
        return [Extracted(text: text, format: .email, notes: notes)] + attachments
    }

    /// A message's file name as a mail program saves it: its subject (or "meddelande") and `.eml`.
    static func fileName(ofMessage data: Data) -> String {
        let subject = MIMEPart(data).subject ?? ""
        return (subject.isEmpty ? "meddelande" : subject.replacingOccurrences(of: "/", with: "-")) + ".eml"
    }

    /// name, or, when names holds it, name with " (2)", " (3)" … before its extension; added to names.
    static func unique(_ name: String, among names: inout Set<String>) -> String {
        var unique = name, number = 1
        while names.contains(unique) {
            number += 1
            let (base, suffix) = ((name as NSString).deletingPathExtension, (name as NSString).pathExtension)
            unique = "\(base) (\(number))" + (suffix.isEmpty ? "" : ".\(suffix)")
        }
        names.insert(unique)
        return unique
    }
}

/// One MIME entity: its headers and body, and the parts of a multipart body.
struct MIMEPart {
    let headers: [(name: String, value: String)]
    let body: Data
    /// Its type when it says none: a message in a digest (`multipart/digest`), else plain text.
    let defaultType: String

    init(_ data: Data, defaultType: String = "text/plain") {
        self.defaultType = defaultType
        // Headers end at the first empty line (CRLF or LF).
        let bytes = [UInt8](data)
        var end = bytes.count, bodyStart = bytes.count
        // (A part with no headers opens with its empty line: a digest's message, whose own headers are its body's.)
        if bytes.starts(with: [0x0A]) || bytes.starts(with: [0x0D, 0x0A]) {
            (end, bodyStart) = (0, bytes[0] == 0x0A ? 1 : 2)
        } else {
            for index in bytes.indices where bytes[index] == 0x0A {
                let next = index + 1
                if next < bytes.count, bytes[next] == 0x0A { (end, bodyStart) = (index, next + 1); break }
                if next + 1 < bytes.count, bytes[next] == 0x0D, bytes[next + 1] == 0x0A { (end, bodyStart) = (index, next + 2); break }
            }
        }
        var headers: [(String, String)] = []
        // (Headers are ASCII but where a program wrote its own bytes: UTF-8 (RFC 6532), or Windows-1252
        // from an old client, or msgconvert from an old Outlook file's subject.)
        let head = Data(bytes[..<end])
        for line in ((try? Decoder.decode(head).text) ?? String(decoding: head, as: UTF8.self)).replacingOccurrences(of: "\r", with: "").split(separator: "\n") {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            }
        }
        self.headers = headers
        body = Data(bytes[min(bodyStart, bytes.count)...])
    }

    func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// Its subject, decoded. (A subject folded right after its name, as Exchange writes a long one,
    /// opens with a space.)
    var subject: String? { header("subject").map { Self.decodeWords($0).trimmingCharacters(in: .whitespaces) } }

    var contentType: String { header("content-type")?.lowercased() ?? defaultType }

    /// A parameter of a header ("boundary", "charset", "filename", "name").
    func parameter(_ name: String, of header: String) -> String? {
        guard let value = self.header(header) else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    var fileName: String? {
        extendedParameter("filename", of: "content-disposition") ?? extendedParameter("name", of: "content-type")
            ?? (parameter("filename", of: "content-disposition") ?? parameter("name", of: "content-type")).map(Self.decodeWords)
    }

    /// A parameter as RFC 2231 writes one beyond ASCII, `filename*=UTF-8''Tr%C3%A4ff.docx`, or in
    /// pieces (a long name: Outlook, Thunderbird), `filename*0*=UTF-8''Anteckningar%20fr%C3%A5n;
    /// filename*1*=%20tr%C3%A4ffen.docx`, a piece percent-encoded where a `*` ends its name. Its bytes
    /// read as every text's are (`Decoder`: UTF-8, else Windows-1252, which holds ISO-8859-1).
    func extendedParameter(_ name: String, of header: String) -> String? {
        guard let value = self.header(header) else { return nil }
        var pieces: [(number: Int, encoded: Bool, text: String)] = []
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased().hasPrefix(name + "*") else { continue }
            var rest = pair[0].dropFirst(name.count + 1)
            let encoded = rest.isEmpty || rest.hasSuffix("*")
            if rest.hasSuffix("*") { rest = rest.dropLast() }
            guard let number = rest.isEmpty ? 0 : Int(rest) else { continue }
            pieces.append((number, encoded, pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
        }
        guard !pieces.isEmpty else { return nil }
        var bytes = Data()
        for piece in pieces.sorted(by: { $0.number < $1.number }) {
            guard piece.encoded else { bytes.append(contentsOf: piece.text.utf8); continue }
            // (The first piece opens with the charset and language, `UTF-8''`.)
            var rest = piece.text.utf8[...]
            if piece.number == 0, case let parts = piece.text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false), parts.count == 3 {
                rest = parts[2].utf8[...]
            }
            while let byte = rest.popFirst() {
                if byte == UInt8(ascii: "%"), rest.count >= 2, let escaped = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                    bytes.append(escaped)
                    rest = rest.dropFirst(2)
                } else {
                    bytes.append(byte)
                }
            }
        }
        return try? Decoder.decode(bytes).text
    }

    /// The leaf parts, depth first; a part that is not multipart is its own leaf.
    func leaves() -> [MIMEPart] {
        guard contentType.hasPrefix("multipart/"), let boundary = parameter("boundary", of: "content-type") else { return [self] }
        let marker = Data(("--" + boundary).utf8)
        var parts: [MIMEPart] = []
        var rest = body[...]
        while let start = rest.range(of: marker) {
            rest = rest[start.upperBound...]
            if rest.starts(with: Data("--".utf8)) { break }  // the closing boundary
            let end = rest.range(of: marker)?.lowerBound ?? rest.endIndex
            parts.append(MIMEPart(Data(rest[..<end]).dropFirstLineBreak(), defaultType: contentType.hasPrefix("multipart/digest") ? "message/rfc822" : "text/plain"))
            rest = rest[end...]
        }
        return parts.flatMap { $0.leaves() }
    }

    var decodedBody: Data {
        switch header("content-transfer-encoding")?.lowercased() {
        case "base64":
            let text = String(decoding: body, as: UTF8.self).filter { !$0.isWhitespace }
            return Data(base64Encoded: text) ?? Data()
        case "quoted-printable": return Self.quotedPrintable(body)
        default: return body
        }
    }

    /// The body as text, in its charset (UTF-8, else the code page it names or MinnesDecode finds),
    /// its flowed lines (`format=flowed`, as Apple Mail and Thunderbird send) one.
    var text: String {
        let data = decodedBody
        let declared = parameter("charset", of: "content-type").flatMap(DecodedText.Encoding.init(charset:))
        let text = (try? Decoder.decode(data, declared: declared))?.text ?? String(decoding: data, as: UTF8.self)
        guard parameter("format", of: "content-type")?.lowercased() == "flowed" else { return text }
        return Self.unflowed(text, deleteSpace: parameter("delsp", of: "content-type")?.lowercased() == "yes")
    }

    /// RFC 3676: a line ending in a space goes on in the next line of the same quote depth (its space
    /// dropped too where `delsp=yes`); a line's first space after its quote marks is stuffing; "-- " is a
    /// signature's separator, no flowed line.
    static func unflowed(_ text: String, deleteSpace: Bool) -> String {
        var out: [String] = [], open: (depth: Int, text: String)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let depth = line.prefix { $0 == ">" }.count
            var content = line.dropFirst(depth)
            if content.hasPrefix(" ") { content = content.dropFirst() }
            // (A line goes on from the one before at its depth, which holds its quote marks already.)
            var text = depth > 0 ? String(repeating: ">", count: depth) + " " + content : String(content)
            if let current = open {
                open = nil
                if current.depth == depth { text = current.text + content } else { out.append(current.text) }
            }
            if text.hasSuffix(" "), content != "-- " {
                open = (depth, deleteSpace ? String(text.dropLast()) : text)
            } else {
                out.append(text)
            }
        }
        if let open { out.append(open.text) }
        return out.joined(separator: "\n")
    }

    static func quotedPrintable(_ data: Data) -> Data {
        var out = Data()
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count {
                if bytes[index + 1] == 0x0D || bytes[index + 1] == 0x0A {  // soft line break
                    index += bytes[index + 1] == 0x0D && index + 2 < bytes.count && bytes[index + 2] == 0x0A ? 3 : 2
                    continue
                }
                if index + 2 < bytes.count, let byte = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                    out.append(byte)
                    index += 3
                    continue
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }

    /// RFC 2047 encoded words ("=?UTF-8?B?…?=", "=?iso-8859-1?Q?…?="), decoded.
    static func decodeWords(_ text: String) -> String {
        text.replacing(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?/) { match in
            let raw = String(match.3)
            let bytes: Data
            if match.2.uppercased() == "B" {
                bytes = Data(base64Encoded: raw) ?? Data()
            } else {
                bytes = quotedPrintable(Data(raw.replacingOccurrences(of: "_", with: " ").utf8))
            }
            let charset = match.1.lowercased()
            if charset == "utf-8" || charset == "utf8" { return String(decoding: bytes, as: UTF8.self) }
            // (A word's code page as its charset names it, else Latin-1's: a word of blanks alone too.)
            return (try? Decoder.decode(bytes, declared: DecodedText.Encoding(charset: charset) ?? .windows1252))?.text
                ?? String(data: bytes, encoding: .isoLatin1) ?? String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension Data {
    /// Without the line break a boundary line ends with.
    func dropFirstLineBreak() -> Data {
        if starts(with: [0x0D, 0x0A]) { return dropFirst(2) }
        if starts(with: [0x0A]) { return dropFirst(1) }
        return self
    }
}
