import Foundation
import RegexBuilder

/// Reads the attendance lists of minutes: Deltagare, Medverkande, Närvarande, Socialchefer, Övriga,
/// Gäster, Frånvarande… in any of the ways minutes write people (`Namn-Kommun`, `Namn, Kommun`,
/// `Namn<TAB>Kommun`, `Namn (ordf., Kommun)`, comma lists broken across lines).
enum PeopleLists {
    /// What a list says of those it names; `invited`: called to the meeting ("Kallade:") or the
    /// network's members keyed by their initials ("Sign."), who came or not as the list of those
    /// present says.
    enum Kind { case attendees, guests, absent, chairs, scribe, invited, ignored }

    struct Entry: Equatable {
        var person: Person
        var isChair: Bool
        /// Listed with those present, marked as a guest ("Aida Memić, tingsrätten (gäst)").
        var isGuest = false
        /// The initials the list keys the person by ("VA   Vendela Axén").
        var initials: String? = nil
        /// Listed with those present, marked as away ("Bjuv: förhinder (Runa Ekholm)").
        var isAbsent = false
        /// There for an item ("Ola Ek, SiS (punkt 3)", "… under § 25").
        var forItem = false
    }

    struct Section {
        let kind: Kind
        let headingLine: Int
        /// One past the section's last line.
        let end: Int
        let entries: [Entry]
        /// People a table in the section lists without a presence mark.
        var unmarked: [Entry] = []
    }

    /// The labels of attendance lists and of the roles a header names, each with what its list
    /// says of those it names, in the order `heading` tries them: longest first where one begins
    /// another, across kinds too ("medverkande utifrån", guests, before "medverkande"; "sekretariatet"
    /// before "sekr"). A §-range may follow ("Ordförande §§ 1–7:"). In English too, as minutes
    /// written with a neighbour are ("Attendees:", "Apologies:", "Minutes taken by:").
    static let labels: [Label] =
        Label.run(.attendees, .pattern(#"vilka\s+(?:var|är)\s+(?:här|med|där)(?:\s+(?:idag|i\s+dag))?\??"#), .pattern(#"vilka\s+deltog\??"#), .pattern(#"vi\s+var(?=\s*:)"#),
            .pattern(#"vi\s+som\s+var\s+där(?=\s*:)"#))
        + Label.run(.absent, .words("kunde inte komma"), .pattern(#"kunde\s+inte(?=\s*(?:\*\*)?\s*:)"#))
        + Label.run(.chairs, .pattern(#"ledde(?:\s+(?:mötet|träffen))?(?:\s+och\s+\p{Ll}+(?:\s+\p{Ll}+){0,2})?(?=\s*:)"#))
        + Label.run(.attendees, .pattern(#"med\s+på\s+(?:mötet|träffen)(?=\s*(?:\*\*)?\s*:)"#), .pattern(#"med(?:\s+var)?(?=\s*:)"#), .pattern(#"där(?=\s*:)"#))
        + Label.run(.absent, .pattern(#"inte\s+(?:där|med)(?=\s*:)"#), .pattern(#"inte\s+med(?:\s+i\s*dag)?$"#), .pattern(#"ej\s+med(?=\s*:)"#))
        + Label.run(.attendees, .pattern(#"med\s+i\s*dag(?=\s*:|$)"#))
        + Label.run(.chairs, .pattern(#"leder(?:\s+(?:mötet|träffen))?(?=\s*:)"#))
        + Label.run(.scribe, .pattern(#"skrev\s+ihop(?:\s+\p{Ll}+)?(?=\s*:)"#), .pattern(#"skrev(?=\s*:)"#), .pattern(#"skriver(?=\s*:)"#), .pattern(#"antecknade(?=\s*:)"#), .pattern(#"antecknar(?=\s*:)"#))
        + Label.run(.attendees, "deltagare", .words("representation per kommun"))
        + Label.run(.guests, .words("medverkande utifrån"), .words("medverkande gäster"), .words("medverkande gäst"))
        + Label.run(
            .attendees, "medverkande", "närvarande ledamöter", "ordinarie ledamöter", "närvarande från kommunerna", "närvarande", "närvarolista", "närvaro", "närv.", "närv",
            "deltog på plats", "deltog digitalt", "deltog på distans", "deltog", "uppkopplade", .pattern(#"runt\s+bordet(?=\s*:\s*\p{Lu})"#),
            .pattern(#"via\s+(?:teams|zoom|länk)(?=\s*:)"#), "tjänstgörande ersättare", "ersättare, ej tjänstgörande", "ej tjänstgörande ersättare", "ersättare", "ledamöter",
            "sekretariatet", "socialchefer", "ifo-chefer", "enhetschefer", "verksamhetschefer", "avdelningschefer", "områdeschefer",
            "övriga deltagare", "övriga deltagande", "övriga närvarande", "dessutom närvarande", "övriga", "beslutande")
        + Label.run(
            .guests, "gäster", "gäst", "inbjudna gäster", "inbjuden gäst", "inbjudna föredragande", "inbjuden föredragande", "inbjudna föreläsare",
            "inbjuden föreläsare", "föreläsare", "besökare", "besök", "facilitator", "processledare", "inbjudna", "inbjuden")
        // (Co-opted, with the right to speak: the meeting's, or its guests when there for an item.)
        + Label.run(.attendees, "adjungerade", "adjungerad", "adj.", "adj")
        + Label.run(
            .absent, "frånvarande med anmält förhinder", "frånvarande med förhinder", "frånvarande ledamöter", "frånvarande",
            "anmält förhinder", "anmält frånvaro", "anmäld frånvaro", "frånvaro anmäld av", "frånvaro anmäld", "frånvaro", "frånv.", "frånv", "förhindrade", "förhinder", "förh.", "tackat nej",
            "lämnat återbud", "återbud", "borta", .words("hälsade bort sig"), "ej närvarande", "ej närv.", "sjuka/förhinder", "sjuk/förhinder", "sjuka", "sjuk")
        + Label.run(.scribe, "anteckningar", .pattern(#"minnesanteckningar(?=\s*:)"#))
        + Label.run(.chairs, "mötesordförande", .words("värd och ordförande"), "mötesledare", "ordförande", "ordf.", "ordf", "ledning")
        + Label.run(.scribe, "sekreterare", "sekr.", "sekr", "protokollförare", "antecknat av", "antecknat", "antecknare", "dokumentation", "vid pennan", "vid protokollet", "vid tangentbordet", "vid tangenterna")
        + Label.run(.ignored, "justerare", "justerande", "just.", .words("utses att justera"))
        + Label.run(.invited, "kallade", "sign.", "personer", "nätverkets medlemmar", "medlemmar", "obligatoriska deltagare", "valfria deltagare", "required attendees", "optional attendees")
        + Label.run(.attendees, "attendees", "participants", "present")
        + Label.run(.guests, "guests", "guest")
        + Label.run(.absent, "apologies", "absent")
        + Label.run(.chairs, "chairperson", "chair")
        + Label.run(.scribe, .words("minutes taken by"), .words("note taker"), "secretary", "minutes")

    /// A label of `labels` and the kind of list it heads.
    struct Label {
        let text: Patterns.Alternative
        let kind: Kind

        static func run(_ kind: Kind, _ texts: Patterns.Alternative...) -> [Label] { texts.map { Label(text: $0, kind: kind) } }

        /// Its letters up to the first that is not one, lowercase: all a line must start with to be headed by it.
        var firstWord: String {
            switch text {
            case .text(let text), .words(let text), .verb(let text, _), .pattern(let text): String(text.prefix(while: \.isLetter)).lowercased()
            }
        }
    }

    nonisolated(unsafe) static let heading = Regex<AnyRegexOutput>(
        Regex {
            Patterns.parsed(#"^\s*(?:#+\s*)?(?:\*\*)?\s*"#)
            Capture { Patterns.oneOf(labels.map(\.text)) }
            // "för dagen", "per kommun", a year alone after it ("Nätverkets medlemmar 2026"); the label again in another language ("Apologies / förhinder"); a §-range or "under punkt 3" (", punkt 2", "vid § 3", "under ärende 3"); "enligt …" or "i …", or a remark
            // after a dash ("Deltagare – initialerna används nedan"), up to the colon (2); a parenthesis; the colon (3); the rest (4).
            Patterns.parsed(
                #"(?:\s+för\s+dagen|\s+per\s+kommun|\s+(?:19|20)\d\d(?=\s*$))?(?:\s*\/\s*\p{L}+)?(?:,?\s+(?:under\s+|vid\s+)?§§?\s*[\d\s–,.-]+(?:och\s+\d+)?|,?\s+(?:under\s+|till\s+|vid\s+)?(?:punkt(?:en)?|p\.|fråga|ämne|ärende)\s*\d[\d.]*)?"#
                    + #"(\s+(?:enligt|i|dag|båda|hela|förmiddag(?:en)?|eftermiddag(?:en)?)\s+[^:]{1,40}?(?=\s*(?:\*\*)?\s*:)|(?:\*\*)?\s+[–—-]\s+\p{Ll}[^:]{1,60}?(?=\s*(?:\*\*)?\s*:))?(?:\s*\([^)]*\))?\s*(?:\*\*)?\s*(:)?\s*(?:\*\*)?\s*(.*)$"#)
        }.ignoresCase())
    /// The first words of `heading`'s labels.
    static let headingFirstWords = Array(Set(labels.map(\.firstWord)))

    /// Whether a line's first word (after white space, # and **, as `heading` skips them) starts with
    /// the first word of one of its labels: the pattern, tried on every line, was a twentieth of reading.
    static func mayBeHeading(_ line: String) -> Bool {
        var rest = line.drop { $0.isWhitespace }
        rest = rest.drop { $0 == "#" }.drop { $0.isWhitespace }
        if rest.hasPrefix("**") { rest = rest.dropFirst(2).drop { $0.isWhitespace } }
        let word = rest.prefix { $0.isLetter }.lowercased()
        return headingFirstWords.contains { word.hasPrefix($0) }
    }

    /// A column that marks presence, in a table's header ("Närvarande", "Närv.", "X").
    nonisolated(unsafe) static let presenceColumn = /(?i)^(?:närv\.?|närvarande|närvaro|x|ja\/nej)$/
    /// A presence mark in a table cell.
    static let presentMarks: Set<String> = ["x", "ja", "✓", "✔", "närv", "närvarande"]
    nonisolated(unsafe) static let taskLine = /(?:[-*]\s+)?\[([ xX✓])\]\s+(.+)/
    /// "Mats Öberg, kassör      x": a name, two spaces or more, a mark.
    nonisolated(unsafe) static let markedLine = /^(.*?\S)\s{2,}([xX✓])\s*$/

    nonisolated(unsafe) static let parenthesised = /\s*\([^)]*\)\s*/
    nonisolated(unsafe) static let twoSentences = /[.!?]\s+\p{L}/
    /// A bullet's mark: a dash, dot or star, or Word's second level as plain text writes it ("o   Text",
    /// `o<TAB>` read as "◦").
    nonisolated(unsafe) static let bulletMark = /^(?:[-•*–◦]\s+|o\s{2,})/
    /// A line without the list bullet it starts with; nil when it starts with none.
    static func withoutBullet(_ line: String) -> String? {
        guard let first = line.first, "-•*–◦o".contains(first) else { return nil }  // (a cheap test first)
        return line.firstMatch(of: bulletMark).map { String(line[$0.range.upperBound...]) }
    }

    nonisolated(unsafe) static let spacedDash = /\s+[-–—]\s+/
    /// A clause giving a reason or a contrast ("eftersom …", "men …", "trots att …"), not a role.
    nonisolated(unsafe) static let reasonClause = /(?i)(?:eftersom|därför\s+att|men|medan|trots\s+att)\s/
    /// "AK = Agda Kvarnström, Bjuv": initials and the name they stand for.
    nonisolated(unsafe) static let initialsLegend = /\s*(\p{Lu}{2,3})\s*=\s*(\p{Lu}.*)/
    nonisolated(unsafe) static let abbreviatedFrom = /\bfr\.\s*(?=\p{Lu})/
    /// When a guest took part, after the name or inside its parentheses ("(gäst under punkt 4)":
    /// then only the words, first, so the guest's mark stays).
    nonisolated(unsafe) static let duringItem = /(?i),?\s+under\s+(?:punkt(?:en)?|p\.)\s*(?:\d+|\p{Ll}\b)(?:\s*(?:,|och|&)\s*\d+)*(?=\s*\))|,?\s+under\s+(?:ämnet|punkten|frågan)\s+om\s+[^()]+?(?=\s*\))|,?\s*\(?\s*under\s+(?:punkt(?:en)?|p\.)\s*(?:\d+|\p{Ll}\b)(?:\s*(?:,|och|&)\s*\d+)*\s*\)?\.?\s*$|\s*[-–—,]\s*(?:for\s+)?agenda\s+items?\s+\d+(?:\s*(?:,|and|&)\s*\d+)*\s*\.?\s*$|\s*\(\s*(?:punkt|p\.|ämne)\s*\d+\s*\)\s*$|,?\s*(?:\(\s*§§?\s*\d+(?:\s*(?:[-–,&]|och)\s*\d+)*\s*\)|§§?\s*\d+(?:\s*(?:[-–,&]|och)\s*\d+)*)\.?\s*$/
    /// "Pia Jansson, Daniel Ström och Sanna Bäck hade anmält förhinder.": the absent, in a sentence.
    /// "[Tomas: förhinder hade …]": a note one added to the minutes, signed by a first name.
    nonisolated(unsafe) static let editorsNote = /\s*\[\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?:\s+(.+?)\s*\]\s*/
    /// "Förhinder hade Maja Rydell, Svalöv, och Oskar Fjäll.": the verb before them.
    nonisolated(unsafe) static let absentSentence = /(?i)^\s*([\p{Lu}][^.!?:]*?)\s+(?:hade|har)\s+(?:anmält\s+)?förhinder\s*\.?\s*$|^\s*([\p{Lu}][^.!?:]*?)\s+(?:var|är)\s+(?:frånvarande|förhindrade?)\s*\.?\s*$|^\s*förhinder\s+(?:hade|har)\s+(?-i:(\p{Lu}[^.!?:]*?))\s*\.?\s*$/

    /// "Närvarande var Anna Ek (Bjuv), Per Holm och Sara Lind från Klippan samt Ida Berg.": those
    /// present, in a sentence; "Som gäst deltog Ola Ek från Kronofogden under punkt 3.": a guest.
    /// (A letter's "Med var …", "Där fanns …" too: `LetterReader` reads its sentences by this.)
    /// "Mötet leddes av Alvar Sandahl.": who chaired, in a sentence ("… och Ola Ek förde
    /// anteckningar": up to where another says what they did).
    nonisolated(unsafe) static let chairSentence =
        /(?i)^\s*(?:mötet|träffen|dagens\s+möte)\s+(?:leddes|hölls)\s+av\s+(\p{Lu}.*?)(?:\s+(?:gemensamt|tillsammans))?(?-i:\s+och\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:förde|skrev|antecknade|höll\s+i\s+pennan)\b.*)?\s*\.?\s*$/
    nonisolated(unsafe) static let presentSentence = /(?i)^\s*(?:(?:närvarande(?:\s+(?:vid|på)\s+(?:mötet|träffen))?|med\s+på\s+(?:mötet|träffen)|på\s+(?:mötet|träffen)|där|med|uppkopplade(?:\s+från\s+(?:start|början))?)\s+(?:var|fanns|deltog):?|vi\s+som\s+(?:var\s+med|deltog|var\s+där|var\s+på\s+plats)\s*:|på\s+plats(?:\s+från\s+(?:start|början))?\s*:|(?:ps\.?\s+)?vi\s+var\s+\p{L}+(?:\s+(?:på\s+(?:mötet|träffen)|stycken|från\s+nätverket|den\s+här\s+gången|i\s*dag))?\s*:)\s+(\p{Lu}.*?)\s*\.?\s*$/
    nonisolated(unsafe) static let guestSentence = /(?i)^\s*som\s+gäst(?:er)?\s+deltog\s+(\p{Lu}.*?)(?:\s+under\s+punkt(?:en)?\s+[\d.]+)?\s*\.?\s*$/
    /// "Sara Lind från Klippan": a name and where the person came from.
    nonisolated(unsafe) static let nameFrom = /^(.+?)\s+från\s+(\p{Lu}.*)$/

    /// The people a sentence lists ("A (Bjuv), B och C från Klippan samt D"), as a list's text; nil
    /// unless every part is a person: "Närvarande var alla utom Bjuv" is prose.
    static func sentenceList(_ names: Substring) -> String? {
        // A list that goes on over the line's end is a letter's sentence, read whole by `LetterReader`.
        guard !names.hasSuffix(","), !names.hasSuffix(" och"), !names.hasSuffix(" samt") else { return nil }
        let parts = listParts(names)
        let people = parts.map { part in
            let part = withoutDetails(part)
            return part.wholeMatch(of: nameFrom).map { String($0.1) } ?? part
        }
        return people.allSatisfy(isName) && people.contains(where: { $0.split(separator: " ").count >= 2 }) ? parts.joined(separator: ", ") : nil
    }

    /// The words that join a list's last two ("A och B", "A samt B").
    nonisolated(unsafe) static let joiningWord = /\s+(?:och|samt)\s+/

    /// The parts of a list as a sentence writes it ("A (Bjuv), B och C samt D"): apart by commas
    /// outside parentheses, "och" and "samt".
    static func listParts(_ text: some StringProtocol) -> [String] {
        splitOutsideParentheses(String(text).replacing(joiningWord, with: ", "))
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The kind of list a label heads: the first of `labels` it is, as `heading` tried them. A label
    /// of words is known by its words however far apart ("Minutes  taken by"); one of the few
    /// patterns by matching it where it stands, since a pattern may look past it at its line's colon
    /// ("Vi var:"): a substring's base is the line it was read from.
    static func kind(of label: Substring) -> Kind {
        let key = label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let kind = kindsByWords[key] { return kind }
        let line = label.base[label.startIndex...]
        return labelPatterns.first { pattern in
            key.hasPrefix(pattern.firstWord) && (try? pattern.regex.prefixMatch(in: line))?.map { $0.range.upperBound == label.endIndex } == true
        }?.kind ?? .attendees
    }

    /// The labels of words, by their words lowercase (the first where two are alike).
    private static let kindsByWords: [String: Kind] = Dictionary(
        labels.compactMap { label in
            switch label.text {
            case .text(let text), .words(let text): (text, label.kind)
            case .verb, .pattern: nil
            }
        }, uniquingKeysWith: { first, _ in first })
    /// The labels of patterns, made on the first label no words name (few are).
    nonisolated(unsafe) private static let labelPatterns: [(regex: Regex<Substring>, firstWord: String, kind: Kind)] = labels.compactMap { label in
        guard case .pattern = label.text else { return nil }
        return (label.text.regex.ignoresCase(), label.firstWord, label.kind)
    }

    /// A section heading on this line: its kind and whatever follows the colon.
    static func heading(_ line: String) -> (Kind, String)? {
        // A label may be a list's bullet of its own ("- **Anmält förhinder:** …"), or a sentence
        // one added in brackets ("[Tomas: förhinder hade …]").
        var line = withoutBullet(line) ?? line
        if line.hasSuffix("]"), let note = line.wholeMatch(of: editorsNote) { line = String(note.1) }
        // Or a sentence saying who was away: its names are the list.
        if line.holds("örhinder") || line.holds("rånvarande"), let away = line.wholeMatch(of: absentSentence) {
            let names = String(away.output.1 ?? away.output.2 ?? away.output.3 ?? "").replacingOccurrences(of: " och ", with: ", ")
            // Only people, each perhaps with their kommun after them ("Maja Rydell, Svalöv"):
            // "Socialchefen hade förhinder" or a kommun alone is prose.
            let parts = names.split(separator: ",").map(withoutDetails)
            if parts.allSatisfy({ isName($0) || Municipality.named($0) != nil }), parts.contains(where: { $0.split(separator: " ").count >= 2 }) { return (.absent, names) }
        }
        if line.holds("leddes av") || line.holds("hölls av"), let chair = line.wholeMatch(of: chairSentence) {
            // (A first name alone is the one the lists give: "Mötet leddes av Ada och Per förde anteckningar".)
            if let list = sentenceList(chair.1) ?? (isName(String(chair.1)) && !chair.1.contains(" ") ? String(chair.1) : nil) { return (.chairs, list) }
        }
        if line.holds(" var ") || line.holds(" fanns ") || line.holds("deltog") {
            if let present = line.wholeMatch(of: presentSentence), let list = sentenceList(present.1) { return (.attendees, list) }
            if let guest = line.wholeMatch(of: guestSentence), let list = sentenceList(guest.1) { return (.guests, list) }
        }
        // A cheap test first: a heading's first word (after # and **) starts with one of its labels'.
        guard mayBeHeading(line), let match = line.wholeMatch(of: heading) else { return nil }
        let (label, qualified, colon) = (match.output[1].substring ?? "", match.output[2].substring, match.output[3].substring)
        var rest = String(match.output[4].substring ?? "").trimmingSpaces()
        let isMarkdownHeading = line.trimmingSpaces().hasPrefix("#")
        // "Ledamöter<TAB>Närvarande", "Ledamöter      Närv.", "Närvarande<TAB>Kommun<TAB>Funktion": a
        // table's header, not an entry.
        if colon == nil, rest.contains(presenceColumn) || line.holds("\t") && (Table.cells(rest) ?? [rest]).allSatisfy(isColumnName) { rest = "" }
        // "Närvarande var alla…" is prose, not a heading: a heading ends in a colon or stands alone.
        // (Its length without a legend in parentheses: "NÄRVARO   (☒ = närvarande   ☐ = ej närvarande)".)
        guard colon != nil || (rest.isEmpty && (isMarkdownHeading || line.count < 40 || line.holds("\t") || line.replacing(parenthesised, with: "").count < 40))
        else { return nil }
        // "Deltagare enligt närvarorapporten i Teams:", "Tackat nej i kallelsen:": a qualified label
        // ends in its colon; "Anteckningar" heads notes unless a name follows its colon.
        if qualified != nil, colon == nil { return nil }
        // (A year after the label heads the year's members alone: "NÄRVAROLISTA 2025" heads a table of days.)
        if rest.isEmpty, kind(of: label) != .invited, let last = line.trimmingSpaces(and: "*:").split(separator: " ").last, last.count == 4,
            last.allSatisfy(\.isNumber), !line.holds("§")
        {
            return nil
        }
        // ("Minutes:" likewise only over a name: "Minutes: Rosalind Whitcombe", as English notes write the scribe.)
        // (Or a first name alone, as a header's other labels name them: "Anteckningar: Femke.")
        if ["anteckningar", "minutes"].contains(label.lowercased()), colon == nil
            || !(isCapitalisedFullName(String(rest.prefix { $0 != "," })) || (2...3).contains(rest.count) && rest.allSatisfy(\.isUppercase)
                || isFirstNameAlone(rest.trimming(anyOf: "."))) { return nil }
        // ("Övriga: oklart, återkommer" in a table of kommuner: the rest of them, no people.)
        if label.lowercased() == "övriga", let word = rest.split(separator: " ").first?.trimming(where: \.isPunctuation),
            ["oklart", "inga", "ingen", "inget", "se", "återkommer", "ej", "okänt"].contains(word.lowercased())
        {
            return nil
        }
        return (kind(of: label), rest)
    }

    /// The heading at a line, and the line after it: a sentence naming who was away may wrap onto
    /// the next line ("… hade anmält\nförhinder.", "… och Anna-Karin\nRoos hade förhinder.").
    static func heading(in lines: [String], at index: Int) -> (Kind, String, next: Int)? {
        if let (kind, inline) = heading(lines[index]) { return (kind, inline, index + 1) }
        guard index + 1 < lines.count, [lines[index], lines[index + 1]].contains(where: { $0.holds("örhinder") || $0.holds("rånvarande") })
        else { return nil }  // (asked of every line: most are no such sentence)
        let line = lines[index].trimmingSpaces()
        guard let last = line.last, !".:;!?".contains(last),
            let (kind, inline) = heading(line + " " + lines[index + 1].trimmingSpaces()), kind == .absent
        else { return nil }
        return (kind, inline, index + 2)
    }

    /// Whether a line under a list is a label that ends it: one closing its line ("Sekreterare:" over
    /// a name), the next by a tab ("Ordförande:<TAB>Ada Ek" over "Sekreterare:<TAB>Per Holm", no
    /// table's row), or a label of words, no person ("Not represented: Svalöv, Örkelljunga").
    static func endsList(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        if line.without("**").hasSuffix(":") || line.holds("\t") && heading(line) != nil { return true }
        let label = line[..<colon].split(separator: " ")
        // ("Plats: Bjuv, Medborgarhuset": a header's label, whatever its value.)
        if label.count == 1, headerLabels.contains(label[0].lowercased()) { return true }
        // ("Taggar: Bostad först, nätverksmöte" under "Deltagare: …": a word's label, no kommun's, nor a
        // person's row, "Anna: Bjuv, kurator", nor a row of people, "Polisen: Tora Vik, Ebbe Sand".)
        let value = line[line.index(after: colon)...]
        let first = value.prefix { $0 != "," && $0 != ";" && $0 != "(" }.trimmingSpaces()
        if label.count == 1, let word = label.first, word.first?.isUppercase == true, word.allSatisfy(\.isLetter), Municipality.named(word) == nil,
            value.first == " ", Municipality.named(first) == nil, !isCapitalisedFullName(first)
        {
            return true
        }
        return (2...3).contains(label.count) && label.first?.first?.isUppercase == true
            && label.dropFirst().contains { $0.first?.isLowercase == true }
    }

    /// A label of words alone on its line over its value, as a form's table flattened a cell a line
    /// writes it ("Ej representerade" over "Svalöv, Örkelljunga", "Föregående möte" over a date): it
    /// ends a list above it. No person's name: the words after the first small, none a name's particle.
    static func isLoneLabel(_ lines: [String], at index: Int) -> Bool {
        let words = lines[index].trimmingSpaces().split(separator: " ")
        return (2...3).contains(words.count) && index + 1 < lines.count && !MinutesDocument.isBlank(lines[index + 1])
            && words[0].first?.isUppercase == true && words.allSatisfy({ $0.allSatisfy(\.isLetter) })
            && words.dropFirst().allSatisfy({ $0.count >= 3 && $0.first?.isLowercase == true && !Person.nameParticles.contains(String($0)) })
    }

    /// A sentence of what those named did, under a list of them ("Grzegorz och Izet var med via
    /// Teams, vi andra satt i rummet."): names, then a verb. It ends the list.
    static func saysWhatTheyDid(_ line: String) -> Bool {
        guard line.hasSuffix(".") else { return false }
        let words = line.split(separator: " ")
        let named = words.prefix { $0.first?.isUppercase == true || $0 == "och" }
        return !named.isEmpty && named.count < words.count && pastVerbs.contains(String(words[named.count]))
    }
    static let pastVerbs: Set<String> = ["var", "kom", "gick", "deltog", "hade", "satt", "anslöt", "fick", "kunde", "ringde", "lämnade", "ledde", "höll", "skrev", "förde", "antecknade"]

    /// Labels of a header's when and where, which end any list above them.
    static let headerLabels: Set<String> = ["datum", "plats", "tid", "lokal", "ort", "mötesplats", "dag"]

    static func sections(in lines: [String]) -> [Section] {
        let lines = lines.map(withoutAddresses)
        var sections: [Section] = []
        var index = 0
        while index < lines.count {
            if let (found, end) = kommunTable(lines, at: index) ?? kommunColumns(lines, at: index) ?? roster(lines, at: index) {
                sections += found
                index = end
                continue
            }
            if let labels = labelsSideBySide(lines[index]) {
                for (kind, names) in labels {
                    sections.append(Section(kind: kind, headingLine: index, end: index + 1, entries: entries(from: [names])))
                }
                index += 1
                continue
            }
            // "Ordf. Anna Ek, sekr. Per Holm": two labels on one line, two sections.
            if let (chair, scribe) = chairAndScribe(lines[index]) {
                sections.append(Section(kind: .chairs, headingLine: index, end: index + 1, entries: entries(from: [chair])))
                sections.append(Section(kind: .scribe, headingLine: index, end: index + 1, entries: entries(from: [scribe])))
                index += 1
                continue
            }
            guard let (kind, inline, after) = heading(in: lines, at: index) else {
                index += 1
                continue
            }
            let start = index
            var chunks = inline.isEmpty ? [] : [inline]
            // A table: presence read from its mark column ("X", "ja"), or from a mark at a line's end.
            var table = Table(header: lines[index])
            var unmarked: [String] = []
            var numberedList = false, hosts = false
            index = after
            while index < lines.count {
                let line = withoutGroup(lines[index].trimmingSpaces())
                // (A table of kommuner and who came from each, under the label: read as such, below; as is a
                // table of people whose names are not its first column, right under it: "Deltagare" over
                // "Kommun<TAB>Namn<TAB>Närvarande". A list reads a row's first cell as its person.)
                if kommunTable(lines, at: index) != nil || kommunColumns(lines, at: index) != nil
                    || chunks.isEmpty && Table.cells(line)?.first.map({ !["namn", "name"].contains($0.lowercased().trimming(anyOf: "*: ")) }) == true
                        && roster(lines, at: index) != nil
                { break }
                // (A heading's rule under it, "DELTAGARE" over "=====", or a table's header rule.)
                if table.isHeader(line) || chunks.isEmpty && line.count >= 3 && line.allSatisfy({ "=-_".contains($0) }) {
                    index += 1
                    continue
                }
                if endsList(line), !isSubLabel(lines, at: index) { break }
                // (An item's marker ends it, no blank line between: "§ 1<TAB>MÖTETS ÖPPNANDE" is no row of people.)
                if !numberedList, line.first == "§", MinutesDocument.numbered(line) != nil { break }
                if let row = table.row(line) {
                    if let entry = row.entry { (row.present ? { chunks.append(entry) } : { unmarked.append(entry) })() }
                    index += 1
                    continue
                }
                // "**Att göra:**" under a task list: a label of what follows, not one more person.
                // "Från nätverket:" over some of those listed, "Från Trädgårdsverkstaden (värdar):" over
                // others: where they are from, a body's people its guests (hosts of a study visit).
                if isSubLabel(lines, at: index) {
                    // (Its people guests when it says so: "(värdar)", "(gäster)".)
                    let lower = line.lowercased()
                    hosts = kind == .attendees && (lower.holds("värd") || lower.holds("gäst"))
                    index += 1
                    continue
                }
                // ("ungdomsenheten@bastad.se" among those Teams lists: a mailbox, no one.)
                if line.holds("@"), line.wholeMatch(of: address) != nil {
                    index += 1
                    continue
                }
                if line.isEmpty {
                    let next = lines[index...].firstIndex { !$0.trimmingSpaces().isEmpty }
                    guard let next else { break }
                    let joined = chunks.joined(separator: " ")
                    // A list goes on over a blank line only where it plainly does: a trailing comma,
                    // or more of the list on the next line ("Deltagare: …\n\nSyfte" ends it).
                    // (Not a paragraph after it: "Socialchefen i Höganäs, som leder nätverket, …".)
                    let firstPart = withoutDetails(clean(String(splitOutsideParentheses(lines[next]).first ?? "")))
                    let openList = commaCount(joined) >= 2 && !joined.hasSuffix(".")
                        && (joined.hasSuffix(",") || lines[next].holds(",") && (isName(firstPart) || Municipality.named(firstPart) != nil))
                    // (Or a name a paragraph, as a list typed with a blank line under each entry: after a
                    // paragraph of one line, another naming someone, "Per Holm, Klippan", not "Digital ansökan".)
                    let nextAlone = next + 1 == lines.count || MinutesDocument.isBlank(lines[next + 1])
                    let anotherParagraph = !chunks.isEmpty && index >= 2 && MinutesDocument.isBlank(lines[index - 2]) && nextAlone && isCapitalisedFullName(firstPart)
                    if chunks.isEmpty || (openList || anotherParagraph) && isEntryLike(lines[next]) && heading(in: lines, at: next) == nil
                        || isSubLabel(lines, at: next)
                    {
                        index = next
                        continue
                    }
                    break
                }
                // "1. Svante Lindvall, Åstorp": a numbered list of people, each with a detail.
                if chunks.isEmpty || numberedList, let person = numberedPerson(line) {
                    numberedList = true
                    chunks.append(person)
                    index += 1
                    continue
                }
                // A bullet's detail wrapped onto a line indented under its text ("  - Ann Ek (Bjuv) – host, in charge of
                // the" over "    social investment fund"): the bullet's.
                if let last = chunks.indices.last, wrapsBullet(lines[index - 1], lines[index]) {
                    chunks[last] += " " + line
                    index += 1
                    continue
                }
                if heading(in: lines, at: index) != nil || chairAndScribe(line) != nil || isLoneLabel(lines, at: index) || saysWhatTheyDid(line)
                    || !(isEntryLike(line) || continuesList(chunks, line)) || isBoldHeading(line) || isCapitalsHeading(line, after: chunks)
                { break }
                if !isSeparator(line) {
                    // A detail wrapped onto the next line ("Golnar Ahmadi, Arbetsförmedlingen, Kundtjänst" over
                    // "arbetsgivare Skåne nordväst (punkt 3)"): the line before's. Not a role before a name
                    // ("fältsekreterare Agnes Rosendahl").
                    // Nor a line with a kommun of its own or one that names someone new ("samt Karin (Svalöv)",
                    // "kurator Karin (Svalöv)").
                    let words = line.split(separator: " ")
                    let rest = words.drop { $0.first?.isLowercase == true }
                    let roleAndName = rest.count >= 2 && rest.prefix(2).allSatisfy { $0.first?.isUppercase == true }
                    let newPerson = ["samt", "och", "även"].contains(String(words.first ?? "")) || isJobTitle(String(words.first ?? ""))
                        || words.contains { Municipality.named($0.trimming(where: \.isPunctuation)) != nil }
                    // (Or a detail in parentheses of its own: "(under punkt b)".)
                    let aside = line.hasPrefix("(") && line.hasSuffix(")") && !line.dropFirst().contains("(")
                    // (Or a line the one before leaves unfinished: "…, tjänstgörande ersättare för" over "Dragica Pavlović",
                    // "…, regional utvecklingsledare," over "Länsstyrelsen Skåne, § 55", the body its job is at.)
                    let unfinished = chunks.last.map { last in
                        ["för", "av", "från", "hos", "vid"].contains(String(last.split(separator: " ").last ?? ""))
                            || last.hasSuffix(",") && isOtherBody(String(line.prefix { $0 != "," }).trimmingSpaces())
                    } ?? false
                    if let last = chunks.indices.last, unfinished || (line.first?.isLowercase == true || aside) && !roleAndName && !newPerson, !line.holds(":") {
                        chunks[last] += " " + line
                    } else {
                        chunks.append(hosts ? line + " (gäst)" : line)
                    }
                }
                index += 1
            }
            var listed = entries(from: (kind == .chairs || kind == .scribe) && chunks.count == 1 ? surnamesFirst(chunks, oneName: true) : chunks)
            // "Övriga närvarande": those from another body (a detail that is its name, "Region Skåne")
            // are the meeting's guests; the rest ("socialchef", "nämndsekreterare") attend.
            // (A protocol's "Dessutom närvarande" alike.)
            if kind == .attendees, case let label = lines[start].trimmingSpaces().lowercased(), label.hasPrefix("övriga") || label.hasPrefix("dessutom") {
                // (The body any part of the detail: "regional utvecklingsledare, Länsstyrelsen Skåne".)
                // (Or a job only another body has: "kommunpolis, lokalpolisområde Landskrona".)
                // (Or a body's one name, "Forum": no job, no kommun's unit.)
                let outside = { (role: String) in
                    role.split(separator: ",").contains { isOtherBody($0.trimmingSpaces()) }
                        || !role.contains(" ") && role.first?.isUppercase == true && !isJobTitle(role) && !isDefiniteNoun(Substring(role))
                        && Municipality.named(role) == nil
                        || role.lowercased().split { !$0.isLetter }.contains { ["polis", "polisen", "kommunpolis", "polisinspektör"].contains($0) || $0.hasPrefix("lokalpolisområde") }
                }
                for number in listed.indices where listed[number].person.role.map(outside) == true && listed[number].person.municipality == nil {
                    listed[number].isGuest = true
                }
            }
            // "Adjungerade": co-opted for the whole meeting, the meeting's; for an item ("Adjungerad
            // under punkt 3", "Ola Ek, SiS (§ 25)"), its guests.
            if kind == .attendees, case let label = lines[start].trimming(anyOf: "#* \t").lowercased(), label.hasPrefix("adj") {
                let head = label.prefix { $0 != ":" && $0 != "\t" }
                let labelForItem = head.holds("punkt") || head.holds("§")
                for number in listed.indices where labelForItem || listed[number].forItem { listed[number].isGuest = true }
            }
            sections.append(Section(kind: kind, headingLine: start, end: index, entries: listed, unmarked: entries(from: unmarked)))
        }
        return sections
    }

    /// "Rönnqvist, Alva (Helsingborg)": a surname, a comma, a first name and a detail in parentheses,
    /// as a Teams report writes people ("Lena, Bris" is no such part). A lone surname before the comma is no full name, so such a part is turned ("Alva
    /// Rönnqvist (Helsingborg)"); and in a list with one, so is "Wallgren Sandell, Caroline".
    static func surnamesFirst(_ parts: [String], oneName: Bool = false) -> [String] {
        let turned = parts.map { part -> String? in
            // (The chair's or scribe's one name, "Mötesledare: Ahlbäck, Gunvor", as Outlook writes it, needs no detail.)
            guard part.holds(","), let match = clean(part).wholeMatch(of: surnameFirst), match.3 != nil || oneName && !isJobTitle(String(match.2)),
                Municipality.named(match.2) == nil,
                !isDefiniteNoun(match.2), Municipality.named(match.1) == nil,
                match.3.map({ !namesSomeone($0) }) ?? true,
                !organisationWords.contains(where: match.1.lowercased().contains)  // (a surname may end as "Palmgren" does)
            else { return nil }
            return "\(match.2) \(match.1)" + (match.3.map { " " + $0 } ?? "")
        }
        let loneSurnames = turned.indices.filter { turned[$0] != nil && !clean(parts[$0]).prefix { $0 != "," }.contains(" ") }
        guard !loneSurnames.isEmpty else { return parts }
        return parts.indices.map { turned[$0] ?? parts[$0] }
    }

    /// Whether a detail after a dash names a person: then what stands before is a body, not a name
    /// turned ("Kronofogden, Malmö – Lisa Sjö, jurist").
    static func namesSomeone(_ detail: Substring) -> Bool {
        detail.first != "(" && isCapitalisedFullName(String(detail.dropFirst().trimmingSpaces().prefix { $0 != "," }))
    }

    /// (The detail in parentheses, or after a spaced dash: "Sparrsäter, Catharina – Helsingborg".)
    nonisolated(unsafe) static let surnameFirst = /(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?),\s*(\p{Lu}\p{Ll}[\p{L}-]*)\s*(\(.*\)|[–-]\s+\S.*)?/

    /// The person a numbered line lists with a detail ("1. Svante Lindvall, Åstorp", "2. Moa Hultgren
    /// (Helsingborg)"), as an entry's text; nil for an agenda's line ("1. Mötets öppnande").
    static func numberedPerson(_ line: String) -> String? {
        guard let first = line.first, first.isNumber, let numbered = line.wholeMatch(of: AgendaReader.numbered) else { return nil }
        let rest = String(numbered.2)
        guard let made = entry(clean(rest)), isCapitalisedFullName(made.person.name),
            made.person.municipality != nil || made.person.role != nil || made.isChair
        else { return nil }
        return rest
    }

    /// Whether line goes on with the bullet of the line before, indented deeper than it and in lower case.
    static func wrapsBullet(_ before: String, _ line: String) -> Bool {
        let indent = { (line: String) in line.prefix { $0 == " " || $0 == "\t" }.count }
        let text = line.trimmingSpaces()
        // (No label, no one named: "via Teams: Per Holm", "samt Sara Lund från Region Skåne" are lists' own.)
        guard text.first?.isLowercase == true, indent(line) > indent(before) + 1, withoutBullet(before.trimmingSpaces()) != nil,
            !text.holds(":"), !text.contains(where: \.isUppercase)
        else { return false }
        return withoutBullet(text) == nil
    }

    /// "MA" of "Marisol Arrieta": the first letter of each word of a name, in capitals (particles too:
    /// notes write "SvD" rarely, "SVD" of "Sjoerd van Dalen" as often).
    static func initials(of name: String) -> String {
        String(name.split(separator: " ").compactMap(\.first)).uppercased()
    }

    /// A line all in bold standing alone ("**Runda**" under "Gäst: …"): a heading, which ends a list
    /// (not a name in bold, "**Ada Ek**").
    static func isBoldHeading(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        guard text.hasPrefix("**"), text.hasSuffix("**"), text.utf8.count > 4 else { return false }
        let inner = String(text.dropFirst(2).dropLast(2))
        return !inner.holds("**") && !isCapitalisedFullName(inner)
    }

    /// A line in capitals under names that are not ("**DIGITAL ANSÖKAN**" under "Per Holm, Klippan"):
    /// a heading, not a name written in capitals (which a list of such names may hold).
    static func isCapitalsHeading(_ line: String, after chunks: [String]) -> Bool {
        let inCapitals = { (text: String) in
            let name = withoutDetails(clean(String(splitOutsideParentheses(text).first ?? "")))
            return name.filter(\.isLetter).count >= 4 && !name.contains(where: \.isLowercase)
        }
        return !chunks.isEmpty && inCapitals(line) && !chunks.contains(where: inCapitals)
    }

    /// A line that goes on with a list wrapped over lines: after a comma or an abbreviated "fr.", or,
    /// after a line of the list that ends without a full stop, one that opens with the last person's
    /// detail ("(Klippan), Gabriel Sandström, …").
    static func continuesList(_ chunks: [String], _ line: String) -> Bool {
        guard let last = chunks.last, !line.isEmpty, !AgendaReader.isNumbered(line) else { return false }
        if last.hasSuffix(",") || last.hasSuffix(" fr.") { return true }
        // ("…, Geriatriska kliniken, Helsingborgs" over "lasarett (punkt C)": a detail wrapped.)
        // (A kommun in its parentheses goes on from any name: "…, Velimir Dragičević" over "(Landskrona), Frideborg …".)
        return !last.hasSuffix(".") && (commaCount(last) >= 2 && (line.hasPrefix("(") || line.first?.isLowercase == true)
            || line.hasPrefix("(") && Municipality.named(line.dropFirst().prefix { $0 != ")" }) != nil)
    }

    nonisolated(unsafe) static let chairAndScribeLine = /(?i)^\s*(?:ordf\.?|ordförande|mötesordförande)\s*:?\s+([^,:.·|]+?)\s*[,.·|]\s*(?:sekr\.?|sekreterare|antecknare|anteckn\.?)\s*:?\s+([^,:.]+?)\s*\.?\s*$/

    /// The chair and the scribe a line names as two labels ("Ordf. Anna Ek, sekr. Per Holm", "Ordf:
    /// Majken. Anteckn: Liam."); not a sentence ("Ordförande för dagen var Eva Lind, sekreterare Per
    /// Holm.": no name follows the label).
    static func chairAndScribe(_ line: String) -> (String, String)? {
        guard line.holds(",") || line.holds(". ") || line.holds("·") || line.holds("|"), line.lowercased().holds("ordf"), let both = line.wholeMatch(of: chairAndScribeLine),
            isName(String(both.1)), isName(String(both.2))
        else { return nil }
        return (String(both.1), String(both.2))
    }

    /// "| Kommun | Närvarande | Förhinder |" over a row a kommun, its people in the column that says
    /// whether they came ("| Ängelholm | Tuve Ek, Sonny Grahn |  |"): a section for each such column.
    static func kommunTable(_ lines: [String], at index: Int) -> ([Section], end: Int)? {
        guard lines[index].holds("|") || lines[index].holds("\t"), let header = Table.cells(lines[index])?.map({ $0.lowercased().trimming(anyOf: "*: ") }),
            header.first == "kommun", !header.contains(where: { ["namn", "name", "ledamot", "person", "deltagare"].contains($0) }), case let kommunAt = 0,
            case let columns = header.indices.compactMap({ column in column == kommunAt ? nil : statusColumns[header[column]].map { (column, $0) } }),
            columns.contains(where: { $0.1 == .attendees })
        else { return nil }
        var end = index + 1
        var listed: [Kind: [Entry]] = [:]
        while end < lines.count, Table.isRule(lines[end]) || Table.cells(lines[end]) != nil {
            defer { end += 1 }
            guard let cells = Table.cells(lines[end]), cells.count == header.count, let kommun = Municipality.named(cells[kommunAt]) else { continue }
            for (column, kind) in columns {
                for name in listParts(cells[column]) {
                    guard var entry = entry(clean(name)) else { continue }
                    entry.person.municipality = entry.person.municipality ?? kommun
                    listed[kind, default: []].append(entry)
                }
            }
        }
        guard !(listed[.attendees] ?? []).isEmpty else { return nil }
        let kinds = columns.map(\.1).reduce(into: [Kind]()) { kinds, kind in if !kinds.contains(kind) { kinds.append(kind) } }
        return (kinds.compactMap { kind in listed[kind].map { Section(kind: kind, headingLine: index, end: end, entries: $0) } }, end)
    }
    /// A row of kommuner apart by wide gaps over a rule, their people in the rows below, each under
    /// its kommun ("Helsingborg          Höganäs" over "Malkolm Ekstrand     Nermina Hodžić"), maybe in
    /// blocks of a few kommuner each: who came, kommun by kommun; a name marked "*" away when a line above says what
    /// "*" means ("* = anmält förhinder"), "–" no one.
    static func kommunColumns(_ lines: [String], at index: Int) -> ([Section], end: Int)? {
        guard mayBeKommunRow(lines[index]), columnStarts(ofKommuner: lines[index]) != nil else { return nil }
        let legend = lines[max(0, index - 3)..<index].contains { $0.holds("*") && ($0.holds("örhinder") || $0.holds("rånvar") || $0.holds("återbud")) }
        var came: [Entry] = [], away: [Entry] = []
        var row = index, end = index
        while row < lines.count, mayBeKommunRow(lines[row]), let columns = columnStarts(ofKommuner: lines[row]) {
            let starts = columns.map(\.start)
            // (Each kommun's people together, the kommuner in their order.)
            var byColumn = [[Entry]](repeating: [], count: columns.count)
            row += 1
            // (A label under the grid, "Frånvarande: …", is a list of its own.)
            while row < lines.count, !MinutesDocument.isBlank(lines[row]), !lines[row].holds(":") {
                defer { row += 1 }
                let line = Array(lines[row])
                if line.allSatisfy({ "-–= ".contains($0) }) && line.contains("-") { continue }
                for (column, start) in starts.enumerated() where start < line.count {
                    let stop = column + 1 < starts.count ? min(starts[column + 1], line.count) : line.count
                    var cell = String(line[start..<stop]).trimmingSpaces()
                    let marked = legend && cell.hasSuffix("*")
                    if marked { cell = String(cell.dropLast()).trimmingSpaces() }
                    guard isCapitalisedFullName(cell), var made = entry(clean(cell)) else { continue }
                    made.person.municipality = made.person.municipality ?? columns[column].kommun
                    marked ? away.append(made) : byColumn[column].append(made)
                }
            }
            came += byColumn.joined()
            end = row
            // (The next block of kommuner after a blank line.)
            guard let next = lines[row...].firstIndex(where: { !MinutesDocument.isBlank($0) }), mayBeKommunRow(lines[next]), columnStarts(ofKommuner: lines[next]) != nil
            else { break }
            row = next
        }
        guard !came.isEmpty else { return nil }
        return ([Section(kind: .attendees, headingLine: index, end: end, entries: came)]
            + (away.isEmpty ? [] : [Section(kind: .absent, headingLine: index, end: end, entries: away)]), end)
    }

    /// A table of people headed by its columns alone, no label above it ("Kommun<TAB>Namn<TAB>Anm.",
    /// "Namn      Kommun      Funktion" over a rule), each row's note saying what the person was:
    /// "leder mötet", "Ordförande" the chair, "skriver", "Sekreterare" the scribe, "sjuk", "anmält
    /// förhinder" away, "Inbjuden under ärende 3" a guest; a row without a name ("vakant", "–") no one.
    static func roster(_ lines: [String], at index: Int) -> ([Section], end: Int)? {
        let line = lines[index]
        guard line.holds("amn") || line.holds("AMN") || line.holds("eltagare") || line.holds("ELTAGARE"), line.holds("\t") || line.holds("  ") || line.holds("|"),
              case let lower = line.lowercased(), lower.holds("namn") || lower.holds("deltagare") else { return nil }
        var table = Table(header: line)
        // (A column of two, "Kommun / organisation", is the kommun's.)
        guard table.isHeader(line), let header = table.cells(line)?.map({ cell in
            let name = cell.lowercased().trimming(anyOf: "*:. ")
            return name.split(separator: "/").contains { $0.trimmingSpaces() == "kommun" } ? "kommun" : name
        }), let nameAt = header.firstIndex(where: rosterNames.contains) else { return nil }
        // (Every column one of these: not a year's table of dates, nor a call's report of when each joined.)
        let notes = ["anm", "anmärkning", "funktion", "roll", "kommentar", "notering", "status"]
        // (And whether they came, by a mark: "| Namn | Kommun | Roll | Närvaro |" over "✔", "✖", "Gäst".)
        let presence = ["närvaro", "närvarande", "närv", "deltog"]
        // (And a column to sign in, on a sheet passed round: its cells no one's detail.)
        let signing = ["namnteckning", "underskrift", "signatur"]
        guard header.allSatisfy({ rosterNames.contains($0) || ["kommun", "titel", "befattning"].contains($0) || notes.contains($0) || presence.contains($0) || signing.contains($0) })
        else { return nil }
        let kommunAt = header.firstIndex { $0 == "kommun" }
        let noteAt = header.firstIndex(where: notes.contains) ?? header.firstIndex(where: presence.contains)
        let presenceAt = header.firstIndex(where: presence.contains)
        guard kommunAt != nil || noteAt != nil else { return nil }
        var entries: [Entry] = [], end = index + 1
        // (A table by tabs ends at a line without one: "Gäst" under it is a label of its own.)
        let tabbed = line.holds("\t")
        while end < lines.count, !MinutesDocument.isBlank(lines[end]), !tabbed || lines[end].holds("\t") {
            // (An empty cell is a cell: "Klippan<TAB><TAB>vakant, ingen kom".)
            let row = lines[end].holds("\t") ? lines[end].split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() } : table.cells(lines[end])
            if !Table.isRule(lines[end]) && !table.isHeader(lines[end]), row.map({ $0.count <= nameAt }) ?? true { break }
            defer { end += 1 }
            if Table.isRule(lines[end]) || table.isHeader(lines[end]) { continue }
            guard let row else { break }
            let cell = { (column: Int?) in column.flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            let note = cell(noteAt), lower = note.lowercased()
            // (A full name: not "Vakant", "–".)
            guard isCapitalisedFullName(withoutDetails(row[nameAt])), var entry = entry(clean(row[nameAt])) else { continue }
            if let kommun = Municipality.named(cell(kommunAt)) { entry.person.municipality = kommun }
            entry.isChair = entry.isChair || chairNotes.contains(where: lower.hasPrefix)
            // (Or said beside where they came from, "Försäkringskassan (gäst)", or by their name, "Ada Ek (förhinder)".)
            let beside = [cell(kommunAt), row[nameAt]].filter { $0.holds("(") }.map { " " + $0.lowercased() }.joined()
            let mark = (noteAt == presenceAt ? lower : lower + " " + cell(presenceAt).lowercased()) + beside
            entry.isAbsent = ["förhinder", "sjuk", "semester", "frånvar", "återbud", "ledig"].contains(where: mark.holds)
                || presenceAt.map { ["✖", "✗", "❌", "nej"].contains(cell($0).lowercased()) } == true
            entry.isGuest = !entry.isAbsent && guestMarks.contains(where: mark.holds)
            if lower.hasPrefix("skriver") || isScribeRole(note) { entry.person.role = "sekreterare" }
            entries.append(entry)
        }
        guard entries.count >= 2 else { return nil }
        return ([Section(kind: .attendees, headingLine: index, end: end, entries: entries)], end)
    }

    /// A roster's column of names: "Namn", or "Deltagare" beside "Kommun".
    static let rosterNames: Set<String> = ["namn", "name", "deltagare"]

    /// What a note or mark beside someone says of a guest ("Inbjuden under ärende 3", "Gäst, punkt 2").
    static let guestMarks = ["inbjud", "gäst", "adjungerad"]

    /// A cheap test first (asked of every line): two spaces, and a kommun first.
    static func mayBeKommunRow(_ line: String) -> Bool {
        line.holds("  ") && Municipality.named(line.drop { $0 == " " }.prefix { $0 != " " }) != nil
    }

    /// Where each kommun of a row of three or more starts, the row's every cell one (`Table.spacedCells`).
    static func columnStarts(ofKommuner line: String) -> [(start: Int, kommun: String)]? {
        var columns: [(start: Int, kommun: String)] = []
        for (start, text) in Table.spacedCells(line) {
            guard let kommun = Municipality.named(text) else { return nil }
            columns.append((start, kommun))
        }
        return columns.count >= 3 ? columns : nil
    }

    /// A column's name in a table of people ("Kommun", "Funktion", "Roll").
    static func isColumnName(_ cell: String) -> Bool {
        ["kommun", "funktion", "roll", "titel", "befattning", "organisation", "förvaltning", "e-post", "telefon", "enhet"].contains(cell.lowercased())
    }

    static let statusColumns: [String: Kind] = [
        "närvarande": .attendees, "deltog": .attendees, "förhinder": .absent, "frånvarande": .absent,
        "anmält förhinder": .absent, "återbud": .absent,
    ]

    /// Labels side by side on one line, apart by bars or middle dots, each with its colon and names
    /// ("Ordförande: Anna Ek | Antecknare: Per Holm | Justerare: Eva Lind"): a section each. Not one
    /// list whose people a dot parts ("Närvarande: Anna Ek · Per Holm").
    static func labelsSideBySide(_ line: String) -> [(Kind, String)]? {
        let wide = line.holds(":") && line.holds("    ")
        guard line.holds("|") || line.holds("·") || wide else { return nil }
        // (Or a wide gap: "Ordförande: Sölve Ek          Sekreterare: Saskia Lind".)
        let parts = (wide && !line.holds("|") && !line.holds("·")
            ? line.split(separator: MinutesDocument.wideGap).map(String.init) : line.split { $0 == "|" || $0 == "·" }.map(String.init))
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        var labels: [(Kind, String)] = []
        for part in parts {
            guard part.holds(":"), let (kind, names) = heading(part), !names.isEmpty, !entries(from: [names]).isEmpty else { return nil }
            labels.append((kind, names))
        }
        return labels
    }

    /// An attendance table: its columns, when a header names them, and which marks presence.
    struct Table {
        var presence: Int?
        /// Columns aligned by spaces, as a header row aligned so showed ("Namn      Kommun      Närvarande"):
        /// where each of its columns starts.
        var spaced = false
        var columnStarts: [Int] = []
        var marksSeen = false
        /// A label line that heads a mark column ("Ledamöter<TAB>Närvarande"): every row is marked.
        var markedByHeader: Bool
        /// Cells apart by bars with none at the line's ends, as a header row so showed
        /// ("Ledamot | Kommun | Närvaro").
        var barred = false

        // (Patterns made once: a literal in a function is parsed and compiled at every call.)
        nonisolated(unsafe) static let cellGap = /\t|\||\s{2,}/
        nonisolated(unsafe) static let wideGap = /\s{2,}/
        nonisolated(unsafe) static let spacedCell = /\S+(?:\s\S+)*/

        /// Marked when a column after the label names presence ("Ledamöter<TAB>Närvarande"), not
        /// when a name follows it ("Närvarande:<TAB>Karin Holmgren").
        init(header: String) {
            markedByHeader = header.split(separator: Self.cellGap).dropFirst()
                .contains { $0.trimmingSpaces().contains(PeopleLists.presenceColumn) }
        }

        func cells(_ line: String) -> [String]? {
            // (An empty last cell is a cell: "Taisto Heikkinen | Perstorp |" is unmarked.)
            if barred, !line.hasPrefix("|"), line.holds("|") {
                return line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            }
            if spaced, line.holds("  ") {
                // Each cell in the column it starts under: a mark under "Frånv." is not one under "Närv.".
                guard columnStarts.count > 1 else { return line.split(separator: Self.wideGap).map { $0.trimmingSpaces() } }
                var cells = Array(repeating: "", count: columnStarts.count)
                for (start, text) in Self.spacedCells(line) {
                    let column = columnStarts.lastIndex { $0 <= start + 1 } ?? 0
                    cells[column] += (cells[column].isEmpty ? "" : " ") + text
                }
                return cells
            }
            return Self.cells(line)
        }

        /// A line's cells apart by two spaces or more, each with the column (in characters) it starts at.
        static func spacedCells(_ line: String) -> [(start: Int, text: String)] {
            line.matches(of: spacedCell).map { (line.distance(from: line.startIndex, to: $0.range.lowerBound), String($0.output)) }
        }

        static func cells(_ line: String) -> [String]? {
            if line.hasPrefix("|") {
                // One bar at each end: an empty last cell is a cell ("| 5 | Policy |  |").
                var inner = Substring(line.trimmingSpaces()).dropFirst()
                if inner.hasSuffix("|") { inner = inner.dropLast() }
                return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            }
            guard line.holds("\t") else { return nil }
            // Tabs align columns only to the eye: a run of them is one gap.
            return line.split(separator: "\t").map { $0.trimmingSpaces() }
        }

        /// A pipe table's rule ("|---|") or a grid table's ("+----+====+", between rows too, or
        /// "-----+-----" under cells apart by bars alone).
        static func isRule(_ line: String) -> Bool {
            (line.first.map { "|+".contains($0) } == true || line.holds("+")) && line.allSatisfy { "|+-:= ".contains($0) }
        }

        /// A header row ("| Namn | Kommun | Närvarande |", "Namn<TAB>Kommun<TAB>Roll", "Ledamot | Kommun |
        /// Närvaro") or a rule.
        mutating func isHeader(_ line: String) -> Bool {
            if Self.isRule(line) { return true }
            if spaced, !line.isEmpty, line.allSatisfy({ "-=_ ".contains($0) }) { return true }
            let isHeaderRow = { (cells: [String]) in cells.count > 1 && cells.contains { PeopleLists.rosterNames.contains($0.lowercased()) } }
            let unmarked = Self.cells(line) == nil
            // Apart by bars: the column of names and one of presence ("ledamot" alone may be a role's cell).
            let barredHeader = unmarked && !line.hasPrefix("|") && line.holds("|") && {
                let cells = line.split(separator: "|").map { $0.trimmingSpaces() }
                return cells.contains { ["namn", "ledamot", "ledamöter", "deltagare"].contains($0.lowercased()) }
                    && cells.contains { $0.contains(PeopleLists.presenceColumn) }
            }()
            if barredHeader {
                barred = true
            } else if unmarked, line.holds("  "), isHeaderRow(line.split(separator: Self.wideGap).map(String.init)) {
                spaced = true
                columnStarts = Self.spacedCells(line).map(\.start)
            }
            guard let cells = cells(line), barredHeader || isHeaderRow(cells) else { return false }
            presence = cells.firstIndex { $0.contains(PeopleLists.presenceColumn) }
            markedByHeader = presence != nil
            return true
        }

        /// A row of the table: the entry's text (name first, other cells after tabs) and whether it is
        /// marked present; nil for a line that is not a row.
        mutating func row(_ line: String) -> (entry: String?, present: Bool)? {
            // A Markdown task list or a form's boxes: "- [x] Anna Ek", "[x] Anna Ek" came, "[ ] Per Holm" did not.
            if line.hasPrefix("-") || line.hasPrefix("*") || line.hasPrefix("["), let task = line.wholeMatch(of: PeopleLists.taskLine) {
                return (String(task.2), task.1 != " ")
            }
            if var cells = cells(line), cells.count > 1 {
                while cells.last?.isEmpty == true, presence == nil, !markedByHeader { cells.removeLast() }
                let markAt = presence ?? (markedByHeader ? cells.count - 1 : nil)
                var present = true, guest = false
                if let markAt {
                    let mark = markAt < cells.count ? cells[markAt].lowercased() : ""
                    // (A mark and a note on it: "Ja, under punkt 3".)
                    let first = mark.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "(" }).first.map(String.init)
                    present = PeopleLists.presentMarks.contains(mark) || first.map(PeopleLists.presentMarks.contains) == true
                    // ("Gäst, punkt 2" in the column: there, as a guest.)
                    guest = !present && first.map { word in PeopleLists.guestMarks.contains(where: word.hasPrefix) } == true
                    if markAt < cells.count { cells.remove(at: markAt) }
                } else if let last = cells.last?.lowercased(), PeopleLists.presentMarks.contains(last) {
                    cells.removeLast()
                }
                // A kommun, then who came from it: "Helsingborg<TAB>Sigríður Jónsdóttir, Karl-Gustav
                // Ahlin", each of them from there.
                if cells.count == 2, let kommun = Municipality.named(cells[0]), cells[1].contains(where: \.isUppercase), !cells[1].contains("(") {
                    return (cells[1].split(separator: ",").map { "\($0.trimmingSpaces()) (\(kommun))" }.joined(separator: ", "), present)
                }
                // (A mark in another column, "X" under "Frånv.", is no detail of the person.)
                let entry = cells.filter { !$0.isEmpty && !(spaced && PeopleLists.presentMarks.contains($0.lowercased())) }.joined(separator: "\t")
                return (entry.isEmpty ? nil : guest ? entry + " (gäst)" : entry, present || guest)
            }
            if let marked = line.wholeMatch(of: PeopleLists.markedLine) {
                marksSeen = true
                return (String(marked.1), true)
            }
            // In a table whose rows carry marks, a row without one is someone not there.
            let name = PeopleLists.clean(line).replacing(PeopleLists.parenthesised, with: " ").split(separator: ",").first
                .map { $0.trimmingSpaces() } ?? ""
            if markedByHeader || marksSeen, !line.isEmpty, PeopleLists.heading(line) == nil, PeopleLists.isName(name) {
                return (line, false)
            }
            return nil
        }
    }

    /// Splits a section's lines into people: a comma list is joined first (names break across lines).
    /// "@Almedina Halilović @Bjarne Ringblom": people as a notes app mentions them, apart by their
    /// marks alone, as a list apart by commas.
    static func withoutMentionMarks(_ chunk: String) -> String {
        guard chunk.hasPrefix("@") || chunk.holds(" @") else { return chunk }
        let marked = chunk.trimmingSpaces()
        return (marked.hasPrefix("@") ? String(marked.dropFirst()) : marked).replacingOccurrences(of: " @", with: ", ")
    }

    /// "Trygve och Arantxa, som båda tackade nej", "Chukwudi och Begoña, båda sjuka": a note on all of
    /// those joined before it, no one of its own: the list without it.
    static func withoutSharedNote(_ chunk: String) -> String {
        guard chunk.holds(" och "), let note = chunk.firstMatch(of: sharedNote), chunk[..<note.range.lowerBound].holds(" och ") else { return chunk }
        return String(chunk[..<note.range.lowerBound])
    }
    nonisolated(unsafe) static let sharedNote = /,\s+(?:som\s+)?(?:båda|bägge|alla|samtliga)\b[^,]*$/

    static func entries(from written: [String]) -> [Entry] {
        // "Anna Ek/Bjuv, Per Holm/Klippan": where each is from after a slash, as in parentheses (not
        // "Anna Ek/Per Holm", two people).
        let chunks = written.flatMap(sideBySide).map(firstSentence).map(withoutMentionMarks).map(withoutSharedNote).map { chunk in chunk.holds("jag") ? chunk.replacing(writerNamed, with: "").replacing(writerPart, with: "") : chunk }.map { chunk in
            chunk.holds("/") ? chunk.replacing(nameSlash) { isName(String($0.2)) ? String($0.0) : "\($0.1) (\($0.2))" }.replacing(initialsSlash) { String($0.1) } : chunk
        }.map { chunk in
            // "Bjuv (Halyna Kovalenko) och Perstorp (Genet Tadesse)": each kommun's one in parentheses.
            chunk.holds("(") ? chunk.replacing(kommunThenName) { Municipality.named(String($0.1)) != nil && isName(String($0.2)) ? "\($0.2) (\($0.1))" : String($0.0) } : chunk
        }
        // A list of people on a line, wrapped over lines as it comes; else one person a line
        // ("Ylva Borgström, socialchef").
        // (A bulleted list is a person a bullet, whatever commas a bullet holds.)
        let bulleted = chunks.count > 1 && chunks.allSatisfy { $0.firstMatch(of: bulletMark) != nil }
        // (Nor are lines that each start with a name, none ending in a comma: a person a line,
        // "Jenny Sjö, samordnare, Familjen Helsingborg".)
        let startsWithName = { (chunk: String) in
            var first = clean(String(splitOutsideParentheses(chunk).first ?? "")).replacing(parenthesised, with: " ")
            if let dash = first.firstMatch(of: spacedDash) { first = String(first[..<dash.range.lowerBound]) }  // "Name – Kommun"
            first = first.trimmingSpaces()
            return isName(first) && first.split(separator: " ").count >= 2  // "Wikström, …" is a name broken across lines
        }
        let wrapped = chunks.dropLast().contains { $0.hasSuffix(",") } || !chunks.dropFirst().allSatisfy(startsWithName)
        // (A job title is no name: "Pierre Nordh, IFO-chef, Åstorp" is one person.)
        // (Or initials alone, "EM, AB": no detail after a comma is two or three capitals.)
        // ("BT (Båstad)": details after them.)
        let isInitials = { (part: String) in
            let initials = withoutDetails(part)
            return (2...3).contains(initials.count) && initials.allSatisfy(\.isUppercase)
        }
        // (Not one written surname first with details after a dash: "Brännvall, Ejnar – Kronofogden, Malmö".)
        let surnameFirstWithDetails = { (chunk: String) in
            guard chunk.holds(" – "), let match = clean(chunk).wholeMatch(of: surnameFirst) else { return false }
            return match.3?.first == "–" && Municipality.named(match.2) == nil && match.3.map(namesSomeone) == false
        }
        // (Wrapped before a name's parentheses, the lines are one list: "Ada Ek (Bjuv), Per Lind" over
        // "(Klippan), Eva Holm".)
        let beforeParentheses = chunks.dropFirst().contains { $0.hasPrefix("(") } ? [chunks.joined(separator: " ")] : []
        let isCommaList = !bulleted && (chunks.count == 1 || wrapped) && (chunks + beforeParentheses).contains { chunk in
            // (Or one comma and an "och": "Anna Ek, Per Holm och Eva Lind" is three.)
            chunk.holds(",") && splitOutsideParentheses(chunk).allSatisfy { isInitials($0.trimmingSpaces()) }
                || (commaCount(chunk) >= 2 || commaCount(chunk) == 1 && chunk.holds(" och ")) && !surnameFirstWithDetails(chunk)
                && namesListed(splitOutsideParentheses(chunk).flatMap(detailThenName)) >= 2
        }
        // "Från Bjuv: Anna Ek och Per Holm", "Helsingborg: Ola Ek, Ida Berg": where they came from, then who.
        let located = chunks.flatMap(fromWhere)
        // "Anna Ek, Bjuv; Per Holm, Klippan": semicolons (or middle dots, bullets) part the people, commas their details.
        let semicolons = located.contains { $0.holds(";") || $0.holds(" · ") || $0.holds(" • ") }
        let parts = surnamesFirst(semicolons
            ? located.joined(separator: " ").split { $0 == ";" || $0 == "·" || $0 == "•" }.map { String($0).trimmingSpaces() }
            : isCommaList ? splitOutsideParentheses(located.joined(separator: " ")).flatMap(joinedPair) : located.flatMap(lineEntries))
        var entries: [Entry] = []
        // "Helsingborg" over "– Nellie Rahmqvist", "– Wilhelm Falk": a kommun heading the bullets
        // under it; a line that is no bullet ends its group.
        var group: String?
        for (number, part) in parts.enumerated() {
            let cleaned = clean(part)
            guard !cleaned.isEmpty else { continue }
            let bulleted = part.firstMatch(of: bulletMark) != nil
            if !bulleted, let kommun = Municipality.named(cleaned), number + 1 < parts.count, parts[number + 1].firstMatch(of: bulletMark) != nil {
                group = kommun
                continue
            }
            if !bulleted { group = nil }
            if let group, bulleted, var entry = entry(cleaned) {
                entry.person.municipality = entry.person.municipality ?? group
                entries.append(entry)
                continue
            }
            // "Viliami, som ledde träffen i Catrionas ställe, Eréndira, …": a relative clause is a note on
            // the one before, however long, and names no one.
            // ("…, och som gäst Ngozi Okereke, samordnare …": a guest named within the list.)
            if cleaned.hasPrefix("som "), let last = entries.indices.last {
                let note = cleaned.dropFirst(4)
                if note.hasPrefix("gäst "), var guest = entry(String(note.dropFirst(5))) {
                    guest.isGuest = true
                    entries.append(guest)
                } else if chairNotes.contains(where: note.lowercased().hasPrefix) {
                    entries[last].isChair = true
                } else if isScribeRole(cleaned) {
                    entries[last].person.role = cleaned
                }
                continue
            }
            // "…, Benjamin Frisk fr. Svalöv, som också förde anteckningar": a short note on the one before.
            let made = entry(cleaned)
            if made == nil, cleaned.first?.isLowercase == true, cleaned.split(separator: " ").count <= 4, let last = entries.indices.last {
                if chairNotes.contains(cleaned.lowercased()) {
                    entries[last].isChair = true
                } else if isScribeRole(cleaned) || entries[last].person.role == nil {
                    entries[last].person.role = cleaned
                }
                continue
            }
            // "Lena Täringskog,-Båstad": a lone kommun belongs to the name before it; so does a chair's
            // note after it ("Gert Holm, Perstorp (ordf.), …").
            if let kommun = Municipality.named(cleaned.holds("(") ? withoutDetails(cleaned) : cleaned), let last = entries.indices.last,
                entries[last].person.municipality == nil
            {
                entries[last].person.municipality = kommun
                let notes = cleaned.split(separator: "(").dropFirst().flatMap { $0.prefix { $0 != ")" }.split(separator: ",") }
                if notes.contains(where: { isChairRole($0.trimmingSpaces()) }) { entries[last].isChair = true }
                continue
            }
            if let made { entries.append(made) }
        }
        return entries
    }

    /// How many of a line's comma parts name people: not a job title, nor a body, nor where a role
    /// before it is held ("Ida Berg, verksamhetschef, Mini-Maria Nordväst": one person), unless an
    /// "och" says another comes ("Eyolf Tangen, kammaråklagare, och Rajesh Pillai, barnläkare").
    static func namesListed(_ written: [String]) -> Int {
        let parts = written.map { withoutDetails(clean(withoutJoiningWord($0))) }
        return parts.indices.filter { number in
            let part = parts[number]
            return isName(part) && !(part.split(separator: " ").count == 1 && isJobTitle(part)) && !isBodyName(part)
                && !(number > 0 && parts[number - 1].first?.isLowercase == true && withoutJoiningWord(written[number]) == written[number].trimmingSpaces())
        }.count
    }

    /// A column's word for whether someone came ("återbud", "ej närvarande", "nej"), no detail of them.
    static func isPresenceWord(_ cell: String) -> Bool {
        let cell = cell.lowercased().trimming(anyOf: ".() ")
        return presentMarks.contains(cell) || kind(of: cell[...]) == .absent || ["nej", "ej", "ej närvarande"].contains(cell)
    }

    /// A list's text up to a sentence after it on its line: "… och jag (Landskrona). Wilhelmina ledde
    /// mötet." (not at an initial's full stop, "Måns K. Helsingborg").
    static func firstSentence(_ chunk: String) -> String {
        guard chunk.holds(". ") else { return chunk }
        // ("… och jag. Murat Norling (Båstad) hade lämnat återbud": the writer last, then a sentence.)
        if let writer = chunk.firstMatch(of: writerLast) { return String(chunk[..<chunk.index(writer.range.lowerBound, offsetBy: 3)]) }
        guard let end = chunk.firstMatch(of: sentenceAfter) else { return chunk }
        return String(chunk[..<end.range.lowerBound])
    }
    nonisolated(unsafe) static let writerLast = /\bjag\. \p{Lu}/
    /// A full stop, then a sentence: a capitalised word and a word in lower case ("Wilhelmina ledde";
    /// not "fr. Svalöv, …" nor "K. Helsingborg"), or a few joined by "och" ("Båstad, Perstorp och
    /// Åstorp delar …").
    nonisolated(unsafe) static let sentenceAfter = /\. (?:\p{Lu}\p{Ll}+ \p{Ll}|\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)* och \p{Lu}\p{Ll}+ \p{Ll})/
    /// A semicolon parting a list's people ("…; Ola Ek (Båstad)"), not a sentence's clauses ("; se länken").
    nonisolated(unsafe) static let semicolonBeforeName = /;\s*\p{Lu}/
    /// "och jag, Benjamina Ek (Landskrona), som skrev.": the writer, named, one of the list.
    nonisolated(unsafe) static let writerNamed = /^\s*(?i:och|samt)\s+jag,\s+(?=\p{Lu})/
    /// The writer among those a list names: "… och jag (Landskrona)", ", jag själv"; with its note
    /// ("… och jag (Landskrona), som skrev." says nothing of the one before).
    nonisolated(unsafe) static let writerPart = /(?i)(?:,|\s+och|\s+samt)\s+jag(?:\s+själv)?(?:\s*\([^)]*\))?(?:,\s*som\s+(?:skrev|förde|antecknade)[^,.;]*)?(?=\s*(?:[.,;]|$))/

    /// "Dafne Ek, Perstorp      Eyvind Ek, Åstorp": people with their details side by side, apart
    /// by a wide gap, each a line of their own; any other line as it is.
    static func sideBySide(_ line: String) -> [String] {
        guard line.holds("    ") else { return [line] }
        let cells = line.split(separator: MinutesDocument.wideGap).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        let people = cells.count >= 2 && cells.allSatisfy { isCapitalisedFullName(withoutDetails(clean(splitOutsideParentheses($0)[0]))) }
        return people ? cells : [line]
    }

    /// "Tova Liljeqvist fr. Örkelljunga samt Benjamin Frisk": a list's last two, joined by a word,
    /// apart when both are full names.
    static func joinedPair(_ part: String) -> [String] {
        // "Dalila Ek, Båstad, och Cyrus Ek, Örkelljunga": the last after a comma and its word.
        let part = withoutJoiningWord(part)
        guard part.holds(" och ") || part.holds(" samt ") else { return [part] }
        let pieces = part.split(separator: joiningWord).map(String.init)
        // (First names alone each with where they came from, "Augusta (Bjuv) och Rakel (Klippan)", or
        // both alone, "Otilia och Konrad", a note beside one, "Nestor (sjuk) och Matthijs".)
        let firstNames = pieces.allSatisfy { withoutDetails($0).trimming(where: \.isSpaceOrPunctuation).split(separator: " ").count == 1 }
        let people = pieces.allSatisfy { piece in
            entry(clean(piece)).map { $0.person.name.split(separator: " ").count >= 2 || firstNames || piece.holds("(") && $0.person.municipality != nil } == true
        }
        return pieces.count > 1 && people ? pieces : [part]
    }

    /// A comma part that ends one person's details and names the next after an "och" without a comma:
    /// "kammaråklagare (punkt 2) och Rajesh Pillai" as the details and "och Rajesh Pillai" (counted so
    /// as two of a list's people; the list's entries read the details as the one's before).
    static func detailThenName(_ part: String) -> [String] {
        let trimmed = part.trimmingSpaces()
        guard trimmed.first?.isLowercase == true, trimmed.holds(" och "), let last = trimmed.ranges(of: " och ").last else { return [part] }
        let name = clean(String(trimmed[last.upperBound...]))
        guard isName(withoutDetails(name)), (entry(name)?.person.name.split(separator: " ").count ?? 0) >= 2 else { return [part] }
        return [String(trimmed[..<last.lowerBound]), "och " + trimmed[last.upperBound...]]
    }

    /// A list's part without the word joining it to the one before: "och Cyrus Ek" of "…, och Cyrus Ek".
    static func withoutJoiningWord(_ part: String) -> String {
        let trimmed = part.trimmingSpaces()
        return ["och ", "samt "].first(where: trimmed.hasPrefix).map { String(trimmed.dropFirst($0.count)) } ?? trimmed
    }

    nonisolated(unsafe) static let fromWhereLine = /^\s*(?:[Ff]rån\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:i\s+|och\s+)?\p{Lu}[\p{L}-]*){0,3}(?:\s+\([^)]*\))?)(?:\s*:|\s+[–—-])\s+(\p{Lu}.*|[–—-]|(?i:förhinder|frånvarande|ej närvarande)\s*\(.*)$/

    nonisolated(unsafe) static let awayFrom = /(?i:förhinder|frånvarande|ej närvarande)\s*\(\s*(\p{Lu}[^)]*?)\s*\)\s*/

    /// Two kommuner that share what the people came from: "Bjuv och Svalöv (gemensam familjerätt)".
    nonisolated(unsafe) static let twoKommuner = /(\p{Lu}\p{Ll}+)\s+(?:och|&)\s+(\p{Lu}\p{Ll}+)(?:\s+\([^)]*\))?/

    /// "Från Bjuv: Anna Ek (ordförande) och Per Holm" as "Anna Ek (Bjuv, ordförande)", "Per Holm (Bjuv)":
    /// a kommun or body, a colon (or a dash), then the people from there. Not a label ("Ordförande: …").
    static func fromWhere(_ chunk: String) -> [String] {
        // "Helsingborg: Ada Ek (ordf.); Höganäs: Per Holm;": such pairs apart by semicolons, each read so.
        if chunk.holds(";"), chunk.holds(":"), case let pairs = chunk.split(separator: ";").map({ String($0).trimmingSpaces() }).filter({ !$0.isEmpty }),
            pairs.count > 1, case let read = pairs.map(fromWhere), zip(pairs, read).allSatisfy({ $1 != [$0] })
        {
            return read.flatMap { $0 }
        }
        // (Or a dash between: "Helsingborg – Gurpreet Kaur, Ülle Rebane".)
        guard chunk.holds(":") || chunk.holds(" – ") || chunk.holds(" - ") || chunk.holds(" — "), let line = chunk.wholeMatch(of: fromWhereLine), heading(chunk) == nil
        else { return [chunk] }
        var place = String(line.1)
        // A kommun, a body in one ("Familjerätten i Helsingborg"), or one after "Från": "Anteckningar:
        // Ola Ek" is a label, not where Ola came from.
        let words = place.split(separator: " ")
        let inKommun = words.count > 2 && words.last.flatMap(Municipality.named) != nil && place.holds(" i ")
        // (Or two that share one, "Bjuv och Svalöv (gemensam familjerätt)": the first where they are from.)
        let shared = place.wholeMatch(of: twoKommuner).flatMap { pair in Municipality.named(pair.1).flatMap { first in Municipality.named(pair.2).map { _ in first } } }
        guard Municipality.named(place) != nil || inKommun || shared != nil || chunk.trimmingSpaces().lowercased().hasPrefix("från ")
        else { return [chunk] }
        if let shared { place = shared }
        // "Höganäs: –": no one from there; "Bjuv: förhinder (Runa Ekholm)": who was to come, and did not.
        if line.2.allSatisfy({ "–—- ".contains($0) }) { return [] }
        if let away = line.2.wholeMatch(of: awayFrom), isName(String(away.1)) { return ["\(away.1) (\(place), förhinder)"] }
        let names = listParts(line.2)
        guard names.allSatisfy({ isName(withoutDetails($0)) }) else { return [chunk] }
        return names.map { name in
            guard let open = name.firstIndex(of: "(") else { return "\(name) (\(place))" }
            return "\(name[..<open].trimmingSpaces()) (\(place), \(name[name.index(after: open)...])"
        }
    }

    /// One line of a list: "Name, Kommun" and "Name, BUP Helsingborg" are one person with details;
    /// "Name Surname, Name Surname" are two, but not "Dalia Mansour, Barnahus nordvästra Skåne": no
    /// word but the last is in lower case (or a particle, "von"), none is in capitals only, and no
    /// body's ("Röda Korset Nordvästra Skåne").
    static func lineEntries(_ line: String) -> [String] {
        // "Ada Berg      Bjuv      Per Holm      Klippan": names and their kommuner in columns side by side.
        if line.holds("  ") {
            let cells = Table.spacedCells(line).map(\.text)
            let pairs = stride(from: 0, to: cells.count - 1, by: 2).map { (cells[$0], cells[$0 + 1]) }
            if cells.count >= 2, cells.count.isMultiple(of: 2),
                pairs.allSatisfy({ isName($0.0) && $0.0.contains(" ") && Municipality.named($0.1) != nil })
            {
                return pairs.map { "\($0.0) (\($0.1))" }
            }
            // "Reidun A.     Bjuvs kommun, biträdande rektor": a name, then its details.
            if cells.count == 2, isName(cells[0]), cells[0].contains(" "), Municipality.named(cells[1]) == nil, !isName(cells[1]),
                !isPresenceWord(cells[1])
            {
                return ["\(cells[0]), \(cells[1])"]
            }
            // "Måns K.      Helsingborg    ordförande": a name, its kommun and a role in columns.
            if cells.count == 3, isName(cells[0]), Municipality.named(cells[1]) != nil, !isName(cells[2]) || cells[2].first?.isLowercase == true,
                !isPresenceWord(cells[2])
            {
                return ["\(cells[0]) (\(cells[1]), \(cells[2]))"]
            }
        }
        let fragments = splitOutsideParentheses(line).map { clean($0) }.filter { !$0.isEmpty }
        // "Augusta (Bjuv) och Rakel (Klippan)": two, as joined.
        if fragments.count == 1, case let pair = joinedPair(fragments[0]), pair.count > 1 { return pair }
        let allPeople = fragments.count > 1 && fragments.allSatisfy { fragment in
            let name = withoutDetails(fragment)
            return name.split(separator: " ").count >= 2 && isName(name)
                && name.split(separator: " ").dropLast().allSatisfy { word in word.first?.isLowercase != true || Person.nameParticles.contains(String(word)) }
                && name.split(separator: " ").allSatisfy { $0.count == 1 || $0.dropFirst().contains(where: \.isLowercase) } && !isOtherBody(name)
                // (An abbreviation is no name's word: "Nadeem Aslam, Arbetsförm. Hbg" is one.)
                && !name.split(separator: " ").contains { $0.hasSuffix(".") && $0.count > 4 }
        }
        return allPeople ? fragments : [line]
    }

    /// A body's name, not a person's: another body ("Region Skåne"), or a second word in lower case
    /// ("Palliativt team nordväst"; not "Ebba von Platen").
    static func isBodyName(_ text: String) -> Bool {
        // (Not "Anna Ek från Bjuv", "Anna från Bjuv": a name, then where from.)
        let words = text.split(separator: " ")
        guard words.count >= 2, let second = words.dropFirst().first else { return isOtherBody(text) }
        return isOtherBody(text) || second.first?.isLowercase == true && !Person.nameParticles.contains(String(second)) && !["från", "fr.", "i", "på", "och"].contains(String(second))
    }

    /// "Femke": one capitalised word a name may be, not a word notes open with ("Inga", "Se", "Bifogas").
    static func isFirstNameAlone(_ text: String) -> Bool {
        !text.contains(" ") && text.count >= 3 && text.first?.isUppercase == true && text.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
            && isName(text) && !["inga", "ingen", "inget", "se", "nedan", "bifogas", "följer", "saknas", "finns", "kommer"].contains(text.lowercased())
    }

    /// Two words or more, each capitalised but a particle: "Anna Ek", "Ebba von Platen"; not "Val av
    /// ordförande", "Rapport från".
    static func isCapitalisedFullName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && isName(text) && words.allSatisfy { $0.first?.isUppercase == true || Person.nameParticles.contains(String($0)) }
    }


    /// "Charlotta Nydahl/Svalöv", "Loke Almén/Länsstyrelsen Skåne (p. 3)": a name and where from, apart by a slash.
    /// "TÖ/Krs": initials, and after a slash where from by a code no legend names (so nothing read).
    nonisolated(unsafe) static let initialsSlash = /\b(\p{Lu}{2,3}|\p{Lu}{2}\p{Ll})\/(\p{Lu}\p{L}{1,3})\b/
    nonisolated(unsafe) static let kommunThenName = /(\p{Lu}\p{Ll}+)\s+\((\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+)\)/
    nonisolated(unsafe) static let nameSlash = /(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+)\/(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/

    /// Columns of a list's line: a tab, or spaces enough to align them.
    nonisolated(unsafe) static let columnGap = /\t|\s{3,}/

    static func entry(_ text: String) -> Entry? {
        // "se bilaga 1", "se närvarorapporten från Teams längst ner": where the list is, no one.
        if text.lowercased().hasPrefix("se ") { return nil }
        // "Namn / Kommun / funktion": columns apart by slashes, as by commas.
        var text = text.holds(" / ") ? text.replacingOccurrences(of: " / ", with: ", ") : text
        // "Karin Holm fr. Bjuv": from; "… under punkt 4", "(punkt 3)": when a guest took part.
        if text.holds("fr.") { text.replace(abbreviatedFrom, with: "från ") }
        var municipality: String?
        var role: String?
        var isChair = false, isGuest = false, isAbsent = false, forItem = false
        // "~~Ejvind Åkerlund, Ängelholm~~": struck from a list of those called, not there.
        if text.holds("~~") {
            isAbsent = text.hasPrefix("~~")
            text = text.replacingOccurrences(of: "~~", with: "")
        }
        if text.holds("punkt") || text.holds("p.") || text.holds("§") || text.holds("item") || text.holds("ämne") {
            let before = text.utf8.count
            text.replace(duringItem, with: "")
            forItem = text.utf8.count < before
        }

        func absorb(_ detail: String) {
            let detail = detail.trimming(where: \.isSpaceOrPunctuation)
            guard !detail.isEmpty else { return }
            // "Halvard Skoog, eftersom Hjördis var värd och förde anteckningarna": the writer's reason,
            // a clause of its own about someone else, no detail of this person.
            if detail.prefixMatch(of: reasonClause) != nil { return }
            // "Örkelljunga – ordförande": a kommun and a role apart by a spaced dash, each a detail.
            if detail.holds(" – ") || detail.holds(" - "), case let parts = detail.split(separator: spacedDash), parts.count > 1 {
                return parts.forEach { absorb(String($0)) }
            }
            // "värd och ordförande": two roles, one of them the meeting's.
            if detail.holds(" och "), case let parts = detail.components(separatedBy: " och "), parts.contains(where: { isChairRole($0) || isScribeRole($0) }) {
                return parts.forEach(absorb)
            }
            if isChairRole(detail) {
                isChair = true
            } else if ["gäst", "inbjuden", "inbjuden gäst", "adjungerad"].contains(detail.lowercased()) {
                isGuest = true
            } else if ["förhinder", "anmält förhinder", "frånvarande", "återbud", "lämnat återbud"].contains(detail.lowercased()) {
                isAbsent = true
            } else if let kommun = Municipality.named(detail) ?? Municipality.ofBody(detail) {
                municipality = municipality ?? kommun
            } else if detail.lowercased().hasPrefix("från "), let kommun = Municipality.named(detail.dropFirst(5)) {
                municipality = municipality ?? kommun
            } else if role != nil, isScribeRole(detail), !isScribeRole(role!) {
                // ("Eva-Lotta Brandt, administratör, Klippan, antecknare": what she was at the meeting, not her title.)
                role = detail
            } else if let current = role, isOtherBody(detail), !isOtherBody(current) {
                // ("regional utvecklingsledare, Länsstyrelsen Skåne": the body the role is at, kept with it.)
                role = current + ", " + detail
            } else {
                role = role ?? detail
            }
        }

        // Parenthesised details: (ordf.), (Klippan), (ordf., Klippan), (från Åstorp)
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text[text.index(after: open)..<close].split(separator: ",").forEach { absorb(String($0)) }
            text.removeSubrange(open...close)
        }
        // "Sara Lind från Klippan", "Ola Ek från Kronofogden", "barnmorskan Ida Berg från Barnmorskemottagningen
        // i Bjuv": where the person came from (a role may come first).
        func takeFrom() {
            guard text.holds(" från "), let from = text.wholeMatch(of: nameFrom),
                isName(from.1.split(separator: " ").drop { $0.first?.isLowercase == true }.joined(separator: " "))
            else { return }
            absorb("från " + from.2)
            text = String(from.1)
        }
        if !text.holds(","), !text.holds("\t") { takeFrom() }
        // "Mona Ekstrand (L) för Bo Hägg (SD)": a substitute, named first. Only in the name's own
        // column: after a comma or tab, "för" is of a role ("förvaltningschef för socialförvaltningen").
        if let standIn = text.range(of: " för "), !text[..<standIn.lowerBound].contains(where: { $0 == "," || $0 == "\t" }) {
            let rest = text[standIn.upperBound...].firstIndex(where: { $0 == "," || $0 == "\t" }) ?? text.endIndex
            text = String(text[..<standIn.lowerBound] + text[rest...])
        }
        // Name<TAB>Kommun, role…; or aligned by spaces, "Bożena Lisowska      Svalöv      Biståndshandläggare"
        // (a full name first: "AS      Andrzej Sowa" is a key to initials).
        let spaced = text.holds("   ") ? text.split(separator: columnGap) : []
        let columns = (spaced.first.map { isCapitalisedFullName($0.trimmingSpaces()) } == true ? spaced : text.split(separator: "\t"))
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        text = columns.first ?? ""
        for column in columns.dropFirst() {
            column.split(separator: ",").forEach { absorb(String($0)) }
        }
        // "Region Skåne, Habiliteringen Nordväst – Ksenia Jankowska, psykolog": a body and its part
        // first, then the name after a spaced dash.
        if text.holds(","), let dash = text.firstMatch(of: spacedDash), case let before = text[..<dash.range.lowerBound], before.holds(","),
            isOtherBody(String(before.prefix { $0 != "," })), case let name = String(text[dash.range.upperBound...].prefix { $0 != "," }).trimmingSpaces(),
            isCapitalisedFullName(name), Municipality.named(name.split(separator: " ").last ?? "") == nil,  // (not "Lokalpolisområde Landskrona")
            !before.split(separator: ",").dropFirst().contains(where: { isCapitalisedFullName($0.trimmingSpaces()) })  // (nor after a name)
        {
            before.split(separator: ",").forEach { absorb(String($0)) }
            text = String(text[dash.range.upperBound...])
        }
        // Name, Kommun, role / Name - Kommun / Name-Kommun / Name Kommun
        if let comma = text.firstIndex(of: ",") {
            text[text.index(after: comma)...].split(separator: ",").forEach { absorb(String($0)) }
            text = String(text[..<comma])
            takeFrom()  // (before its details: "Ida Berg från Kronofogden, under punkten om …")
        }
        // "Kommun: Name"; "Name: Kommun, role", as a form's row gives a person.
        if let colon = text.firstIndex(of: ":") {
            let (before, after) = (text[..<colon].trimmingSpaces(), text[text.index(after: colon)...].trimmingSpaces())
            let afterName = String(after.prefix { $0 != "," && $0 != "(" }).trimmingSpaces()
            if let kommun = Municipality.named(before) {
                municipality = municipality ?? kommun
                text = after
            } else if isCapitalisedFullName(afterName), before.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) {
                // (A body's name in capitals, not a label: "Vid anteckningarna: Åsa Nilsson" is the scribe's line.)
                // "Beroendemottagning Helsingborg: Eva Ek": where she came from, then who.
                absorb(before)
                text = after
            } else if isCapitalisedFullName(before), !after.isEmpty {
                after.split(separator: ",").forEach { absorb(String($0)) }
                text = before
            }
        }
        // "Name - role", "Name – Kommun", "Kommun - Name": apart by a dash between spaces.
        if let dash = text.firstMatch(of: spacedDash) {
            let (before, after) = (String(text[..<dash.range.lowerBound]), String(text[dash.range.upperBound...]))
            let nameFirst = Municipality.named(before) == nil && (isName(before) || !isName(after))
            absorb(nameFirst ? after : before)
            text = nameFirst ? before : after
        }
        if let dash = text.lastIndex(where: { "-–—".contains($0) }),
            let kommun = Municipality.named(text[text.index(after: dash)...])
        {
            municipality = municipality ?? kommun
            text = String(text[..<dash])
        }
        // "AK = Agda Kvarnström": a legend of the initials the notes then write.
        var legend: String?
        if text.holds("="), let keyed = text.wholeMatch(of: initialsLegend),
            Folding.key(String(keyed.2.split(separator: " ").prefix(3).compactMap(\.first))).hasPrefix(Folding.key(String(keyed.1.prefix(2))))
        {
            (legend, text) = (String(keyed.1), String(keyed.2))
        }
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        // "VA   Vendela Axén": the initials a list keys a person by, before the name they stand for.
        var initials = legend
        // ("AA   Abdikarim Abdullahi    Hbg": where from in a column after the name. Initials chosen
        // apart from another's may differ after the first: "AB   Arbnora Gjonbalaj".)
        // ("EKa   Elmira Kasimova": one with initials like another's, told apart by a small letter.)
        if words.count >= 3, let first = words.first, (2...3).contains(first.count), first.first!.isUppercase, first.filter(\.isUppercase).count >= 2,
            case let name = words.dropFirst().prefix(first.count), name.first?.first == first.first, name.allSatisfy({ $0.first?.isUppercase == true }),
            text.hasPrefix(first + "  ") || text.hasPrefix(first + "\t"),
            case let rest = words.dropFirst(1 + first.count).joined(separator: " "),
            rest.isEmpty || Municipality.inColumn(rest) != nil || isOtherBody(rest)
        {
            initials = first
            if let kommun = Municipality.inColumn(rest) { municipality = municipality ?? kommun } else if !rest.isEmpty { absorb(rest) }
            words = Array(name)
        }
        // "fältsekreterare Agnes Rosendahl": a role before the name.
        // ("samt Eva Lind", "och Lars Berg": a list's joining word is no role.)
        if let first = words.first, ["och", "samt", "även"].contains(first) { words.removeFirst() }
        var lead = words.prefix { $0.first?.isLowercase == true }
        // "Handläggare Väinö Korhonen": a job title first, capitalised as a line's first word is.
        // (Also after words of its own: "t.f. IFO-chef Kennedy Nwosu".)
        if words.count - lead.count >= 3, isJobTitle(words[lead.count]) { lead = words.prefix(lead.count + 1) }
        if !lead.isEmpty, words.count - lead.count >= 2 {
            // (A note that they wrote the minutes stays the note it is: "(för anteckningar)".)
            if role.map(isScribeRole) != true { role = lead.joined(separator: " ") + (role.map { ", " + $0 } ?? "") }
            words.removeFirst(lead.count)
        }
        if words.count > 1, let kommun = Municipality.named(words.last!) {
            municipality = municipality ?? kommun
            words.removeLast()
        }
        let bare = surnamesInCapitals(words).joined(separator: " ").trimming(where: \.isSpaceOrPunctuation)
        guard isName(bare) else { return nil }
        let name = keepingInitial(bare, as: words.joined(separator: " "))
        return Entry(
            person: Person(name: name, municipality: municipality, role: role), isChair: isChair, isGuest: isGuest, initials: initials,
            isAbsent: isAbsent, forItem: forItem)
    }

    /// "Agnes BERG", "Ljubica PETROVIĆ-NILSSON": a surname in capitals, as some templates write
    /// it, written as a name is (the first name as written says how).
    static func surnamesInCapitals(_ words: [String]) -> [String] {
        let capitals = { (word: String) in word.count >= 2 && word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase) }
        guard words.count >= 2, words[0].contains(where: \.isLowercase), words.dropFirst().allSatisfy(capitals) else { return words }
        return [words[0]] + words.dropFirst().map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }
    }

    /// A list's note that someone kept the minutes: "sekreterare", "(antecknar)", "som också förde
    /// anteckningar".
    static func isScribeRole(_ role: String) -> Bool {
        // ("sekreterare, Länsstyrelsen Skåne": the role before the body it is at.)
        role.prefix { $0 != "," }.wholeMatch(of: scribeRole) != nil
    }

    nonisolated(unsafe) static let scribeRole = /(?i)\s*(?:som\s+(?:också\s+|även\s+)?)?(?:(?:nätverks)?sekreterare|sekr|protokollförare|antecknare|antecknar|antecknade|(?:för|förde)\s+(?:minnes)?anteckningar(?:na)?|skrev(?:\s+(?:minnes)?anteckningarna)?|skriver\s+(?:(?:minnes)?anteckningarna|i\s+anteckningsfältet))\s*\.?\s*/

    /// A note of its own after a name that says it is the chair's (not "ordförande socialnämnden").
    static let chairNotes: Set<String> = [
        "ordf", "ordf.", "ordförande", "mötesordförande", "mötesordf.", "mötesledare", "ordförande för dagen", "ledde mötet",
        "ledde träffen", "höll i mötet", "höll i träffen", "var ordförande", "leder mötet", "leder träffen", "håller i mötet", "håller i träffen",
    ]

    /// "ordf.", "ordförande", "mötesledare": a list's note that someone chaired.
    static func isChairRole(_ detail: String) -> Bool {
        let detail = detail.lowercased()
        return detail.hasPrefix("ordf") || chairNotes.contains(detail)
    }

    /// Countries a list names where its people come from ("Esben Thygesen, Helsingør Kommune, Denmark").
    static let countries: Set<String> = [
        "Sverige", "Sweden", "Danmark", "Denmark", "Norge", "Norway", "Finland", "Island", "Iceland", "Estland", "Estonia", "Tyskland",
        "Germany", "Polen", "Poland",
    ]

    /// One to five words of letters, the first capitalised: "Ulrik alm", "Lars-Ola Olsson", "Marie B";
    /// not an organisation ("Region Skåne", "Föreningen Hästhagens Ryttarsällskap") nor a country.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), let first = words.first?.first, first.isUppercase else { return false }
        // (A surname may end so too, "Lindgren Anna": a body's name is one word, or a long one first.)
        let body = words.count == 1 ? isDefiniteNoun(words[0]) || Municipality.isCompounded(words[0]) : words[0].count >= 11 && isDefiniteNoun(words[0]) && !words[0].hasSuffix("sen")
            || Municipality.ofGenitive(words[0]) != nil  // "Helsingborgs tingsrätt"
        // ("BUP Helsingborg", "IFO Bjuv": an abbreviation first is a body's; not "ÅSA NILSSON", all in capitals.)
        // ("FoU Nordväst": a short word of capitals and small letters too.)
        let abbreviated = words.count >= 2 && words[0].count >= 2
            && (!words[0].contains(where: \.isLowercase) || words[0].count <= 4 && words[0].filter(\.isUppercase).count >= 2)
            && words.dropFirst().contains { $0.contains(where: \.isLowercase) }
        // ("Ersättare, ej tjänstgörande": a list's part by what its members are, no one's name.)
        if words.count == 1, (6...11).contains(text.utf8.count), memberKinds.contains(text.lowercased()) { return false }
        return !body && !abbreviated && words.allSatisfy { word in word.allSatisfy { $0.isLetter || "-'’.".contains($0) } }
            && Municipality.named(text) == nil && !countries.contains(text)
            && !words.dropFirst().contains { companyForms.contains(String($0)) }  // ("Bostads AB Kullaporten")
            // ("Beslut är gulmarkerade": a sentence's verb, which no name holds as "von" or "af" are.)
            && !words.dropFirst().contains { $0.first?.isLowercase == true && sentenceWords.contains(String($0)) }
            && !words.contains { word in
                let lower = word.lowercased()
                return organisationWords.contains { lower.holds($0) }
            }
    }

    /// "Närvarande: alla utom Båstad och Svalöv", "Deltagare: samtliga förutom Bardia": the kommuner
    /// and people the exception names, when a line of those present says so.
    static func allBut(_ line: String) -> [String]? {
        guard line.holds("utom "), let (kind, rest) = heading(line), kind == .attendees, let match = rest.wholeMatch(of: exception) else { return nil }
        return match.1.replacingOccurrences(of: " och ", with: ", ").split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
    nonisolated(unsafe) static let exception = /(?i)(?:alla|samtliga)(?:\s+(?:medlemmar|kommuner|deltagare))?\s+(?:för)?utom\s+(.+?)\.?/

    /// Words in lower case inside a sentence that never stand inside a name.
    static let sentenceWords: Set<String> = ["är", "var", "har", "hade", "blir", "blev", "ska", "kan"]

    /// A person's detail that names a body outside the kommuner they come from ("Region Skåne",
    /// "Försäkringskassan"), not their role here ("enhetschef försörjningsstöd", "nämndsekreterare",
    /// "Kommunikatör Familjen Helsingborg").
    static func isOtherBody(_ detail: String) -> Bool {
        guard detail.first?.isUppercase == true else { return false }
        let lower = detail.lowercased()
        // (The kommuner's own bodies and the network itself are not outside: "Planeringsledare Socialchefs nätverket".)
        // (Not a job there: "Myndighetschef", "Föreningskonsulent".)
        // ("Ängsbo Fastigheter AB": a company.)
        // (By `holds`, not Foundation's `contains`: asked of each part of every list.)
        return (outsideBodies.contains(where: lower.holds) || detail.hasSuffix(" AB"))
            // (But the kommuner's association is: "Kommunförbundet Skåne".)
            && (!["kommun", "nätverk", "familjen helsingborg"].contains(where: lower.holds) || lower.holds("kommunförbund"))
            && !isJobTitle(String(detail.prefix { $0 != " " && $0 != "," }))
    }

    /// A job's title ("Handläggare", "Enhetschef", "Kommunjurist"), by how such titles end: no name does.
    static func isJobTitle(_ word: String) -> Bool {
        let word = word.lowercased()
        return jobTitleEndings.contains { word.hasSuffix($0) }
    }

    static let jobTitleEndings = [
        "handläggare", "terapeut", "chef", "ingenjör", "jurist", "sekreterare", "ledare", "samordnare", "pedagog", "kurator",
        "konsulent", "strateg", "utredare", "assistent", "sköterska", "rådgivare", "inspektör", "psykolog", "läkare", "lärare", "behandlare",
    ]

    /// Parts of the names of bodies outside the kommuner: regions, agencies, churches, clinics.
    static let outsideBodies = [
        "region", "myndighet", "kassan", "verket", "polisen", "offerjour", "kvinnojour", "tjejjour", "universitet", "sjukhus", "kyrka", "pastorat", "församling",
        "psykiatri", "klinik", "förening", "stiftelse", "förbund", "förmedlingen", "styrelsen", "röda korset", "rädda barnen",
        "stadsmission", "kooperativ", "vårdcentral", "kriminalvård", "inspektionen", "barnahus", "högskola", "kronofogde",
    ]

    /// "Kvinnojouren", "Minnesmottagningen", "Utkastet": a long word in its definite form names a
    /// thing or a body, not a person.
    static func isDefiniteNoun(_ word: Substring) -> Bool {
        word.count >= 8 && (word.hasSuffix("en") || word.hasSuffix("et"))
    }

    /// Parts of words that name organisations, not people.
    /// A company's form after its name's first word ("Bostads AB Kullaporten", "Kullaporten AB").
    static let companyForms: Set<String> = ["AB", "HB", "KB", "Ltd", "Inc", "GmbH", "Oy"]

    /// What a body's members are, heading a part of its list ("Ledamöter", "Ersättare, ej tjänstgörande").
    static let memberKinds: Set<String> = ["ersättare", "ledamot", "ledamöter", "suppleant", "suppleanter", "ordinarie", "adjungerade", "övriga"]

    static let organisationWords = [
        "region", "kommun", "förening", "förbund", "nämnd", "styrelse", "vården", "sällskap", "myndighet", "kassan",
        "verket", "polisen", "stiftelse", "universitet", "sjukhus", "centrum", "kyrka", "pastorat", "församling",
        "psykiatri", "klinik", "tjänst", "byrå",
    ]

    /// Whether a line can be part of a list of people rather than prose.
    static func isEntryLike(_ line: String) -> Bool {
        // ("t.f. IFO-chef Kennedy Nwosu": acting, no sentence's end; "~~Ada Ek~~": struck through, an entry still.)
        var text = clean(line.holds("~~") ? line.without("~~") : line)
        if text.hasPrefix("t.f. ") { text = String(text.dropFirst(5)) }
        // ("och jag, Benjamina Ek (Landskrona), som skrev.": the writer, named.)
        if text.hasPrefix("och jag") || text.hasPrefix("samt jag") { text = text.replacing(writerNamed, with: "") }
        // A role may come first ("fältsekreterare Agnes Rosendahl, Helsingborg"), or a title of several
        // words ("enhetschef vuxen Nurcan Yilmazer").
        let firstWord = String(text.prefix { $0 != " " })
        let roleFirst = text.first?.isLowercase == true
            && (text.split(separator: " ").dropFirst().first?.first?.isUppercase == true
                || (isJobTitle(firstWord) || firstWord == "biträdande") && text.contains(where: \.isUppercase))
        guard let first = text.first, first.isUppercase || first == "/" || roleFirst else { return isSeparator(line) }
        if line.holds("\t") { return true }
        // (Not an abbreviation in parentheses: "Maiken Svedjeholm, Ängelholm (ers. för Lennarth Ekensten)".)
        if text.contains(twoSentences), text.replacing(initialDot, with: " ").replacing(parenthesised, with: " ").contains(twoSentences) { return false }
        // Party letters and kommuner in parentheses are details, not words of prose.
        let words = text.replacing(parenthesised, with: " ").split(whereSeparator: \.isWhitespace)
        var commas = commaCount(text) + text.components(separatedBy: " och ").count - 1 + (text.holds(";") ? text.matches(of: semicolonBeforeName).count : 0)
        // (Columns apart by wide gaps part it as commas do: "Ulvi Ek      Perstorp      ersättare för Kim Ta".)
        if line.holds("    ") { commas += line.matches(of: MinutesDocument.wideGap).count }
        // (And a spaced dash before a detail: "Åsa Lind (Båstad) – joined from item 3".)
        if text.holds(" – ") || text.holds(" - ") { commas += text.matches(of: spacedDash).count }
        return words.count <= max(6, (commas + 1) * 5) && !AgendaReader.isNumbered(text)
    }

    /// "Från nätverket:", "Från Trädgårdsverkstaden (värdar):": a list's part by where its people are
    /// from, over a bullet of a person (not "Från föregående möte:" over what was followed up).
    nonisolated(unsafe) static let fromLabel = /^\s*[Ff]rån\s+([^:()]{2,60}?)\s*(?:\([^)]*\))?\s*:\s*$/

    static func isSubLabel(_ lines: [String], at index: Int) -> Bool {
        if isGroupOver(lines, at: index) { return true }
        guard lines[index].holds("rån"), let label = lines[index].without("**").firstMatch(of: fromLabel),
            !["föregående", "förra", "tidigare", "kl"].contains(where: label.1.lowercased().hasPrefix),
            let next = lines[(index + 1)...].first(where: { !$0.trimmingSpaces().isEmpty })
        else { return false }
        return next.firstMatch(of: bulletMark) != nil && entry(clean(next)) != nil
    }

    /// "Nätverket för boendesamordnare" over its people, in a list of a joint meeting's: which network
    /// they came from, a part of the list (a few words naming a network, over a person's line).
    static func isGroupOver(_ lines: [String], at index: Int) -> Bool {
        // (Asked of every line of a list: its word looked for first, without lowering the line.)
        guard lines[index].holds("ätverk") || lines[index].holds("ÄTVERK") else { return false }
        let line = lines[index].trimmingSpaces().trimming(anyOf: ":")
        guard line.split(separator: " ").count <= 6, !line.holds(","),
            let next = lines[(index + 1)...].first(where: { !$0.trimmingSpaces().isEmpty })
        else { return false }
        return entry(clean(next)) != nil
    }

    /// "Nätverket för boendesamordnare: Clary Wennerskog, Landskrona" in a list: who, of a network's.
    static func withoutGroup(_ line: String) -> String {
        guard line.holds(": "), let colon = line.firstRange(of: ": ") else { return line }
        let group = line[..<colon.lowerBound]
        let rest = line[colon.upperBound...]
        // (Only over someone: "Nätverk: Missbruk och beroende" names the network.)
        guard group.lowercased().holds("nätverk"), group.split(separator: " ").count <= 6, !group.holds(","),
            isCapitalisedFullName(withoutDetails(rest.prefix { $0 != "," }))
        else { return line }
        return String(rest)
    }

    /// An e-mail address alone on a list's line (a bullet before it).
    nonisolated(unsafe) static let address = /\s*(?:[-•*–]\s+)?[^\s@<>()]+@[^\s@<>()]+\.\p{L}+\s*[,;]?\s*/
    nonisolated(unsafe) static let angleAddress = /\s*<[^\s@<>]+@([^\s<>]+)>/
    nonisolated(unsafe) static let addressFirst = /^(\s*(?:[-•*–]\s+)?)[^\s@<>()]+@([^\s<>()]+)\s*\(([^)]+)\)/

    /// A list's line with its name as mail and Teams copy it: "Aksel Ek <aksel.ek@bjuv.se>" and
    /// "aksel.ek@bjuv.se (Aksel Ek)" as "Aksel Ek (Bjuv)", a kommun's domain where they are from.
    static func withoutAddresses(_ line: String) -> String {
        guard line.holds("@") else { return line }
        let from = { (domain: Substring) in Municipality.ofAddress(domain).map { " (\($0))" } ?? "" }
        if let match = line.firstMatch(of: addressFirst), isCapitalisedFullName(String(match.3)) {
            return String(match.1 + match.3) + from(match.2) + line[match.range.upperBound...]
        }
        return line.replacing(angleAddress) { from($0.1) }
    }

    static func isSeparator(_ line: String) -> Bool {
        line.allSatisfy { "-–—=_ \t|".contains($0) } && (line.holds("-") || line.holds("___"))
    }

    /// Strips list bullets, Markdown emphasis and stray punctuation from an entry.
    /// A list's part without its details in parentheses: "Ada Berg (Bjuv)" as "Ada Berg".
    static func withoutDetails(_ text: some StringProtocol) -> String {
        String(text).replacing(parenthesised, with: " ").trimmingSpaces()
    }

    static func clean(_ text: String) -> String {
        var text = text.without("**").trimmingSpaces()
        text = withoutBullet(text) ?? text
        return keepingInitial(text.trimmingSpaces(and: ",;.:/-–"), as: text)
    }

    /// name with the full stop of the surname's initial it ends in, as written: "Måns K." of "Måns K."
    /// (trimmed of its punctuation as a name is); any other name as it is.
    static func keepingInitial(_ name: String, as written: String) -> String {
        guard let last = name.last, last.isUppercase, name.dropLast().last == " ", written.holds(name + ".") else { return name }
        return name + "."
    }
    /// "Måns K.   Helsingborg": an initial's full stop, which ends no sentence.
    nonisolated(unsafe) static let initialDot = /(?:^|\s)\p{Lu}\.(?=\s)/

    static func commaCount(_ text: String) -> Int {
        splitOutsideParentheses(text).count - 1
    }

    static func splitOutsideParentheses(_ text: String, by separator: Character = ",") -> [String] {
        // "Namn / Kommun / funktion": columns apart by slashes, as by commas (when parting by commas).
        let text = separator == "," && text.holds(" / ") ? text.replacingOccurrences(of: " / ", with: ", ") : text
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case separator where depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
