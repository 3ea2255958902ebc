import Testing

@testable import MinnesParse

/// Read since reader 221, as a word processor's minutes come out of Word and OpenDocument: a
/// paragraph a line, headings in bold with no blank line above them, points as sub-headings, lettered
/// points under `Övriga frågor`, a guest from a body named by its definite form.
@Suite("Reader 221")
struct Reader221Tests {
    /// "### 2.1 Hemutrustning" under "## 2. Riksnormen …" over text of its own: a subsection of item
    /// 2, as the document's outline says; numbered lines alone ("3.1 …" under "3. …") stay items.
    @Test func pointsAsSubHeadingsOfAPartWithTextAreThePartsItem() {
        let meeting = read("""
            # Minnesanteckningar
            Datum: 2026-03-17

            ## 1. Runda
            Alla berättade kort.

            ## 2. Riksnormen
            Ghassan Khoury tog upp att kommunerna bedömer kostnader olika.

            ### 2.1 Hemutrustning
            Ghassan berättade om schablonerna.

            ### 2.2 Tandvård
            Beslut: Ghassan sammanställer riktlinjerna.

            ## 3. Övriga frågor
            Inga.
            """)
        #expect(meeting.items.map(\.title) == ["Runda", "Riksnormen", "Övriga frågor"])
        #expect(meeting.items[1].decisions.count == 1 && meeting.items[1].text.contains("schablonerna"))
        let lines = read("""
            Minnesanteckningar
            Datum: 2026-03-17

            2. Riksnormen
            Ghassan Khoury tog upp att kommunerna bedömer kostnader olika.

            2.1 Hemutrustning
            Ghassan berättade om schablonerna.

            3. Övriga frågor
            Inga.
            """)
        #expect(lines.items.map(\.title) == ["Riksnormen", "Hemutrustning", "Övriga frågor"])
    }

    /// Word's paragraphs a line each: "**Runda**" right under "Gäst: …" ends the list of guests and
    /// heads an item, as the other bold lines do.
    @Test func aBoldLineIsAHeadingWithNoBlankLineAboveIt() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-01-28
            **Närvarande**
            Chalerm Wongsakul, Ängelholm
            Lubna Saleh, Helsingborg
            Gäst: Azad Barzani, vuxenpsykiatrin i Region Skåne
            **Runda**
            - Ängelholm: har fått fyra nya platser i boende med särskild service.
            - Helsingborg: sysselsättningen har flyttat till nya lokaler.
            **Samordnad individuell plan – vem kallar?**
            Azad Barzani från vuxenpsykiatrin tog upp att det ofta blir oklart vem som ska kalla till SIP.
            **Övriga frågor**
            - Lubna Saleh berättade att Helsingborg har en ny kontaktväg för remisser.
            """)
        #expect(names(meeting.guests) == ["Azad Barzani"])
        #expect(meeting.items.map(\.title) == ["Runda", "Samordnad individuell plan – vem kallar?", "Övriga frågor"])
        // (A body by its definite form, with no place after it: "från vuxenpsykiatrin".)
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Azad Barzani"])
        // A name in bold is no heading.
        #expect(!PeopleLists.isBoldHeading("**Ada Ek**") && PeopleLists.isBoldHeading("**Runda**"))
    }

    /// Under "Övriga frågor", "a) Name: …" is a matter of the one named, also where their kommun
    /// speaks for them and asks ("b) Máret: Ängelholm undrade om …").
    @Test func letteredPointsUnderOtherMattersAreEachOnesMatter() {
        let found = RaiserReader.mentions(titleLine: "Övriga frågor", text: """
            a) Adewale: Helsingborg har tagit fram en ny folder och skickar den gärna till alla.
              b) Máret: Ängelholm undrade om någon kommun har avtal om arvoden för jourhem som går att dela.
            """)
        #expect(found.map(\.name) == ["Adewale", "Máret"])
        #expect(found[1].statement.hasPrefix("Máret: Ängelholm undrade"))
    }
}

/// Read since reader 222: Word's templates and OpenDocument's forms, the rest of varied49 and 50.
@Suite("Reader 222")
struct Reader222Tests {
    /// "Punkt 1: **Runda**": a numbered item whose title is in bold; a template's form of who came,
    /// "Deltagare" over a table by kommun first ("Kommun<TAB>Namn<TAB>Närvarande", "Nej" away), and
    /// "Gäst" under it a label of its own.
    @Test func aTemplatesTableOfPeopleAndItsItemsInBold() {
        let meeting = read("""
            Minnesanteckningar
            Datum\t2025-10-07
            Nätverk\tAnhörigstödsnätverket Skåne Nordväst

            Deltagare
            Kommun\tNamn\tNärvarande
            Helsingborg\tSara-Lena Fogelberg\tJa
            \tWalid Nasser\tJa
            Landskrona\tAlmir Begić\tNej
            Svalöv\tEdin Karić\tJa
            Gäst
            Hannu Rantala, Minnesmottagningen, Region Skåne (punkt 3)

            Punkt 1: **Runda**
            Helsingborg: anhörigkonsulenterna har flyttat.
            Punkt 2: **Anhörigcaféer på kvällstid**
            Wanida tog upp att Åstorp bara har anhörigcafé på dagtid.
            """)
        #expect(names(meeting.attendees) == ["Sara-Lena Fogelberg", "Walid Nasser", "Edin Karić"])
        #expect(names(meeting.absent) == ["Almir Begić"] && names(meeting.guests) == ["Hannu Rantala"])
        #expect(meeting.items.map(\.title) == ["Runda", "Anhörigcaféer på kvällstid"])
        // (The form's row names the network, in full.)
        #expect(meeting.network == "Anhörigstödsnätverket Skåne Nordväst")
        // The same table in Markdown, "Gäst" right under its last row.
        let markdown = read("""
            Minnesanteckningar
            Datum: 2025-10-07

            Deltagare
            | Kommun | Namn | Närvarande |
            |---|---|---|
            | Helsingborg | Sara-Lena Fogelberg | Ja |
            | Landskrona | Almir Begić | Nej |
            | Svalöv | Edin Karić | Ja |
            Gäst
            Hannu Rantala, Minnesmottagningen, Region Skåne (punkt 3)
            """)
        #expect(names(markdown.attendees) == ["Sara-Lena Fogelberg", "Edin Karić"] && names(markdown.guests) == ["Hannu Rantala"])
    }

    /// "Kommunernas nätverk för ekonomiskt bistånd": a network named by whose it is.
    @Test func aNetworkNamedByWhoseItIs() {
        let meeting = read("""
            Minnesanteckningar
            Onsdag 19 november 2025

            **Kommunernas nätverk för ekonomiskt bistånd**
            Närvarande: Ada Ek, Bo Berg
            """)
        #expect(meeting.network == "Kommunernas nätverk för ekonomiskt bistånd")
    }

    /// "Vi hade besök av X från BUP Helsingborg, som berättade att …": the visitor brings the matter;
    /// "Batbayar berättade att Helsingborg har ett sådant avtal": a point made on it.
    @Test func aVisitorBringsAMatterAndOneWhoHasSuchAThingTellsOfIt() {
        let visit = RaiserReader.mentions(titleLine: "Placerade barn och BUP", text: """
            Vi hade besök av Senthil Ramasamy från BUP Helsingborg, som berättade att barnen tappar sin plats i kön.
            """)
        #expect(visit.map(\.name) == ["Senthil Ramasamy"])
        let such = RaiserReader.mentions(titleLine: "Hyresskulder", text: """
            Modupe Afolabi tog upp att Landskrona har haft elva avhysningar.
            Unai frågade om Landskrona har en överenskommelse med bostadsbolagen. Modupe svarade att den inte följs.
            Batbayar berättade att Helsingborg har ett sådant avtal med Helsingborgshem som fungerar bra.
            """)
        #expect(such.map(\.name) == ["Modupe Afolabi"])
    }
}

/// Read since reader 223: Word files from other producers (Google Docs, LibreOffice, Word for the
/// web, a case system's template), varied51.
@Suite("Reader 223")
struct Reader223Tests {
    /// "Närvarande<TAB>Frånvarande" over names side by side: each column the list under its label;
    /// not "Ledamöter<TAB>Närvarande" over names and their marks.
    @Test func twoListsSideBySideByTabs() {
        let meeting = read("Minnesanteckningar 2025-03-12\n\nNärvarande\tFrånvarande\nAnna Ek, Bjuv\tPer Holm, Klippan\nLisa Berg, Åstorp\t\nKim Sten, Höganäs\n\n1. Rapporter\nKort.\n2. Avslut\nTack.\n")
        #expect(names(meeting.attendees) == ["Anna Ek", "Lisa Berg", "Kim Sten"] && names(meeting.absent) == ["Per Holm"])
        let marked = read("Protokoll 2007-12-01\n\nLedamöter\tNärvarande\nGunnar Hed, ordförande\tX\nKarin Ek, kassör\tX\nLars Berg\t\n\n§ 1 Öppnande\nKort.\n§ 2 Avslut\nTack.\n")
        #expect(names(marked.attendees) == ["Gunnar Hed", "Karin Ek"] && names(marked.absent) == ["Lars Berg"])
    }

    /// "Beroendenätverket i nordväst" ending its cell: where it works is part of its name.
    @Test func aNetworkWithWhereItWorks() {
        let meeting = read("**Beroendenätverket i nordväst**\tProtokoll\n\n# Protokoll\nDatum: torsdag 5 februari 2026\nNärvarande: Ada Ek, Bo Berg\n")
        #expect(meeting.network == "Beroendenätverket i nordväst")
    }

    /// Items numbered as headings: a list numbered in plain lines under one is the item's, and
    /// its "3. att …" after "Nattaya föreslog tre saker:" was proposed, not decided; one who tells
    /// after the proposal answers it.
    @Test func aProposalsNumberedListUnderAHeadingIsTheItems() {
        let meeting = read("""
            # Nätverket för familjebehandling
            Datum: 2025-09-23
            Närvarande: Nattaya Srisuk, Tareq Shamoun, Filmon Ghebreyesus

            ## 1. Runda
            - Höganäs: inget nytt.

            ## 2. Föräldragrupper som inte blir fulla
            Nattaya Srisuk tog upp att Landskrona har svårt att fylla grupperna.
            Nattaya föreslog tre saker:
            1. gemensamma grupper för de mindre kommunerna,
            2. en gemensam anmälningssida,
            3. att socialsekreterarna erbjuder grupperna vid första samtalet.

            Tareq Shamoun berättade att Helsingborg fyller sina grupper genom förskolorna.
            **Beslut:** Landskrona och Klippan startar en gemensam grupp i oktober.

            ## 3. Övriga frågor
            - Filmon Ghebreyesus berättade att Åstorp söker en familjebehandlare.
            """)
        #expect(meeting.items.map(\.title) == ["Runda", "Föräldragrupper som inte blir fulla", "Övriga frågor"])
        #expect(meeting.items[1].decisions == ["Landskrona och Klippan startar en gemensam grupp i oktober."])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Nattaya Srisuk"])
        // (In plain numbered lines too: a list in lower case among items titled in capitals.)
        let plain = read("""
            Minnesanteckningar 2025-10-22
            Närvarande: Zdeněk Horák, Tiiu Tamm

            1. Runda
            Inget nytt.
            2. Rekrytering av avlösare
            Zdeněk Horák tog upp att det saknas avlösare. Han föreslog att kommunerna ska
            1. annonsera tillsammans på Platsbanken,
            2. erbjuda samma timersättning.
            3. Övriga frågor
            Inga.
            """)
        #expect(plain.items.map(\.title) == ["Runda", "Rekrytering av avlösare", "Övriga frågor"])
        // (Without the proposal, "3. att …" in an item is a protocol's decision clause.)
        #expect(DecisionReader.decisions(in: "Frågan om beslut diskuterades.\n1. att ses oftare") == ["att ses oftare"])
    }
}

/// A read-over's: below an initials key, initials become their names, but not the first part of a
/// hyphenated word that happens to be someone's initials.
@Suite("Initials key")
struct InitialsKeyTests {
    @Test func aHyphenatedWordKeepsItsFirstPart() {
        let lines = MinutesDocument.initialsKey([
            "Zanele Khumalo (ZK), Klippan", "Ewelina Grabowska (EG), Höganäs", "Joaquín Ferrer (JF), Helsingborg", "",
            "EG/Hög tog upp EG-direktivet. JF: samma sak.",
        ])
        #expect(lines.last == "Ewelina Grabowska tog upp EG-direktivet. Joaquín Ferrer: samma sak.")
    }
}

/// Layout characters a word processor keeps, read plain in every text: a soft hyphen is nothing, a
/// no-break hyphen a hyphen, a narrow no-break space a space (on a line with no other such character).
@Suite("Layout characters")
struct LayoutCharacterTests {
    @Test func softAndNoBreakHyphensAndNarrowSpacesArePlain() {
        #expect(MinutesDocument.plainSpacesAndBullets("LSS\u{2011}hand\u{AD}läggare – ny") == "LSS-handläggare – ny")
        #expect(MinutesDocument.plainSpacesAndBullets("kl.\u{202F}9 – 12") == "kl. 9 – 12")
        #expect(read("Minnesanteckningar 2026-01-28\nNärvarande: Ada Ek\n\n1. Om LSS\u{2011}hand\u{AD}läggare\nKort.\n").items.map(\.title) == ["Om LSS-handläggare"])
    }
}
