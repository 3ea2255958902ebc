/// A meeting held in a group chat and its messages kept as the minutes: WhatsApp's export ("2026-01-27
/// 09:02 - Ada Ek: …", "[2026-01-27 09:02:15] Ada Ek: …", a phone in another language's "27/01/2026,
/// 09:02 - …"), or a channel's thread pasted from Slack or Teams ("Ada Ek  09:02" over what she wrote).
/// Read as a transcript with a header. The day most written on is the meeting's; who wrote that day
/// came, the group's members (who made it, whom they added) were called; one the messages name as a
/// guest is one, one they say has sent word is away; "Punkt 2: Title" in a message opens that item,
/// its writer the chair; a writer saying they take the notes, or signing the note over a pasted
/// thread, the scribe. The chat's notices (the group made, a file left out, a reaction) are no one's
/// words; messages of other days stay as written.
enum ChatExport {
    struct Message {
        let line: Int
        /// The day as ISO writes it; empty where the export says none (a pasted thread).
        let day: String
        let time: Substring
        /// Nil for the chat's own notices.
        let writer: String?
        /// Where the writer's name says they are from ("Květa Procházková | Bjuv").
        var kommun: Substring? = nil
        var text: [String]
    }

    /// A chat's messages, and what was written over them (a pasted thread's note).
    typealias Chat = (opening: [String], messages: [Message])

    static func read(_ lines: [String]) -> [String] {
        guard let (opening, messages) = exported(lines) ?? pasted(lines), messages.filter({ $0.writer != nil }).count >= 5 else { return lines }
        let days = Dictionary(grouping: messages, by: \.day)
        let day = days.max { $0.value.count < $1.value.count || $0.value.count == $1.value.count && $0.key > $1.key }!.key
        let meeting = messages.filter { $0.day == day }
        var writers: [String] = [], kommuner: [String: Substring] = [:], called: [String] = [], group: [String] = []
        // (Who wrote: a message deleted or a file left out says nothing.)
        for message in meeting where message.text.contains(where: saysSomething) {
            if let writer = message.writer, !writers.contains(writer) {
                writers.append(writer)
                kommuner[writer] = message.kommun
            }
        }
        // (Members are the group's whichever day they were added on.)
        for message in messages where message.writer == nil {
            // ("Ada Ek skapade gruppen "Krisnätverket"", "Ada Ek lade till Per Lind, Eva Holm och Ola Berg".)
            guard let notice = message.text.first?.wholeMatch(of: membersNotice) else { continue }
            called += ([String(notice.output.1)] + (notice.output.2.map { PeopleLists.listParts($0.replacing(" and ", with: " och ")) } ?? [])).filter { !called.contains($0) && $0 != "you" && $0 != "dig" }
            if notice.output.2 == nil, let first = message.text.first { group.append(first) }
        }
        var read: [String] = [], chairs: [String] = [], scribe: String?, guests: [String] = [], away: [String] = []
        for message in meeting {
            guard let writer = message.writer else { continue }
            var text = message.text.filter(saysSomething).map { $0.trimmingSpaces().replacing(edited, with: "") }
            guard let last = text.last?.last else { continue }
            // (A message is said whole, its sentence closed where the writer left it open.)
            if !".!?:".contains(last) { text[text.count - 1] += "." }
            let said = text.joined(separator: " ")
            if scribe == nil, said.contains(LetterReader.writerTakingNotes) { scribe = writer }
            // ("3. Placerade barn och BUP (gäst: @Mehrnaz Latifi, BUP Helsingborg)", "@Jaroslava Novotná
            // har anmält förhinder i dag.")
            if said.holds("äst") { guests += said.matches(of: guest).map { String($0.output.1) }.filter { !guests.contains($0) } }
            away += text.flatMap { Sentences.split($0.replacing("@", with: ""), beforeCapital: true) }.flatMap { LetterReader.away($0) ?? [] }.map(\.name)
            // "Då kör vi! Punkt 1: Runda – läget": the item its title opens, what follows it the writer's.
            if let item = text[0].firstMatch(of: itemOpened) {
                let before = text[0][..<item.range.lowerBound].trimmingSpaces()
                if !before.isEmpty { read += ["", "[\(message.time)] \(writer): \(before)"] }
                read += ["", "\(item.output.1). \(item.output.2.trimmingSpaces())"]
                chairs.append(writer)
                if text.count > 1 { read += ["", "[\(message.time)] \(writer): " + text.dropFirst().joined(separator: " ")] }
            } else {
                read += ["", "[\(message.time)] \(writer): " + said]
            }
        }
        // ("Sparad som minnesanteckningar. /Adaeze Ezeagu, Landskrona": who pasted the thread.)
        scribe = scribe ?? opening.last(where: { !MinutesDocument.isBlank($0) })?.firstMatch(of: signedNote).map { String($0.output.1) }
        // The one who opened most items led the meeting.
        let chair = Dictionary(grouping: chairs, by: { $0 }).max { $0.value.count < $1.value.count }?.key
        let came = writers.filter { !guests.contains($0) }.map { writer in kommuner[writer].map { "\(writer) (\($0))" } ?? writer }
        var header = group + (day.isEmpty ? [] : ["Datum: \(day)"]) + ["Närvarande: " + came.joined(separator: ", ")]
        if !called.isEmpty { header.append("Kallade: " + called.joined(separator: ", ")) }
        if !guests.isEmpty { header.append("Gäster: " + guests.joined(separator: ", ")) }
        if case let away = away.filter({ !writers.contains($0) }), !away.isEmpty { header.append("Frånvarande: " + away.joined(separator: ", ")) }
        if let chair { header.append("Ordförande: " + chair) }
        if let scribe { header.append("Sekreterare: " + scribe) }
        let others = messages.filter { $0.day != day }.flatMap { message in lines[message.line..<(message.line + message.text.count)] }
        return opening + header + read + (others.isEmpty ? [] : [""] + others)
    }

    /// An export's messages: each line opening with its day and time, or going on the message above.
    static func exported(_ lines: [String]) -> Chat? {
        // (A cheap test first: a chat's lines open with a day and a time.)
        guard lines.prefix(40).filter({ $0.first.map { $0.isNumber || $0 == "[" } == true }).count >= 3 else { return nil }
        // A day written by a phone set to another language: day first ("27/01/2026"), unless some
        // second number is no month's ("1/27/26"), or a 12-hour clock says America and none is no day's.
        // (Looked at once such a line is met: most texts opening with numbers are numbered minutes.)
        lazy var dayFirst: Bool = {
            let numbered = lines.prefix(200).compactMap { $0.prefixMatch(of: localDay) }
            return numbered.contains { $0.output.1.digitsValue > 12 }
                || !numbered.contains { $0.output.2.digitsValue > 12 } && !numbered.contains { $0.output.4 != nil }
        }()
        var messages: [Message] = []
        for (index, line) in lines.enumerated() {
            let found: (day: String, time: Substring, body: Substring)?
            if let match = line.wholeMatch(of: messageLine) {
                found = (String(match.output.1), match.output.2, match.output.3)
            } else if let match = line.wholeMatch(of: localMessageLine) {
                let (first, second) = (match.output.1.digitsValue, match.output.2.digitsValue)
                let (day, month) = dayFirst ? (first, second) : (second, first)
                let year = match.output.3.count == 2 ? "20" + match.output.3 : String(match.output.3)
                found = (year + "-" + twoDigits(month) + "-" + twoDigits(day), match.output.4, match.output.5)
            } else {
                found = nil
            }
            if let (day, time, body) = found {
                let said = body.wholeMatch(of: writerSays)
                messages.append(Message(line: index, day: day, time: time, writer: said.map { String($0.output.1) }, text: [String(said.map(\.output.2) ?? body)]))
            } else if !messages.isEmpty {
                messages[messages.count - 1].text.append(line)
            } else if !MinutesDocument.isBlank(line) {
                return nil
            }
        }
        return ([], messages)
    }

    /// A thread pasted from a channel: each message under a line of its writer and the time ("Zodwa
    /// Mthembu  08:58", "Květa Procházková | Bjuv  09:01", "Ada Ek [09:14]"), what was written over the
    /// first kept apart; a day's divider ("tisdag 17 februari") and a message's reactions (":+1: 6") no
    /// one's words.
    static func pasted(_ lines: [String]) -> Chat? {
        // (A cheap test first: five lines or more ending in a time.)
        let timed = { (line: String) in line.utf8.count > 6 && line.utf8.last.map { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "]") } == true }
        let spaced = { (line: String) in line.holds("  ") || line.holds("\t") || line.holds(" [") }
        guard lines.count(where: timed) >= 5, let first = lines.firstIndex(where: { timed($0) && spaced($0) && $0.wholeMatch(of: writerLine) != nil })
        else { return nil }
        var messages: [Message] = []
        for index in lines.indices.dropFirst(first) {
            let line = lines[index]
            if timed(line), spaced(line), let match = line.wholeMatch(of: writerLine) {
                messages.append(Message(line: index, day: "", time: match.output.3, writer: String(match.output.1), kommun: match.output.2, text: []))
            } else if line.wholeMatch(of: reactions) == nil, line.lowercased().wholeMatch(of: dayDivider) == nil, !messages.isEmpty {
                messages[messages.count - 1].text.append(line)
            }
        }
        // (Times of day, not a recording's minutes and seconds, "Doruntina Hasani   0:05": a meeting's
        // transcript, which `transcriptTurns` reads, opens near nought and may run past 23.)
        let hours = messages.map { $0.time.prefix { $0.isNumber }.digitsValue }
        guard messages.count >= 5, hours[0] >= 6, hours.allSatisfy({ $0 <= 23 }) else { return nil }
        // (What was written over the thread, less a day's divider: the note of who pasted it.)
        return (lines[..<first].filter { $0.lowercased().wholeMatch(of: dayDivider) == nil }, messages)
    }

    /// Whether a message's line holds the writer's words: not blank, no notice.
    static func saysSomething(_ line: String) -> Bool {
        let line = line.trimmingSpaces()
        return !line.isEmpty && !isNotice(line)
    }

    /// Whether a message's line is the chat's, no one's words: a file left out or attached, a message deleted.
    static func isNotice(_ line: String) -> Bool {
        ["<Media utelämnad>", "<Media omitted>", "This message was deleted", "Meddelandet har raderats", "Du raderade det här meddelandet"].contains(line)
            || line.wholeMatch(of: attachedFile) != nil || ["PDF", "PNG", "JPG", "Word-dokument", "Excel-kalkylblad"].contains(line)
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// A message's line: its day and time (Android's "2026-01-27 09:02 - ", iOS's "[2026-01-27 09:02:15] "), then what it says.
    nonisolated(unsafe) static let messageLine = /\[?(\d{4}-\d{2}-\d{2}),?\s+(\d{1,2}:\d{2})(?::\d{2})?(?:\]\s|\s+-\s)(.*)/
    /// The same, by a phone set to another language: "27/01/2026, 09:02 - ", "27.01.26, 09:02 - ", "[1/27/26, 9:02:15 AM] ".
    nonisolated(unsafe) static let localMessageLine = /\[?(\d{1,2})[.\/](\d{1,2})[.\/](\d{4}|\d{2}),?\s+(\d{1,2}:\d{2})(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\]\s|\s+-\s)(.*)/
    /// A day and month as such a line opens, and its clock's AM or PM.
    nonisolated(unsafe) static let localDay = /\[?(\d{1,2})[.\/](\d{1,2})[.\/](\d{4}|\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(\s*[AaPp]\.?\s?[Mm]\.?)?/
    /// Who wrote a message and what: a name of up to four words and a colon.
    nonisolated(unsafe) static let writerSays = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}):\s(.*)/
    /// "… skapade gruppen …", "… lade till A, B och C", and so in English: the group's members.
    nonisolated(unsafe) static let membersNotice = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:skapade\s+gruppen.*|created\s+group.*|(?:lade\s+till|added)\s+(.+))/
    /// "Punkt 2: Inaktuella larmlistor för POSOM" in a message, after a few words or none.
    nonisolated(unsafe) static let itemOpened = /(?i:punkt)\s+(\d{1,2})\s*:\s+(\p{Lu}.*)$/
    /// A pasted message's first line: its writer (and where from, after a bar), then the time.
    nonisolated(unsafe) static let writerLine = /(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?)(?:\s+\|\s+([^|]+?))?(?:\s{2,}|\t+|\s+\[)(\d{1,2}[:.]\d{2})(?:\s*[AP]M)?\]?\s*/
    /// ":+1: 6", ":white_check_mark: 1 :eyes: 2": a message's reactions.
    nonisolated(unsafe) static let reactions = /\s*(?::[a-z0-9_+'-]+:\s*\d+\s*)+/
    /// "tisdag 17 februari", "idag", "Yesterday": a day's divider in a pasted thread.
    nonisolated(unsafe) static let dayDivider = /\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?\s+(?:den\s+)?\d{1,2}(?:\s+\p{L}+)?(?:\s+\d{4})?)?|idag|i\s+dag|igår|i\s+går|today|yesterday)\s*/
    /// "(redigerat)", "(edited)": a message's edit noted.
    nonisolated(unsafe) static let edited = /\s*\((?:redigerat|edited)\)\s*$/
    /// "BUP-mottagningar – kontakter.pdf": a file attached, by its name.
    nonisolated(unsafe) static let attachedFile = /\S.*\.(?i:pdf|docx?|xlsx?|pptx?|odt|png|jpe?g|heic|txt)/
    /// "(gäst: @Mehrnaz Latifi, …)", "Gäst: Ada Ek": one a message names as a guest.
    nonisolated(unsafe) static let guest = /(?i:gäst(?:er)?)\s*:?\s+@?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/
    /// "… /Adaeze Ezeagu, Landskrona" closing the note over a pasted thread: who signs it.
    nonisolated(unsafe) static let signedNote = /\/\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s*\p{Lu}[\p{L} -]*)?\s*$/
}
