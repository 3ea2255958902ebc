import Testing

@testable import MinnesParse

/// Read since reader 283: notes that write who said what by the initials closing each sentence
/// ("… (NW)."), keyed at the top in a list whose label carries a remark after a dash.
@Suite("Reader 283")
struct Reader283Tests {
    static let keyed = """
        Minnesanteckningar
        Nätverket för familjerätt
        Datum: fredag 7 mars 2025
        **Ordförande:** EK
        **Antecknare:** PH
        **Deltagare** – initialerna används i texten nedan:
        EK = Eira Kvist, Bjuv
        PH = Pontus Hjort, Klippan
        ÖS = Ölvir Şener, Svalöv
        LB = Lovis Berg, jurist, Region Skåne (gäst, punkt 2)

        ## 1. Samarbetssamtal
        Region Skåne har ändrat rutinen för remisser till samarbetssamtal (LB). Väntetiden är nu sex veckor (LB). Fråga om det gäller alla kommuner (PH) – ja (LB). Håller med, det behövs (ÖS). **Beslut:** EK skickar rutinen till nätverket.

        ## 2. Boende
        Vi har pratat om boende enligt LSS (LSS). Alla delar på ansvaret.

        ## 3. Övrigt
        Bjuv får en ny familjerättssekreterare i april (EK). Svalöv byter lokaler (ÖS).
        """

    /// The list's label is a label whatever remark follows it after a dash up to its colon, and a key's
    /// initials are the name's whatever the letters' accents ("ÖS = Ölvir Şener").
    @Test func aKeyUnderALabelWithARemark() {
        let meeting = read(Self.keyed)
        #expect(names(meeting.attendees) == ["Eira Kvist", "Pontus Hjort", "Ölvir Şener"])
        #expect(names(meeting.guests) == ["Lovis Berg"])
        #expect(names(meeting.chairs) == ["Eira Kvist"])
        #expect(meeting.scribe?.name == "Pontus Hjort")
    }

    /// The initials closing a sentence name who said it: the item's first sentence brings the matter,
    /// a question, an answer or "Håller med" after it raise nothing, and under "Övrigt" each note is a
    /// matter. Initials no key names ("(LSS)") are no one's.
    @Test func initialsClosingASentenceNameWhoSaidIt() {
        let meeting = read(Self.keyed)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Lovis Berg"], [], ["Eira Kvist", "Ölvir Şener"]], "\(meeting.items)")
        #expect(meeting.items[0].raisedBy.first?.statement.contains("Väntetiden är nu sex veckor") == true)
        #expect(meeting.items[2].raisedBy.last?.statement.contains("byter lokaler") == true)
    }
}
