import Foundation

/// A mailbox (`.mbox`, as Thunderbird, Apple Mail and Google Takeout export a folder of mails): each
/// message is read as the mail it is, and named as a mail program names one it saves
/// (`Inkorg.mbox#Minnesanteckningar 3 mars.eml`, its attachments after it). The mailbox itself is
/// no one's text.
struct MailboxReader: FormatReader {
    let format = Format.mailbox

    /// A "From " line opening the file, over a mail's headers.
    func recognises(_ data: Data) -> Bool {
        guard data.starts(with: Self.separator) else { return false }
        guard let end = data.firstIndex(of: UInt8(ascii: "\n")) else { return false }
        return EmailReader().recognises(data[(end + 1)...])
    }

    /// Its first message's own text; `parts` reads them all.
    func read(_ data: Data, path: String) throws -> Extracted {
        guard let first = Self.messages(data).first else { throw ExtractError.noText(format) }
        return try EmailReader().read(first, path: path)
    }

    func parts(_ data: Data, path: String) throws -> [Extracted] {
        var names = Set<String>()
        let parts = Self.messages(data).flatMap { message in
            let name = EmailReader.unique(EmailReader.fileName(ofMessage: message), among: &names)
            return EmailReader.message(message, withAttachments: true).map { $0.within(name) }
        }
        guard !parts.isEmpty else { throw ExtractError.noText(format) }
        return parts
    }

    static let separator = Data("From ".utf8)

    /// The messages, each without its "From " line, its quoted "From " lines (">From ", ">>From "
    /// in mboxrd) given back as written.
    static func messages(_ data: Data) -> [Data] {
        var messages: [Data] = [], current: Data?, previousBlank = true
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            let blank = line.isEmpty || line.elementsEqual([UInt8(ascii: "\r")])
            // A message opens where "From " starts a line after an empty one (or the file) and a
            // header follows: a line of the text that begins so, unquoted by a careless program, is text.
            if previousBlank, line.starts(with: separator), number + 1 < lines.count, isHeader(lines[number + 1]) {
                if let current { messages.append(ended(current)) }
                current = Data()
            } else if current != nil {
                var line = line
                if line.first == UInt8(ascii: ">"), line.drop(while: { $0 == UInt8(ascii: ">") }).starts(with: separator) { line = line.dropFirst() }
                current!.append(contentsOf: line)
                current!.append(UInt8(ascii: "\n"))
            }
            previousBlank = blank
        }
        if let current { messages.append(ended(current)) }
        return messages
    }

    /// A message without the empty line that parts it from the next (the mailbox's, not its text's).
    private static func ended(_ message: Data) -> Data {
        var end = message.endIndex
        while end > message.startIndex, message[end - 1] == UInt8(ascii: "\n") || message[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return message[..<end]
    }

    /// "Name: value" (a letter first, no space before the colon).
    private static func isHeader(_ line: Data) -> Bool {
        guard let first = line.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first),
            let colon = line.firstIndex(of: UInt8(ascii: ":"))
        else { return false }
        return !line[..<colon].contains(UInt8(ascii: " "))
    }
}
