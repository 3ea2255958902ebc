import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// OpenDocument's styles, named (`styles.xml`) and automatic (`content.xml`), as far as they say
/// what text is: bold, hidden, struck through, numbered by a list or the headings' outline; and what the page's
/// header and footer show.
final class OpenDocumentStyles: NSObject, XMLParserDelegate {
    struct Style {
        var parent: String?, bold: Bool?, hidden: Bool?, struck: Bool?, listStyle: String?, masterPage: String?
    }

    /// A list level: a bullet, or a number with what stands before and after it.
    struct Level {
        var bullet = false
        var format: ListNumber.Style?
        var prefix = "", suffix = ""
        /// How many levels' numbers it shows: 2 shows `1.2`.
        var shown = 1
        var start = 1
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var lists: [String: [Int: Level]] = [:]
    /// The headings' numbering (`text:outline-style`).
    private(set) var outline: [Int: Level] = [:]
    /// Each master page's header and footer lines; the first page's own where it has them.
    private(set) var pageHeads: [String: (head: [String], firstHead: [String])] = [:]
    /// The master pages in the order the styles define them.
    private var masters: [String] = []

    private var style: String?, list: String?, inOutline = false
    private var master: String?, part: String?, partLines: [String] = [], line: String?, skipped = 0

    func parse(_ data: Data) {
        _ = parseXML(data, with: self)  // styles that do not parse leave every paragraph plain
    }

    /// The lines the first page's header and footer show: of master page, else the default one.
    func firstPageHead(master: String?) -> [String] {
        guard let page = master.flatMap({ pageHeads[$0] }) ?? pageHeads["Standard"] ?? masters.first.flatMap({ pageHeads[$0] }) else { return [] }
        return page.firstHead.isEmpty ? page.head : page.firstHead
    }

    func isBold(_ name: String) -> Bool { first(name, \.bold) ?? false }
    func isHidden(_ name: String) -> Bool { first(name, \.hidden) ?? false }
    func isStruck(_ name: String) -> Bool { first(name, \.struck) ?? false }
    func listStyle(_ name: String) -> String? { first(name, \.listStyle) }
    func masterPage(_ name: String) -> String? { styles[name]?.masterPage }

    private func first<Value>(_ name: String, _ value: KeyPath<Style, Value?>) -> Value? {
        inherited(name, in: styles, parent: \.parent, value)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if master != nil { return startInPage(name, attributes) }
        switch name {
        case "style:style":
            style = attributes["style:name"]
            if let style {
                styles[style] = Style(parent: attributes["style:parent-style-name"], listStyle: attributes["style:list-style-name"],
                                      masterPage: attributes["style:master-page-name"])
            }
        case "style:text-properties":
            guard let style else { return }
            if let weight = attributes["fo:font-weight"] { styles[style]?.bold = weight == "bold" || (Int(weight) ?? 0) >= 600 }
            if attributes["text:display"] == "none" { styles[style]?.hidden = true }
            if let through = attributes["style:text-line-through-style"] { styles[style]?.struck = through != "none" }
        case "text:list-style":
            list = attributes["style:name"]
            if let list { lists[list] = [:] }
        case "text:outline-style": inOutline = true
        case "text:list-level-style-number", "text:outline-level-style", "text:list-level-style-bullet", "text:list-level-style-image":
            guard let level = attributes["text:level"].flatMap({ Int($0) }) else { return }
            var definition = Level()
            if name.hasSuffix("bullet") || name.hasSuffix("image") {
                definition.bullet = true
            } else {
                definition.format = attributes["style:num-format"].flatMap { ListNumber.Style($0) }
                definition.prefix = attributes["style:num-prefix"] ?? ""
                definition.suffix = attributes["style:num-suffix"] ?? ""
                definition.shown = attributes["text:display-levels"].flatMap { Int($0) } ?? 1
                definition.start = attributes["text:start-value"].flatMap { Int($0) } ?? 1
            }
            if inOutline { outline[level] = definition } else if let list { lists[list]?[level] = definition }
        case "style:master-page":
            master = attributes["style:name"]
            if let master {
                pageHeads[master] = ([], [])
                masters.append(master)
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if master != nil { return endInPage(name) }
        switch name {
        case "style:style": style = nil
        case "text:list-style": list = nil
        case "text:outline-style": inOutline = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skipped == 0 { line? += string }
    }

    // A master page's header and footer: their paragraphs' text, without the page's number and count
    // or a date that is the day it is opened.
    private func startInPage(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "style:header", "style:footer", "style:header-first", "style:footer-first":
            if attributes["style:display"] != "false" { (part, partLines) = (name, []) }
        case "text:p", "text:h": if part != nil { line = "" }
        case "text:tab": line? += "\t"
        case "text:line-break": line? += " "
        case "text:s": line? += String(repeating: " ", count: attributes["text:c"].flatMap { Int($0) } ?? 1)
        case "text:page-number", "text:page-count", "office:annotation": skipped += 1
        case "text:date", "text:time": if attributes["text:fixed"] != "true" { skipped += 1 }
        default: break
        }
    }

    private func endInPage(_ name: String) {
        switch name {
        case "style:master-page": master = nil
        case "text:p", "text:h":
            if let text = line?.trimmingCharacters(in: .whitespaces), !text.isEmpty { partLines.append(text) }
            line = nil
        case "style:header", "style:footer", "style:header-first", "style:footer-first":
            guard let master, part == name else { return }
            if name.hasSuffix("first") { pageHeads[master]?.firstHead += partLines } else { pageHeads[master]?.head += partLines }
            part = nil
        case "text:page-number", "text:page-count", "office:annotation", "text:date", "text:time":
            skipped = max(skipped - 1, 0)
        default: break
        }
    }
}

/// Where each numbered list and the headings' outline have got to.
struct OpenDocumentCounters {
    private var values: [String: [Int: Int]] = [:]

    /// A new list of style starts again (one that continues another does not call this).
    mutating func restart(_ style: String) { values[style] = nil }

    /// What the next paragraph at level of list (the outline: `nil`) shows before its text: "2.",
    /// "§ 3", "1.2", "b)", "•" as "-"; nil when nothing. start: the number it says it has.
    mutating func next(_ levels: [Int: OpenDocumentStyles.Level], key: String, level: Int, start: Int? = nil) -> String? {
        guard let definition = levels[level] else { return nil }
        if definition.bullet { return "-" }
        guard definition.format != nil else { return nil }
        var counts = values[key, default: [:]]
        counts[level] = start ?? ((counts[level] ?? definition.start - 1) + 1)
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        values[key] = counts
        let shown = (max(level - definition.shown + 1, 1)...level).compactMap { at -> String? in
            guard let style = levels[at]?.format else { return nil }
            return ListNumber.text(counts[at] ?? levels[at]?.start ?? 1, style)
        }
        let text = definition.prefix + shown.joined(separator: ".") + definition.suffix
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text.trimmingCharacters(in: .whitespaces)
    }
}
