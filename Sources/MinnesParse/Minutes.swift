import Foundation

/// What Minnes reads from one file of minutes. For now the file's title and text; meetings, agenda
/// items and people come here as the reader learns them.
public struct Minutes: Sendable, Equatable {
    public let title: String
    /// The meeting's date as `YYYY-MM-DD`, when known.
    public let date: String?
    public let text: String

    public init(title: String, date: String?, text: String) {
        self.title = title
        self.date = date
        self.text = text
    }
}

public enum MinutesReader {
    static let maxTitleLength = 120

    /// Reads decoded (NFC, LF) text. Any text is accepted: a file that is not minutes still has a title.
    public static func read(_ text: String, fileName: String) -> Minutes {
        Minutes(title: title(of: text) ?? fileName, date: nil, text: text)
    }

    /// The heading that names the minutes ("Minnesanteckningar …", "… möte …"), else the first line.
    static func title(of text: String) -> String? {
        let lines = text.split(separator: "\n").map(cleanHeading).filter { !$0.isEmpty }
        let heading = lines.first { line in
            let lower = line.lowercased()
            return ["anteckning", "protokoll", "möte", "mötet", "nätverk"].contains { lower.contains($0) }
        }
        guard let chosen = heading ?? lines.first else { return nil }
        return chosen.count > maxTitleLength ? String(chosen.prefix(maxTitleLength - 1)) + "…" : chosen
    }

    /// Strips Markdown heading and emphasis marks and surrounding space from a line.
    static func cleanHeading(_ line: Substring) -> String {
        line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "#*_")))
    }
}
