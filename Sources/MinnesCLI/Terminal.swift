import Foundation

/// How output is shown: styled only for a person at a terminal who has not asked for NO_COLOR.
struct Terminal {
    let styled: Bool

    static var standardOutput: Terminal {
        Terminal(styled: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func bar(_ text: String) -> String { styled ? "\u{1B}[36m\(text)\u{1B}[0m" : text }

    /// Turns a daemon snippet (HTML-escaped, matches in `<b>…</b>`) into terminal text.
    func snippet(_ html: String) -> String {
        let open = styled ? "\u{1B}[1;33m" : ""
        let close = styled ? "\u{1B}[0m" : ""
        return unescapeHTML(html.replacingOccurrences(of: "<b>", with: open).replacingOccurrences(of: "</b>", with: close))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Undoes the escaping Xapian applies to snippets; `&amp;` last so `&amp;lt;` stays `&lt;`.
    func unescapeHTML(_ text: String) -> String {
        [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")]
            .reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
