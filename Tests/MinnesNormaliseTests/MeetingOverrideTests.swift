import Foundation
import MinnesParse
import Testing

@testable import MinnesNormalise

/// A file's override: its fields every meeting's, "meetings" each meeting's own by what follows its
/// file's name.
@Suite struct MeetingOverrideTests {
    func override(_ json: String) throws -> MeetingOverride { try MeetingOverride.decode(Data(json.utf8)) }

    @Test func eachMeetingOfAFileByItsName() throws {
        let override = try override(#"{"network": "IFO", "meetings": {"2026-03-11": {"place": "Bjuv", "date": "2026-03-12"}}}"#)
        let march = override.applied(to: Meeting(file: "a/löpande.txt#2026-03-11", title: "", date: "2026-03-11", place: "Klippan"))
        let january = override.applied(to: Meeting(file: "a/löpande.txt#2026-01-13", title: "", date: "2026-01-13", place: "Klippan"))
        #expect(march.network == "IFO" && march.place == "Bjuv" && march.date == "2026-03-12" && march.dateAsWritten == "2026-03-11")
        #expect(january.network == "IFO" && january.place == "Klippan" && january.date == "2026-01-13")
        #expect(override.meetingsNamed == ["2026-03-11"])
    }

    @Test func aMeetingsFieldsAreCheckedAsTheFilesAre() {
        #expect(throws: OverrideError.unknownField("meetings.2026-03-11.plats")) { try override(#"{"meetings": {"2026-03-11": {"plats": "Bjuv"}}}"#) }
        #expect(throws: OverrideError.unknownField("meetings.x.meetings")) { try override(#"{"meetings": {"x": {"meetings": {}}}}"#) }
        #expect(throws: OverrideError.wrongType("meetings", "an object of meetings by what follows their file's name")) { try override(#"{"meetings": ["2026-03-11"]}"#) }
        #expect(throws: OverrideError.wrongType("meetings.x", "an object of fields")) { try override(#"{"meetings": {"x": "Bjuv"}}"#) }
        #expect(throws: OverrideError.badDate("2026-02-30")) { try override(#"{"meetings": {"x": {"date": "2026-02-30"}}}"#) }
    }

    /// A day that is not the calendar's as ASCII writes it is said bad, whatever its characters: one
    /// with a combining accent after it trapped Foundation's DateFormatter; another script's digits
    /// are no day an index keeps.
    @Test(arguments: ["2025-01-01\u{301}", "٢٠٢٥-٠١-٠١", "２０２５-０１-０１", "2025-1-01", "2025-01-01 "])
    func aDayNotWrittenInASCIIsFiguresIsSaidBad(date: String) {
        #expect(throws: OverrideError.badDate(date)) { try override(#"{"date": "\#(date)"}"#) }
    }
}
