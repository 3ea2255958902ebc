import Testing

@testable import MinnesParse

/// Layouts met in the fixtures written blind after reader 99 (varied22–25), each rule on minutes
/// written here.
@Suite("Readers 100 on")
struct Reader100Tests {
    /// Signatures in two columns under their labels: the scribe is the name under "Vid anteckningarna".
    @Test func signaturesInTwoColumns() {
        let meeting = read("""
            Lex Maria-nätverket

            Datum: 2025-03-04
            Närvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan

            1. Rapporter
            Tora Vik berättade om läget.

            2. Övrigt
            Inget.

            Vid anteckningarna              Justeras

            Ebbe Sand                       Tora Vik
            """)
        #expect(meeting.scribe?.name == "Ebbe Sand")
        // A network's name of two capitalised words on a line of its own.
        #expect(meeting.network == "Lex Maria-nätverket")
        // Not a sentence opening so.
        #expect(read("Sedan Barnahus-nätverket startade har vi setts.\nDatum: 2025-03-04").network != "Sedan Barnahus-nätverket")
    }

    /// A form's blocks between dashed rules, each headed by "Ärende:" over its other fields.
    @Test func formBlocksTitledByTheirLabel() {
        let meeting = read("""
            Nätverket för daglig verksamhet
            Datum: 2025-05-06
            Närvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan

            - - - - - - - - - - - - - - - - - - - -
            Ärende:      Ledsagning till arbetsplatser
            Bakgrund:    Tora Vik tog upp att resorna blivit dyrare sedan i våras
                         och att fler deltagare behöver stöd.
            Beslut:      Kommunerna jämför sina kostnader.
            - - - - - - - - - - - - - - - - - - - -
            Ärende:      Nya lokaler i Klippan
            Bakgrund:    Stående fråga sedan i våras
            Diskussion:  Ebbe Sand berättade om flytten i höst.
            Beslut:      –
            - - - - - - - - - - - - - - - - - - - -
            """)
        #expect(meeting.items.map(\.title) == ["Ledsagning till arbetsplatser", "Nya lokaler i Klippan"])
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Tora Vik"], ["Ebbe Sand"]])
        #expect(meeting.items.map(\.decisions) == [["Kommunerna jämför sina kostnader."], []])
    }

    /// "Uppkopplade:" lists who came, "Värd och ordförande för dagen:" the chair, "Antecknade:" the
    /// scribe; a guest's body after the name is no second guest.
    @Test func labelsOfAMeetingOnlineAndAHost() {
        let online = read("""
            Datum: 2025-10-21
            Mötesledare: Tora Vik, Bjuv

            Uppkopplade:
            Tora Vik, Bjuv
            Ebbe Sand, Klippan

            1. Läget
            Ebbe Sand berättade.
            2. Övrigt
            Inget.
            """)
        #expect(names(online.attendees) == ["Tora Vik", "Ebbe Sand"])
        let hosted = read("""
            Datum: 2025-09-11
            Värd och ordförande för dagen: Tora Vik, Åstorp
            Antecknade: Ebbe Sand, Klippan

            Deltog: Tora Vik, Åstorp; Ebbe Sand, Klippan; Lina Ås, Bjuv
            Gäst: Mira Holt, Röda Korset Nordvästra Skåne (pkt 2)

            1. Läget
            Lina Ås berättade.
            2. Övrigt
            Inget.
            """)
        #expect(names(hosted.chairs) == ["Tora Vik"])
        #expect(hosted.scribe?.name == "Ebbe Sand")
        #expect(names(hosted.guests) == ["Mira Holt"])
    }

    /// A meeting over two days of two months is dated by its first, in the year the second names.
    @Test(arguments: [
        ("Anteckningar från internatet 30 september–1 oktober 2025", "2025-09-30"),
        ("Anteckningar från internatet 30 december – 2 januari 2026", "2025-12-30"),
    ])
    func daysOverTwoMonths(heading: String, date: String) {
        #expect(read("\(heading)\n\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\n\n1. Läget\nTora berättade.").date == date)
    }

    /// Word's non-breaking spaces and the Symbol font's bullets, as converters leave them; a kommun
    /// or a body first, the name after a spaced dash.
    @Test func symbolBulletsAndNonBreakingSpaces() {
        let meeting = read("""
            Datum:\tmåndag 2\u{A0}december 2024
            Närvarande
            \u{F0B7}\tBjuv\u{A0}– Tora Vik, socialsekreterare
            \u{F0B7}\tKlippan\u{A0}– Ebbe Sand, enhetschef

            Gäst
            \u{F0B7}\tRegion Skåne, Habiliteringen Nordväst – Mira Holt, psykolog (punkt 2)

            1.\tLäget
            \u{F0B7}\tTora Vik berättade om kön.
            Beslut:\tKommunerna delar sina siffror.
            \u{F0B7}\tBarn- och utbildningsnämnden i Klippan har beslutat att anställa en kurator.

            2.\tÖvrigt
            \u{F0B7}\tInget.
            """)
        #expect(meeting.date == "2024-12-02")
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand"])
        #expect(names(meeting.guests) == ["Mira Holt"])
        // A decision after its label and a tab; a kommun's committee's decision told of, no decision here.
        #expect(meeting.items.first?.decisions == ["Kommunerna delar sina siffror."])
    }

    /// An outline as Word numbers it: the top level's number without its dot, points under it (since
    /// reader 173, the points of parts that are headings alone are their part's: one item each).
    @Test func anOutlineNumberedWithoutDots() {
        let meeting = read("""
            Datum: 2025-04-08
            Närvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan

            1\tLäget i kommunerna
            1.1\tBjuv
            Tora Vik berättade om kön.
            2\tUtbildning
            2.1\tKostnader
            Ebbe Sand föreslog en gemensam dag.
            3\tÖvrigt
            Inget.
            """)
        #expect(meeting.items.map(\.title) == ["Läget i kommunerna", "Utbildning", "Övrigt"])
        #expect(meeting.items.first?.text.contains("Bjuv\nTora Vik berättade om kön.") == true)
        // Not a table's rows that start with numbers.
        let table = read("""
            Datum: 2025-04-08
            Närvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan

            1. Läget
            Tora Vik berättade.
            2. Beslutslista
            22    Gemensam mall    klart
            23    Statistik        1/1
            24    Utbildning       –
            2.1 Uppföljning
            """)
        #expect(!table.items.map(\.title).contains("Gemensam mall    klart"))
    }

    /// Labels led to their values by dots without a colon, "Ledde träffen", and questions sent in
    /// as items ("FRÅGA 1   Titel"), a guest "under fråga 3".
    @Test func dotLeadersWithoutColonsAndQuestionsAsItems() {
        let meeting = read("""
            Förvaltarnätverket

            Träff ............. tisdag 4 februari 2025
            Var ............... Höganäs, Kulturhuset
            Ledde träffen ..... Tora Vik, samordnare, Bjuv

            Deltog
              Bjuv ............. Tora Vik
              Klippan .......... Ebbe Sand

            Gäst under fråga 2: Mira Holt, handläggare på överförmyndarförvaltningen
            i Helsingborg.

            ==========================================
            FRÅGA 1   Avgifter för förvaltningen
                      Inskickad av Klippan
            ==========================================

            Ebbe Sand berättade att Klippan tar ut en avgift.

            ==========================================
            FRÅGA 2   Överlämning till god man
                      Inskickad av Bjuv
            ==========================================

            Mira Holt gick igenom vad som lämnas över.
            """)
        #expect(meeting.place == "Höganäs, Kulturhuset")
        #expect(names(meeting.chairs) == ["Tora Vik"])
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand"])
        #expect(names(meeting.guests) == ["Mira Holt"])
        #expect(meeting.items.map(\.title) == ["Avgifter för förvaltningen", "Överlämning till god man"])
        // An ellipsis is no leader: "Vi funderade .... länge" stays a sentence.
        #expect(MinutesDocument.dotLeader("Vi funderade .... länge") == nil)
    }

    /// A slide deck's outline: the slides the agenda's slide lists are the items, a hidden one none;
    /// who came on a slide of its own ("Vilka är här idag?"), its notes of who leads and writes.
    @Test func aSlideDeckWithAnAgendaSlide() {
        let meeting = read("""
            Bild 1
            Nätverket för hembesök
            Nätverksträff tisdag 18 mars 2025

            Bild 2
            Dagordning
            • Brandsäkerhet
            • Övrigt

            Bild 3
            Vilka är här idag?
            • Tora Vik, Bjuv – leder träffen
            • Ebbe Sand, Klippan – skriver i anteckningsfältet
            • Lina Ås, Höganäs

            Bild 4
            Brandsäkerhet
            • Brandvarnare
            Nätverket | Träff | 4
            Anteckningar:
            Lina Ås berättade om räddningstjänstens besök.

            Bild 5 (dold bild)
            Samverkan med vårdcentralen
            Anteckningar:
            Från förra träffen.

            Bild 6
            Övrigt
            Anteckningar:
            Ebbe Sand informerade om en ny broschyr.
            """)
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Lina Ås"])
        #expect(names(meeting.chairs) == ["Tora Vik"])
        #expect(meeting.scribe?.name == "Ebbe Sand")
        #expect(meeting.items.map(\.title) == ["Brandsäkerhet", "Övrigt"])
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Lina Ås"], ["Ebbe Sand"]])
        #expect(!meeting.items[0].text.holds("| 4"))
    }

    /// Who sat at the table and who joined online, who sent word they could not come; a network
    /// named after "Nätverket"; the meeting standing behind a proposal.
    @Test func roundTheTableOnlineAndStandingBehind() {
        let meeting = read("""
            Nätverket Öppen dörr – anteckningar från träffen 15 jan -25

            Var: Bjuv, Familjens hus
            Anteckningar: Ebbe Sand
            Runt bordet: Tora Vik (Bjuv), Ebbe Sand (Äng)
            Via Teams: Lina Ås (Klippan)
            Hälsade bort sig: Mira Holt (Bjuv)

            1) Hur svarar vi anonyma?
            Tora tog upp frågan om anonyma samtal.
            Nätverket ställde sig bakom Toras förslag om ett gemensamt kort.

            2) Något mer?
            Inget.
            """)
        #expect(meeting.network == "Nätverket Öppen dörr")
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Lina Ås"])
        #expect(meeting.attendees.dropFirst().first?.municipality == "Ängelholm")
        #expect(names(meeting.absent) == ["Mira Holt"])
        #expect(meeting.scribe?.name == "Ebbe Sand")
        #expect(meeting.items.first?.decisions == ["Nätverket ställde sig bakom Toras förslag om ett gemensamt kort."])
    }

    /// Terse notes: abbreviated labels, people by initials, a key of the initials (with where each
    /// is from in a column of its own) under "Sign.".
    @Test func initialsKeyedUnderSign() {
        let meeting = read("""
            Nätverket för förhandsbedömningar – minnesant.

            Tid:    250204 kl. 13.00–15.30
            Lok.:   Bjuv, Kommunhuset
            Närv.:  TV, ES, OK
            Ordf.:  TV     Sekr.: ES     Just.: OK
            Gäst:   MH (p. 2)
            Förh.:  LÅ

            Sign.
              TV   Tora Vik            Lkr
              ES   Ebbe Sand           Kli
              OK   Olle Krantz         Hbg
              LÅ   Lina Åberg          Åst
              MH   Mira Holt           Barnahus Nordväst

            1. Läget
               – Kön växer. /TV
            2. Barnahus (anm. MH)
               – Nya rutiner. /MH
            """)
        #expect(meeting.place == "Bjuv, Kommunhuset")
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Olle Krantz"])
        // Labels side by side, "Just.:" among them (who checks the minutes, no one of the lists).
        #expect(names(meeting.chairs) == ["Tora Vik"])
        #expect(meeting.scribe?.name == "Ebbe Sand")
        #expect(names(meeting.guests) == ["Mira Holt"])
        #expect(names(meeting.absent) == ["Lina Åberg"])
    }

    /// A kommun's short form as a registry writes it, as written or in capitals; not a word it folds
    /// to, nor a first name.
    @Test func kommunShortForms() {
        #expect(["Lkr", "Äng", "ÅST", "Hös", "Kli"].map { Municipality.named($0) } == ["Landskrona", "Ängelholm", "Åstorp", "Höganäs", "Klippan"])
        #expect(["hos", "bad", "ang", "Per", "Hög"].allSatisfy { Municipality.named($0) == nil })
    }

    /// What a review of the rules above found them taking that is not theirs, each read as before.
    @Test func reviewedOnce() {
        let header = "Minnesanteckningar socialchefsnätverket\nDatum: 2025-03-04\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan; Lina Ås, Höganäs\n\n"
        // A short line under a heading's underline is the heading's text, no item.
        let underlined = read(header + "Läget\n-----\nTora Vik berättade om kön.\n\nRiktlinjer\n----------\nBordlades till nästa träff\n\nÖvrigt\n------\nInget.")
        #expect(underlined.items.map(\.title) == ["Läget", "Riktlinjer", "Övrigt"])
        // "Runt bordet" alone heads a round, not who came.
        let round = read(header + "Runt bordet\nTora Vik, Bjuv\nNy enhetschef sedan februari.\n\nÖvrigt\nInget.")
        #expect(names(round.attendees) == ["Tora Vik", "Ebbe Sand", "Lina Ås"])
        // A title's first word is no part of a network's name.
        #expect(read("Minnesanteckningar Barnahus-nätverket\n\nDatum: 2025-03-04\n\n1. Läget\nTora berättade.").network == "Barnahus-nätverket")
        // Rows numbered without dots, a table's or a ranking's, are no outline.
        let ranked = read(header + "1. Läget\n1.1 Bjuv\nTora Vik berättade.\n1.2 Klippan\nEbbe Sand berättade.\n\n2. Prioriteringar\n1    Hemlöshet bland unga\n2    Våld i nära relationer\n3    Spelberoende\nNätverket beslutade att arbeta vidare med de tre.\n\n3. Övrigt\nInget.")
        // ("1. Läget" with no text of its own over its points: their section, no item.)
        #expect(ranked.items.map(\.number) == ["1.1", "1.2", "2", "3"])
        // A survey's questions are no items.
        let survey = read(header + "Läget\nTora Vik berättade om kön i Bjuv och att två har börjat.\n\nEnkäten\nEbbe Sand redovisade svaren från enkäten till familjehemmen.\n\nFråga 1    Känner du dig trygg? 85 % ja\nFråga 2    Får du stöd? 60 % ja\n\nÖvrigt\nInget.")
        #expect(survey.items.map(\.title) == ["Läget", "Enkäten", "Övrigt"])
        // Asking whether the network stands behind a proposal decides nothing.
        let asked = read(header + "1. Riktlinje\nEbbe Sand undrade om nätverket ställer sig bakom förslaget redan nu.\n\n2. Övrigt\nInget.")
        #expect(asked.items.first?.decisions == [])
        // Slides pasted into an item are the item's; a hidden last slide hides only itself.
        let pasted = read(header + "1. Presentation\nMira Holt visade bilderna:\n\nBild 1\nBrand\n\nBild 2\nAgenda\n• Statistik\n• Brandvarnare\n\nBild 3\nStatistik\n\nBild 4\nBrandvarnare\n\nNätverket beslutade att bjuda in dem igen.\n\n2. Övrigt\nInget.")
        #expect(pasted.items.map(\.title) == ["Presentation", "Övrigt"])
        let hidden = read("Bild 1\nNätverket för hembesök\nTräff tisdag 18 mars 2025\n\nBild 2\nDagordning\n• Brand\n• Övrigt\n\nBild 3\nBrand\nAnteckningar:\nLina Ås berättade.\n\nBild 4\nÖvrigt\n\nBild 5 (dold bild)\nReservbild\n\nVid tangenterna: Ebbe Sand, Klippan\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan; Lina Ås, Höganäs")
        #expect(names(hidden.attendees) == ["Tora Vik", "Ebbe Sand", "Lina Ås"])
        // A person before the dash, a unit after it: the person is the name.
        let units = read("Datum: 2025-03-04\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\nGäster:\nPolisen, Lina Ås – Lokalpolisområde Landskrona\n\n1. Läget\nTora berättade.")
        #expect(!names(units.guests).contains { $0.hasPrefix("Lokalpolisområde") })
    }

    /// A page a notes app exports: properties at the top (people as mentions, a label of tags after
    /// them), toggles as headings, a table of kommuner inside one that names no one.
    @Test func aNotesAppPage() {
        let meeting = read("""
            # Nätverksträff mars

            Datum: 18 mars 2025 13:00
            Deltagare: @Tora Vik @Ebbe Sand @Lina Ås
            Taggar: Bostad först, nätverksmöte
            Skapad av: Mira Holt

            **Gäst:** Olle Krantz, uthyrningschef, Ängsbo Fastigheter AB (punkt 1)

            ▸ Samarbete med hyresvärdar
                Olle Krantz berättade om bolagets lägenheter.

            ▸ Gemensamma mått
                Tora Vik berättade att kommunerna räknar olika.
                    ▸ Så räknar kommunerna
                        Höganäs: från kontraktsdatum
                        Övriga: oklart, återkommer

            ▸ Övrigt
                Ebbe Sand berättade om en ny lägenhet.
            """)
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Lina Ås"])
        #expect(names(meeting.guests) == ["Olle Krantz"])
        #expect(meeting.items.map(\.title).prefix(2) == ["Samarbete med hyresvärdar", "Gemensamma mått"])
        #expect(meeting.items.last?.title == "Övrigt")
    }

    /// An internat's sessions ("Pass 1  Title") among its days' headings, breaks and meals; guests
    /// "from outside"; a lecture raises its matter, the groups no one.
    @Test func anInternatsSessions() {
        let meeting = read("""
            Anteckningar från internatet 30 september–1 oktober 2025
            Deltagare: Tora Vik, Bjuv; Ebbe Sand, Klippan; Lina Ås, Höganäs
            Medverkande utifrån:
              Mira Holt, lektor, Högskolan Kristianstad (pass 2)

            DAG 1 – TISDAG 30 SEPTEMBER
            ---------------------------

            Välkommen och incheckning
            Tora hälsade alla välkomna.

            Pass 1  Nya lagen
            Ebbe Sand inledde med en genomgång av lagen.

            Lunch

            Pass 2  Forskning i vardagen
            Mira Holt föreläste om hur forskning sprids.

            Pass 3  Verksamhetsplan
            Grupperna redovisade sina förslag.
            """)
        #expect(meeting.items.map(\.title) == ["Nya lagen", "Forskning i vardagen", "Verksamhetsplan"])
        #expect(names(meeting.guests) == ["Mira Holt"])
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Ebbe Sand"], ["Mira Holt"], []])
    }

    /// What a second review found the rules above taking that is not theirs, each read as before.
    @Test func reviewedTwice() {
        // A row of people under a body's or a role's label goes on with the list.
        let grouped = read("Minnesanteckningar SSPF Klippan 12 mars 2025\n\nNärvarande:\nSocialtjänsten: Tora Vik, Ebbe Sand\nSkolan: Lina Ås\nPolisen: Mira Holt\n\n1. Lägesbild\nMira Holt berättade.\n\n2. Övrigt\nInget.")
        #expect(names(grouped.attendees).contains("Mira Holt"))
        // "Övriga:" over people with their titles first.
        let others = read("Minnesanteckningar IFO-chefsnätverket 12 mars 2025\n\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\nÖvriga: fältsekreterare Mira Holt, Bjuv; kurator Lina Ås, Höganäs\n\n1. Läget\nTora Vik berättade.\n\n2. Övrigt\nInget.")
        #expect(names(others.attendees + others.guests).contains("Mira Holt"))
        // "▸" as a bullet in a run is no heading.
        let arrows = read("Minnesanteckningar IFO-chefsnätverket 12 mars 2025\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\n\n1. Läget\nTora Vik berättade om läget:\n▸ Bjuv: ny enhetschef\n▸ Klippan: rekrytering pågår\n\n2. Övrigt\nInget.")
        #expect(arrows.items.map(\.title) == ["Läget", "Övrigt"])
        // A label of the network's kind in the body moves no header's end.
        let body = read("Minnesanteckningar IFO-chefsnätverket 12 mars 2025\nPlats: Klippans kommunhus\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\n\nLäget i kommunerna\nTora Vik berättade om läget i Bjuv.\n\nÖvrigt\nNätverk och samverkan: Ebbe Sand tog upp en inbjudan.\n")
        #expect(body.items.map(\.title).first == "Läget i kommunerna")
        // Shifts of a schedule inside an item are no sessions.
        let shifts = read("Minnesanteckningar socialjoursnätverket 12 mars 2025\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\n\n1. Läget\nTora Vik berättade.\n\n2. Bemanning\nEbbe Sand presenterade schemat:\nPass 1: Bjuv och Klippan\nPass 2: Höganäs och Åstorp\nNätverket beslutade att gå vidare.\n\n3. Övrigt\nInget.")
        #expect(shifts.items.map(\.title) == ["Läget", "Bemanning", "Övrigt"])
        // Nor by a gap, one right under the other.
        let schedule = read("Minnesanteckningar socialjoursnätverket 12 mars 2025\nNärvarande: Tora Vik, Bjuv; Ebbe Sand, Klippan\n\nLäget\nTora Vik berättade om kön i Bjuv och att två har börjat.\n\nBemanning\nEbbe Sand presenterade schemat för sommaren i jouren.\n\nPass 1    Bjuv och Klippan\nPass 2    Höganäs och Åstorp\nPass 3    Helsingborg\nNätverket beslutade att gå vidare.\n\nÖvrigt\nInget att ta upp den här gången.")
        #expect(schedule.items.map(\.title) == ["Läget", "Bemanning", "Övrigt"])
    }

    /// A year's attendance kept as one table at the end, the meeting's day a column of it, and its
    /// guests by day.
    @Test func aYearsAttendanceTable() {
        let meeting = read("""
            Socialjuristnätverket
            Tid:          torsdag 25 september 2025
            Närvaro:      se närvarolistan sist

            1. Domar
            Tora Vik gick igenom domarna.

            2. Övrigt
            Inget.

            Vid protokollet
            Ebbe Sand

            NÄRVAROLISTA 2025
            Namn              Kommun          6/3    15/5   25/9   27/11
            ---------------------------------------------------------------
            Tora Vik          Landskrona       X      X      X
            Ebbe Sand         Helsingborg      X      F      X
            Lina Ås           Höganäs          X      X      F
            Mira Holt         Bjuv             X      X      –

            Gäster
            15/5    Olle Krantz, inspektör, IVO
            25/9    Siv Berg, föredragande, Förvaltningsrätten
            """)
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand"])
        #expect(names(meeting.absent) == ["Lina Ås"])
        #expect(names(meeting.guests) == ["Siv Berg"])
    }
}
