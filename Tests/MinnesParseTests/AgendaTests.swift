import Testing
@testable import MinnesParse

/// Agenda items: numbered, bulleted or under headings; their titles, texts and sections.
@Suite("Agenda")
struct AgendaTests {
    @Test("a day's programme: each time of day over its title an item, a time with nothing noted a break, who holds it no part of the title")
    func programmeByTimes() {
        let meeting = read("""
            Utbildningsdag för handläggare
            Datum: 2024-11-12

            08.30–09.00\tKaffe och registrering

            09.00–10.00  Ny praxis om bistånd  (Hugo Ek, Bjuv)

            Hugo Ek gick igenom tre domar från kammarrätten.
            → Överenskommet: domarna läggs i den gemensamma mappen.

            10.00–10.20  Paus

            10.20–11.00  Frågor från kommunerna  (alla)

            Maja Lind frågade om ansökningar via e-tjänst. Det var 13.00–14.00 lunch sedan.
            """)
        #expect(meeting.items.map(\.title) == ["Ny praxis om bistånd", "Frågor från kommunerna"])
        #expect(meeting.items.map(\.number) == [nil, nil])
        #expect(meeting.items.first?.decisions == ["domarna läggs i den gemensamma mappen."])
    }

    @Test("numbered items with bold titles")
    func numberedBoldTitles() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket
            Datum: 2022-03-14

            1. **Välkommen**
            Alla hälsas välkomna.

            2. **Ekonomiskt bistånd**
            Genomgång av statistiken för första kvartalet.
            Siffrorna skickas ut efter mötet.

            3. **Övrigt**
            Inga övriga frågor.
            """)
        #expect(meeting.items.map(\.title) == ["Välkommen", "Ekonomiskt bistånd", "Övrigt"])
        #expect(meeting.items.map(\.position) == [1, 2, 3])
        #expect(meeting.items[1].text == "Genomgång av statistiken för första kvartalet.\nSiffrorna skickas ut efter mötet.")
        #expect(meeting.items.allSatisfy { $0.section == nil })
    }

    /// An agenda listed first, then the notes under the same numbers: one item a number. Not two
    /// runs of numbers where the first has text of its own (a list of decisions after the items).
    @Test("an agenda listed first and the notes under its numbers are one item a number")
    func agendaListedFirst() {
        let meeting = read("""
            # Nätverket för vuxna

            | Datum | Plats | Ordförande | Antecknare |
            |---|---|---|---|
            | 2025-01-28 | Bjuv, Kommunhuset | Ivar Lundh | Stina Palm |

            Närvarande: Ivar Lundh (Bjuv), Stina Palm (Klippan)

            ## Dagordning

            1. Mötet öppnas
            2. Boendestöd
            3. Övrigt

            ## Anteckningar

            **1.** Ivar hälsade alla välkomna.

            **2.** Stina Palm berättade att väntetiden
            har kortats till två veckor.

            **3.** Inga övriga frågor.
            """)
        #expect(meeting.items.map(\.title) == ["Mötet öppnas", "Boendestöd", "Övrigt"])
        #expect(meeting.items[1].text == "Stina Palm berättade att väntetiden\nhar kortats till två veckor.")
        #expect(meeting.items[1].raisedBy.map(\.person?.name) == ["Stina Palm"])
        // The header's table: its labels read as labels, the lists' chair and scribe too.
        #expect(meeting.date == "2025-01-28" && meeting.place == "Bjuv, Kommunhuset")
        #expect(names(meeting.chairs) == ["Ivar Lundh"] && meeting.scribe?.name == "Stina Palm")

        let decided = read("""
            Minnesanteckningar IFO-nätverket
            Datum: 2022-03-14

            1. Budget
            Siffrorna gicks igenom.
            2. Övrigt
            Inget.

            Beslut
            1. Budgeten godkändes.
            2. Nästa möte i maj.
            """)
        #expect(decided.items.first?.text.contains("Siffrorna gicks igenom.") == true, "\(decided.items.map(\.text))")
    }

    /// A form of cards: labels led to their values by dots, "ÄRENDE 2" alone over its fields, the
    /// title a "Rubrik" field's, "Beslut: –" no decision, people as "Name ....: Kommun".
    @Test("item cards with dot leaders: the Rubrik field titles, a dash decides nothing")
    func itemCards() {
        let meeting = read("""
            MINNESANTECKNINGAR – NÄTVERKET FÖR VUXNA

            MÖTE
              Datum ...............: onsdag 2023-06-14
              Lokal ...............: Bjuv, Kommunhuset
              Ordförande ..........: Ivar Lundh

            DELTAGARE
              Ivar Lundh ..........: Bjuv
              Stina Palm ..........: Klippan, enhetschef

            ÄRENDE 1
              Rubrik ..............: Boendestöd
              Föredragande ........: Stina Palm
              Anteckning ..........: Stina berättade om väntetiderna.
              Beslut ..............: –

            ÄRENDE 2
              Rubrik ..............: Budget
              Föredragande ........: –
              Anteckning ..........: Siffrorna gicks igenom.
              Beslut ..............: Budgeten godkändes.
            """)
        #expect(meeting.date == "2023-06-14" && meeting.place == "Bjuv, Kommunhuset")
        #expect(meeting.attendees == [Person(name: "Ivar Lundh", municipality: "Bjuv"), Person(name: "Stina Palm", municipality: "Klippan", role: "enhetschef")])
        #expect(names(meeting.chairs) == ["Ivar Lundh"])
        #expect(meeting.items.map(\.title) == ["Boendestöd", "Budget"])
        #expect(meeting.items.map { $0.raisedBy.map(\.person?.name) } == [["Stina Palm"], []])
        #expect(meeting.items.map(\.decisions) == [[], ["Budgeten godkändes."]])
    }

    /// A spreadsheet's rows as text, bars between cells and none at the ends, a quoted cell over two
    /// lines; the presenter's column names who presents, a dash decides nothing.
    @Test("an agenda exported as bare bar-separated rows, a quoted cell over lines")
    func barePipeRows() {
        let meeting = read("""
            Minnesanteckningar Placeringsnätverket
            Datum: 2023-02-09

            Punkt|Ärende|Föredragande|Anteckning|Beslut/åtgärd
            1|Inledning||Mötesledaren hälsade välkommen.|–
            2|Utslussning|Zainab Yusuf, Veronica Strand|"Zainab Yusuf berättade om platserna.
            Veronica Strand tog upp kontaktpersonerna."|–
            3|Kostnader|Jonna Lindqvist|Jonna Lindqvist presenterade kostnaderna.|Beslutades att statistiken redovisas varje möte.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Utslussning", "Kostnader"])
        #expect(meeting.items.map { $0.raisedBy.map(\.person?.name) } == [[], ["Zainab Yusuf", "Veronica Strand"], ["Jonna Lindqvist"]])
        #expect(meeting.items[1].raisedBy.last?.statement.contains("kontaktpersonerna") == true)
        #expect(meeting.items.map(\.decisions.count) == [0, 0, 1])
    }

    @Test("'Ärende 3 – Titel:' numbering over paragraphs wrapped at a fixed width")
    func errandNumberingOverWrappedText() throws {
        let meeting = read("""
            MINNESANTECKNINGAR

            Boendenätverket, tisdag 4 april 2017

            Ärende 1 – Inledning:
            Ordföranden hälsade välkommen.

            Ärende 2 – Hyresgarantier:
            Olle Ek, handläggare i Klippan, berättade om kommunens nya
            riktlinjer för hyresgarantier och hur de har tagits emot.

            Ärende 3 – Träningslägenheter och stödboende för unga vuxna:
            Anna Berg, enhetschef i Bjuv, beskrev väntetiderna till
            kommunens träningslägenheter. Frågan tas upp igen i höst.

            Ärende 4 – Övrigt:
            Inga övriga frågor.
            """)
        try #require(meeting.items.map(\.title) == ["Inledning", "Hyresgarantier", "Träningslägenheter och stödboende för unga vuxna", "Övrigt"])
        #expect(meeting.items.map(\.number) == ["Ärende 1", "Ärende 2", "Ärende 3", "Ärende 4"])
        #expect(meeting.items[2].text.hasPrefix("Anna Berg, enhetschef i Bjuv"))
    }

    @Test("headings numbered without a dot; an agenda listed, then 'Ad 1.' over each item's text")
    func headingNumbersAndAdSections() throws {
        let headed = read("Minnesanteckningar Boendenätverket 2022-05-04\n\n1 Inledning\n\tOrdföranden hälsade välkommen.\n\n2 Hyresgarantier\n\tOlle Holm berättade om riktlinjerna.\n")
        try #require(headed.items.map(\.title) == ["Inledning", "Hyresgarantier"])
        #expect(headed.items.map(\.number) == ["1", "2"])
        let ad = read("""
            Minnesanteckningar Boendenätverket 2022-05-04

            Dagordning
            1. Inledning
            2. Hyresgarantier

            Ad 1. Inledning
            Ordföranden hälsade välkommen.

            Ad 2. Hyresgarantier
            Olle Holm tipsade om Klippans riktlinjer.
            """)
        try #require(ad.items.map(\.title) == ["Inledning", "Hyresgarantier"])
        #expect(ad.items[1].raisedBy.compactMap(\.person?.name) == ["Olle Holm"])
    }

    /// What numbers a list inside an item, an initial, a paragraph of a law or a table of follow-ups
    /// does not take the agenda from its headings or numbers.
    @Test(arguments: [
        ("Inledning\nVi började.\n\nEkonomi\na) Placeringar kostar mer.\nb) Försörjningsstöd ökar.\n\nÖvrigt\nInget.", ["Inledning", "Ekonomi", "Övrigt"]),
        ("1. Inledning\nVi började.\n2. Budget\nK. Svensson från Länsstyrelsen informerade.\nA. Berg berättade mer.\n3. Övrigt\na) Ett\nb) Två\nc) Tre\nd) Fyra",
         ["Inledning", "Budget", "Övrigt"]),
        ("Inledning\nVi började.\n\nLagen\nParagraf 5 i nya lagen gäller barn.\nParagraf 12 gäller vuxna.\n\nÖvrigt\nInget.", ["Inledning", "Lagen", "Övrigt"]),
        ("Inledning\nVi började.\n\nBudget\nAngående budgeten: den håller.\nAngående prognosen: den är osäker.\n\nÖvrigt\nInget.",
         ["Inledning", "Budget", "Övrigt"]),
        ("Inledning\nVi började.\n\nUppföljning\n| Fråga | Ansvarig | Kommentar |\n|---|---|---|\n| Lokaler | Bjuv | Klart |\n| Budget | Åstorp | Pågår |\n\nÖvrigt\nInget.",
         ["Inledning", "Uppföljning", "Övrigt"]),
    ] as [(String, [String])])
    func listsInsideItemsTakeNoAgenda(body: String, titles: [String]) {
        let meeting = read("Minnesanteckningar Boendenätverket 2022-05-04\n\n" + body + "\n")
        #expect(meeting.items.map(\.title) == titles)
    }

    @Test func aProtocolsElectionOfChairAndScribeIsAnItemNotTheirLabels() throws {
        let meeting = read("Protokoll Boendenätverket 2022-05-04\n\n§ 1 Val av ordförande och sekreterare\nOrdförande Anna Ek, sekreterare Per Holm.\n§ 2 Budget\nInget nytt.\n§ 3 Övrigt\nInget.\n")
        try #require(meeting.items.count == 3)
        #expect(meeting.items[0].text.contains("Ordförande Anna Ek, sekreterare Per Holm."))
        #expect(meeting.chairs.isEmpty && meeting.scribe == nil)
        // Written as two labels, without a full stop: inside an item still the item's, not the header's.
        let labels = read("Protokoll Boendenätverket 2022-05-04\n\n§ 1 Val av ordförande och sekreterare\nOrdförande Anna Ek, sekreterare Per Holm\n§ 2 Budget\nInget nytt.\n§ 3 Övrigt\nInget.\n")
        try #require(labels.items.count == 3)
        #expect(labels.items[0].text == "Ordförande Anna Ek, sekreterare Per Holm")
        #expect(labels.chairs.isEmpty && labels.scribe == nil)
    }

    @Test func chairAndScribeOnOneLineAbbreviatedAreTheirLabels() {
        let meeting = read("Minnesanteckningar Boendenätverket 2022-05-04\n\nNärvarande: Anna Ek (Bjuv), Per Holm (Klippan)\nOrdf Anna Ek, sekr Per Holm\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(meeting.chairs) == ["Anna Ek"])
        #expect(meeting.scribe?.name == "Per Holm")
        let terse = read("Anteckningar Boendenätverket 2022-05-04\n\nDeltagare: Anna Ek (Bjuv), Per Holm (Klippan), Eva Lind (Höganäs)\nOrdf: Anna. Anteckn: Per.\n\n1. Inledning\nKort.\n2. Avslut\nTack.\n")
        #expect(names(terse.chairs) == ["Anna"])  // as written: the register says whom it means
        #expect(terse.scribe?.name == "Per")
    }

    @Test("a letter's paragraphs opened by what they are about: 'Angående X:'")
    func letterParagraphsByLeadIn() throws {
        let meeting = read("""
            Hej alla!

            Här kommer anteckningarna från träffen i går.

            Angående hyresgarantier: Olle Holm berättade om Klippans nya riktlinjer.
            Vi beslutade att dela dem före nästa möte.

            Gällande Sommarens bemanning: Bjuv saknar vikarier.

            Hälsningar
            Ida
            """)
        try #require(meeting.items.map(\.title) == ["hyresgarantier", "Sommarens bemanning"])
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Olle Holm"])
        #expect(meeting.items[0].decisions == ["Vi beslutade att dela dem före nästa möte."])
        #expect(meeting.items[1].text == "Bjuv saknar vikarier.")
    }

    @Test("an agenda written as a table: a row an item, its decision column its decision")
    func agendaAsATable() throws {
        let meeting = read("""
            # Boendenätverket 2022-05-04

            | Punkt | Rubrik | Diskussion | Beslut |
            |---|---|---|---|
            | 1 | Inledning | Ordföranden hälsade välkommen. | – |
            | 2 | Hyresgarantier | Olle Holm berättade om Klippans riktlinjer. | Riktlinjerna delas före nästa möte. |
            | 3 | Övrigt | – | – |
            """)
        try #require(meeting.items.map(\.title) == ["Inledning", "Hyresgarantier", "Övrigt"])
        #expect(meeting.items.map(\.number) == ["1", "2", "3"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Olle Holm"])
        #expect(meeting.items.map(\.decisions) == [[], ["Riktlinjerna delas före nästa möte."], []])
    }

    @Test("'1)' numbering, a bold title with text on its line, and a one-line item titled by its sentence")
    func parenNumberingInlineText() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            1) **Inledning**
            Karin öppnar mötet.
            2) **Ekonomiskt bistånd:** Vi går igenom statistiken.
            3) Tack för idag.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Ekonomiskt bistånd", "Tack för idag"])
        #expect(meeting.items.map(\.text) == ["Karin öppnar mötet.", "Vi går igenom statistiken.", "Tack för idag."])
    }

    @Test("a long first sentence makes a title cut at a word, with an ellipsis")
    func longSentenceTitle() throws {
        let meeting = read("""
            Minnesanteckningar IFO
            Datum: 2021-03-10

            - Under våren har flera kommuner sett en kraftig ökning av ansökningar om ekonomiskt bistånd från unga vuxna utan gymnasieexamen. Vi följer upp.
            - Kort punkt.
            """)
        let first = try #require(meeting.items.first)
        #expect(first.title.hasSuffix("…"))
        #expect(first.title.count <= 91)
        #expect(first.title.hasPrefix("Under våren har flera kommuner"))
        #expect(first.text.hasSuffix("Vi följer upp."))
        #expect(meeting.items.map(\.title).last == "Kort punkt")
    }

    @Test("bullets are items when the minutes have no numbers or headings")
    func bulletItems() {
        let meeting = read("""
            Minnesanteckningar Socialchefsnätverket 2023-01-19

            - Petter berättar om nya riktlinjer för bistånd.
            - Julfika i december.
            """)
        #expect(meeting.items.map(\.title) == ["Petter berättar om nya riktlinjer för bistånd", "Julfika i december"])
        #expect(meeting.items.map(\.text) == ["Petter berättar om nya riktlinjer för bistånd.", "Julfika i december."])
    }

    @Test("short headings standing alone head items; bullets under one are items in its section")
    func plainHeadingsAndSections() {
        let meeting = read("""
            Minnesanteckningar Socialchefsnätverket 2023-01-19

            Ekonomiskt bistånd

            Petter berättar om nya riktlinjer som ska gälla från årsskiftet i alla kommuner.

            Barnahus

            Karin beskriver läget för lokalerna.

            Övrigt
            - Ny kontaktlista skickas ut.
            - Julfika i december.
            """)
        #expect(meeting.items.map(\.title) == [
            "Ekonomiskt bistånd", "Barnahus", "Ny kontaktlista skickas ut", "Julfika i december",
        ])
        #expect(meeting.items.map(\.section) == [nil, nil, "Övrigt", "Övrigt"])
        #expect(meeting.items[1].text == "Karin beskriver läget för lokalerna.")
    }

    @Test("Markdown headings head items")
    func markdownHeadings() {
        let meeting = read("""
            # Minnesanteckningar Socialchefsnätverket 2023-01-19

            ## Ekonomiskt bistånd
            Nya riktlinjer gäller från årsskiftet.

            ## Barnahus
            Lokalfrågan är löst.
            """)
        #expect(meeting.title == "Minnesanteckningar Socialchefsnätverket 2023-01-19")
        #expect(meeting.items.map(\.title) == ["Ekonomiskt bistånd", "Barnahus"])
        #expect(meeting.items.map(\.text) == ["Nya riktlinjer gäller från årsskiftet.", "Lokalfrågan är löst."])
    }

    @Test("a 'Dagordning' heading heads the agenda, it is not an item")
    func structuralHeading() {
        let meeting = read("""
            Minnesanteckningar Barnahusnätverket
            Datum: 2023-05-10

            Dagordning

            1. **Inledning**
            Karin öppnar.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Avslut"])
        #expect(meeting.notes.hasSuffix("Dagordning"))
    }

    @Test("notes keep the header and the signature, not the items' text")
    func notes() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket
            Datum: 2022-03-14

            Deltagare: Ronja Sävström (Bjuv), Elias Grenmark (Klippan), Tove Lindqvist (Åstorp)

            1. **Välkommen**
            Alla hälsas välkomna.
            2. **Avslut**
            Tack för idag.

            Vid pennan: Tove Lindqvist
            """)
        #expect(meeting.notes.hasPrefix("Minnesanteckningar IFO-nätverket\nDatum: 2022-03-14"))
        #expect(meeting.notes.contains("Deltagare: Ronja Sävström"))
        #expect(meeting.notes.hasSuffix("Vid pennan: Tove Lindqvist"))
        #expect(!meeting.notes.contains("välkomna"))
    }

    @Test("a letter has no items and no invented people; all of it is notes")
    func letter() {
        let text = """
            Hej alla i nätverket!

            Tack för en bra träff i fredags. Jag skickar presentationen separat och ni får gärna sprida den vidare.

            Hälsningar
            Karin Holmgren
            """
        let meeting = read(text)
        #expect(meeting.title == "Hej alla i nätverket!")
        #expect(meeting.items.isEmpty)
        #expect(meeting.attendees.isEmpty && meeting.absent.isEmpty && meeting.chairs.isEmpty)
        #expect(meeting.scribe == Person(name: "Karin Holmgren"))
        #expect(meeting.notes == text)
    }

    @Test("a plain numbered title on its own line stays the title")
    func plainNumberedTitle() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            1. Inledning
            Karin öppnar mötet.

            2. Budget
            Petter går igenom läget.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Budget"])
    }
}

/// The failures issue 9 lists, each as a careful reader would read it.
@Suite("Issue 9 failures")
struct ReaderFailuresTests {
    @Test func aStandaloneNumberedTitleIsNotJoinedToTheRaiserBelow() throws {
        let meeting = read("""
            Minnesanteckningar nätverket 2021-04-09

            2. Budget
            Ingen ändring.

            3. Solgården
            Henrik Sandström lyfter att representationen behöver ses över.

            4. Jourverksamheten
            Fråga från Frida Kullberg om bemanningen.
            """)
        #expect(meeting.items.map(\.title) == ["Budget", "Solgården", "Jourverksamheten"])
        #expect(meeting.items[1].raisedBy.map(\.name) == ["Henrik Sandström"])
        #expect(meeting.items[2].raisedBy.map(\.name) == ["Frida Kullberg"])
    }

    @Test func twoRaisersInOneItemEachKeepTheirOwnSentences() throws {
        let meeting = read("""
            Minnesanteckningar nätverket 2021-04-09

            1. Unga
            Pernilla föreslår en gemensam satsning på tonåringar. Tove lyfter behovet av utbildningsstöd. Alla är positiva.

            2. Övrigt
            Inget.
            """)
        let raisers = try #require(meeting.items.first?.raisedBy)
        #expect(raisers.map(\.name) == ["Pernilla", "Tove"])
        #expect(raisers[0].statement == "Pernilla föreslår en gemensam satsning på tonåringar.")
        #expect(raisers[1].statement == "Tove lyfter behovet av utbildningsstöd. Alla är positiva.")
    }

    /// Every verb of the one table in each of its forms ("tog upp", "tog också upp"), and every
    /// "X från" word: each names the raiser.
    @Test(arguments: RaiserReader.verbForms.map { "Karin Holm \($0) frågan om tolkar." }
        + RaiserReader.fromWords.map { "\($0.prefix(1).uppercased() + $0.dropFirst()) från Karin Holm: tolkar." }
        + ["Från Karin Holm: tolkar.", "Anneli har fått en dragning av modellen. Undrar hur vi gör."])
    func eachRaisingFormNamesTheRaiser(text: String) {
        let meeting = read("Minnesanteckningar 2021-04-09\n\n1. Tolkar\n\(text)\n\n2. Övrigt\nInget.")
        let expected = text.hasPrefix("Anneli") ? "Anneli" : "Karin Holm"
        #expect(meeting.items.first?.raisedBy.map(\.name) == [expected], "\(text)")
    }
}

/// Items numbered by a number alone over their title, and who came listed after them.
@Test func bareNumbersOverTitlesAndAttendanceLast() {
    let meeting = read("""
        Socialpsykiatrinätverket
        Datum: 2021-06-03

        Närvarolista finns sist i dokumentet.

        1
        Välkommen
        Mötesledaren hälsade välkommen.

        2
        Boendestöd
        Enligt Torbjörn Lagerqvist har väntetiden ökat.
        Vi bestämde att alla skickar sina siffror.

        3
        Övrigt
        Isak ville ta upp att kallelserna kommer sent.

        NÄRVAROLISTA

        Namn                    Kommun          Uppgift
        Hedvig Strömgren        Svalöv          mötesledare
        Isak Bonde              Helsingborg
        Torbjörn Lagerqvist     Landskrona      antecknare
        """)
    #expect(meeting.items.map(\.title) == ["Välkommen", "Boendestöd", "Övrigt"])
    #expect(names(meeting.attendees) == ["Hedvig Strömgren", "Isak Bonde", "Torbjörn Lagerqvist"])
    #expect(names(meeting.chairs) == ["Hedvig Strömgren"])
    #expect(meeting.scribe?.name == "Torbjörn Lagerqvist")
    #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Torbjörn Lagerqvist"])
    #expect(meeting.items[1].decisions == ["Vi bestämde att alla skickar sina siffror."])
    #expect(meeting.items[2].raisedBy.compactMap(\.person?.name) == ["Isak"])
    #expect(!meeting.items[2].text.contains("Hedvig"))  // the list is no part of the last item
}

/// A number alone on a line is an item's only in a run 1, 2, 3 …: page numbers are none.
@Test func aLoneNumberOutOfARunIsNoItem() {
    let pages = "Minnesanteckningar 2021-06-03\n\nInledning\n\nKort genomgång.\n\n2\nSocialchefsnätverket 2021-06-03\n\nAvslut\n\nTack.\n\n3\nSocialchefsnätverket 2021-06-03\n"
    #expect(MinutesDocument(pages).lines == pages.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    #expect(!read(pages).items.contains { $0.number != nil })
}
