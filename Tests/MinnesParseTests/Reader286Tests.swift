import Testing

@testable import MinnesParse

/// Read since reader 286: who came written as an exception to the network's members ("Närvarande:
/// alla utom Båstad och Svalöv"), the members listed once above ("Nätverkets medlemmar 2026"); since
/// reader 287, those called but those struck from the list.
@Suite("Reader 286")
struct Reader286Tests {
    static func minutes(_ present: String) -> String {
        """
        Nätverket för familjerätt – minnesanteckningar

        Nätverkets medlemmar 2026
        Helsingborg: Irmelin Strand (ordförande) och Borghild Nyman
        Höganäs: Teodor Falk
        Båstad: Ulrika Sten
        Svalöv: Agaton Berg

        Träff – onsdag 21 januari 2026
        Plats: Helsingborg
        \(present)
        Antecknare: Borghild

        1. Väntetider
        Teodor berättade att väntetiden i Höganäs är elva veckor.
        """
    }

    /// The members but those the exception names, by kommun or by first name, who were away; the
    /// members' chair chairs.
    @Test(arguments: [
        ("Närvarande: alla utom Båstad och Svalöv", ["Irmelin Strand", "Borghild Nyman", "Teodor Falk"], ["Ulrika Sten", "Agaton Berg"]),
        ("Deltagare: samtliga förutom Teodor, Svalöv.", ["Irmelin Strand", "Borghild Nyman", "Ulrika Sten"], ["Teodor Falk", "Agaton Berg"]),
    ])
    func allButSome(line: String, came: [String], away: [String]) {
        let meeting = read(Self.minutes(line))
        #expect(names(meeting.attendees) == came)
        #expect(names(meeting.absent) == away)
        #expect(names(meeting.chairs) == ["Irmelin Strand"])
        #expect(meeting.scribe?.name == "Borghild Nyman")
    }

    /// Where no list says who came, those called ("Kallade:") but those struck from it came; the ones
    /// struck were away, and the list's chair and scribe are the meeting's.
    @Test func thoseCalledButThoseStruckThrough() {
        let meeting = read("""
            Nätverket för krisberedskap
            Minnesanteckningar
            Datum: torsdag 16 april 2026
            **Kallade:**
            - Helin Barzani, Helsingborg (ordförande)
            - Torgil Nyberg, Landskrona (antecknare)
            - ~~Ejvind Åkerlund, Ängelholm~~
            - Mailis Tamm, Klippan

            1. Välkommen
            Helin Barzani hälsade välkommen.
            """)
        #expect(names(meeting.attendees) == ["Helin Barzani", "Torgil Nyberg", "Mailis Tamm"])
        #expect(names(meeting.absent) == ["Ejvind Åkerlund"])
        #expect(names(meeting.chairs) == ["Helin Barzani"])
        #expect(meeting.scribe?.name == "Torgil Nyberg")
    }
}
