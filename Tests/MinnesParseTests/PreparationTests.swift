import Testing

@testable import MinnesParse

/// `MinutesReader.prepare` compiles the reader's patterns before a file is read by reading minutes
/// of its own: they must hold every part a reader looks for, or the patterns of the parts missed are
/// compiled while the first file is read, as before.
@Suite struct PreparationTests {
    @Test func theReadersOwnMinutesAreReadWithEveryPart() {
        let meeting = MinutesReader.read(MinutesReader.preparation, file: "")
        #expect(meeting.date == "2021-03-03")
        #expect(meeting.place == "Rådhuset")
        #expect(meeting.attendees.map(\.name) == ["Karin Lund", "Olle Sten"])
        #expect(meeting.attendees.map(\.municipality) == ["Perstorp", "Svalöv"])
        #expect(meeting.absent.map(\.name) == ["Eva Ahl"])
        #expect(meeting.scribe?.name == "Olle Sten")
        #expect(meeting.items.map(\.title) == ["Välkomna", "Budget", "Nästa möte"])
        #expect(meeting.items[1].raisedBy.map(\.name) == ["Olle Sten"])
        #expect(!meeting.items[1].decisions.isEmpty)
        #expect(meeting.nextMeeting?.date == "2021-04-07")
    }
}
