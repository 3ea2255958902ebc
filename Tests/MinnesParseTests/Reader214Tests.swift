import Testing

@testable import MinnesParse

/// Read since reader 214: a first name and a colon opening an item's notes, an item that asks and who
/// answers it, a chair's mail telling who came late, who was missing and where it was held, a matter
/// said to be someone's.
@Suite("Reader 214")
struct Reader214Tests {
    /// "– Berit: Båstad vill …" opening an item is Berit's, where the notes name a Berit in full; "–
    /// Väntetider: Höganäs har …", a topic and a colon, is no one's.
    @Test func aFirstNameAndAColonOpeningAnItem() {
        let meeting = read("""
            • Missbruksnätverket – anteckningar
            • Datum: onsdag 11 mars 2026
            • Med: Berit Ahlqvist (Båstad), Casimir Orlov (Bjuv), Dagny Ruud (Höganäs)

            • Träffpunkt för unga vuxna
              – Berit: Båstad vill starta en träffpunkt för unga
                ◦ söker pengar från regionen
              – Casimir frågar om fler vill söka
            • Boendestöd
              – Väntetider: Höganäs har nitton personer i kö
              – Dagny frågar hur de andra räknar
              – Väntetider i hela regionen ska jämföras
            """)
        #expect(meeting.items.map(\.title) == ["Träffpunkt för unga vuxna", "Boendestöd"])
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Berit"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) != ["Väntetider"])
    }

    /// An item that asks ("Spelberoende – vilka insatser finns?"): one who tells after its raiser
    /// answers it; one named over the notes stays one who brought it.
    @Test func whoTellsAfterTheRaiserAnswersAnItemThatAsks() {
        let meeting = read("""
            Minnesanteckningar 2026-05-07
            Närvarande: Tuomas Lehto (Helsingborg), Wiremu Tane (Åstorp), Xenia Brandt (Bjuv)

            1. Spelberoende – vilka insatser finns?
            Tuomas tog upp att handläggarna inte vet vilka insatser som finns.
            Wiremu berättade att Åstorp har en behandlare med utbildning i spelberoende.

            2. Skuldrådgivning – hur gör ni?
            Tuomas Lehto och Xenia Brandt
            Tuomas berättade att kön är lång.
            Xenia berättade att Bjuv köper rådgivning av Helsingborg.
            """)
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Tuomas"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Tuomas", "Xenia"])
    }

    /// A chair's mail in prose: one who came after lunch comes last, after the writer; "Saknades gjorde
    /// …" who was away; "här hos oss i Båstad, …" where; "…, som var hans. Han tog upp …" whose matter.
    @Test func aChairsMailTellsWhoCameLateWhoWasMissingAndWhere() {
        let meeting = read("""
            Från: Gunvor Lindell <gunvor.lindell@bastad.se>
            Skickat: den 5 juni 2026 08:10
            Till: halvard.moe@bjuv.se; ingvild.saether@klippan.se; jorunn.eik@svalov.se; kjetil.dahl@perstorp.se
            Ämne: Sammanfattning från Barnahusnätverket 4 juni

            Hej!

            Tack för i går, torsdag 4 juni, här hos oss i Båstad, Kulturhuset, rum Ekan. Jag ledde mötet och skriver ihop anteckningarna.

            Vi var fyra: Halvard från Bjuv, Ingvild från Klippan och jag. Jorunn från Svalöv kom efter lunch, så hon var med på sista punkten. Saknades gjorde Kjetil, som var på utbildning.

            LÄGET I KOMMUNERNA. Vi började med en runda. Klippan har fått en ny chef.

            SAMRÅD MED POLISEN. Halvard hann precis fram till punkten, som var hans. Han tog upp att förhören dröjer i Bjuv. Ingvild undrade hur länge.

            ÖVRIGT. Inga frågor.

            Hälsningar
            Gunvor

            Gunvor Lindell
            Samordnare, Båstads kommun
            """)
        #expect(names(meeting.attendees) == ["Halvard Moe", "Ingvild Saether", "Gunvor Lindell", "Jorunn Eik"])
        #expect(names(meeting.absent) == ["Kjetil Dahl"])
        #expect(meeting.place == "Båstad, Kulturhuset, rum Ekan")
        #expect(meeting.items.map(\.title) == ["LÄGET I KOMMUNERNA", "SAMRÅD MED POLISEN", "ÖVRIGT"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Halvard Moe"])
        // (Not the place of another meeting: "Nästa gång ses vi hos oss i Klippan.")
        let next = read("""
            Från: Gunvor Lindell <gunvor.lindell@bastad.se>
            Ämne: Sammanfattning från Barnahusnätverket 4 juni

            Tack för i går. Nästa gång ses vi hos oss i Klippan, Stadshuset.

            Vi var tre: Halvard från Bjuv, Ingvild från Klippan och jag.

            ÖVRIGT. Inga frågor.
            """)
        #expect(next.place != "Klippan, Stadshuset")
    }
}
