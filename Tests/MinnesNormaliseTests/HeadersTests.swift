import Foundation
import MinnesParse
import Testing

@testable import MinnesNormalise

/// Meetings' headers as numbers read back as the headers they were, whichever table they pass through.
@Suite struct HeadersTests {
    static var meetings: [Meeting] {
        var first = Meeting(
            file: "a.txt", title: "Minnesanteckningar", date: "2024-03-05", dateAsWritten: "5/3", dateNote: "the year of the heading",
            network: "IFO", place: nil,
            attendees: [Person(name: "Åsa Hedén", municipality: "Bjuv", role: "chef"), Person(name: "Per Ek")],
            guests: [Person(name: "Sara Holm", municipality: "", role: nil)], absent: [Person(name: "Ola Alm", municipality: "Bjuv")],
            chairs: [Person(name: "Åsa Hedén")], scribe: Person(name: "Per Ek", municipality: "Klippan"),
            items: [AgendaItem(position: 1, title: "Budget", text: "Budgeten.")], notes: "Anteckningar")
        first.format = "txt"
        first.nextMeeting = NextMeeting(date: "2024-04-02", place: "Klippan")
        var second = Meeting(file: "b.txt", title: "", date: "2024-04-02", attendees: [Person(name: "Per Ek", municipality: "Bjuv")])
        second.nextMeeting = NextMeeting(date: "2024-05-07")
        return [first, second, Meeting(file: "c.txt", title: "Möte")]
    }

    @Test func aHeaderReadsBackWithoutItsText() {
        let headers = Headers(Self.meetings)
        #expect(headers.count == 3)
        #expect(headers.heads.indices.map(headers.meeting) == Self.meetings.map(\.header))
        #expect(headers.people(of: 0).count == 6, "attendees, guests, absent, chairs and the scribe")
        #expect(headers.present(of: 0).map { headers.strings[Int($0.name)] } == ["Åsa Hedén", "Per Ek", "Sara Holm"])
        #expect(!headers.hasAttendees(2) && headers.hasAttendees(1))
        // A string is numbered once: Per Ek of both meetings, and the one date a meeting has and another announces.
        #expect(headers.strings.filter { $0 == "Per Ek" }.count == 1 && headers.strings.filter { $0 == "2024-04-02" }.count == 1)
        // Sealed (its lookup let go), a string added again is still found, not added twice.
        var sealed = headers.sealed
        #expect(sealed.number("Per Ek") == headers.strings.firstIndex(of: "Per Ek").map(Headers.Number.init))
        #expect(sealed.strings == headers.strings)
    }

    @Test func headersAddedFromAnotherTableKeepTheirStrings() {
        let other = Headers(Self.meetings)
        var headers = Headers([Meeting(file: "z.txt", title: "", attendees: [Person(name: "Per Ek")])])
        var map: [Headers.Number] = []
        headers.append(2..<3, of: other, map: &map)
        headers.append(0..<2, of: other, map: &map)
        #expect((1..<4).map(headers.meeting) == [Self.meetings[2], Self.meetings[0], Self.meetings[1]].map(\.header))
        #expect(headers.strings.filter { $0 == "Per Ek" }.count == 1)
    }

    /// Heads added from the table a table began as (its strings alone) are copied as they are, and
    /// read back as the headers they were, interleaved with heads of another table.
    @Test func headsAddedFromTheTableItBeganAsReadBackAsTheyWere() {
        let kept = Headers(Self.meetings)
        var headers = kept.stringsAlone, map: [Headers.Number] = []
        let other = Headers([Meeting(file: "z.txt", title: "", attendees: [Person(name: "Ny Person"), Person(name: "Per Ek")])])
        headers.append(sameNumbers: 2..<3, of: kept)
        headers.append(0..<1, of: other, map: &map)
        headers.append(sameNumbers: 0..<2, of: kept)
        headers.append(sameNumbers: 1..<1, of: kept)
        let expected = [Self.meetings[2], other.meeting(0), Self.meetings[0], Self.meetings[1]].map(\.header)
        #expect(headers.heads.indices.map(headers.meeting) == expected)
        #expect(headers.present(of: 3).map { headers.strings[Int($0.name)] } == ["Per Ek"])
        #expect(headers.strings.filter { $0 == "Per Ek" }.count == 1)
    }

    /// One name written in two Unicode forms is one name, as Swift compares strings: not two spellings
    /// that the register could not tell apart.
    @Test func aNameInTwoUnicodeFormsIsOneSpelling() {
        let composed = "Åsa Hedén", decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        let people = PeopleRegister(meetings: [
            Meeting(file: "a.txt", title: "", attendees: [Person(name: composed)]),
            Meeting(file: "b.txt", title: "", attendees: [Person(name: decomposed)]),
        ])
        #expect(people.entries.count == 1)
        #expect(people.entries.first?.meetings == ["a.txt", "b.txt"])
    }
}

extension HeadersTests {
    @Test func keptHeadersReadBackAndDamagedOnesDoNot() throws {
        let headers = Headers(Self.meetings)
        let read = try #require(Headers(kept: headers.kept))
        #expect(read.heads.indices.map(read.meeting) == Self.meetings.map(\.header))
        // Its strings are looked for once a string is added: the same are found, not added again.
        var more = read
        #expect(more.number("Per Ek") == headers.strings.firstIndex(of: "Per Ek").map(Headers.Number.init))
        #expect(more.strings.count == read.strings.count)
        let kept = headers.kept
        for damaged in [kept.dropLast(), kept + Data([0]), Data(kept.prefix(kept.count / 2))] { #expect(Headers(kept: damaged) == nil) }
        // A number beyond the strings (the first head's file, after the strings) does not read.
        var outOfRange = kept
        let firstHead = 4 + headers.strings.reduce(0) { $0 + 4 + $1.utf8.count } + 4
        outOfRange.replaceSubrange(firstHead..<(firstHead + 4), with: withUnsafeBytes(of: Int32(999).littleEndian) { Data($0) })
        #expect(Headers(kept: outOfRange) == nil)
    }

    @Test func aCompactedTableHoldsOnlyTheStringsItsHeadsUse() {
        var headers = Headers(Self.meetings)
        _ = headers.number("a name no meeting lists")
        let compacted = headers.compacted
        #expect(!compacted.strings.contains("a name no meeting lists"))
        #expect(compacted.heads.indices.map(compacted.meeting) == Self.meetings.map(\.header))
    }
}

extension HeadersTests {
    /// A string is one number whether it is given as a string or as the bytes read from a kept file,
    /// long or short; a string in another Unicode form is other bytes, so another string of the table.
    @Test func aStringGivenAsBytesOrAsAStringIsOneNumber() {
        var headers = Headers()
        let long = "Minnesanteckningar IFO-chefsnätverket 2024-03-05.docx", short = "Bjuv"
        let first = headers.number(long), second = headers.number(utf8: Array(short.utf8)[...])
        #expect(headers.number(utf8: Array(long.utf8)[...]) == first)
        #expect(headers.number(short) == second)
        #expect(headers.strings == [long, short])
        let decomposed = "Hedén".decomposedStringWithCanonicalMapping
        let composed = headers.number("Hedén")
        #expect(headers.number(utf8: Array(decomposed.utf8)[...]) != composed)
        // Sealed, the lookup is made again from its strings.
        var sealed = headers.sealed
        #expect(sealed.number(utf8: Array(long.utf8)[...]) == first && sealed.number("Hedén") == composed)
        #expect(sealed.strings.count == 4)
    }
}
