import Testing
@testable import MinnesParse

/// The meeting's date, the date as written when the minutes contradict it, and the next meeting.
@Suite("Dates")
struct DatesTests {
    /// Minutes with the given header lines and two short items.
    func minutes(header: String, closing: String = "Tack för idag.") -> Meeting {
        read(header + "\n\n1. **Inledning**\nKort genomgång.\n2. **Avslut**\n" + closing + "\n")
    }

    @Test("the meeting's date in the formats minutes write it", arguments: [
        ("Minnesanteckningar IFO-nätverket\nDatum: 2022-03-14\nPlats: Kulturhuset, Bjuv", "2022-03-14"),
        ("Minnesanteckningar socialchefsnätverket 7 maj 2021", "2021-05-07"),
        ("Protokoll från nätverksträffen den 3:e mars 2020", "2020-03-03"),
        ("Anteckningar nätverksmöte 210305", "2021-03-05"),
        ("Minnesanteckningar IFO\nTid och datum: 2022-06-02 kl 9-12", "2022-06-02"),
        // Issue 9's forms.
        ("Protokoll fört vid styrelsemöte den 1 december 2007", "2007-12-01"),
        ("Styrelsemöte, internat\n1–2 december 2007 på kursgården", "2007-12-01"),
        ("Protokoll från 1-2 december 2007", "2007-12-01"),
        ("Minnesanteckningar\nDatum: 19/5 2020", "2020-05-19"),
        ("Minnesanteckningar nätverket 2020-05-19 kl 13", "2020-05-19"),
        ("Minnesanteckningar nätverket\ntisdagen den 19:e maj 2020, kl. 13.00", "2020-05-19"),
        ("Forum för familjehemsfrågor: möte 11/3-09\nTid: 09.00–11.30", "2009-03-11"),
        ("Minnesanteckningar\nDatum: 2/12-98", "1998-12-02"),
        ("Anteckningar nätverksmöte 981203", "1998-12-03"),
        ("MINNESANTECKNINGAR NÄTVERKET FÖR FAMILJEHEMSFRÅGOR 26.1.2012\nTid: kl. 13.30–16.00", "2012-01-26"),
        ("Minnesanteckningar\nDatum: 2023.05.17", "2023-05-17"),
        // In English, as minutes written with a neighbour are (May and October are no Swedish month's letters).
        ("Minutes of the network meeting\nDate: 7 May 2025", "2025-05-07"),
        ("Minutes of the network meeting\nDate: 12 March 2025, 10.00–12.30", "2025-03-12"),
        ("Minutes of the network meeting\nDate: 3 October 2024", "2024-10-03"),
        ("Anteckningar från nätverksträffen tisdagen den fjärde april 2023, klockan nio till tolv", "2023-04-04"),
        ("Minnesanteckningar från mötet den tjugoförsta november 2022", "2022-11-21"),
        ("Protokoll Boendenätverket, dnr 20230215\nDatum: 14 mars 2023", "2023-03-14"),
        ("Minnesanteckningar från mötet den 27 jan 2023", "2023-01-27"),
        ("Minnesanteckningar\nDatum: torsdag 8 feb -24", "2024-02-08"),
        ("Nätverket\n\nMöte 3/2021 – tisdag v. 14 (6/4), kl. 9–12", "2021-04-06"),
        // An e-mail's sending is not the meeting; a letter's opening names it.
        ("Skickat: den 9 maj 2022 10:02\nÄmne: Anteckningar\n\nHej!\n\nHär är anteckningarna från förra veckans träff, onsdagen den 4 maj 2022.", "2022-05-04"),
    ])
    func dateFormats(header: String, expected: String) {
        let meeting = minutes(header: header)
        #expect(meeting.date == expected)
        #expect(meeting.dateAsWritten == nil)
        #expect(meeting.dateNote == nil)
    }

    @Test("no date is read where none is written", arguments: [
        "Minnesanteckningar IFO\nDatum: 2019-09-31",  // there is no 31 September
        "Minnesanteckningar IFO\nÄrendet har diarienummer 210305",  // six digits in prose
        "Minnesanteckningar IFO\n\nVi ses igen efter sommaren.",
        "Minnesanteckningar IFO\n\n1. Föregående mötesanteckningar\nAnteckningarna från mötet den 12 januari 2023 godkändes.\n2. Budget\nInget.",
        "Nätverksträff 3/5 – uppföljning av 2022 års statistik",
        "Minnesanteckningar IFO\nVeckorna 11/3-12/3 var det sportlov.",  // a span of two days, no year
    ])
    func noDate(header: String) {
        let meeting = minutes(header: header)
        #expect(meeting.date == nil)
        #expect(meeting.dateAsWritten == nil)
        #expect(meeting.nextMeeting == nil)
    }

    @Test("a date label wins over dates the agenda talks about")
    func labelWinsOverBodyDates() {
        let meeting = read("""
            Minnesanteckningar IFO
            Datum: 2023-05-10

            1. **Ny lag om hemlöshet**
            Lagen gäller från 2024-01-01 och ersätter riktlinjerna från 14 mars 2019.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.date == "2023-05-10")
    }

    @Test("a next meeting before the written date moves the date a year back and keeps it as written")
    func contradictedByEarlierNextMeeting() {
        let meeting = minutes(header: "Minnesanteckningar IFO\nDatum: 2024-02-08", closing: "Nästa möte: 2023-04-11")
        #expect(meeting.date == "2023-02-08")
        #expect(meeting.dateAsWritten == "2024-02-08")
        let note = meeting.dateNote ?? ""
        #expect(note.contains("2024-02-08") && note.contains("2023-04-11"))
        #expect(meeting.nextMeeting?.date == "2023-04-11")
    }

    @Test("a next meeting over a year after the written date moves the date forward")
    func contradictedByFarNextMeeting() {
        let meeting = minutes(header: "Minnesanteckningar IFO\nDatum: 2021-03-10", closing: "Nästa möte: 2023-04-05")
        #expect(meeting.date == "2023-03-10")
        #expect(meeting.dateAsWritten == "2021-03-10")
    }

    @Test("a next meeting a few months on leaves the written date alone")
    func consistentNextMeeting() {
        let meeting = minutes(header: "Minnesanteckningar IFO\nDatum: 2021-03-10", closing: "Nästa möte: 2021-06-01")
        #expect(meeting.date == "2021-03-10")
        #expect(meeting.dateAsWritten == nil)
        #expect(meeting.dateNote == nil)
        #expect(meeting.nextMeeting?.date == "2021-06-01")
    }

    @Test("the next meeting's date is not taken for the meeting's own")
    func nextMeetingIsNotTheDate() {
        let meeting = minutes(header: "Minnesanteckningar IFO", closing: "Nästa möte: 2023-06-01")
        #expect(meeting.date == nil)
        #expect(meeting.nextMeeting?.date == "2023-06-01")
    }

    @Test("a next meeting without a year is the first such day after this meeting, in the kommun named", arguments: [
        ("2023-05-10", "Nästa möte 4/12 i Svalöv.", "2023-12-04", "Svalöv"),
        ("2023-11-20", "Nästa möte är planerat till 22 januari i Höganäs.", "2024-01-22", "Höganäs"),
        ("2023-05-10", "Nästa träff blir 14 juni.", "2023-06-14", nil),
    ])
    func yearlessNextMeeting(date: String, line: String, expected: String, place: String?) throws {
        let meeting = minutes(header: "Minnesanteckningar IFO\nDatum: \(date)", closing: line)
        let next = try #require(meeting.nextMeeting)
        #expect(next.date == expected)
        #expect(next.place == place)
        #expect(meeting.date == date)
    }

    @Test("calendar dates are checked: leap days, months, the year range")
    func dayDateValidation() {
        #expect(DayDate(year: 2024, month: 2, day: 29) != nil)
        #expect(DayDate(year: 2023, month: 2, day: 29) == nil)
        #expect(DayDate(year: 2023, month: 13, day: 1) == nil)
        #expect(DayDate(year: 1850, month: 5, day: 1) == nil)
        #expect(DayDate(year: nil, month: 12, day: 4)?.iso == nil)
        #expect(DayDate(year: 2021, month: 3, day: 5)?.iso == "2021-03-05")
    }
}
