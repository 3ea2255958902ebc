/// Minutes kept as questions and answers under each item, who said each in parentheses
/// ("F (Tonje Rydebäck, Höganäs): Hur gör ni …", "S (Sulejman): I Landskrona …", "Inledning (Umar
/// Jallow): …"): read as the sentences they stand for ("Tonje Rydebäck frågade: …", "Sulejman svarade:
/// …", "Umar Jallow presenterade: …"), which the raisers' reader knows. An `F` that asks nothing is a
/// point brought up ("F (Snezana): Svalöv har tagit fram en broschyr …": "Snezana tog upp: …"). A parenthesis may run onto the next
/// line ("F (Torhild Vennberg, Klippan – frågan kommer från …" over "Yolanda Tellbom): …"): who said it
/// is the name before its comma or dash.
extension MinutesDocument {
    static func questionsAndAnswers(_ lines: [String]) -> [String] {
        let opens = { (line: String, mark: String) in line.holds(mark + " (") && line.trimmingSpaces().hasPrefix(mark + " (") }
        // (A cheap test first, by bytes: asked of every line of every text.)
        guard lines.contains(where: { opens($0, "F") }) else { return lines }
        var read: [String] = [], index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard opens(line, "F") || opens(line, "S") || opens(line, "Inledning") else {
                read.append(line)
                continue
            }
            // (The parenthesis closed on the line after: the two one line.)
            var joined = line
            if !line.holds(")"), index < lines.count, lines[index].holds("):") {
                joined += " " + lines[index].trimmingSpaces()
                index += 1
            }
            guard let said = joined.wholeMatch(of: saidBy) else {
                read.append(line)
                continue
            }
            // (What the line says, up to the next one's mark or a blank line.)
            let asks = ([joined] + lines[index...].prefix { !isBlank($0) && !opens($0, "F") && !opens($0, "S") }).contains { $0.holds("?") }
            let verb = said.2 == "F" ? (asks ? "frågade" : "tog upp") : said.2 == "S" ? "svarade" : "presenterade"
            read.append("\(said.1)\(said.3.trimmingSpaces()) \(verb): \(said.4)")
        }
        return read
    }
    nonisolated(unsafe) static let saidBy = /(\s*)(F|S|Inledning) \((\p{Lu}[^,–)]*)(?:[,–][^)]*)?\):\s*(.*)/
}
