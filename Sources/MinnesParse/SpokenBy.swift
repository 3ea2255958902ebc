/// Notes in bullets, each closed by who said it in parentheses ("- Bjuv har tre ungdomar som fyller
/// 18 före jul (Parviz)", "- … (jag)"), a question and its answer on one ("- Fråga från Parviz: gäller
/// det även …? Svar: ja, alla (Nelma)"): the turns of a conversation, read under each heading as
/// `Turns` says. Only where three bullets or more close so, each a few words or more.
extension MinutesDocument {
    static func spokenBy(_ lines: [String]) -> [String] {
        // (A cheap test first: a bullet closed by a parenthesis.)
        guard lines.filter({ $0.hasSuffix(")") && speakerAtEnd($0) != nil }).count >= 3 else { return lines }
        var read = lines, heading: String?, section: [(at: Int, marker: String, turn: Turns.Turn)] = []
        func flush() {
            let sentences = Turns.sentences(section.map(\.turn), under: heading)
            for (index, (at, marker, _)) in section.enumerated() {
                read[at] = read[at] == "" ? marker + sentences[index] : read[at] + "\n" + marker + sentences[index]
            }
            section = []
        }
        for (index, line) in lines.enumerated() {
            guard let (marker, text, speaker) = speakerAtEnd(line) else {
                if !isBlank(line), PeopleLists.withoutBullet(line) == nil, isHeading(line) {
                    flush()
                    heading = line
                }
                continue
            }
            read[index] = ""
            // ("Fråga från Parviz: …? Svar: ja, alla (Nelma)": the one asking, then the one answering.)
            if let asked = text.wholeMatch(of: questionAnswered) {
                section.append((index, marker, Turns.Turn(speaker: String(asked.1), text: String(asked.2))))
                section.append((index, marker, Turns.Turn(speaker: speaker, text: String(asked.3))))
            } else {
                section.append((index, marker, Turns.Turn(speaker: speaker, text: text)))
            }
        }
        flush()
        return read.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A bullet's marker, its words and who said them, named in the parenthesis closing it: a first
    /// name, a full name, or "jag" (the writer).
    static func speakerAtEnd(_ line: String) -> (marker: String, text: String, speaker: String)? {
        // (Not a list of people, "- Thorsten Bäckenholm (Ängelholm)": what was said is some words, and
        // a kommun in the parenthesis is where one is from.)
        guard let text = PeopleLists.withoutBullet(line), let said = text.wholeMatch(of: closedBySpeaker), Municipality.named(said.2) == nil,
            said.1.wordsApartBySpaces().count >= 4
        else { return nil }
        let marker = String(line[..<line.index(line.endIndex, offsetBy: -text.count)])
        return (marker, String(said.1).trimmingSpaces(), said.2 == "jag" ? "Jag" : String(said.2))
    }
    nonisolated(unsafe) static let closedBySpeaker = /(.+?)\s*\((jag|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\)\s*/
    nonisolated(unsafe) static let questionAnswered = /(?i:fråga)\s+från\s+(\p{Lu}\p{Ll}+)\s*:\s*(.+?\?)\s*(?i:svar)\s*:\s*(.+)/
}

/// Notes in bullets at levels where who spoke heads their words a level deeper: "– (Ilsabet)" over
/// "◦ Höganäs: 19 personer i kö", "◦ ”vi hinner …”". Read as one bullet, "Ilsabet tog upp: Höganäs: 19
/// personer i kö. …", the words under it joined to it. (Not "– Väntetider: …" over its lines: a topic
/// and a colon is no one's name.)
extension MinutesDocument {
    static func speakerOverBullets(_ lines: [String]) -> [String] {
        // (A cheap test first: a line ending in a parenthesis.)
        guard lines.contains(where: { $0.hasSuffix(")") }) else { return lines }
        var read: [String] = [], index = 0
        while index < lines.count {
            let line = lines[index]
            let depth = indent(of: line)
            let deeper = lines[(index + 1)...].prefix { !isBlank($0) && indent(of: $0) > depth }
            // (A name: not a kommun's bullet, "– (Bjuv)".)
            guard !deeper.isEmpty, line.hasSuffix(")"), let match = line.wholeMatch(of: speakerBullet), PeopleLists.isName(String(match.output.2)) else {
                read.append(line)
                index += 1
                continue
            }
            let words = deeper.map { $0.trimmingSpaces().replacing(deeperMark, with: "") }
                .map { $0.last.map { ".!?:”\"".contains($0) } == true ? $0 : $0 + "." }
            read.append(String(match.output.1) + "\(match.output.2) tog upp: " + words.joined(separator: " "))
            index += 1 + deeper.count
        }
        return read
    }
    /// "– (Ilsabet)": a bullet's mark, and who speaks.
    nonisolated(unsafe) static let speakerBullet = /(\s*[-–•]\s+)\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\)\s*/
    /// A deeper bullet's mark ("◦ ", "– "): the hyphen last, so that it is no range of the class.
    nonisolated(unsafe) static let deeperMark = /^[◦○▪‣·–•*-]\s+/
}
