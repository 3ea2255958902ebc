import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Word's styles (`word/styles.xml`), as far as they say what a paragraph is: a heading of a level,
/// numbered by a list, bold, hidden. A style says it itself or through the style it is based on.
final class WordStyles: NSObject, XMLParserDelegate {
    struct Style {
        var name: String?, basedOn: String?
        var numId: String?, level: Int?, outlineLevel: Int?
        var bold: Bool?, hidden: Bool?
        var list: (numId: String, level: Int?)? { numId.map { ($0, level) } }
    }

    private(set) var styles: [String: Style] = [:]
    private var id: String?, inParagraphProperties = false

    override init() {}

    convenience init(_ data: Data) {
        self.init()
        _ = parseXML(data, with: self)  // styles that do not parse leave every paragraph plain
    }

    /// Its level as a heading: by Word's own name for it (`heading 2`, whatever the language shows:
    /// the id is `Rubrik2` in Swedish Word), by its id, or by the outline level it or its base has.
    func headingLevel(_ id: String) -> Int? {
        if let name = styles[id]?.name, let level = Self.headingLevel(name) { return level }
        if let level = Self.headingLevel(id) { return level }
        return first(id, \.outlineLevel).flatMap { $0 < 9 ? min($0 + 1, 6) : nil }
    }

    /// The list that numbers its paragraphs, and at which level when it says.
    func numbering(_ id: String) -> (numId: String, level: Int?)? { first(id, \.list) }
    func isBold(_ id: String) -> Bool { first(id, \.bold) ?? false }
    func isHidden(_ id: String) -> Bool { first(id, \.hidden) ?? false }

    private func first<Value>(_ id: String, _ value: KeyPath<Style, Value?>) -> Value? {
        inherited(id, in: styles, parent: \.basedOn, value)
    }

    /// "heading 2", "Heading2", "Rubrik2", "Title" → the heading level.
    static func headingLevel(_ style: String) -> Int? {
        let lower = style.lowercased()
        if lower == "title" || lower == "rubrik" { return 1 }
        for prefix in ["heading", "rubrik", "berschrift"] where lower.hasPrefix(prefix) {
            return Int(lower.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)).map { min(max($0, 1), 6) }
        }
        return nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:style":
            id = attributes["w:styleId"]
            if let id { styles[id] = Style() }
        case "w:pPr": inParagraphProperties = true
        default:
            guard let id else { return }
            let value = attributes["w:val"]
            switch name {
            case "w:name": styles[id]?.name = value
            case "w:basedOn": styles[id]?.basedOn = value
            case "w:numId" where inParagraphProperties: styles[id]?.numId = value
            case "w:ilvl" where inParagraphProperties: styles[id]?.level = value.flatMap { Int($0) }
            case "w:outlineLvl" where inParagraphProperties: styles[id]?.outlineLevel = value.flatMap { Int($0) }
            case "w:b" where !inParagraphProperties: styles[id]?.bold = WordStyles.isOn(value)
            case "w:vanish" where !inParagraphProperties: styles[id]?.hidden = WordStyles.isOn(value)
            default: break
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:style": id = nil
        case "w:pPr": inParagraphProperties = false
        default: break
        }
    }

    /// A toggle property's value: on unless `0`, `false` or `off`.
    static func isOn(_ value: String?) -> Bool {
        value.map { !["0", "false", "off"].contains($0) } ?? true
    }
}

/// Word's lists (`word/numbering.xml`): what each level shows before its paragraphs (`%1.`, `§ %1`,
/// `%1.%2`, a bullet) and where it starts.
struct WordNumbering {
    struct Level {
        var style: ListNumber.Style? = .decimal
        var bullet = false
        var text = "%1."
        var start = 1
        var paragraphStyle: String?
    }

    struct List {
        var abstract: String
        /// Levels a list starts again at another number (`w:lvlOverride/w:startOverride`).
        var starts: [Int: Int] = [:]
    }

    var levels: [String: [Int: Level]] = [:]
    /// A list defined by a numbering style (`w:numStyleLink`): that style's list.
    var styleLinks: [String: String] = [:]
    var lists: [String: List] = [:]

    init() {}

    init(_ data: Data) {
        let reader = Reader()
        _ = parseXML(data, with: reader)  // numbering that does not parse leaves every list numbered 1., 2. …
        self = reader.numbering
    }

    /// The levels a list numbers with, through a numbering style when it is defined by one.
    func levels(of list: List, styles: WordStyles) -> [Int: Level]? {
        if let linked = styleLinks[list.abstract], let numId = styles.numbering(linked)?.numId,
            let target = lists[numId], target.abstract != list.abstract
        {
            return levels[target.abstract]
        }
        return levels[list.abstract]
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var numbering = WordNumbering()
        var abstract: String?, level: Int?, num: String?, overridden: Int?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let value = attributes["w:val"]
            switch name {
            case "w:abstractNum":
                abstract = attributes["w:abstractNumId"]
                if let abstract { numbering.levels[abstract] = [:] }
            case "w:lvl" where num == nil:
                level = attributes["w:ilvl"].flatMap { Int($0) }
                if let abstract, let level { numbering.levels[abstract]?[level] = Level() }
            case "w:lvlOverride": overridden = attributes["w:ilvl"].flatMap { Int($0) }
            case "w:startOverride":
                if let num, let overridden, let start = value.flatMap({ Int($0) }) { numbering.lists[num]?.starts[overridden] = start }
            case "w:num": num = attributes["w:numId"]
            case "w:abstractNumId":
                if let num, let value { numbering.lists[num] = List(abstract: value) }
            case "w:numStyleLink":
                if let abstract, let value { numbering.styleLinks[abstract] = value }
            default:
                guard num == nil, let abstract, let level else { return }
                switch name {
                case "w:numFmt":
                    numbering.levels[abstract]?[level]?.style = value.flatMap { ListNumber.Style($0) }
                    numbering.levels[abstract]?[level]?.bullet = value == "bullet"
                case "w:lvlText": numbering.levels[abstract]?[level]?.text = value ?? ""
                case "w:start": numbering.levels[abstract]?[level]?.start = value.flatMap { Int($0) } ?? 1
                case "w:pStyle": numbering.levels[abstract]?[level]?.paragraphStyle = value
                default: break
                }
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:abstractNum": abstract = nil
            case "w:lvl": level = nil
            case "w:num": num = nil
            case "w:lvlOverride": overridden = nil
            default: break
            }
        }
    }
}

/// Where each list of a Word document has got to, paragraph by paragraph: a list's instances that
/// share its definition count on together (Word's way), unless one starts again.
struct WordListCounters {
    let numbering: WordNumbering
    let styles: WordStyles
    private var values: [String: [Int: Int]] = [:]
    private var restarted = Set<String>()

    init(numbering: WordNumbering, styles: WordStyles) {
        (self.numbering, self.styles) = (numbering, styles)
    }

    /// The level a paragraph of style is at in the list numId when the paragraph does not say: the
    /// level tied to its style, else the style's own, else the first.
    func level(of numId: String, style: String?) -> Int? {
        guard let style, let list = numbering.lists[numId], let levels = numbering.levels(of: list, styles: styles) else { return nil }
        return levels.first { $0.value.paragraphStyle == style }?.key
    }

    /// What a paragraph at level of list numId shows before its text ("2.", "§ 3", "1.2", "b)", "-"
    /// for a bullet), counting it; nil when the list shows nothing.
    mutating func next(_ numId: String, level: Int) -> String? {
        guard numId != "0" else { return nil }
        guard let list = numbering.lists[numId], let levels = numbering.levels(of: list, styles: styles) else {
            // A list numbering.xml does not define: numbered, as Word shows a list it cannot find.
            var counts = values["?" + numId, default: [:]]
            counts[level, default: 0] += 1
            values["?" + numId] = counts
            return "\(counts[level]!)."
        }
        let definition = levels[level] ?? Level()
        if definition.bullet { return "-" }
        var counts = values[list.abstract, default: [:]]
        if let start = list.starts[level], restarted.insert(numId + "/\(level)").inserted {
            counts[level] = start - 1
        }
        counts[level] = (counts[level] ?? definition.start - 1) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        values[list.abstract] = counts
        var shown = definition.text
        for (index, ofLevel) in levels.sorted(by: { $0.key > $1.key }) where shown.contains("%\(index + 1)") {
            let value = counts[index] ?? ofLevel.start
            shown = shown.replacingOccurrences(of: "%\(index + 1)", with: ofLevel.style.map { ListNumber.text(value, $0) } ?? "")
        }
        shown = shown.trimmingCharacters(in: .whitespaces)
        return shown.isEmpty ? nil : shown
    }

    private typealias Level = WordNumbering.Level
}
