/// A year's attendance kept as one table ("Namn   Kommun   6/3   15/5   25/9" over a row for each
/// member: "X" came, "F" sent word, "–" not a member then), and its guests by day ("25/9   Name,
/// role"): who came, who was away and who was a guest at the meeting whose day a column names.
enum AttendanceMatrix {
    static func read(_ lines: [String], date: String) -> (attendees: [Person], absent: [Person], guests: [Person])? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let day = "\(parts[2])/\(parts[1])"
        // (A cheap test first: a header holds three days at least, each with its slash.)
        guard let header = lines.firstIndex(where: { line in line.utf8.lazy.filter { $0 == UInt8(ascii: "/") }.count >= 3 && isHeader(line, naming: day) }),
            let column = PeopleLists.Table.spacedCells(lines[header]).first(where: { $0.text == day })?.start
        else { return nil }
        var attendees: [Person] = [], absent: [Person] = []
        for line in lines[(header + 1)...].drop(while: PeopleLists.isSeparator).prefix(while: { !MinutesDocument.isBlank($0) }) {
            let cells = PeopleLists.Table.spacedCells(line)
            guard cells.count >= 2, var person = PeopleLists.entry(PeopleLists.clean(cells[0].text))?.person else { continue }
            person.municipality = person.municipality ?? Municipality.named(cells[1].text)
            // The mark standing under the day's column.
            switch cells.dropFirst().first(where: { abs($0.start - column) <= 2 })?.text.lowercased() {
            case "x": attendees.append(person)
            case "f": absent.append(person)
            default: break
            }
        }
        guard !attendees.isEmpty else { return nil }
        // "Gäster" over a row a day: the day's (its two cells side by side, or one over the other as
        // a list in two columns is read).
        let guests = lines.indices.dropFirst(header + 1).compactMap { index -> Person? in
            let cells = PeopleLists.Table.spacedCells(lines[index])
            guard cells.first?.text == day else { return nil }
            let guest = cells.count == 2 ? cells[1].text : cells.count == 1 && index + 1 < lines.count ? lines[index + 1] : ""
            return PeopleLists.entry(PeopleLists.clean(guest))?.person
        }
        return (attendees, absent, guests)
    }

    /// A table's header of days ("Namn   Kommun   6/3   15/5   25/9"), the meeting's among them.
    static func isHeader(_ line: String, naming day: String) -> Bool {
        let cells = PeopleLists.Table.spacedCells(line).map(\.text)
        return cells.filter { $0.wholeMatch(of: dayOfMonth) != nil }.count >= 3 && cells.contains(day)
    }
    nonisolated(unsafe) static let dayOfMonth = /\d{1,2}\/\d{1,2}/
}
