import Foundation

/// Minutes sent as a letter say who came in sentences, wrapped as the text flows: "Med på mötet var
/// Anna Ek (Bjuv), Per Holm (Klippan) och jag själv.", "Ola Ek (Bjuv) kunde inte vara med.", "Under
/// första punkten var Ida Berg från Kronofogden med som gäst.", "Anna Ek ledde mötet och jag förde
/// anteckningar." Read from the sentences of its opening, when no list says it; "jag" is the writer,
/// who signs the letter.
enum LetterReader {
    struct People {
        var attendees: [Person] = []
        var guests: [Person] = []
        var absent: [Person] = []
        var chairs: [Person] = []
        /// The writer was there ("… och jag själv").
        var writerPresent = false
    }

    nonisolated(unsafe) static let absent = /^(\p{Lu}.*?)\s+(?:kunde\s+inte\s+(?:vara\s+med|komma|delta)|hade\s+(?:anmält\s+)?förhinder|var\s+förhindrade?|hade\s+fått\s+förhinder)\b.*$/
    nonisolated(unsafe) static let guest = /\b(?:var|deltog)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)(?:\s+\([^)]*\)|\s+från\s+[^.]+?)?\s+(?:med\s+)?som\s+gäst/
    nonisolated(unsafe) static let chair = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)\s+(?:ledde\s+mötet|höll\s+i\s+mötet|var\s+(?:mötes)?ordförande)/
    /// "jag själv", "undertecknad": the writer, in a list of those present.
    nonisolated(unsafe) static let writer = /(?i)^(?:jag(?:\s+själv)?|undertecknad)$/

    static func read(_ text: String) -> People {
        var people = People()
        let flowing = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        for sentence in Sentences.split(flowing, beforeCapital: true) {
            if let match = sentence.wholeMatch(of: PeopleLists.presentSentence) {
                let (listed, writer) = list(match.1)
                people.attendees += listed
                people.writerPresent = people.writerPresent || writer
            } else if let match = sentence.wholeMatch(of: absent) {
                people.absent += list(match.1).people
            } else if let match = sentence.firstMatch(of: chair) {
                people.chairs += list(match.1).people
            }
            if let match = sentence.firstMatch(of: guest) { people.guests += list(match.1).people }
        }
        return people
    }

    /// The people a sentence lists, and whether the writer is one of them; nothing unless every
    /// other part is a person.
    static func list(_ text: Substring) -> (people: [Person], writer: Bool) {
        let parts = PeopleLists.listParts(text)
        let writer = parts.contains { $0.wholeMatch(of: Self.writer) != nil }
        let people = parts.filter { $0.wholeMatch(of: Self.writer) == nil }.compactMap { PeopleLists.entry($0)?.person }
        guard people.count == parts.count - (writer ? 1 : 0) else { return ([], false) }
        return (people, writer)
    }
}
