/// A roll call ticked against the invitation ("✓ Tarkan Yıldırım, Helsingborg – ordf." over
/// "– Saoirse Brennan, Svalöv (sjuk)"): the ticked came, the others did not. Read as the lists it
/// stands for ("Närvarande:" over the ticked, "Frånvarande:" over the rest), each as written. Only a
/// run of three lines or more, each a mark and a name, two of them ticked.
extension MinutesDocument {
    static func rollCall(_ lines: [String]) -> [String] {
        // (A cheap test first, by bytes: a line opened by a character whose first byte a tick's is.)
        guard lines.contains(where: { line in line.utf8.first { $0 != 0x20 && $0 != 0x09 } == 0xE2 && line.unicodeScalars.contains { ticks.contains($0) } })
        else { return lines }
        var read: [String] = [], index = 0
        while index < lines.count {
            // (Each line read once: the run's marks, up to the first line that is none.)
            let marks = Array(lines[index...].lazy.map(rollCallLine).prefix { $0 != nil }.compactMap { $0 })
            guard marks.count >= 3, marks.filter(\.ticked).count >= 2 else {
                read.append(lines[index])
                index += 1
                continue
            }
            read += ["Närvarande:"] + marks.filter(\.ticked).map(\.person) + ["", "Frånvarande:"] + marks.filter { !$0.ticked }.map(\.person) + [""]
            index += marks.count
        }
        return read
    }

    /// (Ballot boxes, "☒" and "☐", are a form's: `ballotBoxes`.)
    static let ticks: Set<Unicode.Scalar> = ["✓", "✔"]
    static let unticked: Set<Unicode.Scalar> = ["–", "-", "✗", "✘"]

    /// A line's mark and the person after it, when the mark is a tick or its absence and a name follows.
    static func rollCallLine(_ line: String) -> (ticked: Bool, person: String)? {
        let text = line.trimmingSpaces()
        guard let mark = text.unicodeScalars.first, ticks.contains(mark) || unticked.contains(mark) else { return nil }
        let person = String(text.unicodeScalars.dropFirst()).trimmingSpaces()
        let name = person.prefix { $0 != "," && $0 != "(" && $0 != "–" }.trimmingSpaces()
        guard person.first?.isUppercase == true, PeopleLists.isCapitalisedFullName(name) else { return nil }
        return (ticks.contains(mark), person)
    }
}
