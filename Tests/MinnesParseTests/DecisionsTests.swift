import Testing
@testable import MinnesParse

/// Decisions: "Beslut: …" and "Nätverket beslutar att …".
@Suite("Decisions")
struct DecisionsTests {
    @Test("a decisions log after the items, a bullet per item it names (\"- Punkt 2: …\"): each to its item, none where none was made")
    func decisionsLogByItem() {
        let meeting = read("""
            # Referensgruppen för boendestöd
            Datum: 2024-10-01
            Deltog: Lars Ek (Bjuv), Stina Berg (Klippan), Moa Lund (Region Skåne, gäst under punkt 2)
            Gäst: Nils Åkesson (Kronofogden, under punkt 3)

            ### Punkt 1 – Inledning
            Lars Ek hälsade välkomna.

            ### Punkt 2 – Boendestöd för unga
            Stina Berg berättade om Klippans arbete med unga vuxna.

            ### Punkt 3 – Övrigt
            Inget övrigt.

            ## Beslutslogg

            - Punkt 2: Klippans rutin sprids till alla kommuner
              före årsskiftet.
            - Punkt 3: Inget beslut – tas upp igen i december.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Boendestöd för unga", "Övrigt"])
        #expect(meeting.items.map(\.decisions) == [[], ["Klippans rutin sprids till alla kommuner före årsskiftet."], []])
        #expect(names(meeting.guests) == ["Moa Lund", "Nils Åkesson"] && names(meeting.attendees) == ["Lars Ek", "Stina Berg"])
        #expect(meeting.guests.map(\.role) == ["Region Skåne", "Kronofogden"], "when a guest took part is no role, nor the end of one")
    }

    @Test("a decision under Beslut: that names an item's number in its text is the last item's own")
    func aDecisionNamingAnItemIsNoLog() {
        let meeting = read("""
            Datum: 2024-10-01

            1. Riktlinjer
            Genomgång av riktlinjerna.

            2. Beslut om ändringar
            Beslut:
            - Punkt 3 i riktlinjerna ändras.
            """)
        #expect(meeting.items.map(\.decisions) == [[], ["Punkt 3 i riktlinjerna ändras."]])
    }

    @Test("'Beslut:' gives the rest of its paragraph, lines joined")
    func labelAcrossLines() {
        let decisions = DecisionReader.decisions(in: """
            Vi diskuterade olika alternativ för upphandling av tolktjänster.

            Beslut: Helsingborg samordnar upphandlingen
            och återkommer i maj.
            """)
        #expect(decisions == ["Helsingborg samordnar upphandlingen och återkommer i maj."])
    }

    @Test("'Nätverket beslutar att …' and its forms: each such sentence alone is a decision")
    func verbForms() {
        let decisions = DecisionReader.decisions(in: """
            Ronja lyfter frågan om utbildning. Nätverket beslutar att bjuda in en utbildare i höst.
            Nätverket beslutade att ta fram gemensam statistik. Petter sammanställer.
            Det beslöts att Karin skickar ut mallen. Gruppen beslöt att följa upp i höst.
            """)
        #expect(decisions == [
            "Nätverket beslutar att bjuda in en utbildare i höst.",
            "Nätverket beslutade att ta fram gemensam statistik.",
            "Det beslöts att Karin skickar ut mallen.",
            "Gruppen beslöt att följa upp i höst.",
        ])
    }

    @Test("text with no decision has none", arguments: [
        "Inga beslut fattades.",
        "Vi går igenom statistiken för kvartalet.",
        "Frågan om beslutsstöd diskuterades länge.",
        "",
        "Beslut: –",
        "Beslut ..............: inget",
        "Att göra: skicka domarna till alla (ansvarig: Iben Hallberg).",
        "Beslut\nInget beslut fattades. Frågan tas upp igen på junimötet.",
        "Beslut: Inget beslut, tas upp igen i april.",
    ])
    func noDecision(text: String) {
        #expect(DecisionReader.decisions(in: text).isEmpty)
    }

    @Test("decisions are read within each agenda item")
    func decisionsPerItem() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket
            Datum: 2022-03-14

            1. **Ekonomiskt bistånd**
            Fråga från Elias om riktlinjer för tandvård. Diskussion följde.
            Beslut: Tove tar fram ett gemensamt underlag till nästa möte.

            2. **Statistik**
            Siffrorna skickas ut efter mötet.

            3. **Övrigt**
            Nätverket beslutar att bjuda in en utbildare i höst.
            """)
        #expect(meeting.items.map(\.decisions) == [
            ["Tove tar fram ett gemensamt underlag till nästa möte."],
            [],
            ["Nätverket beslutar att bjuda in en utbildare i höst."],
        ])
    }

    @Test("sentences end at . ! ? and, for decisions, before a capital")
    func sentenceSplitting() {
        #expect(Sentences.split("Vi ses. Tack! Klart? ja", beforeCapital: false) == ["Vi ses.", "Tack!", "Klart?", "ja"])
        #expect(Sentences.split("Kl. nio börjar vi. Sedan fika.", beforeCapital: true) == ["Kl. nio börjar vi.", "Sedan fika."])
    }

    @Test("a bold 'Beslut:' label leaves no asterisks in the decision")
    func boldLabel() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2023-03-03

            1. **Budget**
            Läget är osäkert.
            **Beslut:** Frågan bordläggs till nästa möte.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.items.first?.decisions == ["Frågan bordläggs till nästa möte."])
    }

    @Test("the ways protocols write decisions", arguments: [
        ("Beslut\natt anta planen\natt återkomma i maj", ["att anta planen", "att återkomma i maj"]),
        ("Beslut\n1. att anta planen,\n2. att återkomma i maj.", ["att anta planen,", "att återkomma i maj."]),
        ("Vi diskuterade.\nBeslut:\nRapporten läggs till handlingarna.", ["Rapporten läggs till handlingarna."]),
        ("Beslutades att anta planen.", ["Beslutades att anta planen."]),
        ("Nätverket beslutar att ses igen i maj.", ["Nätverket beslutar att ses igen i maj."]),
        ("Styrelsen beslutar att köpa in tunnor.", ["Styrelsen beslutar att köpa in tunnor."]),
        ("Nämnden beslöt att bevilja bidraget.", ["Nämnden beslöt att bevilja bidraget."]),
        ("Vi pratade länge. Överenskoms att Bjuv bjuder in nästa gång.", ["Överenskoms att Bjuv bjuder in nästa gång."]),
        ("Åtgärd: Boka lokal i Bjuv. Ansvarig: Ola Ek", ["Boka lokal i Bjuv. Ansvarig: Ola Ek"]),
        ("Överenskommelse: Bjuv och Klippan skriver till regionen.", ["Bjuv och Klippan skriver till regionen."]),
        ("Vi pratade länge. Det blev bestämt att Per ringer regionen.", ["Det blev bestämt att Per ringer regionen."]),
        ("Eva tyckte att det var för kort. Förslaget godkändes med en ändring: ett år i stället.", ["Förslaget godkändes med en ändring: ett år i stället."]),
        ("Rutinen antogs.", ["Rutinen antogs."]),
        ("Riktlinjerna fastställdes.", ["Riktlinjerna fastställdes."]),
        ("Planen bifölls. Mallen godtogs.", ["Planen bifölls.", "Mallen godtogs."]),
        ("Vi undrade om förslaget godkändes i nämnden.", []),
    ])
    func protocolDecisions(text: String, expected: [String]) {
        #expect(DecisionReader.decisions(in: text) == expected, "\(text)")
    }

    @Test("a closing list of decisions by item number goes to the items it names")
    func closingDecisionsByItem() {
        let meeting = read("""
            Anteckningar 2022-05-18

            1. Utbildning
            Margit berättade om kursen.
            2. Dagverksamhet
            Tage berättade om platserna.
            3. Övrigt
            Inga frågor.

            BESLUT OCH UPPDRAG
            p. 1   Nätverket ställer sig bakom kursen.
                   Margit återkommer med datum.
            p. 3   Helsingborg visar sitt larm nästa gång.
            """)
        #expect(meeting.items.map(\.decisions) == [
            ["Nätverket ställer sig bakom kursen. Margit återkommer med datum."], [], ["Helsingborg visar sitt larm nästa gång."],
        ])
        #expect(meeting.items[2].text == "Inga frågor.")
    }
}
