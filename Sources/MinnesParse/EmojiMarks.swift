/// Notes typed on a phone, lines marked by emoji instead of words ("1️⃣ Sen sist", "📍 Teams", "🙋
/// Nihad: Landskrona har …", "✅ Vi tar fram …"): read as the words they stand for. A number's key
/// ("2️⃣") numbers its line; a mark's meaning is what the notes' own legend says ("✅ = beslut   🙋 =
/// tar upp punkten"), else what the mark plainly is (❓ a question, ↳ an answer, 💬 a comment, 📍 the
/// place, 📅 the date). A speaker's line after a mark ("🙋 Nihad: …") is the sentence it stands for
/// ("Nihad tog upp: …"), as `questionsAndAnswers` writes its lines; a decision's or a task's mark is
/// its label ("Beslut: …", "Att göra: …"). Any other mark is left out. Only where three lines or
/// more open with a mark; the legend itself is no line of the notes.
extension MinutesDocument {
    static func emojiMarks(_ lines: [String]) -> [String] {
        // (A cheap test first: every mark starts with a byte 0xE2 or 0xF0, a number's key with a digit.)
        let marked = lines.filter { line in
            guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0xE2 || first == 0xF0 || (0x30...0x39).contains(first) else { return false }
            return mark(opening: line) != nil
        }
        guard marked.count >= 3 else { return lines }
        let legend = lines.lazy.compactMap(Self.legend).first ?? [:]
        return lines.compactMap { line in
            guard let (mark, rest) = mark(opening: line) else { return line }
            if rest.hasPrefix("=") { return nil }  // (the legend)
            if let number = mark.keyNumber { return "\(number). " + rest }
            let meaning = legend[mark.text] ?? mark.plainMeaning
            // ("📆 Nästa: ons 21/5 …", "✅ Beslut: …": a label of its own stays.)
            if let label = meaning?.label { return rest.firstMatch(of: ownLabel) == nil ? label + ": " + rest : rest }
            guard let meaning, let speaker = rest.wholeMatch(of: speakerLine) else { return rest }
            // ("jag: …" as "Jag frågade: …": a line of its own, not one running on.)
            return "\(speaker.1 == "jag" ? "Jag" : speaker.1) \(meaning.verb ?? "kommenterade"): \(speaker.2)"
        }
    }

    /// A run of marks opening a line: its text ("✅", "🙋", "2️⃣") and the line after it.
    struct Mark {
        let text: String

        /// What a number's key numbers ("2️⃣": 2; "🔟": 10).
        var keyNumber: Int? {
            if text == "🔟" { return 10 }
            guard text.unicodeScalars.last == "\u{20E3}", let digit = text.unicodeScalars.first, ("0"..."9").contains(digit) else { return nil }
            return Int(digit.value - 0x30)
        }

        /// What the mark is, whatever the notes say of it.
        var plainMeaning: Meaning? {
            switch text.unicodeScalars.first?.value ?? 0 {
            case 0x2753, 0x2754: .question  // ❓ ❔
            case 0x21B3, 0x21AA, 0x2937: .answer  // ↳ ↪ ⤷
            case 0x1F4AC, 0x1F5E8: .comment  // 💬 🗨
            case 0x1F4CD, 0x1F3E2: .place  // 📍 🏢
            case 0x1F4C5, 0x1F4C6, 0x1F5D3: .date  // 📅 📆 🗓
            default: nil
            }
        }
    }

    /// What a mark stands for.
    enum Meaning {
        case raise, question, answer, comment, decision, task, place, date

        /// The label a line of it is written under, when it is one.
        var label: String? {
            switch self {
            case .decision: "Beslut"
            case .task: "Att göra"
            case .place: "Plats"
            case .date: "Datum"
            default: nil
            }
        }

        /// The verb a speaker's line of it is said with.
        var verb: String? {
            switch self {
            case .raise: "tog upp"
            case .question: "frågade"
            case .answer: "svarade"
            default: nil
            }
        }

        /// What a legend's words say a mark is ("beslut", "fråga", "tar upp punkten", "att göra").
        init?(words: String) {
            let lower = words.lowercased()
            if lower.holds("beslut") { self = .decision }
            else if lower.holds("att göra") || lower.holds("uppgift") || lower.holds("åtgärd") || lower.holds("todo") { self = .task }
            else if lower.holds("tar upp") || lower.holds("tog upp") || lower.holds("lyfter") || lower.holds("anmäl") { self = .raise }
            else if lower.holds("svar") { self = .answer }
            else if lower.holds("fråga") { self = .question }
            else if lower.holds("kommentar") { self = .comment }
            else { return nil }
        }
    }

    /// The marks opening a line, and the rest of it; nil when it opens with none.
    static func mark(opening line: String) -> (Mark, String)? {
        let scalars = line.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        var end = scalars.startIndex
        // (A number's key: a digit, the emoji selector, the keycap.)
        if let digit = scalars.first, ("0"..."9").contains(digit) {
            var after = scalars.index(after: scalars.startIndex)
            if after < scalars.endIndex, scalars[after] == "\u{FE0F}" { after = scalars.index(after: after) }
            guard after < scalars.endIndex, scalars[after] == "\u{20E3}" else { return nil }
            end = scalars.index(after: after)
        } else {
            end = scalars.firstIndex { !isMark($0) } ?? scalars.endIndex
            guard end > scalars.startIndex else { return nil }
        }
        // (Its text without the emoji selector, which one keyboard writes and another does not.)
        let text = String(String.UnicodeScalarView(scalars[scalars.startIndex..<end].filter { $0 != "\u{FE0F}" }))
        return (Mark(text: text), String(String.UnicodeScalarView(scalars[end...])).trimmingSpaces())
    }

    /// Whether a scalar is part of an emoji mark: the pictographs, dingbats and arrows marks are drawn
    /// from, and what joins and colours them. Not the geometric shapes (■, ▶) bullets are.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x203C, 0x2049, 0x2139, 0x2190...0x21FF, 0x2300...0x23FF, 0x2600...0x27BF, 0x2900...0x297F, 0x2B00...0x2BFF, 0x1F000...0x1FAFF, 0xFE0F, 0x200D: true
        default: false
        }
    }

    /// A legend of marks ("✅ = beslut   ❓ = fråga   📌 = att göra"): each mark's meaning.
    static func legend(_ line: String) -> [String: Meaning]? {
        guard line.holds("="), mark(opening: line) != nil else { return nil }
        var meanings: [String: Meaning] = [:]
        for entry in line.matches(of: legendEntry) {
            guard let (mark, _) = mark(opening: String(entry.1)), let meaning = Meaning(words: String(entry.2)) else { continue }
            meanings[mark.text] = meaning
        }
        return meanings.count >= 2 ? meanings : nil
    }
    nonisolated(unsafe) static let legendEntry = /(\S+)\s*=\s*([^=]+?)(?=\s{2,}|\s*\S+\s*=|$)/
    /// "Nihad: Landskrona har …", "Rauno (polisen): …", "jag: vem …": who speaks (a first name, a full
    /// name, "jag") and what they say.
    nonisolated(unsafe) static let speakerLine = /((?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|[Jj]ag)(?:\s*\([^)]*\))?:\s*(.+)/
}
