import Foundation

/// A calendar date; the year is unknown in "4/12" or "26 februari".
struct DayDate: Hashable, Comparable {
    var year: Int?
    var month: Int
    var day: Int

    var iso: String? {
        guard let year else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    static func < (a: DayDate, b: DayDate) -> Bool {
        (a.year ?? 0, a.month, a.day) < (b.year ?? 0, b.month, b.day)
    }

    /// Days from a to b, for dates with years.
    static func days(from a: DayDate, to b: DayDate) -> Int? {
        guard let first = a.date, let second = b.date else { return nil }
        return Calendar(identifier: .gregorian).dateComponents([.day], from: first, to: second).day
    }

    /// The day before, in the calendar `date` is of.
    var dayBefore: DayDate? {
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let before = calendar.date(byAdding: .day, value: -1, to: date) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: before)
        return DayDate(year: parts.year, month: parts.month!, day: parts.day!)
    }

    var date: Date? {
        guard let year else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components)
    }

    /// Its day of the week, Monday 0 to Sunday 6 (as `DateReader.weekdays`).
    var weekday: Int? {
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return (calendar.component(.weekday, from: date) + 5) % 7
    }

    /// A year written with its last two digits ("210305", "11/3-09"): minutes are of 1990 on.
    static func year(twoDigits: Int) -> Int { twoDigits < 90 ? 2000 + twoDigits : 1900 + twoDigits }

    init?(year: Int?, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        if let year {
            guard (1990...2100).contains(year) else { return nil }
            var components = DateComponents(year: year, month: month, day: day)
            components.timeZone = TimeZone(identifier: "UTC")
            guard Calendar(identifier: .gregorian).date(from: components).map({
                Calendar(identifier: .gregorian).component(.day, from: $0) == day
            }) == true else { return nil }
        }
        (self.year, self.month, self.day) = (year, month, day)
    }
}

/// Finds the dates a text mentions and which of them is the meeting's own.
enum DateReader {
    static let months = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
        "november", "december",
    ]
    /// `months` as a pattern's alternation.
    static let monthNames = months.joined(separator: "|")

    struct Mention {
        let date: DayDate
        let line: Int
        /// The line speaks of a later meeting ("nästa möte", "nytt möte", "planerat till").
        let isNextMeeting: Bool
        /// The line is a date label ("Datum: …") or the minutes' heading.
        let isLabelled: Bool
        /// The line speaks of a meeting ("… från gårdagens möte, tisdagen den 14 mars 2023").
        let isOfAMeeting: Bool
    }

    /// (A word's endings are there for a heading that is the phrase alone: `rightUnderNextMeetingHeading`.)
    nonisolated(unsafe) static let nextMeetingWords = /(?i)nästa\s+(möte(?:n|stillfälle)?|träff(?:ar)?|nätverksmöte|nätverksträff)|nytt\s+möte|kommande\s+möten?|planerat?\s+till|nätverksträffar\s+\d{4}|nästkommande/
    /// ("Sammanträdesdatum": a protocol's, above the day its notice was posted. "Sammanträde torsdagen den
    /// 19 oktober 2006": the meeting's, under a memo's letterhead dated when it was written.)
    nonisolated(unsafe) static let labelWords = /(?i)^\s*(datum|date|tid\s+och\s+datum|mötesdatum|sammanträdesdatum|sammanträde(?=\s+\p{L}*dag)|(?:när|tid)(?=\s*:|\t))\b/
    nonisolated(unsafe) static let headingWords = /(?i)anteckning|protokoll|möte|träff|nätverk/
    /// "Vi sågs den 1 oktober", "vi möttes": a meeting; not "riktlinjerna sågs över", "bemöttes".
    nonisolated(unsafe) static let metWords = /(?i)\b(?:sågs(?!\s+över)|möttes)\b/
    /// A letter's own date: where and when it was written ("Landskrona 2025-05-16", "Bjuv den 3 mars 2025").
    nonisolated(unsafe) static let dateline = /^\s*(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,?\s+)?(?:den\s+)?\d[\d\s\p{L}.-]*$/
    /// "gårdagens träff", "mötet i går": yesterday's, as a mail sent the day after says it.
    nonisolated(unsafe) static let yesterdaysMeeting = /(?i)\bgårdagens\s+(?:nätverks)?(?:träff|möte)|(?:träffen|mötet)\s+i\s*går\b/
    /// When an e-mail was sent ("Skickat: den 15 mars 2023 08:47"), or a page published or saved
    /// ("Publicerad 2026-03-20 av …", "Senast sparad 2026-05-25", and its history, "Skapad av Ada Ek,
    /// senast ändrad av Per Lind den 16 december 2025"), which is not when the meeting was.
    nonisolated(unsafe) static let sentLabel = /(?i)^\s*(?:\*\*)?(?:(?:skickat|sent)\s*:|(?:senast\s+)?(?:publicerad|publicerat|uppdaterad|uppdaterat|ändrad|ändrat|sparad|sparat)\s*:?\s+(?=\d)|(?:skapad|(?:senast\s+)?(?:ändrad|uppdaterad)|publicerad)\s+av\s)/

    /// A line that is only when a post was written ("2025-09-26 13:48"), as a chat channel copies it
    /// under its author: when it was sent, as a mail's "Skickat:".
    static func isTimestamp(_ line: String) -> Bool {
        line.utf8.count <= 20 && line.first?.isNumber == true && line.wholeMatch(of: timestamp) != nil
    }
    nonisolated(unsafe) static let timestamp = /\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}[:.]\d{2}\s*/

    /// Whether a line is a memo's or a mail's "Datum:" among its addressing ("Till:", "Från:" right
    /// above or under it): when it was written, not when they met.
    static func isMailsDate(_ lines: [String], _ number: Int) -> Bool {
        let label = lines[number].trimmingSpaces().lowercased()
        guard label.hasPrefix("datum"), label.dropFirst(5).trimmingSpaces().hasPrefix(":") else { return false }
        return [number - 1, number + 1].contains { lines.indices.contains($0) && MinutesReader.isMailAddressing(lines[$0]) }
    }

    /// The line over a mail a reply quotes, "Den tors 12 mars 2026 kl 14:03 skrev Ada Ek <ada@bjuv.se>:":
    /// when that mail was sent, not when they met. (By its words: asked of every line with a colon.)
    static func isQuotedMailsLine(_ line: String) -> Bool {
        (line.holds(" skrev ") || line.holds(" wrote ")) && line.trimmingSpaces().hasSuffix(":")
    }

    /// Whether a line may say when it was sent or published (a cheap test before `sentLabel`).
    static func maySayWhenSent(_ line: String) -> Bool { line.holds(":") || line.holds("ublicera") || line.holds("ppdatera") || line.holds("ändra") || line.holds("sparad") || line.holds("sparat") || line.holds("kapad") }

    nonisolated(unsafe) static let iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/
    nonisolated(unsafe) static let compact = /(?:^|[^\d\/.\-])(\d{2})(\d{2})(\d{2})(?![\d\/.\-])/
    /// "24-02-06": a year of two digits, a month and a day.
    nonisolated(unsafe) static let shortISO = /(?:^|[^\d\/.\-])(\d{2})-(\d{2})-(\d{2})(?![\d\/.\-])/
    /// "5 oktober 2022", "27 jan 2023", "8 feb -24" (a year's last two digits after a dash or an
    /// apostrophe); in English too, as minutes written with a neighbour are ("12 March 2025").
    nonisolated(unsafe) static let words = try! Regex(
        #"(?i)\b(\d{1,2})(?::[ae])?\s+("# + monthNames
            + #"|january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\b\.?(?:\s+(\d{4})\b|\s+[-'’](\d{2})\b)?"#,
        as: (Substring, Substring, Substring, Substring?, Substring?).self)
    /// Whether a line may hold a date `words` takes: a digit, then (past more digits, and a ":a" or
    /// ":e") a space, then a month's first three letters, in any case. A byte beyond ASCII may be a
    /// digit, a space or a letter that folds to one, and is taken as such. A cheap test first: the
    /// pattern, tried from every place of every line with a digit, was a thirtieth of reading minutes.
    static func mayHoldDateInWords(_ line: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var at = 0
            while at < bytes.count {
                guard Bytes.mayDigit(bytes[at]) else {
                    at += 1
                    continue
                }
                var end = at + 1
                while end < bytes.count, Bytes.isDigit(bytes[end]) { end += 1 }
                if end + 1 < bytes.count, bytes[end] == UInt8(ascii: ":"), "aeAE".utf8.contains(bytes[end + 1]) { end += 2 }
                var word = end
                while word < bytes.count, Bytes.maySpace(bytes[word]) { word += 1 }
                if word > end, word + 3 <= bytes.count {
                    let start = bytes[word..<(word + 3)]
                    if start.contains(where: { $0 >= 0x80 }) { return true }
                    if monthStarts.contains(String(decoding: start.map { $0 | 0x20 }, as: UTF8.self)) { return true }
                }
                at = end
            }
            return false
        }
        if let found = line.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(line.utf8).withUnsafeBufferPointer(scan)
    }
    static let monthStarts: Set<String> = ["jan", "feb", "mar", "apr", "maj", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dec"]

    /// Whether a line may hold a date `dotted` or `dottedISO` takes: digits apart by two dots. A cheap
    /// test first: the two patterns, tried from every place of every line with a digit and a dot,
    /// were a twentieth of reading minutes ("kl. 13.30" is no such date).
    static func mayHoldDottedDate(_ line: String) -> Bool {
        // (Digits since the last dot, and how many dots apart them by.)
        var digits = false, dots = 0
        for scalar in line.unicodeScalars {
            if Scalars.isDigit(scalar) {
                if dots == 2 { return true }
                digits = true
            } else if scalar == ".", digits {
                dots += 1
                digits = false
            } else {
                (digits, dots) = (false, 0)
            }
        }
        return false
    }

    /// Whether a line holds a number: an ASCII digit, found by its byte, or a character that is one
    /// (Characters looked at only in a line with bytes beyond ASCII: most lines hold neither).
    static func holdsNumber(_ line: String) -> Bool {
        var beyondASCII = false
        for byte in line.utf8 {
            if Bytes.isDigit(byte) { return true }
            beyondASCII = beyondASCII || byte >= 0x80
        }
        return beyondASCII && line.contains(where: \.isNumber)
    }

    /// Whether a line may hold `iso`'s date: four digits and a dash.
    static func mayHoldISODate(_ line: String) -> Bool { Scalars.holdDigits(line, 4) { $0 == "-" } }

    /// Whether a line may hold `compact`'s six digits in a row (or `compactFull`'s eight).
    static func mayHoldCompactDate(_ line: String) -> Bool { Scalars.holdDigits(line, 6) }

    /// Whether a line may hold `dayRange`'s days: a digit, a dash (- or –) and a digit, with white
    /// space or none between.
    static func mayHoldDayRange(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        // Whether the first scalar from `at` on (by `step`) that is no white space is a digit.
        func digit(from at: Int, by step: Int) -> Bool {
            var at = at
            while scalars.indices.contains(at), Scalars.isSpace(scalars[at]) { at += step }
            return scalars.indices.contains(at) && Scalars.isDigit(scalars[at])
        }
        return scalars.indices.contains { ["-", "–"].contains(scalars[$0]) && digit(from: $0 - 1, by: -1) && digit(from: $0 + 1, by: 1) }
    }

    /// Whether a lowercased line may hold what `nextMeetingWords` takes: each of its phrases' first
    /// word, white space and the word after it.
    static func mayHoldNextMeeting(_ lower: String) -> Bool {
        guard nextMeetingPhrases.contains(where: { lower.holds($0.first) }) else { return false }
        if lower.holds("nästkommande") { return true }
        let bytes = Array(lower.utf8)
        return nextMeetingPhrases.contains { Bytes.mayHoldPhrase(bytes, Array($0.first.utf8), then: $0.then.map { Array($0.utf8) }) }
    }
    /// `nextMeetingWords`' phrases, by their first word ("nätverksträffar" before a year: anything).
    static let nextMeetingPhrases: [(first: String, then: [String])] = [
        ("nästa", ["möte", "träff", "nätverksmöte", "nätverksträff"]), ("nytt", ["möte"]), ("kommande", ["möte"]),
        ("planera", ["till"]), ("planerat", ["till"]), ("nätverksträffar", [""]),
    ]

    /// Whether a lowercased line may hold `spelled`'s date: an ordinal, white space and a month.
    static func mayHoldSpelledDate(_ lower: String) -> Bool {
        guard months.contains(where: lower.holds) else { return false }
        let bytes = Array(lower.utf8)
        return ordinals.contains { lower.holds($0) && Bytes.mayHoldPhrase(bytes, Array($0.utf8), then: monthBytes) }
    }
    static let monthBytes = months.map { Array($0.utf8) }

    /// The English months whose first three letters no Swedish month's are.
    static let englishMonths = ["may": 5, "oct": 10]
    /// A month's number by its name's first three letters, in Swedish or English.
    static func month(named name: Substring) -> Int? {
        let start = name.lowercased().prefix(3)
        return months.firstIndex { $0.hasPrefix(start) }.map { $0 + 1 } ?? englishMonths[String(start)]
    }
    /// "den fjärde april 2023": the day as an ordinal word.
    static let ordinals = [
        "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte",
        "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde", "tjugonde", "tjugoförsta",
        "tjugoandra", "tjugotredje", "tjugofjärde", "tjugofemte", "tjugosjätte", "tjugosjunde", "tjugoåttonde", "tjugonionde",
        "trettionde", "trettioförsta",
    ]
    nonisolated(unsafe) static let spelled = try! Regex(
        #"(?i)\b("# + ordinals.joined(separator: "|") + #")\s+("# + monthNames + #")\b(?:\s+(\d{4})\b)?"#)
    /// "20220407": a date label's or heading's eight digits.
    nonisolated(unsafe) static let compactFull = /(?:^|[^\d\/.\-])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d\/.\-])/
    /// "2023.05.17": year, month and day apart by dots.
    nonisolated(unsafe) static let dottedISO = /(?:^|[^\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.]\d)/
    /// A year standing alone in a line ("Möte 4/2022 – onsdag v. 40 (5/10)"): the year of the line's date without one.
    nonisolated(unsafe) static let lineYear = /(?:^|[^\d.:\-])((?:19|20)\d{2})(?!\d)(?!\s*års)/
    /// "19/5", "19/5 2020", "11/3-09", "14/4 -26" (the year's last two digits after a dash, as Swedish notes write it).
    nonisolated(unsafe) static let dayMonth = /(?:^|[^\d\/.:\-])(\d{1,2})\/(\d{1,2})(?:\s+((?:19|20)\d{2})(?!\d)|(?:[-\/]| -(?=\d{2},))((?:19|20)?\d{2})(?![\d\/.:]))?(?![\d\/])/
    /// "26.1.2012": day, month and year apart by dots (a time, "13.30", has no third part).
    nonisolated(unsafe) static let dotted = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/
    /// "1–2 december 2007", "1-2 december": a meeting over days is dated by its first.
    nonisolated(unsafe) static let dayRange = try! Regex(
        #"(?i)\b(\d{1,2})\s*[–-]\s*\d{1,2}(?::[ae])?\s+("# + monthNames + ")", as: (Substring, Substring, Substring).self)

    /// "30 september–1 oktober 2025": days over two months, dated by the first, in the year the
    /// second names (the one before when the first month is later: "30 december–2 januari 2026").
    nonisolated(unsafe) static let monthRange = try! Regex(
        #"(?i)\b(\d{1,2})\s+("# + monthNames + #")\s*[–-]\s*\d{1,2}\s+("# + monthNames + #")(?:\s+(\d{4}))?"#,
        as: (Substring, Substring, Substring, Substring, Substring?).self)

    /// A line with `monthRange` as its first day alone.
    static func firstOfMonthRange(_ line: String) -> String {
        guard line.holds("-") || line.holds("–") else { return line }
        return line.replacing(monthRange) { match in
            guard let year = match.4.flatMap({ Int($0) }) else { return "\(match.1) \(match.2)" }
            let earlier = (month(named: match.2) ?? 0) > (month(named: match.3) ?? 0)
            return "\(match.1) \(match.2) \(earlier ? year - 1 : year)"
        }
    }

    static func mentions(in lines: [String], headingLine: Int?) -> [Mention] {
        var found: [Mention] = []
        for (number, line) in lines.enumerated() where holdsNumber(line) {
            if maySayWhenSent(line), isQuotedMailsLine(line) || line.contains(sentLabel) || isMailsDate(lines, number) { continue }
            // A word each pattern needs, looked for first: the patterns scan the line from every place.
            let lower = line.lowercased()
            let isHeading = number == headingLine
            let labelled = (lower.holds("dat") || lower.holds("tid") || lower.holds("när") || lower.holds("sammanträde")) && line.contains(labelWords) || isHeading
            // ("Nästa träff" over "När: 14 maj 2025": a label under a next meeting's heading is its.)
            let phrased = mayHoldNextMeeting(lower) && line.contains(nextMeetingWords)
            let underNext = !isHeading && (labelled && underNextMeeting(lines, number) || rightUnderNextMeetingHeading(lines, number, headingLine: headingLine))
            // (Not a meeting before this one: "Anteckningarna från föregående möte den 12 januari".)
            // (A sentence wrapped onto the line: "… träff i tisdags," over "den 14/5, så att …".)
            let wrapped = number > 0 && line.first(where: { !$0.isWhitespace })?.isLowercase == true
            let ofAMeeting = (["möte", "träff"].contains(where: lower.holds)
                || wrapped && ["möte", "träff"].contains(where: lines[number - 1].lowercased().holds)
                    && !["föregående", "förra", "senaste", "nästa"].contains(where: lines[number - 1].lowercased().holds) || (lower.holds("sågs") || lower.holds("möttes")) && line.contains(metWords)) && !["föregående", "förra", "senaste"].contains(where: lower.holds)
            // (A next meeting's phrase names the day of its own sentence: "Kan vi ta det på nästa träff?" after
            // a form's answer's "2025-11-14 11:03:48" names no day of it.)
            func add(_ date: DayDate?, in text: String, at range: Range<String.Index>) {
                guard let date else { return }
                let next = underNext || phrased && text.matches(of: nextMeetingWords).contains { phrase in
                    let between = phrase.range.upperBound <= range.lowerBound ? text[phrase.range.upperBound..<range.lowerBound]
                        : range.upperBound <= phrase.range.lowerBound ? text[range.upperBound..<phrase.range.lowerBound] : ""
                    return between.firstMatch(of: sentenceBreak) == nil
                }
                found.append(Mention(date: date, line: number, isNextMeeting: next, isLabelled: labelled, isOfAMeeting: ofAMeeting))
            }
            for match in mayHoldISODate(line) ? line.matches(of: iso) : [] {
                add(DayDate(year: match.1.digitsValue, month: match.2.digitsValue, day: match.3.digitsValue), in: line, at: match.range)
            }
            // A range's second day is not a date of its own. (Both patterns end in a day and a month:
            // a line without one is not tried.)
            let inWords = mayHoldDateInWords(line)
            let line = !inWords ? line : mayHoldDayRange(line) ? line.replacing(dayRange) { "\($0.1) \($0.2)" } : firstOfMonthRange(line)
            for match in inWords ? line.matches(of: words) : [] {
                guard let month = month(named: match.2) else { continue }
                let year = match.3.map(\.digitsValue) ?? match.4.map(\.digitsValue).map(DayDate.year(twoDigits:))
                add(DayDate(year: year, month: month, day: match.1.digitsValue), in: line, at: match.range)
            }
            if mayHoldSpelledDate(lower) {
                for match in line.matches(of: spelled) {
                    guard let day = match.output[1].substring.flatMap({ word in ordinals.firstIndex(of: word.lowercased()) }),
                        let month = match.output[2].substring.flatMap({ word in months.firstIndex(of: word.lowercased()) })
                    else { continue }
                    add(DayDate(year: match.output[3].substring.flatMap { Int($0) }, month: month + 1, day: day + 1), in: line, at: match.range)
                }
            }
            // YYMMDD (and YY-MM-DD) only where it can mean nothing else: in a heading or a date label.
            let headingOrLabel = {
                labelled || line.count < 80 && ["anteckning", "protokoll", "möte", "träff", "nätverk"].contains(where: lower.holds) && line.contains(headingWords)
            }
            if mayHoldCompactDate(line), headingOrLabel() {
                for match in line.matches(of: compact) {
                    add(DayDate(year: DayDate.year(twoDigits: match.1.digitsValue), month: match.2.digitsValue, day: match.3.digitsValue), in: line, at: match.range)
                }
                // Eight digits only after a date label: elsewhere they may be a case number ("dnr 20230215").
                if line.contains(labelWords) {
                    for match in line.matches(of: compactFull) { add(DayDate(year: match.1.digitsValue, month: match.2.digitsValue, day: match.3.digitsValue), in: line, at: match.range) }
                }
            }
            // ("Möte 24-02-06": ISO without its century.)
            if line.holds("-"), headingOrLabel() {
                for match in line.matches(of: shortISO) {
                    add(DayDate(year: DayDate.year(twoDigits: match.1.digitsValue), month: match.2.digitsValue, day: match.3.digitsValue), in: line, at: match.range)
                }
            }
            if mayHoldDottedDate(line) {
                for match in line.matches(of: dotted) { add(DayDate(year: match.3.digitsValue, month: match.2.digitsValue, day: match.1.digitsValue), in: line, at: match.range) }
                for match in line.matches(of: dottedISO) { add(DayDate(year: match.1.digitsValue, month: match.2.digitsValue, day: match.3.digitsValue), in: line, at: match.range) }
            }
            if line.holds("/"), !line.holds("http") {
                // A heading's or label's day without a year takes the one year the line names elsewhere.
                let years = labelled || line.count < 100 && line.contains(headingWords) ? Set(line.matches(of: lineYear).map { $0.1.digitsValue }) : []
                for match in line.matches(of: dayMonth) {
                    let year = match.3.map(\.digitsValue) ?? match.4.map(\.digitsValue).map { $0 >= 100 ? $0 : DayDate.year(twoDigits: $0) }
                        ?? (years.count == 1 ? years.first : nil)
                    add(DayDate(year: year, month: match.2.digitsValue, day: match.1.digitsValue), in: line, at: match.range)
                }
            }
        }
        return found
    }

    /// A sentence's end: its mark before the next one's capital ("… nästa år. Kan vi …"), not an abbreviation's ("kl. 13").
    nonisolated(unsafe) static let sentenceBreak = /[.!?]\s+\p{Lu}/

    /// Whether the line above, over any labels between (a few), speaks of a next meeting: "Nästa träff"
    /// over "När: …" and "Var: …".
    static func underNextMeeting(_ lines: [String], _ number: Int) -> Bool {
        for line in lines[..<number].reversed().prefix(5) where !line.allSatisfy(\.isWhitespace) {
            if mayHoldNextMeeting(line.lowercased()), line.contains(nextMeetingWords) { return true }
            if line.firstMatch(of: MinutesReader.labelLead) == nil { return false }
        }
        return false
    }

    /// "## Nästa träff" over "23 november kl. 9–12 i Höganäs": the line right under a heading that is
    /// the next meeting's and nothing else (its item's number, marks and colon aside; not the title) is
    /// the next meeting's, unless it is a heading or item of its own ("4. Avslut 2023-05-10").
    static func rightUnderNextMeetingHeading(_ lines: [String], _ number: Int, headingLine: Int?) -> Bool {
        guard let above = lines[..<number].lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }), above != headingLine,
            lines[number].firstMatch(of: itemOpening) == nil
        else { return false }
        let heading = lines[above].drop(while: { !$0.isLetter }).trimmingSpaces(and: "*_:")
        return mayHoldNextMeeting(heading.lowercased()) && heading.wholeMatch(of: nextMeetingWords) != nil
    }
    /// A line that opens an item or heading of its own: "4. Avslut", "§ 5", "## Övrigt".
    nonisolated(unsafe) static let itemOpening = /^\s*(?:#|§|\d{1,2}[.)]\s)/

    struct Reading {
        var date: String?
        var dateAsWritten: String?
        var note: String?
        var nextMeeting: NextMeeting?
        /// Taken from a letter's own dateline ("Bjuv 2024-05-16"), no line of the meeting naming a whole date: that date.
        var lettersOwn: DayDate?
    }

    /// The day a meeting's recording was made, as Zoom and Teams name it ("GMT20251119-085804_Recording",
    /// "…-20260311_090214-Mötesinspelning.mp4"): where the minutes give no date of their own.
    static func recordingDate(_ lines: [String]) -> String? {
        lines.lazy.filter { $0.holds("GMT") || $0.holds("_") }.compactMap { line in
            line.firstMatch(of: recordingStamp).flatMap { DayDate(year: $0.1.digitsValue, month: $0.2.digitsValue, day: $0.3.digitsValue)?.iso }
        }.first
    }
    nonisolated(unsafe) static let recordingStamp = /(?:GMT|-)(20\d{2})(\d{2})(\d{2})[-_]\d{6}(?!\d)/

    /// The meeting's date and the next meeting the minutes announce, from one pass over the dates.
    static func read(_ lines: [String], file: String = "", headingLine: Int?, headerEnd: Int, beforeItems: Int, isLetter: Bool) -> Reading {
        var mentions = mentions(in: lines, headingLine: headingLine)
        var reading = date(from: mentions, lines: lines, headingLine: headingLine, headerEnd: headerEnd, beforeItems: beforeItems, isLetter: isLetter)
        // A date label's "fre 12/4", a letter's or a header's "från träffen 7 mars": in the one year the
        // lines above name (the title's "VT 2024", a mail's subject, a newsletter's "Nr 4/2024").
        // (A mail's "Skickat: 8 januari 2025" over "från träffen 12 december": the December before.)
        // (Or a letter dated when written, "Bjuv 2024-05-16", over "från träffen i tisdags, den 14/5".)
        if reading.date == nil || reading.lettersOwn != nil,
            let index = mentions.firstIndex(where: { mention in
                !mention.isNextMeeting && mention.date.year == nil
                    && ((mention.isLabelled || isDayLine(lines[mention.line])) && mention.line < max(headerEnd, beforeItems)
                        || mention.isOfAMeeting && (isLetter && mention.line < max(headerEnd, beforeItems) + letterOpening || mention.line < beforeItems))
            }),
            case let above = Set(lines[..<mentions[index].line].filter(mayHoldYear).flatMap { $0.matches(of: lineYear).map { $0.1.digitsValue } }),
            // (None above: the year a page's footer names, "Sida 1 av 2 – 2023".)
            case let years = above.isEmpty ? Set(lines.filter(mayHoldYear).compactMap { $0.wholeMatch(of: footerYear).map { $0.1.digitsValue } }) : above,
            years.count == 1, var dated = DayDate(year: years.first, month: mentions[index].date.month, day: mentions[index].date.day)
        {
            let sent = lines[..<mentions[index].line].lazy.filter { $0.contains(sentLabel) }
                .compactMap { line in Self.mentions(in: [line.replacing(sentLabel, with: "")], headingLine: nil).first?.date }.first { $0.year != nil }
            if let sent = sent ?? reading.lettersOwn, dated > sent, let before = DayDate(year: dated.year! - 1, month: dated.month, day: dated.day) { dated = before }
            let mention = mentions[index]
            mentions[index] = Mention(date: dated, line: mention.line, isNextMeeting: false, isLabelled: mention.isLabelled, isOfAMeeting: true)
            reading = date(from: mentions, lines: lines, headingLine: headingLine, headerEnd: headerEnd, beforeItems: beforeItems, isLetter: isLetter)
        }
        // A mail "från gårdagens träff", sent the day after: the day before it was sent, whatever
        // other meeting the lines before the items date ("Anteckningarna från träffen 9 september").
        if !mentions.contains(where: { $0.isLabelled && !$0.isNextMeeting }),
            let said = lines.prefix(max(headerEnd, beforeItems) + letterOpening).first(where: { $0.holds("går") && $0.contains(yesterdaysMeeting) }),
            let sentLine = lines.prefix(while: { $0 != said }).first(where: { $0.contains(sentLabel) || isTimestamp($0) }),
            let sent = Self.mentions(in: [sentLine.replacing(sentLabel, with: "")], headingLine: nil).first?.date
        {
            reading.date = sent.dayBefore?.iso
            reading.note = "the day before the mail was sent (\"\(said.trimmingSpaces())\")"
        }
        if reading.date == nil { reading.date = weekDate(in: lines.prefix(max(headerEnd, 1))) }
        // Minutes that name no day of their own are often named by it: "2024-05-14 vuxennätverket.md".
        if reading.date == nil, let named = fileDate(file) {
            reading.date = named
            reading.note = "taken from the file's name"
        }
        if reading.date == nil, let recorded = recordingDate(lines) {
            reading.date = recorded
            reading.note = "taken from the recording's name"
        }
        reading.nextMeeting = nextMeeting(from: mentions, lines: lines, after: reading.date)
        return reading
    }

    /// A whole date in a file's name (an attachment's own name in a mail): 2024-05-14, 2024_05_14,
    /// 20240514, or 240514 as Swedish offices shorten it (year, month, day), apart from other digits;
    /// not a personnummer's (150612-1234) nor a telephone number's (0435-121212), nor a year to come.
    nonisolated(unsafe) static let namedDate = /(?:^|\D)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?![-+]?\d)/
    nonisolated(unsafe) static let namedShortDate = /(?:^|[^\d-])(\d{2})(\d{2})(\d{2})(?![-+]?\d)/

    static func fileDate(_ file: String) -> String? {
        let name = (file.split(separator: "#").last ?? Substring(file)).split(separator: "/").last.map(String.init) ?? file
        guard Scalars.holdDigits(name, 4) else { return nil }
        let written = name.matches(of: namedDate).map { ($0.1.digitsValue, $0.3.digitsValue, $0.4.digitsValue) }
            + name.matches(of: namedShortDate).map { ($0.1.digitsValue + 2000, $0.2.digitsValue, $0.3.digitsValue) }
        let lastYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        return written.lazy.compactMap { year, month, day in year <= lastYear ? DayDate(year: year, month: month, day: day)?.iso : nil }.first
    }

    /// A page's footer with its year: "Sida 1 av 2 – 2023", "sida 2/3 · 2023".
    nonisolated(unsafe) static let footerYear = /(?i)\s*sida\s+\d+(?:\s*(?:av|\/)\s*\d+)?\s*[-–—·|,]?\s*((?:19|20)\d{2})\s*/

    /// "Träff: v. 12, onsdag": a week's number and its day (ISO weeks, as Swedish calendars count them).
    nonisolated(unsafe) static let week = /(?i)\b(?:v\.?|vecka)\s*(\d{1,2})\b[^.\n]*?\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b|\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b[^.\n]*?\b(?:v\.?|vecka)\s*(\d{1,2})\b/

    /// Whether a line may hold a weekday `week` takes: each ends in "dag", in any case.
    static func mayHoldWeekday(_ line: String) -> Bool { line.lowercased().holds("dag") }

    /// Whether a line may hold `lineYear`'s year: four digits in a row.
    static func mayHoldYear(_ line: String) -> Bool { Scalars.holdDigits(line, 4) }

    /// The date of a header's week and day, in the one year the header names: minutes dated so alone.
    static func weekDate(in header: ArraySlice<String>) -> String? {
        let years = Set(header.filter(mayHoldYear).flatMap { $0.matches(of: lineYear).map { $0.1.digitsValue } })
        // (A label's or the heading's: "Träffas varannan onsdag från v. 5" is no date.)
        let first = header.firstIndex { !$0.allSatisfy(\.isWhitespace) }
        guard years.count == 1, let year = years.first,
            let line = header.indices.first(where: { index in
                let line = header[index]
                return (index == first || line.firstMatch(of: MinutesReader.labelLead) != nil) && mayHoldWeekday(line) && line.firstMatch(of: week) != nil
                    && line.firstMatch(of: nextMeetingWords) == nil
            }).map({ header[$0] }),
            let match = line.firstMatch(of: week), let number = Int(match.1 ?? match.4 ?? ""), (1...53).contains(number),
            let day = (match.2 ?? match.3).flatMap({ day in weekdays.firstIndex(of: day.lowercased()) })
        else { return nil }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // (Calendar's weekdays count from Sunday, 1.)
        let components = DateComponents(weekday: (day + 1) % 7 + 1, weekOfYear: number, yearForWeekOfYear: year)
        // (Week 53 of a year of 52 rolls into the next: not that week.)
        guard let date = calendar.date(from: components), calendar.component(.weekOfYear, from: date) == number else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return DayDate(year: parts.year, month: parts.month!, day: parts.day!)?.iso
    }

    static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

    /// A line of the day, opened by its weekday ("Torsdag den 12 februari kl 13-15.30, Åstorp, …"), or
    /// the day alone ("8 april", "8/4"), as a notebook heads each meeting.
    static func isDayLine(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        if text.first?.isNumber == true { return text.split(separator: " ").count <= 2 }
        return weekday(named: text.prefix { $0.isLetter }.lowercased()) != nil
    }

    /// The one weekday a line names ("onsdag", "Onsdagen"), as its number in `weekdays`.
    static func weekdaySaid(_ line: String) -> Int? {
        guard mayHoldWeekday(line) else { return nil }
        let said = Set(line.lowercased().split { !$0.isLetter }.compactMap(weekday(named:)))
        return said.count == 1 ? said.first : nil
    }

    /// A weekday's number in `weekdays`, of its word in lower case ("onsdag", "onsdagen").
    static func weekday(named word: some StringProtocol) -> Int? {
        weekdays.firstIndex { word == $0 || word == $0 + "en" }
    }

    /// How far past the header a letter's opening may name the meeting's date.
    static let letterOpening = 8

    /// A labelled date first, else the first full date of the header or before the first item. When the minutes name a next
    /// meeting that cannot follow the written date (earlier, or over a year later), the written year
    /// is taken for a slip and the date moved to the year before that meeting.
    static func date(from mentions: [Mention], lines: [String], headingLine: Int?, headerEnd: Int, beforeItems: Int, isLetter: Bool) -> Reading {
        let own = mentions.filter { $0.date.year != nil && !$0.isNextMeeting }
        // A template's band above the title dates the document ("Datum 2025-09-30" over
        // "# Minnesanteckningar"): another day labelled under the title ("Tid torsdag 25 september
        // 2025") is the meeting's.
        let labelled = own.first(where: \.isLabelled).map { first in
            guard let headingLine, first.line < headingLine else { return first }
            return own.first { $0.isLabelled && $0.line > headingLine && $0.line < max(headerEnd, beforeItems) } ?? first
        }
        // Else a letter's opening (minutes without numbered items): the first lines that speak of the meeting.
        // (A letter's own date, "Landskrona 2025-05-16", is when it was written: the line that speaks
        // of the meeting comes before it.)
        let ofTheMeeting = own.first(where: { isLetter && $0.isOfAMeeting && $0.line < max(headerEnd, beforeItems) + letterOpening })
        let first = own.first(where: { $0.line < max(headerEnd, beforeItems) })
        let lettersOwn = first.map { lines[$0.line].wholeMatch(of: dateline) != nil } ?? false
        guard let written = labelled ?? (lettersOwn ? ofTheMeeting : nil) ?? first ?? ofTheMeeting
        else {
            return Reading()
        }
        // (A letter's dateline names where it was written: "Bjuv 2024-05-16", not "Onsdag 12 mars 2025".)
        if lettersOwn, ofTheMeeting == nil, written.line == first?.line, !written.isLabelled,
            let place = lines[written.line].trimmingSpaces().split(separator: " ").first, Municipality.named(place.trimming(anyOf: ",")) != nil
        {
            return Reading(date: written.date.iso, lettersOwn: written.date)
        }
        // A slip in the year the weekday shows ("onsdag 2025-02-04", a Tuesday), where the minutes
        // name the same day in another year that is that weekday ("4 februari 2026, 13:02").
        if let said = weekdaySaid(lines[written.line]), let day = written.date.weekday, day != said,
            let other = own.first(where: { other in
                other.date.month == written.date.month && other.date.day == written.date.day && other.date.year != written.date.year
                    && other.date.weekday == said
            })
        {
            return Reading(
                date: other.date.iso, dateAsWritten: written.date.iso,
                note: "written \(written.date.iso!), a \(weekdays[day]), but the minutes say \(weekdays[said]) and name \(other.date.iso!); read as \(other.date.iso!)")
        }
        let nextMeetings = mentions.filter { $0.isNextMeeting && $0.date.year != nil }.map(\.date)
        guard let next = nextMeetings.min(), let gap = DayDate.days(from: written.date, to: next),
            gap <= 0 || gap > 400
        else { return Reading(date: written.date.iso) }

        for year in [next.year!, next.year! - 1] {
            guard let candidate = DayDate(year: year, month: written.date.month, day: written.date.day),
                let days = DayDate.days(from: candidate, to: next), (1...366).contains(days)
            else { continue }
            return Reading(
                date: candidate.iso, dateAsWritten: written.date.iso,
                note: "written \(written.date.iso!), but the minutes name the next meeting as \(next.iso!); "
                    + "read as \(candidate.iso!)")
        }
        return Reading(date: written.date.iso)
    }

    nonisolated(unsafe) static let placeAfterDate = /\bi\s+(\p{Lu}[\p{L}-]+)/

    /// The next meeting the minutes announce ("Nästa möte är planerat till 2 oktober i Klippan"): its
    /// date (a date without a year is the first such day after this meeting) and kommun, when named.
    static func nextMeeting(from mentions: [Mention], lines: [String], after meetingDate: String?) -> NextMeeting? {
        guard let mention = mentions.first(where: \.isNextMeeting) else { return nil }
        var date = mention.date
        if date.year == nil, let meetingDate, let year = Int(meetingDate.prefix(4)),
            let sameYear = DayDate(year: year, month: date.month, day: date.day)
        {
            date = sameYear.iso! > meetingDate ? sameYear : DayDate(year: year + 1, month: date.month, day: date.day) ?? sameYear
        }
        let place = lines[mention.line].matches(of: placeAfterDate).lazy.compactMap { Municipality.named($0.1) }.first
        return date.iso.map { NextMeeting(date: $0, place: place) }
    }
}
