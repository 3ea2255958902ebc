import Testing
@testable import MinnesParse

/// The rules readers 77–78 added for the layouts of varied12 and varied13, each held to what it must
/// leave as it was (from a review of them: where each could take the wrong thing).
@Suite("Reader 77: one item, dates in file names, roles, addresses, lists")
struct Reader77Tests {
    @Test("a date from the file's name only when the minutes name none, and only a whole date of the past")
    func dateFromTheFileName() {
        let undated = "Anteckningar från nätverksträffen\nNärvarande: Ada Berg, Per Holm\n\n1. Budget\nAda Berg informerade.\n\n2. Övrigt\nInget.\n"
        #expect(read(undated, file: "arkiv/2024-05-14 vuxennätverket.md").date == "2024-05-14")
        #expect(read(undated, file: "arkiv/ifo_240514.txt").date == "2024-05-14")
        #expect(read(undated, file: "mail.eml#anteckningar 2023_11_02.docx").date == "2023-11-02")
        #expect(read(undated, file: "arkiv/2024-05-14 vuxennätverket.md").dateNote == "taken from the file's name")
        // A personnummer, a telephone number, a year to come, a case number: no date.
        for file in ["150612-1234 anteckningar.txt", "0435-121212.txt", "981112.txt", "Dnr 2023-0451.txt", "anteckningar.txt"] {
            #expect(read(undated, file: file).date == nil, "\(file)")
        }
        // The minutes' own date stands.
        #expect(read("Datum: 2023-03-01\n" + undated, file: "2024-05-14.txt").date == "2023-03-01")
    }

    @Test("one numbered item over text is the agenda; a list's one line, or a line over who came, is not")
    func oneItemAlone() {
        let lone = read("""
            Nätverket för våld i nära relationer
            Datum: 2025-11-21
            Närvarande: Ada Berg, Per Holm

            1. Skyddat boende när avtalet upphör

            Ada Berg berättade att avtalet upphör.
            Nätverket beslutade att göra en gemensam upphandling.
            """)
        #expect(lone.items.map(\.title) == ["Skyddat boende när avtalet upphör"])
        #expect(lone.items.first?.raisedBy.map(\.name) == ["Ada Berg"])
        let bullets = read("""
            Anteckningar
            Datum: 2025-11-21

            - Budgeten gicks igenom.
            - Rutinen för familjehem diskuterades.

            Att göra:
            1) Maria skickar ut enkäten
            """)
        #expect(bullets.items.count == 2, "\(bullets.items.map(\.title))")
        let memo = read("""
            Minnesanteckningar
            Datum: 2025-11-21

            1. Samverkan kring barnahus

            Närvarande: Ada Berg, Bjuv; Per Holm, Klippan

            Vi pratade om barnahuset.
            """)
        #expect(names(memo.attendees) == ["Ada Berg", "Per Holm"])
    }

    @Test("a role in a kommun only of a job's definite form; a name or a body is read as before")
    func roleOrName() {
        func raisers(_ sentence: String) -> [RaiserReader.Mention] {
            RaiserReader.mentions(titleLine: "Budget", text: sentence)
        }
        let role = raisers("IFO-chefen i Bjuv berättade att kostnaderna ökar.")
        #expect(role.map(\.role) == ["IFO-chefen"] && role.map(\.municipality) == ["Bjuv"] && role.map(\.name) == [nil])
        #expect(raisers("Kuratorn från Klippan informerade om stödet.").map(\.role) == ["Kuratorn"])
        let named = raisers("Sven från Klippan berättade att kostnaderna ökar.")
        #expect(named.map(\.name) == ["Sven"] && named.map(\.role) == [nil])
        #expect(raisers("Socialtjänsten i Bjuv informerade om läget.").allSatisfy { $0.role == nil })
    }

    @Test("who came, each once: listed each day, by name and kommun; away only who did not come")
    func listedTwice() {
        let meeting = read("""
            Internat
            Datum: 2025-10-15
            Närvarande dag 1:
            Anna Ek, Bjuv
            Per Holm, Klippan

            Närvarande dag 2:
            Anna Ek, Bjuv
            Anna Ek, Klippan

            Förhinder båda dagarna: Per Holm, Klippan; Ola Lind, Åstorp

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map { "\($0.name) \($0.municipality ?? "")" } == ["Anna Ek Bjuv", "Per Holm Klippan", "Anna Ek Klippan"])
        #expect(names(meeting.absent) == ["Ola Lind"])
        // The next meeting's chair is no chair of this one.
        let next = read("Möte\nDatum: 2025-10-15\nNärvarande: Anna Ek, Per Holm\nOrdförande vid nästa möte: Per Holm\n\n1. Budget\nText.\n2. Övrigt\nInget.\n")
        #expect(next.chairs.isEmpty)
    }

    @Test("names beside their addresses; a mailbox alone no one; a kommun's domain where they are from")
    func addresses() {
        let meeting = read("""
            SSPF-nätverket
            Datum: 2025-10-08
            Deltagare:
            Aksel Nordenfalk <aksel.nordenfalk@landskrona.se>
            ungdomsenheten@bastad.se
            cosima.rydh@hoganas.se (Cosima Rydh)
            extern.person@example.com (Gäst)

            1. Lägesbild
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map { "\($0.name) \($0.municipality ?? "")" } == ["Aksel Nordenfalk Landskrona", "Cosima Rydh Höganäs"])
    }

    @Test("a letter's list of who came with its notes: who chaired and who wrote, never the writer's note on another")
    func notesInASentence() {
        let meeting = read("""
            Hej!

            Närvarande var Alexandra Brask (Helsingborg), som också ledde mötet, Celine Ragnarsson samt Dorthe Lindelöf (Perstorp), som förde anteckningarna. Vi sågs i Bjuvs stadshus den 3 mars.

            Angående budgeten: den ser bra ut.
            Angående rutinen: den antogs.
            """)
        #expect(names(meeting.attendees) == ["Alexandra Brask", "Celine Ragnarsson", "Dorthe Lindelöf"])
        #expect(names(meeting.chairs) == ["Alexandra Brask"])
        #expect(meeting.scribe?.name == "Dorthe Lindelöf")
        #expect(meeting.place == "Bjuvs stadshus")
        let writer = LetterReader.read("Med på mötet var Per Ek och jag själv, som förde anteckningarna.")
        #expect(writer.scribe == nil && writer.attendees.map(\.role) == [nil])
    }

    @Test("reader 79: Återbud:, a place in a sentence beside lists, those called who did not come, a name's initial")
    func reader79() {
        let meeting = read("""
            # Träffpunktsnätverket – anteckningar

            Här kommer mina anteckningar från träffen tisdag 11 mars 2025. Vi träffades på Träffpunkt Linden i Perstorp och fick en rundvisning.

            **Med på träffen:** Wilhelmina Borg (Helsingborg), Sylvester Holm (Höganäs), Måns K. (Bjuv)

            **Återbud:** Ylvi Sandahl (Svalöv) och Walter Nyquist (Båstad).

            **Sommarprogrammet**

            Måns K. berättade att de provat kvällsöppet.

            **Övrigt**

            Sylvester Holm tog upp utflykterna.
            """)
        #expect(meeting.place == "Träffpunkt Linden i Perstorp")
        #expect(names(meeting.absent) == ["Ylvi Sandahl", "Walter Nyquist"])
        #expect(names(meeting.attendees).last == "Måns K.")
        #expect(meeting.items.first?.raisedBy.first?.name == "Måns K.")
        #expect(meeting.items.first?.raisedBy.first?.statement.contains("kvällsöppet") == true)
        let called = read("""
            MÖTESPROTOKOLL
            Mötesdatum:    2024-10-08
            Ordförande: Vibeke Thornell          Sekreterare: Tatjana Berglöf
            Kallade:
            Vibeke Thornell, Höganäs
            Tatjana Berglöf, Svalöv
            Örjan Friberg, Åstorp

            Närvarande:
            Vibeke Thornell, Höganäs
            Tatjana Berglöf, Svalöv

            Ämne på dagordningen 1:     Statistik över stödsamtal
            Text.
            Mötet beslöt: att statistiken sammanställs varje halvår.

            Ämne på dagordningen 2:     Övrigt
            Inget.

                                           Sida 1 av 1 – 2023
            """)
        #expect(names(called.absent) == ["Örjan Friberg"])
        #expect(names(called.chairs) == ["Vibeke Thornell"] && called.scribe?.name == "Tatjana Berglöf")
        #expect(called.items.map(\.title) == ["Statistik över stödsamtal", "Övrigt"])
        #expect(called.items.first?.decisions == ["att statistiken sammanställs varje halvår."])
        let footer = read("Nätverket\nDatum:   onsdag 6 september, kl. 9\nNärvarande: Ada Berg, Per Holm\n\n§1 Budget\nText.\n§2 Övrigt\nInget.\n\n   Sida 1 av 2 – 2023\n")
        #expect(footer.date == "2023-09-06")
    }

    @Test("reader 80: a table of kommuner and who came from each")
    func kommunTable() {
        let meeting = read("""
            # Nätverket – minnesanteckningar
            **När:** torsdag 20 februari 2025

            ## Närvaro

            | Kommun       | Närvarande                  | Förhinder     |
            |--------------|-----------------------------|---------------|
            | Helsingborg  | Svenja Hedin                | Vendel Ask    |
            | Ängelholm    | Tuve Nilsson, Sonny Grahn   |               |
            | Bjuv         | –                           | –             |

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.attendees.map { "\($0.name) \($0.municipality ?? "")" } == ["Svenja Hedin Helsingborg", "Tuve Nilsson Ängelholm", "Sonny Grahn Ängelholm"])
        #expect(names(meeting.absent) == ["Vendel Ask"])
        // (A table of names with marks in a presence column, "| Namn | Kommun | Närvarande |", is read as
        // before: the rektorsnätverket fixture holds it.)
    }

    @Test("from a review of readers 78–79: what the new rules must leave as it was")
    func reviewOf79() {
        // A contact list of names and addresses is no attendance report, and ends nothing.
        let contacts = read("""
            Nätverket
            Datum: 2025-02-20
            Närvarande: Ada Berg, Per Holm

            Kontaktlista
            Namn\tKommun\tE-post
            Eva Lind\tBjuv\teva.lind@bjuv.se

            1. Budget
            Ada Berg informerade om budgeten.
            2. Övrigt
            Inget.
            """)
        #expect(names(contacts.attendees) == ["Ada Berg", "Per Holm"])
        #expect(contacts.items.map(\.title) == ["Budget", "Övrigt"])
        // Those called, written otherwise than those present: no one marked away for it.
        let called = read("""
            Möte
            Datum: 2025-02-20
            Kallade: Ek Anna, Holm Per, Lind Eva
            Närvarande: Anna Ek, Per Holm

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(called.absent.isEmpty)
        // A presenter whose first name ends as a definite noun does ("Elisabet").
        let presenter = RaiserReader.mentions(titleLine: "Budget", text: "Föredragande: Elisabet Ekholm\nBudgeten gicks igenom.")
        #expect(presenter.map(\.name) == ["Elisabet Ekholm"])
        // Where the minutes tell of somewhere else, no place of the meeting's.
        let elsewhere = read("""
            Nätverket
            Datum: 2025-02-20
            Anna berättade att vi var på studiebesök i Malmö förra året.
            Närvarande: Ada Berg, Per Holm

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(elsewhere.place == nil)
    }

    @Test("readers 83–84: a list's parts by where they are from, the writer in a list, what a list's line holds beside it")
    func listParts() {
        let visit = read("""
            # Studiebesök
            **Datum:** 25 november 2025

            ## Deltagare

            Från nätverket:

            - Maximilian Fors, Helsingborg
            - Oda Rydén, Höganäs

            Från Bjuvs kommun:

            - Ada Berg, socialsekreterare

            Från Trädgårdsverkstaden (värdar):

            - Njord Paulsson, verksamhetschef

            Från föregående möte:
            - Uppföljning av placeringar

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(names(visit.attendees) == ["Maximilian Fors", "Oda Rydén", "Ada Berg"])
        #expect(names(visit.guests) == ["Njord Paulsson"])
        let writer = read("""
            Anteckningar
            Datum: 2025-03-11

            **Med på träffen:** Wilhelmina Borg (Helsingborg), Sylvester Holm (Höganäs) och jag
            (Landskrona). Wilhelmina ledde mötet.

            **Återbud:** Lisa Berg (Svalöv)

            1. Sommarprogrammet
            Jag berättade att vi provat kvällsöppet i Landskrona.
            2. Övrigt
            Jag frågade om någon har tips på volontärer.

            Hälsningar
            Tuomas Rantanen
            """)
        #expect(names(writer.attendees) == ["Wilhelmina Borg", "Sylvester Holm", "Tuomas Rantanen"])
        #expect(names(writer.chairs) == ["Wilhelmina Borg"])
        // "Jag berättade": the writer raised it; "Jag frågade": a question, no one.
        #expect(writer.items.map { $0.raisedBy.compactMap(\.name) } == [["Tuomas Rantanen"], []])
        #expect(writer.items.first?.raisedBy.first?.statement.contains("kvällsöppet") == true)
        let marked = read("Möte\nDatum: 2025-03-11\nNärvarande:\nAda Berg      Bjuv\nLisa Berg      återbud\n\n1. Budget\nText.\n2. Övrigt\nInget.\n")
        #expect(!names(marked.attendees).contains("Lisa Berg"))
    }

    @Test("a list in two columns under one label row by row; a page of two columns column by column")
    func twoColumns() {
        let list = read("""
            Nätverket
            Datum: 2025-04-03

            Närvarande
            Ariana Falkdal, Helsingborg        Benedikt Sjöstrand, Ängelholm
            Carola Widerberg, Höganäs          Denise Ljungqvist, Landskrona

            Frånvarande
            Dafne Rundqvist, Perstorp          Eyvind Strömgren, Åstorp

            1. Budget
            Text.
            2. Övrigt
            Inget.
            """)
        #expect(names(list.attendees) == ["Ariana Falkdal", "Benedikt Sjöstrand", "Carola Widerberg", "Denise Ljungqvist"])
        #expect(names(list.absent) == ["Dafne Rundqvist", "Eyvind Strömgren"])
    }
}
