import Testing

@testable import MinnesParse

/// Read since reader 205: an old DOS system's labels, people by their initials, who came and who was
/// away written after the items, an invitation's lists of those called.
@Suite("Reader 205")
struct Reader205Tests {
    /// "NARVARANDE:", "ORDFORANDE:" as a system without å, ä, ö wrote them: the labels they are; the
    /// scribe's signature by initials ("/TM") is the one the header names.
    @Test func labelsWithoutDiacriticsAndASignatureByInitials() {
        let meeting = read("""
            FAMILJEN HELSINGBORG - MINNESANTECKNINGAR
            DATUM:        2025-11-19
            NARVARANDE:   Ada Ek, Bjuv; Tor Mark, Klippan; Eva Holm, Svalöv
            FRANVARANDE:  Ola Berg, Båstad
            ORDFORANDE:   Ada Ek
            SEKRETERARE:  Tor Mark

            1) Runda
            Inget nytt.
            2) Ungdomstjänst
            Eva tog upp platserna.

            /TM
            """)
        #expect(names(meeting.attendees) == ["Ada Ek", "Tor Mark", "Eva Holm"])
        #expect(names(meeting.absent) == ["Ola Berg"])
        #expect(names(meeting.chairs) == ["Ada Ek"])
        #expect(meeting.scribe?.name == "Tor Mark")
        #expect(MinutesDocument.labelsWithoutDiacritics(["Narvarande: Ada Ek", "NARVARANDE:", "Plats: Bjuv", "Kommentar: narvarande"])
            == ["Närvarande: Ada Ek", "NÄRVARANDE:", "Plats: Bjuv", "Kommentar: narvarande"])
    }

    /// Notes that write two people or more by their initials ("MA berättade", "RS tog upp"): each
    /// the one listed with them, where one is; absent listed after the last item.
    @Test func initialsOfThoseListedAndWhoWasAwayAtTheEnd() {
        let meeting = read("""
            Minnesanteckningar 2026-02-05
            Närvarande: Marisol Arrieta (Landskrona), Ragnfrid Solbakken (Höganäs), Rut Berg (Bjuv)

            1. Hyresskulder
            MA berättade att Landskrona fick elva underrättelser om avhysning.
            2. E-ansökan
            RS tog upp att Höganäs har en e-tjänst.
            3. Övrigt
            Inget.

            Anmält förhinder: Perpetua Wairimu (Perstorp), Toralf Brekke (Örkelljunga)
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Marisol Arrieta"], ["Ragnfrid Solbakken"], []])
        #expect(names(meeting.absent) == ["Perpetua Wairimu", "Toralf Brekke"])
        // ("RS" of two people listed stands for no one; "MA" then alone may be a body's, as "FK" is.)
        let alike = read("""
            Minnesanteckningar 2026-02-05
            Närvarande: Marisol Arrieta (Landskrona), Ragnfrid Solbakken (Höganäs), Rut Sten (Bjuv)

            1. Hyresskulder
            MA berättade att Landskrona fick elva underrättelser.
            2. E-ansökan
            RS tog upp att Höganäs har en e-tjänst.
            """)
        #expect(alike.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["MA"], ["RS"]])
    }

    /// "Med på mötet var …" last, under a heading of its own ("Deltagare vid mötet"): who came, not
    /// the last item's text.
    @Test func whoCameUnderAHeadingAfterTheItems() {
        let meeting = read("""
            Boendestödsnätverket 2026-03-11

            § 1 Unga vuxna
            Ramunė tog upp att unga vuxna får boendestöd allt oftare.
            § 2 Övrigt
            Sipho berättade om budgeten.

            Deltagare vid mötet
            Med på mötet var Ailbhe Fitzgerald (Helsingborg), som var ordförande, Ramunė Kazlauskienė (Landskrona), Sipho Khumalo (Bjuv) och jag, Tegwen Morgan (Ängelholm), som skrev anteckningarna. Steinar Haugland (Perstorp) hade anmält förhinder.
            """)
        #expect(names(meeting.attendees) == ["Ailbhe Fitzgerald", "Ramunė Kazlauskienė", "Sipho Khumalo", "Tegwen Morgan"])
        #expect(names(meeting.absent) == ["Steinar Haugland"])
        #expect(meeting.scribe?.name == "Tegwen Morgan")
        #expect(!meeting.items[1].text.contains("Deltagare") && !meeting.items[1].text.contains("Med på mötet"))
    }

    /// An invitation's lists of those called ("Obligatoriska deltagare: Otieno, Kibet (Helsingborg); …")
    /// over notes that name them by first name: the full names; a note on all those joined before it
    /// ("…, som båda tackade nej") no one's name.
    @Test func anInvitationsCalledAndANoteOnThemAll() {
        let meeting = read("""
            Ämne: Missbruksnätverket – nätverksträff april
            Start: ti 2026-04-14 13:00
            Obligatoriska deltagare: Otieno, Kibet (Helsingborg); Pryce, Eluned (Ängelholm); Ødegård, Trygve (Båstad); Etxeberria, Arantxa (Åstorp)
            Valfria deltagare: Brennan, Clodagh (Helsingborg)

            Anteckningar efter mötet:
            Närvarande: Kibet, Eluned och Clodagh.
            Frånvarande: Trygve och Arantxa, som båda tackade nej dagen innan.

            - Nitazener bland unga:
            Kibet berättade om överdoserna.
            - Övrigt:
            Inget.
            """)
        #expect(names(meeting.attendees) == ["Kibet Otieno", "Eluned Pryce", "Clodagh Brennan"])
        #expect(names(meeting.absent) == ["Trygve Ødegård", "Arantxa Etxeberria"])
        #expect(PeopleLists.withoutSharedNote("Ada Ek, Bjuv, alla sjuka och trötta") == "Ada Ek, Bjuv, alla sjuka och trötta")
    }
}

/// Read since reader 206: a list's relative clauses, a running document's chair who convenes, a writer
/// naming themself after "Det här skrev jag".
@Suite("Reader 206")
struct Reader206Tests {
    /// "Med: Viliami, som ledde träffen i Catrionas ställe, Eréndira …, och som gäst Ngozi Okereke,
    /// samordnare …": the chair, and a guest, named within the list; the clause no one's name.
    @Test func relativeClausesInAList() {
        let meeting = read("""
            Skuldrådgivarna 2025-12-09
            Med: Viliami Fifita, som ledde träffen i Catrionas ställe, Eréndira Solís, Vytautas Baranauskas och Yerlan Dzhumabayev, och som gäst Ngozi Okereke, samordnare för skuldsanering på Kronofogden.

            Det här skrev jag, Vytautas.

            1. Runda
            Inget nytt.
            2. Lektionerna
            Eréndira berättade om lektionerna.
            """)
        #expect(names(meeting.attendees) == ["Viliami Fifita", "Eréndira Solís", "Vytautas Baranauskas", "Yerlan Dzhumabayev"])
        #expect(names(meeting.guests) == ["Ngozi Okereke"])
        #expect(names(meeting.chairs) == ["Viliami Fifita"])
        #expect(meeting.scribe?.name == "Vytautas")
    }

    /// "Catriona Mackinnon (Landskrona) är sammankallande och leder träffarna" in a running document's
    /// head: the chair of each meeting she came to, listed there by first name too.
    @Test func theYearsChairWhoConvenes() {
        let roles = RunningDocument.standingRoles(["Catriona Mackinnon (Landskrona) är sammankallande och leder träffarna."])
        #expect(roles.chair == "Catriona Mackinnon")
        let meeting = Meeting(file: "a.txt", title: "", attendees: [Person(name: "Catriona"), Person(name: "Femke")])
        #expect(RunningDocument.present("Catriona Mackinnon", at: meeting)?.name == "Catriona")
        #expect(RunningDocument.present("Femke Hoekstra", at: Meeting(file: "a.txt", title: "", attendees: [Person(name: "Femke Ek")])) == nil)
    }
}

/// Read since reader 207: minutes in English, a sheet's rows with their last cells empty, a list
/// wrapped before a kommun's parentheses.
@Suite("Reader 207")
struct Reader207Tests {
    /// "Minutes – Nordic network on child welfare, meeting in …": its network; "Agreed: …" a decision;
    /// a country after a name ("…, Københavns Kommune, Denmark") no one.
    @Test func minutesInEnglish() {
        let meeting = read("""
            Minutes – Nordic network on child welfare, meeting in Helsingborg
            Date: 12 March 2026
            Present: Seraphina Adjei, Helsingborg; Esben Thygesen, Helsingør Kommune, Denmark
            Apologies: Frederikke Søgaard, Københavns Kommune, Denmark

            1. Round-table
            Everyone gave a short update.
            2. Cross-border placements
            Esben raised the issue of children placed with relatives in Skåne.
            Agreed: Esben will map all cross-border placements.
            """)
        #expect(meeting.network == "Nordic network on child welfare")
        #expect(names(meeting.absent) == ["Frederikke Søgaard"])
        #expect(meeting.items[1].decisions == ["Esben will map all cross-border placements."])
    }

    /// "Punkt<TAB>Ämne<TAB>Vem<TAB>Vad som sades<TAB>Beslut" over rows, one with no decision ending in
    /// its tab (cut with the line's trailing space): each row its item.
    @Test func aSheetsRowWithItsLastCellEmpty() {
        let meeting = read("""
            Minnesanteckningar 2026-03-05
            Närvarande: Eirik Sandvold (Perstorp), Itziar Olano (Landskrona)

            Punkt\tÄmne\tVem\tVad som sades\tBeslut
            1\tUppvärmning med el\tEirik\tEirik tog upp elkostnaderna.\tEirik tar fram en tolkning.
            2\tBostadsbidrag\tItziar\tItziar berättade om reglerna.\t
            3\tÅterkrav\tItziar\tItziar tog upp återkraven.\tItziar gör en mall.
            """)
        #expect(meeting.items.map(\.title) == ["Uppvärmning med el", "Bostadsbidrag", "Återkrav"])
        #expect(meeting.items.map(\.decisions) == [["Eirik tar fram en tolkning."], [], ["Itziar gör en mall."]])
    }

    /// "Närvarande: Ada Ek (Bjuv), Per Lind" over "(Klippan), Eva Holm (Svalöv)": the list goes on.
    @Test func aListWrappedBeforeAKommun() {
        let meeting = read("""
            Minnesanteckningar 2026-02-10
            Närvarande: Ada Ek (Bjuv), Per Lind
            (Klippan), Eva Holm (Svalöv)
            Ordförande: Ada Ek

            1. Runda
            Inget nytt.
            2. Övrigt
            Inget.
            """)
        #expect(names(meeting.attendees) == ["Ada Ek", "Per Lind", "Eva Holm"])
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", "Klippan", "Svalöv"])
    }
}

/// Read since reader 208: a meeting held in a group chat, its export the minutes.
@Suite("Reader 208")
struct Reader208Tests {
    /// WhatsApp's export: the day most written on the meeting's, who wrote came, a member added who
    /// never wrote away, "Punkt 2: …" an item opened by the chair, a hand-over's named one raising it,
    /// who says they take the notes the scribe; a file left out no text, the next day's thanks no one's matter.
    @Test func aGroupChatsExport() {
        let meeting = read("""
            2026-01-27 09:00 - Ada Ek skapade gruppen "Krisnätverket"
            2026-01-27 09:00 - Ada Ek lade till Per Lind, Eva Holm, Ola Berg och Siv Nord
            2026-01-27 09:01 - Ada Ek: God morgon! Vi kör dagens möte här i gruppen.
            2026-01-27 09:02 - Per Lind: Hej från Bjuv
            2026-01-27 09:03 - Eva Holm: Hej! Jag skriver ihop anteckningarna.
            2026-01-27 09:04 - Ola Berg: Hej från Klippan, Siv kan inte i dag.
            2026-01-27 09:06 - Ada Ek: Då kör vi! Punkt 1: Runda
            En rad var.
            2026-01-27 09:07 - Per Lind: Bjuv: lugnt.
            2026-01-27 09:13 - Ada Ek: Punkt 2: Larmlistor
            Per, du ville ta upp det här?
            2026-01-27 09:13 - Ola Berg: Vänta, jag hittar inte min lista.
            2026-01-27 09:14 - Per Lind: Ja. Hälften av numren på vår larmlista var inaktuella när vi larmade i december
            2026-01-27 09:14 - Per Lind: <Media utelämnad>
            2026-01-27 09:16 - Ola Berg: Samma hos oss
            2026-01-27 09:20 - Ada Ek: Beslut: alla uppdaterar sina larmlistor före 1 mars.
            2026-01-28 08:40 - Eva Holm: Tack! Jag sparar exporten som anteckningar.
            2026-01-28 09:10 - Siv Nord: Tack, jag läser i efterhand
            """)
        #expect(meeting.date == "2026-01-27")
        #expect(meeting.network == "Krisnätverket")
        #expect(names(meeting.attendees) == ["Ada Ek", "Per Lind", "Eva Holm", "Ola Berg"])
        #expect(names(meeting.absent) == ["Siv Nord"])
        #expect(names(meeting.chairs) == ["Ada Ek"])
        #expect(meeting.scribe?.name == "Eva Holm")
        #expect(meeting.notes.contains("Då kör vi!"))
        #expect(meeting.items.map(\.title) == ["Runda", "Larmlistor"])
        #expect(meeting.items[1].raisedBy.compactMap(\.person?.name) == ["Per Lind"])
        #expect(meeting.items[1].raisedBy.first?.statement.contains("inaktuella när vi larmade i december.") == true)
        #expect(meeting.items[1].decisions == ["alla uppdaterar sina larmlistor före 1 mars."])
        // (The next day's message kept as written, after the meeting's, no one's matter.)
        #expect(!meeting.items[1].text.contains("Media") && meeting.items[1].raisedBy.count == 1)
    }
}

/// Read since reader 209: a formal protocol's margin labels and signatures, a notes app's attendance table.
@Suite("Reader 209")
struct Reader209Tests {
    /// "Plats och tid" in the margin over two lines of value; "Ärendet har väckts av X, Kommun." who
    /// brought it; "Nätverkets beslut" over the decision, "Ingen fråga för beslut förelåg." none; "Vid
    /// protokollet" over "Sekreterare" over a rule to sign on over the name: the scribe.
    @Test func aFormalProtocol() {
        let meeting = read("""
            PROTOKOLL

            Sammanträdesdatum            2026-04-14

            Plats och tid                Åstorp, Kommunhuset, sammanträdesrum Hyllinge,
                                         kl. 9.00–11.50

            Närvarande                   Ketevan Lomidze                 Helsingborg, ordförande
                                         Wannes Verhaegen                Perstorp
                                         Mirthe Oosterhuis               Bjuv

            § 12

            Runda

            Beskrivning av ärendet
            Ledamöterna redogjorde för läget.

            Nätverkets beslut
            Ingen fråga för beslut förelåg.

            § 13

            Ledsagarservice

            Beskrivning av ärendet
            Ärendet har väckts av Wannes Verhaegen, Perstorp. Han redovisade att timmarna skiljer sig.

            Nätverkets beslut
            Nätverket uppdrar åt Wannes att sammanställa riktlinjerna.

            Vid protokollet

            Sekreterare
            ---------------------------------------
            Mirthe Oosterhuis
            """)
        #expect(meeting.place == "Åstorp, Kommunhuset, sammanträdesrum Hyllinge")
        #expect(MinutesDocument.formLabels(["Plats och tid", "Åstorp, Kommunhuset,", "kl. 9.00–11.50", ""]) == ["Plats och tid: Åstorp, Kommunhuset, kl. 9.00–11.50", "", "", ""])
        #expect(meeting.items.map(\.title) == ["Runda", "Ledsagarservice"])
        #expect(meeting.items[0].decisions.isEmpty)
        #expect(meeting.items[1].raisedBy.map(\.person?.name) == ["Wannes Verhaegen"])
        #expect(meeting.items[1].decisions == ["Nätverket uppdrar åt Wannes att sammanställa riktlinjerna."])
        #expect(meeting.scribe?.name == "Mirthe Oosterhuis")
    }

    /// "| Namn | Kommun | Roll | Närvaro |" over rows marked "✔", "✖", "Gäst": who came, who did not,
    /// the guest; the roles the chair and the scribe.
    @Test func anAttendanceTableWithMarks() {
        let meeting = read("""
            # Vuxennätverket 2026-05-07

            | Namn | Kommun | Roll | Närvaro |
            |------|--------|------|---------|
            | Theodora Vasilakis | Ängelholm | Ordförande | ✔ |
            | Kiprono Chebet | Landskrona | | ✔ |
            | Şebnem Aydoğdu | Åstorp | Sekreterare | ✔ |
            | Mihaela Stănescu | Klippan | | ✖ |
            | Evanthia Karamanli | Region Skåne | | Gäst |

            ## Runda
            Inget nytt.

            ## Övrigt
            Inget.
            """)
        #expect(names(meeting.attendees) == ["Theodora Vasilakis", "Kiprono Chebet", "Şebnem Aydoğdu"])
        #expect(names(meeting.absent) == ["Mihaela Stănescu"])
        #expect(names(meeting.guests) == ["Evanthia Karamanli"])
        #expect(names(meeting.chairs) == ["Theodora Vasilakis"])
        #expect(meeting.scribe?.name == "Şebnem Aydoğdu")
    }
}

/// Read since reader 210: notes written in bullets only, at levels.
@Suite("Reader 210")
struct Reader210Tests {
    /// "• Runda" over "  – Helsingborg: …": the outermost bullets the items, those under them their
    /// text; "• Borta: …" who was away; "• Nästa möte: …" no item.
    @Test func bulletsAtLevels() {
        let meeting = read("""
            • Socialpsykiatrinätverket – anteckningar
            • Datum: onsdag 18 februari 2026
            • Med: Tamari Gelashvili (Landskrona), Jozefien Vanhoutte (Helsingborg), Zarina Zhumabekova (Bjuv)
            • Borta: Bohumil Navrátil (Klippan)

            • Runda – läget i kommunerna
              – Helsingborg: ny enhetschef från 1 mars
              – Bjuv: inget nytt

            • SIP med vuxenpsykiatrin
              – Zarina berättade att Bjuv kallas till SIP för sent
              – BESLUT: Tamari bjuder in vuxenpsykiatrin till aprilmötet

            • Nästa möte: onsdag 22 april 2026, Svalöv
            """)
        #expect(meeting.items.map(\.title) == ["Runda – läget i kommunerna", "SIP med vuxenpsykiatrin"])
        #expect(names(meeting.absent) == ["Bohumil Navrátil"])
        #expect(meeting.items[1].decisions == ["Tamari bjuder in vuxenpsykiatrin till aprilmötet"])
    }
}

/// Read since reader 211: who spoke heading their words in bullets.
@Suite("Reader 211")
struct Reader211Tests {
    /// "– (Ilsabet)" over her words a level deeper: she brought the matter, in those words; a topic
    /// over its lines ("– Väntetider: …"), a kommun's ("– (Bjuv)"), or a name over nothing, no one.
    @Test func aSpeakerOverTheirBullets() {
        let meeting = read("""
            Minnesanteckningar 2026-02-18
            Med: Ilsabet Marquardt (Höganäs), Ayodele Olatunbosun (Ängelholm)

            • Boendestöd – långa väntetider
              – (Ilsabet)
                ◦ Höganäs: 19 personer i kö till boendestöd
                ◦ ”vi hinner bara med dem som redan är i kris”
              – Ayodele känner igen det

            • Kompetens
              – Väntetider: sex veckor
                ◦ i Bjuv åtta
              – (Bjuv)
                ◦ inget nytt
              – (Ayodele)
            """)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Ilsabet"], []])
        #expect(meeting.items[0].raisedBy.first?.statement.contains("i kö till boendestöd. ”vi hinner bara med dem som redan är i kris”") == true)
        // (A deeper line's mark is dropped, not a letter of its words: "Å ena sidan …".)
        #expect(MinutesDocument.speakerOverBullets(["• Kö", "  – (Ilsabet)", "    Å ena sidan väntar de länge", "    ◦ ”vi hinner inte”"])
            == ["• Kö", "  – Ilsabet tog upp: Å ena sidan väntar de länge. ”vi hinner inte”"])
    }
}

/// Read since reader 212: a chair's mail in prose.
@Suite("Reader 212")
struct Reader212Tests {
    /// Paragraphs opened by their topic in capitals ("BARNOMSORG PÅ OBEKVÄM TID. …") the items; "Vi var
    /// sju den här gången: Anwen från Klippan, …" who came, each the one the mail was sent to
    /// ("anwen.pritchard@klippan.se" is Anwen Pritchard).
    @Test func aChairsMailInProse() {
        let meeting = read("""
            Från: Leopoldine Aschenbrenner <leopoldine.aschenbrenner@hoganas.se>
            Skickat: den 27 mars 2026 08:52
            Till: anwen.pritchard@klippan.se; stavros.kalogeropoulos@landskrona.se; jean-luc.ek-berg@bjuv.se
            Ämne: Sammanfattning från Familjecentralsnätverket 26 mars

            Hej alla!

            Vi var fyra den här gången: Anwen från Klippan, Stavros från Landskrona, Jean-Luc från Bjuv och jag.

            LÄGET PÅ FAMILJECENTRALERNA. Vi började med en runda. Klippan har fått en barnmorska.

            BARNOMSORG PÅ OBEKVÄM TID. Stavros tog upp att föräldrar jobbar kvällar.

            ÖVRIGT. Inga frågor.

            Hälsningar
            Leopoldine

            Leopoldine Aschenbrenner
            Samordnare, Familjecentralen Kvarnen
            """)
        #expect(meeting.items.map(\.title) == ["LÄGET PÅ FAMILJECENTRALERNA", "BARNOMSORG PÅ OBEKVÄM TID", "ÖVRIGT"])
        #expect(names(meeting.attendees) == ["Anwen Pritchard", "Stavros Kalogeropoulos", "Jean-Luc Ek-Berg", "Leopoldine Aschenbrenner"])
    }
}
