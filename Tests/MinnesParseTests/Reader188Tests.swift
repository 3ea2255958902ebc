import Testing

@testable import MinnesParse

/// Layouts read since reader 188: a Word table flattened a cell a line, a roll call ticked against the
/// invitation, an agenda gone through point by point, footnotes, titles put as questions or marked by
/// kind, a page copied from an intranet, and who speaks under "Övrigt" by their name and a colon.
@Suite("Readers 188 on")
struct Reader188Tests {
    /// A Word template pasted as text, every cell on a line of its own: labels the lists do not know
    /// end them ("Ej närvarande kommuner" is no guest), the rows are the items under their column
    /// headings, a round of kommuner raises nothing, and "Name: …" under "Övrigt" raises.
    @Test func aFlattenedTable() {
        let meeting = read("""
            ANTECKNINGAR

            Datum
            2026-02-10
            Gäster
            Malte Rydén, Arbetsförmedlingen
            Ej närvarande kommuner
            Bjuv, Perstorp
            Tidigare möte
            2025-12-09

            Nr
            Rubrik
            Noteringar
            1
            Läget runt bordet
            Klippan: två nya handläggare sedan januari.
            Svalöv: inget nytt.
            2
            Praktikplatser för unga
            Malte Rydén berättade att Arbetsförmedlingen har fått nya pengar för praktik.
            Beslut: Vi tar fram en gemensam lista över platser.
            3
            Övrigt
            Tuva: Landskrona byter lokaler i april och bjuder in till öppet hus.
            Beslut: Ingen
            """)
        #expect(meeting.guests.map(\.name) == ["Malte Rydén"])
        #expect(meeting.items.map(\.title) == ["Läget runt bordet", "Praktikplatser för unga", "Övrigt"])
        #expect(meeting.items[0].raisedBy.isEmpty)
        #expect(meeting.items[1].decisions == ["Vi tar fram en gemensam lista över platser."])
        #expect(meeting.items[2].raisedBy.compactMap(\.name) == ["Tuva"])
    }

    /// A number alone on its line, right after the row before, is a row only under column headings.
    @Test func numbersWithoutColumnHeadingsStayText() {
        let meeting = read("""
            Anteckningar

            Antal ärenden per kvartal:
            1
            Första kvartalet var lugnt.
            2
            Andra kvartalet ökade.
            3
            Tredje kvartalet var som vanligt.
            """)
        #expect(meeting.items.count < 3)
    }

    /// Under "Övrigt", a label before a colon is no one: "Obs: …", "Beslut: …", a kommun's news.
    @Test func labelsUnderOtherMattersRaiseNothing() {
        let meeting = read("""
            Datum: 2026-03-03

            1. Läget
            Alla berättade kort.
            2. Övrigt
            Obs: Lokalen är bokad till klockan tolv nästa gång också.
            Höganäs: Kommunen har fått en ny socialchef från mars.
            """)
        #expect(meeting.items.last?.raisedBy.isEmpty == true)
    }

    /// An Outlook roll call: ticked came, a dash did not; a guest and the chair as the lines say.
    @Test func aRollCall() {
        let meeting = read("""
            Ämne: Boendestödsnätverket
            Plats: Bjuv, Kommunhuset

            Avprickat:
            ✓ Inez Bodén, Bjuv – ordf.
            ✓ Ruben Falk, Höganäs
            – Klara Lööw, Svalöv (sjuk)
            ✔ Mirza Begić, Region Skåne – gäst

            1. Läget
            Ruben berättade att Höganäs har fått fler ansökningar.
            """)
        #expect(meeting.attendees.map(\.name) == ["Inez Bodén", "Ruben Falk"])
        #expect(meeting.absent.map(\.name) == ["Klara Lööw"])
        #expect(meeting.guests.map(\.name) == ["Mirza Begić"])
        #expect(meeting.chairs.map(\.name) == ["Inez Bodén"])
    }

    /// Dashes alone make a list of bullets, not a roll call.
    @Test func dashesAloneAreNoRollCall() {
        let lines = ["✓ Klart", "", "– Inez Bodén, Bjuv", "– Ruben Falk, Höganäs", "– Klara Lööw, Svalöv"]
        #expect(MinutesDocument.rollCall(lines) == lines)
    }

    /// The agenda listed, then its points gone through under the same numbers with shorter titles:
    /// one item each, titled as listed (without the presenter), raised as the notes say.
    @Test func anAgendaThenItsNotes() {
        let meeting = read("""
            Datum: 2026-03-03

            DAGORDNING

            1. Inledning
            2. Nya riktlinjer för hemtjänstens larm (Oliver)
            3. Samverkan med vårdcentralerna – hur går det? (Ebba)
            4. Övrigt


            ANTECKNINGAR

            1. Välkommen
            Vi började med en kort presentation.
            2. Riktlinjerna
            Oliver tog upp att larmen ska följas upp var sjätte månad.
            3. Vårdcentralerna
            Ebba berättade att två vårdcentraler vill ha en gemensam kontaktväg.
            4. Övriga frågor
            Inget.
            """)
        #expect(meeting.items.map(\.title) == ["Inledning", "Nya riktlinjer för hemtjänstens larm", "Samverkan med vårdcentralerna – hur går det?", "Övrigt"])
        #expect(meeting.items[1].raisedBy.compactMap(\.name) == ["Oliver"])
    }

    /// Footnote marks go, the notes stay; an item's kind after its title is no part of it.
    @Test func footnotesAndKinds() {
        let meeting = read("""
            Närvarande: Signe Wall (Bjuv), Hugo Ek (Klippan)[1]

            1. Läget i kommunerna (I)
            Kort runda.
            2. Gemensam utbildning (B)
            Signe tog upp att utbildningen behöver en ny lärare[2].
            Beslut: Signe frågar tre lärare.
            3. Ny rutin (För diskussion)
            Hugo berättade om rutinen.

            [1] Hugo gick efter punkt 2.
            [2] Den förra slutade i december.
            """)
        #expect(meeting.attendees.map(\.name) == ["Signe Wall", "Hugo Ek"])
        #expect(meeting.items.map(\.title) == ["Läget i kommunerna", "Gemensam utbildning", "Ny rutin"])
        #expect(meeting.items[1].text.contains("en ny lärare."))
    }

    /// Items under plain headings, one put as a question, and a numbered heading of more words.
    @Test func headingsAsQuestionsAndLongerNumbered() {
        let plain = read("""
            Närvarande: Signe Wall, Hugo Ek

            Läget i kommunerna
            Alla berättade kort om läget.

            Hur ordnar vi tolk till hembesöken?
            Signe tog upp att tolkarna ofta inte hinner komma ut till hembesöken i tid.

            Övrigt
            Hugo berättade att Klippan har fått en ny chef.
            """)
        #expect(plain.items.map(\.title) == ["Läget i kommunerna", "Hur ordnar vi tolk till hembesöken?", "Övrigt"])
        #expect(plain.items[1].raisedBy.compactMap(\.name) == ["Signe"])
        let numbered = read("""
            Datum: 2026-03-03

            1  Läget
            Alla berättade kort om läget.

            2  Gemensam rutin för uppföljning av placerade barn och unga
            Hugo gick igenom rutinen.

            3  Övrigt
            Inget.
            """)
        #expect(numbered.items.map(\.title) == ["Läget", "Gemensam rutin för uppföljning av placerade barn och unga", "Övrigt"])
    }

    /// A question alone in the notes' prose, with no headings around it, is no item.
    @Test func aLoneQuestionIsNoHeading() {
        let meeting = read("""
            Vi pratade om tolkarna.

            Hur ordnar vi det?
            Signe menade att vi behöver en ny upphandling.
            """)
        #expect(meeting.items.isEmpty)
    }

    /// A page copied from an intranet: the meeting's day is in its prose, the page's own dates are
    /// when it was published; where the network met, said of it; who keeps the page no item; the
    /// absent's line goes on to a sentence of kommuner.
    @Test func aPageCopiedFromAnIntranet() {
        let meeting = read("""
            Start › Nätverk › Demensnätverket

            Minnesanteckningar från träffen
            Publicerad 2026-05-28 av Ellen Berg · Uppdaterad 2026-05-29

            Demenssjuksköterskorna i Familjen Helsingborg träffades tisdagen den 19 maj i Bjuv, Medborgarhuset, lilla salen.

            Vilka var med?
            Asta Nyqvist, Bjuv
            Hjalmar Fors, Klippan

            Förhinder: Vera Holm, Svalöv. Båstad, Bjuv och Perstorp saknar representant.

            Läget
            Alla berättade kort om läget.

            Nya demensboenden
            Asta tog upp att Bjuv öppnar ett nytt boende i höst.

            Sidansvarig: Ellen Berg
            """)
        #expect(meeting.date == "2026-05-19")
        #expect(meeting.place == "Bjuv, Medborgarhuset, lilla salen")
        #expect(meeting.absent.map(\.name) == ["Vera Holm"])
        #expect(meeting.items.map(\.title) == ["Läget", "Nya demensboenden"])
    }

    /// "Övriga närvarande" from a body named by one word (no job, no kommun) are guests.
    @Test func othersPresentFromABody() {
        let meeting = read("""
            Närvarande
            Signe Wall, Bjuv
            Hugo Ek, Klippan

            Övriga närvarande
            Tindra Sjö, Famna (punkt 2)
            Elis Ahl, enhetschef

            1. Läget
            Kort runda.
            """)
        #expect(meeting.guests.map(\.name) == ["Tindra Sjö"])
        #expect(meeting.attendees.map(\.name) == ["Signe Wall", "Hugo Ek", "Elis Ahl"])
    }

    /// Reader 189. A meeting recorded in Zoom was held where the notes say they sat; a year slipped
    /// in the header shows by its weekday against the same day named in another year; a sentence
    /// of what some did ends the list of who came; one who came on the second day came.
    @Test func whereWhenAndWhoCameSaidInProse() {
        let meeting = read("""
            Nätverket för fältsekreterare – anteckningar tisdag 2025-03-10

            Närvarande: Olle Sten (Bjuv), Maja Rask (Klippan), Vide Holm (Svalöv)
            Olle och Maja var med via länk, vi andra satt i rummet.

            Vi satt i Bjuv, Kommunhuset, rum Kvidinge. Mötet spelades in i Zoom, och avskriften följer.
            Inspelningen startade 10 mars 2026, 09:02.
            Senare kom även Ebbe Lind (Perstorp), som hade haft ett annat möte.

            1. Läget
            Alla berättade kort.
            2. Övrigt
            Vide berättade att Svalöv har anställt en ny fältsekreterare.
            """)
        #expect(meeting.place == "Bjuv, Kommunhuset, rum Kvidinge")
        #expect(meeting.date == "2026-03-10")
        #expect(meeting.dateAsWritten == "2025-03-10")
        #expect(meeting.attendees.map(\.name) == ["Olle Sten", "Maja Rask", "Vide Holm", "Ebbe Lind"])
    }

    /// A weekday that fits the date written, or names no other year's day, leaves the date as written.
    @Test func aWeekdayThatFitsLeavesTheDate() {
        let fits = read("""
            Nätverket för fältsekreterare – anteckningar måndag 2025-03-10
            Inspelningen startade 10 mars 2026, 09:02.
            """)
        #expect(fits.date == "2025-03-10")
        #expect(fits.dateAsWritten == nil)
        let neither = read("""
            Nätverket för fältsekreterare – anteckningar onsdag 2025-03-10
            Inspelningen startade 10 mars 2026, 09:02.
            """)
        #expect(neither.date == "2025-03-10")
    }

    /// Reader 190. A Word table's header pasted with tabs, who came one kommun a line, one there up to
    /// an item, sick as absent; decisions as an agreement's label, "landade i", "Det blev bestämt".
    @Test func aTabbedHeaderAndDecisionsSaidOtherWays() {
        let meeting = read("""
            ANTECKNINGAR

            Datum\t3 mars 2026
            Ordförande\tAstrid Wendt
            Antecknare\tBoris Lund
            Gäst\tCecilia Amundsen, inspektör, IVO (§ 2)

            Närvarande
            Bjuv – Astrid Wendt
            Klippan – Boris Lund
            Svalöv – David Rehn (t.o.m. § 2)

            Sjuka/förhinder: Elin Stål (Perstorp)

            § 1 Läget
            Alla berättade kort.

            § 2 Tillsynen
            Cecilia Amundsen pratade om vad IVO har sett i årets tillsyn av hemtjänsten.
            Överenskommelse: Astrid sammanställer kommunernas frågor till IVO.

            § 3 Rutiner
            Boris tog upp att rutinerna för avvikelser skiljer sig mellan kommunerna.
            Landade i: Boris och David gör en gemensam mall.

            § 4 Övrigt
            David berättade om en ny tjänst i Svalöv. Vi landade i att ta upp den i maj.
            """)
        #expect(meeting.chairs.map(\.name) == ["Astrid Wendt"])
        #expect(meeting.scribe?.name == "Boris Lund")
        #expect(meeting.guests.map(\.name) == ["Cecilia Amundsen"])
        #expect(meeting.attendees.map(\.name) == ["Astrid Wendt", "Boris Lund", "David Rehn"])
        #expect(meeting.absent.map(\.name) == ["Elin Stål"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Cecilia Amundsen"], ["Boris"], ["David"]])
        #expect(meeting.items.map(\.decisions) == [
            [], ["Astrid sammanställer kommunernas frågor till IVO."], ["Boris och David gör en gemensam mall."],
            ["Vi landade i att ta upp den i maj."],
        ])
    }

    /// A post in a chat channel, copied with its replies: written the day after the meeting by its
    /// author, who wrote the notes ("jag skrev"); where they were; one the list missed, in a reply.
    @Test func aPostInAChannel() {
        let meeting = read("""
            Hemtjänstnätverket › Allmänt

            Frida Holmgren
            2026-03-12 16:05
            Här kommer anteckningarna från gårdagens träff.

            Vi var i Bjuv, Medborgarhuset, rum Hyllinge. Gustav ledde mötet och jag skrev.

            Med var: Gustav Ek (Bjuv), Hanna Lo (Klippan) och jag (Svalöv).

            1) Runda
            Alla berättade kort.
            2) Nattbemanning
            Hanna tog upp att Klippan har svårt att bemanna natten.
            3) Övrigt
            Inget.

            Hanna Lo
            2026-03-12 16:40
            Rättelse: Ivar Berg (Åstorp) var också med.
            """)
        #expect(meeting.date == "2026-03-11")
        #expect(meeting.place == "Bjuv, Medborgarhuset, rum Hyllinge")
        #expect(meeting.scribe?.name == "Frida Holmgren")
        #expect(meeting.attendees.map(\.name) == ["Gustav Ek", "Hanna Lo", "Frida Holmgren", "Ivar Berg"])
    }

    /// A year's running document, the latest meeting first: the older meetings' items are none of
    /// this one's; going through the last meeting's minutes or decisions raises nothing.
    @Test func aRunningDocument() {
        let meeting = read("""
            LÖPANDE ANTECKNINGAR 2026

            ==========================
            MÖTE 2/2026
            tisdag 10 mars 2026
            Plats: Bjuv, Kommunhuset

            1. Uppföljning av beslut från möte 1
            Gustav gick igenom besluten från januari.
            2. Nattbemanning
            Hanna tog upp att Klippan har svårt att bemanna natten.
            3. Övrigt
            Inget.

            ==========================
            MÖTE 1/2026
            tisdag 13 januari 2026
            Plats: Klippan, Forum

            1. Föregående anteckningar
            Godkändes.
            2. Budget
            Ivar tog upp budgeten.
            """)
        #expect(meeting.date == "2026-03-10")
        #expect(meeting.items.map(\.title) == ["Uppföljning av beslut från möte 1", "Nattbemanning", "Övrigt"])
        #expect(meeting.items.first?.raisedBy.isEmpty == true)
        #expect(meeting.notes.contains("Ivar tog upp budgeten."))
    }

    /// A meeting without an agenda, its topics numbered after a word of its own ("Lapp 1 – …"), each
    /// brought by whose it was ("Lappen var Maarits."); one who led under a label of two tasks.
    @Test func topicsNumberedAfterAWord() {
        let meeting = read("""
            Ledde och höll tiden: Astrid Wendt
            Med på träffen: Astrid Wendt, Dina Lund, Cajsa Ring

            Tema 1 – Hur når vi fler unga? (6 prickar)
            Lappen var Dinas. Hon berättade att Klippan bara når en av tio.

            Tema 2 – Digitala möten (4 prickar)
            Temat var Cajsas. Hon berättade att Svalöv har slutat med dem.

            Tema 3 – Lokaler (2 prickar)
            Ämnet var Astrids, och hon berättade om de nya lokalerna.
            """)
        #expect(meeting.chairs.map(\.name) == ["Astrid Wendt"])
        #expect(meeting.items.map(\.title) == ["Hur når vi fler unga?", "Digitala möten", "Lokaler"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Dina"], ["Cajsa"], ["Astrid"]])
    }

    /// A guest's role of a teacher's kind is no second guest.
    @Test func aTeachersRoleIsNoName() {
        let meeting = read("""
            Gäst: Nora Lind, MI-lärare i MINT, Region Skåne

            1. Läget
            Kort runda.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.guests.map(\.name) == ["Nora Lind"])
    }

    /// Reader 191. "Antecknar:" names the scribe; one there for an item, said in a sentence, is a
    /// guest; one who took the item in another's place brings it.
    @Test func aScribesLabelAGuestForAnItemAndOneWhoTookTheItem() {
        let meeting = read("""
            Ordförande: Lova Berg, Bjuv
            Antecknar: Mira Holm, Klippan
            Deltog: Lova Berg (Bjuv), Mira Holm (Klippan), Nils Ek (Svalöv)

            Under punkt två var Olga Sand från regionen med, hon är dietist.

            1. Läget
            Kort runda.
            2. Kosten
            Nils var sjuk. Lova tog punkten i stället, med siffror från Bjuv.
            """)
        #expect(meeting.scribe?.name == "Mira Holm")
        #expect(meeting.chairs.map(\.name) == ["Lova Berg"])
        #expect(meeting.guests.map(\.name) == ["Olga Sand"])
        #expect(meeting.items.last?.raisedBy.compactMap(\.name) == ["Lova"])
    }

    /// Reader 192. The day on a line of its own, opened by its weekday, in the year the title names,
    /// and the place after it; who came grouped by kommun, two sharing one; "Anmäld frånvaro:".
    @Test func aDayLineAndKommunerSharingOne() {
        let meeting = read("""
            Familjerättsnätverket – anteckningar 2026

            Onsdag den 4 mars kl 9-12, Bjuv, kommunhuset, rum Söderåsen

            Närvarande från kommunerna:
            Helsingborg: Nadia Berg, Olof Lind
            Klippan och Åstorp (gemensam familjerätt): Petra Sjö
            Anmäld frånvaro: Rut Ek (Svalöv)

            1. Läget
            Kort runda.
            2. Övrigt
            Inget.
            """)
        #expect(meeting.date == "2026-03-04")
        #expect(meeting.place == "Bjuv, kommunhuset, rum Söderåsen")
        #expect(meeting.attendees.map(\.name) == ["Nadia Berg", "Olof Lind", "Petra Sjö"])
        #expect(meeting.attendees.last?.municipality == "Klippan")
        #expect(meeting.absent.map(\.name) == ["Rut Ek"])
    }

    /// Reader 193. Where they met, said after the day in full, beats earlier meetings held online;
    /// one there for the second item, said with their role between commas, is a guest.
    @Test func aPlaceAfterTheDayAndAGuestForTheSecondItem() {
        let meeting = read("""
            Minnesanteckningar – Nätverket för skolkuratorer

            Vi träffades tisdagen den 3 mars 2026 i Kulturhuset i Bjuv, och det var skönt efter tre träffar på Teams. Närvarande var Saga Ek (Bjuv) och Tor Lind (Klippan). Under andra punkten var Ulla Berg, psykolog på BUP, med som gäst.

            1. Runda. Alla berättade kort.

            2. Samarbetet med BUP. Ulla Berg berättade om mottagningen.
            """)
        #expect(meeting.place == "Kulturhuset i Bjuv")
        #expect(meeting.guests.map(\.name) == ["Ulla Berg"])
    }
}
