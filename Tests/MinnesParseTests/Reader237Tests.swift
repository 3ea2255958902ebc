import Testing

@testable import MinnesParse

/// Read since reader 237: a kommun's template, its band above the title, items numbered in bold
/// without a dot, a list's entry whose role at the meeting comes after the person's title.
@Suite("Reader 237")
struct Reader237Tests {
    /// A bold title numbered without a dot ("**4 Förhandsbedömningar som tar längre tid än 14
    /// dagar**") is an item however many words it has, as it is without bold.
    @Test func aLongBoldTitleNumberedWithoutADotIsAnItem() {
        let meeting = read("""
            # Minnesanteckningar
            Nätverket för mottagning
            Datum: 2025-09-25
            **1 Information från kommunerna**
            Klippan: Inget nytt.
            **2 Samverkan med BUP vid akuta ärenden på helger**
            Rasmus Alvtegen berättade att BUP har telefontid.
            **3 Förhandsbedömningar som tar längre tid än 14 dagar**
            Hedvig Strandmark lyfte att gränsen inte hålls.
            **4 Övriga frågor**
            Inget.
            """)
        #expect(meeting.items.map(\.title) == [
            "Information från kommunerna", "Samverkan med BUP vid akuta ärenden på helger",
            "Förhandsbedömningar som tar längre tid än 14 dagar", "Övriga frågor",
        ])
        #expect(meeting.items[1].raisedBy.map(\.name) == ["Rasmus Alvtegen"])
    }

    /// A template's band above the title dates the document ("Datum 2025-09-30"); the day labelled
    /// under the title ("Tid<TAB>torsdag 25 september 2025") is the meeting's. With no other day
    /// labelled under the title, the band's day is the meeting's.
    @Test func aDayLabelledUnderTheTitleOutweighsTheBandsAboveIt() {
        let band = """
            Datum\t2025-09-30
            Dnr\tSN 2025/117
            # Minnesanteckningar
            Nätverket för mottagning
            Tid\ttorsdag 25 september 2025 kl. 13.00–15.30
            Plats\tKlippan, Kommunhuset

            1. Runda
            Inget nytt.
            2. Övrigt
            Inget.
            """
        #expect(read(band).date == "2025-09-25")
        #expect(read(band.replacingOccurrences(of: "Tid\ttorsdag 25 september 2025 kl.", with: "Tid\tkl.")).date == "2025-09-30")
    }

    /// A role at the meeting after a person's title and kommun ("Eva-Lotta Brandt, administratör,
    /// Klippan, antecknare") makes them the scribe, as "ordförande" there makes one the chair.
    @Test func theScribesRoleAfterTheirTitleIsRead() {
        let meeting = read("""
            # Minnesanteckningar
            Datum: 2025-09-25
            Närvarande:
            Kerstin-Maj Nordin, enhetschef, Klippan, ordförande
            Fitore Berisha, socialsekreterare, Landskrona
            Eva-Lotta Brandt, administratör, Klippan, antecknare

            1. Runda
            Inget nytt.
            """)
        #expect(meeting.scribe?.name == "Eva-Lotta Brandt")
        #expect(meeting.chairs.map(\.name) == ["Kerstin-Maj Nordin"])
        #expect(meeting.attendees.map(\.name) == ["Kerstin-Maj Nordin", "Fitore Berisha", "Eva-Lotta Brandt"])
    }
}

/// Read since reader 238: lists a sentence leads into, and a mail's bullets wrapped.
@Suite("Reader 238")
struct Reader238Tests {
    /// A sentence's lead-in over its list in lower case ("Nattaya föreslog tre saker:" over "1. gemensamma
    /// grupper …,") is no heading, nor its entries items: the item's text, as under a heading they are.
    @Test func aLeadInsListInLowerCaseIsNoItemsNorHeading() {
        let text = """
            # Nätverket för familjebehandling
            Datum: 2025-09-23

            ## Runda
            Alla berättade.

            ## Föräldragrupper
            Ximena Valdivia tog upp att grupperna inte blir fulla.

            Ximena föreslog tre saker:

            1. gemensamma grupper för de mindre kommunerna,
            2. en gemensam anmälningssida,
            3. att socialsekreterarna erbjuder grupperna tidigt.

            ## Övriga frågor
            Inget.
            """
        let meeting = read(text)
        #expect(meeting.items.map(\.title) == ["Runda", "Föräldragrupper", "Övriga frågor"])
        #expect(meeting.items[1].text.contains("en gemensam anmälningssida"))
        // (Capitalised, they are the items they look like.)
        let items = read(text.replacingOccurrences(of: "1. gemensamma", with: "1. Gemensamma").replacingOccurrences(of: "2. en", with: "2. En"))
        #expect(items.items.map(\.title) != ["Runda", "Föräldragrupper", "Övriga frågor"])
    }

    /// A bullet's line wrapped at a mail's width, indented to the bullet's text, goes on in the bullet
    /// whatever it opens with ("se punkt" over "3."): no item 3.
    @Test func aBulletsWrappedLineIsTheBulletsWhateverItOpensWith() {
        let text = """
            Minnesanteckningar – Nätverket för kontaktfamiljer
            Datum: torsdag 26 februari 2026

            1. Runda

              *   Helsingborg: kön till kontaktperson har vuxit under vintern, se punkt
                  3.
              *   Bjuv: inget nytt.

            2. Arvoden

            Quilla Mamani tog upp att arvodena skiljer sig.

            3. Ungdomar

            Text.
            """
        #expect(read(text).items.map(\.title) == ["Runda", "Arvoden", "Ungdomar"])
        #expect(read(text.replacingOccurrences(of: "\n      3.\n", with: "\n3.\n")).items.map(\.title) != ["Runda", "Arvoden", "Ungdomar"])
    }
}

/// Read since reader 239: a signature table's roles, a cover text's mention of a network.
@Suite("Reader 239")
struct Reader239Tests {
    /// A signature table ("Vid anteckningarna<TAB>Justeras" over rules to sign on, "____<TAB>____", over
    /// "Name<TAB>Name, ordförande") names the scribe under its label and the chair by the role in its cell.
    @Test func aSignatureTablesScribeAndChair() {
        let text = """
            # Minnesanteckningar
            Datum: 2009-03-24
            Närvarande: Wendelin Åkesson, Zoltán Ferenczi, Oona Halvorsen

            1. Runda
            Inget.

            Vid anteckningarna\tJusteras
            ______________________________\t______________________________
            Wendelin Åkesson\tZoltán Ferenczi, ordförande
            \t______________________________
            \tOona Halvorsen, justerare
            """
        let meeting = read(text)
        #expect(meeting.scribe?.name == "Wendelin Åkesson")
        #expect(meeting.chairs.map(\.name) == ["Zoltán Ferenczi"])
        // (Not the role of one a list names, with no rule to sign on above it.)
        #expect(read(text.replacingOccurrences(of: "______________________________\tZoltán", with: "Zoltán")
            .replacingOccurrences(of: "______________________________\t______________________________\n", with: "")).chairs.isEmpty)
    }

    /// A cover text's sentence that mentions the socialchefs ("… skickar jag dem vidare till
    /// socialcheferna.") names no network: the minutes' own name does.
    @Test func aCoverTextsMentionOfTheSocialchefsIsNoNetwork() {
        let meeting = read("""
            Anteckningar från träffen 18/11

            här kommer anteckningarna från tisdagens träff i Båstad. Säg till senast på fredag om något ska rättas, annars skickar jag dem vidare till socialcheferna.

            MINNESANTECKNINGAR
            Nätverket för färdtjänsthandläggare
            Datum: tisdag 18 november 2025

            1. Runda
            Inget.
            """)
        #expect(meeting.network == "Nätverket för färdtjänsthandläggare")
        #expect(read("# Minnesanteckningar socialchefer\nDatum: 2025-11-18\n\n1. Runda\nInget.").network == "Socialchef")
    }
}

/// Read since reader 240: a protocol's "Dessutom närvarande".
@Suite("Reader 240")
struct Reader240Tests {
    /// "Dessutom närvarande", as "Övriga närvarande": one from another body (Kommunförbundet Skåne, the
    /// kommuner's association, is one) is a guest; a kommun's own official attends.
    @Test func dessutomNärvarandeFromAnotherBodyIsAGuest() {
        let meeting = read("""
            # Minnesanteckningar
            Datum:\t2002-05-16
            Närvarande:\tGunn-Britt Hallenborg\tHöganäs, ordförande
            Tõnu Saar\tBjuv
            Dessutom närvarande:\tGiuseppina Ferraro\tKommunförbundet Skåne, § 3
            Förhinder:\tHalil Doğan\tÅstorp

            1. Runda
            Inget.
            """)
        #expect(meeting.guests.map(\.name) == ["Giuseppina Ferraro"])
        #expect(meeting.attendees.map(\.name) == ["Gunn-Britt Hallenborg", "Tõnu Saar"])
    }
}

/// Read since reader 241: what ends a list of people with no blank line, a network named by whose it is.
@Suite("Reader 241")
struct Reader241Tests {
    /// An item's "§ 1" right under a list of people, no blank line between, is no row of the list; nor
    /// a sentence of what two of them did ("X ledde mötet och Y skrev anteckningarna.").
    @Test func anItemsMarkerOrASentenceEndsAListOfPeople() {
        let meeting = read("""
            MINNESANTECKNINGAR
            Datum:\t2012-11-20
            GÄST
            – Françoise Delacroix, Lunds universitet, § 3
            § 1\tMÖTETS ÖPPNANDE
            Soheila hälsade välkommen.
            § 2\tRUNDA
            Helsingborg: Har fått en tredje.
            § 3\tPAR SOM SÖKER HJÄLP FÖR SENT
            Françoise Delacroix presenterade en studie.
            """)
        #expect(meeting.items.map(\.title) == ["MÖTETS ÖPPNANDE", "RUNDA", "PAR SOM SÖKER HJÄLP FÖR SENT"])
        let sentence = read("""
            Anteckningar
            Onsdag 7 september 2011
            Närvarande: Shilan Rostami (Helsingborg), Haben Tesfamariam (Landskrona) och Faadumo Jimcaale (Örkelljunga).
            Gäst under punkt 2: Nazdar Qadir, närpolisen i Helsingborg.
            Shilan Rostami ledde mötet och Faadumo Jimcaale skrev anteckningarna.
            1. Runda
            · Helsingborg: Lugnt.
            2. Polisen
            Nazdar Qadir tog upp att polisen vill ha telefonnummer.
            """)
        #expect(sentence.guests.map(\.name) == ["Nazdar Qadir"])
        #expect(sentence.scribe?.name == "Faadumo Jimcaale")
    }

    /// A network named by whose it is, alone on its line or before a dash ("Fältassistenternas nätverk –
    /// anteckningar"); not a page head's "Socialtjänstens nätverk i Skåne Nordväst".
    @Test func aNetworkNamedByWhoseItIs() {
        #expect(read("Fältassistenternas nätverk – anteckningar\nDatum: 2011-09-07\n\n1. Runda\nInget.").network == "Fältassistenternas nätverk")
        #expect(read("Socialtjänstens nätverk i Skåne Nordväst\nDatum: 2011-09-07\n\n1. Runda\nInget.").network != "Socialtjänstens nätverk")
    }

    /// WordPad's bullet, a middle dot opening its line, is a bullet: under "Övrigt" each its own matter.
    @Test func aMiddleDotOpeningALineIsABullet() {
        #expect(MinutesDocument.plainSpacesAndBullets("· Bjuv: Inget nytt.") == "• Bjuv: Inget nytt.")
        #expect(MinutesDocument.plainSpacesAndBullets("Kl. 9·30") == "Kl. 9·30")
    }
}

/// Read since reader 242: a table of decisions in an item.
@Suite("Reader 242")
struct Reader242Tests {
    /// "Beslut<TAB>Ansvarig<TAB>Klart senast" over its rows: each row's first cell what was decided, not
    /// the head's column names; a margin's "Beslut<TAB>…" with a sentence beside it is that decision.
    @Test func aTableOfDecisionsInAnItem() {
        let text = """
            # Minnesanteckningar
            Datum: 2026-04-13

            ## 1. Lätt svenska
            Deqa Samatar tog upp att Svalöv har för få deltagare.
            Beslut\tAnsvarig\tKlart senast
            Svalöv provar en grupp på lätt svenska under hösten.\tDeqa Samatar\tdecember 2026

            ## 2. Övrigt
            Inget.
            """
        #expect(read(text).items[0].decisions == ["Svalöv provar en grupp på lätt svenska under hösten."])
        let margin = text.replacingOccurrences(of: "Beslut\tAnsvarig\tKlart senast\n", with: "Beslut\t")
        #expect(read(margin).items[0].decisions.first?.hasPrefix("Svalöv provar en grupp") == true)
        // (Its words a clause without a full stop, more than a column's name.)
        let clause = text.replacingOccurrences(of: "Beslut\tAnsvarig\tKlart senast\n", with: "Beslut\tSvalöv provar en grupp under hösten\n")
        #expect(read(clause).items[0].decisions.first == "Svalöv provar en grupp under hösten")
        // (Or a word alone beside the label: one cell, no table's head.)
        let word = text.replacingOccurrences(of: "Beslut\tAnsvarig\tKlart senast\n", with: "Beslut\tBifalls\n")
        #expect(read(word).items[0].decisions.first == "Bifalls")
    }
}

/// Read since reader 243: a heading's parts where their numbers are lost.
@Suite("Reader 243")
struct Reader243Tests {
    /// "### Hemutrustning" and "### Tandvård" under an item whose heading is of the level most items'
    /// are ("##", or a plain line an old Word file left unstyled): parts of that item, not items.
    @Test func headingsDeeperThanTheItemsArePartsOfTheItemAbove() {
        let text = """
            # Minnesanteckningar
            Datum: 2026-03-17

            ## Runda i kommunerna
            Bjuv: Inget nytt.

            ## Riksnormen och kostnader utanför normen
            Ghassan Khoury tog upp att kommunerna bedömer kostnaderna olika.

            ### Hemutrustning
            Ghassan berättade om schablonerna.

            ### Tandvård
            Ghassan tog också upp tandvården.

            ## Övriga frågor
            Inget.
            """
        let meeting = read(text)
        #expect(meeting.items.map(\.title) == ["Runda i kommunerna", "Riksnormen och kostnader utanför normen", "Övriga frågor"])
        #expect(meeting.items[1].text.contains("schablonerna"))
        // (Numbered, a part is an item of its own, as its number says.)
        let numbered = text.replacingOccurrences(of: "### Hemutrustning", with: "### 3 Hemutrustning").replacingOccurrences(of: "### Tandvård", with: "### 4 Tandvård")
        #expect(read(numbered).items.count == 5)
    }
}

/// Read since reader 245 (varied58, Outlook's files): a telling of one's own kommun after a matter
/// brought up, a table's "Gäst" mark, a decision cell that says none in two parts, a kommun's people
/// after a dash, a kommun's company no one's name.
@Suite("Reader 245")
struct Reader245Tests {
    /// After one brought a matter up ("tog upp", "lyfte", "väckte"), one telling how it is in their
    /// kommun ("Jónína berättade att Helsingborg har …") comments on it; after one who only told of a
    /// matter, or under "Övrigt", a telling is a matter of its own.
    @Test func aTellingOfOnesKommunAfterAMatterBroughtUpRaisesNothing() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-02-17

            1. Anhörigcafé för unga
            Hülya Demirci tog upp att Bjuv vill starta ett anhörigcafé för unga.
            Jónína Hallgrímsdóttir berättade att Helsingborg har en samtalsgrupp för unga anhöriga.

            2. Webbutbildning
            Grégoire Lefèvre informerade om förbundets webbutbildning.
            Asunción Peña berättade att Höganäs redan använder den.

            3. Övrigt
            Blerim Gashi tog upp att Åstorp söker volontärer.
            Antonín Šimek berättade att Ängelholm flyttar i april.
            """)
        #expect(meeting.items.map { $0.raisedBy.map(\.name) } == [
            ["Hülya Demirci"], ["Grégoire Lefèvre", "Asunción Peña"], ["Blerim Gashi", "Antonín Šimek"],
        ])
        // (Her words go on the matter's statement.)
        #expect(meeting.items[0].raisedBy[0].statement.contains("samtalsgrupp"))
    }

    /// "Gäst, punkt 2" in a table's presence column: there, as a guest, not away.
    @Test func aGuestMarkInTheTableIsAGuest() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-01-21
            ## Närvaro
            Namn\tKommun\tNärvaro
            Berhane Tesfay\tHelsingborg\tNärvarande
            Amanuel Gebremedhin\tBjuv\tFörhinder
            Kavya Menon\tKlippan\tNärvarande
            Mădălina Popa\tVuxenpsykiatrin, Region Skåne\tGäst, punkt 2

            1. Runda
            Inget nytt.
            """)
        #expect(meeting.attendees.map(\.name) == ["Berhane Tesfay", "Kavya Menon"])
        #expect(meeting.guests.map(\.name) == ["Mădălina Popa"])
        #expect(meeting.absent.map(\.name) == ["Amanuel Gebremedhin"])
    }

    /// A decision that says none in each of its parts ("Information, inget beslut.") is none; one part
    /// deciding something is a decision.
    @Test func aDecisionOfPartsThatEachSayNoneIsNone() {
        #expect(DecisionReader.madeNone("Information, inget beslut."))
        #expect(!DecisionReader.madeNone("Information, Fadumo kartlägger bostäderna."))
    }

    /// "Helsingborg – Gurpreet Kaur, Ülle Rebane": a kommun, a dash, then the people from there, each
    /// of them; "Hyun-woo Choi, Helsingborgshem": a kommun's company after a name, no one of its own.
    @Test func aKommunsPeopleAfterADashAndAKommunsCompany() {
        let meeting = read("""
            Anteckningar – Nätverket för bostadssociala frågor
            Datum: fredag 28 november 2025
            Närvarande:
            Helsingborg – Gurpreet Kaur, Ülle Rebane
            Landskrona – Szilárd Kovács, Ionuț Stan
            Ängelholm – Sepideh Jafari
            Gäst: Hyun-woo Choi, Helsingborgshem, under punkt 2

            1) Bostad först
            Ülle Rebane berättade om Bostad först.
            """)
        #expect(meeting.attendees.map(\.name) == ["Gurpreet Kaur", "Ülle Rebane", "Szilárd Kovács", "Ionuț Stan", "Sepideh Jafari"])
        #expect(meeting.attendees[1].municipality == "Helsingborg")
        #expect(meeting.guests.map(\.name) == ["Hyun-woo Choi"])
        #expect(!PeopleLists.isName("Landskronahem") && PeopleLists.isName("Helsing"))
    }
}

/// Read since reader 247 (varied59, mails in mails).
@Suite("Reader 247")
struct Reader247Tests {
    /// "Bjuvs kommunhus, sammanträdesrum Billesholm" under the date: a kommun's building, then a room,
    /// the place; "Helsingborgs stad, Socialförvaltningen" is who wrote, no place.
    @Test func aKommunsBuildingAndRoomUnderTheDateIsThePlace() {
        let meeting = read("""
            Minnesanteckningar Växelvårdsnätverket
            Onsdag 11 februari 2026, kl. 13.00–15.30
            Bjuvs kommunhus, sammanträdesrum Billesholm
            Närvarande: Ingibjörg Hauksdóttir, Kulwinder Bains

            1. Föregående minnesanteckningar
            Lades till handlingarna.
            """)
        #expect(meeting.place == "Bjuvs kommunhus, sammanträdesrum Billesholm")
        #expect(!MinutesReader.isKommunsBuilding("Helsingborgs stad") && !MinutesReader.isKommunsBuilding("Bjuv kommunhus"))
    }

    /// "Thanasis Papadakis från Höganäs var med på hela mötet": one listed away was there.
    @Test func oneSaidToHaveBeenThereAllAlongIsPresent() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-02-11
            Närvarande: Ingibjörg Hauksdóttir, Kulwinder Bains
            Frånvarande: Thanasis Papadakis, Höganäs; Mehriban Əliyeva, Klippan

            Rättelse: Thanasis Papadakis från Höganäs var med på hela mötet. Mehriban var inte där.

            1. Föregående minnesanteckningar
            Lades till handlingarna.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ingibjörg Hauksdóttir", "Kulwinder Bains", "Thanasis Papadakis"])
        #expect(meeting.absent.map(\.name) == ["Mehriban Əliyeva"])
    }

    /// "Övriga närvarande" the one list of those present, under "Ordf.:" and "Sekr.:": chair and
    /// scribe were there too, first.
    @Test func theOthersPresentFollowTheChairAndTheScribe() {
        let meeting = read("""
            ANTECKNINGAR
            Tid och plats: onsdag 6 maj 2026 kl. 10.00–15.00, Båstad, Kommunhuset
            Ordf.: Sigurlaug Björnsdóttir, Båstad
            Sekr.: Sukhjit Kaur Gill, Ängelholm
            Övriga närvarande: Külli Raudsepp (Helsingborg), Munir Al-Khatib (Landskrona)

            1. Föregående anteckningar
            Godkändes.
            """)
        #expect(meeting.attendees.map(\.name) == ["Sigurlaug Björnsdóttir", "Sukhjit Kaur Gill", "Külli Raudsepp", "Munir Al-Khatib"])
    }

    /// A short mail from a phone: the name over "Skickat från min iPhone" its signer, no item of either.
    @Test func aPhonesSignOffSaysWhoWrote() {
        let meeting = read("""
            Re: Anteckningar från träffen

            Tack, fint sammanfattat! Jag skickar gärna bilder på tejpen.

            Sayuri Nakamura

            Skickat från min iPhone
            """)
        #expect(meeting.scribe?.name == "Sayuri Nakamura")
        #expect(meeting.items.isEmpty)
    }
}

/// Read since reader 248.
@Suite("Reader 248")
struct Reader248Tests {
    /// A heading over a sentence's lead-in to its list ("**Incheckning**" over "Kort runda där alla
    /// berättade hur det går:") is an item as one over a paragraph is, its list its text.
    @Test func aHeadingOverALeadInIsAnItem() {
        let meeting = read("""
            Minnesanteckningar – Nätverket för seniorvärdar
            **Datum:** torsdag 12 mars 2026

            **Incheckning**
            Kort runda där alla berättade hur det går:
            · Klippan: många nya besök efter annonsen i Nordvästra Skånes Tidningar.
            · Landskrona: en ny kollega börjar i april och ska gå bredvid de andra.

            **Brandsäkerhet hos äldre**
            Kenta Watanabe berättade om bränderna.
            """)
        #expect(meeting.items.map(\.title) == ["Incheckning", "Brandsäkerhet hos äldre"])
        #expect(meeting.items[0].text.contains("Landskrona: en ny kollega"))
    }

    /// Not a line over a label alone ("Plats:"), nor over a list of people's label ("Närvarande vid
    /// dagens möte:"): a header's lines, no items.
    @Test func aLineOverALabelIsNoItem() {
        let meeting = read("""
            **Seniorvärdarnas nätverk i Familjen Helsingborg**
            Plats:
            Klippan, Kommunhuset

            **Anteckningar från träffen i Klippan**
            Närvarande vid dagens möte:
            Pádraig Ó Súilleabháin, Xiuying Chen

            **Brandsäkerhet hos äldre**
            Kenta Watanabe berättade om bränderna.
            """)
        #expect(meeting.items.map(\.title) == ["Brandsäkerhet hos äldre"], "\(meeting.items.map(\.title))")
    }
}

/// Read since reader 249.
@Suite("Reader 249")
struct Reader249Tests {
    /// A page head's columns ("…<TAB>Kuratorsnätverket") first, as Word's reader puts a head, and the
    /// network in full under the title: the full name. Without it, the head's name stands.
    @Test func theNetworkInFullOverAPageHeadsShortName() {
        let text = """
            Ungdomsmottagningarna i Familjen Helsingborg\tKuratorsnätverket

            # Minnesanteckningar
            Nätverket för ungdomsmottagningarnas kuratorer
            Datum\tTisdag 20 januari 2026
            Plats\tLandskrona, Ungdomsmottagningen, rum Ven
            Ordförande\tStavroula Nikolaidou

            ## 1. Aktuellt från mottagningarna
            Inget nytt.
            """
        #expect(read(text).network == "Nätverket för ungdomsmottagningarnas kuratorer")
        #expect(read(text.replacingOccurrences(of: "Nätverket för ungdomsmottagningarnas kuratorer\n", with: "")).network == "Kuratorsnätverket")
    }
}

/// Read since reader 251.
@Suite("Reader 251")
struct Reader251Tests {
    /// The bullets a sentence leads in to ("Kort runda där alla berättade hur det går:" over "- Bjuv:
    /// lugnt läge") are that item's text, however short; under a label ("Rundan:") or under "Övrigt"
    /// ("Följande frågor togs upp:") each is an item, as right under a heading.
    @Test func theListASentenceLeadsInToIsItsItemsText() {
        let text = """
            Minnesanteckningar – Nätverket för fritidsgårdar
            Datum: 12 mars 2026
            Närvarande: Ada Berg (Bjuv), Per Holm (Klippan), Eva Lind (Svalöv)

            **Incheckning**
            Kort runda där alla berättade hur det går:
            - Bjuv: lugnt läge
            - Klippan: nya lokaler
            - Svalöv: personalbrist

            **Sommarlovsaktiviteter**
            Per Holm tog upp planeringen av sommarlovet.
            """
        let meeting = read(text)
        #expect(meeting.items.map(\.title) == ["Incheckning", "Sommarlovsaktiviteter"], "\(meeting.items.map(\.title))")
        #expect(meeting.items.first?.text.contains("Klippan: nya lokaler") == true)
        let labelled = read(text.replacingOccurrences(of: "Kort runda där alla berättade hur det går:", with: "Rundan:"))
        #expect(labelled.items.map(\.title).contains("Klippan"), "\(labelled.items.map(\.title))")
        let other = read(text.replacingOccurrences(of: "**Incheckning**\nKort runda där alla berättade hur det går:", with: "**Övrigt**\nFöljande frågor togs upp:"))
        #expect(other.items.map(\.title).contains("Klippan"), "\(other.items.map(\.title))")
    }

    /// A guest's label with when they came ("Gäst under § 3:", "Inbjuden till punkt 2:"), or that
    /// they took part ("Medverkande gäst:"); two guests with their roles apart by ", och"; those away
    /// written by kommun, their name in parentheses ("Bjuv (Halyna Kovalenko) och Perstorp (…)").
    @Test func guestsLabelsAndThoseAwayByKommun() {
        let meeting = read("""
            Minnesanteckningar från IFO-nätverket
            Datum: 2025-11-12
            Närvarande: Ada Berg (Bjuv), Per Holm (Klippan)
            Förhinder: Bjuv (Halyna Kovalenko) och Perstorp (Genet Tadesse).
            Gäst under § 3: Hervé Marchetti, kommunpolis i Höganäs och Bjuv.
            **Medverkande gäst:** Rukmini Rao, specialistpsykolog, under ärende 2
            **Inbjuden till punkt 2:** Anahit Sargsyan, biträdande institutionschef på SiS.
            Gäster: Eyolf Tangen, kammaråklagare (punkt 2), och Rajesh Pillai, barnläkare på lasarettet (punkt 3)

            § 1 Kommunrundan
            Inget nytt.
            """)
        #expect(meeting.absent.map(\.name) == ["Halyna Kovalenko", "Genet Tadesse"])
        #expect(meeting.absent.map(\.municipality) == ["Bjuv", "Perstorp"])
        // (A kommun's, not a surname's: "Anna Berg (Lena Holm)" is Anna Berg.)
        #expect(read("Minnesanteckningar\nDatum: 2025-11-12\nFrånvarande: Lena Ek (Svalöv), Anna Berg (Lena Holm)\n\n1. Inledning\nInget.").absent.map(\.name) == ["Lena Ek", "Anna Berg"])
        #expect(meeting.guests.map(\.name) == ["Hervé Marchetti", "Rukmini Rao", "Anahit Sargsyan", "Eyolf Tangen", "Rajesh Pillai"], "\(meeting.guests.map(\.name))")
        // (Since reader 274 "vid" too: "Gäst vid § 3:", "Gäst vid punkt 2:".)
        for label in ["Gäst vid § 3:", "Gäst vid punkt 2:"] {
            let at = read("Minnesanteckningar\nDatum: 2025-11-12\nNärvarande: Ada Berg (Bjuv), Per Holm (Klippan)\n\(label) Hervé Marchetti, kommunpolis i Höganäs.\n\n§ 1 Kommunrundan\nInget nytt.")
            #expect(at.guests.map(\.name) == ["Hervé Marchetti"], "\(label)")
        }
    }

    /// "Anmält av: Přemysl Horáček, Gustavo Ferreira", a template's field: each brought the item.
    @Test func thoseAnItemsFieldSaysPutItForwardRaiseIt() {
        let meeting = read("""
            # IFO-nätverket
            Datum: 2026-01-21
            Närvarande: Přemysl Horáček (Svalöv), Gustavo Ferreira (Örkelljunga), Annikki Väisänen (Höganäs)

            ## 5. Övrigt
            Anmält av: Přemysl Horáček, Gustavo Ferreira
            Přemysl Horáček meddelade att han går i pension den 30 april.
            Gustavo Ferreira frågade om fler kommuner vill köpa en gemensam utbildning i BBIC. Annikki anmälde intresse.
            """)
        #expect(meeting.items.first?.raisedBy.compactMap(\.name) == ["Přemysl Horáček", "Gustavo Ferreira"])
    }

    /// A reply's line over the mail it quotes ("Den tors 12 mars 2026 kl 14:03 skrev …:") says when that
    /// mail was sent, not when they met.
    @Test func aQuotedMailsDateIsNotTheMeetings() {
        let meeting = read("""
            SV: Minnesanteckningar Socialchefsnätverket 5 mars

            Tack, en rättelse till punkt 3.
            Kirsten
            Den tors 12 mars 2026 kl 14:03 skrev Souad Benali <souad@bjuv.example>:
            Minnesanteckningar – Socialchefsnätverket
            **Tid:** torsdagen den 5:e mars 2026, kl 09.00–12.00
            Närvarande: Kirsten Holmberg (Landskrona), Souad Benali (Bjuv)

            1) Inledning
            Kirsten öppnade mötet.
            """)
        #expect(meeting.date == "2026-03-05")
        // (A line that only says someone wrote is no such line: "Tid: …, Souad skrev anteckningar".)
        #expect(read("Minnesanteckningar\nTid: torsdagen den 5 mars 2026, Souad skrev anteckningar\n\n1) Inledning\nInget.").date == "2026-03-05")
    }
}

/// Read since reader 252.
@Suite("Reader 252")
struct Reader252Tests {
    static let transcript = """
        [00:00:04] Ada Berg: Välkomna till dagens möte i Nätverket för fritidsgårdar.
        [00:00:09] Ada Berg: Idag är det tisdag den 10 mars 2026.
        [00:00:20] Per Holm: Hej, Per här från Klippan.
        [00:00:25] Lwazi Ndlovu (Gäst): Och jag är Lwazi från Försäkringskassan.
        [00:00:40] Talare 3: Hej allihop.
        [00:01:02] Ada Berg: Punkt ett: Sommarlovet. Per, varsågod.
        [00:01:10] Per Holm: Ja. Vi vill samordna utflykterna i år.
        [00:01:30] Ada Berg: Då bestämmer vi att Per samordnar utflykterna.
        [00:02:02] Ada Berg: Punkt två: Avslag på sjukpenning. Lwazi?
        [00:02:10] Lwazi Ndlovu (Gäst): Tack. Många vet inte att de kan begära omprövning.
        [00:02:40] Ada Berg: Vi bestämmer att Lwazi skickar ett informationsblad.
        """

    /// A transcript of several voices: each item said aloud ("Punkt ett: Sommarlovet.") heads the turns
    /// after it, who spoke came (one the tool marks "(Gäst)" a guest; a numbered speaker no one named
    /// is no one), the one who calls the items chairs, "Då bestämmer vi att …" and "Vi bestämmer att
    /// …" decide.
    @Test func aTranscriptsItemsSaidAloudAndWhoSpoke() {
        let meeting = read(Self.transcript)
        #expect(meeting.date == "2026-03-10")
        #expect(meeting.items.map(\.title) == ["Sommarlovet", "Avslag på sjukpenning"], "\(meeting.items.map(\.title))")
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Per Holm"], ["Lwazi Ndlovu"]])
        #expect(meeting.items.first?.decisions.first?.contains("Per samordnar utflykterna") == true, "\(meeting.items.first?.decisions ?? [])")
        #expect(meeting.items.last?.decisions.first?.contains("Lwazi skickar ett informationsblad") == true, "\(meeting.items.last?.decisions ?? [])")
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm"])
        #expect(meeting.guests.map(\.name) == ["Lwazi Ndlovu"])
        // (The one who calls the items chairs.)
        #expect(meeting.chairs.map(\.name) == ["Ada Berg"])
        #expect(read(Self.transcript.replacingOccurrences(of: "Ada Berg: Punkt två", with: "Per Holm: Punkt två")).chairs.isEmpty)
        // (Under the notes' own title, which stays the title.)
        let titled = read("Minnesanteckningar från nätverksträffen\n\n" + Self.transcript)
        #expect(titled.title == "Minnesanteckningar från nätverksträffen")
        #expect(titled.attendees.map(\.name) == ["Ada Berg", "Per Holm"])
    }

    /// Notes that list who came keep their list: a speaker is not added to it.
    @Test func aTranscriptsOwnListOfWhoCameStands() {
        let meeting = read("Närvarande: Ada Berg, Eva Lind\n\n" + Self.transcript)
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Eva Lind"], "\(meeting.attendees.map(\.name))")
    }
}

@Suite("Reader 255")
struct Reader255Tests {
    /// "Gäster: A, role (punkt 2) och B, role (punkt 3)": the "och" in the part after A's comma names the
    /// next guest, with no comma before it; one inside parentheses does not.
    @Test func aRolesOchNamesTheNextOne() {
        let header = "Minnesanteckningar\nDatum: 2026-02-06\nNärvarande: Ada Berg, Per Holm, Eva Lind\n"
        let two = read(header + "Gäster: Eyolf Tangen, kammaråklagare (punkt 2) och Rajesh Pillai, barnläkare på lasarettet (punkt 3)\n1. Samråd\nText.")
        #expect(two.guests.map(\.name) == ["Eyolf Tangen", "Rajesh Pillai"], "\(two.guests.map(\.name))")
        let one = read(header + "Gäster: Eyolf Tangen, kammaråklagare (punkt 2 och Rajesh Pillai), polisen\n1. Samråd\nText.")
        #expect(one.guests.map(\.name) == ["Eyolf Tangen"], "\(one.guests.map(\.name))")
    }

    /// A guest's label for an item after a comma ("Gäst, punkt 2:") is a guests' label.
    @Test func aGuestsLabelForAnItemAfterAComma() {
        let meeting = read("Minnesanteckningar\nDatum: 2026-02-24\nNärvarande: Ada Berg, Per Holm\nGäst, punkt 2: Istahil Aden, Kvinnojouren\n1. Läget\nText.")
        #expect(meeting.guests.map(\.name) == ["Istahil Aden"] && meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm"])
    }

    /// A signed attendance sheet: a column of two names ("Kommun / organisation") is the kommun's, the
    /// signatures' column no one's detail, "(gäst)" beside where one came from a guest.
    @Test func aSignedAttendanceSheetsColumns() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-03-11
            Närvarande: se närvarolistan
            1. Läget
            Text.
            2. Övrigt
            Inget.

            Namn\tKommun / organisation\tNamnteckning
            Ada Berg\tBjuv\tAB
            Per Holm\tKlippan\tPH HLM
            Otabek Karimov\tFörsäkringskassan (gäst)\tOK
            """)
        #expect(meeting.attendees.map(\.name) == ["Ada Berg", "Per Holm"], "\(meeting.attendees.map(\.name))")
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", "Klippan"] && meeting.attendees.allSatisfy { $0.role == nil })
        #expect(meeting.guests.map(\.name) == ["Otabek Karimov"])
    }

    /// "Narek bjöd in till Svalövs utbildningsdag" under Övrigt brings a matter.
    @Test func anInvitationBringsAMatter() {
        let meeting = read("Minnesanteckningar\nDatum: 2026-01-15\nNärvarande: Ada Berg, Narek Hakobyan\n1. Övrigt\nNarek Hakobyan bjöd in till Svalövs utbildningsdag för nya familjehem.")
        #expect(meeting.items.first?.raisedBy.compactMap(\.name) == ["Narek Hakobyan"])
    }
}

@Suite("Reader 256")
struct Reader256Tests {
    /// "Nätverket träffades onsdagen den 25 februari 2026 kl. 13.00–15.30 i Örkelljunga kommunhus, …":
    /// the time between the day and where they met is no end of the sentence.
    @Test func whereTheyMetAfterTheirTime() {
        let meeting = read("""
            Minnesanteckningar
            Nätverket träffades onsdagen den 25 februari 2026 kl. 13.00–15.30 i Örkelljunga kommunhus, sammanträdesrum Skäralid.
            Närvarande: Ada Berg, Per Holm
            1. Läget
            Text.
            """)
        #expect(meeting.place == "Örkelljunga kommunhus, sammanträdesrum Skäralid" && meeting.date == "2026-02-25", "\(meeting.place ?? "")")
    }

    /// Under "Vid protokollet", a signature read as letters ("Nar<TAB>AÅ", a dotted line) over the name in
    /// full: the name is the scribe; a first name alone over no full name stays the scribe.
    @Test func theScribesNameInFullUnderASignature() {
        let minutes = { (signature: String) in
            read("Minnesanteckningar\nDatum: 2026-02-25\nNärvarande: Ada Berg, Hiwot Gebre\n1. Läget\nText.\n2. Övrigt\nInget.\n\nVid protokollet\n\(signature)")
        }
        #expect(minutes("Nar\tAÅ\nHiwot Gebre").scribe?.name == "Hiwot Gebre")
        #expect(minutes("…………………………\nHiwot Gebre").scribe?.name == "Hiwot Gebre")
        #expect(minutes("Hiwot").scribe?.name == "Hiwot")
    }
}

@Suite("Reader 259")
struct Reader259Tests {
    /// A table of who came by kommun whose column of names is "Deltagare", each one's note in
    /// parentheses by the name: the chair, the scribe and those away as the notes say.
    @Test func aRosterWhoseNamesAreDeltagareWithNotesByTheName() {
        let meeting = read("""
            Minnesanteckningar
            Datum: 2026-03-25
            Kommun\tDeltagare
            Perstorp\tIda Sahl (ordförande)
            Helsingborg\tOla Karm (antecknare)
            Landskrona\tMia Kov
            Klippan\tEva Lind (förhinder)
            Örkelljunga\tingen representant
            1. Läget
            Text.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ida Sahl", "Ola Karm", "Mia Kov"], "\(meeting.attendees)")
        #expect(meeting.absent.map(\.name) == ["Eva Lind"] && meeting.chairs.map(\.name) == ["Ida Sahl"] && meeting.scribe?.name == "Ola Karm")
        #expect(meeting.attendees.first?.municipality == "Perstorp")
    }
}

@Suite("Reader 263")
struct Reader263Tests {
    /// A list typed with a blank line under each name: every name a paragraph of one line is in it,
    /// under a label with a colon or a heading; the item's title after it is not.
    @Test func aNameAParagraphIsStillTheList() {
        for label in ["Närvarande:", "## Deltagare"] {
            let meeting = read("Minnesanteckningar\nDatum: 2026-03-12\n\n\(label)\n\nAda Ek, Bjuv\n\nPer Holm, Klippan\n\nEva Lind\n\nDigital ansökan\n\nAda Ek berättade om ansökan.")
            #expect(names(meeting.attendees) == ["Ada Ek", "Per Holm", "Eva Lind"], "\(label)")
            #expect(meeting.items.map(\.title) == ["Digital ansökan"], "\(label)")
        }
        // (A paragraph under them is no one, though its first line may look a name: "Nya Rutiner" over its text.)
        let titled = read("Minnesanteckningar\nDatum: 2026-03-12\n\nNärvarande:\n\nAda Ek, Bjuv\n\nPer Holm, Klippan\n\nNya Rutiner\nAda Ek berättade om rutinerna.")
        #expect(names(titled.attendees) == ["Ada Ek", "Per Holm"])
        // (A label with its names, the text's first line, and a blank line: the list ends there.)
        #expect(names(read("Närvarande: Ada Ek, Bjuv\n\nPer Holm, Klippan\n\n1. Läget\nText.").attendees) == ["Ada Ek"])
        // (A paragraph of two lines is a list's end: only lists of one line a paragraph go on.)
        let ended = read("Minnesanteckningar\nDatum: 2026-03-12\n\nNärvarande:\n\nAda Ek, Bjuv\nPer Holm, Klippan\n\nEva Lind\n\n1. Läget\nText.")
        #expect(names(ended.attendees) == ["Ada Ek", "Per Holm"])
    }

    /// A heading in capitals under names that are not ("**DIGITAL ANSÖKAN**", "FAMILJEHEM") ends the
    /// list, a blank line before it or none, and is an item; a list of names in capitals stays one.
    @Test func aHeadingInCapitalsUnderTheNamesIsNoOne() {
        for heading in ["**DIGITAL ANSÖKAN**", "DIGITAL ANSÖKAN"] {
            for gap in ["\n", "\n\n"] {
                let meeting = read("Minnesanteckningar\nDatum: 2026-03-12\n\nNärvarande:\(gap)Ada Ek, Bjuv\(gap)Per Holm, Klippan\(gap)\(heading)\nAda Ek berättade om ansökan.\n\nFAMILJEHEM\nPer Holm lyfte att det saknas familjehem.")
                #expect(names(meeting.attendees) == ["Ada Ek", "Per Holm"], "\(heading) \(gap.count)")
                #expect(meeting.items.map(\.title) == ["DIGITAL ANSÖKAN", "FAMILJEHEM"], "\(heading) \(gap.count)")
            }
        }
        let capitals = read("Minnesanteckningar\nDatum: 2026-03-12\nNärvarande:\nADA EK, Bjuv\nPER HOLM, Klippan\n\n1. Läget\nText.")
        #expect(capitals.attendees.count == 2, "\(capitals.attendees)")
    }
}

@Suite("Reader 264")
struct Reader264Tests {
    static let minutes = Meeting(
        file: "brev.eml#anteckningar.docx", title: "Minnesanteckningar", attendees: [Person(name: "Per Holm")],
        items: [AgendaItem(position: 1, title: "Familjehem", text: "Per Holm lyfte att det saknas familjehem.")]
    )

    /// A mail that only covers the minutes it carries is no meeting beside them: its words are theirs,
    /// and the day and signer it gives where the minutes give none.
    @Test func aCoverMailIsNoMeetingOfItsOwn() {
        let cover = Meeting(file: "brev.eml", title: "Anteckningar", date: "2026-03-12", scribe: Person(name: "Ada Ek"), notes: "Här kommer anteckningarna från gårdagens träff.")
        let folded = CoverMail.folded([cover, Self.minutes])
        #expect(folded.map(\.file) == ["brev.eml#anteckningar.docx"])
        #expect(folded.first?.date == "2026-03-12" && folded.first?.scribe?.name == "Ada Ek")
        #expect(folded.first?.notes.contains("gårdagens träff") == true)
        // (What the minutes say themselves stays: their day, their scribe.)
        var dated = Self.minutes
        (dated.date, dated.scribe) = ("2026-03-11", Person(name: "Eva Lind"))
        #expect(CoverMail.folded([cover, dated]).first.map { [$0.date, $0.scribe?.name] } == ["2026-03-11", "Eva Lind"])
        // (A forward over a forward: both covers fold into the minutes two levels down.)
        var deep = Self.minutes
        deep.file = "vb.eml#Fwd.eml#anteckningar.docx"
        let chain = [Meeting(file: "vb.eml", title: "VB"), Meeting(file: "vb.eml#Fwd.eml", title: "Fwd"), deep]
        #expect(CoverMail.folded(chain).map(\.file) == [deep.file])
    }

    /// A mail whose own text holds minutes, or one carrying no minutes (a budget's figures), is read as before.
    @Test func aMailOfItsOwnOrCarryingNoMinutesStays() {
        var own = Self.minutes
        own.file = "brev.eml"
        let attached = Meeting(file: "brev.eml#agenda.pdf", title: "Dagordning")
        #expect(CoverMail.folded([own, attached]).count == 2)
        let cover = Meeting(file: "brev.eml", title: "Budget", notes: "Här är budgeten.")
        #expect(CoverMail.folded([cover, Meeting(file: "brev.eml#budget.pdf", title: "Budget 2026")]).count == 2)
        // (Nor is a file whose name only begins like the mail's its: "brev.eml2" is another file.)
        var other = Self.minutes
        other.file = "brev.eml2"
        #expect(CoverMail.folded([cover, other]).count == 2)
    }
}

@Suite("Reader 265")
struct Reader265Tests {
    /// Word's plain text writes a symbol font's bullet as the font's character read as Latin-1, then a
    /// tab: a bullet, not the characters. A protocol's `§` before its number stays.
    @Test func aSymbolFontsBulletInPlainTextIsABullet() {
        let shown = { (line: String) in MinutesDocument.plainSpacesAndBullets(line) }
        #expect(shown("§\tmatchningen tar längre tid") == "•\tmatchningen tar längre tid")
        #expect(shown("Ø\tkostnaden delas") == "•\tkostnaden delas" && shown("ü\tstödsamtal") == "•\tstödsamtal")
        #expect(shown("o\tvia regionens") == "◦\tvia regionens" && shown("  o\ten läkare") == "  ◦\ten läkare")
        #expect(shown("§\t14 barn placerades") == "•\t14 barn placerades")
        for kept in ["§\t14\tBudget", "§\t14 Budget 2026", "§ 14 Budget", "Øyvind Brekke, Bjuv", "ort\tBjuv", "o Ada"] {
            #expect(shown(kept) == kept)
        }
        // (Under a people label, a second level's bullets are the list's.)
        let meeting = read("Minnesanteckningar\nDatum: 2026-05-05\nNärvarande:\no\tAda Ek, Bjuv\no\tPer Holm, Klippan\n\n1. Läget\nText.")
        #expect(names(meeting.attendees) == ["Ada Ek", "Per Holm"])
    }

    /// "Antecknat av Jussi Korhonen" closing minutes pasted into a mail, over the sender's greeting and
    /// name: the one who took the notes, not the sender.
    @Test func whoTookTheNotesOverTheMailsSignature() {
        let meeting = read("Minnesanteckningar\nDatum: 2026-05-07\nNärvarande: Leonora Berisha, Jussi Korhonen, Astrid Nyholm\n\n§ 1 Läget\nText.\n\n§ 2 Övrigt\nInget.\n\nAntecknat av Jussi Korhonen\n\nVänliga hälsningar\n\nLeonora Berisha\nEnhetschef, Örkelljunga kommun")
        #expect(meeting.scribe?.name == "Jussi Korhonen")
        // (A board's role in an item's text, "Sekreterare Lisa Berg", closes nothing: the signature's name stays.)
        let role = read("Minnesanteckningar\nDatum: 2026-05-07\nNärvarande: Leonora Berisha, Lisa Berg\n\n§ 1 Val\nSekreterare Lisa Berg\n\n§ 2 Övrigt\nInget.\n\nVid protokollet\n\nLeonora Berisha")
        #expect(role.scribe?.name == "Leonora Berisha")
    }
}

@Suite("Reader 266")
struct Reader266Tests {
    /// Those away named by first name in a mail ("Roar och Marzena hade förhinder, därför ligger ni på
    /// kopia."), in full by the names the mail was copied to; one copied and not named is no one.
    @Test func thoseAwayByFirstNameInFullByTheMailsCopies() {
        let meeting = read("""
            Från: Marjut Hallingberg <marjut.hallingberg@landskrona.se>
            Till: Nätverket <natverket@helsingborg.se>
            Kopia: Roar Kvisthammar <roar.kvisthammar@perstorp.se>; Marzena Wójcikowska <marzena.wojcikowska@svalov.se>; Ebbe Lind <ebbe.lind@bjuv.se>
            Ämne: Anteckningar

            Hej! Vi träffades i går i Bjuv.

            Med var: Ramin Lindqvarn (Ängelholm), Nelma Eklundh (Helsingborg) och jag. Roar och Marzena hade förhinder, därför ligger ni på kopia.

            1. Runda
            Nelma berättade om läget.
            2. Övrigt
            Inget.
            """)
        #expect(names(meeting.absent) == ["Roar Kvisthammar", "Marzena Wójcikowska"], "\(meeting.absent)")
        #expect(!meeting.listed.contains { $0.name.hasPrefix("Ebbe") })
    }

    /// A next meeting's phrase names the day in its own sentence, before it or after it; a form's time
    /// stamp before "Kan vi ta det på nästa träff?" is no next meeting (it had put the meeting a year back).
    @Test func aNextMeetingsDayIsInItsOwnSentence() {
        let minutes = { (line: String) in
            read("Minnesanteckningar\nDatum: torsdag 27 november 2025\nNärvarande: Ada Ek, Per Holm\n1. Upphandling\n\(line)\n2. Övrigt\nInget.")
        }
        let stamped = minutes("2025-11-14 11:03:48, Per Holm: Dahlia och jag vill upphandla tillsammans. Kan vi ta det på nästa träff?")
        #expect(stamped.date == "2025-11-27" && stamped.dateAsWritten == nil && stamped.nextMeeting == nil, "\(stamped.date ?? "") \(String(describing: stamped.nextMeeting))")
        for line in ["Nästa träff, torsdag 12 februari 2026, blir fysisk i Åstorp.", "Nästa möte kl. 13.00 den 12 februari 2026 i Bjuv.", "Den 12 februari 2026 är nästa träff."] {
            #expect(minutes(line).nextMeeting?.date == "2026-02-12", "\(line)")
        }
    }
}

@Suite("Reader 267")
struct Reader267Tests {
    /// Notes typed fast: "Frånv:" those away, and a line of a kommun, a building and its room under
    /// the day ("Perstorp, Medborgarhuset rum 2") where they met.
    @Test func anAbbreviatedAbsentLabelAndARoomAfterItsBuilding() {
        let meeting = read("Nyanländanätverket – anteckn.\nMån 18/5-26 kl 9–11.30\nPerstorp, Medborgarhuset rum 2\n\nNärv:\n- Ada Ek, Bjuv\n- Per Holm, Klippan\nFrånv: Eva Lind, Åstorp / Ola Berg, Bjuv\n\nI. Runda\n- Bjuv: inget nytt")
        #expect(names(meeting.absent) == ["Eva Lind", "Ola Berg"] && names(meeting.attendees) == ["Ada Ek", "Per Holm"], "\(meeting.absent)")
        #expect(meeting.place == "Perstorp, Medborgarhuset rum 2")
        // (A room's number after words that are no building's name is none: "Perstorp, bokat rum 2".)
        #expect(read("Anteckningar\nMån 18/5-26\nPerstorp, bokat rum 2\n\nNärv: Ada Ek\n\n1. Runda\nText.").place == nil)
    }
}
