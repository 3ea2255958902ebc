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

    /// Turns a daemon snippet (HTML-escaped, matches in `<b>…</b>`) into terminal text, its white
    /// space one space. One pass over its bytes: each `replacingOccurrences` went through NSString,
    /// a tenth of `minnes search` from start to exit.
    func snippet(_ html: String) -> String {
        let open = styled ? "\u{1B}[1;33m" : "", close = styled ? "\u{1B}[0m" : ""
        let marks: [(String, String)] = [("<b>", open), ("</b>", close)] + Self.entities
        var text: [UInt8] = []
        let bytes = Array(html.utf8)
        var index = 0
        scan: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "&") {
                for (mark, replacement) in marks where bytes[index...].starts(with: mark.utf8) {
                    text += replacement.utf8
                    index += mark.utf8.count
                    continue scan
                }
            }
            text.append(bytes[index])
            index += 1
        }
        return String(decoding: text, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The escapes Xapian writes in snippets. Undone in one pass, so `&amp;lt;` is `&lt;`.
    static let entities = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&")]
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
