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
}
