import Testing

@testable import MinnesParse

/// Read since reader 286: who came written as an exception to the network's members ("Närvarande:
/// alla utom Båstad och Svalöv"), the members listed once above ("Nätverkets medlemmar 2026").
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
}
