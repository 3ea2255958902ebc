import Testing
@testable import MinnesParse

/// The header beyond dates and people: the title, the network, the place.
@Suite("Header")
struct HeaderTests {
    @Test("the title is the line that names the minutes, without Markdown")
    func titleLine() {
        let meeting = read("""
            Familjen Helsingborg
            **Minnesanteckningar IFO-nätverket**
            Datum: 2021-03-10

            1. **Inledning**
            Kort genomgång.
            2. **Avslut**
            Tack.
            """)
        #expect(meeting.title == "Minnesanteckningar IFO-nätverket")
    }

    @Test("minutes written in English, as those of a meeting with a neighbour are, are read as in Swedish")
    func english() {
        let meeting = read("""
            Notes – cross-border meeting
            Network: Nätverket för hemlösa HBTQ-personer

            Date: 3 October 2024, 13.00–15.00
            Venue: Klippan, Medborgarhuset
            Participants: Ida Strand (Klippan), Per Ohlin (Bjuv)
            Guest: Mads Holm – agenda items 2 and 3
            Apologies: Eva Dahl (Bjuv)
            Chairperson: Ida Strand
            Note  taker: Per Ohlin

            Agenda item 1: Opening
            Ida Strand presented the plan for the autumn.
            Decision: The plan was approved.

            Agenda item 2: Shelters in winter
            Per Ohlin reported that the shelter in Bjuv is full most nights.
            No decision – back to it on 7 May 2025.
            """)
        #expect(meeting.network == "Nätverket för hemlösa HBTQ-personer")
        #expect(meeting.date == "2024-10-03" && meeting.place == "Klippan, Medborgarhuset")
        #expect(names(meeting.attendees) == ["Ida Strand", "Per Ohlin"] && names(meeting.guests) == ["Mads Holm"])
        #expect(meeting.guests.first?.role == nil, "when a guest took part is no role")
        #expect(names(meeting.absent) == ["Eva Dahl"] && names(meeting.chairs) == ["Ida Strand"] && meeting.scribe?.name == "Per Ohlin")
        #expect(meeting.items.map(\.title) == ["Opening", "Shelters in winter"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Ida Strand"], ["Per Ohlin"]])
        #expect(meeting.items.map(\.decisions) == [["The plan was approved."], []])
    }

    @Test("empty minutes are titled by their file name and hold nothing")
    func emptyText() {
        let meeting = read("", file: "2021/ifo-vår.txt")
        #expect(meeting.title == "ifo-vår.txt")
        #expect(meeting.file == "2021/ifo-vår.txt")
        #expect(meeting.items.isEmpty)
        #expect(meeting.listed.isEmpty)
        #expect(meeting.notes.isEmpty)
    }

    @Test("the network: IFO, Socialchef, or another network the header names", arguments: [
        ("Minnesanteckningar IFO-nätverket", "IFO"),
        ("Minnesanteckningar socialchefsnätverket", "Socialchef"),
        ("Minnesanteckningar socialchefer och IFO-chefer", "Socialchef"),
        ("Minnesanteckningar Barnahusnätverket", "Barnahusnätverket"),
        ("Anteckningar från möte med Arbetsgruppen för ekonomiskt bistånd", "Arbetsgruppen för ekonomiskt bistånd"),
        ("Forum för familjehemsfrågor: möte 11/3-09", "Forum för familjehemsfrågor"),
        ("Minnesanteckningar Nätverket för öppenvård för barn och unga 2010-10-08", "Nätverket för öppenvård för barn och unga"),
        ("Nätverket för stöd till HBTQ-personer (med Region Skåne)", "Nätverket för stöd till HBTQ-personer"),
        ("Nätverket mot våld i nära relationer, möte 4", "Nätverket mot våld i nära relationer"),
        ("MINNESANTECKNINGAR – ARBETSGRUPPEN FÖR FAMILJEHEMSFRÅGOR", "Arbetsgruppen för familjehemsfrågor"),
        ("NÄTVERKET FÖR ARBETSMARKNADSFRÅGOR – ANTECKNINGAR 2016-02-24", "Nätverket för arbetsmarknadsfrågor"),
        ("MINNESANTECKNINGAR – KVALITETSNÄTVERKET", "Kvalitetsnätverket"),
        // The date after the name is not of it; nor is a heading's bold.
        ("ANTECKNINGAR FRÅN MÖTE MED NÄTVERKET FÖR BOSTADSFRÅGOR DEN 4 MARS 2014", "Nätverket för bostadsfrågor"),
        ("Minnesanteckningar från Styrgruppen för hemlöshetsfrågor onsdagen den 12 maj 2020", "Styrgruppen för hemlöshetsfrågor"),
        ("Träff med Forum för den sociala barnavården kl. 13", "Forum för den sociala barnavården"),
        ("**Minnesanteckningar Arbetsgruppen för spel- och beroendefrågor**", "Arbetsgruppen för spel- och beroendefrågor"),
        ("Minnesanteckningar, Spel- och beroendenätverket, 3 maj 2022", "Spel- och beroendenätverket"),
        ("MINNESANTECKNINGAR – VÅLDS- OCH BROTTSOFFERNÄTVERKET", "Vålds- och brottsoffernätverket"),
        // The title may name it in lower case, as a sentence would, when no name is capitalised.
        ("Anteckningar från familjehemsnätverket", "Familjehemsnätverket"),
        ("Minnesanteckningar från arbetsgruppen för stöd i skolan, 4 maj", "Arbetsgruppen för stöd i skolan"),
        ("Minnesanteckningar – nätverket för missbruksfrågor", "Nätverket för missbruksfrågor"),
    ])
    func network(heading: String, expected: String) {
        let meeting = read(heading + "\nDatum: 2023-05-10\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(meeting.network == expected)
    }

    @Test func informalLabelsSayWhoCameWhoCouldNotAndTheNetwork() {
        let meeting = read("""
            # Träff 2023-09-21

            **Vilka var med:** Nils Åberg (Ängelholm), Maja Frid (Höganäs)
            **Kunde inte:** Tor Hed (Båstad)
            Nätverk: Missbruk och beroende, Familjen Helsingborg

            ## Läget
            Kort.

            ## Nästa träff
            23 november kl. 9–12 i Höganäs.
            """)
        #expect(meeting.attendees.map(\.name) == ["Nils Åberg", "Maja Frid"])
        #expect(meeting.absent.map(\.name) == ["Tor Hed"])
        #expect(meeting.network == "Missbruk och beroende")
        // The line under a heading of the next meeting is its date, not this one's.
        #expect(meeting.date == "2023-09-21")
        #expect(meeting.nextMeeting == NextMeeting(date: "2023-11-23", place: "Höganäs"))
        // A heading that gives its own date is the next meeting's already; the line under it is not.
        let dated = read("Minnesanteckningar 2023-09-21\n\n1. Läget\nKort.\n2. Nästa möte 5 oktober\n12 oktober ses styrgruppen.\n")
        #expect(dated.nextMeeting?.date == "2023-10-05")
        // Only under a heading that is the next meeting's alone, and not an item of its own.
        let tasks = read("Minnesanteckningar\nDatum: 2023-05-10\n\n1. Läget\nKort.\n2. Uppdrag till nästa möte\n1 juni: Anna skickar underlaget.\n3. Avslut\nTack.\n")
        #expect(tasks.nextMeeting == nil && tasks.date == "2023-05-10")
        let plural = read("Minnesanteckningar 2023-09-21\n\n1. Läget\nKort.\n2. Nästa möten\n12 oktober och 9 november.\n")
        #expect(plural.nextMeeting?.date == "2023-10-12" && plural.date == "2023-09-21")
        let numbered = read("Minnesanteckningar\nDatum: 2023-05-10\n\n1. Läget\nKort.\n2. Nästa möte\n3. Avslut 2023-06-01\nTack.\n")
        #expect(numbered.nextMeeting == nil)
        // A label's sentence is no network's name; a name the title gives comes first.
        let sentence = read("Minnesanteckningar Familjehemsnätverket\nNätverket: Vi välkomnade två nya medlemmar.\nDatum: 2023-05-10\n\n1. Läget\nKort.\n2. Avslut\nTack.\n")
        #expect(sentence.network == "Familjehemsnätverket")
    }

    @Test func aNetworkInLowerCaseIsTheMeetingsOnlyInTheTitle() {
        let below = read("Minnesanteckningar\nDatum: 2023-05-10\nInbjudna: hela familjehemsnätverket\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(below.network == nil)
        let both = read("Anteckningar från missbruksnätverket\nNätverk: Familjehemsnätverket\nDatum: 2023-05-10\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(both.network == "Familjehemsnätverket")
        // Words that end as a group's do but name none.
        for title in ["Genomgång av verksamhetsområdet för socialtjänst", "Möte om målgruppen för insatsen"] {
            #expect(read(title + "\nDatum: 2023-05-10\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n").network == nil, "\(title)")
        }
    }

    @Test func anotherNetworkNamedInTheTextIsNotTheMeetings() {
        let meeting = read("""
            Hej!

            Här kommer anteckningarna från vårt möte 6 maj 2015.

            Närvarande: Anna Berg (Bjuv), Olle Ek (Klippan)

            Hemlöshet
            Gruppen enades om att lyfta frågan i socialchefsnätverket och med IFO-cheferna.
            """)
        #expect(meeting.network == nil)
    }

    @Test("the place: as written under Plats:, or Teams, or digital", arguments: [
        ("Minnesanteckningar IFO\nDatum: 2023-05-10\nPlats: Rådhuset, Landskrona", "Rådhuset, Landskrona"),
        ("Anteckningar från nätverksträff\nTid: 2022-09-01 kl. 13.00–15.00\nPlats: Teamsmöte", "Teams"),
        ("Minnesanteckningar IFO\nDatum: 2023-05-10\n\nMötet hölls via Zoom.", "digital"),
        ("Minnesanteckningar IFO\nDatum: 2023-05-10\n\nMötet hölls även denna gång\nvia Teams på grund av smittläget.", "Teams"),
        ("Minnesanteckningar IFO 10 maj 2023\n\n- **Tid och plats:** kl. 13.00–15.30, Folkets hus, Perstorp", "Folkets hus, Perstorp"),
        ("Minnesanteckningar IFO\nDatum: 2023-05-10\nTid och plats: 10 maj 2023 kl 9, Rådhuset", "Rådhuset"),
        ("Minnesanteckningar IFO\nDatum: 2023-05-10\n- Lokala rutiner ses över\n- Lokal: Ekbacken", "Ekbacken"),
        ("# Minnesanteckningar IFO 10 maj 2023\n\n| Datum | Tid | Plats |\n|---|---|---|\n| 2023-05-10 | kl. 13–15 | Rådhuset, Bjuv |", "Rådhuset, Bjuv"),
        ("**Minnesanteckningar IFO 2023-05-10**\n**Datum**\t**Tid**\t**Plats**\n2023-05-10\t13.30–17.00\tLandskrona, Stadshuset", "Landskrona, Stadshuset"),
        ("Hej!\n\nHär kommer anteckningarna från vårt möte 3 maj 2023 (Stadsbiblioteket i Höganäs).\n\nNärvarande: Anna Berg (Bjuv), Olle Ek (Klippan)",
         "Stadsbiblioteket i Höganäs"),
        ("Hej alla,\nnedan följer minnesanteckningar från vår träff 9 mars 2017 (Stadshuset,\nrum Kärnan, Helsingborg).\n\nNärvarande: Anna Berg (Bjuv)",
         "Stadshuset, rum Kärnan, Helsingborg"),
        ("MINNESANTECKNINGAR\n\nMötesdatum\n2024-02-13\n\nPlats\nÄngelholm, Rådhuset\n", "Ängelholm, Rådhuset"),
        ("# Familjerättsnätverket\n\nNätverksmöte · 23 januari 2024\n📍 Klippan, Kommunhuset\n", "Klippan, Kommunhuset"),
    ])
    func place(header: String, expected: String) {
        let meeting = read(header + "\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(meeting.place == expected)
        #expect(meeting.date != nil)
    }

    @Test func aPlaceInParenthesesIsReadInTheHeaderOnlyAndNeverATimeOrAPersonsKommun() {
        let body = read("Minnesanteckningar IFO\nDatum: 2023-05-10\n\n1. **Inledning**\nInför mötet 12 maj (Rådhuset) ses budgeten över.\n2. **Avslut**\nTack.\n")
        #expect(body.place == nil)
        let time = read("Hej!\n\nAnteckningar från mötet 10 maj 2023 (kl 9–12).\n\nNärvarande: Anna Berg (Bjuv)\n\n1. **Inledning**\nKort.\n2. **Avslut**\nTack.\n")
        #expect(time.place == nil)
    }
}
