import Foundation

/// A meeting app's attendance report pasted into the minutes, as Teams downloads it: a table apart by
/// tabs under "Namn  Första anslutning  …  E-post  Roll" (or its English columns), a row a person as
/// the app names them (often surname first), a guest marked "(Gäst)", a room's row, and a note of who
/// sat in the room ("I rum Sundet satt Hamza Bajrić och Jill Wennberg"). Below the header's lists it
/// closes the minutes: its own numbered parts ("1. Sammanfattning", "2. Deltagare") are no items.
enum AttendanceReport {
    struct Report: Equatable {
        /// Where the report starts: its title ("Närvarorapport"), else its table's header.
        var start: Int
        var attendees: [Person] = []
        var guests: [Person] = []
    }

    /// The report in lines, if they hold one.
    static func find(in lines: [String]) -> Report? {
        guard let header = lines.firstIndex(where: isHeader) else { return nil }
        let columns = lines[header].split(separator: "\t").map { $0.trimmingSpaces().lowercased() }
        let mail = columns.firstIndex { mailColumns.contains($0) }
        // (Its title opens its line: "Närvarande: se närvarorapporten nedan" is the minutes'.)
        let title = lines[max(0, header - 15)..<header].lastIndex { line in
            let opening = line.lowercased().drop { $0 == "#" || $0 == "*" || $0 == " " }
            return titleWords.contains { opening.hasPrefix($0) }
        }
        var report = Report(start: title ?? header)
        var end = header + 1
        while end < lines.count, lines[end].holds("\t") {
            let cells = lines[end].split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            end += 1
            guard var name = cells.first, !name.isEmpty, !isRoom(name) else { continue }
            let guest = name.firstMatch(of: guestMark) != nil
            name = name.replacing(guestMark, with: "")
            guard PeopleLists.isCapitalisedFullName(name) else { continue }
            let address = mail.flatMap { $0 < cells.count ? cells[$0] : nil } ?? ""
            let person = Person(name: firstNameFirst(name, address: address), municipality: Municipality.ofAddress(address))
            if guest { report.guests.append(person) } else { report.attendees.append(person) }
        }
        // "I rum Sundet satt Hamza Bajrić och Jill Wennberg, båda från Helsingborg.": those the room's row stands for.
        let after = lines[end...].joined(separator: " ")
        for sentence in Sentences.split(after, beforeCapital: true) {
            guard let match = sentence.wholeMatch(of: inRoom) else { continue }
            let kommun = match.2.flatMap { Municipality.named($0) }
            report.attendees += PeopleLists.listParts(match.1).compactMap { PeopleLists.entry($0)?.person }.map { person in
                var person = person
                person.municipality = person.municipality ?? kommun
                return person
            }
        }
        return report
    }

    /// The report's table header: a name's column and when each joined or for how long (a table of
    /// names and addresses alone is a contact list).
    static func isHeader(_ line: String) -> Bool {
        guard line.holds("\t") else { return false }
        let columns = Set(line.split(separator: "\t").map { $0.trimmingSpaces().lowercased() })
        return (columns.contains("namn") || columns.contains("name") || columns.contains("full name")) && !columns.isDisjoint(with: timeColumns)
    }

    static let timeColumns: Set<String> = [
        "första anslutning", "senaste lämning", "anslutningstid", "mötestid", "varaktighet", "first join", "last leave", "join time",
        "leave time", "in-meeting duration", "duration",
    ]

    static let mailColumns: Set<String> = ["e-post", "e-postadress", "email", "e-mail", "participant id (upn)"]
    static let titleWords = ["närvarorapport", "deltagarrapport", "attendance report"]
    nonisolated(unsafe) static let guestMark = /\s*\((?i:gäst|guest|extern|external|ej verifierad|unverified)\)/
    nonisolated(unsafe) static let inRoom = /(?i:i)\s+(?:\p{L}+\s+){0,2}?\p{L}+\s+(?i:satt)\s+(\p{Lu}.*?)(?:,\s+(?i:båda|alla|samtliga)\s+(?i:från)\s+(\p{Lu}\p{L}+))?\s*\.?/

    /// A room's row ("Rum Sundet, Stadshuset Helsingborg", "Konferensrum 3"): no one.
    static func isRoom(_ name: String) -> Bool {
        name.split(separator: " ").first.map { LetterReader.isRoom($0) || LetterReader.isBuilding($0) } ?? false
    }

    /// "Persson Linn" beside linn.persson@astorp.se as "Linn Persson": the address says which name is
    /// the first.
    static func firstNameFirst(_ name: String, address: String) -> String {
        let words = name.split(separator: " ")
        guard words.count == 2, let local = address.split(separator: "@").first else { return name }
        let parts = local.split(separator: ".").map { Folding.key($0) }
        guard parts.count >= 2, parts.first == Folding.key(words[1]), parts.last == Folding.key(words[0]) else { return name }
        return "\(words[1]) \(words[0])"
    }
}
