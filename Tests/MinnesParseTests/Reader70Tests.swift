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
            Ada Berg (Bjuv): Svarade att jouren ringer polisen i förväg.

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

    // MARK: The review of reader 70, and varied10–11 (reader 71)

    /// Two numbered items under a header, as an agenda needs.
    func minutes(_ header: String, _ first: String = "1. Budget\nKort.") -> Meeting {
        read("Minnesanteckningar 2025-02-05\n\n" + header + "\n\n" + first + "\n\n2. Övrigt\nInget.\n")
    }

    @Test("an invitation whose agenda names earlier minutes is read whole; minutes headed with their date follow an invitation")
    func invitationReview() {
        let alone = read("Kallelse till nätverksträff\n\nDatum: 3 februari 2025\nPlats: Bjuv, Kommunhuset\n\nDagordning\nMötets öppnande\nAnteckningar från föregående möte\nBudget\n")
        #expect(alone.date == "2025-02-03")
        #expect(alone.place == "Bjuv, Kommunhuset")
        let dated = read("Kallelse\n\nDatum: 3 februari 2025\nPlats: Bjuv, Kommunhuset\n\nMinnesanteckningar 2025-02-05\n\nPlats: Klippan, Stadshuset\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n")
        #expect(dated.date == "2025-02-05")
        #expect(dated.place == "Klippan, Stadshuset")
    }

    @Test("a round of the table keeps each who spoke, whatever verb one opens with; a presenter who then speaks stays")
    func speakersReview() {
        let round = minutes("", "1. Laget runt\nBjuv (Ada): Berättade att de fått en ny enhetschef.\nKlippan (Per): Har anställt två handläggare.\nHöganäs (Ola): Flyttar i april.")
        #expect(round.items[0].raisedBy.compactMap(\.person?.name) == ["Ada", "Per", "Ola"])
        let presenter = minutes(
            "Deltagare: Ada Berg (Bjuv), Per Holm (Klippan)",
            "1. Bakjouren (Ada Berg, Bjuv)\nAda Berg (Bjuv): Schemat är klart.\nPer Holm (Klippan): Tog upp att Klippan saknar folk.\nAda Berg (Bjuv): Svarade att Bjuv hjälper till.")
        #expect(presenter.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Per Holm"])
        let named = minutes(
            "Deltagare: Ada Berg (Bjuv), Per Holm (Klippan)",
            "1. Bakjouren (Ada Berg, Bjuv)\nPer Holm (Klippan): Tog upp att Klippan saknar folk.\nAda Berg (Bjuv): Svarade att Bjuv hjälper till.")
        #expect(named.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Per Holm"])
        let opener = minutes("", "1. Bakjour\nAda Berg (Bjuv): Vi har svårt att bemanna bakjouren.\nPer Holm (Klippan): Berättade att de har samma problem.\nAda Berg (Bjuv): Då ses vi över det.")
        #expect(opener.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Per Holm"])
    }

    @Test("only a chair summing up agrees a decision", arguments: [
        "Är vi överens om att vi skickar ut schemat?", "I grunden är vi överens om att barnens bästa ska gå först.",
        "Vi var alla överens om att det är viktigt att barnen hörs.",
    ])
    func agreementsReview(sentence: String) {
        #expect(DecisionReader.decisions(in: sentence).isEmpty)
    }

    @Test("a genitive names a network only as the line's first word", arguments: [
        "Familjen Helsingborgs missbruksnätverk", "Nordvästra Skånes barnnätverk",
    ])
    func genitiveReview(line: String) {
        #expect(read(line + "\n\nDatum: 2025-02-05\n\n1. Budget\nKort.\n\n2. Övrigt\nInget.\n").network == nil)
    }

    @Test("presenters in parentheses: one 'från' a kommun is still a person; a body first is none")
    func presentersReview() {
        let both = minutes("Deltagare: Ada Berg (Bjuv), Per Holm (Klippan)", "1. Boende (Ada Berg och Per Holm från Klippan)\nKort.")
        #expect(both.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg", "Per Holm"])
        let body = minutes("Deltagare: Ada Berg (Bjuv)", "1. Barnahus (Familjen Helsingborg, Bjuv)\nKort.")
        #expect(body.items[0].raisedBy.isEmpty)
        #expect(body.items[0].title == "Barnahus (Familjen Helsingborg, Bjuv)")
    }

    @Test("'redovisad av' names a person, not a source")
    func reportedByReview() {
        let meeting = minutes("", "1. Statistik\nStatistiken redovisad av Socialstyrelsen: antalet anmälningar ökar.")
        #expect(meeting.items[0].raisedBy.isEmpty)
    }

    @Test("co-chairs with a word after them, and a first name chairing beside the scribe")
    func chairSentenceReview() {
        let together = minutes("Närvarande: Ada Berg, Per Holm\n\nMötet leddes av Ada Berg och Per Holm gemensamt.")
        #expect(together.chairs.map(\.name) == ["Ada Berg", "Per Holm"])
        let firstName = minutes("Närvarande: Ada Berg, Per Holm\n\nMötet leddes av Ada och Per förde anteckningar.")
        #expect(firstName.chairs.map(\.name) == ["Ada"])
    }

    @Test("a long line in capitals without a colon is no title over a paragraph")
    func capitalsReview() {
        let meeting = read("Minnesanteckningar 2025-02-05\n\nBUDGET\nBudgeten följs enligt plan.\n\nOBS ALLA KOMMUNER SKA SKICKA IN STATISTIKEN SENAST 1 MARS\nAda Berg samlar in siffrorna.\n\nÖVRIGT\nInget.\n")
        #expect(meeting.items.map(\.title) == ["BUDGET", "ÖVRIGT"])
    }

    @Test("a decision list's empty decision cell is none; a decision in parentheses is one")
    func decisionCellsReview() {
        let meeting = read("Minnesanteckningar 2025-02-05\n\n1. Kostnader\nDiskussion.\n\n2. Förslag\nKort.\n\nBESLUTSLISTA\n\nPunkt 1 |  | Ansvarig: Ada Berg | Klart senast: 1 mars\nPunkt 2 | (Nätverket ställer sig bakom förslaget.) | Ansvarig: –\n")
        #expect(meeting.items[0].decisions.isEmpty)
        #expect(meeting.items[1].decisions == ["(Nätverket ställer sig bakom förslaget.)"])
    }

    @Test("a letter's chair of another meeting is not this one's")
    func letterChairReview() {
        let meeting = LetterReader.read("Med på mötet var Ola Ek (Bjuv) och Per Holm (Klippan). Förra gången var det Per som höll i mötet.")
        #expect(meeting.chairs.isEmpty)
    }

    @Test("one person with a job title and kommun, and no paragraph after a list taken for more of it")
    func listEndsReview() {
        let meeting = minutes("Närvarande\nAda Berg, socialchef, Bjuv\n\nFrånvarande\nPierre Nordh, IFO-chef, Åstorp\n\nSocialchefen i Bjuv, som leder nätverket, hälsade alla välkomna.")
        #expect(meeting.absent.map(\.name) == ["Pierre Nordh"])
        #expect(meeting.absent.first?.role == "IFO-chef")
        let commas = minutes("Frånvarande\nAda Berg, Bjuv, Per Holm, Klippan\n\nSocialchefen i Bjuv, som leder nätverket, hälsade alla välkomna.")
        #expect(commas.absent.map(\.name) == ["Ada Berg", "Per Holm"])
    }

    @Test("a time label's day in the term's year; a form's boxes; surnames in capitals; an abbreviation first is a body")
    func varied10Rules() {
        let term = read("Träff 3, VT 2026 – minnesanteckningar\n\nTid: tisdag 17/3, kl. 9.00–12.00\n\n1. Budget\nSenast 31/3.\n\n2. Övrigt\nInget.\n")
        #expect(term.date == "2026-03-17")
        let form = minutes("Närvaro:\n[x] Ada Berg, Bjuv\n[ ] Per Holm, Klippan\n[x] Ola Ek, Höganäs")
        #expect(form.attendees.map(\.name) == ["Ada Berg", "Ola Ek"])
        #expect(form.absent.map(\.name) == ["Per Holm"])
        let capitals = minutes("Närvarande:     Ada BERG, Bjuv\n                Ljubica PETROVIĆ-NILSSON, Klippan\nGäst:           Iris EKVALL, enhetschef, BUP Helsingborg, Region Skåne")
        #expect(capitals.attendees.map(\.name) == ["Ada Berg", "Ljubica Petrović-Nilsson"])
        #expect(capitals.guests.map(\.name) == ["Iris Ekvall"])
    }

    @Test("a title running on into its text after a dash; a question after a raise adds no raiser; a body's name with small words")
    func varied11Rules() {
        let dash = read("Minnesanteckningar 2025-02-05\n\nPunkt 1: Rekrytering – Ada Berg berättade att den\ngemensamma kampanjen gav svar.\n\nPunkt 2: Spelberoende – att upptäcka och behandla\nOla Ek berättade om screening.\n")
        #expect(dash.items.map(\.title) == ["Rekrytering", "Spelberoende – att upptäcka och behandla"])
        #expect(dash.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg"])
        let question = minutes("", "1. Jurist\nAda Berg redogjorde för Bjuvs avtal om juristtjänster.\nPer Holm frågade hur lång tid granskningen tar.")
        #expect(question.items[0].raisedBy.compactMap(\.person?.name) == ["Ada Berg"])
        let body = minutes("", "1. Platser\nLisa Gran från Statens institutionsstyrelse informerade om platsläget.")
        #expect(body.items[0].raisedBy.compactMap(\.person?.name) == ["Lisa Gran"])
    }

    @Test("who follows a decision up, after an arrow, is no part of it")
    func responsibleAfterDecision() {
        #expect(DecisionReader.decisions(in: "Kort.\n→ Beslut: Kampanjen upprepas i april.\n→ Ansvarig: Ada Berg") == ["Kampanjen upprepas i april."])
        #expect(DecisionReader.decisions(in: "Beslut: Ada Berg är ansvarig: för listan.") == ["Ada Berg är ansvarig: för listan."])
    }

    @Test("attendance in an appendix when the header points there; a facilitator is a guest; action points close the items")
    func appendixAndWorkshop() {
        let appendix = read("Minnesanteckningar 2025-02-05\nNärvarande: se bilaga 1\n\n§ 1 Budget\nKort.\n\n§ 2 Övrigt\nInget.\n\nBilaga 1 – Närvarolista\n\nLedamöter\nAda Berg, Bjuv\nPer Holm, Klippan (frånvarande)\n")
        #expect(appendix.attendees.map(\.name) == ["Ada Berg"])
        #expect(appendix.absent.map(\.name) == ["Per Holm"])
        let workshop = read("Minnesanteckningar 2025-02-05\nFacilitator: Lisa Gran, Kompassrosen AB\n\n## Budget\nAda Berg berättade om budgeten.\n\n## Övrigt\nInget.\n\n## Action points\n- Per Holm: skicka förslaget.\n- Ada Berg: boka lokal.\n")
        #expect(workshop.guests.map(\.name) == ["Lisa Gran"])
        #expect(workshop.items.map(\.title) == ["Budget", "Övrigt"])
        #expect(workshop.items.last?.text == "Inget.")
    }
}
