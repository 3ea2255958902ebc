import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 166 reads, each rule on minutes written here.
@Suite("Readers 166 on")
struct Reader166Tests {
    /// The opening most of these minutes share: a network, a date and the three who came.
    static let threeOfKost = """
        Kostnätverket
        Anteckningar 2025-10-09

        Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm; Elin Forsgård, Bjuv


        """

    /// A Word table saved as text: a row's cells apart by tabs, each cell's further lines under the
    /// row in the column their tabs put them, rows apart by blank lines, the item's number in its
    /// title's cell. Before, the numbers read each row as one title, what was said and decided in it.
    @Test func aWordTableSavedAsText() {
        let meeting = read(Self.threeOfKost + """
            Ärende\tAnteckningar\tBeslut\tAnsvarig

            1. Nya matsedeln\tVidar Stenmark berättade att matsedeln byts i januari\tMatsedeln antas.\tVidar
            \toch att skolorna får den i december.
            \tRuth Backlund frågade om specialkosten följer med.

            2. Inköp av\tElin Forsgård tog upp att avtalet med grossisten löper ut.\t–\tElin
            livsmedel\tHon vill att kommunerna handlar upp tillsammans.

            3. Övrigt\tRuth Backlund informerade om en ny kock i Perstorp.\t–\t–

            Nästa möte:\t4 december, Bjuv
            """)
        #expect(meeting.items.map(\.title) == ["Nya matsedeln", "Inköp av livsmedel", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Elin Forsgård"], ["Ruth Backlund"]])
        #expect(meeting.items[0].decisions == ["Matsedeln antas."])
        #expect(meeting.items[0].raisedBy.first?.statement.contains("skolorna får den i december") == true)
        #expect(meeting.items[1].decisions.isEmpty)
        #expect(meeting.items[1].text.contains("handlar upp tillsammans"))
        #expect(!meeting.items[2].text.contains("december, Bjuv"))

        // The same with the number in a column of its own, where no numbered line reads an agenda.
        let numbered = read(Self.threeOfKost + """
            Nr\tRubrik\tDiskussion\tBeslut

            1\tNya matsedeln\tVidar Stenmark berättade att matsedeln byts i januari.\tMatsedeln antas.
            \t\tRuth Backlund frågade om specialkosten följer med.

            2\tInköp\tElin Forsgård tog upp att avtalet med grossisten löper ut.\t–
            """)
        #expect(numbered.items.map(\.title) == ["Nya matsedeln", "Inköp"])
        #expect(numbered.items[0].text.contains("specialkosten följer med"))
        #expect(numbered.items[0].decisions == ["Matsedeln antas."])

        // A table above the numbered items, of what the last meeting decided, is not their agenda.
        let above = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            Uppföljning från förra mötet:
            Ärende\tBeslut\tAnsvarig
            Enkäten\tSkickas ut i maj.\tRuth
            Kostdagen\tHålls i Bjuv.\tVidar

            1. Specialkost
            Vidar Stenmark tog upp att specialkosten blir dyrare.

            2. Upphandling
            Ruth Backlund berättade att upphandlingen är klar.
            """)
        #expect(above.items.map(\.title) == ["Specialkost", "Upphandling"])
    }

    /// A reminder on a matter another brought up ("Halldora påminde om att …") is a point made on
    /// it and raises nothing; under the item where each brings their own ("Övrigt", "Något mer?"),
    /// or where no one has raised anything yet, it raises.
    @Test func aReminderOnAnothersMatter() {
        let meeting = read(Self.threeOfKost + """
            1. Specialkost
            Vidar Stenmark tog upp att specialkosten blir dyrare.
            Elin Forsgård påminde om att upphandlingen redan är klar.

            2. Utbildning
            Ruth Backlund påminde om att anmälan till kostdagen stänger i maj.

            3. Något mer?
            Vidar Stenmark berättade att köket i Ängelholm byggs om.
            Elin Forsgård påminde om att enkäten ska in i november.
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Ruth Backlund"], ["Vidar Stenmark", "Elin Forsgård"]])
        #expect(meeting.items[0].raisedBy.first?.statement.contains("upphandlingen redan är klar") == true)
    }

    /// An outliner's page (Logseq): every line a bullet, a bullet holding a heading that heading, the
    /// blocks' properties no text, a tag opening a bullet its label ("#beslut …" a decision), and the
    /// TODOs under "Att göra" no items. Before, every bullet was an item.
    @Test func anOutlinersPage() {
        let meeting = read("""
            title:: Kostnätverket/2025-10-09
            datum:: [[2025-10-09]]
            plats:: Bjuv, Kommunhuset

            - ## Närvarande
              - [[Ruth Backlund]] (Perstorp)
              - [[Vidar Stenmark]] (Ängelholm)
              - [[Elin Forsgård]] (Bjuv)
            - ## Dagordning
              - ### Specialkost
                collapsed:: true
                - [[Vidar Stenmark]] tog upp att specialkosten blir dyrare.
                  - Ruth undrade om alla kommuner har samma leverantör.
                - #beslut Vidar tar fram en jämförelse till nästa möte.
                  id:: 6650c1d2-1111-4a2b-9c3d-aaaaaaaaaaaa
              - ### Upphandling
                - [[Elin Forsgård]] berättade att upphandlingen är klar.
            - ## Att göra
              - TODO [[Vidar Stenmark]] jämför leverantörerna
                SCHEDULED: <2025-10-20 Mon>
              - DONE [[Ruth Backlund]] skickar listan
            """)
        #expect(meeting.attendees.map(\.name) == ["Ruth Backlund", "Vidar Stenmark", "Elin Forsgård"])
        #expect(meeting.items.map(\.title) == ["Specialkost", "Upphandling"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Elin Forsgård"]])
        #expect(meeting.items[0].decisions.contains { $0.contains("Vidar tar fram en jämförelse") })
        #expect(!meeting.items[0].text.contains("collapsed::") && !meeting.items[0].text.contains("id::"))
        #expect(meeting.items[1].decisions.isEmpty)
        #expect(meeting.notes.contains("jämför leverantörerna"))
    }

    /// Questions a kommun sent in on a matter another brought up ("Evija hade mejlat två frågor från
    /// Svalöv om …") are asked of it and raise nothing; a question from a kommun opening its own
    /// line ("Fråga från Bjuv: …") still raises.
    @Test func questionsFromAKommunOnAnothersMatter() {
        let meeting = read(Self.threeOfKost + """
            1. Specialkost
            Vidar Stenmark tog upp att specialkosten blir dyrare.
            Ruth Backlund hade i förväg mejlat två frågor från Perstorp om leverantören.

            2. Frågor från kommunerna
            Fråga från Bjuv: hur gör ni med laktosfritt?
            Fråga från Perstorp: vem beställer till förskolorna?
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap { $0.name ?? $0.viaMunicipality } } == [["Vidar Stenmark"], ["Bjuv", "Perstorp"]])
    }

    /// An agenda listed first, line under line, in one marker ("1. Öppnande"), over notes numbered in
    /// another ("Punkt 1: Hagar hälsade …"): the notes are the items, titled by the list, and a number
    /// the notes skip ("Punkt 4 utgick.") no item. Before, the list was read as the items and the notes
    /// were lost to them.
    @Test func anAgendaListedOverNotesNumberedOtherwise() {
        let meeting = read("""
            Kostnätverket
            Anteckningar från träffen 9 oktober 2025

            Dagordning
              1. Öppnande
              2. Specialkost i skolan
              3. Leverantörer
              4. Övrigt

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm; Elin Forsgård, Bjuv

            Punkt 1: Ruth hälsade välkommen.

            Punkt 2: Vidar Stenmark hade bett om punkten. Specialkosten blir dyrare i Ängelholm.

            Punkt 3 utgick, eftersom leverantören fick förhinder.

            Till punkt 2 kom att priserna stiger i januari.

            Punkt 4: Elin Forsgård informerade om en ny kock i Bjuv.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ruth Backlund", "Vidar Stenmark", "Elin Forsgård"])
        #expect(meeting.items.map(\.title) == ["Öppnande", "Specialkost i skolan", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Vidar Stenmark"], ["Elin Forsgård"]])
        #expect(meeting.items[0].text.contains("Ruth hälsade välkommen"))
        // (The number the notes skip says so in a paragraph of its own: the notes', not the item's above.)
        #expect(!meeting.items[1].text.contains("leverantören fick förhinder"))
        #expect(meeting.items[1].text.contains("priserna stiger"))
        #expect(meeting.notes.contains("Punkt 3 utgick, eftersom leverantören fick förhinder."))

        // A list of people above them is no agenda.
        let people = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande:
              1. Ruth Backlund, Perstorp
              2. Vidar Stenmark, Ängelholm

            Punkt 1: Ruth Backlund tog upp att köket byggs om.

            Punkt 2: Vidar Stenmark berättade att upphandlingen är klar.
            """)
        #expect(people.items.map(\.title) == ["Ruth Backlund tog upp att köket byggs om", "Vidar Stenmark berättade att upphandlingen är klar"])
        // A list below the notes lists something else.
        let below = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            Punkt 3: Vidar Stenmark tog upp att specialkosten blir dyrare.

            Punkt 4: Ruth Backlund berättade att upphandlingen är klar.

            Bilagor:
              1. Presentation
              2. Prislista
              3. Enkätsvar
            """)
        #expect(below.items.map(\.title) == ["Vidar Stenmark tog upp att specialkosten blir dyrare", "Ruth Backlund berättade att upphandlingen är klar"])
        // A list above whose numbers are not all the notes' is no agenda of theirs.
        let other = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            Uppföljning:
              1. Enkäten
              2. Kostdagen
              3. Specialkost

            Punkt 3: Vidar Stenmark tog upp att specialkosten blir dyrare.

            Punkt 4: Ruth Backlund berättade att upphandlingen är klar.

            Punkt 5: Vidar Stenmark informerade om kostdagen.
            """)
        #expect(other.items.map(\.title).first == "Vidar Stenmark tog upp att specialkosten blir dyrare")
        #expect(other.items.count == 3)
        // (One number in another marker, "§ 3" once, leaves a list of items as it is.)
        let once = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            1. Vidar Stenmark tog upp att kosten blir dyrare.
            2. Ruth Backlund berättade att upphandlingen är klar.
            3. Vidar Stenmark informerade om kostdagen.

            § 3 i avtalet gäller från januari.
            """)
        #expect(once.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Ruth Backlund"], ["Vidar Stenmark"]])
    }

    /// A question put to all ("Catarina ville veta hur andra kommuner har gjort.") is answered by each
    /// telling after it, which raises nothing; a review passed ("Anteckningarna gicks igenom.") opens
    /// the matter, so a point made on it raises nothing either.
    @Test func aQuestionPutToAll() {
        let meeting = read(Self.threeOfKost + """
            1. Föregående anteckningar
            Anteckningarna från förra träffen gicks igenom.
            Elin Forsgård påpekade att Bjuv har två kockar, inte tre.

            2. Specialkost
            Vidar Stenmark tog upp att specialkosten blir dyrare. Han ville veta hur andra kommuner har gjort.
            Ruth Backlund berättade att Perstorp handlar upp tillsammans med Bjuv.

            3. Övrigt
            Vidar Stenmark undrade hur ni planerar julen. Ruth Backlund svarade att den är planerad.
            Elin Forsgård berättade att Bjuv bygger om köket.
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Vidar Stenmark"], ["Vidar Stenmark", "Elin Forsgård"]])
        #expect(meeting.items[1].raisedBy.first?.statement.contains("Perstorp handlar upp") == true)
    }

    /// An agenda table over the notes under numbered headings ("| 2 | Gemensam mall … |" over
    /// "## 2 – Mallen"): the headings are the items, each titled by its row, the row's cells with
    /// its notes; a cell that decides nothing ("Information", "Se nedan") no decision; and an item
    /// dropped ("Utgick …") no item, its words kept in the notes. Before, the table's heading was an
    /// item and the rows' titles were lost.
    @Test func anAgendaTableOverNumberedHeadings() {
        let meeting = read("""
            # Kostnätverket – anteckningar 9/10 2025

            **Deltagare:** Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm), Elin Forsgård (Bjuv)

            ## Dagordning

            | Nr | Rubrik | Ansvarig | Beslut |
            |----|--------|----------|--------|
            | 1 | Nya regler för specialkost i skolan | Vidar | Information |
            | 2 | Gemensam upphandling av livsmedel | Elin | Se nedan |
            | 3 | Kostdagen i maj | Ruth | Utgick |

            ## 1 – Specialkost

            Vidar Stenmark berättade att reglerna ändras i januari.

            ## 2 – Upphandlingen

            Elin Forsgård tog upp att avtalet löper ut.

            Beslut: Kommunerna handlar upp tillsammans från 2026.

            ## 3 – Kostdagen

            Utgick eftersom Ruth hade förhinder. Tas upp i december.
            """)
        #expect(meeting.items.map(\.title) == ["Nya regler för specialkost i skolan", "Gemensam upphandling av livsmedel"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Elin Forsgård"]])
        #expect(meeting.items[0].decisions.isEmpty)
        #expect(meeting.items[1].decisions == ["Kommunerna handlar upp tillsammans från 2026."])
        #expect(meeting.items[0].text.contains("Specialkost"))
        #expect(meeting.notes.contains("Ruth hade förhinder"))

        // A table whose numbers are not all the headings' titles none of them.
        let other = read("""
            # Kostnätverket – anteckningar 9/10 2025

            **Deltagare:** Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm)

            ## Uppföljning från förra mötet

            | Nr | Rubrik | Beslut |
            |----|--------|--------|
            | 1 | Enkäten | Skickas i maj |
            | 2 | Mjölken | Köps själva |

            ## 1 – Specialkost

            Vidar Stenmark berättade att reglerna ändras i januari.

            ## 3 – Upphandlingen

            Ruth Backlund tog upp att avtalet löper ut.
            """)
        #expect(other.items.map(\.title).suffix(2) == ["Specialkost", "Upphandlingen"])
    }

    /// An item whose text or title line opens by saying it was dropped ("Hann vi inte med.",
    /// "4. Nattillsyn – utgick")
    /// is no item; an item that tells of something else dropped later on is one.
    @Test func anItemDropped() {
        let meeting = read("""
            Kostnätverket
            Anteckningar 2025-10-09

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            1. Specialkost
            Vidar Stenmark tog upp att kosten blir dyrare. Punkten om mjölk ströks ur avtalet.

            2. Kostdagen
            Hann vi inte med. Tas upp i december.

            3. Enkäten
            Ruth Backlund berättade att enkäten är ute.

            4. Nattillsyn – utgick
            """)
        #expect(meeting.items.map(\.title) == ["Specialkost", "Enkäten"])
        #expect(meeting.notes.contains("Hann vi inte med"))

        // A heading saying so, over its text; an item that opens with something dropped and goes on at length is one.
        let headed = read("""
            # Kostnätverket 9 oktober 2025

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            ## Avtalet
            Mjölken ströks ur avtalet i somras.
            Vidar Stenmark berättade att skolorna nu köper mjölk själva.
            Ruth Backlund frågade vad det kostar.
            Vidar svarade att det blev dyrare.
            Ruth berättade att Perstorp gör likadant.
            Vi enades om att följa upp kostnaden.

            ## Kostdagen – utgick
            Tas upp i december.

            ## Enkäten
            Ruth Backlund berättade att enkäten är ute.
            """)
        #expect(headed.items.map(\.title) == ["Avtalet", "Enkäten"])
        // (In capitals too, as a title may be written.)
        let capitals = read("""
            # Kostnätverket 9 oktober 2025

            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            ## ENKÄTEN
            Ruth Backlund berättade att enkäten är ute.

            ## KOSTDAGEN – UTGICK
            Tas upp i december.

            ## ÖVRIGT
            Vidar Stenmark informerade om en ny kock.
            """)
        #expect(capitals.items.map(\.title) == ["ENKÄTEN", "ÖVRIGT"])
    }

    /// A day's programme whose titles are numbered after their times ("13.15–13.50   2. Specialkost",
    /// its notes indented under it): each an item by its number, a break between them ("14.20–14.35
    /// Paus", nothing noted) none, and "Beslut: Ingen beslutspunkt" no decision. Before, most of the
    /// items were lost into the one above them.
    @Test func aProgrammeWithNumberedTitles() {
        let meeting = read("""
            KOSTNÄTVERKET

            Tid:          9 oktober 2025, kl. 13.00–16.00
            Närvarande:   Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm; Elin Forsgård, Bjuv


            13.00–13.15   1. Välkomna

                          Ruth hälsade välkommen.


            13.15–14.00   2. Specialkost i skolan
                          Föredragande: Vidar Stenmark

                          Vidar Stenmark berättade att specialkosten blir dyrare.
                          Beslut: Ingen beslutspunkt, informationen noterades.


            14.00–14.15   Paus


            14.15–15.00   3. Upphandling

                          Elin Forsgård tog upp att avtalet löper ut.
                          Beslut: Kommunerna handlar upp tillsammans.
            """)
        #expect(meeting.items.map(\.title) == ["Välkomna", "Specialkost i skolan", "Upphandling"])
        #expect(meeting.items.map(\.number) == ["1", "2", "3"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Vidar Stenmark"], ["Elin Forsgård"]])
        #expect(meeting.items.map(\.decisions.isEmpty) == [true, true, false])
    }

    /// A protocol's paragraphs numbered with their year ("§ 7/2024     Specialkost"), as a register
    /// keeps them running over the years: each an item. Before, none was read.
    @Test func paragraphsNumberedWithTheirYear() {
        let meeting = read("""
            Kostnätverket                     PROTOKOLL
            Sammanträdesdatum 2024-10-09

            Närvarande    Ruth Backlund, Perstorp
                          Vidar Stenmark, Ängelholm

            § 7/2024     Specialkost i skolan

            Vidar Stenmark redogjorde för de nya reglerna.

            Nätverket beslutar
            att följa upp reglerna i december.

            § 8/2024     Övriga frågor

            Ruth Backlund informerade om kostdagen.
            """)
        #expect(meeting.items.map(\.title) == ["Specialkost i skolan", "Övriga frågor"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Vidar Stenmark"], ["Ruth Backlund"]])
        #expect(meeting.items[0].decisions.contains { $0.contains("följa upp reglerna") })
    }

    /// Notes in abbreviations, people by initials a key names: who put an item on the agenda
    /// ("(anm. VS, RB)") raises it and is no part of its title; a note signed at its end ("… /EF") is
    /// its signer's, on a matter raised a point made on it, under "Övrigt" a matter of their own
    /// unless it asks; a title of abbreviations ("Föreg. prot.") keeps its full stops.
    @Test func initialledNotesAndAnnouncedItems() {
        let meeting = read("""
            Kostnätverket, minnesant. 251009

            Närv.:  RB, VS, EF
            Sign.
              RB   Ruth Backlund      Per
              VS   Vidar Stenmark     Äng
              EF   Elin Forsgård      Bju

            1. Föreg. prot.
               – Godkänt.

            2. Specialkost i skolan (anm. VS, RB)
               – Kosten blir dyrare fr.o.m. jan. /VS
               – Gäller det även förskolan? /EF
               – Ja, alla enheter. /VS

            3. Övrigt
               – Ny kock i Bju fr. maj. /EF
               – Kan vi byta recept? /VS
               – Kostdagen flyttas till juni. /RB
            """)
        #expect(meeting.items.map(\.title) == ["Föreg. prot.", "Specialkost i skolan", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Vidar Stenmark", "Ruth Backlund"], ["Elin Forsgård", "Ruth Backlund"]])
        #expect(meeting.items[1].raisedBy.first?.statement.contains("Kosten blir dyrare") == true)
        #expect(!meeting.items[1].raisedBy[0].statement.contains("/VS"))
        #expect(meeting.items[1].raisedBy.last?.statement.contains("Kosten blir dyrare") == false)
    }

    /// An outline where every part is a heading over its points ("2    Polisen" over "2.1  Presentation",
    /// "2.2  Frågor"): the points are the part's, one item; where a part has text of its own before
    /// its points, or few parts have points, each point is an item of its own. Who signs the notes and
    /// who checks them, in columns by a tab under their labels, are two: the scribe is no one's role.
    @Test func pointsOfPartsThatAreHeadings() {
        let meeting = read("""
            Kostnätverket
            Datum: 2025-10-09
            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm; Elin Forsgård, Bjuv

            1    Aktuellt från kommunerna

            1.1  Perstorp
                 Ruth Backlund berättade att köket byggs om.

            1.2  Bjuv
                 Elin Forsgård informerade om en ny kock.

            2    Specialkost

            2.1  Presentation
                 Vidar Stenmark från kostenheten i Ängelholm Stad berättade om de nya reglerna.

            2.2  Beslut
                 Nätverket beslutade att följa upp reglerna i december.

            3    Övrigt
                 Inget.

            Vid anteckningarna	Justeras
            Elin Forsgård	Ruth Backlund
            """)
        #expect(meeting.items.map(\.title) == ["Aktuellt från kommunerna", "Specialkost", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund", "Elin Forsgård"], ["Vidar Stenmark"], []])
        #expect(meeting.items[1].decisions.contains { $0.contains("följa upp reglerna") })
        #expect(meeting.items[0].text.hasPrefix("Perstorp\n"))
        #expect(meeting.scribe?.name == "Elin Forsgård")
        #expect(meeting.scribe?.role == nil)

        // A part with text of its own before its points: they are items of their own.
        let own = read("""
            Kostnätverket
            Datum: 2025-10-09
            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            1. Aktuellt från kommunerna
            Varje kommun berättade kort.
            1.1 Perstorp
            Ruth Backlund berättade att köket byggs om.
            1.2 Ängelholm
            Vidar Stenmark berättade om en ny kock.
            2. Specialkost
            2.1 Reglerna
            Vidar Stenmark tog upp de nya reglerna.
            """)
        // ("2. Specialkost" with no text of its own over "2.1 Reglerna": their section, no item; since reader 214.)
        #expect(own.items.map(\.title) == ["Aktuellt från kommunerna", "Perstorp", "Ängelholm", "Reglerna"])
        #expect(own.items.last?.section == "Specialkost")
        // Two parts of five with points: those points are items of their own too.
        let few = read("""
            Kostnätverket
            Datum: 2025-10-09
            Närvarande: Ruth Backlund, Perstorp; Vidar Stenmark, Ängelholm

            1. Öppnande
            Ruth hälsade välkommen.
            2. Aktuellt
            2.1 Perstorp
            Ruth Backlund berättade att köket byggs om.
            3. Specialkost
            3.1 Reglerna
            Vidar Stenmark tog upp de nya reglerna.
            4. Kostdagen
            Vidar Stenmark informerade om kostdagen.
            5. Övrigt
            Inget.
            """)
        #expect(few.items.map(\.title) == ["Öppnande", "Perstorp", "Reglerna", "Kostdagen", "Övrigt"])
    }
}
