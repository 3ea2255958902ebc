import Testing

@testable import MinnesParse

/// Read since reader 237: a kommun's template, its band above the title, items numbered in bold
/// without a dot, a list's entry whose role at the meeting comes after the person's title.
@Suite("Reader 237")
struct Reader237Tests {
    /// A bold title numbered without a dot ("**4 Förhandsbedömningar som tar längre tid än 14
    /// dagar**") is an item however many words it has, as it is without bold.
    @Test func aLongBoldTitleNumberedWithoutADotIsAnItem() {
        let meeting = read("""
            # Minnesanteckningar
            Nätverket för mottagning
            Datum: 2025-09-25
            **1 Information från kommunerna**
            Klippan: Inget nytt.
            **2 Samverkan med BUP vid akuta ärenden på helger**
            Rasmus Alvtegen berättade att BUP har telefontid.
            **3 Förhandsbedömningar som tar längre tid än 14 dagar**
            Hedvig Strandmark lyfte att gränsen inte hålls.
            **4 Övriga frågor**
            Inget.
            """)
        #expect(meeting.items.map(\.title) == [
            "Information från kommunerna", "Samverkan med BUP vid akuta ärenden på helger",
            "Förhandsbedömningar som tar längre tid än 14 dagar", "Övriga frågor",
        ])
        #expect(meeting.items[1].raisedBy.map(\.name) == ["Rasmus Alvtegen"])
    }

    /// A template's band above the title dates the document ("Datum 2025-09-30"); the day labelled
    /// under the title ("Tid<TAB>torsdag 25 september 2025") is the meeting's. With no other day
    /// labelled under the title, the band's day is the meeting's.
    @Test func aDayLabelledUnderTheTitleOutweighsTheBandsAboveIt() {
        let band = """
            Datum\t2025-09-30
            Dnr\tSN 2025/117
            # Minnesanteckningar
            Nätverket för mottagning
            Tid\ttorsdag 25 september 2025 kl. 13.00–15.30
            Plats\tKlippan, Kommunhuset

            1. Runda
            Inget nytt.
            2. Övrigt
            Inget.
            """
        #expect(read(band).date == "2025-09-25")
        #expect(read(band.replacingOccurrences(of: "Tid\ttorsdag 25 september 2025 kl.", with: "Tid\tkl.")).date == "2025-09-30")
    }

    /// A role at the meeting after a person's title and kommun ("Eva-Lotta Brandt, administratör,
    /// Klippan, antecknare") makes them the scribe, as "ordförande" there makes one the chair.
    @Test func theScribesRoleAfterTheirTitleIsRead() {
        let meeting = read("""
            # Minnesanteckningar
            Datum: 2025-09-25
            Närvarande:
            Kerstin-Maj Nordin, enhetschef, Klippan, ordförande
            Fitore Berisha, socialsekreterare, Landskrona
            Eva-Lotta Brandt, administratör, Klippan, antecknare

            1. Runda
            Inget nytt.
            """)
        #expect(meeting.scribe?.name == "Eva-Lotta Brandt")
        #expect(meeting.chairs.map(\.name) == ["Kerstin-Maj Nordin"])
        #expect(meeting.attendees.map(\.name) == ["Kerstin-Maj Nordin", "Fitore Berisha", "Eva-Lotta Brandt"])
    }
}
