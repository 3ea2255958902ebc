/// Notes typed all in lower case, as on a phone ("närvarande: torvid håkansson (klippan, ordf) /
/// anong phommachanh (hbg)"): the names its lists give are written with capitals, in the lists and
/// where a line or sentence opens with one ("mahina: väntetiden …", "kalju tog upp att …"), and its
/// place as places are written ("klippan, kommunhuset, rum vedby"). Nothing else is changed: a title
/// or a statement stays as typed.
enum LowerCaseNotes {
    static func read(_ lines: [String]) -> [String] {
        guard isLowerCase(lines) else { return lines }
        var full: [String: String] = [:], first: [String: String] = [:]
        for line in lines where PeopleLists.mayBeHeading(line) {
            guard let (kind, rest) = PeopleLists.heading(line), kind != .ignored else { continue }
            for name in names(in: rest) {
                full[name] = Person.capitalised(name)
                let given = String(name.prefix { $0 != " " })
                first[given] = Person.capitalised(given)
            }
        }
        guard !full.isEmpty else { return lines.map(placeWritten) }
        return lines.map { line in placeWritten(namesWritten(line, full: full, first: first)) }
    }

    /// Whether the text is typed in lower case: of eight lines or more that open with a letter, three
    /// at most with a capital.
    static func isLowerCase(_ lines: [String]) -> Bool {
        // (Asked of every text: most minutes fail at their first lines.)
        var opening = 0, openingCapital = 0
        for line in lines {
            guard let letter = line.first(where: { $0.isLetter || $0.isNumber }), letter.isLetter else { continue }
            opening += 1
            if letter.isUppercase { openingCapital += 1 }
            if openingCapital > 3 { return false }
        }
        return opening >= 8
    }

    /// The names a list's value gives, in lower case: entries apart by "/", ";", " + " or " och" (by
    /// commas where none of those is used), each name before its details ("(klippan, ordf)", ", region
    /// skåne"); two or three words that would be a person's name written with capitals.
    static func names(in value: String) -> [String] {
        let apart: [String] = value.holds("/") || value.holds(";") ? ["/", ";"] : [","]
        var entries = [value]
        for separator in apart + [" + ", " och "] { entries = entries.flatMap { $0.components(separatedBy: separator) } }
        return entries.compactMap { entry in
            let name = entry.prefix { $0 != "(" && $0 != "," }.trimmingSpaces()
            let words = name.split(separator: " ")
            guard (2...3).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }),
                words.allSatisfy({ $0.first?.isLowercase == true }),
                PeopleLists.isName(Person.capitalised(name))
            else { return nil }
            return name
        }
    }

    /// The line with the lists' names in capitals: a full name wherever it stands, a first name alone
    /// where it opens the line or a sentence, follows a label's colon or a dash, or is joined to a name
    /// by "+" or "och" ("kalju + elsvi gör …").
    static func namesWritten(_ line: String, full: [String: String], first: [String: String]) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // (A word without what stands around it: "(klippan," is "klippan", "anna-karin:" "anna-karin".)
        let core = { (word: String) -> String in
            guard let start = word.firstIndex(where: \.isLetter), let end = word.lastIndex(where: \.isLetter) else { return "" }
            return String(word[start...end])
        }
        let write = { (at: Int, name: String) in words[at] = words[at].replacingOccurrences(of: core(words[at]), with: name) }
        var index = 0, opens = true, joined = false, previousNamed = false
        while index < words.count {
            let word = core(words[index])
            // (A bullet, an item's number or a dash: the next word opens; "+" or "och" after a name joins the next.)
            if word.isEmpty || word == "och" {
                let mark = words[index]
                opens = opens && mark.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" } || ["-", "–", "•", "*"].contains(mark)
                joined = previousNamed && (mark == "+" || mark == "och")
                (previousNamed, index) = (false, index + 1)
                continue
            }
            var named = true
            // (A full name's words with nothing between them: not "anna, ek".)
            let spanned = { (count: Int) -> [Substring]? in
                guard index + count <= words.count else { return nil }
                let span = words[index..<(index + count)]
                guard span.dropLast().allSatisfy({ core($0) == $0 }) else { return nil }
                return full[span.map(core).joined(separator: " ")]?.split(separator: " ")
            }
            if let written = [3, 2].lazy.compactMap(spanned).first {
                for (offset, word) in written.enumerated() { write(index + offset, String(word)) }
                index += written.count - 1
            } else if let written = first[word], opens || joined {
                write(index, written)
            } else {
                named = false
            }
            let last = words[index].last
            opens = last == ":" || last == "." || last == "!" || last == "?"
            previousNamed = named && core(words[index]) == words[index]
            (joined, index) = (false, index + 1)
        }
        return words.joined(separator: " ")
    }

    /// "plats: klippan, kommunhuset, rum vedby" as places are written: each part with a capital, a
    /// room's name after its word ("rum Vedby").
    static func placeWritten(_ line: String) -> String {
        guard MinutesReader.mayBePlaceLabel(line), let match = line.wholeMatch(of: MinutesReader.placeLabel), match.2 != nil || match.3 != nil else { return line }
        let parts = match.4.split(separator: ",", omittingEmptySubsequences: false).map { part -> String in
            let words = part.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard let at = words.firstIndex(where: { !$0.isEmpty }) else { return String(part) }
            let named = roomWords.contains(words[at]) && at + 1 < words.count ? at + 1 : at
            return words.enumerated().map { $0.offset == named ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : $0.element }.joined(separator: " ")
        }
        return line[..<match.4.startIndex] + parts.joined(separator: ",")
    }
    static let roomWords: Set<String> = ["rum", "sal", "lokal", "konferensrum", "mötesrum", "sammanträdesrum"]
}
