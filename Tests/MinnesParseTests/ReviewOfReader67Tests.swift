import Testing
@testable import MinnesParse

/// The review of readers 65–67: what the newer rules must leave as they were.
@Suite("Read as before, review of readers 65–67")
struct ReviewOfReader67Tests {
    @Test("questions numbered in a survey are no agenda; 'Fråga N – Titel' is")
    func questionsAreNoAgenda() {
        let survey = read("""
            Minnesanteckningar 2025-03-12

            Enkät om hemlöshet
            Socialstyrelsen har skickat ut enkäten.

            Fråga 1: Hur många hushåll saknar bostad?
            Bjuv svarar cirka tio.

            Fråga 2: Hur många barn berörs?
            Klippan har ingen statistik.

            Övrigt
            Inget.
            """)
        #expect(survey.items.map(\.title) == ["Enkät om hemlöshet", "Övrigt"])
        let questions = read("Minnesanteckningar 2025-03-12\n\nFråga 1 – Avgifter\nKort.\n\nFråga 2 – Hyror\nKort.\n")
        #expect(questions.items.map(\.title) == ["Avgifter", "Hyror"])
    }

    @Test("'Övriga frågor' after numbered items is an item; an agenda listed first still joins its notes; 'Övrigt:' inside an item stays the item's")
    func closingItem() {
        let closing = read("Minnesanteckningar 2025-03-12\n\n1. Rapporter\nKort.\n2. Ekonomi\nBudgeten följs.\n\nÖvriga frågor\nKlippan tog upp lokalfrågan.\n")
        #expect(closing.items.map(\.title) == ["Rapporter", "Ekonomi", "Övriga frågor"])
        let agenda = read("""
            Minnesanteckningar 2025-03-12

            1. Mötet öppnas
            2. Rapporter
            3. Nästa möte

            1. Anna Ek öppnade mötet.
            2. Bjuv berättade om läget.
            3. Nästa möte 5 maj.

            Övriga frågor
            Klippan tog upp lokalfrågan.
            """)
        #expect(agenda.items.map(\.title) == ["Mötet öppnas", "Rapporter", "Nästa möte", "Övriga frågor"])
        let inside = read("Minnesanteckningar 2025-03-12\n\n1. Rapporter\nKort.\n2. Ekonomi\nBudgeten följs.\n\nÖvrigt:\nInga kostnader.\n")
        #expect(inside.items.map(\.title) == ["Rapporter", "Ekonomi"])
    }

    @Test("a next meeting's När: and Var: are not this meeting's date and place")
    func nextMeetingLabels() {
        let meeting = read("""
            Minnesanteckningar från träffen 12 mars 2025 (Kulturhuset, Åstorp)

            1. Rapporter
            Kort.
            2. Nästa träff
            När: 14 maj 2025
            Var: Stadshuset, Klippan
            """)
        #expect(meeting.date == "2025-03-12")
        #expect(meeting.place == "Kulturhuset, Åstorp")
        #expect(meeting.nextMeeting?.date == "2025-05-14")
    }

    @Test("a table of who came and who did not, by tabs, is no header's labels")
    func raggedPeopleTable() {
        let meeting = read("Minnesanteckningar 2025-03-12\n\nNärvarande\tFrånvarande\nAnna Ek, Bjuv\tPer Holm, Klippan\nLisa Berg, Åstorp\nKim Sten, Höganäs\n\n1. Rapporter\nKort.\n2. Avslut\nTack.\n")
        #expect(!meeting.absent.map(\.name).contains("Lisa Berg"))
    }

    @Test("only the chair's and scribe's one name is turned; lists and slashes keep their people")
    func namesKept() {
        let first = read("Minnesanteckningar 2025-03-12\n\nVi var: Aslög, Kerttu\nGäst: Lena, Sensus\nMötesledare: Ahlbäck, Gunvor\n\n1. Rapporter\nKort.\n2. Avslut\nTack.\n")
        #expect(!first.attendees.map(\.name).contains("Kerttu Aslög"))
        #expect(!first.guests.map(\.name).contains("Sensus Lena"))
        #expect(first.chairs.map(\.name) == ["Gunvor Ahlbäck"])
        let slashes = read("Minnesanteckningar 2025-03-12\n\nNärvarande: Anna Ek/Bjuv, Per Holm/Klippan, Eva Lind/Åstorp\nFrånvarande: Ola Berg/Svalöv och Kim Sten/Höganäs\n\n1. Rapporter\nKort.\n2. Avslut\nTack.\n")
        #expect(slashes.attendees.map(\.name) == ["Anna Ek", "Per Holm", "Eva Lind"])
        #expect(slashes.attendees.map(\.municipality) == ["Bjuv", "Klippan", "Åstorp"])
        #expect(slashes.absent.map(\.name) == ["Ola Berg", "Kim Sten"])
    }

    @Test("a unit's mark is no raiser's, and leaves the raisers it names")
    func unitMark() {
        let meeting = read("Minnesanteckningar 2025-03-12\n\nNärvarande: Anna Ek (Bjuv), Per Holm (Klippan)\n\n1. Köer\nIFO/Vuxen: Anna Ek berättade om köerna i Bjuv.\n2. Avslut\nTack.\n")
        #expect(meeting.items.first?.raisedBy.compactMap(\.person?.name) == ["Anna Ek"])
    }
}
