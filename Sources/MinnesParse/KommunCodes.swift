/// Minutes that write the kommuner by codes of their own and say which in a legend ("HBG Helsingborg
/// HÖG Höganäs   ÄNG Ängelholm", "HBG = Helsingborg, BJV = Bjuv"): the codes read as the kommuner.
/// A code in a column before a person ("HBG  Khadija Lindhagen, samordnare") is where that person is
/// from, as "(Helsingborg)" after the name; after a name ("Marielle HÖG frågade") too; elsewhere the
/// kommun's name ("från ÄNG", "Ej representerade: BÅS, ÖRK"). Codes written as words ("Hbg Helsingborg,
/// Per Perstorp") only after a slash ("AS/Hbg"): elsewhere such a code may be a name ("Per Holm"). The
/// legend and its heading read as nothing.
extension MinutesDocument {
    static func kommunCodes(_ lines: [String]) -> [String] {
        guard lines.contains(where: mayBeLegend) else { return lines }
        var codes: [String: String] = [:], legend: [Int] = []
        for (index, line) in lines.enumerated() where mayBeLegend(line) {
            guard let pairs = legendPairs(line) else { continue }
            for (code, kommun) in pairs { codes[code] = kommun }
            legend.append(index)
        }
        guard codes.count >= 3 else { return lines }
        var read = lines
        for index in legend { read[index] = "" }
        // ("Kommunkoder i anteckningarna:" over the legend: a heading of nothing read.)
        if let first = legend.first, first > 0, read[first - 1].hasSuffix(":"), read[first - 1].split(separator: " ").count <= 5,
            PeopleLists.heading(read[first - 1]) == nil
        {
            read[first - 1] = ""
        }
        for index in read.indices where !legend.contains(index) && holdsWord(read[index], where: { codes[$0] != nil }) {
            read[index] = withKommuner(read[index], codes)
        }
        return read
    }

    /// Whether a word of the line (apart by what is not a letter) is one the test takes.
    private static func holdsWord(_ line: String, where test: (String) -> Bool) -> Bool {
        line.split(whereSeparator: { !$0.isLetter }).contains { test(String($0)) }
    }

    /// A cheap test first: a legend's line opens with a code, two capitals or a short word before a
    /// capital ("Hbg Helsingborg"), perhaps after its label.
    private static func mayBeLegend(_ line: String) -> Bool {
        opensWithCode(line) || line.firstRange(of: ": ").map { opensWithCode(String(line[$0.upperBound...])) } == true
    }

    private static func opensWithCode(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }, letters = text.prefix(2)
        guard letters.count == 2, letters.first!.isUppercase else { return false }
        if letters.last!.isUppercase { return true }
        // (A kommun's name after it: a short capitalised word opens most lines, "Anna Ek, Bjuv" too.)
        let word = text.prefix { $0.isLetter }
        guard word.count <= 4, text.dropFirst(word.count).first == " " else { return false }
        return Municipality.named(text.dropFirst(word.count + 1).prefix { $0.isLetter }) != nil
    }

    /// A line made of codes and the kommuner they stand for, and nothing else; nil otherwise.
    private static func legendPairs(_ line: String) -> [(String, String)]? {
        // ("Förkortningar: SVL Svalöv   LKR Landskrona": a label before the legend's pairs.)
        let body = line.firstMatch(of: legendLabel).map { String(line[$0.range.upperBound...]) } ?? line
        var pairs: [(String, String)] = [], rest = body
        for match in body.matches(of: legendPair).reversed() {
            // (A code is the kommun's letters, in order: "HBG" Helsingborg's, "KLP" Klippan's; "IFO Bjuv"
            // or "BUP Helsingborg" names a body.)
            guard let kommun = Municipality.named(match.2), isAbbreviation(match.1, of: kommun) else { return nil }
            pairs.append((String(match.1), kommun))
            rest.removeSubrange(match.range)
        }
        return !pairs.isEmpty && rest.allSatisfy({ " \t,;·|".contains($0) }) ? pairs : nil
    }
    /// Whether the code's letters are the name's, in order (in any case; "Ast" Åstorp's too).
    private static func isAbbreviation(_ code: Substring, of name: String) -> Bool {
        var letters = Folding.key(name)[...]
        for letter in Folding.key(code) {
            guard let at = letters.firstIndex(of: letter) else { return false }
            letters = letters[letters.index(after: at)...]
        }
        return true
    }
    nonisolated(unsafe) static let legendLabel = /^\s*\p{Lu}\p{Ll}+:\s*/
    nonisolated(unsafe) static let legendPair = /(\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\b)\s*(?:[=:–-]\s*)?(\p{Lu}\p{Ll}+)/

    /// A line with its codes read as the kommuner.
    private static func withKommuner(_ line: String, _ codes: [String: String]) -> String {
        // "HBG  Khadija Lindhagen, VBE-samordnare – mötesledare": the kommun after the name.
        if let row = line.wholeMatch(of: codeColumn), let kommun = codes[String(row.2)] {
            let rest = row.3
            let end = rest.firstRange(of: nameEnd)?.lowerBound ?? rest.endIndex
            return row.1 + rest[..<end] + " (\(kommun))" + rest[end...]
        }
        // ("AS/Hbg (ordf.), EKa/Lkr": a code written as a word, after a slash.)
        let line = line.holds("/") ? line.replacing(slashCode) { match in codes[String(match.1)].map { " (\($0))" } ?? String(match.0) } : line
        // (A line in capitals alone is a heading: "NÄRVARO PER KOMMUN" holds no code.)
        guard line.contains(where: \.isLowercase) else { return line }
        return line.replacing(codeWord) { match in
            let code = String(match.output)
            // (Beside a word in capitals it is one of a heading's: "HÖG PRIORITET".)
            let next = line[match.range.upperBound...].drop { $0 == " " }.prefix { $0.isLetter }
            guard let kommun = codes[code], !(next.count >= 2 && next.allSatisfy(\.isUppercase)) else { return code }
            let before = line[..<match.range.lowerBound]
            let previous = before.hasSuffix(" ") ? before.dropLast().split(separator: " ").last : nil
            // After a name: where its person is from.
            let afterName = previous.map { word in
                word.first!.isUppercase && word.contains(where: \.isLowercase) && word.last!.isLetter
            } ?? false
            return afterName ? "(\(kommun))" : kommun
        }
    }
    nonisolated(unsafe) static let codeColumn = /(\s*)(\p{Lu}{2,4})(?:\s{2,}|\t\s*)(\p{Lu}.*)/
    nonisolated(unsafe) static let nameEnd = /\s*(?:,|\s[–-]\s|\()/
    nonisolated(unsafe) static let codeWord = /\b\p{Lu}{2,4}\b/
    nonisolated(unsafe) static let slashCode = /\/(\p{Lu}\p{Ll}{1,3})\b/
}
