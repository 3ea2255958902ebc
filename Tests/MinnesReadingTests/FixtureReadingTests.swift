import Foundation
import MinnesDecode
import MinnesNormalise
import MinnesParse
import Testing

/// The expected reading of one fixture (Tests/Fixtures/Minutes/expected.json).
struct ExpectedMeeting: Decodable, CustomTestStringConvertible {
    struct Item: Decodable {
        let titleContains: String
        let raisedBy: [String]
        let ambiguousRaiser: [String]?
        let decisionContains: String?
    }

    let file: String
    let date: String?
    let dateAsWritten: String?
    let network: String?
    let place: String?
    let attendees: [String]
    let guests: [String]
    let absent: [String]
    let chairs: [String]
    let scribe: String?
    let items: [Item]

    var testDescription: String { file }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Minutes")

    static let expected: [ExpectedMeeting] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try! JSONDecoder().decode([ExpectedMeeting].self, from: data)
    }()

    /// Every fixture read, decoded and resolved together, as the indexer does.
    static let meetings: [String: Meeting] = {
        let files = try! FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.filter { $0 != "README.md" }
        let read = files.map { file in
            let text = try! Decoder.decode(Data(contentsOf: folder.appendingPathComponent(file))).text
            return MinutesReader.read(text, file: file)
        }
        return Dictionary(uniqueKeysWithValues: Resolver.resolve(read).meetings.map { ($0.file, $0) })
    }()
}

/// Whether the item titled title, with text, is the one whose title has words. An item with a heading
/// must have them in its title. An item without one (a bullet) is titled by the start of its own text,
/// cut short ("LVU: kort genomgång av en dom …" → "LVU"; a long first sentence → its first words and
/// "…"), so for it the words may be anywhere in that text.
func titleHas(_ words: String, title: String, text: String) -> Bool {
    if title.localizedCaseInsensitiveContains(words) { return true }
    let titledByItsText = !title.isEmpty && text.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title)
    return titledByItsText && text.localizedCaseInsensitiveContains(words)
}

@Suite struct FixtureReadingTests {
    /// The cases below are as many as expected.json has: it must not be empty, and cover every fixture.
    @Test func everyFixtureHasAnExpectedReading() {
        #expect(!Fixtures.expected.isEmpty)
        #expect(Set(Fixtures.expected.map(\.file)) == Set(Fixtures.meetings.keys))
    }

    @Test(arguments: Fixtures.expected)
    func headerIsReadAsACarefulReaderWould(expected: ExpectedMeeting) throws {
        let meeting = try #require(Fixtures.meetings[expected.file])
        #expect(meeting.date == expected.date)
        #expect(meeting.dateAsWritten == expected.dateAsWritten)
        #expect(meeting.network == expected.network)
        #expect(meeting.place == expected.place)
        #expect(meeting.attendees.map(\.name) == expected.attendees)
        #expect(meeting.guests.map(\.name) == expected.guests)
        #expect(meeting.absent.map(\.name) == expected.absent)
        #expect(meeting.chairs.map(\.name) == expected.chairs)
        #expect(meeting.scribe?.name == expected.scribe)
    }

    @Test(arguments: Fixtures.expected)
    func itemsRaisersAndDecisions(expected: ExpectedMeeting) throws {
        let meeting = try #require(Fixtures.meetings[expected.file])
        #expect(meeting.items.count == expected.items.count, "items: \(meeting.items.map(\.title))")
        for (item, wanted) in zip(meeting.items, expected.items) {
            #expect(titleHas(wanted.titleContains, title: item.title, text: item.text),
                "\(item.title) ∌ \(wanted.titleContains)")
            #expect(item.raisedBy.compactMap(\.name) == wanted.raisedBy, "\(item.title): \(item.raisedBy)")
            if let ambiguous = wanted.ambiguousRaiser {
                #expect(item.raisedBy.first?.candidates.sorted() == ambiguous.sorted(), "\(item.title)")
            }
            if let decision = wanted.decisionContains {
                #expect(item.decisions.contains { $0.contains(decision) }, "\(item.title): \(item.decisions)")
            } else {
                #expect(item.decisions.isEmpty, "\(item.title): \(item.decisions)")
            }
        }
    }
}
