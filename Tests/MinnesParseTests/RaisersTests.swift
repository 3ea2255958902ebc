import Testing
@testable import MinnesParse

/// Who brought an item up, as the minutes write it.
@Suite("Raisers")
struct RaisersTests {
    /// The raisers of the first item of minutes made of a heading, that item and a closing one.
    func raisers(title: String, text: String) -> [Raiser] {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            1. **\(title)**
            \(text)
            2. **Avslut**
            Tack.
            """)
        return meeting.items.first?.raisedBy ?? []
    }

    @Test("'Fråga från X' in the title names X, with the words as evidence")
    func questionFromInTitle() {
        let raisedBy = raisers(title: "Fråga från Ylva Bergkvist om familjehem", text: "Många kommuner har svårt att rekrytera.")
        #expect(raisedBy.map(\.person) == [Person(name: "Ylva Bergkvist")])
        #expect(raisedBy.first?.evidence == "Fråga från Ylva Bergkvist")
        #expect(raisedBy.first?.viaMunicipality == nil)
    }

    @Test("the people the opening of an item names as raising it", arguments: [
        ("Ekonomiskt bistånd", "Fråga från Elias Klippan om riktlinjer för tandvård.",
         [Person(name: "Elias", municipality: "Klippan")]),
        ("Utbildning", "Ronja lyfter frågan om gemensam utbildning i MI. Alla är positiva.", [Person(name: "Ronja")]),
        ("Hemlöshet", "Ingrid och Tomas informerar om kartläggningen. Alla tackar.",
         [Person(name: "Ingrid"), Person(name: "Tomas")]),
        ("Sommarjobb – Rasmus Ängelholm", "Förslag om gemensam annonsering.",
         [Person(name: "Rasmus", municipality: "Ängelholm")]),
        ("Våld i nära relationer", "Information från Bodil om nya lagen.", [Person(name: "Bodil")]),
        ("Väntetider", "Från Klippan berättade Ida Ek att väntan är lång.", [Person(name: "Ida Ek", municipality: "Klippan")]),
        ("Riksnormen", "Ola Holm rapporterade att normen höjs.", [Person(name: "Ola Holm")]),
        ("Lokaler", "Även Per Holm påpekade att lokalen är liten.", [Person(name: "Per Holm")]),
        ("Uppföljning", "Från föregående möte, Gustav: uppföljning av statistiken.", [Person(name: "Gustav")]),
        ("Boende", "Alice: dialog kring boendestöd.", [Person(name: "Alice")]),
        ("Digitalisering", "Mikael L undrade hur e-tjänsterna fungerar.", [Person(name: "Mikael L")]),
        ("Mini-Maria", "Mottagningen tar emot unga.", []),
        ("MISSBRUKS- OCH BEROENDEVÅRDEN", "Läget är oförändrat.", []),
        ("Yrkesresan-SKR:s förslag-Barbara Ängelholm", "Förslaget gicks igenom.", [Person(name: "Barbara", municipality: "Ängelholm")]),
        ("Laget runt", "Helsingborg (Nellie): Fjorton pågående.\nHöganäs (Aleksandra): Två nya handledare.",
         [Person(name: "Nellie", municipality: "Helsingborg"), Person(name: "Aleksandra", municipality: "Höganäs")]),
        ("Lägesbild", "Erik Wahlgren (Ängelholm) berättade om avtalet.\nErik (Åstorp) berättade om bostäderna.",
         [Person(name: "Erik Wahlgren", municipality: "Ängelholm"), Person(name: "Erik", municipality: "Åstorp")]),
        ("Tingsrätten", "- @Aida Memić berättade att upplysningarna kommer sent.", [Person(name: "Aida Memić")]),
        ("Enkäten", "Föredragande: Greta Lund och Oskar Ahl\nGreta Lund har sammanställt svaren.", [Person(name: "Greta Lund"), Person(name: "Oskar Ahl")]),
        ("Budget", "Föredragande: –\nBudgeten gicks igenom.", []),
    ])
    func namedRaisers(title: String, text: String, expected: [Person]) {
        #expect(raisers(title: title, text: text).map(\.person) == expected)
    }

    /// The sentences after a presenter's label are theirs until the text names another.
    @Test("'Föredragande: A och B' presents the item, and what follows is theirs")
    func presenterLabel() {
        let raisedBy = raisers(
            title: "Enkäten", text: "Föredragande: Greta Lund och Oskar Ahl\nGreta Lund har sammanställt svaren från 80 klienter.\nOskar Ahl berättade om svarsfrekvensen.")
        #expect(raisedBy.map(\.person?.name) == ["Greta Lund", "Oskar Ahl"])
        #expect(raisedBy.first?.statement.contains("sammanställt svaren från 80 klienter") == true)
        #expect(raisedBy.first?.statement.contains("svarsfrekvensen") == false)
    }

    @Test("people the lists name, in parentheses after a title, present the item; other names are the title's")
    func presentersInParentheses() {
        let meeting = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Närvarande: Siri Westman (Bjuv), Farah Nasser (Klippan), Albin Stenhammar (Höganäs)

            1. Larmlistor och aktivering (Siri Westman)
            Berättade om larmlistorna.
            2. Utbildning (Farah Nasser, Albin Stenhammar)
            Farah och Albin föreslog en kurs.
            3. Studiedag (Hotell Skansen)
            Programmet är klart.
            4. Upphandling (Region Skåne)
            Kostnaderna ökar.
            """)
        #expect(meeting.items.map(\.title) == [
            "Larmlistor och aktivering", "Utbildning", "Studiedag (Hotell Skansen)", "Upphandling (Region Skåne)",
        ])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Siri Westman"], ["Farah Nasser", "Albin Stenhammar"], [], []])
        #expect(meeting.items[1].raisedBy.allSatisfy { $0.statement.contains("föreslog en kurs") })
        // The body a presenter comes from speaks through them.
        let body = read("""
            Minnesanteckningar IFO-nätverket 2022-09-01

            Gäster
            Siri Westman, Räddningstjänsten Skåne Nordväst

            1. Larmlistor (Siri Westman)
            Räddningstjänsten påminde om att listorna ska vara aktuella.
            2. Avslut
            Tack.
            """)
        #expect(body.items[0].raisedBy.compactMap(\.person?.name) == ["Siri Westman"])
        #expect(body.items[0].raisedBy.first?.statement.contains("listorna ska vara aktuella") == true)
    }

    @Test("a kommun that asks is a raiser via the kommun, with no person")
    func municipalityAsks() throws {
        let raisedBy = raisers(title: "Skolfrånvaro", text: "Svalöv efterfrågar en gemensam rutin. Diskussion.")
        let raiser = try #require(raisedBy.first)
        #expect(raisedBy.count == 1)
        #expect(raiser.person == nil)
        #expect(raiser.viaMunicipality == "Svalöv")
        #expect(raiser.evidence == "Svalöv efterfrågar")
    }

    @Test("no raiser where the opening names no one raising the item", arguments: [
        "Vi går igenom siffrorna för kvartalet. Siffrorna skickas ut.",
        "Alla presenterade sig kort. Hon påpekade inget.",
        // A sentence names a raiser by its subject: "lyfter Oskar" is not Oskar raising the item.
        "Diskussion om läget i kommunerna. Senare under mötet lyfter Oskar en annan fråga.",
    ])
    func noRaiser(text: String) {
        #expect(raisers(title: "Statistik", text: text).isEmpty)
    }

    @Test("'Marie Klippan' is Marie of Klippan; a lone kommun names only the kommun")
    func mentionSplitsMunicipality() {
        #expect(RaiserReader.mention("Marie Klippan", evidence: "") == .init(name: "Marie", municipality: "Klippan", evidence: ""))
        #expect(RaiserReader.mention("Perstorp", evidence: "") == .init(name: nil, municipality: "Perstorp", evidence: ""))
        #expect(RaiserReader.mention("Marie Lund", evidence: "") == .init(name: "Marie Lund", municipality: nil, evidence: ""))
    }

    @Test("a title word before a colon is not a raiser: 'Övrigt: inga frågor'")
    func titleWordColonIsNoRaiser() {
        #expect(raisers(title: "Övrigt", text: "Övrigt: inga frågor.").isEmpty)
    }
}
