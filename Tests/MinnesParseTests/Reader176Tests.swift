import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 176 reads, each rule on minutes written here.
@Suite("Readers 176 on")
struct Reader176Tests {
    /// Notes typed on a phone, marked by emoji: a number's key numbers an item, a legend says what a
    /// mark means, a speaker's line after a mark is the sentence it stands for, a decision's mark its
    /// label; the header's marks (📅, 📍) its labels, its own labels (`Leder:`, `Skriver:`, `Med:`) read.
    @Test func notesMarkedByEmoji() {
        let meeting = read("""
            🍎 SKOLMATSNÄTVERKET – anteckningar

            📅 tis 3/6 2025 kl 9–11
            📍 Klippan, Kommunhuset
            🎤 Leder: Tuva
            ✍️ Skriver: Jonatan
            👥 Med: Tuva Borgström (Bjuv), Jonatan Elvestad (Klippan), Leyla Åsberg (Perstorp), Hampus Lindorm (Svalöv)
            🚫 Återbud: Signe Falkvik (Båstad)

            ✔️ = beslut   🗣 = tar upp punkten   ⁉️ = fråga

            1️⃣ Matsvinnet i skolorna
            🗣 Leyla: Perstorp har mätt svinnet i tre veckor och slänger en femtedel av maten
            ⁉️ Hampus: mäter ni per skola eller för hela kommunen?
            ↳ Leyla: per skola, med en våg i varje kök
            💬 Tuva: Bjuv vill gärna låna vågarna
            ✔️ Alla kommuner mäter svinnet under samma vecka i september

            2️⃣ Övrigt
            🗣 Hampus: Svalöv har fått en ny kock
            🗣 jag: Klippan byter leverantör av mjölk från hösten
            👍 bra att veta

            📆 Nästa: tis 2/9 kl 9–11
            """)
        #expect(meeting.date == "2025-06-03")
        #expect(meeting.place == "Klippan, Kommunhuset")
        #expect(meeting.attendees.map(\.name) == ["Tuva Borgström", "Jonatan Elvestad", "Leyla Åsberg", "Hampus Lindorm"])
        #expect(meeting.absent.map(\.name) == ["Signe Falkvik"])
        // (First names as written: the names are resolved once every minutes is read.)
        #expect(meeting.chairs.map(\.name) == ["Tuva"])
        #expect(meeting.scribe?.name == "Jonatan")
        #expect(meeting.items.map(\.title) == ["Matsvinnet i skolorna", "Övrigt"])
        // (The one asking and the one commenting raise nothing; "jag" is the scribe.)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Leyla"], ["Hampus", "Jonatan"]])
        #expect(meeting.items[0].raisedBy.first?.statement.contains("slänger en femtedel av maten") == true)
        #expect(meeting.items[0].decisions == ["Alla kommuner mäter svinnet under samma vecka i september"])
        #expect(meeting.items[1].decisions.isEmpty)
        let text = meeting.notes + meeting.items.map(\.text).joined()
        #expect(!text.holds("= beslut") && !text.holds("Datum: Nästa") && text.holds("Nästa: tis 2/9"))
    }

    /// A few marks in minutes written otherwise are no notes marked by emoji: their lines stay as written.
    @Test func aFewMarksAreLeftAsWritten() {
        let lines = ["1. Budget", "✅ Klart sedan förra mötet", "Vi pratade om budgeten."]
        #expect(MinutesDocument.emojiMarks(lines) == lines)
    }

    /// Who came and who did not under `Där:` and `Inte där:`; a guest for an item under `Gäst p. 2:`.
    @Test func thereAndNotThere() {
        let meeting = read("""
            Nätverket för dödsboutredare
            Träffen 2025-02-12 i Bjuv

            Där: Vilgot Hammarlund (Bjuv), Saga Ekdahl (Höganäs)
            Inte där: Tindra Mossberg (Åstorp)
            Gäst p. 2: Kasper Lindqvist, Skatteverket

            1. Läget
            Saga Ekdahl berättade att Höganäs har fler dödsbon än i fjol.
            """)
        #expect(meeting.attendees.map(\.name) == ["Vilgot Hammarlund", "Saga Ekdahl"])
        #expect(meeting.absent.map(\.name) == ["Tindra Mossberg"])
        #expect(meeting.guests.map(\.name) == ["Kasper Lindqvist"])
    }

    /// A question the raiser puts in their own words ("…: finns det …?"): a telling after it answers
    /// it, and raises nothing.
    @Test func aQuestionPutInTheRaisersOwnWords() {
        let meeting = read(Reader166Tests.threeOfKost + """
            1. Glutenfri kost
            Ruth Backlund tog upp en fråga från en förälder: finns det någon kommun som lagar glutenfritt i egen regi?
            Vidar Stenmark berättade att Ängelholm köper in färdiga rätter.
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund"]])
    }

    /// A raiser whose name has a particle ("Quinten de Waal", "Ebba von Platen") is read whole.
    @Test func aNameWithAParticle() {
        let meeting = read(Reader166Tests.threeOfKost + """
            1. Specialkost i förskolan
            Ebba von Platen från Livsmedelsverket berättade om de nya råden.
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ebba von Platen"]])
    }

    /// A table of people headed by its columns alone, no label above it, each row's note saying what
    /// the person was: the chair, the scribe, away, a guest; a row without a name no one. With tabs,
    /// the kommun first and an empty cell a cell; or columns aligned by spaces over a rule.
    @Test(arguments: [
        """
        Kommun\tNamn\tAnm.
        Bjuv\tVilgot Hammarlund\tleder mötet
        Höganäs\tSaga Ekdahl\t
        Åstorp\tTindra Mossberg\tsjuk
        Klippan\t\tvakant
        Svalöv\tMoa Grenfors\tskriver
        """,
        """
        Namn                 Kommun       Funktion
        -------------------  -----------  ----------------------------
        Vilgot Hammarlund    Bjuv         Ordförande
        Saga Ekdahl          Höganäs      Ledamot
        Tindra Mossberg      Åstorp       Ledamot – anmält förhinder
        –                    Klippan      Ej representerad
        Moa Grenfors         Svalöv       Sekreterare
        """,
    ])
    func aTableOfPeopleHeadedByItsColumns(table: String) {
        let meeting = read("Nätverket för dödsboutredare\nTräffen 2025-02-12 i Bjuv\n\n" + table + "\n\n1. Läget\nSaga Ekdahl berättade om läget.\n")
        #expect(meeting.attendees.map(\.name) == ["Vilgot Hammarlund", "Saga Ekdahl", "Moa Grenfors"])
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", "Höganäs", "Svalöv"])
        #expect(meeting.absent.map(\.name) == ["Tindra Mossberg"])
        #expect(meeting.chairs.map(\.name) == ["Vilgot Hammarlund"])
        #expect(meeting.scribe?.name == "Moa Grenfors")
    }

    /// A row whose kommun's cell is empty is still read by its columns; a row of no one's name
    /// ("Vakant") names no one.
    @Test func aTableOfPeopleWithCellsLeftEmpty() {
        let meeting = read("Nätverket för dödsboutredare\nTräffen 2025-02-12 i Bjuv\n\nKommun\tNamn\tAnm.\nBjuv\tVilgot Hammarlund\t\n\tSaga Ekdahl\tsjuk\nPerstorp\tVakant\t\n\n1. Läget\nVilgot Hammarlund berättade om läget.\n")
        #expect(meeting.attendees.map(\.name) == ["Vilgot Hammarlund"])
        #expect(meeting.absent.map(\.name) == ["Saga Ekdahl"])
    }

    /// A year's table of dates or a call's report of who joined when is no such table.
    @Test func aTableOfOtherColumnsIsNone() {
        #expect(PeopleLists.roster(["Namn\tKommun\t12/2\t15/4", "Vilgot Hammarlund\tBjuv\tX\tX", "Saga Ekdahl\tHöganäs\tX\t"], at: 0) == nil)
    }

    /// A typewriter's spaced letters are the words they spell; a wrapped detail of someone listed is
    /// theirs; the meeting's day under a memo's letterhead dated otherwise is the meeting's.
    @Test func aTypewrittenMemo() {
        let meeting = read("""
            SOCIALFÖRVALTNINGEN                         PROMEMORIA
            Äldreomsorgen                               2006-11-02

                 M I N N E S A N T E C K N I N G A R

                 Nätverket för biståndshandläggare

                 Sammanträde tisdagen den 24 oktober 2006, kl. 9.00–12.00

            N ä r v a r a n d e :

                 Vilgot Hammarlund, Bjuv, ordförande
                 Saga Ekdahl, Höganäs

            G ä s t :

                 Kasper Lindqvist, handläggare, Försäkringskassan, Helsingborgs
                 lokalkontor (punkt A)

            A.   Läget

                 Saga Ekdahl berättade om läget i Höganäs.
            """)
        #expect(meeting.date == "2006-10-24")
        #expect(meeting.attendees.map(\.name) == ["Vilgot Hammarlund", "Saga Ekdahl"])
        #expect(meeting.chairs.map(\.name) == ["Vilgot Hammarlund"])
        #expect(meeting.guests.map(\.name) == ["Kasper Lindqvist"])
        #expect(MinutesDocument.holdsLoneLetters("G ä s t :", 3) && !MinutesDocument.holdsLoneLetters("Ett A i B", 3))
        let written = ["Ett A i B c d", "a b c   i tur och ordning"]
        #expect(MinutesDocument.letterSpaced(["G ä s t   o c h   v ä r d :"] + written) == ["Gäst  och  värd:"] + written)
        // (The cheap test before the pattern turns away none of the lines the pattern reads.)
        let spaced = ["N ä r v a r a n d e :", "    M I N N E S A N T E C K N I N G A R", "\tF r å n v a r a n d e :", "Ö v r i g t", "1.  D a g o r d n i n g"]
        for line in spaced {
            #expect(MinutesDocument.letterSpaced([line]) != [line], "\(line)")
            #expect(MinutesDocument.holdsLoneLetters(line, 3), "\(line)")
        }
    }

    /// "Något beslut fattades inte." under `Beslut` decides nothing.
    @Test func noDecisionSaidTheOtherWay() {
        let meeting = read(Reader166Tests.threeOfKost + """
            1. Gemensam mall

            Beslut
            Något beslut fattades inte. Frågan kommer tillbaka i vår.

            2. Budget

            Beslut
            Nätverket beslutade att budgeten följs upp i maj.
            """)
        #expect(meeting.items.map { $0.decisions.isEmpty } == [true, false])
    }

    /// A notes app's headings copied out as plain lines over bullets not indented (up to twelve
    /// words), and its "Att göra" an aside, not the last item's text.
    @Test func aNotesAppsPlainHeadings() {
        let meeting = read(Reader166Tests.threeOfKost + """
            Specialkost i förskolan – hur långt har vi kommit
            • Ruth Backlund berättade att Perstorp har nya listor sedan i höstas.
            • Vidar Stenmark: Ängelholm har inte börjat med listorna än.
            • Beslut: Perstorp delar sina listor med alla.

            Matsedeln för våren – vad kostar den egentligen
            • Elin Forsgård tog upp att priserna på grönsaker har stigit.
            • Ruth Backlund: Perstorp byter till mer rotfrukter.

            Övrigt
            • Elin Forsgård informerade om att Bjuv byter kök i maj.
            • Vidar Stenmark berättade att Ängelholm anställer en kock.

            Att göra
            Ruth – listorna till alla
            Elin – schemat för köket
            """)
        #expect(meeting.items.map(\.title) == [
            "Specialkost i förskolan – hur långt har vi kommit", "Matsedeln för våren – vad kostar den egentligen", "Övrigt",
        ])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund"], ["Elin Forsgård"], ["Elin Forsgård", "Vidar Stenmark"]])
        #expect(meeting.items[2].decisions.isEmpty && !meeting.items[2].text.holds("listorna till alla"))
    }

    /// A summary mailed the morning after ("från gårdagens träff"): the meeting the day before the
    /// mail was sent, not the earlier meeting whose notes it approved; who came under "Med var:".
    @Test func aSummaryMailedTheDayAfter() {
        let meeting = read("""
            Från: Moa Grenfors <moa.grenfors@svalov.se>
            Skickat: måndag 2 mars 2026 08:15
            Till: Dödsboutredarnätverket
            Ämne: Från gårdagens träff

            Hej! Här kommer några rader från gårdagens träff.

            Med var: Vilgot Hammarlund (Bjuv), Saga Ekdahl (Höganäs) och jag (Moa, Svalöv). Per hade förhinder.

            Anteckningarna från träffen 12 januari godkändes.

            1. Läget
            - Höganäs har fler dödsbon än i fjol (Saga)
            """)
        #expect(meeting.date == "2026-03-01")
        #expect(meeting.attendees.map(\.name).prefix(2) == ["Vilgot Hammarlund", "Saga Ekdahl"])
    }

    /// A list of three with one comma and an "och" is three people, not one with details.
    @Test(arguments: ["Närvarande: Anna Ek, Per Holm och Eva Lind", "Närvarande: Anna Ek (Bjuv), Per Holm (Höganäs) och Eva Lind (Svalöv)."])
    func threeWithOneComma(line: String) {
        let meeting = read("Dödsboutredarnätverket\nAnteckningar 2026-03-01\n\n" + line + "\n\n1. Läget\nPer Holm berättade om läget.\n")
        #expect(meeting.attendees.map(\.name) == ["Anna Ek", "Per Holm", "Eva Lind"])
    }

    /// An old protocol's items by ordinal ("1:o  Meddelanden") or by moment ("Mom. 2   Val av …"):
    /// numbered items, their markers no part of their titles.
    @Test(arguments: [("1:o  Meddelanden", "2:o  Gallring av akter"), ("Mom. 1   Meddelanden", "Mom. 2   Gallring av akter")])
    func anOldProtocolsMarkers(first: String, second: String) {
        let meeting = read(Reader166Tests.threeOfKost + first + "\n\nRuth Backlund berättade om två skrivelser.\n\n" + second + "\n\nVidar Stenmark föredrog ärendet.\n")
        #expect(meeting.items.map(\.title) == ["Meddelanden", "Gallring av akter"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund"], ["Vidar Stenmark"]])
    }
}
