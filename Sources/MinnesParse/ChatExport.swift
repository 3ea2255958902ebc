/// A meeting held in a group chat and its export kept as the minutes (WhatsApp's "2026-01-27 09:02 -
/// Ada Ek: …", "[2026-01-27 09:02:15] Ada Ek: …"): read as a transcript with a header. The day most
/// written on is the meeting's; who wrote that day came, the group's members (who made it, whom they
/// added) were called; "Punkt 2: Title" in a message opens that item, its writer the chair; a writer
/// saying they take the notes the scribe. The chat's notices (the group made, a file left out) are no
/// one's words; messages of other days stay as written.
enum ChatExport {
    struct Message {
        let line: Int
        let day: Substring
        let time: Substring
        /// Nil for the chat's own notices.
        let writer: String?
        var text: [String]
    }

    static func read(_ lines: [String]) -> [String] {
        // (A cheap test first: a chat's lines open with a day and a time.)
        guard lines.prefix(40).filter({ $0.first == "2" || $0.first == "[" }).count >= 3 else { return lines }
        var messages: [Message] = []
        for (index, line) in lines.enumerated() {
            if let match = line.wholeMatch(of: messageLine) {
                let body = match.output.3
                let said = body.wholeMatch(of: writerSays)
                messages.append(
                    Message(line: index, day: match.output.1, time: match.output.2, writer: said.map { String($0.output.1) },
                        text: [String(said.map(\.output.2) ?? body)]))
            } else if !messages.isEmpty {
                messages[messages.count - 1].text.append(line)
            } else if !MinutesDocument.isBlank(line) {
                return lines
            }
        }
        guard messages.filter({ $0.writer != nil }).count >= 5 else { return lines }
        let days = Dictionary(grouping: messages, by: \.day)
        let day = days.max { $0.value.count < $1.value.count || $0.value.count == $1.value.count && $0.key > $1.key }!.key
        let meeting = messages.filter { $0.day == day }
        var writers: [String] = [], called: [String] = [], group: [String] = []
        for message in meeting {
            if let writer = message.writer, !writers.contains(writer) { writers.append(writer) }
            // ("Ada Ek skapade gruppen "Krisnätverket"", "Ada Ek lade till Per Lind, Eva Holm och Ola Berg".)
            if message.writer == nil, let notice = message.text.first?.wholeMatch(of: membersNotice) {
                called += ([String(notice.output.1)] + (notice.output.2.map { PeopleLists.listParts($0) } ?? [])).filter { !called.contains($0) }
                if notice.output.2 == nil, let first = message.text.first { group.append(first) }
            }
        }
        var read: [String] = [], chairs: [String] = [], scribe: String?
        for message in meeting {
            guard let writer = message.writer else { continue }
            var text = message.text.map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0 != "<Media utelämnad>" && $0 != "<Media omitted>" }
            guard let last = text.last?.last else { continue }
            // (A message is said whole, its sentence closed where the writer left it open.)
            if !".!?:".contains(last) { text[text.count - 1] += "." }
            if scribe == nil, text.joined(separator: " ").contains(LetterReader.writerTakingNotes) { scribe = writer }
            // "Då kör vi! Punkt 1: Runda – läget": the item its title opens, what follows it the writer's.
            if let item = text[0].firstMatch(of: itemOpened) {
                let before = text[0][..<item.range.lowerBound].trimmingSpaces()
                if !before.isEmpty { read += ["", "[\(message.time)] \(writer): \(before)"] }
                read += ["", "\(item.output.1). \(item.output.2.trimmingSpaces())"]
                chairs.append(writer)
                if text.count > 1 { read += ["", "[\(message.time)] \(writer): " + text.dropFirst().joined(separator: " ")] }
            } else {
                read += ["", "[\(message.time)] \(writer): " + text.joined(separator: " ")]
            }
        }
        // The one who opened most items led the meeting.
        let chair = Dictionary(grouping: chairs, by: { $0 }).max { $0.value.count < $1.value.count }?.key
        var header = group + ["Datum: \(day)", "Närvarande: " + writers.joined(separator: ", ")]
        if !called.isEmpty { header.append("Kallade: " + called.joined(separator: ", ")) }
        if let chair { header.append("Ordförande: " + chair) }
        if let scribe { header.append("Sekreterare: " + scribe) }
        let others = messages.filter { $0.day != day }.flatMap { message in lines[message.line..<(message.line + message.text.count)] }
        return header + read + (others.isEmpty ? [] : [""] + others)
    }

    /// A message's line: its day and time (Android's "2026-01-27 09:02 - ", iOS's "[2026-01-27 09:02:15] "), then what it says.
    nonisolated(unsafe) static let messageLine = /\[?(\d{4}-\d{2}-\d{2}),?\s+(\d{1,2}:\d{2})(?::\d{2})?(?:\]\s|\s+-\s)(.*)/
    /// Who wrote a message and what: a name of up to four words and a colon.
    nonisolated(unsafe) static let writerSays = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}):\s(.*)/
    /// "… skapade gruppen …", "… lade till A, B och C": the group's members.
    nonisolated(unsafe) static let membersNotice = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:skapade\s+gruppen.*|lade\s+till\s+(.+))/
    /// "Punkt 2: Inaktuella larmlistor för POSOM" in a message, after a few words or none.
    nonisolated(unsafe) static let itemOpened = /(?i:punkt)\s+(\d{1,2})\s*:\s+(\p{Lu}.*)$/
}
