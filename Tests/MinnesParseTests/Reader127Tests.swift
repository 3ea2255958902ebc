import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 127 reads, each rule on minutes written here.
@Suite("Readers 127 on")
struct Reader127Tests {
    /// A grid table (`+---+` rules, cells over many lines): a table of labels as its labels, a table of
    /// items a row an item, its number out of the title, its decision column its decision.
    @Test func aGridTableIsReadByItsCells() {
        let minutes = read("""
            BOENDENÄTVERKET
            Minnesanteckningar

            +---------------+----------------------------------------+
            | Datum         | Tisdag 14 april 2026, kl. 9–12         |
            +---------------+----------------------------------------+
            | Plats         | Bjuv, Medborgarhuset, rum Söderåsen    |
            +---------------+----------------------------------------+
            | Deltagare     | Rakel Brunnström, Bjuv (ordförande)    |
            |               | Tobias Lundkvist, Klippan              |
            |               | Vivianne Oskarsson, Perstorp           |
            +---------------+----------------------------------------+
            | Gäst          | Folke Ahrén, förvaltare, Bostads AB    |
            |               | Bjuvsbostäder, Bjuv (punkt 2)          |
            +---------------+----------------------------------------+

            +------------------+--------------------------+-------------------+
            | Punkt            | Anteckning               | Beslut            |
            +==================+==========================+===================+
            | 1. Lägesrunda    | Tobias Lundkvist         | –                 |
            |                  | berättade att Klippan    |                   |
            |                  | har två lediga platser.  |                   |
            +------------------+--------------------------+-------------------+
            | 2. Hyreskontrakt | Folke Ahrén beskrev hur  | Nätverket tar     |
            | för unga         | bolaget skriver avtal.   | fram en mall för  |
            |                  |                          | andrahandsavtal.  |
            |                  | Vivianne Oskarsson       |                   |
            |                  | frågade om borgen.       |                   |
            +------------------+--------------------------+-------------------+
            """)
        #expect(minutes.date == "2026-04-14")
        #expect(minutes.place == "Bjuv, Medborgarhuset, rum Söderåsen")
        #expect(names(minutes.attendees) == ["Rakel Brunnström", "Tobias Lundkvist", "Vivianne Oskarsson"])
        #expect(names(minutes.chairs) == ["Rakel Brunnström"])
        // (A company, "Bostads AB Bjuvsbostäder", is no one.)
        #expect(names(minutes.guests) == ["Folke Ahrén"])
        #expect(minutes.items.map(\.title) == ["Lägesrunda", "Hyreskontrakt för unga"])
        #expect(minutes.items.map(\.number) == ["1", "2"])
        #expect(minutes.items[0].decisions.isEmpty)
        #expect(minutes.items[1].decisions.contains { $0.contains("mall för andrahandsavtal") })
        #expect(minutes.items[1].raisedBy.compactMap(\.name) == ["Folke Ahrén"])
        // (A cell's paragraphs apart, its wrapped lines one.)
        #expect(minutes.items[1].text.contains("bolaget skriver avtal.\nVivianne Oskarsson frågade om borgen."))
        // A table of names beside kommuner, no labels, is a table as Markdown's.
        let names = GridTable([
            "+------------+-----------+", "| Namn       | Kommun    |", "+============+===========+",
            "| Rakel      | Bjuv      |", "| Brunnström |           |", "+------------+-----------+",
        ])
        #expect(names?.asRead == ["| Namn | Kommun |", "| --- | --- |", "| Rakel Brunnström | Bjuv |", ""])
        // Two columns but no labels the readers know: a table, not labels ("Bjuv: 3" would say nothing).
        let counts = GridTable(["+--------+-------+", "| Bjuv   | 3     |", "+--------+-------+", "| Klippan| 5     |", "+--------+-------+"])
        #expect(counts?.asRead == ["| Bjuv | 3 |", "| --- | --- |", "| Klippan | 5 |", ""])
        // Bars out of the rule's corners: no grid, the lines as they are.
        #expect(GridTable(["+-----+-----+", "| a | b | c |"]) == nil)
    }

    /// Kommuner written by the minutes' own codes, with a legend: a code before a person is their
    /// kommun, after a first name too, elsewhere the kommun's name; the legend is no item.
    @Test func kommunCodesByTheirLegend() {
        let minutes = read("""
            Nätverket för ekonomiskt bistånd – minnesanteckningar
            Datum: 2026-05-06

            Förkortningar:
            HBG Helsingborg   KLP Klippan   PST Perstorp   BJV Bjuv

            Närvarande:
            HBG  Dagny Westberg, socialsekreterare – ordförande
            KLP  Ruben Falkenström, enhetschef

            Förhinder:
            PST  Ingeborg Sahlin

            1. Riktlinjer
            Ruben KLP tog upp att riktlinjerna från BJV är äldst.

            2. Övrigt
            Dagny HBG berättade om en ny e-tjänst.
            """)
        #expect(names(minutes.attendees) == ["Dagny Westberg", "Ruben Falkenström"])
        #expect(minutes.attendees.map(\.municipality) == ["Helsingborg", "Klippan"])
        #expect(names(minutes.chairs) == ["Dagny Westberg"])
        #expect(names(minutes.absent) == ["Ingeborg Sahlin"])
        #expect(minutes.absent.first?.municipality == "Perstorp")
        #expect(minutes.items.map(\.title) == ["Riktlinjer", "Övrigt"])
        #expect(minutes.items[0].raisedBy.first?.person?.municipality == "Klippan")
        #expect(minutes.items[0].text.contains("riktlinjerna från Bjuv"))
        // Without a legend, capitals stay as written; a heading in capitals holds no code.
        let unlegended = read("""
            Minnesanteckningar
            Datum: 2026-05-06
            NÄRVARO PER KOMMUN
            Närvarande: Dagny Westberg (Helsingborg)

            1. Riktlinjer
            Dagny tog upp att HBG har nya riktlinjer.
            """)
        #expect(unlegended.items.first?.text.contains("HBG har") == true)
        #expect(MinutesDocument.kommunCodes(["NÄRVARO PER KOMMUN", "HBG Helsingborg  PER Perstorp  BJV Bjuv"]) == ["NÄRVARO PER KOMMUN", ""])
        // The legend's heading is no heading of anything read.
        #expect(MinutesDocument.kommunCodes(["Koder:", "HBG Helsingborg  PER Perstorp  BJV Bjuv", "", "Dagny HBG"]) == ["", "", "", "Dagny (Helsingborg)"])
        // A body and its kommun on a line, or on a few, is no legend: its letters are not the kommun's.
        let bodies = ["Närvarande:", "LSS Bjuv", "IFO Klippan", "BUP Helsingborg", "", "IFO-cheferna och LSS i Bjuv"]
        #expect(MinutesDocument.kommunCodes(bodies) == bodies)
        let one = ["Närvarande:", "HBG Helsingborg", "", "Ada från HBG"]
        #expect(MinutesDocument.kommunCodes(one) == one)
    }

    /// Items marked "[1]" or "P1 –"; the labels "Närv:" and "Besök:".
    @Test func moreMarkersAndLabels() {
        let minutes = read("""
            Anhörignätverket, träff 7/10-26

            Närv: Britta Carlstedt (Hbg), Orvar Lindh (Kli)
            Besök: Signe Wahlgren, Anhörigas riksförbund

            P1 – Anhörigveckan
            Britta berättade om programmet.

            P2 – Övrigt
            Orvar tog upp lokalfrågan.
            """)
        #expect(names(minutes.attendees) == ["Britta Carlstedt", "Orvar Lindh"])
        #expect(names(minutes.guests) == ["Signe Wahlgren"])
        #expect(minutes.items.map(\.title) == ["Anhörigveckan", "Övrigt"])
        let bracketed = read("""
            Minnesanteckningar 2026-10-07
            Närvarande: Britta Carlstedt, Orvar Lindh

            [1] Anhörigveckan
            Britta berättade om programmet.

            [2] Övrigt
            Orvar tog upp lokalfrågan.
            """)
        #expect(bracketed.items.map(\.title) == ["Anhörigveckan", "Övrigt"])
        #expect(PeopleLists.heading("Besökare: Signe Wahlgren")?.0 == .guests)
    }

    /// The network the title names over one a line under it describes, unless that line gives the
    /// title's name in full.
    @Test func theTitlesNetwork() {
        let titled = read("""
            LSS-nätverket – minnesanteckningar
            Nätverket för handläggare inom LSS i Familjen Helsingborg
            Datum: 2026-02-02
            Närvarande: Britta Carlstedt, Orvar Lindh
            """)
        #expect(titled.network == "LSS-nätverket")
        let fuller = read("""
            Chefsnätverket   Minnesanteckningar 2026-02-02
            Chefsnätverket för ekonomiskt bistånd
            Datum: 2026-02-02
            Närvarande: Britta Carlstedt, Orvar Lindh
            """)
        #expect(fuller.network == "Chefsnätverket för ekonomiskt bistånd")
    }

    /// A wiki page in Confluence's markup: headings, a table's header and rows with their status
    /// icons, labels in header cells, users mentioned, macros and bold.
    @Test func aWikiPagesMarkup() {
        let page = read("""
            h1. Nätverket för hemtjänst – möte 2 juni 2026

            {info:title=Om sidan}
            Skapad från mallen Mötesanteckningar.
            {info}

            h2. Mötesinformation
            ||Datum|tisdag 2 juni 2026, kl. 9–12|
            ||Plats|Höganäs, Tornlyckan|
            ||Mötesledare|[~majvor.lindqvist]|
            ||Föregående möte|[Nätverksmöte 30 april|Nätverksmöte 2026-04-30]|

            h2. Deltagare
            ||Namn||Kommun||Närvaro||
            |Majvor Lindqvist|Höganäs|(/)|
            |Gunnar Fahlén|Bjuv|(/)|
            |Ester Wikström|Klippan|(x)|

            (i) Bjuv och Klippan delar på en plats i arbetsgruppen.

            h2. Punkter
            h3. 1. Nyckelfria lås
            *Vem:* [~gunnar.fahlen]
            Gunnar Fahlén berättade om Bjuvs upphandling. Majvor påpekade att Höganäs upphandlare redan har beslutat att avtalet förlängs.

            *Beslut:* –

            h3. 2. Övrigt
            * [] [~majvor.lindqvist] skickar ut kallelsen
            """)
        #expect(page.date == "2026-06-02")
        #expect(page.place == "Höganäs, Tornlyckan")
        #expect(names(page.attendees) == ["Majvor Lindqvist", "Gunnar Fahlén"])
        #expect(names(page.absent) == ["Ester Wikström"])
        #expect(names(page.chairs) == ["Majvor Lindqvist"])
        #expect(page.items.map(\.title) == ["Nyckelfria lås", "Övrigt"])
        #expect(page.items[0].raisedBy.compactMap(\.name) == ["Gunnar Fahlén"])
        // (One told of as having decided, in the perfect: no decision of the meeting's.)
        #expect(page.items[0].decisions.isEmpty)
        #expect(!page.notes.contains("{info"))
        #expect(page.notes.contains("Föregående möte: Nätverksmöte 30 april"))
        #expect(page.notes.contains("\nBjuv och Klippan delar på en plats"))
        #expect(page.items[1].text == "- Majvor Lindqvist skickar ut kallelsen")
        // One such heading is no wiki page: "h1. " may be a line of prose's.
        #expect(MinutesDocument.wikiMarkup(["h1. Rubrik", "||Datum|idag|"]) == ["h1. Rubrik", "||Datum|idag|"])
        #expect(DecisionReader.decidingSentences("Ordföranden konstaterade att nätverket har beslutat att ses i maj.").count == 1)
    }

    /// A planner's export saved with semicolons: labels of two cells under "Fält;Värde", then a
    /// table whose cells in quotes run over many lines (lines without a semicolon), two presenting an
    /// item apart by a semicolon in their cell.
    @Test func aPlannersExportWithSemicolons() {
        let export = read("""
            Fält;Värde
            Mötesserie;Nätverket för familjerätt
            Start;2026-09-17 13:00
            Plats;Åstorp, Kulturhuset
            Deltagare;"Signe Ahlqvist, Åstorp; Tore Wendel, Bjuv; Maud Ringborg, Klippan"
            ;
            Nr;Rubrik;Föredragande;Anteckning;Beslut
            1;Umgängesstöd;"Signe Ahlqvist; Tore Wendel";"Signe Ahlqvist berättade om väntetiderna.
            Tore Wendel fyllde i med Bjuvs siffror.
            Väntetiderna är längst i Bjuv.
            Maud Ringborg undrade om taket för timmar.";"Nätverket tar fram en gemensam mall."
            2;Övrigt;;"Inget övrigt.";
            """)
        #expect(export.date == "2026-09-17")
        #expect(export.place == "Åstorp, Kulturhuset")
        #expect(names(export.attendees) == ["Signe Ahlqvist", "Tore Wendel", "Maud Ringborg"])
        #expect(export.items.map(\.title) == ["Umgängesstöd", "Övrigt"])
        #expect(export.items[0].raisedBy.compactMap(\.name) == ["Signe Ahlqvist", "Tore Wendel"])
        #expect(export.items[0].decisions == ["Nätverket tar fram en gemensam mall."])
        // (The cell's lines apart, as written.)
        #expect(export.items[0].text.contains("väntetiderna.\nTore Wendel"))
    }

    /// A joint meeting of two networks: its lists in parts by network (a network's name over its
    /// people indented, or before a colon on a person's line), and the network the title names first.
    @Test func aJointMeetingsLists() {
        let joint = read("""
            GEMENSAMT MÖTE
            Anhörignätverket och Nätverket för demensvård

            Datum: 2026-10-15

            NÄRVARANDE

            Anhörignätverket
                Greta Hammarlund, Bjuv (ordförande)
                Ossian Frisk, Klippan

            Nätverket för demensvård
                Lilian Strömgren, Perstorp (ordförande)
                Hampus Ek, Svalöv

            Förhinder
                Anhörignätverket: Siri Dahlbom, Åstorp
                Nätverket för demensvård: Vidar Nyqvist, Båstad

            1. Gemensam utbildning
            Greta Hammarlund tog upp en gemensam utbildningsdag.
            """)
        #expect(names(joint.attendees) == ["Greta Hammarlund", "Ossian Frisk", "Lilian Strömgren", "Hampus Ek"])
        #expect(names(joint.chairs) == ["Greta Hammarlund", "Lilian Strömgren"])
        #expect(names(joint.absent) == ["Siri Dahlbom", "Vidar Nyqvist"])
        #expect(joint.network == "Anhörignätverket")
    }

    /// A log whose entries wrap onto lines indented under their text: each entry read whole, a
    /// sentence a line (who was connected from the start, who sent word), its chair and scribe in
    /// sentences.
    @Test func aLogsWrappedEntries() {
        let log = read("""
            Nätverket för fältsekreterare
            Anteckningar från digitalt möte onsdag 4 november 2026, kl. 13.00–14.30

            Anteckningarna är förda under mötet av Edla Strand, Svalöv.

            13.00  Mötet öppnades. Uppkopplade från start var Kerstin Ulfsdotter
                   (Landskrona), Edla Strand (Svalöv) och Anders Gyllen
                   (Höganäs).
            13.02  Kerstin Ulfsdotter är vice ordförande och ledde mötet.
            13.03  Återbud från Hilma Rosenqvist (Bjuv).
            13.04  Ivar Holm (Bjuv) anslöt och fick en kort sammanfattning.
            13.05  Punkt 1: Sommarens arbete
            13.06  Anders Gyllen berättade om kvällspassen i Höganäs
                   under sommaren.
            13.20  Punkt 2: Övrigt
            13.21  Edla Strand tog upp utbildningsdagen i mars.
            13.30  Mötet avslutades.
            """)
        #expect(names(log.attendees) == ["Kerstin Ulfsdotter", "Edla Strand", "Anders Gyllen", "Ivar Holm"])
        #expect(names(log.chairs) == ["Kerstin Ulfsdotter"])
        #expect(log.scribe?.name == "Edla Strand")
        #expect(names(log.absent) == ["Hilma Rosenqvist"])
        #expect(log.items.map(\.title) == ["Sommarens arbete", "Övrigt"])
        #expect(log.items[0].text.contains("kvällspassen i Höganäs under sommaren"))
        // Who sent word beside lists: one named, not one who told of it.
        let listed = read("""
            Nätverksträff 2026-05-19
            Närvarande: Ines Borg (Höganäs), Jonas Vide (Landskrona)

            Ines Borg hälsade välkommen och berättade att Sara Holm hade förhinder.

            1. Samarbetssamtal
            Ines Borg berättade om väntetiderna.
            """)
        #expect(names(listed.absent) == ["Sara Holm"])
        // Beside a list of those away: one more, and one listed there once.
        let more = read("""
            Nätverksträff 2026-05-19
            Närvarande: Ines Borg (Höganäs), Jonas Vide (Landskrona)
            Förhinder: Sara Holm (Bjuv)

            Sara Holm hade förhinder. Återbud från Per Lund (Klippan).

            1. Samarbetssamtal
            Ines Borg berättade om väntetiderna.
            """)
        #expect(names(more.absent) == ["Sara Holm", "Per Lund"])
    }

    /// Review 8's findings on readers 127–129 (minutes written by a helper who had not read the
    /// reader), each narrowed.
    @Test func reviewedEighth() {
        // Sources cited at the end, "[1] Skolverket (2025). …", are no items.
        let cited = read("""
            Minnesanteckningar 2026-04-08
            Närvarande: Greta Ohlin (Bjuv), Fredrik Ahl (Klippan)

            1. Psykisk ohälsa bland unga
            Greta Ohlin berättade om rapporten.

            2. Övrigt
            Inget.

            Källor:
            [1] Skolverket (2025). Elevhälsans arbete med psykisk hälsa.
            [2] Folkhälsomyndigheten (2024). Skolbarns hälsovanor.
            [3] Socialstyrelsen (2023). Vägledning.
            """)
        #expect(cited.items.map(\.title) == ["Psykisk ohälsa bland unga", "Övrigt"])
        // A signature with a name, or a role, and the date is no place; a building and a kommun are.
        let signed = { (line: String) in
            read("Minnesanteckningar 2025-02-03\nNärvarande: Rut Lind (Bjuv), Ola Ek (Klippan)\n\n1. Läget\nOla Ek berättade.\n\n2. Övrigt\nInget.\n\n" + line + "\n").place
        }
        #expect(signed("Rut Lind den 3 februari 2025") == nil)
        #expect(signed("Sekreterare Rut Lind, 2025-02-03") == nil)
        #expect(signed("Antecknat av Rut Lind, Bjuv, 2025-02-03") == nil)
        #expect(signed("Stadshuset, Bjuv, 2025-02-03") == "Stadshuset, Bjuv")
        // A code beside a word in capitals is a heading's word; a legend may have a label and dots.
        #expect(MinutesDocument.kommunCodes(["Förkortningar: SVL Svalöv · LKR Landskrona · HÖG Höganäs", "2. HÖG PRIORITET: Boendet", "Tilda LKR berättade."])
            == ["", "2. HÖG PRIORITET: Boendet", "Tilda (Landskrona) berättade."])
        // A table's item numbered by a number alone: its title what is noted first.
        let numbered = read("""
            Minnesanteckningar 2026-06-10
            Närvarande: Ahmed Karimi (Bjuv), Hans Ljung (Perstorp)

            | Punkt | Anteckning | Beslut |
            |---|---|---|
            | 1 | Sommarens insatser. Ahmed Karimi redovisade läget. | Nätverket ses i augusti. |
            | 2 | Övrigt | – |
            """)
        #expect(numbered.items.map(\.title) == ["Sommarens insatser", "Övrigt"])
        #expect(numbered.items.map(\.number) == ["1", "2"])
    }

    /// A newsletter from the chair: its topics marked by squares (items, numbered by none), who came
    /// in its opening ("Vi var sju från nätverket: …"), the meeting's day in a heading whose year the
    /// issue's number above gives.
    @Test func aNewslettersSquares() {
        let letter = read("""
            NYHETSBREV – Nätverket för ensamkommande
            Nr 2/2026 · maj 2026

            FRÅN NÄTVERKSTRÄFFEN DEN 7 MAJ

            Hej alla!

            Vi var tre från nätverket: Elin Vadström (Bjuv), Tomas Lyck (Klippan) och Hedda Fors (Perstorp).

            ■ Boende för unga vuxna

            Elin Vadström berättade om Bjuvs nya träningslägenheter.

            ■ Kort om övrigt

            Tomas Lyck tog upp sommarens fältarbete.

            Hälsningar
            Hedda Fors
            """)
        #expect(letter.date == "2026-05-07")
        #expect(names(letter.attendees) == ["Elin Vadström", "Tomas Lyck", "Hedda Fors"])
        #expect(letter.items.map(\.title) == ["Boende för unga vuxna", "Kort om övrigt"])
        #expect(letter.items.map(\.number) == [nil, nil])
        #expect(letter.items.map { $0.raisedBy.compactMap(\.name) } == [["Elin Vadström"], ["Tomas Lyck"]])
    }

    /// Another body's decision told of, by its genitive in the perfect, is no decision of the meeting.
    @Test func anotherBodysDecisionToldOf() {
        #expect(DecisionReader.decidingSentences("Polisens regionala ledning har beslutat att varje kommun får en kontaktperson.").isEmpty)
        #expect(!DecisionReader.decidingSentences("Nätverkets medlemmar har beslutat att träffas varannan månad.").isEmpty)
    }

    /// Where the minutes were written, on the meeting's day, over the signature: the place.
    @Test func thePlaceOverTheSignature() {
        let letter = """
            Anhörignätverket, träff 7/10-26

            Närvarande: Britta Carlstedt (Helsingborg), Orvar Lindh (Klippan)

            1. Anhörigveckan
            Britta berättade om programmet.

            2. Övrigt
            Orvar tog upp lokalfrågan.

            Gruppbostaden Linden, Klippan, 7/10-26
            Orvar Lindh
            """
        #expect(read(letter).place == "Gruppbostaden Linden, Klippan")
        #expect(read(letter.replacingOccurrences(of: "Klippan, 7/10-26", with: "Klippan den 7 oktober 2026")).place == "Gruppbostaden Linden, Klippan")
        // Another day's: not this meeting's.
        #expect(read(letter.replacingOccurrences(of: "Klippan, 7/10-26", with: "Klippan, 9/10-26")).place == nil)
    }
}
