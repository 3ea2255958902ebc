import Testing

@testable import MinnesParse

/// Read since reader 284: notes typed all in lower case, as on a phone — the names its lists give
/// written with capitals, in the lists and where a line or sentence opens with one.
@Suite("Reader 284")
struct Reader284Tests {
    static let phoneNote = """
        familjehemsnätverket ons 4/6-25
        plats: bjuv, medborgarhuset, rum söderåsen
        kl 13-16

        närvarande: ylvali sandström (bjuv, ordf) / per holm (hbg) / anna-kajsa lindqvist (klippan)
        ej med: majvor de lund (perstorp)
        gäst: tiberius nagy, familjehemsbanken region skåne (pkt 2)

        1) runda
        alla berättade kort om läget

        2) rekrytering
        tiberius: vi har fått 14 nya familjer i år
        familjehemsbanken har en ny hemsida
        per frågade hur många som är kvar - tiberius: ungefär hälften
        beslut: ylvali + anna-kajsa bjuder in banken igen

        3) ersättningar
        anna-kajsa tog upp att klippan betalar 3 000 kr per månad mer än de andra
        per höll med
        inget beslut

        4) övrigt
        per: helsingborg söker två familjehemssekreterare
        nästa: ons 10/9
        """

    /// Who came, was away and was a guest, and who chaired by the list's "ordf", written with capitals;
    /// the place as places are written, a room's name after its word.
    @Test func aPhoneNoteInLowerCaseNamesItsPeople() {
        let meeting = read(Self.phoneNote)
        #expect(names(meeting.attendees) == ["Ylvali Sandström", "Per Holm", "Anna-Kajsa Lindqvist"])
        #expect(names(meeting.absent) == ["Majvor de Lund"])
        #expect(names(meeting.guests) == ["Tiberius Nagy"])
        #expect(names(meeting.chairs) == ["Ylvali Sandström"])
        #expect(meeting.place == "Bjuv, Medborgarhuset, rum Söderåsen")
    }

    /// A first name opening a line or following a dash is the person's (the names' resolution makes it
    /// the one listed); the words inside a sentence stay as typed ("3 000 kr per månad"), and so do
    /// the titles.
    @Test func firstNamesOpeningALineRaiseTheirMatters() {
        let meeting = read(Self.phoneNote)
        #expect(meeting.items.map(\.title) == ["runda", "rekrytering", "ersättningar", "övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Tiberius"], ["Anna-Kajsa"], ["Per"]], "\(meeting.items)")
        #expect(meeting.items[2].raisedBy.first?.statement.contains("betalar 3 000 kr per månad mer") == true)
        #expect(meeting.items[1].decisions.first?.contains("Ylvali + Anna-Kajsa bjuder in") == true, "\(meeting.items[1].decisions)")
        // (An answer after a dash by its first name; a body the lists name in a detail is no one.)
        #expect(meeting.items[1].text.contains("- Tiberius: ungefär hälften"), "\(meeting.items[1].text)")
        #expect(meeting.items[1].text.contains("familjehemsbanken har en ny hemsida"), "\(meeting.items[1].text)")
    }

    /// Minutes written with capitals are read as written: a list typed in lower case among them
    /// names no one, as before.
    @Test func minutesWithCapitalsAreNotRewritten() {
        let meeting = read("""
            Minnesanteckningar
            Nätverket för familjehem
            Datum: 2025-06-04
            Plats: Bjuv, rum söderåsen
            Närvarande: Ylvali Sandström, Per Holm
            Gäst: per lund

            1. Rekrytering
            Per Holm berättade att Bjuv har fått nya familjer.
            Ylvali Sandström tog upp ersättningarna.
            Per Holm frågade om taket.
            Ylvali Sandström svarade.
            Per Holm höll med.
            """)
        #expect(names(meeting.guests) == [])
        #expect(meeting.place == "Bjuv, rum söderåsen")
    }
}
