/// Notes kept in Emacs's Org mode and kept as written (`#+TITLE:`, `* Punkter` over `** Runda`, a
/// `:PROPERTIES:` drawer of `:PLATS: …`, `- [X] Ada Ek (Bjuv)`, `*** TODO …`, `#+BEGIN_QUOTE`): read as
/// the Markdown the readers know. A heading's stars as `#`s (its statistics cookie, `[7/9]`, and tags
/// dropped); `#+TITLE:` as the title, `#+DATE:` and a drawer's properties as labels; a heading of a task
/// (`*** TODO …`) as a task's box, no heading; the export's settings, comments, a block's markers and a
/// task's planning lines (`DEADLINE: <…>`) as nothing; a timestamp's brackets as nothing.
extension MinutesDocument {
    static func orgMode(_ lines: [String]) -> [String] {
        // (Only Org's: two settings lines, "#+TITLE:", "#+DATE:", open lines of the file, or a drawer.)
        let setting = { (line: String) in line.utf8.starts(with: "#+".utf8) && line.wholeMatch(of: orgSetting) != nil }
        guard lines.prefix(40).count(where: setting) >= 2 || lines.contains(":PROPERTIES:") && lines.contains(where: { $0.hasPrefix("* ") })
        else { return lines }
        // The task keywords the file names ("#+TODO: TODO VÄNTAR | KLART"), besides Org's own.
        var open: Set<String> = ["TODO"], done: Set<String> = ["DONE"]
        for line in lines where line.hasPrefix("#+TODO:") || line.hasPrefix("#+SEQ_TODO:") || line.hasPrefix("#+TYP_TODO:") {
            let words = line.split(separator: ":", maxSplits: 1).last.map { $0.split(separator: " ").map(String.init) } ?? []
            let bar = words.firstIndex(of: "|") ?? words.count
            open.formUnion(words[..<bar].map(withoutKey))
            done.formUnion(words[bar...].dropFirst().map(withoutKey))
        }
        var read: [String] = [], inDrawer = false
        for line in lines {
            if line.hasPrefix("#+") {
                // ("#+BEGIN_QUOTE", "#+OPTIONS: toc:nil": no words of the notes.)
                guard let setting = line.wholeMatch(of: orgSetting) else {
                    read.append("")
                    continue
                }
                let value = setting.2.replacing(timestampBrackets) { String($0.1) }.trimmingSpaces()
                switch setting.1.lowercased() {
                case "title": read.append("# " + value)
                case "date": read.append("Datum: " + value)
                default: read.append("")
                }
                continue
            }
            // (A comment: "# " opening a line, which in Org is no heading.)
            if line == "#" || line.hasPrefix("# ") {
                read.append("")
                continue
            }
            let trimmed = line.trimmingSpaces()
            // (A drawer's lines as the lines of its properties alone: no paragraph of their own.)
            if trimmed == ":PROPERTIES:" || trimmed == ":LOGBOOK:" {
                inDrawer = true
                continue
            }
            if inDrawer {
                if trimmed == ":END:" {
                    inDrawer = false
                    continue
                }
                // ":PLATS: Ängelholm, …", ":TAGIT_UPP: Ada Ek": a label and its value.
                if let property = trimmed.wholeMatch(of: orgProperty), !property.2.isEmpty {
                    let key = property.1.replacing("_", with: " ").lowercased()
                    let label = frontMatterKeys[key] ?? (raisedByKeys.contains(key) ? "Väckt av" : key.prefix(1).uppercased() + key.dropFirst())
                    read.append(label + ": " + property.2.replacing("--", with: "–"))
                }
                continue
            }
            if trimmed.wholeMatch(of: planning) != nil {
                read.append("")
                continue
            }
            var text = line.replacing(timestampBrackets) { String($0.1) }
            if line.first == "*", let heading = line.wholeMatch(of: orgHeading) {
                var title = String(heading.2)
                let keyword = title.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                if open.contains(keyword) || done.contains(keyword) {
                    // A task: what is to be done, no part of the agenda.
                    read.append((done.contains(keyword) ? "- [x] " : "- [ ] ") + title.dropFirst(keyword.count).trimmingSpaces())
                    continue
                }
                title = title.replacing(headingEnd, with: "")
                text = String(repeating: "#", count: min(heading.1.count, 6)) + " " + title
            }
            read.append(text.replacing("--", with: "–"))
        }
        return read
    }

    /// A heading's property naming who brought it (":TAGIT_UPP: Ada Ek").
    static let raisedByKeys: Set<String> = ["tagit upp", "väckt av", "väckare", "anmäld av", "frågeägare", "raised by"]
    /// "#+TITLE: …", "#+begin_quote": a setting or a block's marker, and its value.
    nonisolated(unsafe) static let orgSetting = /#\+([A-Za-z_]+):?\s*(.*)/
    /// "** Närvaro [7/9]": a heading's stars and its title.
    nonisolated(unsafe) static let orgHeading = /(\*+)\s+(\S.*)/
    /// A heading's end that is no part of its title: a statistics cookie ("[7/9]", "[50%]") and tags (":fh:möte:").
    nonisolated(unsafe) static let headingEnd = /(?:\s+\[\d*(?:\/\d*|%)\])?(?:\s+:[\p{L}\d_@#%:]+:)?\s*$/
    /// ":PLATS:    Ängelholm, Stadshuset": a property and its value.
    nonisolated(unsafe) static let orgProperty = /:([\p{L}\d_-]+):\s*(.*)/
    /// A task's planning: "DEADLINE: <2026-04-24 fre>", "SCHEDULED: …", "CLOSED: […]".
    nonisolated(unsafe) static let planning = /(?:(?:DEADLINE|SCHEDULED|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+/
    /// "<2026-03-12 tor>", "[2026-03-13 fre 08:17]": a timestamp, its brackets no part of it.
    nonisolated(unsafe) static let timestampBrackets = /[<\[](\d{4}-\d{2}-\d{2}(?:\s+[^>\]\s]+)*)[>\]]/

    /// A task keyword as "#+TODO:" names it, without its key ("VÄNTAR(v)": "VÄNTAR").
    private static func withoutKey(_ word: String) -> String {
        String(word.prefix { $0 != "(" })
    }
}
