@testable import MinnesParse

/// Reads minutes written inline in a test, as the indexer would read one file of them.
func read(_ text: String, file: String = "test/minnesanteckningar.txt") -> Meeting {
    MinutesReader.read(text, file: file)
}

/// The names of people, in order, for compact expectations.
func names(_ people: [Person]) -> [String] {
    people.map(\.name)
}
