import Testing
@testable import MinnesParse

/// The rules reader 70 added for the layouts of varied8 and varied9, each on minutes written for it,
/// with what they must leave as it was.
@Suite("Reader 70: invitations, columns, conversations, decision lists")
struct Reader70Tests {
    @Test("an invitation above the minutes: the meeting is the minutes'; an invitation alone is read as before")
    func invitationAboveMinutes() {
        let both = read("""
            Kallelse till nätverksträff

            Datum: 3 februari 2025
            Plats: Bjuv, Kommunhuset
            Kallade: Ada Berg, Per Holm, Ola Ek

            MINNESANTECKNINGAR

            Datum: 5 februari 2025
            Plats: Klippan, Stadshuset
            Närvarande: Ada Berg, Per Holm

            1. Budget
            Ada Berg informerade om budgeten.

            2. Övrigt
            Inget.
            """)
        #expect(both.date == "2025-02-05")
        #expect(both.place == "Klippan, Stadshuset")
        #expect(both.attendees.map(\.name) == ["Ada Berg", "Per Holm"])
        #expect(both.items.map(\.title) == ["Budget", "Övrigt"])
        let alone = read("Kallelse\n\nDatum: 3 februari 2025\nPlats: Bjuv, Kommunhuset\n\n1. Budget\n2. Övrigt\n")
        #expect(alone.date == "2025-02-03")
        #expect(alone.place == "Bjuv, Kommunhuset")
    }

    @Test("names and kommuner in columns side by side are people with where they are from")
    func columnsOfNamesAndKommuner() {
        let meeting = read("""
            Minnesanteckningar 2025-02-05

            Närvarande
            Ada Berg           Bjuv              Per Holm          Klippan
            Ola Ek             Höganäs

            1. Budget
            Kort.

            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm", "Ola Ek"])
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", "Klippan", "Höganäs"])
    }

    @Test("a presenter listed, with a kommun or a body, at a title's end raises the item; a body alone is the title's")
    func presenterWithWhere() {
        let meeting = read("""
            Minnesanteckningar 2025-02-05

            Deltagare: Ada Berg (Bjuv), Per Holm (Klippan)
            Gäst: Lisa Gran, Beroendecentrum Helsingborg

            1. Ny rutin för LVM (Ada Berg, Bjuv)
            Rutinen gicks igenom.

            2. Spelberoende (Lisa Gran, Beroendecentrum Helsingborg)
            Föreläsning.

            3. Samverkan (Region Skåne)
            Kort.
            """)
        #expect(meeting.items.map(\.title) == ["Ny rutin för LVM", "Spelberoende", "Samverkan (Region Skåne)"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Ada Berg"], ["Lisa Gran"], []])
    }

    @Test("a lecturer invited is a guest")
    func lecturerIsGuest() {
        let meeting = read("Minnesanteckningar 2025-02-05\n\nDeltagare: Ada Berg (Bjuv), Per Holm (Klippan)\nInbjuden föreläsare: Lisa Gran, kurator, Region Skåne\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n")
        #expect(meeting.guests.map(\.name) == ["Lisa Gran"])
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm"])
    }

    @Test("in a table aligned by spaces, a mark counts in the column it stands under")
    func marksByColumn() {
        let meeting = read("""
            Minnesanteckningar 2025-02-05

            Närvaro
            Namn              Kommun        Närv.  Frånv.  Anm.
            Ada Berg          Bjuv          X
            Per Holm          Klippan              X       sjuk
            Ola Ek            Höganäs       X              från p. 2

            1. Budget
            Kort.

            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Ola Ek"])
        #expect(meeting.absent.map(\.name) == ["Per Holm"])
        #expect(meeting.absent.first?.role != "X")
    }

    @Test("a conversation names who brought something up; a round of the table each who spoke")
    func speakers() {
        let conversation = read("""
            Minnesanteckningar 2025-02-05

            1. Bemanning
            Ada Berg (Bjuv): Berättade att jouren saknar folk i påsk.
            Per Holm (Klippan): Vi kan ta långfredagen.
            Lisa Gran (Psykiatriakuten): Frågade hur många pass det gäller.
            Ola Ek (Höganäs): Tog upp att polisen inte ställer upp.

            2. Övrigt
            Inget.
            """)
        #expect(conversation.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Ola Ek"])
        let round = read("""
            Minnesanteckningar 2025-02-05

            1. Laget runt
            Bjuv (Ada): Fjorton ärenden i år.
            Klippan (Per): Nio ärenden, två placeringar.

            2. Övrigt
            Inget.
            """)
        #expect(round.items[0].raisedBy.compactMap(\.person?.name) == ["Ada", "Per"])
        let guest = read("Minnesanteckningar 2025-02-05\n\n1. Psykiatrin\nLisa Gran (Psykiatriakuten): Presenterade hur akuten arbetar.\n\n2. Övrigt\nInget.\n")
        #expect(guest.items[0].raisedBy.compactMap(\.person?.name) == ["Lisa Gran"])
    }

    @Test("a network named with a genitive first")
    func genitiveNetwork() {
        #expect(read("Socialjourens samverkansnätverk, Familjen Helsingborg\n\nDatum: 2025-02-05\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n").network == "Socialjourens samverkansnätverk")
    }

    @Test("a chair summing up decides; an opinion all share does not")
    func agreedDecisions() {
        #expect(DecisionReader.decisions(in: "Ordf: Då är vi överens om att varje kommun utser en kontaktperson.").count == 1)
        #expect(DecisionReader.decisions(in: "Nätverket är överens om att det vore bra med en gemensam tolkning.").isEmpty)
    }

    @Test("a closing decision list as table rows: each item's first cell, a dash with a word on why is none")
    func decisionListRows() {
        let meeting = read("""
            Minnesanteckningar 2025-02-05

            1. Kostnader
            Diskussion.

            2. Information
            Kort.

            BESLUTSLISTA

            Punkt 1 | Kommunerna skickar sina kostnader till Ada. | Ansvarig: alla | Klart senast: 1 mars
            Punkt 2 | – (informationspunkt) | Ansvarig: – | Klart senast: –
            """)
        #expect(meeting.items.map(\.decisions) == [["Kommunerna skickar sina kostnader till Ada."], []])
    }

    @Test("people by kommun apart by semicolons, and a body in a kommun before a guest")
    func peopleByKommun() {
        let meeting = read("""
            Minnesanteckningar 2025-02-05

            Närvarande per kommun
            Bjuv: Ada Berg
            Klippan: Per Holm, Ola Ek
            Ej närvarande: Perstorp: Titti Lund; Svalöv: Erik Sand
            Gäst: Familjerätten i Helsingborg: Lisa Gran

            1. Budget
            Kort.

            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm", "Ola Ek"])
        #expect(meeting.absent.map(\.name) == ["Titti Lund", "Erik Sand"])
        #expect(meeting.absent.map(\.municipality) == ["Perstorp", "Svalöv"])
        #expect(meeting.guests.map(\.name) == ["Lisa Gran"])
    }

    @Test("a title in capitals holding a colon heads an item, however long; a label in capitals stays a label")
    func capitalTitles() {
        let meeting = read("""
            MINNESANTECKNINGAR
            PLATS: STADSHUSET I BJUV
            Datum: 2025-02-05

            BUDGET
            Budgeten följs.

            WORKSHOP: VÅLD I NÄRA RELATIONER I PARSAMTAL OCH ANNAT
            Grupp 1 (Bjuv, Klippan), redovisad av Ada Berg: Gruppen menade att samtalet ska avbrytas.
            Grupp 2 (Höganäs), redovisad av Per Holm: Gruppen ville ha ett gemensamt formulär.
            """)
        #expect(meeting.place == "STADSHUSET I BJUV")
        #expect(meeting.items.map(\.title) == ["BUDGET", "WORKSHOP: VÅLD I NÄRA RELATIONER I PARSAMTAL OCH ANNAT"])
        #expect(meeting.items.last?.raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Per Holm"])
    }

    @Test("who chaired, in a sentence that goes on to the scribe")
    func chairThenScribe() {
        let meeting = read("Minnesanteckningar 2025-02-05\n\nNärvarande: Ada Berg, Per Holm\n\nMötet leddes av Ada Berg och Per Holm förde anteckningar.\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n")
        #expect(meeting.chairs.map(\.name) == ["Ada Berg"])
        #expect(meeting.chairs.first?.role == nil)
        let two = read("Minnesanteckningar 2025-02-05\n\nNärvarande: Ada Berg, Per Holm\n\nMötet leddes av Ada Berg och Per Holm.\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n")
        #expect(two.chairs.map(\.name) == ["Ada Berg", "Per Holm"])
    }
}
