import Foundation

/// Splits the body of minutes into agenda items: numbered (`1. **Titel**`), bullets (`- …`), or
/// unnumbered headings (a short line standing alone, then its text), bullets under a heading
/// becoming items of their own.
enum AgendaReader {
    nonisolated(unsafe) static let numbered = /^\s*(?:#+\s*)?(\d{1,2})[.)]\s+(\S.*)$/
    nonisolated(unsafe) static let bullet = /^\s*[-•*–]\s+(\S.*)$/
    nonisolated(unsafe) static let markdownHeading = /^\s*#{1,6}\s+(.+)$/
    nonisolated(unsafe) static let markerPrefix = /^\s*[-•*–]\s+/
    nonisolated(unsafe) static let boldRun = /\*\*(.+?)\*\*/
    nonisolated(unsafe) static let sentenceEnd = /[.!?:](?=\s|$)/

    /// Whether a line starts like a numbered item (`1.`, `## 2)`): a cheap test before the pattern.
    static func isNumbered(_ line: String) -> Bool {
        guard let first = line.first(where: { !$0.isWhitespace }), first.isNumber || first == "#" else { return false }
        return line.contains(numbered)
    }

    /// Whether a line starts like a bullet (`- `, `• `).
    static func isBullet(_ line: String) -> Bool {
        guard let first = line.first(where: { !$0.isWhitespace }), "-•*–".contains(first) else { return false }
        return line.contains(bullet)
    }

    /// Words that head the agenda as a whole, not an item.
    static let structural: Set<String> = [
        "anteckningar", "minnesanteckningar", "dagordning", "dialogpunkter", "agenda", "ärenden", "punkter",
        "protokoll", "mötesanteckningar", "ämnen", "sammanfattning",
    ]

    /// A workshop's closing sections, no item, that end the one above: its tasks and what comes
    /// next ("Action points", "Next steps", "Åtgärdspunkter", "Förslag till nästa träff (9 apr.)",
    /// "Att göra till nästa träff", an outliner's "Att göra" over its TODOs, "Nästa träff" over its day).
    /// (A round to start, "Incheckning", is an item.)
    static let asides: Set<String> = [
        "action points", "next steps", "nästa steg", "åtgärdspunkter", "att göra", "att göra-lista", "uppföljningsuppgifter", "to do", "todo",
        "nästa träff", "nästa möte", "nästa nätverksträff", "kommande möten", "next meeting",
    ]

    static func isAside(_ title: String) -> Bool {
        let lower = title.lowercased().replacing(/\s*\([^)]*\)\s*$/, with: "")
        return asides.contains(lower) || ["förslag till nästa", "inför nästa", "till nästa möte", "till nästa träff", "att göra till nästa"].contains(where: lower.hasPrefix)
    }

    struct Draft {
        var number: String?
        var titleLine: String
        var title: String
        var section: String?
        var lines: [String]
        /// An aside after it ("## Åtgärdspunkter", "# Nästa möte"): no item's text, but the notes'.
        var asideAfter: [String] = []
        /// Its heading's level ("##": 2), 0 where the heading is no Markdown's.
        var level = 0
    }

    /// The items of the body, the line where the first begins (lines.count when there is none), and
    /// the asides among them, no item's (the notes').
    static func items(_ document: MinutesDocument, lines range: Range<Int>) -> ([AgendaItem], Int, asides: [String]) {
        let lines = Array(document.lines[range])
        // The document's numbered blocks in the body, their lines counted from the body's start.
        let markers = inHeadings(itemMarkers(document.blocks.filter { range.contains($0.lines.lowerBound) }), lines: document.lines)
        let numberedBlocks = markers.map { block in
            var block = block
            block.lines = (block.lines.lowerBound - range.lowerBound)..<(min(block.lines.upperBound, range.upperBound) - range.lowerBound)
            return block
        }
        let bulletCount = lines.filter { isBullet($0) && !PeopleLists.isSeparator($0) }.count
        var drafts: [Draft]
        let firstItem: Int
        // Lettered items ("a) …") hold only where headings do not read more of the agenda from
        // before them: else the letters list something inside an item.
        let lettered = numberedBlocks.allSatisfy { block in
            guard case .numbered(let marker, _) = block.kind else { return false }
            return marker.count == 2 && marker.first!.isLetter
        }
        lazy var table = tableItems(lines)
        // Read once, where they may decide: numbered minutes need no headings.
        var headed = numberedBlocks.count < 2 || lettered ? headings(lines) : ([], lines.count)
        // An agenda table over the notes under numbered headings ("| 1 | Försäkringskassans nya … |"
        // over "### 1 · FK:s bedömningsstöd"): the headings are the items, titled by their rows.
        var headingsRowed = false
        // (The table looked for only where two headings are numbered.)
        if headed.0.lazy.filter({ $0.number != nil }).prefix(2).count == 2, let (rows, _, end) = table,
            let (joined, first) = rowsOverHeadings(rows, headed.0, lines: lines, after: end)
        {
            (headed, headingsRowed) = ((joined, first), true)
        }
        // A table's rows or a letter's lead-ins are the agenda only where headings are not.
        let headingsRead = headed.0.count >= 2
        // A letter's topics, asked for only where bullets or no headings leave it to them.
        lazy var topics = topicLeadIns(lines)
        // A table's rows numbered in its title column ("1. Väntelistan<TAB>Fahad redogjorde …"): the
        // table reads them, its columns apart, where the numbers alone would read each row as a title.
        // (Looked for only where the first numbered line is a row: a cheap test, asked of most minutes.)
        if numberedBlocks.count >= 2, lines[numberedBlocks[0].lines.lowerBound].holds("\t") || lines[numberedBlocks[0].lines.lowerBound].holds("|"),
            let (rows, header, end) = table, header < numberedBlocks[0].lines.lowerBound,
            numberedBlocks.last!.lines.lowerBound < end, rows.count >= numberedBlocks.count
        {
            (drafts, firstItem) = (rows, header)
        } else if numberedBlocks.count >= 2, !(lettered && headed.0.count > numberedBlocks.count && headed.1 < numberedBlocks[0].lines.lowerBound) {
            var listed = numbered(numberedBlocks, in: lines)
            // (Notes under numbers an agenda listed above them titles: "Punkt 3: Catarina berättade …".)
            let titles = listedTitles(document.blocks, before: markers[0].lines.lowerBound, markers: markers)
            if !titles.isEmpty, listed.allSatisfy({ $0.number.map { titles[$0.filter(\.isNumber)] != nil } ?? false }) {
                listed = listed.map { draft in
                    let title = titles[draft.number!.filter(\.isNumber)]!
                    return retitled(draft, as: withoutPresenter(title), titleLine: title)
                }
            }
            if let notes = agendaOverNumberedNotes(listed) { listed = notes }
            if let (notes, first) = agendaOverHeadings(listed, lines: lines, after: numberedBlocks.last!.lines.upperBound) {
                // "Agenda" numbered, titles alone, then the notes under headings of the same titles.
                (drafts, firstItem) = (notes, first)
            } else {
                drafts = withPartAfter(withClosingItem(listed))
                firstItem = numberedBlocks[0].lines.lowerBound
            }
        } else if numberedBlocks.count >= 2 {
            (drafts, firstItem) = headed
        } else if !headingsRowed, let (rows, header, _) = table, !headingsRead || rows.count >= headed.0.count {
            // (Under headings of its own, "## Närvaro", "## Anteckningar", "## Att göra": the table's
            // rows are the agenda when they are as many.)
            (drafts, firstItem) = (rows, header)
        } else if !headingsRead, case let leadIns = lines.indices.filter({ isLeadIn(lines[$0]) }), leadIns.count >= 2 {
            (drafts, firstItem) = (split(lines, atLeadIns: Set(leadIns), leadIn), leadIns[0])
        } else if bulletCount >= 2 && !headingBeforeFirstBullet(lines), case let first = lines.firstIndex(where: { isBullet($0) && !PeopleLists.isSeparator($0) })!,
            headingsRead || topics.first.map({ $0 > first }) ?? true
        {
            // (Bullets inside a letter's topics are the topics': "- Anna kontaktar regionen".)
            // (Bullets at levels, "• Runda" over "  – Helsingborg: …": the outermost are the items.)
            let outermost = lines.filter { isBullet($0) && !PeopleLists.isSeparator($0) }.map { MinutesDocument.indent(of: $0) }.min() ?? 0
            drafts = split(lines, at: bullet, indentedBy: outermost)
            firstItem = first
        } else if !headingsRead, let first = topics.first {
            (drafts, firstItem) = (split(lines, atLeadIns: Set(topics), topicLeadIn), first)
        } else if !headingsRead, isLoneItem(markers, in: document) {
            (drafts, firstItem) = (numbered(numberedBlocks, in: lines), numberedBlocks[0].lines.lowerBound)
        } else {
            (drafts, firstItem) = headed
        }
        // "2. Titel (forts.)": a slide or page going on with the item before, not an item of its own.
        drafts = drafts.reduce(into: []) { merged, draft in
            if let last = merged.last, draft.number == last.number, let title = draft.title.firstMatch(of: continued),
                draft.title[..<title.range.lowerBound] == last.title
            {
                merged[merged.count - 1].lines += draft.lines
            } else {
                merged.append(draft)
            }
        }
        // An item dropped ("Punkt 4 utgick.", "Utgick eftersom Tommie hade förhinder."): no item; what
        // says so the notes'.
        var dropped: [String] = []
        drafts.removeAll { draft in
            guard isDropped(draft) else { return false }
            dropped += [draft.titleLine] + draft.lines + draft.asideAfter
            return true
        }
        // ("Punkt 4 utgick. Atena hade fått förhinder …" in the text above it, a number no marker:
        // the paragraph no text of that item, but the notes'.)
        for index in drafts.indices where drafts[index].lines.contains(where: isDroppedParagraph) {
            var kept: [String] = [], inDropped = false
            for line in drafts[index].lines {
                if isDroppedParagraph(line) { inDropped = true } else if MinutesDocument.isBlank(line) { inDropped = false }
                if inDropped { dropped.append(line) } else { kept.append(line) }
            }
            drafts[index].lines = kept
        }
        // A closing list of decisions by item ("BESLUT OCH UPPDRAG" over "p. 3  …", "## Beslutslogg"
        // over "- Punkt 2: …"): out of the last item's text, each decision to the item it names.
        var closing: [ClosingDecision] = []
        if let last = drafts.indices.last, let (kept, decided) = closingDecisions(drafts[last].lines) {
            drafts[last].lines = kept
            closing = decided
        }
        var items = drafts.enumerated().map { position, draft in
            let text = draft.lines.joined(separator: "\n").trimmingSpaces(newlines: true)
            // (An earlier meeting's minutes or decisions gone through, "Föregående anteckningar",
            // "Uppföljning av beslut från möte 3", or the meeting's own business, "Val av justerare":
            // procedure, which no one brings.)
            // (A round of the table, "Runda": each tells their news and no one brings a matter, unless
            // it is written as turns brought, "Helsingborg (Nellie): …", "ÅSTORP/Otilia: …".)
            let round = Turns.isRound(draft.title)
            let raisers = reviewsEarlierMeeting(draft.title) || draft.title.prefixMatch(of: meetingsOwnBusiness) != nil ? [] : RaiserReader.mentions(titleLine: draft.titleLine, text: text)
                .filter { (!round || $0.ofTurn || $0.marked) && (!$0.byNameAlone || $0.name.map(document.namesInFull) == true) }.map {
                // As written: "Marie Klippan" is Person(name: "Marie", municipality: "Klippan").
                Raiser(
                    person: $0.name.map { [municipality = $0.municipality] in Person(name: $0, municipality: municipality) },
                    evidence: $0.evidence, viaMunicipality: $0.name == nil ? $0.municipality : nil, viaRole: $0.role,
                    statement: $0.statement)
            }
            // ("Samverkan m. Barnahus (anm. DK)": who put it on the agenda is its raiser, not its title.)
            let announced = draft.title.hasSuffix(")") ? draft.title.firstMatch(of: RaiserReader.announcedBy) : nil
            // ("Runda (I)", "Ersättning till brukarföreträdare (D)": what the item was for, no part of its title.)
            let cut: Range<String.Index>? = draft.title.hasSuffix(")") ? (announced?.range ?? draft.title.firstMatch(of: itemKind)?.range) : nil
            var item = AgendaItem(
                position: position + 1, title: cut.map { String(draft.title[..<$0.lowerBound]) } ?? draft.title,
                section: draft.section, text: text, raisedBy: raisers,
                decisions: DecisionReader.decisions(in: text))
            item.number = draft.number
            return item
        }
        // ("Punkt 5: Inget beslut – frågan tas upp igen i januari.", "– (informationspunkt)": none.)
        for (reference, decision) in closing where !DecisionReader.madeNone(decision) {
            let index: Int?
            switch reference {
            case .number(let number):
                // (An item numbered by a word, "Punkt 2", "§ 2", by its number.)
                index = items.firstIndex(where: { $0.number == number })
                    ?? items.firstIndex(where: { $0.number.map { !$0.contains(".") && $0.filter(\.isNumber) == number } == true })
            case .topic(let topic):
                // (A decision by its topic, "Om förskolan: …", the item whose title it names.)
                index = items.firstIndex(where: { names(topic, title: $0.title) })
            }
            if let index { items[index].decisions.append(decision) }
        }
        return (items, drafts.isEmpty ? lines.count : firstItem, drafts.flatMap(\.asideAfter) + dropped)
    }

    /// Whether a decision's topic ("skolfrånvaron", "SSPF") names an item's title ("Skolfrånvaro – när
    /// ska skolan göra en orosanmälan?"): a word of five letters or more (or in capitals) the title
    /// holds, inflected or not.
    static func names(_ topic: String, title: String) -> Bool {
        let titleWords = title.lowercased().split { !$0.isLetter }
        return topic.split { !$0.isLetter }.contains { word in
            guard word.count >= 5 || word.count >= 3 && word.allSatisfy(\.isUppercase) else { return false }
            let stem = word.lowercased().prefix(max(3, min(word.count, 5)))
            return titleWords.contains { $0.hasPrefix(stem) && abs($0.count - word.count) <= 3 }
        }
    }

    /// Whether an item was dropped: its text, a few lines, opens by saying so ("Utgick eftersom …",
    /// "Punkten utgår.", "Hann vi inte med."), or its decision is that ("Beslut: Utgick").
    static func isDropped(_ draft: Draft) -> Bool {
        // (A cheap test first, asked of every item: each word after its first letter, in either case.)
        let mayBe = { (line: String) in droppedStems.contains(where: line.holds) }
        guard mayBe(draft.titleLine) || draft.lines.contains(where: mayBe) else { return false }
        let said = draft.lines.filter { !MinutesDocument.isBlank($0) }
        guard said.count <= 4, said.joined().count <= 300 else { return false }
        // (Or the title's line says it: "Punkt 4: Utgick.")
        return [draft.titleLine, said.first ?? ""].contains { line in
            let opening = line.lowercased()
            return opening.firstMatch(of: droppedWords).map { !opening[..<$0.range.lowerBound].contains(where: { ".!?".contains($0) }) } == true
        } || said.contains { $0.lowercased().trimming(anyOf: ". ") == "beslut: utgick" }
    }
    /// "Punkt 4 utgick.", "Punkt 7 hann vi inte med.": a paragraph saying an item was dropped.
    static func isDroppedParagraph(_ line: String) -> Bool {
        line.hasPrefix("Punkt ") && line.prefixMatch(of: droppedParagraph) != nil
    }
    nonisolated(unsafe) static let droppedParagraph = /Punkt \d{1,2}:? (?:utgick|utgår|ströks|hann vi inte)\b/
    static let droppedStems = ["tgick", "tgår", "tröks", "tryks", "ann vi inte", "anns inte"].flatMap { [$0, $0.uppercased()] }
    nonisolated(unsafe) static let droppedWords = /\b(?:utgick|utgår|ströks|stryks|hann vi inte|hanns inte)\b/

    nonisolated(unsafe) static let decisionsHeading = /(?i)\s*(?:#+\s*)?(?:\*\*)?(?:beslut(?:\s+och\s+(?:uppdrag|åtgärder|uppgifter))?|beslutslogg|beslutslista|sammanfattning\s+av\s+(?:besluten|beslut)|fattade\s+beslut|vad\s+bestämde\s+vi\s*\?|vad\s+beslutade\s+vi\s*\?)(?:\*\*)?\s*:?\s*/
    /// "- Om skolfrånvaron: Kwame och Selam skriver …" under such a heading: a decision by its topic.
    nonisolated(unsafe) static let topicReference = /\s*[-•*–]\s+(?:[Oo]m\s+)?(\p{L}[^:]{1,40}):\s+(\S.*)/
    /// A row of a table of decisions by item: its number, then the rest of its cells.
    nonisolated(unsafe) static let numberedRow = /\s*(\d{1,3})(?:\t|\s{2,})(\S.*)/
    /// (A checklist's box before it: "[ ] Punkt 2: …", "[x] Punkt 4: …".)
    nonisolated(unsafe) static let itemReference = /(?i)\s*(?:\[[ x]\]\s*)?(?:p\.|punkt|pkt\.?|§)\s*(\d{1,2})\s*[:.–-]?\s+(\S.*)/
    /// "- Punkt 2: …", a log's bullet: its number apart from the decision ("- Punkt 3 i riktlinjerna
    /// ändras." under "Beslut:" is a decision, not a reference).
    nonisolated(unsafe) static let bulletedReference = /(?i)\s*[-•*–]\s+(?:p\.|punkt|pkt\.?|§)\s*(\d{1,2})\s*[:.–-]\s+(\S.*)/

    /// Which item a closing list's decision is for: by its number ("p. 3", "§ 23"), or by its topic
    /// ("Om skolfrånvaron: …").
    enum ItemReference { case number(String), topic(String) }
    typealias ClosingDecision = (reference: ItemReference, decision: String)

    /// The lines of a last item without a closing list of decisions by item number or topic, and those
    /// decisions (a line may wrap onto the next); nil when the lines end in no such list.
    static func closingDecisions(_ lines: [String]) -> ([String], [ClosingDecision])? {
        guard let heading = lines.lastIndex(where: { $0.count < 40 && $0.wholeMatch(of: decisionsHeading) != nil }) else { return nil }
        var decided: [ClosingDecision] = []
        var end = heading + 1
        // "§     Beslut     Ansvarig" over "----  ------": a table whose first column numbers the items,
        // each row "23    Alla kommuner …    Nawal", its decision the first cell after the number.
        var numberColumn = false
        for line in lines[(heading + 1)...] {
            let trimmed = line.trimmingSpaces()
            if decided.isEmpty, !numberColumn, let first = trimmed.split(separator: PeopleLists.Table.cellGap).first,
                ["§", "p.", "punkt", "nr", "nr."].contains(first.lowercased())
            {
                numberColumn = true
            } else if numberColumn, decided.isEmpty, MinutesDocument.isSeparator(line) {
                // (The header's rule.)
            } else if numberColumn, let row = line.wholeMatch(of: numberedRow) {
                decided.append((.number(String(row.1)), String(row.2.split(separator: PeopleLists.Table.cellGap).first ?? row.2)))
            } else if numberColumn, !trimmed.isEmpty, !decided.isEmpty, line.first?.isWhitespace == true {
                decided[decided.count - 1].decision += " " + (trimmed.split(separator: PeopleLists.Table.cellGap).first ?? trimmed[...])
            } else if numberColumn, !trimmed.isEmpty {
                break  // (the table's end: "§ 24 och § 26 ledde inte till några beslut." is a sentence)
            } else if let reference = line.wholeMatch(of: itemReference) ?? line.wholeMatch(of: bulletedReference) {
                // "Punkt 2 | Nätverket … | Ansvarig: … | Klart senast: …": a row, its decision the first cell.
                let cells = reference.2.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
                let decision = cells.count > 1 && cells[0].isEmpty ? cells[1] : cells[0]
                decided.append((.number(String(reference.1)), decision))
            } else if !numberColumn, let reference = line.wholeMatch(of: topicReference) {
                decided.append((.topic(String(reference.1)), String(reference.2)))
            } else if !trimmed.isEmpty, !decided.isEmpty, line.first?.isWhitespace == true {
                decided[decided.count - 1].decision += " " + trimmed
            } else if !trimmed.isEmpty {
                break
            }
            end += 1
        }
        guard !decided.isEmpty else { return nil }
        return (Array(lines[..<heading] + lines[end...]), decided)
    }

    /// The numbered blocks that start items: not a decision's `1. att …` clauses, and of the marker
    /// the minutes number their items with (`§` in a protocol whose decisions are numbered `1.`).
    static func itemMarkers(_ blocks: [MinutesDocument.Block]) -> [MinutesDocument.Block] {
        // ("Pass 1    Bjuv och Klippan" right over "Pass 2    Höganäs": a schedule's rows, nothing
        // between them, no sessions.)
        let rows = blocks.indices.filter { index in
            guard case .numbered(let marker, _) = blocks[index].kind, marker.lowercased().hasPrefix("pass") else { return false }
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            let previous = index > 0 ? blocks[index - 1] : nil
            return next.map { $0.lines.lowerBound == blocks[index].lines.upperBound && $0.isNumbered } == true
                || previous.map { $0.lines.upperBound == blocks[index].lines.lowerBound && $0.isNumbered } == true
        }
        var numbered = blocks.indices.filter { index in
            guard case .numbered = blocks[index].kind, !rows.contains(index) else { return false }
            // (Nor "§ 24 och § 26 ledde inte till några beslut.": two items named in a sentence. A
            // title may open so, capitalised: "■ Att våga fråga om självmordstankar"; not the tasks
            // "Att göra till nästa träff".)
            let text = blocks[index].text
            return !["att ", "och ", "samt "].contains(where: text.hasPrefix) && !text.lowercased().hasPrefix("att göra")
        }.map { blocks[$0] }
        // "… så få serveringsställen att det inte" over "20. Brigitta lade till …": a number a wrapped
        // sentence put at a line's start, between items numbered one after the other (3. and 4.),
        // right under the unfinished line it goes on from, is no item.
        let numbers = numbered.map { block -> Int? in
            guard case .numbered(let marker, 1) = block.kind, marker.first?.isNumber == true else { return nil }
            return Int(marker.trimming(anyOf: ".)"))
        }
        // (Not a swapped or repeated item's number, near its neighbours', nor one under a short line:
        // a wrapped line is about as long as the text's lines.)
        let wrapped = Set(numbered.indices.dropFirst().dropLast().filter { index in
            guard let number = numbers[index], let before = numbers[index - 1], let after = numbers[index + 1], after == before + 1,
                abs(number - before) > 2, let at = blocks.firstIndex(of: numbered[index]), at > 0, case .paragraph = blocks[at - 1].kind,
                blocks[at - 1].lines.upperBound == numbered[index].lines.lowerBound, let end = blocks[at - 1].text.last
            else { return false }
            return !".!?:".contains(end) && (blocks[at - 1].text.split(separator: "\n").last?.count ?? 0) >= 50
        })
        numbered = numbered.indices.filter { !wrapped.contains($0) }.map { numbered[$0] }
        // A list in lower case among items titled in capitals ("Han föreslog att kommunerna ska" over
        // "1. annonsera tillsammans på Platsbanken,"): the words of a sentence it goes on, no items.
        let lowered = numbered.filter { $0.text.first?.isLowercase == true }
        if !lowered.isEmpty, numbered.count - lowered.count >= 2 { numbered.removeAll { $0.text.first?.isLowercase == true } }
        // (All of them, a sentence's list right after its colon: "Nattaya föreslog tre saker:" over
        // "1. gemensamma grupper för de mindre kommunerna,".)
        // (Its four words or fewer read as a label with nothing after it.)
        if !lowered.isEmpty, lowered.count == numbered.count, let first = blocks.firstIndex(of: lowered[0]), first > 0,
            blocks[first - 1].text.hasSuffix(":") || blocks[first - 1].isLabelAlone
        {
            numbered.removeAll()
        }
        func family(_ block: MinutesDocument.Block) -> String {
            guard case .numbered(let marker, _) = block.kind, let first = marker.first else { return "" }
            if first == "§" { return "§" }
            if MinutesDocument.isTime(marker) { return "time" }
            if marker.wholeMatch(of: hourAndMinutes) != nil { return "clock" }
            if first.isNumber { return "1" }
            // "C." or "D." alone is a letter: Roman items run I, II, III…
            if marker.count == 2, !marker.last!.isNumber { return "IVX".contains(first) ? "roman" : "letter" }  // (not "P1")
            // (A word and a number, "Item 1" as "Punkt 4": not Roman for its "I".)
            return "IVXLC".contains(first) && !marker.contains(where: \.isNumber) ? "roman" : "word"
        }
        var families = Dictionary(grouping: numbered, by: family)
        // Letters number items only as a run from a ("a) … b) …"), and only where nothing else
        // numbers them: else they are a list inside an item, or initials ("K. Svensson berättade").
        // A letter out of the run's turn is of a list inside an item ("i)", "ii)" under "c)").
        var outOfTurn: [MinutesDocument.Block] = []
        if let letters = families["letter"] {
            var run: [MinutesDocument.Block] = []
            for block in letters {
                guard case .numbered(let marker, _) = block.kind, let letter = marker.lowercased().first?.asciiValue,
                    Int(letter) - Int(Character("a").asciiValue!) == run.count
                else { outOfTurn.append(block); continue }
                run.append(block)
            }
            // (A letter of the run's own range out of turn, "a)" again, is a list of its own inside an item.)
            let restarts = outOfTurn.contains { block in
                guard case .numbered(let marker, _) = block.kind, let letter = marker.lowercased().first?.asciiValue else { return false }
                return Int(letter) - Int(Character("a").asciiValue!) < run.count
            }
            if run.count < 2 || restarts || outOfTurn.count >= run.count || families.contains(where: { $0.key != "letter" && $0.value.count >= 2 }) {
                families["letter"] = nil
            } else {
                families["letter"] = run
            }
        }
        // (A time of day, "09.40 Karin Dahl … kopplades in", numbers no item where items are numbered
        // otherwise; not "1.10".)
        if families["clock"] != nil, families.contains(where: { $0.key != "clock" && $0.value.count >= 2 }) { families["clock"] = nil }
        let withText = { (family: [MinutesDocument.Block]) in
            family.filter { block in
                blocks.firstIndex(of: block).map { $0 + 1 < blocks.count && !blocks[$0 + 1].isNumbered } ?? false
            }.count
        }
        // A list, line under line ("1. Mötets öppnande" over "2. …"), beside notes numbered otherwise
        // ("Punkt 1: Hagar hälsade …"): the notes number the items. A list above them is their agenda
        // and gives their titles (`listedTitles`); one below lists something else ("Bilagor").
        if let (list, _) = families.first(where: { isListed($0.value) }),
            families.contains(where: { $0.key != list && $0.value.count >= 2 && !isListed($0.value) })
        {
            families[list] = nil
        }
        let kept = numbered.filter { families[family($0)] != nil && !outOfTurn.contains($0) }
        guard families.count > 1 else { return kept }
        // The most used marker; on a tie, the one with text under it ("Ad 1." after an agenda listed
        // "1. …"), then the one used first (a dictionary has no order to go by).
        let most = families.values.map(\.count).max()!
        let tied = families.filter { $0.value.count == most }
        let fullest = tied.values.map(withText).max()!
        let main = family(kept.first { tied[family($0)].map(withText) == fullest }!)
        return kept.filter { family($0) == main }
    }

    /// Items numbered as headings ("## 2. Föräldragrupper som inte blir fulla"): a list numbered in
    /// plain lines under one ("1. gemensamma grupper för de mindre kommunerna,") is the item's.
    static func inHeadings(_ markers: [MinutesDocument.Block], lines: [String]) -> [MinutesDocument.Block] {
        let headed = markers.filter { headingLevel(lines[$0.lines.lowerBound]) > 0 }
        return headed.count >= 2 && headed.count < markers.count ? headed : markers
    }

    /// Whether numbered blocks are a list, each right under the one before and a line long.
    static func isListed(_ family: [MinutesDocument.Block]) -> Bool {
        family.count >= 2 && family.allSatisfy { $0.lines.count == 1 } && zip(family, family.dropFirst()).allSatisfy { $0.lines.upperBound == $1.lines.lowerBound }
    }

    /// The titles of an agenda listed before the items, line under line, in a marker the items do not
    /// use ("1. Mötets öppnande" over "2. …" above "Punkt 1: …"), by their numbers.
    static func listedTitles(_ blocks: [MinutesDocument.Block], before line: Int, markers: [MinutesDocument.Block]) -> [String: String] {
        let above = blocks.filter { $0.lines.lowerBound < line && $0.isNumbered && !markers.contains($0) }
        // (The last run of them: the agenda lies right above the notes, past any list in the header.)
        var run: [MinutesDocument.Block] = []
        for block in above {
            if let last = run.last, last.lines.upperBound != block.lines.lowerBound { run = [] }
            run.append(block)
        }
        // (Not a list of people, "1. Anna Ek, Bjuv" under "Närvarande".)
        guard isListed(run), !run.contains(where: { PeopleLists.isCapitalisedFullName(String($0.text.prefix { $0 != "," && $0 != "(" }).trimmingSpaces()) })
        else { return [:] }
        var titles: [String: String] = [:]
        for block in run {
            guard case .numbered(let marker, 1) = block.kind, marker.first?.isNumber == true else { return [:] }
            titles[marker.filter(\.isNumber)] = block.text.trimmingSpaces()
        }
        return titles
    }

    /// Whether the one numbered block of minutes is their one item: "1. Skyddat boende" over text,
    /// as an extra meeting about one matter has it. Not "1. Anna kontaktar regionen." (a sentence),
    /// nor a list's one line under its label ("Bilaga:" over "1. Presentation"), nor a line above who
    /// came (the header's, under it).
    static func isLoneItem(_ markers: [MinutesDocument.Block], in document: MinutesDocument) -> Bool {
        let blocks = document.blocks
        guard markers.count == 1, case .numbered(let marker, let depth) = markers[0].kind, depth == 1,
            marker.trimming(anyOf: ".)") == "1", let at = blocks.firstIndex(of: markers[0]), at + 1 < blocks.count,
            !blocks[at + 1].isNumbered, at == 0 || !blocks[at - 1].text.hasSuffix(":")
        else { return false }
        let title = markers[0].text.trimmingSpaces()
        let below = document.lines[markers[0].lines.upperBound...]
        let listBelow = below.contains { line in
            PeopleLists.mayBeHeading(line) && PeopleLists.heading(line).map { [.attendees, .absent, .guests].contains($0.0) } == true
        }
        return !listBelow && title.split(separator: " ").count <= 15 && title.last.map { !".!?:,;".contains($0) } ?? false
    }

    /// Items that start at each numbered block (`1.`, `§ 3`, `Punkt 2`, `IV.`, `3.1`), each up to the
    /// next; a nested one (`3.1`) has its parent's title as section.
    static func numbered(_ blocks: [MinutesDocument.Block], in lines: [String]) -> [Draft] {
        var drafts: [Draft] = []
        var depths: [Int] = []  // each draft's marker's depth ("2.1": 2)
        var parent: String?, partLevel = 0
        for (index, block) in blocks.enumerated() {
            let end = index + 1 < blocks.count ? blocks[index + 1].lines.lowerBound : lines.count
            var following = Array(lines[block.lines.upperBound..<end]), text = block.text
            if let next = following.first, let more = titleWrapped(lines[block.lines.lowerBound], text, next) {
                text += " " + more
                following.removeFirst()
            }
            var draft = numberedDraft(text, following: following)
            // (Nothing but the rules that box the times in: "=====" over and under "10.15   Fika".)
            let nothingNoted = following.allSatisfy { MinutesDocument.isBlank($0) || MinutesDocument.isSeparator($0) }
            // A programme by the clock, its times boxed in rules ("10.15   Fika"): a time with nothing
            // noted is a break too (not an outline's "1.15", nor a programme listed before its notes).
            if case .numbered(let marker, _) = block.kind, isClockTime(marker), nothingNoted, following.contains(where: MinutesDocument.isSeparator) {
                continue
            }
            // A day's programme: a time with nothing noted under it is a break (Fika, Lunch), and a
            // time is no item's number.
            if case .numbered(let marker, _) = block.kind, MinutesDocument.isTime(marker) {
                // (A title numbered after its time, "1. Välkomna och runda", by that number.)
                if let numbered = draft.title.wholeMatch(of: MinutesDocument.numberedAfterTime) {
                    (draft.number, draft.title, draft.titleLine) = (String(numbered.1), String(numbered.2), String(numbered.2))
                }
                if !nothingNoted { (drafts, depths) = (drafts + [draft], depths + [1]) }
                continue
            }
            if case .numbered(let marker, let depth) = block.kind {
                // A point written as a heading below its part's ("### 2.1 Hemutrustning" under "## 2. …"
                // over text of its own): a subsection of the part's item, as the document's outline says.
                let level = headingLevel(lines[block.lines.lowerBound])
                if depth > 1, let part = depths.lastIndex(of: 1), partLevel > 0, level > partLevel, !isTitleAlone(drafts[part]) {
                    drafts[part].lines += [draft.titleLine] + draft.lines
                    continue
                }
                // (A newsletter's square, "■ Kommunernas handlingsplaner", marks an item but numbers none.)
                draft.number = marker.contains(where: { $0.isLetter || $0.isNumber }) ? marker.trimming(anyOf: "(.):") : nil
                if depth > 1 { draft.section = parent } else { (parent, partLevel) = (draft.title, level) }
                depths.append(depth)
            } else {
                depths.append(1)
            }
            drafts.append(draft)
        }
        drafts = withPointsInParts(drafts, depths: depths)
        return agendaFirst(drafts) ?? drafts
    }

    /// Word's outline where every part is a heading over its points ("2   Polisens arbete" over
    /// "2.1  Presentation", "2.2  Frågor"): the points are the part's, one item. Only where no part
    /// has text of its own before its points and most parts have points; else a point is an item of
    /// its own under its part ("3. Aktuellt" over its text, then "3.1 Barngruppernas storlek"), and a
    /// part with no text of its own over its points ("3. Aktuella frågor" over "3.1 …") only their section.
    static func withPointsInParts(_ drafts: [Draft], depths: [Int]) -> [Draft] {
        let parts = drafts.indices.filter { depths[$0] == 1 }
        let headingPoints = parts.filter { $0 + 1 < drafts.count && depths[$0 + 1] > 1 }
        guard headingPoints.count >= 2, headingPoints.count * 2 >= parts.count, headingPoints.allSatisfy({ isTitleAlone(drafts[$0]) }) else {
            return drafts.indices.filter { !headingPoints.contains($0) || !isTitleAlone(drafts[$0]) }.map { drafts[$0] }
        }
        var folded: [Draft] = []
        for (index, draft) in drafts.enumerated() {
            if depths[index] > 1, let part = folded.indices.last {
                if folded[part].lines.allSatisfy({ MinutesDocument.isBlank($0) || $0.trimmingSpaces() == folded[part].title }) { folded[part].lines = [] }
                folded[part].lines += [draft.titleLine] + draft.lines
            } else {
                folded.append(draft)
            }
        }
        return folded
    }

    /// A Markdown heading's level ("### 2.1 …": 3); 0 for any other line.
    static func headingLevel(_ line: String) -> Int {
        let marks = line.prefix { $0 == "#" }.count
        return marks > 0 && line.dropFirst(marks).first == " " ? marks : 0
    }

    /// "Punkt 2 - Barnens rätt … inom" over "          psykiatrin": the rest of a title wrapped under
    /// its start, in lower case, not text.
    static func titleWrapped(_ markerLine: String, _ title: String, _ next: String) -> String? {
        let indent = next.prefix { $0 == " " }.count
        let rest = next.trimmingSpaces()
        guard indent >= 4, rest.first?.isLowercase == true, let last = title.last, !".:!?".contains(last),
            rest.last.map({ !".:!?".contains($0) }) == true, rest.split(separator: " ").count <= 6,
            let start = markerLine.range(of: title.prefix(12))
        else { return nil }
        return abs(markerLine.distance(from: markerLine.startIndex, to: start.lowerBound) - indent) <= 1 ? rest : nil
    }

    /// An agenda numbered first, each line a title alone ("1. Digital signering av beslut"), then the
    /// notes under headings that say the same titles: the notes' headings are the items (numbered as
    /// listed; a heading after the agenda's last is that item's), and where the first is, the first
    /// item's line. Nil unless most titles come again so.
    static func agendaOverHeadings(_ listed: [Draft], lines: [String], after end: Int) -> ([Draft], Int)? {
        // (The last one's lines run on to the end: the notes are under it.)
        guard listed.dropLast().allSatisfy(isTitleAlone), end < lines.count else { return nil }
        // (Bullets under a heading its notes, as each slide of a deck its agenda lists.)
        let (notes, first) = headings(Array(lines[end...]), bulletsAsItems: false)
        let number = { (note: Draft) in listed.first { alike($0.title, note.title) }.map { $0.number } }
        let matched = notes.filter { number($0) != nil }
        guard notes.count >= 2, matched.count * 2 >= listed.count, matched.count * 2 >= notes.count else { return nil }
        // Headings after the agenda's last ("Uppföljningsuppgifter") are the last item's.
        let last = notes.lastIndex { number($0) != nil }!
        var items = Array(notes[...last])
        for after in notes[(last + 1)...] { items[last].lines += [after.titleLine] + after.lines }
        return (items.map { note in
            var note = note
            note.number = note.number ?? number(note) ?? nil
            return note
        }, end + first)
    }

    /// Whether an agenda's title and a heading over notes say the same item: the same words, one
    /// the other's start ("Runda" over "Runda – läget i kommunerna", as a slide deck's agenda lists
    /// its slides), a long word in common ("Digital nattillsyn" and "Gemensam upphandling av digital
    /// nattillsyn"), or both the closing "Övrigt" under its names.
    static func alike(_ listed: String, _ heading: String) -> Bool {
        let (a, b) = (Folding.key(listed), Folding.key(heading))
        if a == b || b.hasPrefix(a + " ") || a.hasPrefix(b + " ") { return true }
        if closingHeadings.contains(listed.lowercased()) && closingHeadings.contains(heading.lowercased()) { return true }
        let words = { (text: String) in Set(text.split { !$0.isLetter }.filter { $0.count >= 7 }) }
        return !words(a).isDisjoint(with: words(b))
    }

    /// "Övriga frågor" standing alone after the last numbered item, over text of its own: an item of
    /// its own, unnumbered (not "Övrigt:" inside the item, nor the numbered "6. Övrigt" said again).
    static func withClosingItem(_ drafts: [Draft]) -> [Draft] {
        guard let last = drafts.last, let at = last.lines.indices.first(where: { at in
            let line = last.lines[at].trimmingSpaces()
            // (Under a blank line, or boxed by rules: "=====" over "ÖVRIGT".)
            return at > 0 && (MinutesDocument.isBlank(last.lines[at - 1]) || MinutesDocument.isSeparator(last.lines[at - 1])) && !line.hasSuffix(":")
                && closingHeadings.contains(cleanHeading(line).lowercased())
                && Folding.key(cleanHeading(line)) != Folding.key(last.title) && last.lines[(at + 1)...].contains { !MinutesDocument.isBlank($0) }
        }) else { return drafts }
        let title = cleanHeading(last.lines[at])
        var kept = last
        kept.lines = Array(last.lines[..<at])
        return drafts.dropLast() + [kept, Draft(titleLine: title, title: title, lines: Array(last.lines[(at + 1)...]))]
    }

    /// "RUNDA BLAND KOMMUNERNA" after the last numbered item, over headings ("Landskrona (Cvetana
    /// Ilieva)", "Höganäs (Davida Lindhé)"): a part of the minutes in capitals ends the last item, and
    /// each heading under it is an item, the part its section (what comes before the first heading
    /// is the first's). Under such a part a heading may stand over a paragraph wrapped at any length:
    /// elsewhere that reads a form's labels as items ("Ärendebeskrivning" over a paragraph under each §).
    static func withPartAfter(_ drafts: [Draft]) -> [Draft] {
        guard var last = drafts.last, let at = last.lines.indices.first(where: { at in
            at > 0 && MinutesDocument.isBlank(last.lines[at - 1]) && isCapitalsHeading(last.lines[at])
        }) else { return drafts }
        let rest = Array(last.lines[(at + 1)...])
        var (parts, first) = headings(rest, overWrapped: true)
        guard parts.count >= 2 else { return drafts }
        let section = cleanHeading(last.lines[at])
        parts[0].lines = Array(rest[..<first]).filter { !MinutesDocument.isBlank($0) } + parts[0].lines
        for index in parts.indices { parts[index].section = section }
        last.lines = Array(last.lines[..<at])
        return drafts.dropLast() + [last] + parts
    }

    /// A heading in capitals of two words or more ("RUNDA BLAND KOMMUNERNA").
    static func isCapitalsHeading(_ line: String) -> Bool {
        let text = cleanHeading(line)
        return text.split(separator: " ").count >= 2 && text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase) && isHeading(line)
    }

    /// Headings that close a numbered agenda without a number of their own.
    static let closingHeadings: Set<String> = ["övrigt", "övriga frågor", "övriga punkter", "övriga ärenden"]

    /// "1. Mötet öppnas … 7. Övrigt" listed first, then the notes under the same numbers ("**3.**
    /// Lykke Sandberg berättade …"): an item a number, its title from the list and its text from
    /// the notes. Nil unless the numbers run twice alike and the first run is titles alone.
    static func agendaFirst(_ drafts: [Draft]) -> [Draft]? {
        guard drafts.count >= 4, drafts.count % 2 == 0 else { return nil }
        let (listed, notes) = (drafts[..<(drafts.count / 2)], drafts[(drafts.count / 2)...])
        guard listed.allSatisfy({ $0.number != nil && $0.section == nil }), listed.map(\.number).elementsEqual(notes.map(\.number)),
            listed.allSatisfy(isTitleAlone)
        else { return nil }
        return zip(listed, notes).map { listed, note in retitled(note, as: listed.title, titleLine: listed.titleLine) }
    }

    /// A note titled by the agenda listed before it: what the note's own line said, taken for its
    /// title, is its text's opening.
    static func retitled(_ note: Draft, as title: String, titleLine: String? = nil) -> Draft {
        var item = note
        (item.title, item.titleLine) = (title, titleLine ?? title)
        let opening = note.titleLine.without("**").trimmingSpaces()
        if !opening.isEmpty, note.lines.first(where: { !MinutesDocument.isBlank($0) })?.trimmingSpaces() != opening {
            item.lines = [opening] + note.lines
        }
        return item
    }

    /// An agenda numbered, titles alone, then gone through point by point under the same numbers
    /// ("2. Ny ersättningsmodell för hemtjänsten i Perstorp (Bahareh)" over "2. Ersättningsmodellen" and
    /// its notes): the notes, each titled as the agenda lists it (who raised it read from the notes).
    static func agendaOverNumberedNotes(_ listed: [Draft]) -> [Draft]? {
        guard listed.count >= 4, listed.count % 2 == 0 else { return nil }
        let (agenda, notes) = (listed[..<(listed.count / 2)], listed[(listed.count / 2)...])
        // (A title alone, or its line with more after it: "Utskrivning … – när blir det fel? (Grażyna)".)
        let titleAlone = { (draft: Draft) in
            isTitleAlone(Draft(titleLine: draft.titleLine, title: draft.title, lines: draft.lines.filter { !$0.hasPrefix(draft.title) }))
        }
        guard zip(agenda, notes).allSatisfy({ $0.number != nil && $0.number == $1.number }), agenda.allSatisfy(titleAlone) else { return nil }
        return zip(agenda, notes).map { listed, note in
            var item = note
            // (The notes say who raised it.)
            item.title = withoutPresenter(listed.title)
            return item
        }
    }

    /// Whether an item's title says it goes through an earlier meeting's minutes or decisions
    /// ("Föregående anteckningar", "Uppföljning av beslut från möte 3"); not a matter followed up
    /// ("Från föregående möte, Maria Lindqvist: uppföljning av …").
    static func reviewsEarlierMeeting(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["föregående", "förra", "uppföljning"].contains(where: lower.holds) && lower.prefixMatch(of: earlierMeeting) != nil
    }
    nonisolated(unsafe) static let earlierMeeting = /(?:mötets\s+öppnande\s+och\s+|genomgång\s+av\s+)?(?:(?:föregående|förra)\s+(?:minnesanteckningar|anteckningar(?:na)?|protokoll(?:et)?|mötet?|träff(?:en)?)\b|beslutsuppföljning|uppföljning\s+av\s+(?:besluten|beslut)\s+från\b)/

    /// The meeting's own business: who checks the minutes, its agenda agreed, its opening and close.
    nonisolated(unsafe) static let meetingsOwnBusiness = /(?i)(?:val\s+av\s+(?:protokoll)?(?:justerare|justerande|sekreterare)|(?:godkännande|fastställande)\s+av\s+(?:dagordning|föredragningslista)|mötets\s+(?:öppnande|avslutande))(?!\p{L})/

    /// An item's kind after its title: "(I)", "(D)", "(B)", "(I/D)", "(Information)", "(För beslut)".
    nonisolated(unsafe) static let itemKind = /\s+\((?:[IDB](?:\s*[\/,]\s*[IDB])*|(?i:info|information|diskussion|beslut|för\s+(?:kännedom|information|diskussion|beslut)))\)$/
    /// An agenda's title without who presents it ("Nya riktlinjer (Oliver)", "… (Rinaldo Santangelo, FK)").
    static func withoutPresenter(_ title: String) -> String {
        guard title.hasSuffix(")"), let presenter = title.firstMatch(of: presenterAfter), PeopleLists.isName(String(presenter.1)) else { return title }
        return String(title[..<presenter.range.lowerBound])
    }
    nonisolated(unsafe) static let presenterAfter = /\s+\(([^(),]+)(?:,[^()]*)?\)$/

    /// A draft with no text of its own: its lines its title, blank, or a heading over the notes
    /// that follow ("## Anteckningar").
    static func isTitleAlone(_ draft: Draft) -> Bool {
        draft.lines.allSatisfy { line in
            let plain = cleanHeading(line).trimmingSpaces(and: ":")
            return plain.isEmpty || plain == draft.title || structural.contains(plain.lowercased())
        }
    }

    nonisolated(unsafe) static let titleField = /(?i:rubrik|ämne|titel|ärende)\s*:\s*(\S.*)/

    /// A numbered item's title and text: a bold run; the marker line itself when it reads as a title
    /// and text follows ("1. Inledning" over "Karin öppnar mötet."); the line under a bare marker
    /// ("§ 3" over "Val av justerare"); else the first sentence of its text.
    static func numberedDraft(_ rest: String, following: [String]) -> Draft {
        let hasText = following.contains { !$0.trimmingSpaces().isEmpty }
        if rest.holds("**"), let bold = rest.firstMatch(of: boldRun), !bold.1.isEmpty {
            let (title, remainder) = title(of: rest)
            let lines = (remainder.isEmpty ? [] : [remainder]) + following
            return Draft(titleLine: rest, title: title, lines: hasText || !remainder.isEmpty ? lines : [title])
        }
        let plain = rest.without("**").trimmingSpaces()
        if plain.isEmpty, let first = following.firstIndex(where: { !$0.trimmingSpaces().isEmpty }) {
            let line = following[first].trimmingSpaces()
            // "ÄRENDE 3" over "Rubrik: Gravsättning …": a card's field names the item.
            if line.holds(":"), let field = line.wholeMatch(of: titleField) {
                let title = String(field.1).trimmingSpaces()
                let text = Array(following[(first + 1)...])
                return Draft(titleLine: title, title: title, lines: text.isEmpty ? [title] : text)
            }
            if isTitleLike(line) {
                let text = Array(following[(first + 1)...])
                return Draft(titleLine: line, title: cleanHeading(line), lines: text.isEmpty ? [line] : text)
            }
        }
        if let (title, opening) = titleRunningOn(plain, following: following) {
            return Draft(titleLine: title, title: title, lines: [opening] + following)
        }
        if hasText, isTitleLike(plain) {
            return Draft(titleLine: plain, title: plain.trimming(anyOf: ":"), lines: following)
        }
        let lines = (plain.isEmpty ? [] : [plain]) + following
        return Draft(
            titleLine: plain, title: sentenceTitle(lines.joined(separator: "\n")), lines: lines)
    }

    nonisolated(unsafe) static let titleDash = /\s[–-]\s/

    /// "Punkt 1: Rekrytering – Ada Berg berättade att den" over "gemensamma kampanjen …": a title,
    /// a dash, and the text begun on the marker's line: someone raising it, or a sentence the next
    /// line goes on with (not "Spelberoende – att upptäcka och behandla" over notes of their own).
    static func titleRunningOn(_ line: String, following: [String]) -> (title: String, opening: String)? {
        guard line.holds(" – ") || line.holds(" - "), let dash = line.firstRange(of: titleDash) else { return nil }
        let (title, opening) = (String(line[..<dash.lowerBound]), String(line[dash.upperBound...]))
        guard isTitleLike(title), !opening.isEmpty, let next = following.first?.trimmingSpaces(), !next.isEmpty
        else { return nil }
        let runsOn = next.first!.isLowercase && opening.first!.isUppercase
        return runsOn || opening.prefixMatch(of: RaiserReader.subjectVerb) != nil ? (title, opening) : nil
    }

    /// The columns of an agenda written as a table: what names the item, its number, what was said
    /// and what was decided ("| Nr | Ärende | Anteckningar | Beslut |").
    static let titleColumns = ["ärende", "rubrik", "ämne", "punkt"]
    static let numberColumns: Set<String> = ["nr", "nr.", "#", "§", "punkt"]
    static let notesColumns = ["anteckningar", "anteckning", "noteringar", "diskussion", "kommentar", "kommentarer", "information", "beslut"]
    /// A column naming who presents the item ("Föredragande"): its cell reads as that label.
    static let presenterColumns: Set<String> = ["föredragande", "föredragare", "presentatör"]

    /// The agenda as a table's rows, a row an item: its title from the column that names items, its
    /// text from the others, a decision column's cell its decision (a dash: none). Only a table that
    /// holds what was said or decided: one of titles alone lists the agenda the items below follow.
    /// Also the line after its last row.
    static func tableItems(_ lines: [String]) -> ([Draft], Int, end: Int)? {
        let clean = { (cell: String) in cell.lowercased().trimming(anyOf: "*: ") }
        guard let headerLine = lines.firstIndex(where: { line in
            guard line.holds("|") || line.holds("\t"), let cells = PeopleLists.Table.cells(line)?.map(clean), cells.count >= 3 else { return false }
            return cells.contains(where: titleColumns.contains) && cells.contains(where: notesColumns.contains)
        }) else { return nil }
        let header = PeopleLists.Table.cells(lines[headerLine])!.map(clean)
        guard let titleAt = titleColumns.lazy.compactMap({ header.firstIndex(of: $0) }).first else { return nil }
        let numberAt = header.indices.first { $0 != titleAt && numberColumns.contains(header[$0]) }
        let decisionAt = header.firstIndex { $0.hasPrefix("beslut") }
        // "Ansvarig" before what was said holds the point (| Tid | Punkt | Ansvarig | Anteckning |);
        // after it, who follows it up (| Rubrik | Anteckning | Beslut | Ansvarig |).
        let notesAt = header.firstIndex(where: notesColumns.contains) ?? header.count
        let presents = { (column: Int) in presenterColumns.contains(header[column]) || header[column] == "ansvarig" && column < notesAt }
        let none = { (cell: String) in cell.allSatisfy { "–—-. ".contains($0) } }
        // Each row's columns, a column's lines: a cell may wrap onto lines of its own.
        var rows: [[[String]]] = []
        var end = headerLine + 1
        var afterBlank = false
        for (index, line) in lines[(headerLine + 1)...].enumerated() {
            if PeopleLists.Table.isRule(line) { continue }
            if line.allSatisfy(\.isWhitespace) { afterBlank = true; continue }
            // (A numbered row whose last cells are empty, "3<TAB>Bostadsbidrag<TAB>…<TAB>", its tabs cut
            // with the line's trailing space: a row all the same, not the one before's next lines.)
            var tabbed = line.holds("\t") && !line.hasPrefix("|") ? line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() } : nil
            if let cells = tabbed, let numberAt, cells.count > max(numberAt, titleAt), cells.count < header.count, !cells[numberAt].isEmpty, cells[numberAt].allSatisfy(\.isNumber) {
                tabbed = cells + Array(repeating: "", count: header.count - cells.count)
            }
            guard let cells = tabbed?.count == header.count ? tabbed : PeopleLists.Table.cells(line), cells.count == header.count, !cells[titleAt].isEmpty else {
                // Word's table saved as text: a cell's next lines right under the row, each in the
                // column its tabs put it ("<TAB>Fahad menade …", "familjerätten<TAB>Hon berättade …").
                let wrapped = line.split(separator: "\t", omittingEmptySubsequences: false)
                if !rows.isEmpty, !afterBlank, !line.hasPrefix("|"), wrapped.count > 1, wrapped.count <= header.count {
                    for (column, cell) in wrapped.enumerated() where !cell.allSatisfy(\.isWhitespace) {
                        rows[rows.count - 1][column].append(cell.trimmingSpaces())
                    }
                    end = headerLine + 2 + index
                    continue
                }
                if rows.isEmpty { continue } else { break }
            }
            // (Rows apart by blank lines only where tabs, not bars, make the table.)
            if afterBlank, !rows.isEmpty, line.hasPrefix("|") { break }
            afterBlank = false
            rows.append(cells.map { [$0] })
            end = headerLine + 2 + index
        }
        var drafts: [Draft] = []
        for row in rows {
            let cells = row.map { $0.joined(separator: " ") }
            // (A time and a title with nothing noted, "09.00 | Kaffe | – | –", is a break.)
            let noted = cells.indices.filter { ![titleAt, numberAt, decisionAt].contains($0) && !none(cells[$0]) && !MinutesDocument.isTime(cells[$0]) && !isClockTime(cells[$0]) }
            if noted.isEmpty, decisionAt.map({ none(cells[$0]) }) ?? true, header.contains(where: { ["tid", "klockan", "kl."].contains($0) }) { continue }
            // ("…<br>**Beslut:** …": a cell's lines as Markdown tables write them.)
            var text = noted.flatMap { column in
                let cell = row[column].flatMap { $0.replacingOccurrences(of: "<br>", with: "\n").split(separator: "\n").map(String.init) }
                // ("Muhammed Suleiman; Lowisa Ahlsten": two who present it, as a sheet's cell lists them.)
                return presents(column) ? cell.map { "Föredragande: " + $0.replacingOccurrences(of: "; ", with: ", ") } : cell
            }
            if let decisionAt, !none(cells[decisionAt]) { text.append("Beslut: " + cells[decisionAt]) }
            // ("1. Inledning": a number in the title's cell, where no column holds it.)
            var (title, number) = (cells[titleAt].without("**"), numberAt.map { cells[$0] })
            if number == nil, let numbered = title.wholeMatch(of: numbered) { (title, number) = (String(numbered.2), String(numbered.1)) }
            // ("| 1 | Sommarens insatser. Ahmed redovisade … |": a number alone, the title what is noted first.)
            if number == nil, !title.isEmpty, title.allSatisfy(\.isNumber), let first = text.first {
                number = title
                title = String(first.prefix { $0 != "." }).trimmingSpaces()
            }
            drafts.append(Draft(number: number, titleLine: title, title: title, lines: text.isEmpty ? [title] : text))
        }
        return drafts.count >= 2 ? (drafts, headerLine, end) : nil
    }

    /// The drafts under numbered headings each titled by the table's row of its number, the row's
    /// cells after its notes (the heading's own words first), and the line of the first such heading
    /// after the table; the headings above it (the table's own) no items. Nil unless every numbered
    /// heading has its row.
    static func rowsOverHeadings(_ rows: [Draft], _ headed: [Draft], lines: [String], after end: Int) -> ([Draft], Int)? {
        guard let firstNumbered = headed.firstIndex(where: { $0.number != nil }), headed.filter({ $0.number != nil }).count >= 2,
            headed.allSatisfy({ draft in draft.number.map { number in rows.contains { $0.number == number } } ?? true }),
            let first = lines[end...].firstIndex(where: { isHeading($0) && cleanHeading($0).wholeMatch(of: numberedHeading) != nil })
        else { return nil }
        let joined = headed[firstNumbered...].map { draft in
            guard let row = rows.first(where: { $0.number == draft.number }) else { return draft }
            var item = draft
            (item.title, item.titleLine) = (row.title, row.title)
            item.lines = [draft.title] + draft.lines + (row.lines == [row.title] ? [] : row.lines)
            return item
        }
        return (joined, first)
    }

    nonisolated(unsafe) static let hourAndMinutes = /(?:0\d|1\d|2[0-3])[.:][0-5]\d/
    /// "09.15", "9:30": a time of day in a table's cell.
    static func isClockTime(_ cell: String) -> Bool { cell.wholeMatch(of: clockTime) != nil }
    nonisolated(unsafe) static let clockTime = /\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*/

    nonisolated(unsafe) static let continued = /(?i)\s*[(–-]?\s*(?:forts\.?|fortsättning|fortsätter)\s*\)?\s*$/

    /// A line that reads as a title: a few words, no sentence end.
    static func isTitleLike(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        // ("Orosanmälningar. Alfred berättade att antalet": a title run into its text, wrapped.)
        // ("Föreg. anteckn.": a title of abbreviations ends with one's full stop.)
        let abbreviated = line.last == "." && words.count <= 5 && words.dropLast().contains { $0.hasSuffix(".") && $0.count <= 8 }
        return !line.isEmpty && words.count <= 12 && line.count <= 100 && (!".!;,".contains(line.last!) || abbreviated) && !line.contains(newSentence)
    }

    /// A sentence's end and the next one's capital.
    /// (A word of four letters or more before it: "Info fr. Socialstyrelsen" is one title.)
    nonisolated(unsafe) static let newSentence = /\p{L}{4,}[.!?]\s+\p{Lu}\p{Ll}/

    /// Whether a standalone heading comes before the first bullet: then bullets sit under headings.
    static func headingBeforeFirstBullet(_ lines: [String]) -> Bool {
        guard let first = lines.firstIndex(where: { isBullet($0) }) else { return false }
        return lines[..<first].contains { isHeading($0) && !structural.contains(cleanHeading($0).lowercased()) }
    }

    /// "Angående SiS och platsbristen: Karolin berättade …": a paragraph a letter opens with what it is
    /// about, then a colon.
    nonisolated(unsafe) static let leadIn = /^\s*(?i:angående|ang\.|gällande|beträffande|rörande)\s+(\p{L}[^.!?]{1,80}?):\s+(\S.*)$/

    /// Whether a line opens with a lead-in: a colon first, the pattern only then.
    static func isLeadIn(_ line: String) -> Bool { line.holds(":") && line.contains(leadIn) }

    /// "Budget: Roine Hagberg berättade att …", "BOENDE: Malcolm …": a paragraph opened by its topic, a few words and a
    /// colon, as a letter without headings writes its items; or a few more words and a spaced dash
    /// ("Resekostnader när ledsagaren åker med – det här var Vitus fråga.").
    nonisolated(unsafe) static let topicLeadIn = /^\s*(\p{Lu}(?:\p{Ll}*|\p{Lu}+)(?:[ -]\p{L}+){0,5}(?=:)|\p{Lu}\p{Ll}*(?: \p{L}+){0,5}(?= [–—-] ))(?::| [–—-])\s+(\S.*)$/

    /// The lines opening a paragraph with its topic (`topicLeadIn`), each a sentence or more (twelve
    /// words, a full stop): three or more (two in capitals), or none. A label a header or list reads ("Från:", "Plats:",
    /// "Närvarande:", "Vi som var med:"), a decision's ("Beslut:", "Överenskommet:") is no topic, nor
    /// is a line inside a paragraph, nor one above the first sentence saying who came ("Med på
    /// träffen var …"): that is the letter's opening.
    static func topicLeadIns(_ lines: [String]) -> [Int] {
        // (Asked of most minutes without headings: the cheap tests first, the opening only then.)
        let candidates = lines.indices.compactMap { index in
            (lines[index].holds(":") || lines[index].holds(" – ") || lines[index].holds(" - ") || lines[index].holds(" — "))
                && (index == 0 || MinutesDocument.isBlank(lines[index - 1]))
                ? lines[index].wholeMatch(of: topicLeadIn).map { (index, $0) } : nil
        }
        guard candidates.count >= 2 else { return [] }
        // (A line opening the sentence of who came matches it whole: the rest of its list is lazy.)
        let opening = lines.firstIndex { $0.wholeMatch(of: PeopleLists.presentSentence) != nil } ?? -1
        let topics = candidates.compactMap { index, lead -> (index: Int, topic: Substring)? in
            let line = lines[index]
            guard index > opening, lead.2.split(separator: " ").count >= 3,
                !notTopics.contains(lead.1.lowercased()), lead.1.wholeMatch(of: DecisionReader.labelAlone) == nil, PeopleLists.heading(line) == nil
            else { return nil }
            let paragraph = [String(lead.2)] + lines[(index + 1)...].prefix { !MinutesDocument.isBlank($0) }
            return paragraph.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count } >= 12 && paragraph.contains { $0.holds(".") } ? (index, lead.1) : nil
        }
        // (Two in capitals are as clear: "BOENDE: …", "SKOLAN: …".)
        let inCapitals = topics.allSatisfy { $0.topic.allSatisfy { !$0.isLowercase } }
        return topics.count >= 3 || topics.count == 2 && inCapitals ? topics.map(\.index) : []
    }

    /// Labels of a mail's or a meeting's header, and of a note's parts, that open a line as a topic would.
    static let notTopics: Set<String> = MinutesReader.mailAddressingLabels.union([
        "ämne", "subject", "datum", "tid", "plats", "lokal", "bilaga", "bilagor", "tel", "telefon", "e-post", "mejl", "mobil", "date",
        "obs", "ps", "nb", "ansvarig", "nästa möte", "nästa träff", "överenskommet", "åtgärd", "att göra",
    ])

    /// Items that start at each of the lines `starts` names, opened by `pattern` (a lead-in, a topic):
    /// its title, then the rest of the line and the lines up to the next as its text.
    static func split(_ lines: [String], atLeadIns starts: Set<Int>, _ pattern: Regex<(Substring, Substring, Substring)>) -> [Draft] {
        var drafts: [Draft] = []
        for (index, line) in lines.enumerated() {
            if starts.contains(index), let lead = line.wholeMatch(of: pattern) {
                drafts.append(Draft(titleLine: String(lead.1), title: String(lead.1), lines: [String(lead.2)]))
            } else if !drafts.isEmpty {
                drafts[drafts.count - 1].lines.append(line)
            }
        }
        return drafts
    }

    nonisolated(unsafe) static let nextMeetingBullet = /^\s*[-•*–]\s+(?i:nästa\s+(?:möte|träff|nätverksmöte))\s*:\s*\S/

    /// Items that start at each line matching marker (indented by `indentedBy` when given); the rest
    /// of the marker line opens the text.
    static func split(_ lines: [String], at marker: some RegexComponent, indentedBy: Int? = nil) -> [Draft] {
        var drafts: [Draft] = []
        for line in lines {
            // (Not the next meeting's bullet, "• Nästa möte: onsdag 22 april …": no item.)
            if line.contains(marker), !PeopleLists.isSeparator(line), indentedBy.map({ MinutesDocument.indent(of: line) == $0 }) ?? true,
                line.firstMatch(of: nextMeetingBullet) == nil
            {
                let rest = line.replacing(markerPrefix, with: "", maxReplacements: 1)
                let (title, remainder) = title(of: rest)
                drafts.append(Draft(titleLine: rest, title: title, lines: remainder.isEmpty ? [] : [remainder]))
            } else if !drafts.isEmpty {
                drafts[drafts.count - 1].lines.append(line)
            }
        }
        // A one-line item with no bold title is all title: keep its words as text too.
        for index in drafts.indices where drafts[index].lines.isEmpty {
            drafts[index].lines = [drafts[index].titleLine.without("**")]
        }
        return drafts.map { draft in
            var draft = draft
            if draft.title.isEmpty {
                draft.title = sentenceTitle(draft.lines.joined(separator: "\n"))
            }
            return draft
        }
    }

    /// A bold run is the title and the rest of the line text; else the title is the first sentence.
    static func title(of line: String) -> (String, String) {
        if line.holds("**"), let bold = line.firstMatch(of: boldRun) {
            let title = String(bold.1).trimming(anyOf: " :.")
            let remainder = line.replacingCharacters(in: bold.range, with: "").without("**")
            return (title, remainder.trimmingSpaces())
        }
        return ("", line)
    }

    /// A word naming a meeting, whole ("nätverksmöte", "träffen"; not "mötes", "Nätverkets").
    nonisolated(unsafe) static let meetingWord = /(?i)\b\p{L}*(?:möte|träff(?:en)?|nätverket|minnesanteckningar|protokoll)\b/

    /// "1 Inledning", "1 · Inledning": a heading's number without its dot.
    nonisolated(unsafe) static let numberedHeading = /(\d{1,2})(?:\s+[·:–-])?\s+(\p{Lu}.*)/

    /// Items under headings, and the line of the first heading (lines.count when there is none).
    static func headings(_ lines: [String], overWrapped: Bool = false, bulletsAsItems: Bool = true) -> ([Draft], Int) {
        var drafts: [Draft] = []
        var firstItem = lines.count
        var aside = false
        // "# Vuxenmottagningar – nätverksmöte 14 oktober" over the items' "## Väntetider …": the note's
        // title, no item (not "# Ekonomi" over "## Budget", an item of its own: a title names a meeting or its day).
        let level = headingLevel
        let second = lines.indices.filter { level(lines[$0]) == 2 && lines[$0].contains(markdownHeading) }
        // (Not in an outline whose later "#" sections hold "##" parts too: its first section is one.)
        let first = lines.indices.filter { level(lines[$0]) == 1 && lines[$0].contains(markdownHeading) }
        let outline = first.contains { top in
            guard let firstPart = second.first, top > firstPart else { return false }
            let next = first.first { $0 > top } ?? lines.count
            return second.contains { (top + 1)..<next ~= $0 }
        }
        let titles = second.count < 2 || outline ? [] : Set(lines[..<second[0]].indices.filter { index in
            level(lines[index]) == 1 && (lines[index].contains(meetingWord) || !DateReader.mentions(in: [lines[index]], headingLine: nil).isEmpty)
        })
        // "# Nästa möte" at the title's level after the items ("## …"): the items end there.
        let closing = second.count >= 2 && !outline ? first.first { $0 > second[0] } : nil
        for (index, line) in lines.enumerated() {
            if titles.contains(index) { continue }
            // (Or a form's title under a rule between blocks: "- - - - -" over "Ärende:      Titel".)
            // (Or all in bold, as a word processor's paragraphs come one a line: "**Runda**" right under "Gäst: …".)
            let before = index == 0 || lines[index - 1].trimmingSpaces().isEmpty || PeopleLists.isSeparator(lines[index - 1]) && isFormTitle(line)
                || PeopleLists.isBoldHeading(line)
            let next = index + 1 < lines.count ? lines[index + 1].trimmingSpaces() : ""
            // A heading stands alone, or is a few words over a paragraph that starts right below it
            // (more in capitals, naming its kind: "WORKSHOP: VÅLD I NÄRA RELATIONER I PARSAMTAL").
            // (Up to twelve over bullets indented under it: "Höjd maxtaxa och nya avgiftsbeslut inför 2025" over "  • Elvan …".)
            // (Or over bullets not indented, as a notes app copies its headings out as plain lines: "Digitala
            // larm – hur långt har vi kommit" over "• Anastasia berättade …"; not a lead-in, "Vi tog upp:".)
            // (Or over its notes indented under it, as OneNote copies a page out: "Färdtjänst till daglig
            // verksamhet – bilarna kommer inte" over "<TAB>Kerem tog upp att …".)
            let overIndented = index + 1 < lines.count && (isBullet(next) || line.first?.isWhitespace == false && lines[index + 1].first == "\t")
                && (lines[index + 1].first?.isWhitespace == true || !".:,;".contains(line.last ?? "."))
            // (Its number too: "4  Gemensam mall för uppföljning av IOP", in bold too.)
            let plain = line.hasPrefix("**") && line.hasSuffix("**") ? line.without("**") : line
            let numbered = plain.first?.isNumber == true && plain.wholeMatch(of: numberedHeading) != nil
            let few = line.split(separator: " ").count <= (overIndented || numbered ? 12 : 6) || line.holds(": ") && !line.contains(where: \.isLowercase)
            // (Not over a heading; where asked, unless that line wraps on into the next in lower case:
            // "Davida berättade att Höganäs har startat en egen handledarutbildning på" over "fyra …".)
            let wrapped = overWrapped && index + 2 < lines.count && lines[index + 2].trimmingSpaces().first?.isLowercase == true
            // (Or over a lead-in to its list: "**Incheckning**" over "Kort runda där alla berättade hur
            // det går:"; not over a list of people's label, "Närvarande vid dagens möte:", by its first word.)
            let leadsIn = next.hasSuffix(":") && PeopleLists.heading(String(next.prefix { $0 != " " && $0 != ":" }) + ":") == nil
            let after = next.isEmpty || few && ((!isHeading(next) || wrapped)
                && (next.count > 50 || ".!?".contains(next.last ?? " ") || next.hasPrefix("|")) || leadsIn)
            let isMarkdown = line.contains(markdownHeading) || isUnderline(next)
            // (Or an aside's plain title over its list: "Att göra" over "Anastasia – checklistan …".)
            // (A title put as a question among other headings: "Samordnad individuell plan – när kommer
            // psykiatrin?" right over its paragraph; no label's, "Fråga: …?", nor a list's, "Vilka var med?".)
            // (In bold too: "**Skolfrånvaro – när ska skolan göra en orosanmälan?**".)
            let asks = before && plain.hasSuffix("?") && !plain.holds(": ") && isHeading(String(plain.dropLast()))
                && !next.isEmpty && !isBullet(next) && (next.count > 50 || ".!?".contains(next.last ?? " "))
                && PeopleLists.heading(plain) == nil && (!drafts.isEmpty || headingAfter(index, in: lines))
            // (Nor a sentence's lead-in over its list in lower case: "Nattaya föreslog tre saker:" over
            // "1. gemensamma grupper …,".)
            let leadIn = line.hasSuffix(":") && lines[(index + 1)...].first { !$0.trimmingSpaces().isEmpty }.map { next in
                next.wholeMatch(of: listEntry)?.1.first?.isLowercase == true
            } == true
            if asks || !leadIn && isHeading(line) && (isMarkdown || before && (after || isFormTitle(line) || !drafts.isEmpty && isAside(cleanHeading(line)))) {
                var title = cleanHeading(line), number: String?
                if structural.contains(title.lowercased()) { continue }
                aside = closing.map { index >= $0 } == true || isAside(title)
                if aside {
                    if !drafts.isEmpty { drafts[drafts.count - 1].asideAfter.append(line) }
                    continue
                }
                // "1 Inledning": a number without its dot is the item's, not its title's.
                if let numbered = title.wholeMatch(of: numberedHeading) { (number, title) = (String(numbered.1), String(numbered.2)) }
                firstItem = min(firstItem, index)
                drafts.append(Draft(number: number, titleLine: title, title: title, lines: [], level: level(line)))
            } else if index > 0, isUnderline(line), isHeading(lines[index - 1]) {
                continue  // a heading's underline is not its text
            } else if !drafts.isEmpty, !aside {
                drafts[drafts.count - 1].lines.append(line)
            } else if !drafts.isEmpty {
                drafts[drafts.count - 1].asideAfter.append(line)
            }
        }
        // "### Hemutrustning" deeper than the level most items' headings have ("##"), no number of its
        // own: a part of the item above, as "2.1" would say where a file lost its numbers (an old Word
        // file's), its heading a line of that item's text.
        let marked = drafts.map(\.level).filter { $0 > 0 }
        // (Of two levels as common, the higher.)
        if let common = Dictionary(grouping: marked, by: { $0 }).max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key {
            for index in drafts.indices.dropFirst().reversed() where drafts[index].level > common && drafts[index].number == nil {
                let part = drafts.remove(at: index)
                drafts[index - 1].lines += [String(repeating: "#", count: part.level) + " " + part.titleLine] + part.lines
            }
        }
        // Bullets under a heading ("Övrigt") are items of their own, the heading their section; not
        // notes under it, most of which say things at length, nor a sentence's list, each in lower
        // case ("Han föreslog tre saker:" over "- en gemensam utbildningsdag,").
        let items = drafts.flatMap { draft -> [Draft] in
            let marked = draft.lines.indices.filter { isBullet(draft.lines[$0]) }
            guard bulletsAsItems, marked.count >= 2, marked.filter({ isStatement(draft.lines, at: $0) }).count * 2 < marked.count,
                  !marked.allSatisfy({ draft.lines[$0].firstMatch(of: bullet)?.1.first?.isLowercase == true }) else { return [draft] }
            let firstBullet = draft.lines.firstIndex { isBullet($0) }!
            // (Nor the list a sentence leads in to, "Kort runda där alla berättade hur det går:", but
            // under "Övrigt", whose bullets are each a matter: "Följande frågor togs upp:".)
            if let lead = draft.lines[..<firstBullet].last(where: { !MinutesDocument.isBlank($0) }), lead.hasSuffix(":"),
                lead.split(separator: " ").count >= 4, !closingHeadings.contains(draft.title.trimmingSpaces(and: "*:").lowercased())
            {
                return [draft]
            }
            var preamble = draft
            preamble.lines = Array(draft.lines[..<firstBullet])
            let hasPreamble = !preamble.lines.joined().trimmingSpaces().isEmpty
            let bullets = split(Array(draft.lines[firstBullet...]), at: bullet).map { bulletDraft in
                var bulletDraft = bulletDraft
                bulletDraft.section = draft.title
                return bulletDraft
            }
            return (hasPreamble ? [preamble] : []) + bullets
        }
        return (items, firstItem)
    }

    /// Whether a heading stands after index: a short line after a blank one, over a line of text.
    static func headingAfter(_ index: Int, in lines: [String]) -> Bool {
        (index + 2..<max(index + 2, lines.count - 1)).contains { later in
            MinutesDocument.isBlank(lines[later - 1]) && isHeading(lines[later]) && !MinutesDocument.isBlank(lines[later + 1])
        }
    }

    /// Whether the bullet at index of lines says something at length rather than names a topic: more
    /// than eight words, a sentence of five or more ("- Vidar tog upp att kosten blir dyrare."), or
    /// wrapped onto the next line.
    static func isStatement(_ lines: [String], at index: Int) -> Bool {
        let next = index + 1 < lines.count ? lines[index + 1] : ""
        let wrapped = next.first?.isWhitespace == true && !next.trimmingSpaces().isEmpty && !isBullet(next)
        let words = lines[index].split(separator: " ").count
        return wrapped || words > 9 || words > 5 && ".!?".contains(lines[index].last ?? " ")
    }

    /// "=====" or "-----" right under a line: that line is a heading, as Markdown's setext headings are.
    static func isUnderline(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed.count >= 3 && (trimmed.allSatisfy { $0 == "=" } || trimmed.allSatisfy { $0 == "-" })
    }

    /// "Ärende:      Titel" over the form's other fields ("Bakgrund:    Nätverket hade …"): a title by
    /// its label, whatever follows.
    static func isFormTitle(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return ["ärende", "rubrik"].contains(line[..<colon].trimmingSpaces().without("**").lowercased())
    }

    /// A short line that could head an item: no sentence end, a capital or digit first.
    static func isHeading(_ line: String) -> Bool {
        let text = cleanHeading(line)
        guard let first = text.first, first.isUppercase || first.isNumber, !line.holds("\t") else { return false }
        // ("GÄST/Teodora Ilić: Barnmorskemottagningen erbjuder …": a contribution, not a heading.)
        if RaiserReader.prefixed(line) != nil { return false }
        // ("**Beslut**" over what was decided: a label of the item's, not an item.)
        if text.count <= 30, text.wholeMatch(of: decisionLabel) != nil { return false }
        if line.contains(markdownHeading) { return true }
        if isBullet(line) || isNumbered(line) { return false }
        let words = text.split(whereSeparator: \.isWhitespace)
        // ("Nästa möte: 5 mars 13:00", "Tid: 9–12": a label and its value.)
        // ("Sidansvarig: Wenche Aasland": a label naming someone.)
        let field = text.firstRange(of: ": ").map { colon in
            fieldLabels.contains(text[..<colon.lowerBound].lowercased()) && text[colon.upperBound...].contains(where: \.isNumber)
                || !text[..<colon.lowerBound].contains(" ") && PeopleLists.isCapitalisedFullName(String(text[colon.upperBound...]))
        } ?? false
        return text.count <= 80 && words.count <= 10 && !".,;!?".contains(text.last!) && !field
    }

    /// A list's entry after its mark ("- …", "1. …", "a) …"), as a sentence's list writes it.
    nonisolated(unsafe) static let listEntry = /\s*(?:[-–•*]|\d{1,2}[.)]|\p{Ll}[.)])\s+(.*)/
    nonisolated(unsafe) static let decisionLabel = /(?i)(?:(?:nätverkets|mötets|gruppens)\s+)?beslut\s*:?/

    /// Labels whose line gives a value, not a heading.
    static let fieldLabels: Set<String> = ["nästa möte", "nästa träff", "nästa nätverksmöte", "tid", "datum", "plats", "lokal", "mötesdatum"]

    /// A heading's words: without Markdown's marks, or the ">>" notes mark a heading with.
    static func cleanHeading(_ line: String) -> String {
        let line = line.without("**")
        let title = (line.hasPrefix(">>") ? String(line.dropFirst(2)) : line).trimming(anyOf: "#: \t")
        // "Ärende: Budgetläget inför 2026": the label each heading opens with, a title's as a table's
        // column names it, is no word of the title.
        guard let colon = title.firstIndex(of: ":"), titleColumns.contains(title[..<colon].trimmingSpaces().lowercased()) else { return title }
        let rest = title[title.index(after: colon)...].trimmingSpaces()
        return rest.isEmpty ? title : rest
    }

    /// The first clause of text's first line, as a title of at most about ninety characters cut at a
    /// word: a title is never more than a line, nor a sentence of the body after the first.
    static func sentenceTitle(_ text: String) -> String {
        let line = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let flat = line.split(whereSeparator: \.isWhitespace).joined(separator: " ").without("**")
        var sentence = flat
        if let end = flat.firstMatch(of: sentenceEnd) {
            sentence = String(flat[..<end.range.lowerBound])
            if flat[end.range] == "?" { sentence += "?" }
        }
        guard sentence.count > 90 else { return sentence }
        let cut = sentence.prefix(90)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
