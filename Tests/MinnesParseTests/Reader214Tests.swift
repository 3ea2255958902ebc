import Testing

@testable import MinnesParse

/// Read since reader 214: a first name and a colon opening an item's notes, an item that asks and who
/// answers it, a chair's mail telling who came late, who was missing and where it was held, a matter
/// said to be someone's.
@Suite("Reader 214")
struct Reader214Tests {
    /// "– Berit: Båstad vill …" opening an item is Berit's, where the notes name a Berit in full; "–
    /// Väntetider: Höganäs har …", a topic and a colon, is no one's.
    @Test func aFirstNameAndAColonOpeningAnItem() {
        let meeting = read("""
            • Missbruksnätverket – anteckningar
            • Datum: onsdag 11 mars 2026
            • Med: Berit Ahlqvist (Båstad), Casimir Orlov (Bjuv), Dagny Ruud (Höganäs)

            • Träffpunkt för unga vuxna
              – Berit: Båstad vill starta en träffpunkt för unga
                ◦ söker pengar från regionen
              – Casimir frågar om fler vill söka
            • Boendestöd
              – Väntetider: Höganäs har nitton personer i kö
              – Dagny frågar hur de andra räknar
              – Väntetider i hela regionen ska jämföras
            """)
        #expect(meeting.items.map(\.title) == ["Träffpunkt för unga vuxna", "Boendestöd"])
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Berit"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) != ["Väntetider"])
    }

    /// An item that asks ("Spelberoende – vilka insatser finns?"): one who tells after its raiser
    /// answers it; one named over the notes stays one who brought it.
    @Test func whoTellsAfterTheRaiserAnswersAnItemThatAsks() {
        let meeting = read("""
            Minnesanteckningar 2026-05-07
            Närvarande: Tuomas Lehto (Helsingborg), Wiremu Tane (Åstorp), Xenia Brandt (Bjuv)

            1. Spelberoende – vilka insatser finns?
            Tuomas tog upp att handläggarna inte vet vilka insatser som finns.
            Wiremu berättade att Åstorp har en behandlare med utbildning i spelberoende.

            2. Skuldrådgivning – hur gör ni?
            Tuomas Lehto och Xenia Brandt
            Tuomas berättade att kön är lång.
            Xenia berättade att Bjuv köper rådgivning av Helsingborg.
            """)
        #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Tuomas"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Tuomas", "Xenia"])
    }

    /// A chair's mail in prose: one who came after lunch comes last, after the writer; "Saknades gjorde
    /// …" who was away; "här hos oss i Båstad, …" where; "…, som var hans. Han tog upp …" whose matter.
    @Test func aChairsMailTellsWhoCameLateWhoWasMissingAndWhere() {
        let meeting = read("""
            Från: Gunvor Lindell <gunvor.lindell@bastad.se>
            Skickat: den 5 juni 2026 08:10
            Till: halvard.moe@bjuv.se; ingvild.saether@klippan.se; jorunn.eik@svalov.se; kjetil.dahl@perstorp.se
            Ämne: Sammanfattning från Barnahusnätverket 4 juni

            Hej!

            Tack för i går, torsdag 4 juni, här hos oss i Båstad, Kulturhuset, rum Ekan. Jag ledde mötet och skriver ihop anteckningarna.

            Vi var fyra: Halvard från Bjuv, Ingvild från Klippan och jag. Jorunn från Svalöv kom efter lunch, så hon var med på sista punkten. Saknades gjorde Kjetil, som var på utbildning.

            LÄGET I KOMMUNERNA. Vi började med en runda. Klippan har fått en ny chef.

            SAMRÅD MED POLISEN. Halvard hann precis fram till punkten, som var hans. Han tog upp att förhören dröjer i Bjuv. Ingvild undrade hur länge.

            ÖVRIGT. Inga frågor.

            Hälsningar
            Gunvor

            Gunvor Lindell
            Samordnare, Båstads kommun
            """)
        #expect(names(meeting.attendees) == ["Halvard Moe", "Ingvild Saether", "Gunvor Lindell", "Jorunn Eik"])
        #expect(names(meeting.absent) == ["Kjetil Dahl"])
        #expect(meeting.place == "Båstad, Kulturhuset, rum Ekan")
        #expect(meeting.items.map(\.title) == ["LÄGET I KOMMUNERNA", "SAMRÅD MED POLISEN", "ÖVRIGT"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Halvard Moe"])
        // (Not the place of another meeting: "Nästa gång ses vi hos oss i Klippan.")
        let next = read("""
            Från: Gunvor Lindell <gunvor.lindell@bastad.se>
            Ämne: Sammanfattning från Barnahusnätverket 4 juni

            Tack för i går. Nästa gång ses vi hos oss i Klippan, Stadshuset.

            Vi var tre: Halvard från Bjuv, Ingvild från Klippan och jag.

            ÖVRIGT. Inga frågor.
            """)
        #expect(next.place != "Klippan, Stadshuset")
    }
}

/// Read since reader 215: notes kept in Org mode, a chat exported by a phone in another language, a
/// channel's thread pasted as the minutes, who came listed in an appendix, an outline's part that only
/// heads its points.
@Suite("Reader 215")
struct Reader215Tests {
    /// Org mode: the title and date settings, a drawer's properties as labels, a checklist of who came,
    /// the items the headings under "* Punkter" (a task's heading none), `*Beslut:*` the decision.
    @Test func notesKeptInOrgMode() {
        let meeting = read("""
            #+TITLE: Missbruksnätverket – anteckningar
            #+DATE: <2026-09-17 tor>
            #+OPTIONS: toc:nil
            # Skrivet på projektorn.

            * Mötet
            :PROPERTIES:
            :PLATS:      Klippan, Kulturhuset, rum Ljungen
            :ORDFÖRANDE: Solveig Brand
            :END:
            ** Närvaro [2/3]
            - [X] Solveig Brand (Klippan)
            - [X] Torleif Ahl (Bjuv)
            - [ ] Unni Sand (Svalöv)

            * Punkter
            ** Runda [0/1]
            - Bjuv: lugnt.
            # Flyttad hit från förra mötet.
            ** Spelberoende
            :PROPERTIES:
            :TAGIT_UPP: Torleif Ahl
            :END:
            Torleif berättade att Bjuv saknar behandlare för spelberoende.
            *Beslut:* Nätverket frågar regionen om en gemensam behandlare.
            *** TODO Solveig: mejla regionen
            DEADLINE: <2026-10-01 tor>
            """)
        #expect(meeting.date == "2026-09-17")
        #expect(meeting.network == "Missbruksnätverket")
        #expect(meeting.place == "Klippan, Kulturhuset, rum Ljungen")
        #expect(names(meeting.attendees) == ["Solveig Brand", "Torleif Ahl"])
        #expect(names(meeting.absent) == ["Unni Sand"])
        #expect(names(meeting.chairs) == ["Solveig Brand"])
        #expect(meeting.items.map(\.title) == ["Runda", "Spelberoende"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Torleif Ahl"])
        #expect(meeting.items[1].decisions.contains { $0.contains("gemensam behandlare") })
        #expect(!meeting.items[1].text.contains("DEADLINE"))
    }

    /// WhatsApp's export by a phone set to English: "24/03/2026, 09:01 - …" day first, the group's
    /// members added on another day called all the same; "1/27/26, 9:02 AM" month first.
    @Test func aChatExportedInAnotherLanguage() {
        let meeting = read("""
            16/02/2026, 10:41 - Vibeke Lunde created group "Boendenätverket"
            16/02/2026, 10:42 - Vibeke Lunde added Wanja Berg, Xerxes Dahl and Yrsa Ek
            24/03/2026, 08:59 - Vibeke Lunde: God morgon! Jag leder som vanligt.
            24/03/2026, 09:01 - Wanja Berg: Hej från Bjuv. Jag skriver ihop anteckningarna.
            24/03/2026, 09:02 - Xerxes Dahl: Hej!
            24/03/2026, 09:05 - Vibeke Lunde: Punkt 1: Akutboende
            24/03/2026, 09:06 - Xerxes Dahl: Klippan har inga akutplatser för kvinnor.
            24/03/2026, 09:07 - Hamidullah Popal: This message was deleted
            24/03/2026, 09:08 - Vibeke Lunde: Punkt 2: Övrigt
            25/03/2026, 08:31 - Wanja Berg: Anteckningarna ligger i mappen.
            """)
        #expect(meeting.date == "2026-03-24")
        #expect(names(meeting.attendees) == ["Vibeke Lunde", "Wanja Berg", "Xerxes Dahl"])
        #expect(names(meeting.absent) == ["Yrsa Ek"])
        #expect(names(meeting.chairs) == ["Vibeke Lunde"])
        #expect(meeting.scribe?.name == "Wanja Berg")
        #expect(meeting.items.map(\.title) == ["Akutboende", "Övrigt"])
        #expect(!meeting.items[0].text.contains("deleted"))
        let american = read("""
            1/27/26, 9:00 AM - Vibeke Lunde: God morgon!
            1/27/26, 9:01 AM - Wanja Berg: Hej.
            1/27/26, 9:02 AM - Vibeke Lunde: Punkt 1: Akutboende
            1/27/26, 9:03 AM - Wanja Berg: Bjuv har två platser.
            1/27/26, 9:04 AM - Vibeke Lunde: Punkt 2: Övrigt
            1/28/26, 8:00 AM - Wanja Berg: Tack!
            """)
        #expect(american.date == "2026-01-27")
    }

    /// A thread pasted from a channel: "Name  09:14" (or "Name [09:14]") over what they wrote; one the messages call a
    /// guest is one, one who "har anmält förhinder" was away, who signs the note over it kept the
    /// notes; reactions and a file attached are no one's words.
    @Test func aChannelsThreadPastedAsTheMinutes() {
        let meeting = read("""
            Inklistrat från Slack. Tråden nedan är mötet i Familjehemsnätverket tisdag 10 mars 2026, som vi höll skriftligt eftersom Teams inte fungerade. /Zuzana Holm, Bjuv

            tisdag 10 mars

            Ylva Strand  08:58
            God morgon! Vi kör mötet här i tråden.
            Gäst: @Xavier Lind, BUP
            @Åke Nyberg har anmält förhinder i dag.
            :+1: 4

            Zuzana Holm | Bjuv\t09:00
            Hej från Bjuv!

            Xavier Lind  09:01
            Hej och tack för inbjudan.

            Wilma Ek  09:02
            Hej, Svalöv här.

            Ylva Strand  09:05
            Punkt 1: Remisser till BUP

            Xavier Lind  09:07
            Vi ser att remisserna kommer sent när barnet har flyttat.

            Ylva Strand  09:10
            Punkt 2: Övrigt

            Wilma Ek [09:12]
            Svalöv söker jourhem.
            :eyes: 2

            Xavier Lind  09:30
            kontakter.pdf
            PDF
            """)
        #expect(meeting.date == "2026-03-10")
        #expect(meeting.place == nil)
        #expect(names(meeting.attendees) == ["Ylva Strand", "Zuzana Holm", "Wilma Ek"])
        #expect(meeting.attendees.first { $0.name == "Zuzana Holm" }?.municipality == "Bjuv")
        #expect(names(meeting.guests) == ["Xavier Lind"])
        #expect(names(meeting.absent) == ["Åke Nyberg"])
        #expect(names(meeting.chairs) == ["Ylva Strand"])
        #expect(meeting.scribe?.name == "Zuzana Holm")
        #expect(meeting.items.map(\.title) == ["Remisser till BUP", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Xavier Lind"], ["Wilma Ek"]])
        #expect(!meeting.items[1].text.contains(":eyes:") && !meeting.items[1].text.contains("kontakter.pdf"))
    }

    /// Who came in an appendix, aligned by spaces, those who sent word under a heading of their own;
    /// "3. Aktuella frågor" over "3.1 …" only their section; one telling of the same problem elsewhere
    /// reacts, and one showing something after a question answers it.
    @Test func anAppendixListAndAnOutlinesPartOverItsPoints() {
        let meeting = read("""
            MINNESANTECKNINGAR
            Nätverket för biståndshandläggare
            Datum:        2026-04-23
            Närvarande:   Se bilaga 1

            1. Mötets öppnande
            Ordföranden hälsade välkommen.

            3. Aktuella frågor

            3.1 Trygghetslarm
            Frågan väcktes av Liv Hed, Höganäs. Hon berättade att larmen inte når fram.
            Dag Ros berättade att Landskrona haft samma problem och löst det med en antenn.

            3.2 Avlösning
            Mona Pihl tog upp att avlösning beviljas olika. Liv Hed frågade hur det ser ut i Bjuv.
            Dag Ros visade Landskronas riktlinje.

            Bilaga 1. Närvarolista

            Namn              Kommun          Funktion
            Liv Hed           Höganäs         Biståndshandläggare
            Dag Ros           Landskrona      Samordnare
            Mona Pihl         Bjuv            Biståndshandläggare

            Anmält förhinder
            Nils Ware         Svalöv          Biståndshandläggare
            """)
        #expect(names(meeting.attendees) == ["Liv Hed", "Dag Ros", "Mona Pihl"])
        #expect(names(meeting.absent) == ["Nils Ware"])
        #expect(meeting.items.map(\.title) == ["Mötets öppnande", "Trygghetslarm", "Avlösning"])
        #expect(meeting.items[1].section == "Aktuella frågor")
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Liv Hed"])
        #expect(meeting.items[2].raisedBy.compactMap(\.person?.name) == ["Mona Pihl"])
    }
}

/// Read since reader 216: a reply's notes over the message it answers.
@Suite("Reader 216")
struct Reader216Tests {
    /// Notes written as a reply above the invitation: first names in full by the names the quoted
    /// message shows it was sent from and to; "Vi var i Höganäs, …, i stället för i Bjuv" where, not the
    /// clause after; "… förra träffen … ligger i Teams" another meeting's; "Nestor (sjuk) och Matthijs" two.
    @Test func aReplysNotesOverTheMessageItAnswers() {
        let meeting = read("""
            Från: Ulrika Tell <ulrika.tell@hoganas.se>
            Skickat: den 12 mars 2026 15:47
            Till: LSS-nätverket FH <lss-natverket-fh@helsingborg.se>
            Ämne: Sv: LSS-nätverket 11 mars

            Hej alla!

            Här kommer anteckningarna från gårdagens träff.

            Vi var i Höganäs, Kommunhuset, sal Kullaberg, i stället för i Bjuv. Viggo ledde mötet och jag skrev.

            Med var: Viggo, Wendela, Yngve och jag.
            Anmält frånvaro: Zenon (sjuk) och Åsa.

            Ang. punkt 1: Kort runda, inget att besluta.

            Hälsningar
            Ulrika

            -----Ursprungligt meddelande-----
            Från: Viggo Alm <viggo.alm@engelholm.se>
            Skickat: den 4 mars 2026 10:12
            Till: Ulrika Tell <ulrika.tell@hoganas.se>; Wendela Berg <wendela.berg@helsingborg.se>; Yngve Dahl <yngve.dahl@bjuv.se>; Zenon Ek <zenon.ek@klippan.se>; Åsa Fors <asa.fors@svalov.se>
            Ämne: LSS-nätverket 11 mars

            Välkomna till nätverksträff onsdag 11 mars kl. 9.00–12.00 i Bjuv, Kommunhuset.

            Anteckningarna från förra träffen den 14 januari ligger i Teams.
            """)
        #expect(meeting.place == "Höganäs, Kommunhuset, sal Kullaberg")
        #expect(names(meeting.attendees) == ["Viggo Alm", "Wendela Berg", "Yngve Dahl", "Ulrika Tell"])
        #expect(names(meeting.absent) == ["Zenon Ek", "Åsa Fors"])
        #expect(names(meeting.chairs) == ["Viggo Alm"])
        // (Held on Teams where the notes say so of this meeting.)
        let online = read("Minnesanteckningar 2026-03-11\n\nMed var: Ada Ek och Per Holm.\nFörra gången sågs vi i Bjuv.\nMötet hölls i Teams.\n\n1. Runda\nInget.\n")
        #expect(online.place == "Teams")
    }
}

/// Read since reader 217: a page as pdftotext lays it out, kept as text.
@Suite("Reader 217")
struct Reader217Tests {
    /// The page's left margin off every line; labels beside their values; who came and who did not in
    /// two columns under the page's indent; items numbered in a margin beside their notes ("1. Runda –
    /// läget i" over "kommunerna"); "Name, Kommun, tog upp"; the network beside its page's number.
    @Test func aPageAsPdftotextLaysItOut() {
        let meeting = read("""
                Nätverket för våld i nära relationer                          Sida 1 (2)

                Datum           2026-01-22
                Ordförande      Ilma Fors

                Närvarande                                      Frånvarande
                Ilma Fors, Landskrona                           Ada Berg, Åstorp (sjuk)
                Nils Ek, Helsingborg
                Tove Lind, Båstad                               Ej representerade: Klippan

                1. Runda – läget i                Landskrona: fler ärenden sedan
                   kommunerna                     hösten, två placeringar.
                                                  Inget beslut under punkten.

                2. Skyddat boende                 Nils Ek, Helsingborg, tog upp att Helsingborg
                                                  placerar långt bort.
                                                  Tove Lind från Kvinno- och tjejjouren i Båstad
                                                  tog upp att jouren är full.

                3. Övriga frågor                  Inga.
            """)
        #expect(meeting.network == "Nätverket för våld i nära relationer")
        #expect(names(meeting.chairs) == ["Ilma Fors"])
        #expect(names(meeting.attendees) == ["Ilma Fors", "Nils Ek", "Tove Lind"])
        #expect(names(meeting.absent) == ["Ada Berg"])
        #expect(meeting.items.map(\.title) == ["Runda – läget i kommunerna", "Skyddat boende", "Övriga frågor"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Nils Ek", "Tove Lind"])
    }
}

/// Read since reader 218: a OneNote page, minutes under question headings, handwritten notes typed up.
@Suite("Reader 218")
struct Reader218Tests {
    /// A OneNote page copied out: a heading of many words over its notes indented by a tab an item;
    /// "Nästa träff" over its day no item.
    @Test func aOneNotePage() {
        let meeting = read("""
            LSS-nätverket – nätverksträff
            den 14 april 2026

            Deltagare: Hedda Moe, Kerstin Ahl, Laila Berg

            Runda kring bordet
            \tHöganäs: lugnt.
            \tInget att besluta.

            Färdtjänst till daglig verksamhet – bilarna kommer inte
            \tKerstin tog upp att brukarna väntar mer än en timme på färdtjänsten.
            \tLaila sa att Klippan känner igen det.

            Nästa träff
            \tden 9 juni 2026 kl. 9.30–12.00, Båstad, Kommunhuset.
            """)
        #expect(meeting.items.map(\.title) == ["Runda kring bordet", "Färdtjänst till daglig verksamhet – bilarna kommer inte"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Kerstin"])
    }

    /// Minutes under question headings: the topics in bold, a question too, the items; their decisions
    /// apart under "Vad bestämde vi?", each by its topic ("Om skolfrånvaron: …"), the item's; "(höll i
    /// träffen)" beside a name the chair.
    @Test func minutesUnderQuestionHeadings() {
        let meeting = read("""
            Nätverket Skola och socialtjänst – anteckningar
            Tisdag 3 mars 2026

            Vilka var med?

            Ingrid Hov, Ängelholm (höll i träffen)
            Kwabena Ode, Helsingborg
            Selma Tekle, Landskrona

            Vad pratade vi om?

            **Skolfrånvaro – när ska skolan göra en orosanmälan?**
            Kwabena berättade att skolorna i Helsingborg gör väldigt olika och vill ha en gemensam linje.

            **Förskolan anmäler nästan aldrig**
            Selma tog upp att Landskrona nästan inte får några anmälningar från förskolan.

            **SSPF – hur samarbetar vi med polisen?**
            Ingrid berättade att grupperna ser olika ut i varje kommun och att polisen vill ha en kontakt.

            **Lite övrigt**
            Selma berättade att Landskrona söker en familjebehandlare till hösten.

            Vad bestämde vi?

            - Om skolfrånvaron: Kwabena skriver ett förslag till en gemensam gräns
              för när skolan ska anmäla.
            - Om förskolan: en gemensam informationsinsats till förskolecheferna.
            - Om SSPF: Ingrid bjuder in polisen till majträffen.
            - Runda och övrigt: inget att besluta.
            """)
        #expect(meeting.items.map(\.title) == ["Skolfrånvaro – när ska skolan göra en orosanmälan?", "Förskolan anmäler nästan aldrig", "SSPF – hur samarbetar vi med polisen?", "Lite övrigt"])
        #expect(meeting.items[0].decisions.contains { $0.contains("gemensam gräns för när skolan ska anmäla") })
        #expect(meeting.items[1].decisions.contains { $0.contains("informationsinsats") })
        #expect(meeting.items[2].decisions.contains { $0.contains("bjuder in polisen") })
        #expect(meeting.items[3].decisions.isEmpty)
        #expect(names(meeting.chairs) == ["Ingrid Hov"])
    }

    /// Handwritten notes typed up: people by the initials the list's key gives, a kommun's code after a
    /// slash ("JF/Hbg tog upp"); "JF/Hbg hälsade välk., är ordf. idag." the chair; "SH/Per antecknar för
    /// hand" the scribe; under "Övr. frågor" each their own.
    @Test func handwrittenNotesTypedUp() {
        let meeting = read("""
            Nätverket för beroendevård – minnesanteckningar
            Datum:  2026-02-05

            Närvarande (initialer inom parentes):
              Jorge Feliz (JF), Helsingborg
              Sara Holt (SH), Perstorp
              Edvin Gran (EG), Höganäs

            JF/Hbg hälsade välk., är ordf. idag.
            SH/Per antecknar för hand.

            1. Väntetid till avgiftning
              JF/Hbg tog upp att väntetiden nu är ca 3 v.
              EG/Hög frågade varför.

            2. Övr. frågor
              - JF/Hbg: Hbg har börjat med drop-in för anhöriga.
              - EG/Hög: påminde om konferensen i Sthlm 19 mars.
            """)
        #expect(meeting.scribe?.name == "Sara Holt")
        #expect(names(meeting.chairs) == ["Jorge Feliz"])
        // (Not another body's chair: "…, är ordförande i brukarrådet".)
        #expect(LetterReader.chairs(in: "Jorge Feliz hälsade välkommen, är ordförande i brukarrådet.", present: meeting.attendees).isEmpty)
        // A running document's head, of each meeting's that names none: who is chair and who writes.
        let head = "Anteckningarna förs in här. Sara Holt (Bjuv) skriver anteckningarna och Jorge Feliz (Klippan) är ordförande, om inget annat står vid mötet."
        #expect(names(LetterReader.chairs(in: head, present: meeting.attendees)) == ["Jorge Feliz"])
        #expect(LetterReader.scribe(in: head, present: meeting.attendees)?.name == "Sara Holt")
        #expect(LetterReader.chairs(in: "Jorge Feliz är ordförande i socialnämnden.", present: meeting.attendees).isEmpty)
        #expect(names(LetterReader.chairs(in: "Jorge Feliz är ordförande i dag.", present: meeting.attendees)) == ["Jorge Feliz"])
        // (Only where no sentence names the chair: "Sara Holt ledde mötet." says it.)
        #expect(names(LetterReader.chairs(in: "Jorge Feliz hälsade välk., är ordf. idag. Sara Holt ledde mötet.", present: meeting.attendees)) == ["Sara Holt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Jorge Feliz"], ["Jorge Feliz", "Edvin Gran"]])
        // (A key of two, or of what people do, "(LSS)", stands for no one in the notes.)
        let two = read("Minnesanteckningar 2026-02-05\n\nNärvarande:\n  Jorge Feliz (JF), Helsingborg\n  Sara Holt (SH), Perstorp\n\n1. Väntetid\n  JF tog upp att väntetiden är lång.\n")
        #expect(two.items.first?.raisedBy.first?.person?.name != "Jorge Feliz")
        let roles = read("Minnesanteckningar 2026-02-05\n\nNärvarande:\n  Per Lind (LSS), Bjuv\n  Eva Ek (IFO), Klippan\n  Ola Sten (BUP), Båstad\n\n1. Väntetid\n  Eva Ek tog upp att LSS-handläggarna väntar.\n")
        #expect(roles.items.first?.text.contains("LSS-handläggarna") == true)
        // ("Ordföranden antecknade att …": noted, no scribe.)
        #expect(LetterReader.scribe(in: "Ordföranden Per Lind antecknade att beslutet gäller.") == nil)
    }
}
