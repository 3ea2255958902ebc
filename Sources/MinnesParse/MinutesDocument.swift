import Foundation

/// Minutes as a document, between decoding and meaning: text → lines → blocks → sections. The
/// agenda is its numbered blocks and decisions read an item's blocks; people lists, dates and place
/// read its lines (ARCHITECTURE.md, Reading). No reader matches across a line break it did not mean.
public struct MinutesDocument: Sendable {
    public struct Block: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// Prose: consecutive lines up to a blank line or another block.
            case paragraph
            /// A heading: Markdown `#` (level = the number of #), or a line that is all bold (2). A
            /// plain short line standing alone is a paragraph here; the agenda reader judges it.
            case heading(level: Int)
            /// A numbered agenda item: `1.`, `1)`, `1:o` (an old protocol's ordinal), `§ 12`, `§12`, `Punkt 3`, `Mom. 3`, `Pkt 3.`, `p. 3`, `Ärende 3`, `Agenda item 3:`, `IV.`, `A.`, `b)`, `3.1` (depth 2), `09.15–10.15` (a time of day).
            case numbered(marker: String, depth: Int)
            /// A bulleted list item (`-`, `•`, `*`, `–`), its depth by indentation.
            case bullet(depth: Int)
            /// `Datum: …`, `**Plats:** …`: a short label and its value (`text` is the value).
            case field(key: String)
            /// A table row: tab-separated, Markdown `| a | b |`, or a name and an `X` column.
            case row(cells: [String])
            /// `---`, `===`, a Markdown table's rule.
            case separator

            var isBullet: Bool { if case .bullet = self { true } else { false } }

            /// Whether the plain lines after it (no blank line between) are more of it.
            var continues: Bool {
                switch self {
                case .bullet, .field: true
                default: false
                }
            }
        }

        public var kind: Kind
        var isNumbered: Bool { if case .numbered = kind { true } else { false } }
        /// A label with nothing after it on its line ("Närvarande:", "Hon föreslog tre saker:").
        var isLabelAlone: Bool { if case .field = kind { text.isEmpty } else { false } }
        /// The block's own words: without marker, label or emphasis markers around the whole line.
        public var text: String
        /// The lines (of `lines`) it covers.
        public var lines: Range<Int>
    }

    /// A heading or numbered item and the blocks under it, up to the next of the same or higher rank.
    public struct Section: Sendable {
        public var heading: Block?
        public var blocks: [Block]
    }

    /// The text's lines as every reader reads them: trailing space cut; a page's margin every line keeps cut; a grid table's cells over many lines as its labels or a Markdown table (`GridTable`, first: each line of its rows is no line of its own); minutes quoted in a mail without their marks; a row of a table of labels as
    /// its label ("Datum: …"), a row of a people label and its value too ("Protokollförare   Name"), a
    /// label led to its value by dots ("Datum ......: …"); a Markdown file's front matter as a heading and labels; a page in two
    /// columns column after column; a form's label over its value as the label; a number alone over
    /// a title as a numbered line. Each of these is one step of `init`: a line's own first, then `steps`.
    public let lines: [String]
    public let blocks: [Block]

    public init(_ text: String) {
        let split = Self.withoutCommonIndent(Self.mindMap(Self.lineNumbers(text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Self.plainSpacesAndBullets(String(line[..<(line.lastIndex { !$0.isWhitespace }.map(line.index(after:)) ?? line.startIndex)]))
        })))
        let cut = Self.shortLeaders(Self.ballotBoxes(Self.unquoted(Self.gridTables(split)))).map { line in
            let line = line.holds("[[") ? Self.withoutWikilinks(line) : line
            return Self.labelOfRow(line) ?? Self.dotLeader(line) ?? Self.peopleRow(line) ?? line
        }
        lines = Self.steps.reduce(cut) { lines, step in step(lines) }
        blocks = Self.blocks(of: lines)
    }

    /// A part of a document already read (a meeting of a running document): its lines as they are.
    init(lines: [String]) {
        self.lines = lines
        blocks = Self.blocks(of: lines)
    }

    /// The ways of writing read over the whole text, each a step over the lines the one before left.
    static let steps: [@Sendable ([String]) -> [String]] = [
        LowerCaseNotes.read, labelsWithoutDiacritics, labelsRunTogether, pairedRoles, initialsKey, rollCall, footnoteMarks, wordNumbers, emojiMarks, letterSpaced, orgMode, wikiMarkup, kommunCodes, afterInvitation, ChatExport.read, transcriptTurns, spokenBy, speakerOverBullets, timeLog, questionsAndAnswers, caseNumbers, boldLeadIns, slideDeck, semicolonSheet, frontMatter, barePipeRows,
        headerTables, marginHeadings, labelledColumns, twoColumns, formLabels, outlineNumbers, bareNumbers, toggles, outliner,
    ]

    /// A page's left margin that every line keeps ("    Datum           2026-01-22", as pdftotext lays a
    /// page out) taken off: the lines as they would stand at the page's edge.
    static func withoutCommonIndent(_ lines: [String]) -> [String] {
        // (A cheap test first: most texts have a line at the edge among their first.)
        guard lines.first(where: { !isBlank($0) })?.first == " " else { return lines }
        let margin = lines.lazy.filter { !isBlank($0) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        guard margin >= 2 else { return lines }
        return lines.map { isBlank($0) ? "" : String($0.dropFirst(margin)) }
    }

    /// Notes that write people by the initials a list's key gives ("Zanele Khumalo (ZK), Klippan" over
    /// "ZK/Kli hälsade välk.", "JF: …"): below the key, each by their name, a kommun's code after the
    /// slash dropped. Only a key of three or more whose letters are each name's own.
    static func initialsKey(_ lines: [String]) -> [String] {
        var key: [Substring: String] = [:], last = -1
        for (index, line) in lines.enumerated() where line.holds(" (") && line.holds(")") {
            guard let match = line.firstMatch(of: keyedName), PeopleLists.initials(of: String(match.1)) == match.2 else { continue }
            (key[match.2], last) = (String(match.1), index)
        }
        guard key.count >= 3 else { return lines }
        return lines.enumerated().map { index, line in
            index <= last ? line : line.replacing(keyedInitials) { match in key[match.1] ?? String(match.0) }
        }
    }
    /// "Zanele Khumalo (ZK)": a name and its initials in a key.
    nonisolated(unsafe) static let keyedName = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s+\((\p{Lu}{2,3})\)/
    /// "ZK", "JF/Hbg", "AO/Kriminalv.": initials, and where from after a slash; not a word's first
    /// part ("EG-direktivet").
    nonisolated(unsafe) static let keyedInitials = /\b(\p{Lu}{2,3})\b(?!-)(?:\/\p{Lu}\p{L}{1,12}\b\.?)?/

    /// An old system's labels written without å, ä and ö ("NARVARANDE:", "FRANVARANDE:", "ORDFORANDE:"),
    /// as its character set or keyboard had none: read as the labels they are, in the case written.
    static func labelsWithoutDiacritics(_ lines: [String]) -> [String] {
        lines.map { line in
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")), line.utf8.distance(from: line.utf8.startIndex, to: colon) <= 30
            else { return line }
            let label = line[..<colon].trimmingSpaces()
            guard label.utf8.allSatisfy({ $0 < 0x80 }), let written = labelsByFold[label.lowercased()] else { return line }
            let spaced = line[..<colon].prefix(while: \.isWhitespace)
            return spaced + (label.contains(where: \.isLowercase) ? written.prefix(1).uppercased() + written.dropFirst() : written.uppercased()) + line[colon...]
        }
    }

    /// The header's labels that hold å, ä or ö, by their letters without them ("narvarande": "närvarande").
    static let labelsByFold: [String: String] = {
        let words = PeopleLists.labels.compactMap { label -> String? in
            switch label.text {
            case .text(let text), .words(let text): text
            default: nil
            }
        } + formLabelWords
        return Dictionary(words.filter { $0.contains { "åäö".contains($0) } }.map { (Folding.key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// A header's labels run together on one line, each after the full stop of the one before ("Med:
    /// Ada Ek och Per Lind. Anmält förhinder: Eva Holm. Anteckningar: Per.", "Plats: Bjuv, Kommunhuset.
    /// Tid: 9.30–12."): a line each. Only where the line opens with such a label.
    static func labelsRunTogether(_ lines: [String]) -> [String] {
        lines.flatMap { line -> [String] in
            // (A cheap test first: a full stop and two colons.)
            guard line.holds(". "), let first = line.firstIndex(of: ":"), line[line.index(after: first)...].contains(":"), opensWithHeaderLabel(line) else { return [line] }
            var parts: [String] = []
            var start = line.startIndex
            var search = line.startIndex
            while let stop = line[search...].range(of: ". ") {
                let after = String(line[stop.upperBound...])
                if opensWithHeaderLabel(after) {
                    parts.append(String(line[start..<stop.lowerBound]))
                    start = stop.upperBound
                }
                search = stop.upperBound
            }
            return parts.isEmpty ? [line] : parts + [String(line[start...])]
        }
    }

    /// Two roles in one label, and whom each names in one value in the same order ("Ordförande /
    /// antecknare<TAB>Ada Ek / Per Lind", "Ordf./sekr.: Ada Ek/Per Lind"): a line each. Or both roles
    /// one person's ("Mötesledare och antecknare: Ada Ek, samordnare").
    static func pairedRoles(_ lines: [String]) -> [String] {
        lines.flatMap { line -> [String] in
            guard line.holds("/") || line.holds(" och "), let split = line.firstIndex(where: { $0 == ":" || $0 == "\t" }),
                line.distance(from: line.startIndex, to: split) <= 40
            else { return [line] }
            if case let label = String(line[..<split]), label.holds(" och ") {
                let labels = label.components(separatedBy: " och ").map { $0.trimmingSpaces(and: "*") }
                let value = line[line.index(after: split)...].trimmingSpaces(and: "*")
                guard labels.count == 2, !value.isEmpty, Set(labels.compactMap { PeopleLists.heading($0 + ": Ada Ek")?.0 }) == [.chairs, .scribe]
                else { return [line] }
                // ("Ordförande och sekreterare: Ada Ek och Per Lind": each one's.)
                let people = value.components(separatedBy: " och ")
                let each = people.count == 2 && people.allSatisfy { PeopleLists.isName(PeopleLists.withoutDetails($0)) } ? people : [value, value]
                return zip(labels, each).map { "\($0): \($1)" }
            }
            guard line.holds("/") else { return [line] }
            let labels = line[..<split].split(separator: "/").map { $0.trimmingSpaces(and: "*") }
            let people = line[line.index(after: split)...].split(separator: "/").map { $0.trimmingSpaces(and: "*") }
            guard labels.count == 2, people.count == 2, !people.contains(where: \.isEmpty),
                labels.allSatisfy({ !$0.isEmpty && PeopleLists.heading($0 + ": Ada Ek") != nil })
            else { return [line] }
            return zip(labels, people).map { "\($0): \($1)" }
        }
    }

    /// Whether a line opens with a header's label and its colon (`isHeaderLabel`), or a list's label
    /// and what it lists up to the next full stop ("Med: Ada Ek och Per Lind", "Anteckningar: Per Lind").
    static func opensWithHeaderLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 30 else { return false }
        let upToStop = line.range(of: ". ").map { String(line[..<$0.lowerBound]) } ?? String(line.trimmingSpaces().trimming(anyOf: "."))
        return isHeaderLabel(String(line[..<colon])) || PeopleLists.heading(upToStop) != nil
    }

    /// A draft copied out of a PDF with its lines numbered ("  4  Datum: …", " 17  1. Runda", " 18" over
    /// a blank line): the lines without their numbers. Only a run of ten lines or more numbered one
    /// after another, some of them blank but for their number (which no numbered list has).
    static func lineNumbers(_ lines: [String]) -> [String] {
        var read = lines
        var run: [(line: Int, number: Int, text: String.Index)] = []
        let end = {
            if run.count >= 10, run.contains(where: { lines[$0.line].endIndex == $0.text }) {
                for numbered in run { read[numbered.line] = String(lines[numbered.line][numbered.text...]) }
            }
            run = []
        }
        for (index, line) in lines.enumerated() {
            guard let (number, text) = lineNumber(line) else {
                end()
                continue
            }
            if let last = run.last, number != last.number + 1 { end() }
            run.append((index, number, text))
        }
        end()
        return read
    }

    /// A line's number and where its text starts: spaces, one to four digits, then two spaces or the
    /// line's end. (By bytes: asked of every line.)
    static func lineNumber(_ line: String) -> (Int, String.Index)? {
        let bytes = line.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index = bytes.index(after: index) }
        var (number, digits) = (0, 0)
        while index < bytes.endIndex, digits < 4, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0 else { return nil }
        if index == bytes.endIndex { return (number, index) }
        let second = bytes.index(after: index)
        guard bytes[index] == UInt8(ascii: " "), second < bytes.endIndex, bytes[second] == UInt8(ascii: " ") else { return nil }
        return (number, bytes.index(after: second))
    }

    /// A mind map exported as text (its root on the first line, every node under it on a line of its
    /// own, indented by tabs as deep as it is): the branches off the root headings, the nodes under
    /// them lines of their text. Only a text whose lines after its first all open with a tab.
    static func mindMap(_ lines: [String]) -> [String] {
        guard let root = lines.firstIndex(where: { !isBlank($0) }), lines[root].first != "\t",
            let next = lines[(root + 1)...].firstIndex(where: { !isBlank($0) }), lines[next].first == "\t"
        else { return lines }
        let nodes = lines[(root + 1)...].filter { !isBlank($0) }
        guard nodes.count >= 8, nodes.allSatisfy({ $0.first == "\t" }) else { return lines }
        return lines.enumerated().flatMap { index, line -> [String] in
            guard index > root, line.first == "\t" else { return [line] }
            let depth = line.prefix { $0 == "\t" }.count, text = line.drop { $0 == "\t" }
            return depth == 1 ? ["", "## " + text] : [String(text)]
        }
    }

    /// Words a typewriter stressed by spacing their letters ("N ä r v a r a n d e :", "M I N N E S A N T E C K N I N G A R"),
    /// words apart by wider gaps: read as the words. Only a run of four letters or more, each alone.
    static func letterSpaced(_ lines: [String]) -> [String] {
        lines.map { line in
            // (A cheap test first, by scalars: three letters alone between spaces. The pattern asked
            // of every line was 3.4% of a new index's CPU.)
            guard holdsLoneLetters(line, 3) else { return line }
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let words = line.dropFirst(indent.count).split(separator: spacedWordsGap)
            let spaced = { (word: Substring, least: Int) in
                let letters = word.split(separator: " ")
                return letters.count >= least && letters.allSatisfy { $0.count == 1 && ($0.first!.isLetter || $0 == ":" && $0.endIndex == word.endIndex) }
            }
            guard words.contains(where: { spaced($0, 4) }) else { return line }
            // (Its shorter words too, once one is plainly spaced: "G ä s t   o c h   v ä r d".)
            return indent + words.map { spaced($0, 2) ? $0.filter { $0 != " " } : String($0) }.joined(separator: "  ")
        }
    }
    /// Whether a line holds count letters or more each alone, a space before (or the line's start) and after.
    static func holdsLoneLetters(_ line: String, _ count: Int) -> Bool {
        var found = 0, before: Unicode.Scalar = " ", letter: Unicode.Scalar?
        for scalar in line.unicodeScalars {
            if let held = letter {
                if scalar == " " && held.properties.isAlphabetic { found += 1; if found >= count { return true } }
                letter = nil
            } else if before == " " && scalar != " " {
                letter = scalar
            }
            before = scalar
        }
        return false
    }
    nonisolated(unsafe) static let spacedWordsGap = /\s{2,}/

    /// A line with Word's non-breaking spaces as spaces, its soft hyphens gone and its no-break
    /// hyphens plain ("LSS‑handläggare" as "LSS-handläggare"), and the Symbol font's bullets
    /// (private-use characters, U+F0B7 "" and its kin, as converters from Word and RTF leave them) as "•".
    static func plainSpacesAndBullets(_ line: String) -> String {
        let line = symbolBullet(line) ?? line
        // (A cheap test first: each is written with a byte no other common character of minutes is,
        // C2 or EF, or after E2 80 (not an en dash's 93).)
        guard line.utf8.contains(where: { $0 == 0xC2 || $0 == 0xEF }) || line.utf8.contains(0xE2) && line.unicodeScalars.contains(where: { $0 == "\u{202F}" || $0 == "\u{2011}" })
        else { return line }
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x202F: scalars.append(" ")
            // A soft hyphen is where a word may break, no letter; a no-break hyphen a hyphen.
            case 0xAD: continue
            case 0x2011: scalars.append("-")
            case 0xF000...0xF0FF: scalars.append("•")
            // (A middle dot opening the line, WordPad's bullet as RTF's readers give it: "· Bjuv: …".)
            case 0xB7 where scalars.allSatisfy({ $0 == " " || $0 == "\t" }): scalars.append("•")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A bullet of a symbol font as Word's plain text writes it, the font's character read as Latin-1
    /// before a tab: Wingdings' square `§<TAB>`, its arrow `Ø<TAB>` and tick `ü<TAB>` as "•", Courier
    /// New's second level `o<TAB>` as "◦". Not a protocol's `§<TAB>14<TAB>Budget`: a `§` before a
    /// number is a bullet only where words in lower case follow it (`§<TAB>14 barn placerades …`).
    static func symbolBullet(_ line: String) -> String? {
        let bytes = line.utf8
        guard let start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        let mark = bytes[start...].prefix(3)
        let width: Int
        switch (mark.first, mark.dropFirst().first, mark.dropFirst(2).first) {
        case (0x6F, 0x09, _): width = 1
        case (0xC2, 0xA7, 0x09), (0xC3, 0x98, 0x09), (0xC3, 0xBC, 0x09): width = 2
        default: return nil
        }
        let text = line[bytes.index(start, offsetBy: width + 1)...]
        if mark.first == 0xC2, text.first?.isNumber == true, text.wholeMatch(of: numberInText) == nil { return nil }
        return line[..<start] + (width == 1 ? "◦" : "•") + "\t" + text
    }
    /// "14 barn placerades …": a number that words in lower case go on from, no item's.
    nonisolated(unsafe) static let numberInText = /\d+ \p{Ll}.*/

    /// Minutes quoted in a mail ("> " before each line, under the reply and the quoted mail's header):
    /// the quoted lines without their marks, so they read as written. Only where most lines are quoted,
    /// and most from the first quoted to the last: not a note's few quoted lines, nor the thread under
    /// minutes written in a reply. The lines the one who replied wrote in between ("[Elsie] I Båstad …")
    /// stay as they are.
    ///
    /// A notes app's callouts ("> [!check] Beslut" over "> Från och med november …") likewise: the
    /// callout's title a label before its first line ("Beslut: Från och med november …").
    static func unquoted(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.hasPrefix(">") }), let first = lines.firstIndex(where: { $0.hasPrefix(">") }),
            let last = lines.lastIndex(where: { $0.hasPrefix(">") })
        else { return lines }
        // (A bare ">" is a blank line of the quote.)
        let isQuoted = { (line: String) in line.hasPrefix(">") && !isBlank(String(line.drop { $0 == ">" })) }
        let span = lines[first...last].filter { !isBlank($0) && $0.trimmingSpaces() != ">" }
        let quoted = span.filter(isQuoted).count
        let unquote = { (line: String) in line.replacing(quoteMark, with: "", maxReplacements: 1) }
        // Not a thread quoted under minutes written above it: the quoted lines are most of the text,
        // and the lines outside the quote are no minutes (no people label, no date's or place's, no
        // two numbered lines). Only the quote's first level: a deeper one is the thread under it.
        let outside = lines.filter { !$0.hasPrefix(">") }
        if quoted >= 8, quoted * 4 >= span.count * 3, quoted * 2 > lines.filter({ !isBlank($0) && $0.trimmingSpaces() != ">" }).count,
            !outside.contains(where: { PeopleLists.heading($0) != nil || $0.contains(outsideLabel) }),
            outside.filter({ $0.contains(numberedLine) }).count < 2
        {
            return lines.map { $0.hasPrefix(">") ? unquote($0) : $0 }
        }
        var read = lines, title: (label: String, line: Int)?, inCallout = false
        for (index, line) in lines.enumerated() {
            if line.hasPrefix(">"), let callout = line.wholeMatch(of: calloutTitle) {
                title = ((callout.2.isEmpty ? callout.1.capitalized : callout.2.trimming(anyOf: ":")) + ":", index)
                read[index] = title!.label
                inCallout = true
            } else if inCallout, line.hasPrefix(">") {
                // (The title before its first line, as a label before its value: "Beslut: Från och med …",
                // a bullet's text too; not before a label of its own, "Närvarande: …".)
                let text = unquote(line)
                if let (label, at) = title, !isBlank(text) {
                    let first = PeopleLists.withoutBullet(text) ?? text
                    (read[at], read[index], title) = ("", first.contains(ownLabel) ? first : label + " " + first, nil)
                } else {
                    read[index] = unquote(line)
                }
            } else {
                (inCallout, title) = (false, nil)
            }
        }
        return read
    }
    /// A line opened by a label of its own ("Närvarande: …").
    nonisolated(unsafe) static let ownLabel = /^\p{L}[\p{L} ]{0,30}:/
    /// "> [!check] Beslut": a callout's kind and title (perhaps none).
    nonisolated(unsafe) static let calloutTitle = /> ?\[!(\w+)\][+-]?\s*(.*?)\s*/
    /// A quoted line's first mark and the space after it.
    nonisolated(unsafe) static let quoteMark = /^> ?/
    /// A label of the minutes' header outside a quote ("Datum:", "Plats:").
    nonisolated(unsafe) static let outsideLabel = /^(?i:datum|plats|tid|lokal|ordförande|sekreterare)\s*:/
    nonisolated(unsafe) static let numberedLine = /^\s*\d{1,2}[.)]\s+\p{Lu}/

    /// A notes app's links to its pages ("[[Gazmend Bajrami]]", "[[Gazmend Bajrami|Gazmend]]") as their
    /// words: the page's name, a person's full name, where the words shown are a part of it; else the
    /// words shown ("[[2025-09-09 Vuxenmottagningar|förra mötet]]").
    static func withoutWikilinks(_ line: String) -> String {
        line.replacing(wikilink) { link in
            // ("[[Personer/Tora Vik#Kontakt]]": the page's own name.)
            let page = String(link.1.split(separator: "/").last ?? link.1).split(separator: "#").first.map(String.init) ?? ""
            guard let shown = link.2 else { return page.isEmpty ? link.1 : Substring(page) }
            // (A person's page shown by a nickname or initials, "[[Ebbe Sand|ES]]": the name.)
            return page.split(separator: " ").contains(shown) || PeopleLists.isCapitalisedFullName(page) ? Substring(page) : shown
        }
    }
    nonisolated(unsafe) static let wikilink = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/

    /// Ballot boxes as a form's boxes: "☒ Ada Ek, Bjuv" as "[x] Ada Ek, Bjuv", "☐ Per Holm" as
    /// "[ ] Per Holm"; a row of them in columns ("☒ Ada Ek, Bjuv      ☐ Per Holm, Klippan") one line
    /// each, row by row; a ticked box after a label left out ("Gäst:   ☒ Ada Ek").
    static func ballotBoxes(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.utf8.contains(0xE2) && ($0.holds("☒") || $0.holds("☐") || $0.holds("☑")) }) else { return lines }
        return lines.flatMap { line -> [String] in
            let trimmed = line.trimmingSpaces()
            let boxes = line.unicodeScalars.filter { "☒☐☑".unicodeScalars.contains($0) }.count
            guard let box = trimmed.first, "☒☐☑".contains(box) else {
                // ("Gäst:   ☒ Ada Ek"; not "Beslut:  ☒ Bifall   ☐ Avslag", a choice, nor several people.)
                return boxes == 1 ? [line.replacing(boxAfterLabel) { $0.1 + " " }] : [line]
            }
            return trimmed.split(separator: boxInColumns).compactMap { part in
                let part = part.trimmingSpaces()
                guard let box = part.first, "☒☐☑".contains(box) else { return part }
                let rest = part.dropFirst().trimmingSpaces()
                // ("☒ = närvarande": a legend, no one.)
                if rest.hasPrefix("=") { return nil }
                return (box == "☐" ? "[ ] " : "[x] ") + rest
            }
        }
    }
    /// A box opening the next column of a row: a tab or two spaces or more before it.
    nonisolated(unsafe) static let boxInColumns = /(?:\t|\s{2,})\s*(?=[☒☐☑])/
    nonisolated(unsafe) static let boxAfterLabel = /^([^:☒☐☑]{1,30}:)\s*[☒☑]\s+/

    /// A log kept during the meeting, a time before each line ("13:05 Punkt 1: Läget just nu.", "13:23
    /// Wibeke öppnade punkt 2: Ersättning 2026. Yasin tog upp …"): the lines without their times, and an
    /// item's number and title, wherever its line names them, a numbered line of its own over the rest;
    /// an entry a paragraph. Only where eight lines or more open with a time.
    static func timeLog(_ lines: [String]) -> [String] {
        guard lines.filter({ $0.first?.isNumber == true && $0.contains(logTime) }).count >= 8 else { return lines }
        // An entry wrapped onto lines indented under its text is one ("09.00  Mötet öppnades. Uppkopplade
        // från start var Ada Ek" over "       (Bjuv) och …"): what it says is read whole.
        var entries: [String] = []
        for line in lines {
            if let last = entries.last, last.contains(logTime), line.first == " " || line.first == "\t", !isBlank(line) {
                entries[entries.count - 1] = last + " " + line.trimmingSpaces()
            } else {
                entries.append(line)
            }
        }
        return entries.flatMap { line -> [String] in
            guard let time = line.firstMatch(of: logTime) else { return [line] }
            let text = String(line[time.range.upperBound...])
            // (Each entry a paragraph of its own: a list it names ends with it.)
            guard text.lowercased().holds("punkt"), let item = text.firstMatch(of: itemInLog) else { return [text, ""] }
            // (Who opened it, "Wibeke öppnade", says nothing of the item.)
            let before = text[..<item.range.lowerBound].trimmingSpaces()
            let rest = ((before.hasSuffix("öppnade") ? "" : before) + " " + (item.3 ?? "")).trimmingSpaces()
            return ["\(item.1). \(item.2)"] + (rest.isEmpty ? [] : [rest])
        }
    }
    nonisolated(unsafe) static let logTime = /^\d{1,2}[:.]\d{2}\s+/
    nonisolated(unsafe) static let itemInLog = /(?i:punkt)\s+(\d{1,2})\s*:\s*(\p{Lu}[^.]*?)\.(?:\s+(.*))?$/

    /// A protocol's paragraph number with its case's number beside it ("§ 53          Dnr FH-SB 2025/0031")
    /// over the title: the number alone over its title, the case's number under the title.
    static func caseNumbers(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("§") && $0.holds("nr") }) else { return lines }  // (a cheap test first)
        var read: [String] = [], pending: String?
        for line in lines {
            if let match = line.wholeMatch(of: paragraphWithCase) {
                // ("§ 52   Dnr X   Title": the title on the line too.)
                if let title = match.3 {
                    read += [match.1 + " " + title, String(match.2)]
                } else {
                    read.append(String(match.1))
                    pending = String(match.2)
                }
            } else if let number = pending, !isBlank(line) {
                read += [line, number]
                pending = nil
            } else {
                read.append(line)
            }
        }
        return read
    }
    nonisolated(unsafe) static let paragraphWithCase = /(\s*§\s*\d{1,4})\s{2,}((?i:dnr|diarienr|ärendenr)\b.*?)(?:\s{2,}(\p{Lu}.*))?/

    /// Paragraphs opened by their topic in bold and a full stop ("**Julhjälpen.** Under den här
    /// punkten …"), as prose without numbers or headings writes its items: each topic a heading over
    /// its paragraph. Three or more, each a paragraph's start; not a label's bold ("**Beslut:** …").
    static func boldLeadIns(_ lines: [String]) -> [String] {
        // (A cheap test first: a line opening in bold, or with two capitals.)
        guard lines.contains(where: { $0.hasPrefix("**") || opensInCapitals($0) }) else { return lines }
        // (Not in minutes that have headings or numbers of their own: there a bold lead is a part's
        // label, "**Bakgrund.**", or a kommun's turn in a round, "**Bjuv.**". A title above them all is none.)
        if lines.contains(where: { $0.contains(numberedLine) }) { return lines }
        // A paragraph's start: after a blank line, or, as a word processor writes a paragraph a line,
        // after a sentence's end or a label's line ("Närvarande: …").
        let leads = lines.indices.filter { index in
            guard index == 0 || isBlank(lines[index - 1]) || lines[index - 1].last.map({ ".!?”\"".contains($0) }) == true
                    || lines[index - 1].prefixMatch(of: labelLine) != nil,
                  let lead = leadIn(lines[index]) else { return false }
            return Municipality.named(lead.topic) == nil && !partLabels.contains(lead.topic.lowercased())
        }
        guard leads.count >= 3, !lines[leads[0]...].contains(where: { $0.hasPrefix("#") }) else { return lines }
        return lines.indices.flatMap { index -> [String] in
            guard leads.contains(index), let lead = leadIn(lines[index]) else { return [lines[index]] }
            // (A heading stands alone: a blank line above it, as a word processor's paragraphs have none.)
            return (index > 0 && !isBlank(lines[index - 1]) ? [""] : []) + ["## " + lead.topic, String(lead.text)]
        }
    }
    nonisolated(unsafe) static let labelLine = /(?:\*\*)?\p{L}[\p{L} ]{1,25}:/
    /// A paragraph's topic and the rest: bold, or in capitals ("BARNOMSORG PÅ OBEKVÄM TID. Aarni …").
    static func leadIn(_ line: String) -> (topic: Substring, text: Substring)? {
        if line.hasPrefix("**") { return line.wholeMatch(of: boldLeadIn).map { ($0.1, $0.2) } }
        guard opensInCapitals(line), let lead = line.wholeMatch(of: capitalsLeadIn) else { return nil }
        return (lead.1, lead.2)
    }
    /// Whether a line's first two characters are capitals (not a blank line, whose none all are).
    static func opensInCapitals(_ line: String) -> Bool {
        line.first?.isUppercase == true && line.dropFirst().first?.isUppercase == true
    }
    /// "ÖVRIGT. Stavros berättade …": a topic of a few words in capitals, its full stop.
    nonisolated(unsafe) static let capitalsLeadIn = /(\p{Lu}[\p{Lu}\s–-]{2,60}\p{Lu})\.\s+(\p{Lu}.*)/
    /// "**Julhjälpen.** Under …", "**Fritidskortet**. Både …": a topic of a few words, bold, its full stop.
    /// The labels of an item's parts, never a topic of its own.
    static let partLabels: Set<String> = ["bakgrund", "diskussion", "beslut", "ärendet", "förslag", "åtgärd", "ansvarig", "information"]
    nonisolated(unsafe) static let boldLeadIn = /\*\*(\p{Lu}[^*.:!?]{1,60})(?:\.\*\*|\*\*\.)\s+(\S.*)/

    /// A heading standing alone that opens an invitation ("KALLELSE", "Kallelse till nätverksträff").
    nonisolated(unsafe) static let invitationHeading = /(?i)\s*(?:#+\s*)?(?:\*\*)?\s*kallelse(?:\s+till\s+[^.:]*)?\s*(?:\*\*)?/
    /// A heading standing alone that opens the minutes themselves ("MINNESANTECKNINGAR",
    /// "Minnesanteckningar 2025-02-05", "Protokoll från mötet"); not an agenda's "Anteckningar från
    /// föregående möte".
    nonisolated(unsafe) static let minutesHeading =
        /(?i)\s*(?:#+\s*)?(?:\*\*)?\s*(?:minnesanteckningar|mötesanteckningar|protokoll)(?![^\n]*\b(?:föregående|förra|senaste)\b)(?:[\s–:-][^.]{0,80})?/

    /// An invitation kept above the minutes of the meeting it called (its date, place, those called
    /// and its proposed agenda): the meeting is what the minutes say, held on another day or with
    /// others perhaps, so only the minutes are read. The invitation's lines are left blank.
    static func afterInvitation(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !isBlank($0) }), lines[first].wholeMatch(of: invitationHeading) != nil,
            let minutes = lines[(first + 1)...].firstIndex(where: { $0.wholeMatch(of: minutesHeading) != nil })
        else { return lines }
        return Array(repeating: "", count: minutes) + lines[minutes...]
    }

    /// The labels of a Markdown file's front matter, as the reader's labels.
    static let frontMatterKeys = ["date": "Datum", "datum": "Datum", "place": "Plats", "plats": "Plats", "location": "Plats", "lokal": "Lokal"]

    nonisolated(unsafe) static let yamlKey = /[a-z_]+:\s.*/

    /// "▸ Samarbete med hyresvärdar" over its text indented under it: a toggle's heading, as a notes
    /// app exports it (not "▸" as a bullet, in a run of them or over text that is not indented).
    static func toggles(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.hasPrefix("▸ ") || $0.hasPrefix("▾ ") }) else { return lines }
        var read = lines
        for index in lines.indices.dropLast() where lines[index].hasPrefix("▸ ") || lines[index].hasPrefix("▾ ") {
            let next = lines[index + 1]
            guard next.first == " " || next.first == "\t", !isBlank(next), !next.trimmingSpaces().hasPrefix("▸") else { continue }
            read[index] = "## " + lines[index].dropFirst(2)
        }
        return read
    }

    /// An outliner's page (Logseq's: every line a bullet, "- ## Närvarande", "\t- ### Lägesbild" over
    /// the bullets indented under it): a bullet holding a heading is that heading; a block's properties
    /// ("collapsed:: true", "id:: …", "SCHEDULED: <…>") no text; a tag opening a bullet ("#beslut Alla
    /// kommuner …") its label ("Beslut: Alla kommuner …"). Only a page with two headings so written.
    static func outliner(_ lines: [String]) -> [String] {
        guard lines.lazy.filter({ $0.holds("- #") && $0.wholeMatch(of: bulletHeading) != nil }).prefix(2).count == 2 else { return lines }
        return lines.map { line in
            if let heading = line.wholeMatch(of: bulletHeading) { return String(heading.1) }
            if line.first == " " || line.first == "\t", line.wholeMatch(of: blockProperty) != nil { return "" }
            if let tag = line.wholeMatch(of: bulletTag) { return "\(tag.1)\(tag.2.prefix(1).uppercased())\(tag.2.dropFirst()): \(tag.3)" }
            return line
        }
    }
    nonisolated(unsafe) static let bulletHeading = /\s*-\s+(#{1,6}\s+\S.*)/
    nonisolated(unsafe) static let blockProperty = /\s+(?:[a-z][\w-]*::(?:\s.*)?|(?:SCHEDULED|DEADLINE):\s*<.*>)/
    nonisolated(unsafe) static let bulletTag = /(\s*-\s+)#(\p{Ll}+)\s+(\S.*)/

    /// A slide deck saved as an outline with its notes ("Bild 4" over the slide's title, its bullets, a
    /// footer "Familjen Helsingborg | Nätverksträff | 4", "Anteckningar:" over what was said): the
    /// slides whose titles the agenda's slide lists ("Dagordning" over "• Brandsäkerhet hos äldre")
    /// read as numbered items, the slides' marks, footers and notes' labels blank, and a hidden slide
    /// ("Bild 9 (dold bild)", not shown) left out. Only a deck of three slides or more with an agenda.
    static func slideDeck(_ lines: [String]) -> [String] {
        // (A cheap test first: most short lines name no slide.)
        let slides = lines.indices.filter { index in
            lines[index].utf8.count <= 40 && (lines[index].holds("ild") || lines[index].holds("lide") || lines[index].holds("ILD") || lines[index].holds("LIDE"))
                && lines[index].wholeMatch(of: slideMark) != nil
        }
        // (The file a deck, its first slide among its first lines: not slides pasted into an item.)
        guard slides.count >= 3, lines[..<slides[0]].filter({ !isBlank($0) }).count <= 2 else { return lines }
        let title = { (slide: Int) in lines[(slide + 1)...].prefix(3).firstIndex { !isBlank($0) } }
        // The agenda: the bullets under a slide titled so.
        guard let agendaSlide = slides.first(where: { title($0).map { lines[$0].trimmingSpaces().lowercased().hasPrefix("dagordning") || lines[$0].trimmingSpaces().lowercased() == "agenda" } ?? false }),
            let agendaTitle = title(agendaSlide)
        else { return lines }
        let agendaEnd = slides.first { $0 > agendaSlide } ?? lines.count
        let agenda = Set(lines[(agendaTitle + 1)..<agendaEnd].compactMap { PeopleLists.withoutBullet($0).map(Folding.key) })
        var read = lines
        var number = 0
        for (index, slide) in slides.enumerated() {
            // (The last slide up to a blank line: what is written after the deck is not of it.)
            let end = index + 1 < slides.count ? slides[index + 1] : lines.dropFirst(slide + 2).firstIndex(where: isBlank) ?? lines.count
            if lines[slide].lowercased().holds("dold") {
                for line in slide..<end { read[line] = "" }
                continue
            }
            read[slide] = ""
            if let at = title(slide), agenda.contains(Folding.key(lines[at].trimmingSpaces())) {
                number += 1
                read[at] = "\(number). " + lines[at].trimmingSpaces()
            }
            // (Its footer, the slide's number last; the notes' label.)
            for line in slide..<end where lines[line].trimmingSpaces().lowercased() == "anteckningar:"
                || lines[line].holds(" | ") && lines[line].split(separator: "|").last?.trimmingSpaces() == "\(index + 1)"
            {
                read[line] = ""
            }
        }
        return number >= 2 ? read : lines
    }
    nonisolated(unsafe) static let slideMark = /\s*(?:-{2,}\s*)?(?:Bild|Slide|BILD|SLIDE)\s+\d{1,3}(?:\s*\([^)]*\))?(?:\s*-{2,})?\s*/

    /// A Markdown file's front matter (`---`, `title: …`, `date: …`, `---` at the top) read as the
    /// heading and labels it gives: the title a heading, a date or place the reader's label, any
    /// other key as written; the fences blank.
    static func frontMatter(_ lines: [String]) -> [String] {
        guard lines.first == "---", let close = lines.prefix(40).dropFirst().firstIndex(of: "---"), close > 1,
            lines[1].wholeMatch(of: yamlKey) != nil  // (YAML's keys; not a header between two rules)
        else { return lines }
        var lines = lines
        let unquoted = { (value: String) in
            value.count >= 2 && "\"'".contains(value.first!) && value.last == value.first ? String(value.dropFirst().dropLast()) : value
        }
        for index in 1..<close {
            guard let colon = lines[index].firstIndex(of: ":"), lines[index].first?.isLetter == true else { continue }
            let key = lines[index][..<colon].trimmingSpaces().lowercased()
            var value = unquoted(lines[index][lines[index].index(after: colon)...].trimmingSpaces())
            // A list under its key ("deltagare:" over "  - Ada Ek" lines) or in brackets ("[Ada Ek, Per Holm]"):
            // its items one after another, as a label's list.
            // (A people label's items stay a line each, as bullets under it: "- Bjuv – Tora Vik". A list
            // of key: value items is left as written. An empty key, "förhinder: []" too, is nothing: it
            // opens no list.)
            if value.isEmpty {
                let items = lines[(index + 1)..<close].prefix { $0.trimmingSpaces().hasPrefix("- ") }
                if items.contains(where: { $0.holds(": ") }) { continue }
                if !items.isEmpty, PeopleLists.heading(String(lines[index][...colon])) != nil {
                    for item in items.indices { lines[item] = "- " + unquoted(lines[item].trimmingSpaces().dropFirst(2).trimmingSpaces()) }
                    lines[index] = String(lines[index][...colon])
                    continue
                }
                value = items.map { unquoted($0.trimmingSpaces().dropFirst(2).trimmingSpaces()) }.joined(separator: ", ")
                for item in items.indices { lines[item] = "" }
            } else if value.hasPrefix("["), value.hasSuffix("]"), !value.hasPrefix("[[") || value.hasPrefix("[[") && value.dropFirst(2).contains("[[") {
                value = value.dropFirst().dropLast().split(separator: ",").map { unquoted($0.trimmingSpaces()) }.joined(separator: ", ")
            }
            if value.isEmpty {
                lines[index] = ""
                continue
            }
            if key == "title" {
                lines[index] = "# " + value
            } else if let label = frontMatterKeys[key] {
                lines[index] = label + ": " + value
            } else {
                lines[index] = lines[index][..<colon] + ": " + value
            }
        }
        (lines[0], lines[close]) = ("", "")
        return lines
    }

    /// A page laid out in two columns, as a Word table of two columns gives it as text ("Närvarande
    /// … Frånvarande" side by side): each such paragraph read as its left column, a blank line, then
    /// its right one. A paragraph is in two columns when its lines part at one wide gap (four spaces
    /// or more) ending at one place (or start there), and the columns hold details (a comma or a
    /// label's colon) on two lines or more of the right: not a table of names and kommuner, nor one
    /// of three columns, nor signatures side by side.
    static func twoColumns(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("    ") }) else { return lines }  // (a cheap test first)
        var out: [String] = []
        var start = 0
        while start < lines.count {
            guard !isBlank(lines[start]) else {
                out.append(lines[start])
                start += 1
                continue
            }
            var end = start
            while end < lines.count, !isBlank(lines[end]) { end += 1 }
            out += columns(Array(lines[start..<end])) ?? Array(lines[start..<end])
            start = end
        }
        return out
    }

    nonisolated(unsafe) static let wideGap = /\ {4,}/

    /// Two lists side by side in a table's columns, by tabs, under a row of their two labels
    /// ("Närvarande<TAB>Frånvarande" over "Anna Ek, Bjuv<TAB>Per Holm, Klippan", "Lisa Berg, Åstorp"): each
    /// column the list under its label, the left one first.
    static func labelledColumns(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("\t") }) else { return lines }  // (a cheap test first)
        var out: [String] = [], index = 0
        while index < lines.count {
            // (Two lists of different kinds: not "Ledamöter<TAB>Närvarande" over names and their marks.)
            let labels = lines[index].split(separator: "\t").map { $0.trimmingSpaces() }
            let kinds = labels.map { $0.count <= 30 ? PeopleLists.heading($0.hasSuffix(":") ? $0 : $0 + ":")?.0 : nil }
            guard labels.count == 2, let leftKind = kinds[0], let rightKind = kinds[1], leftKind != rightKind
            else {
                out.append(lines[index])
                index += 1
                continue
            }
            var (left, right) = ([String](), [String]())
            var end = index + 1
            while end < lines.count, !isBlank(lines[end]), case let cells = lines[end].split(separator: "\t", omittingEmptySubsequences: false), cells.count <= 2 {
                if !cells[0].trimmingSpaces().isEmpty { left.append(cells[0].trimmingSpaces()) }
                if cells.count == 2, !cells[1].trimmingSpaces().isEmpty { right.append(cells[1].trimmingSpaces()) }
                end += 1
            }
            guard !left.isEmpty || !right.isEmpty else {
                out.append(lines[index])
                index += 1
                continue
            }
            let label = { (text: String) in text.hasSuffix(":") ? text : text + ":" }
            out += [label(labels[0])] + left + [""] + [label(labels[1])] + right + [""]
            index = end
        }
        return out
    }

    /// A paragraph's left column, a blank line and its right column; nil when it is no such paragraph.
    static func columns(_ paragraph: [String]) -> [String]? {
        // Where the right column starts: after a line's one wide gap, or a line's leading spaces.
        var starts: [Int] = []
        for line in paragraph {
            let text = line.drop { $0 == " " }
            let gaps = text.matches(of: wideGap)
            guard gaps.count <= 1, !line.holds("\t") else { return nil }
            if let gap = gaps.first {
                starts.append(line.distance(from: line.startIndex, to: gap.range.upperBound))
            } else if text.count < line.count, line.count - text.count >= 8 {
                starts.append(line.count - text.count)
            }
        }
        guard starts.count >= 2, let column = starts.min(), starts.allSatisfy({ $0 - column <= 2 }),
            !paragraph.contains(where: AgendaReader.isNumbered)  // (an item's line is no column's)
        else { return nil }
        var (left, right) = ([String](), [String]())
        var rows: [String] = []
        for line in paragraph {
            let cut = line.index(line.startIndex, offsetBy: min(column, line.count))
            // (A left cell may run into the gap's place by a letter or two: cut at the gap.)
            let gap = line.firstMatch(of: wideGap).map { $0.range }
            // (A line without a gap that does not start in the right column is the left column's, whole.)
            let indented = line.prefix { $0 == " " }.count >= column - 2
            let (l, r) = gap.map { (line[..<$0.lowerBound], line[$0.upperBound...]) }
                ?? (indented ? (line[..<cut], line[cut...]) : (line[...], line[line.endIndex...]))
            let (leftText, rightText) = (l.trimmingSpaces(), r.trimmingSpaces())
            if !leftText.isEmpty { left.append(leftText) }
            if !rightText.isEmpty { right.append(rightText) }
            rows += [leftText, rightText].filter { !$0.isEmpty }
        }
        let detailed = { (cells: [String]) in cells.filter { $0.holds(", ") || $0.holds(": ") }.count >= 2 }
        // ("Datum:      2006-01-18", "Datum    2006-01-18" over "Närvarande    Anna Ek, Bjuv" (read
        // as its label and colon before): labels aligned with their values are no column of a page; "Anna Ek    Socialchef, Bjuv": names beside their details are a table's rows.)
        let bareNames = left.filter { !$0.holds(",") && PeopleLists.isName($0) }.count
        guard left.count >= 2, detailed(right), !left.contains(where: { $0.hasSuffix(":") }), bareNames * 2 <= left.count,
            left.filter({ isHeaderLabel(String($0.prefix { $0 != ":" })) }).count * 2 <= left.count
        else { return nil }
        // One list in two columns under one label (the right column no label of its own): row by
        // row, as it is written.
        if PeopleLists.heading(left[0]) != nil, PeopleLists.heading(right[0]) == nil, !right.contains(where: { $0.holds(":") }) { return rows }
        return left + [""] + right
    }

    /// An outline as Word numbers it: "1<TAB>Aktuellt från kommunerna" over "1.1<TAB>Helsingborg", the
    /// top level's number without its dot, read as numbered lines ("1. Aktuellt från kommunerna").
    /// Only as a run 1, 2, 3 … of three or more, each a title alone on its line, with parts numbered
    /// under their own (not a table's rows or a ranking), where nothing is numbered "1." already.
    static func outlineNumbers(_ lines: [String]) -> [String] {
        let tops = lines.indices.compactMap { index -> (index: Int, number: Int, title: Substring)? in
            guard lines[index].first?.isNumber == true, let match = lines[index].wholeMatch(of: outlineTop),
                !match.2.holds("\t"), !match.2.holds("  ")
            else { return nil }
            return (index, match.1.digitsValue, match.2)
        }
        guard tops.count >= 3, tops.enumerated().allSatisfy({ $1.number == $0 + 1 }),
            !lines.contains(where: { $0.first?.isNumber == true && $0.prefixMatch(of: dottedTop) != nil })
        else { return lines }
        // (A part "2.1" between top 2 and top 3.)
        let nested = tops.indices.contains { at in
            let end = at + 1 < tops.count ? tops[at + 1].index : lines.count
            return lines[(tops[at].index + 1)..<end].contains { $0.prefixMatch(of: outlinePart).map { Int($0.1) == tops[at].number } ?? false }
        }
        guard nested else { return lines }
        var lines = lines
        for top in tops { lines[top.index] = "\(top.number). \(top.title)" }
        return lines
    }
    nonisolated(unsafe) static let outlineTop = /(\d{1,2})(?:\t|\s{2,})\s*(\p{Lu}.*)/
    nonisolated(unsafe) static let outlinePart = /(\d{1,2})\.\d{1,2}(?:\t|\s+)\p{Lu}/
    nonisolated(unsafe) static let dottedTop = /\d{1,2}[.)]\s+\p{Lu}/

    /// Items numbered after a word of the meeting's own ("Lapp 1 – Hur håller vi liv i MI …? (7
    /// prickar)", "Tema 2 – …"): read as numbered lines ("1. Hur håller vi liv i MI …?"), without a
    /// count after the title ("(7 prickar)", "(10 min)"). Only a run 1, 2, 3 … of three or more, all
    /// after one word, none a kommun.
    static func wordNumbers(_ lines: [String]) -> [String] {
        // (Cheap tests first: a spaced dash, a capital.)
        let marked = lines.indices.compactMap { index -> (index: Int, word: Substring, number: Int, title: Substring)? in
            guard lines[index].holds(" – ") || lines[index].holds(" - "), lines[index].first?.isUppercase == true,
                let match = lines[index].wholeMatch(of: wordNumber), Municipality.named(match.1) == nil,
                lines[index].wholeMatch(of: numberedMarker) == nil  // (a marker read as it is: "Ärende 3 – …")
            else { return nil }
            return (index, match.1, match.2.digitsValue, match.3)
        }
        guard marked.count >= 3, Set(marked.map(\.word)).count == 1, marked.enumerated().allSatisfy({ $1.number == $0 + 1 }) else { return lines }
        var lines = lines
        for line in marked { lines[line.index] = "\(line.number). " + line.title.replacing(countAfter, with: "") }
        return lines
    }
    nonisolated(unsafe) static let wordNumber = /(\p{Lu}\p{Ll}+)\s+(\d{1,2})\s+[–-]\s+(\p{Lu}.*)/
    nonisolated(unsafe) static let countAfter = /\s+\(\d+\s+\p{L}+\)$/

    /// Footnotes as Word saves them as text: a mark after a word ("Yevgenia Orlova (Klippan)[1]") and
    /// the note at the end ("[1] Yevgenia gick efter punkt 4 …"). The marks are dropped where they
    /// stand, so a name or sentence reads as written; the notes stay as lines of their own.
    static func footnoteMarks(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.hasPrefix("[1]") }) else { return lines }
        return lines.map { line in line.hasPrefix("[") || !line.holds("]") ? line : line.replacing(footnoteMark) { $0.1 } }
    }
    nonisolated(unsafe) static let footnoteMark = /([\p{L}\p{N}).,"”])\[\d{1,2}\]/

    /// Items numbered by a number alone on its line over the item's title ("1" over "Välkommen"),
    /// read as numbered lines ("1. Välkommen"), the title's line left blank: only as a run 1, 2, 3 …
    /// of three or more, each after a blank line (a page's number stands alone, but not so), or each
    /// a row of a table flattened a cell a line, under its column headings ("Punkt" over "Ärende").
    static func bareNumbers(_ lines: [String]) -> [String] {
        let numbers = lines.indices.dropLast().filter { index in
            guard lines[index].utf8.count <= 6 else { return false }  // (a cheap test first)
            let text = lines[index].trimmingSpaces()
            return (1...2).contains(text.count) && text.allSatisfy(\.isNumber)
                && lines[index + 1].first?.isUppercase == true && lines[index + 1].count <= 100
        }
        let rows = numbers.first.map { lines[$0].trimmingSpaces() == "1" && underColumnHeadings($0, lines) } ?? false
        let markers = rows ? numbers : numbers.filter { $0 == 0 || isBlank(lines[$0 - 1]) }
        guard markers.count >= 3, markers.enumerated().allSatisfy({ Int(lines[$1].trimmingSpaces()) == $0 + 1 }),
            !lines.contains(where: { $0.first?.isNumber == true && AgendaReader.isNumbered($0) })  // (items numbered otherwise)
        else { return lines }
        var lines = lines
        for index in markers {
            (lines[index], lines[index + 1]) = (lines[index].trimmingSpaces() + ". " + lines[index + 1], "")
        }
        return lines
    }

    /// Whether the lines right above a line are a table's column headings, a cell a line, the first
    /// naming the number's column ("Punkt" over "Ärende" over "Anteckning").
    static func underColumnHeadings(_ index: Int, _ lines: [String]) -> Bool {
        let above = lines[..<index].reversed().prefix { !isBlank($0) && $0.count <= 20 && $0.split(separator: " ").count <= 2 }.prefix(6)
        return above.count >= 2 && above.last.map { numberColumns.contains($0.trimmingSpaces().lowercased()) } == true
    }
    static let numberColumns: Set<String> = ["punkt", "pkt", "pkt.", "nr", "nr.", "§", "#"]

    /// A spreadsheet saved as text with semicolons between its cells, as Excel writes it where the
    /// comma is the decimal sign ("Plats;Klippan, Forum;;;", "2;Budget;Per Ek;…;"): read as what it
    /// lays out. A label's row as the label and its colon ("Plats: Klippan, Forum"), a row that leaves
    /// the label's cell empty as one more line of its values, a row of headers and the rows under it
    /// as a Markdown table; a cell in quotes may hold semicolons, doubled quotes and line breaks. Only
    /// a text whose lines are nearly all rows of one count of cells, three or more.
    static func semicolonSheet(_ lines: [String]) -> [String] {
        let filled = lines.filter { !isBlank($0) }
        // (Cells in quotes over many lines leave lines without a semicolon: a text that opens as a
        // sheet is read as one when nearly all its rows, once read, are rows of two cells or more.)
        guard filled.count >= 5, filled.filter({ $0.holds(";") }).count * 10 >= filled.count * 9 || filled[0].holds(";") else { return lines }
        let rows = sheetRows(lines.joined(separator: "\n"), separator: ";")
        let widths = rows.map(\.count)
        guard let width = widths.first, width >= 2, widths.filter({ $0 >= 2 }).count * 10 >= rows.count * 9,
            width >= 3 && widths.filter({ $0 == width }).count * 10 >= rows.count * 9 || isHeaderRow(rows[0])
        else { return lines }
        var out: [String] = [], inTable = false, underLabel = false
        for row in rows {
            let cells = row.map { $0.replacingOccurrences(of: "\n", with: " ").trimmingSpaces() }
            let values = cells.filter { !$0.isEmpty }
            if values.isEmpty {
                out.append("")
                (inTable, underLabel) = (false, false)
            } else if inTable {
                // (A cell's lines apart by `<br>`, as a Markdown table writes them.)
                out.append("| " + row.map { $0.trimmingSpaces().replacingOccurrences(of: "|", with: "/").replacingOccurrences(of: "\n", with: "<br>") }.joined(separator: " | ") + " |")
            } else if values.count == cells.count, cells.count > 2, isHeaderRow(cells) {
                // (Not "Fält;Värde" over labels and their values: their labels are read, no table.)
                out += ["| " + cells.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: cells.count)]
                inTable = true
            } else if cells[0].isEmpty || values.count == 1 {
                out.append(values.joined(separator: ", "))
                underLabel = underLabel && cells[0].isEmpty
            } else {
                out.append(cells[0] + ": " + values.dropFirst().joined(separator: ", "))
                underLabel = true
            }
        }
        return out
    }

    /// A sheet's row of its columns' names: short words, no label's colon, no number, no one's name.
    static func isHeaderRow(_ cells: [String]) -> Bool {
        cells.allSatisfy { cell in
            !cell.isEmpty && !cell.holds(":") && !cell.contains(where: \.isNumber) && cell.split(separator: " ").count <= 3 && !PeopleLists.isCapitalisedFullName(cell)
        }
    }

    /// The rows of a sheet saved as text, each its cells: a cell in quotes holds what it holds, the
    /// separator and line breaks too, a doubled quote one quote.
    static func sheetRows(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = text.makeIterator(), pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                quoted = true
            } else if character == separator {
                row.append(cell)
                cell = ""
            } else if character == "\n" {
                rows.append(row + [cell])
                (row, cell) = ([], "")
            } else {
                cell.append(character)
            }
        }
        if !row.isEmpty || !cell.isEmpty { rows.append(row + [cell]) }
        return rows
    }

    /// A table exported as text with bars between its cells and none at the ends
    /// ("Punkt|Ärende|Föredragande|Anteckning", "1|Inledning||Mötesledaren hälsade …") read as the
    /// table it is ("| Punkt | Ärende | … |"): three rows or more of one count of cells. A cell in
    /// quotes may hold line breaks, as a spreadsheet writes it; its lines are one.
    static func barePipeRows(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("|") && !$0.hasPrefix("|") }) else { return lines }
        var out: [String] = [], index = 0
        // A row: its line, and the next ones while a quoted cell is open.
        func row(at start: Int) -> (String, Int) {
            var text = lines[start], end = start + 1
            while text.filter({ $0 == "\"" }).count % 2 == 1, end < lines.count {
                text += " " + lines[end].trimmingSpaces()
                end += 1
            }
            return (text, end)
        }
        let bars = { (line: String) in line.filter { $0 == "|" }.count }
        while index < lines.count {
            var rows: [String] = [], end = index
            while end < lines.count, !lines[end].hasPrefix("|"), bars(lines[end]) >= 2 {
                let (text, next) = row(at: end)
                guard rows.isEmpty || bars(text) == bars(rows[0]) else { break }
                rows.append(text)
                end = next
            }
            // A header's cells name columns ("Punkt", "Ärende"); "Datum: … | Tid: …" is a line of labels.
            let cellsOf = { (row: String) in row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() } }
            guard rows.count >= 3, cellsOf(rows[0]).allSatisfy({ !$0.holds(":") && $0.split(separator: " ").count <= 4 }),
                !rows.contains(where: { row in cellsOf(row).contains { $0.wholeMatch(of: labelCell) != nil } })
            else {
                out.append(lines[index])
                index += 1
                continue
            }
            for row in rows {
                out.append("| " + cellsOf(row).map { $0.trimming(anyOf: "\"") }.joined(separator: " | ") + " |")
            }
            index = end
        }
        return out
    }

    /// Minutes with their headings in a margin, the text in a column to the right ("Närvarande" beside
    /// the list, "3  Samarbetet med" over "   Arbetsförmedlingen" beside the item's text), as a kommun's
    /// template lays them out: each such paragraph read as its heading (the margin's lines joined),
    /// then its text; a label's heading as the label over its value, a number's as a numbered title.
    /// Only paragraphs whose text starts at the column most of the document's do (a page's layout,
    /// not a line's spacing), in three paragraphs or more.
    static func marginHeadings(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("    ") }) else { return lines }
        var paragraphs: [Range<Int>] = [], start = 0
        while start < lines.count {
            guard !isBlank(lines[start]) else { start += 1; continue }
            let end = lines[start...].firstIndex(where: isBlank) ?? lines.count
            paragraphs.append(start..<end)
            start = end
        }
        let rows = paragraphs.map { range in lines[range].map(marginRow) }
        // The column of the text beside each paragraph that opens with a heading in the margin.
        let columns = rows.compactMap { rows -> Int? in
            guard let column = rows.first??.column, isMarginParagraph(rows, at: column) else { return nil }
            return column
        }
        guard let margin = Dictionary(grouping: columns, by: { $0 }).max(by: { $0.value.count < $1.value.count }), margin.value.count >= 3
        else { return lines }
        var out = lines
        for (range, rows) in zip(paragraphs, rows).reversed() where isMarginParagraph(rows, at: margin.key) {
            out.replaceSubrange(range, with: marginParagraph(rows.compactMap { $0 }))
        }
        return out
    }

    /// "3  Samarbetet": a margin's number before its title.
    nonisolated(unsafe) static let numberedTitle = /(\d{1,2})\s+(\S.*)/

    /// Whether a paragraph's lines are a margin's heading beside text at column: all its lines part
    /// there, its margin a few words a line (its number and dashes aside: "1. Runda – läget i"). Not labels with their colons ("Datum:    …"), names in
    /// a margin (a table's rows), a heading beside the first line (two columns: "Närvarande
    /// Frånvarande"), numbers down the margin (a numbered table), nor a day's times beside its titles
    /// ("09.15–10.15  Föräldrastöd i grupp": numbered items, `numbered`).
    static func isMarginParagraph(_ rows: [(left: String, column: Int, right: String)?], at column: Int) -> Bool {
        guard let first = rows.first, let first, !first.left.isEmpty,
            rows.allSatisfy({ $0?.column == column && ($0?.left.split(separator: " ").count { $0.contains(where: \.isLetter) } ?? 9) <= 4 })
        else { return false }
        let margins = rows.compactMap { $0?.left }.filter { !$0.isEmpty }
        return !margins.contains { $0.hasSuffix(":") || PeopleLists.isCapitalisedFullName($0) || isTime($0) }
            && PeopleLists.heading(first.right) == nil && !margins.dropFirst().contains { $0.wholeMatch(of: numberedTitle) != nil }
    }

    /// A margin's paragraph as its heading, then its text: a label's row as the label over its value
    /// (each of several: "Tid" and "Plats" rows), a number's as a numbered title, else the margin's
    /// lines joined as one heading.
    static func marginParagraph(_ rows: [(left: String, column: Int, right: String)]) -> [String] {
        var out: [String] = [], heading: [String] = [], text: [String] = [], underLabel = false
        func flush() {
            let title = heading.joined(separator: " ")
            if let numbered = title.wholeMatch(of: numberedTitle) {
                out.append("\(numbered.1). \(numbered.2)")
            } else if !title.isEmpty {
                out.append(title)
            }
            out += text
            (heading, text) = ([], [])
        }
        for row in rows {
            let label = row.left.lowercased()
            if !row.left.isEmpty, formLabelWords.contains(label) || AgendaReader.fieldLabels.contains(label)
                || PeopleLists.heading(row.left).map({ $0.1.isEmpty }) == true
            {
                flush()
                out.append("\(row.left): \(row.right)")
                underLabel = true
            } else if row.left.isEmpty, underLabel {
                out.append(row.right)  // a list or value going on under its label
            } else {
                underLabel = false
                if !row.left.isEmpty { heading.append(row.left) }
                text.append(row.right)
            }
        }
        flush()
        return out
    }

    nonisolated(unsafe) static let marginGap = /\S( {2,})\S/

    /// A line's margin and the column its text starts at: the words before a gap of two spaces or
    /// more, or nothing before an indent of twelve or more; nil for a line of neither.
    static func marginRow(_ line: String) -> (left: String, column: Int, right: String)? {
        let indent = line.prefix { $0 == " " }.count
        if indent >= 12 { return ("", indent, String(line.dropFirst(indent))) }
        // (The first gap that far: "3  Samarbetet med    Golnar …" has one after its number too.)
        guard let gap = line.firstMatch(of: marginGap, where: { line.distance(from: line.startIndex, to: $0.output.1.endIndex) >= 12 })
        else { return nil }
        let column = line.distance(from: line.startIndex, to: gap.output.1.endIndex)
        return (String(line[..<gap.output.1.startIndex]).trimmingSpaces(), column, String(line[gap.output.1.endIndex...]))
    }

    nonisolated(unsafe) static let labelCell = /\p{L}[\p{L} ]{0,30}:\s.*/

    /// A table of labels over one row of their values ("| Datum | Plats | Ordförande |" over
    /// "| 2025-01-28 | Bjuv | Tahir Osmanović |") read as the labels it holds, a line each
    /// ("Datum: 2025-01-28"): every reader of labels, and the lists' chair and scribe, then reads it.
    /// Only a header's table: at least two of its columns are labels the readers know, and one row.
    static func headerTables(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds("|") || $0.holds("\t") }) else { return lines }
        var out: [String] = [], index = 0
        // Only a header's: a table in an item (the next meetings' dates, an election) is the item's.
        let firstNumbered = lines.firstIndex { numbered($0) != nil } ?? lines.count
        let tabbed = { (line: String) in line.split(separator: "\t").map { $0.trimmingSpaces() }.filter { !$0.isEmpty } }
        while index < lines.count {
            // A Word table saved as text: "Ordförande<TAB>Sekreterare" over "Anna Ek<TAB>Per Holm".
            if index < firstNumbered, index + 1 < lines.count, lines[index].holds("\t"), lines[index + 1].holds("\t"),
                case let labels = tabbed(lines[index]), labels.count >= 2, isHeaderLabel(labels[0]), labels.filter(isHeaderLabel).count >= 2, case let values = tabbed(lines[index + 1]), values.count == labels.count,
                !values.contains(where: isHeaderLabel),
                // (One row of values, then a blank line or another table of labels: rows under it, ragged
                // or not, are a table of people, "Närvarande<TAB>Frånvarande" over names.)
                index + 2 == lines.count || isBlank(lines[index + 2]) || tabbed(lines[index + 2]).filter(isHeaderLabel).count >= 2
            {
                out += zip(labels, values).map { $0.trimming(anyOf: ":* ") + ": " + $1 }
                index += 2
                continue
            }
            let rows = lines[index...].prefix { PeopleLists.Table.cells($0) != nil }
            guard index < firstNumbered, rows.count == 3, PeopleLists.Table.isRule(rows[rows.startIndex + 1]),
                let labels = PeopleLists.Table.cells(rows[rows.startIndex]), let values = PeopleLists.Table.cells(rows[rows.startIndex + 2]),
                labels.count == values.count, labels.count >= 2,
                labels.filter(isHeaderLabel).count >= 2
            else {
                // (A table passed over whole: its rows are not looked at again one by one.)
                out += rows.isEmpty ? [lines[index]] : Array(rows)
                index += max(rows.count, 1)
                continue
            }
            for (label, value) in zip(labels, values) {
                let (label, value) = (label.without("**").trimmingSpaces(), value.trimmingSpaces())
                if !label.isEmpty, !value.isEmpty { out.append(label + ": " + value) }
            }
            index += rows.count
        }
        return out
    }

    /// A label a header gives a value by: the date, time or place, or one of the lists' (chair, scribe).
    static func isHeaderLabel(_ cell: String) -> Bool {
        let label = cell.without("**").trimmingSpaces()
        return formLabelWords.contains(label.lowercased()) || PeopleLists.heading(label).map { $0.1.isEmpty } == true
    }

    /// The labels a form writes over their values.
    static let formLabelWords: Set<String> = ["datum", "mötesdatum", "tid", "tid och plats", "plats och tid", "plats", "lokal", "mötesplats", "möteslokal"]

    /// A form's label alone on its line over its value ("Plats" over "Rådhuset, Ängelholm") read as
    /// the label it is ("Plats: Rådhuset, Ängelholm"), the value's line left blank: one line of value
    /// between the label and a blank line or the end (or two, the first ending in a comma: "Åstorp,
    /// Kommunhuset, rum Hyllinge," over "kl. 9.00–11.50").
    static func formLabels(_ lines: [String]) -> [String] {
        var lines = lines
        for index in lines.indices.dropLast() where lines[index].count <= 16 {
            let label = lines[index].without("**").trimming(anyOf: ": \t")
            let value = lines[index + 1].trimmingSpaces()
            guard formLabelWords.contains(label.lowercased()), !value.isEmpty, !value.holds(":") else { continue }
            let wrapped = value.hasSuffix(",") && index + 2 < lines.count && !isBlank(lines[index + 2]) && (index + 3 == lines.count || isBlank(lines[index + 3]))
            guard wrapped || index + 2 == lines.count || isBlank(lines[index + 2]) else { continue }
            (lines[index], lines[index + 1]) = (label + ": " + value + (wrapped ? " " + lines[index + 2].trimmingSpaces() : ""), "")
            if wrapped { lines[index + 2] = "" }
        }
        return lines
    }


    nonisolated(unsafe) static let keyValueRow = /^\s*\|\s*\*\*([^*|]{1,40}?)\*\*\s*:?\s*\|\s*([^|]*?)\s*\|\s*$/

    /// A table of labels and values (`| **Datum** | 2023.05.17 |`) read as the labels it holds
    /// (`Datum: 2023.05.17`): every reader of labels then reads it. A row of two bold cells is a
    /// table's header, not a label.
    static func labelOfRow(_ line: String) -> String? {
        guard line.holds("**"), let row = line.wholeMatch(of: keyValueRow) else { return nil }
        let (key, value) = (row.1.trimmingSpaces(), String(row.2))
        guard !value.isEmpty, !value.hasPrefix("**"), key.split(separator: " ").count <= 4, key.first?.isUppercase == true else { return nil }
        return key.trimming(anyOf: ":") + ": " + value
    }

    /// "Datum ...............: 2023-06-14", "Rigmor Strandberg ...: Svalöv": a form's label led to its
    /// value by dots, read as the label and its colon (its indent kept).
    static func dotLeader(_ line: String) -> String? {
        guard line.holds("...:") || line.holds("...."), let row = line.wholeMatch(of: dotLeaderRow) ?? line.wholeMatch(of: spacedDotLeaderRow) else { return nil }
        return row.1 + row.2.trimmingSpaces() + ": " + row.3
    }

    /// "Skrev ihop svaren . Siv-Britt Tornblad" in a form whose labels are led by dots to their values
    /// ("Var ........ Höganäs"): a label too long for more than a dot or two.
    static func shortLeaders(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.holds(" ..... ") }) else { return lines }  // (a cheap test first)
        return lines.map { line in
            guard line.holds(" ."), let row = line.wholeMatch(of: shortLeaderRow) else { return line }
            return row.1 + row.2 + " ..... " + row.3
        }
    }
    nonisolated(unsafe) static let shortLeaderRow = /(\s*)(\p{L}[\p{L}-]*(?: [\p{L}-]+){0,3}) \.{1,4} (\S.*)/

    /// (A colon after the dots, and a label of four words at most: "öka.... Nätverket" is an ellipsis.)
    nonisolated(unsafe) static let dotLeaderRow = /(\s*)(\p{L}[\p{L}-]*(?: [\p{L}-]+){0,3})\s*\.{3,}\s*:\s*(.*)/
    /// (Or five dots or more with a space each side, no colon: "Var ........ Höganäs, Kulturhuset".)
    nonisolated(unsafe) static let spacedDotLeaderRow = /(\s*)(\p{L}[\p{L}-]*(?: [\p{L}-]+){0,3}) \.{5,} (\S.*)/

    /// "Mötesordförande     Ivar Lundh": a label of the people lists, a wide gap and its value, as a
    /// form's row gives it; read as the label and its colon. Not "Närvarande     Frånvarande", two
    /// columns' labels side by side.
    static func peopleRow(_ line: String) -> String? {
        // (Or a tab: "Ordförande<TAB>Rüdiger Hohlfeld", a Word table's row pasted; one tab, no more columns.)
        if line.holds("\t"), let row = line.wholeMatch(of: tabbedRow) {
            return peopleRow(row.1 + "   " + row.2)
        }
        guard line.holds("   "), let row = line.wholeMatch(of: peopleLabelRow) else { return nil }
        let (label, value) = (String(row.1), String(row.2))
        // (A value in columns of its own, "Åshild Grimsell      Svalöv      ordförande", is a person's row
        // when the list's own reading of a line takes it as one.)
        let personRow = value.holds("   ") && { () -> Bool in
            let read = PeopleLists.lineEntries(value)
            return read.count == 1 && read != [value]
        }()
        // ("Anteckningar" is a label only over a name: asked with its value.)
        guard !label.holds(":"), !value.holds("   ") || personRow,
            PeopleLists.heading(label).map({ $0.1.isEmpty }) ?? (PeopleLists.heading(label + ": " + value) != nil),
            PeopleLists.heading(value) == nil, !value.contains(PeopleLists.presenceColumn),  // (not "Ledamöter   Närv.")
            PeopleLists.entry(PeopleLists.clean(value)) != nil
        else { return nil }
        return label + ": " + value
    }

    nonisolated(unsafe) static let peopleLabelRow = /(\S(?:.*?\S)?) {3,}(\S.*)/
    nonisolated(unsafe) static let tabbedRow = /([^\t]*\S)\t+([^\t]*\S)\s*/

    // MARK: Lines → blocks

    nonisolated(unsafe) static let markdownHeading = /^\s*(#{1,6})\s+(.+?)\s*#*$/
    nonisolated(unsafe) static let numberedMarker = /^\s*(?:#{1,6}\s*)?(?:\*\*)?((?:\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}(?=\t|\s{2,}|\s*$))|(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2})|\(\d{1,2}\)|\[\d{1,2}\]|P\d{1,2}(?=\s+[–—-]\s|[.:]\s)|[■▪◼](?=\s+\p{Lu})|§\s*\d{1,3}(?:\/\d{4})?[.:]?|(?i:punkt|pkt\.?|p\.|ärende|paragraf|ad|agenda\s+item|agenda\s+topic|item|dagordningspunkt|ämne\s+på\s+dagordningen|mom\.?|moment)\s*\d{1,2}[.:)]?|\d{1,2}:o(?=\s)|(?i:fråga)\s*\d{1,2}(?=\s+[–—-]\s)|FRÅGA\s*\d{1,2}(?=\t|\s{2,}\p{Lu})|(?i:pass)\s*\d{1,2}(?=\t|\s{2,}\p{Lu})|(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})[.)]|(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?=\s+\p{Lu})|[A-Za-z][.)])(?:\*\*)?(?:\s+(.*))?$/
    nonisolated(unsafe) static let bulletMarker = /^(\s*)[-•*–]\s+(\S.*)$/
    nonisolated(unsafe) static let fieldLine = /^\s*(?:\*\*)?([\p{L}][\p{L} ]{0,30}?)\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*)$/
    nonisolated(unsafe) static let markdownRow = /^\s*\|(.*)\|\s*$/
    nonisolated(unsafe) static let allBold = /^\s*\*\*([^*]+?)\*\*\s*:?\s*$/

    static func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }

    /// Whether the notes name one so in full: a full name as given, or a first name followed by a
    /// capitalised word somewhere ("Thorvaldur Eiríksson (Båstad)" for "Thorvaldur").
    func namesInFull(_ name: String) -> Bool {
        guard !name.contains(" ") else { return PeopleLists.isName(name) }
        let opening = name + " "
        return lines.contains { line in
            guard line.holds(opening) else { return false }
            return line.ranges(of: opening).contains { range in
                let next = line[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," && $0 != ")" }
                return next.first?.isUppercase == true && PeopleLists.isName(name + " " + next)
            }
        }
    }

    /// How far a line is indented: its leading spaces, a tab as four.
    static func indent(of line: some StringProtocol) -> Int {
        line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
    }

    static func isSeparator(_ line: String) -> Bool {
        // (Asked of every line, most of which open with a letter: known so without Foundation's trimming.)
        guard let first = line.unicodeScalars.first(where: { $0 != "\t" && $0.properties.generalCategory != .spaceSeparator }),
            "-–—=_|:*".unicodeScalars.contains(first)
        else { return false }
        let trimmed = line.trimmingSpaces()
        // (Markdown's "* * *" too, a rule between meetings, not a bullet.)
        if first == "*" { return trimmed.allSatisfy { $0 == "*" || $0 == " " } }
        return trimmed.count >= 3 && trimmed.allSatisfy { "-–—=_|: \t".contains($0) }
            && (trimmed.holds("-") || trimmed.holds("=") || trimmed.holds("_"))
    }

    /// What one line is, alone; headings that depend on their neighbours are decided in `blocks`.
    static func kind(of line: String) -> (Block.Kind, String)? {
        if isSeparator(line) { return (.separator, "") }
        if line.holds("|"), let row = line.wholeMatch(of: markdownRow) {
            return (.row(cells: row.1.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingSpaces()
            }), line.trimmingSpaces())
        }
        if let heading = line.wholeMatch(of: markdownHeading) {
            let text = String(heading.2)
            if let numbered = numbered(text) { return numbered }
            return (.heading(level: heading.1.count), clean(text))
        }
        if let numbered = numbered(line) { return numbered }
        if let bullet = line.wholeMatch(of: bulletMarker), !isSeparator(line) {
            return (.bullet(depth: indent(of: bullet.1) / 2), String(bullet.2))
        }
        if line.holds("\t") {
            let cells = line.split(separator: "\t").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            if cells.count >= 2 { return (.row(cells: cells), line.trimmingSpaces()) }
        }
        if let bold = line.wholeMatch(of: allBold) {
            return (.heading(level: 2), String(bold.1).trimming(anyOf: ": "))
        }
        if line.holds(":"), let field = line.wholeMatch(of: fieldLine), isFieldKey(String(field.1)) {
            return (.field(key: String(field.1).trimmingSpaces()), clean(String(field.2)))
        }
        return nil
    }

    /// A label is a word or a few ("Datum", "Plats och lokal", "Anmält förhinder"), not a sentence.
    static func isFieldKey(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return (1...4).contains(words.count) && words.first!.first!.isUppercase
    }

    /// Whether a line may open with a letter's or a word's marker ("b)", "A.", "Pkt 3", "Ärende 3", "Fråga 3 –",
    /// "Agenda item 3:"),
    /// a cheap test before the pattern: most lines of prose start with a letter.
    static func mayOpenMarker(_ line: String) -> Bool {
        let start = line.drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "*" }
        guard let first = start.first, first.isLetter else { return false }
        if let second = start.dropFirst().first, second == "." || second == ")" || first == "P" && second.isNumber { return true }
        let word = start.prefix { $0.isLetter }.lowercased()
        return ["punkt", "pkt", "ärende", "paragraf", "ad", "agenda", "item", "fråga", "dagordningspunkt", "ämne", "pass", "mom", "moment"].contains(word)
    }

    /// A time of day and when it ends ("09.15–10.15"), as a day's programme marks its items.
    nonisolated(unsafe) static let timeRange = /\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}/

    /// Whether a marker is a time of day, not a number.
    static func isTime(_ marker: String) -> Bool { marker.wholeMatch(of: timeRange) != nil }

    /// Who holds a programme's item, in a column of its own after its title: "  (Svea Rosengren, Helsingborg)".
    nonisolated(unsafe) static let holderAside = /\s{2,}\([^()]*\)\s*$/

    /// A numbered item's marker and the rest of its line.
    static func numbered(_ line: String) -> (Block.Kind, String)? {
        if let marker = ruledMarker(line) { return numbered(marker) }
        guard let first = line.first(where: { !$0.isWhitespace && $0 != "#" && $0 != "*" }),
            first.isNumber || "§([■▪◼".contains(first) || "IVXL".contains(first) || Self.mayOpenMarker(line),
            let match = line.wholeMatch(of: numberedMarker)
        else { return nil }
        let marker = String(match.1)
        // "Ärende 8 – Avtalet": the dash between marker and title is neither's.
        let rest = (match.2.map(String.init) ?? "").trimming(anyOf: "–—- ")
        // A time of day, apart from its title by a column's gap, marks a day's programme: over a
        // title ("09.15–10.15  Föräldrastöd i grupp"), not over a sentence. Who holds it, in a
        // column of its own after the title ("  (Svea Rosengren, Helsingborg)", "  (alla)"), is no
        // part of the title: the notes say who spoke.
        // (Its title may be numbered: "13.00–13.15   1. Välkomna och runda".)
        if isTime(marker) {
            guard rest.first?.isUppercase == true || rest.first?.isNumber == true && rest.wholeMatch(of: numberedAfterTime) != nil else { return nil }
            return (.numbered(marker: marker, depth: 1), rest.replacing(holderAside, with: ""))
        }
        // A word ("Punkt 3", "Paragraf 5") heads an item only over a title, on its line or alone over
        // the next ("ÄRENDE 3" over "Rubrik: …", as "§ 3" does): "Paragraf 5 i nya lagen" is prose.
        // (Its title may be in bold: "Punkt 1: **Runda**".)
        let titleStart = rest.first { $0 != "*" }
        let word = marker.first?.isLetter == true && marker.contains(where: \.isNumber)
        if word, !rest.isEmpty, titleStart?.isUppercase != true { return nil }
        // (Alone, capitalised and without a full stop: "punkt 4." ending a wrapped sentence is none.)
        if word, rest.isEmpty, marker.first?.isUppercase != true || marker.hasSuffix(".") { return nil }
        // A Roman numeral must be followed by words, and "I." alone is a pronoun's line.
        if !word, marker.first.map({ "IVXL".contains($0) }) == true, rest.isEmpty || marker == "I." && rest.first?.isLowercase == true {
            return nil
        }
        if marker.isEmpty || ".)".contains(marker.first!) { return nil }
        // ("[1] Skolverket (2025). Elevhälsans arbete …": a source cited by its year, no item.)
        if marker.hasPrefix("["), rest.contains(citedYear) { return nil }
        // A letter ("A.", "b)") heads an item only over a title: "a) om" or "E. coli" does not.
        if marker.count == 2, marker.first!.isLetter, !"IVX".contains(marker.first!),
            rest.first?.isUppercase != true || rest.split(separator: " ").count > 12
        {
            return nil
        }
        // A Roman numeral without a dot only when it cannot be a word: "IV Digitala", not "I Bjuv".
        if marker.allSatisfy({ "IVXLC".contains($0) }), marker.count < 2 {
            return nil
        }
        let depth = marker.first!.isNumber ? marker.split(separator: ".", omittingEmptySubsequences: true).count : 1  // ("(1)": 1)
        return (.numbered(marker: marker, depth: max(1, depth)), rest.trimmingSpaces())
    }

    nonisolated(unsafe) static let citedYear = /\(\d{4}\)/
    /// "1. Välkomna och runda": a title numbered after a day's time.
    nonisolated(unsafe) static let numberedAfterTime = /(\d{1,2})[.)]\s+(\p{Lu}.*)/

    /// "--- Punkt 1 av 5 -------", "=== Ärende 2 ===": a printout's rule around an item's marker, the
    /// marker alone ("Punkt 1").
    static func ruledMarker(_ line: String) -> String? {
        guard line.holds("---") || line.holds("===") else { return nil }
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasPrefix("---") || trimmed.hasPrefix("==="), trimmed.hasSuffix("---") || trimmed.hasSuffix("===") else { return nil }
        let inner = trimmed.trimming(anyOf: "-= ")
        guard let first = inner.first, first.isLetter || first.isNumber || first == "§", !inner.holds("---") else { return nil }
        return inner.replacing(outOf, with: "")
    }

    nonisolated(unsafe) static let outOf = /\s+(?:av|of)\s+\d{1,3}$/

    /// Emphasis around a whole text taken off.
    static func clean(_ text: String) -> String {
        var text = text.trimmingSpaces()
        while text.hasPrefix("**"), text.hasSuffix("**"), text.count >= 4 { text = String(text.dropFirst(2).dropLast(2)) }
        return text.trimmingSpaces()
    }

    static func blocks(of lines: [String]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) {
                index += 1
                continue
            }
            if let (kind, text) = kind(of: line) {
                var block = Block(kind: kind, text: text, lines: index..<(index + 1))
                index += 1
                // A bullet's or a field's wrapped lines belong to it.
                // (And a bullet's line indented to its text, whatever it opens with: "  *   … se punkt"
                // over "      3.", a mail's wrapped line.)
                let column = kind.isBullet ? line.firstRange(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) } : nil
                if kind.continues {
                    while index < lines.count, !isBlank(lines[index]),
                        Self.kind(of: lines[index]).map({ other in column.map { indent(of: lines[index]) >= $0 && !other.0.isBullet } == true }) ?? true
                    {
                        block.text += "\n" + lines[index].trimmingSpaces()
                        block.lines = block.lines.lowerBound..<(index + 1)
                        index += 1
                    }
                }
                blocks.append(block)
                continue
            }
            // Prose: lines up to a blank line or a line of another kind.
            var end = index + 1
            while end < lines.count, !isBlank(lines[end]), kind(of: lines[end]) == nil { end += 1 }
            let text = lines[index..<end].map { $0.trimmingSpaces() }.joined(separator: "\n")
            blocks.append(Block(kind: .paragraph, text: text, lines: index..<end))
            index = end
        }
        return blocks
    }

    // MARK: Blocks → sections

    /// The sections a heading or numbered item opens. Before the first such block, a section without
    /// a heading holds what comes first (the header).
    public var sections: [Section] {
        var sections = [Section(heading: nil, blocks: [])]
        for block in blocks {
            switch block.kind {
            case .heading, .numbered: sections.append(Section(heading: block, blocks: []))
            default: sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections
    }
}
