/// A transcript, as transcribing tools write one: who spoke, with when, on a line of its own over what
/// they said ("00:04:18 Ezra Bäckmann", Teams' "Ezra Bäckmann   4:18", "00:21:46 Talare 6"), on the
/// line that opens it ("[00:04:18] Ezra Bäckmann: Tack …"), or as a WebVTT cue's voice ("<v Ezra
/// Bäckmann>Tack …</v>" under its timing line). Under each heading its turns are read as `Turns`
/// says; a speaker the notes name ("Talare 6 är Cassandra", "Speaker 3 = Ines") by that name. One
/// voice throughout (a dictation) is prose: its turns one text, a sentence a turn cut joined again,
/// and an item said aloud ("Punkt två: Alkohol i hemtjänsten. Det här var …") an item.
extension MinutesDocument {
    static func transcriptTurns(_ lines: [String]) -> [String] {
        // (A cheap test first: a turn's line holds a time's colon or a voice's tag.)
        var found = 0
        for line in lines where line.holds(":") || line.holds("<v") {
            if turnLine(line) != nil { found += 1 }
            if found == 3 { break }
        }
        guard found == 3 else { return lines }
        let named = speakerNames(lines)
        // (Whether the line before is a turn's, and whether its words began on its speaker's line: such a
        // turn goes on only with the rest of a sentence, not with the notes' own "=== Punkt 2 ===".)
        var pieces: [TranscriptPiece] = [], inTurn = false, saidOnLine = false
        // (Who spoke, in the order they first did; those the tool marks as guests, "Ilpo Koskenvuo (Gäst)", apart.)
        var speakers: [String] = [], guests: Set<String> = []
        for (index, line) in lines.enumerated() {
            // (A cue's timing and its id over it, and the file's mark, are no part of what was said.)
            if line.hasPrefix("WEBVTT") || line.holds("-->") && line.firstMatch(of: cueTiming) != nil { inTurn = false; continue }
            if index + 1 < lines.count, lines[index + 1].holds("-->"), lines[index + 1].firstMatch(of: cueTiming) != nil,
                !line.trimmingSpaces().contains(" ")
            {
                continue
            }
            if let (said, text) = turnLine(line) {
                let speaker = named[said] ?? said
                if !speakers.contains(speaker) { speakers.append(speaker) }
                if guestNote(line, of: said) { guests.insert(speaker) }
                // (A speaker's cues one after another, a sentence cut between them: one turn. Whole
                // sentences stay turns of their own: a dictation's chunks are its paragraphs.)
                if let last = pieces.lastIndex(where: { if case .line(let line) = $0 { !isBlank(line) } else { true } }),
                    case .turn(var turn) = pieces[last], turn.speaker == speaker, goesOn(turn.text)
                {
                    if !text.isEmpty { turn.text += " " + text }
                    pieces.removeSubrange((last + 1)...)  // (the blank lines between)
                    pieces[last] = .turn(turn)
                } else {
                    pieces.append(.turn(Turns.Turn(speaker: speaker, text: text)))
                }
                (inTurn, saidOnLine) = (true, !text.isEmpty)
            } else if isBlank(line) {
                inTurn = false
                pieces.append(.line(line))
            } else if inTurn, case .turn(var turn) = pieces.last, !saidOnLine || goesOn(turn.text) {
                turn.text += (turn.text.isEmpty ? "" : " ") + line.trimmingSpaces()
                pieces[pieces.count - 1] = .turn(turn)
            } else {
                pieces.append(.line(line))
            }
        }
        let turns = pieces.compactMap { if case .turn(let turn) = $0 { turn } else { nil } }
        if Set(turns.map(\.speaker)).count == 1 { return dictated(pieces) }
        // Each heading's turns, read together; what else the notes hold stays where it is.
        var read: [String] = [], heading: String?, section: [(at: Int, turn: Turns.Turn)] = []
        // Notes without a list of who came: those who spoke came (no one else can be known of them;
        // listed first, the notes' own title stays theirs).
        if !lines.contains(where: { PeopleLists.mayBeHeading($0) && PeopleLists.heading($0) != nil }) {
            let present = speakers.filter { !guests.contains($0) }
            if !present.isEmpty { read.append("Närvarande: " + present.joined(separator: ", ")) }
            if !guests.isEmpty { read.append("Gäster: " + speakers.filter(guests.contains).joined(separator: ", ")) }
            // (The one who calls the items, "Punkt ett: …", chairs.)
            let callers = Set(turns.filter { $0.text.holds(":") && $0.text.prefixMatch(of: spokenItem) != nil }.map(\.speaker))
            if callers.count == 1, let chair = callers.first { read.append("Ordförande: " + chair) }
        }
        let agenda = listedItems(lines)
        func flush() {
            let sentences = Turns.sentences(section.map(\.turn), under: heading)
            for (index, (at, _)) in section.enumerated() { read[at] = sentences[index] }
            section = []
        }
        for piece in pieces {
            switch piece {
            case .turn(var turn):
                // (An item said aloud, "Punkt ett: Avslag på sjukpenning. Lwazi, varsågod.", heads the turns after it.)
                if turn.text.holds(":"), let item = turn.text.prefixMatch(of: spokenItem), let number = spokenNumber(item.1) {
                    flush()
                    heading = "\(number). \(item.2)"
                    read += ["", heading!]
                    turn.text = turn.text[item.range.upperBound...].trimmingSpaces()
                    if turn.text.isEmpty { continue }
                }
                section.append((read.count, turn))
                read.append("")
                read.append("")  // (each turn a paragraph of its own)
            case .line(let line):
                if isHeading(line) {
                    flush()
                    heading = line.wholeMatch(of: numberAlone).flatMap { Int($0.1) }.flatMap { agenda[$0] } ?? line
                }
                read.append(line)
            }
        }
        flush()
        return read
    }

    /// Whether what was said stops in the middle of a sentence (its last character no full stop, mark
    /// or colon), to go on in the next turn.
    static func goesOn(_ said: String) -> Bool { said.last.map { !".!?:".contains($0) } ?? false }

    /// A transcript's lines as read: the notes' own, and turns.
    enum TranscriptPiece { case line(String), turn(Turns.Turn) }

    /// One voice's turns as prose: a turn that goes on with the sentence before is one with it; each
    /// item said aloud ("Punkt ett: Runda bland kommunerna. Alla ser …") its number and title, then
    /// the rest.
    static func dictated(_ pieces: [TranscriptPiece]) -> [String] {
        // (Before the first turn, the notes' lines as they are; after it, each a paragraph of its own.)
        var read: [String] = [], paragraphs: [(text: String, goesOn: Bool)] = []
        for piece in pieces {
            switch piece {
            case .line(let line) where paragraphs.isEmpty: read.append(line)
            case .line(let line): if !isBlank(line) { paragraphs.append((line, false)) }
            case .turn(let turn):
                if let last = paragraphs.last, last.goesOn, goesOn(last.text) {
                    paragraphs[paragraphs.count - 1].text += " " + turn.text
                } else {
                    paragraphs.append((turn.text, true))
                }
            }
        }
        // (A name spelled aloud, ", det stavas h o l m s j ö,", is no part of what the sentence lists.)
        for (said, _) in paragraphs {
            let paragraph = said.holds("stavas") ? said.replacing(spelledAloud, with: "") : said
            if let item = paragraph.prefixMatch(of: spokenItem), let number = spokenNumber(item.1) {
                read += ["", "\(number). \(item.2)"]
                let rest = paragraph[item.range.upperBound...].trimmingSpaces()
                if !rest.isEmpty { read.append(rest) }
            } else {
                read += ["", paragraph]
            }
        }
        return read
    }

    nonisolated(unsafe) static let spelledAloud = /,\s+det\s+stavas\s+[^,.]+(?:,(?=\s)|(?=\.))/

    /// "Punkt två: Title." opening what was said, its title up to the first full stop.
    nonisolated(unsafe) static let spokenItem = /(?i:punkt)\s+(\p{L}+|\d{1,2})\s*:\s*(\p{Lu}[^.]*?)\.(?:\s+|$)/
    static func spokenNumber(_ word: Substring) -> Int? {
        Int(word) ?? ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"].firstIndex(of: word.lowercased()).map { $0 + 1 }
    }

    /// A line that opens a turn: who speaks, and what they say on it (nothing when it is on the lines
    /// under it). A name alone under a time must be a person's name or a numbered speaker, so that a
    /// day's times ("13:00 Region Skåne") are not turns: times with seconds, or after the name.
    static func turnLine(_ line: String) -> (speaker: String, text: String)? {
        if line.holds("<v"), let voice = line.wholeMatch(of: voiceCue) {
            return (withoutNote(voice.1), String(voice.2).replacing(cueTag, with: "").trimmingSpaces())
        }
        guard holdsClockTime(line) else { return nil }
        let match = line.wholeMatch(of: timeThenSpeaker).map { ($0.1, $0.2) } ?? line.wholeMatch(of: speakerThenTime).map { ($0.1, nil) }
        guard let (noted, text) = match, case let speaker = withoutNote(noted), PeopleLists.isName(speaker) || speaker.firstMatch(of: numberedSpeaker) != nil
        else { return nil }
        return (speaker, text.map { String($0).trimmingSpaces() } ?? "")
    }
    /// Whether a line holds a time's "d:dd", by bytes: a cheap test before the patterns, asked of
    /// every line with a colon (most labels have none).
    static func holdsClockTime(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        let digit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        return bytes.indices.dropFirst().dropLast(2).contains { bytes[$0] == 0x3A && digit(bytes[$0 - 1]) && digit(bytes[$0 + 1]) && digit(bytes[$0 + 2]) }
    }

    /// Whether the tool noted a speaker as a guest on their turn's line ("<v Ilpo Koskenvuo (Gäst)>").
    static func guestNote(_ line: String, of speaker: String) -> Bool {
        guard let at = line.range(of: speaker) else { return false }
        let after = line[at.upperBound...].drop { $0 == " " }.lowercased()
        return ["(gäst)", "(guest)", "(extern)", "(external)"].contains(where: after.hasPrefix)
    }

    /// A speaker's name without what the tool noted beside it ("Ilpo Koskenvuo (Gäst)", "(extern)").
    static func withoutNote(_ speaker: Substring) -> String {
        speaker.holds("(") ? String(speaker.prefix { $0 != "(" }).trimmingSpaces() : speaker.trimmingSpaces()
    }
    nonisolated(unsafe) static let voiceCue = /\s*<v(?:\.[^\s>]*)?\s+([^>]+)>(.*?)(?:<\/v>)?\s*/
    nonisolated(unsafe) static let cueTag = /<[^>]*>/
    nonisolated(unsafe) static let cueTiming = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}/
    nonisolated(unsafe) static let timeThenSpeaker = try! Regex(
        #"\s*(?:\d{1,2}:\d{2}:\d{2}|\[(?:\d{1,2}:)?\d{1,2}:\d{2}\])(?:[.,]\d+)?\s+("# + speaker + #"(?:\s*\([^)]{1,30}\))?)\s*(?::\s+(.+))?"#,
        as: (Substring, Substring, Substring?).self)
    nonisolated(unsafe) static let speakerThenTime = try! Regex(
        #"\s*("# + speaker + #"(?:\s*\([^)]{1,30}\))?)\s+\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?\s*"#, as: (Substring, Substring).self)
    /// A speaker as transcripts name them: a name of up to four words, or a number they were given.
    static let speaker = #"(?:Talare|Speaker|Deltagare|Okänd talare)(?:\s+\d{1,2})?|\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|af|van|von|da|di|el|al)){0,3}"#
    nonisolated(unsafe) static let numberedSpeaker = /^(?:Talare|Speaker|Deltagare|Okänd talare)/

    /// What the notes say a numbered speaker is ("Talare 6 är Cassandra", "Speaker 3 = Ines Holm").
    static func speakerNames(_ lines: [String]) -> [String: String] {
        var named: [String: String] = [:]
        // (Not a turn's line: "[00:21:57] Speaker 3: Enskilt först" is what the speaker said.)
        for line in lines where (line.holds("alare") || line.holds("peaker") || line.holds("eltagare")) && turnLine(line) == nil {
            for match in line.matches(of: speakerIs) { named[String(match.1)] = String(match.2) }
        }
        return named
    }
    nonisolated(unsafe) static let speakerIs = /((?:Talare|Speaker|Deltagare)\s+\d{1,2}|Okänd talare)\s*(?:är|=|:|–|-)\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/

    /// The titles an agenda listed first gives its items by number ("5. Övrigt"): for an item the
    /// transcript marks by its number alone ("=== Punkt 5 ==="), so what it is (a round, "Övrigt") is known.
    static func listedItems(_ lines: [String]) -> [Int: String] {
        var titles: [Int: String] = [:]
        for line in lines where line.first(where: { !$0.isWhitespace })?.isNumber == true {
            guard let item = line.wholeMatch(of: numberedMarker), let number = Int(item.1.trimming(anyOf: ".) ")), let title = item.2 else { continue }
            if titles[number] == nil { titles[number] = String(title) }
        }
        return titles
    }
    nonisolated(unsafe) static let numberAlone = /[\s=#*-]*(?i:punkt|pkt|ärende)?\s*(\d{1,2})[.:]?[\s=#*-]*/

    /// A line between turns that opens an item's turns: plain words, not a label's value ("BESLUT:
    /// …"), nor an aside in brackets.
    static func isHeading(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        // (WebVTT's "NOTE" opens a comment of the file's, not an item.)
        guard let first = trimmed.first, first != "(", first != "[", first != "/", trimmed != "NOTE", !trimmed.hasPrefix("NOTE ") else { return false }
        // (A heading's mark or number says so, whatever follows: "## 3. Kronofogden: skulder …".)
        if first == "#" || trimmed.wholeMatch(of: numberedMarker) != nil { return true }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].split(separator: " ").count <= 3, colon != trimmed.index(before: trimmed.endIndex) { return false }
        return true
    }
}
