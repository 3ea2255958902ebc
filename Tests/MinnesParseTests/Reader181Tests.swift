import Testing

@testable import MinnesParse

/// Transcripts, turn by turn (reader 181): who brings each item's matter, read from who spoke when.
@Suite("Readers 181 on")
struct Reader181Tests {
    /// Word's transcript: a time and a speaker over what they said. The chair's hand-over raises
    /// nothing, the one handed to brings the matter, a question and its answer raise nothing; a
    /// numbered speaker the notes name is that person; under "Övrigt" each with a matter of their own.
    @Test func aTranscriptsTurns() {
        let meeting = read("""
            Nätverket för skolsköterskor
            Datum: 4 februari 2026
            Närvarande: Gun Tallberg, Oskar Hylén, Vanja Ekdahl, Ilmar Sepp

            Talare 3 är Ilmar, jag hann inte byta namnet.

            1. Vaccinationerna i åttan

            00:02:10 Gun Tallberg
            Då börjar vi med vaccinationerna.

            00:02:12 Gun Tallberg
            Oskar, varsågod.

            00:02:15 Oskar Hylén
            Tack. I Bjuv har vi fått in hälften av samtyckena, och föräldrarna frågar mycket om biverkningar.

            00:03:01 Vanja Ekdahl
            Skickar ni ut samtyckena digitalt?

            00:03:05 Oskar Hylén
            Ja, via lärplattformen.

            Beslut: Alla använder samma samtyckesblankett.

            2. Övrigt

            00:40:12 Talare 3
            Svalöv har fått en ny skolläkare som börjar i mars och vill träffa nätverket.

            00:40:30 Gun Tallberg
            Vad bra.

            00:40:41 Vanja Ekdahl
            Och i Klippan flyttar elevhälsan till nya lokaler på skolan efter sportlovet.
            """)
        #expect(meeting.items.map(\.title) == ["Vaccinationerna i åttan", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Oskar Hylén"], ["Ilmar", "Vanja Ekdahl"]])
        #expect(meeting.items[0].raisedBy.first?.statement.contains("hälften av samtyckena") == true)
        #expect(meeting.items[0].decisions == ["Alla använder samma samtyckesblankett."])
    }

    /// Teams' transcript pasted (a name and minutes:seconds over the words), a WebVTT file's voices,
    /// and a line that opens with the time and the speaker: the same turns. Two who prepared a matter
    /// together ("Elsa och jag har …") both bring it.
    @Test func turnsWrittenOtherWays() {
        let teams = """
            Sommarjobbsnätverket, anteckningar

            1. Sommarjobben

            Rut Lagerholm   3:12
            Elsa och jag har gått igenom ansökningarna, det är dubbelt så många som förra året.

            Elsa Nordqvist   3:40
            Ja, och de flesta vill jobba i Helsingborg.

            Hans Wide   4:02
            Hur många platser har ni?

            Rut Lagerholm   4:10
            Sextio.

            2. Nästa möte
            Den 3 mars.
            """
        let vtt = """
            WEBVTT

            Sommarjobbsnätverket, anteckningar

            1. Sommarjobben

            1
            00:03:12.000 --> 00:03:20.500
            <v Rut Lagerholm>Elsa och jag har gått igenom ansökningarna,</v>

            2
            00:03:20.500 --> 00:03:25.000
            <v Rut Lagerholm>det är dubbelt så många som förra året.</v>

            3
            00:03:40.000 --> 00:03:45.000
            <v Elsa Nordqvist>Ja, och de flesta vill jobba i Helsingborg.</v>

            NOTE Ljudet bröts en stund här.

            4
            00:04:02.000 --> 00:04:05.000
            <v Hans Wide>Hur många platser har ni?</v>

            2. Nästa möte
            Den 3 mars.
            """
        let oneLine = """
            Sommarjobbsnätverket, anteckningar

            1. Sommarjobben

            [00:03:12] Rut Lagerholm: Elsa och jag har gått igenom ansökningarna, det är dubbelt så många som förra året.
            [00:03:40] Elsa Nordqvist: Ja, och de flesta vill jobba i Helsingborg.
            [00:04:02] Hans Wide: Hur många platser har ni?

            2. Nästa möte
            Den 3 mars.
            """
        for text in [teams, vtt, oneLine] {
            let item = read(text).items.first
            #expect(item?.title == "Sommarjobben")
            #expect(item?.raisedBy.compactMap(\.name) == ["Rut Lagerholm", "Elsa"])
            // (A sentence cut between two cues is one sentence.)
            #expect(item?.raisedBy.first?.statement.holds("ansökningarna, det är dubbelt så många") == true)
            #expect(item?.text.holds("-->") == false)
        }
    }

    /// One voice throughout (minutes dictated and transcribed): prose, a sentence a chunk cut read
    /// whole, an item said aloud an item, a name spelled aloud no part of the list it stands in.
    @Test func aDictation() {
        let meeting = read("""
            Diktat 2026-03-02

            00:00:00 Talare 1
            Ja, då är det anteckningar från dagens möte i Hemtjänstnätverket, jag pratar in dem på väg tillbaka till kontoret. Det är jag, Dag Lindholm, som pratar. Jag höll i mötet och jag gör anteckningarna också, eftersom Ebba fick gå tidigare. Med på mötet var Alva Rydh från Bjuv, Tor Iversen, det stavas i v e r s e n, från Höganäs och Ebba Sund från Klippan. Plus jag då.

            00:00:40 Talare 1
            Punkt ett: Nattpatrullen. Tor tog upp att nattpatrullen i Höganäs inte hinner med alla larm och att de

            00:01:02 Talare 1
            behöver en bil till. Inget beslut.

            00:01:30 Talare 1
            Punkt två: Övrigt. Ebba berättade att Klippan byter larmleverantör i maj.
            """)
        #expect(meeting.network == "Hemtjänstnätverket")
        #expect(meeting.attendees.map(\.name) == ["Alva Rydh", "Tor Iversen", "Ebba Sund", "Dag Lindholm"])
        // (The one speaking, "Det är jag, Dag Lindholm", who chaired and took the notes: "fick gå tidigare" is when one left.)
        #expect(meeting.chairs.map(\.name) == ["Dag Lindholm"])
        #expect(meeting.scribe?.name == "Dag Lindholm")
        #expect(meeting.items.map(\.title) == ["Nattpatrullen", "Övrigt"])
        #expect(meeting.items.first?.text.holds("de behöver en bil till") == true)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [["Tor"], ["Ebba"]])
    }

    /// A transcript under an agenda listed first, its items marked by number alone ("=== Punkt 2 ==="):
    /// what the agenda calls an item says whether it is a round or "Övrigt". A chair's few words
    /// naming who speaks next hand over; a speaker the notes name ("Okänd talare = …") is that person,
    /// whatever a turn's own words are ("Okänd talare: En sak …"); a line of the notes after a turn is no part of it.
    @Test func aTranscriptUnderAnAgendaListedFirst() {
        let meeting = read("""
            Nätverket för fältassistenter, anteckningar

            Okänd talare = Kai Lindell
            Närvarande: Mona Berg, Kai Lindell, Lars Ek, Sten Holm

            Dagordning
            1. Runda
            2. Sommarlovet
            3. Övrigt

            === Punkt 1 ===
            [00:01:00] Mona Berg: Vi börjar med rundan. Lars?
            [00:01:05] Lars Ek: Ängelholm har anställt två nya fältassistenter i höstas.
            [00:01:30] Sten Holm: Svalöv har inget nytt att berätta den här gången.
            === Punkt 2 ===
            [00:10:00] Mona Berg: Sommarlovet. Sten.
            [00:10:04] Sten Holm: Vi behöver fler vuxna ute på kvällarna i juli, särskilt vid badplatserna.
            [00:10:40] Lars Ek: Hur många är ni i dag?
            [00:10:44] Sten Holm: Två.
            >> Beslut: Alla kommuner ser över sina kvällspass inför sommaren.
            === Punkt 3 ===
            [00:20:00] Mona Berg: Har någon något mer?
            [00:20:03] Okänd talare: En sak till från mig. Landskrona har fått pengar till en ny fritidsgård vid stationen.
            [00:20:30] Mona Berg: Då tackar vi för i dag och ses i mars.
            """)
        #expect(meeting.items.map(\.title) == ["Runda", "Sommarlovet", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Sten Holm"], ["Kai Lindell"]])
        #expect(meeting.items[1].decisions == ["Alla kommuner ser över sina kvällspass inför sommaren."])
        #expect(!meeting.items[1].text.holds("Två. >>"))
    }

    /// Bullets each closed by who said it in parentheses: the turns of a conversation. A question and
    /// its answer on one bullet are two turns; two named together in the first bullet bring the
    /// matter together; under "Övrigt" a task one takes on brings no matter; "→ Bestämt:" decides.
    /// A list of people, each closed by their kommun, is no conversation.
    @Test func bulletsClosedByWhoSaidThem() {
        let meeting = read("""
            Anteckningar från nätverket för familjerätt
            Närvarande: Vera Holt, Olle Brink, Gun Sjö, Tove Ahl

            1. Laget runt
            - Klippan har två nya handläggare sedan oktober (Olle)
            - Perstorp har inget nytt att berätta den här gången (Gun)
            - Bjuv har fått en ny chef för familjerätten (Tove)

            2. Samarbetssamtal på distans
            - Gun och Tove har testat samtal på Teams med föräldrar som bor långt ifrån varandra (Gun)
            - Det fungerade bättre än vi trodde, särskilt med tolk (Tove)
            - Fråga från Olle: spelar ni in samtalen? Svar: nej, aldrig (Gun)
            - Bra att veta, vi vill också prova det här (Vera)
            → Bestämt: alla får prova samtal på distans under våren.

            3. Övrigt
            - Olle går i pension i juni och vill tacka alla för samarbetet (Olle)
            - Vera kollar om det finns pengar till en gemensam utbildningsdag (Vera)

            4. Övriga frågor
            - Fråga från Tove: får vi låna Bjuvs lokal till utbildningen? Svar: ja, gärna (Gun)
            """)
        // (A question and its answer on one bullet: who asked brings it, who answered does not.)
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Gun", "Tove"], ["Olle"], ["Tove"]])
        #expect(meeting.items[1].decisions == ["alla får prova samtal på distans under våren."])
        #expect(meeting.items[1].raisedBy.first?.statement.holds("testat samtal på Teams") == true)
        let list = ["Närvarande:", "- Thorsten Bäckman (Ängelholm)", "- Ulla Rydberg, enhetschef för familjerätten (Helsingborg)", "- Yngve Malm, socialsekreterare på mottagningen (Landskrona)", "- Aino Lund, IFO-chef i kommunen (Bjuv)"]
        #expect(MinutesDocument.spokenBy(list) == list)
        let contacts = ["Kontaktpersoner:", "- Familjerätten (Anna)", "- Ekonomiskt bistånd (Per)", "- Socialjouren (Lisa)"]
        #expect(MinutesDocument.spokenBy(contacts) == contacts)
    }

    /// A decision taken back as it was said is none, however it is taken back; one kept stands.
    @Test func aDecisionTakenBack() {
        #expect(DecisionReader.decisions(in: "Beslut: vi tar fram en rutin. Nej, stryk det, det var inget beslut.").isEmpty)
        #expect(DecisionReader.decisions(in: "Beslut: alla testar listan. (I efterhand: raden är struken.)").isEmpty)
        #expect(DecisionReader.decisions(in: "Beslut: alla testar listan. Beslutet ströks senare samma dag.").isEmpty)
        #expect(DecisionReader.decisions(in: "Beslut: alla testar listan till juni.") == ["alla testar listan till juni."])
    }

    /// Who was away, said in prose (and where they sat): two clauses each naming someone away, on leave "till sommaren"
    /// (how long, not when), a header's line after a label's, the first item's words ("§ 1 Mötets
    /// öppnande"), in the sentences' order whether listed as there or not.
    @Test func whoWasAwayInProse() {
        // (And where they sat: "Vi satt i …" as "Vi träffades i …".)
        #expect(LetterReader.read("Vi satt i Bjuv, Kommunhuset, rum Ekeby.").place == "Bjuv, Kommunhuset, rum Ekeby")
        let clauses = LetterReader.read("Ada Ekholm från Bjuv hade förhinder och Ola Bergsten från Klippan lämnade återbud samma morgon.")
        #expect(clauses.absent.map(\.name) == ["Ada Ekholm", "Ola Bergsten"])
        let leave = LetterReader.read("Per Nyman (Svalöv) hade förhinder, och Eva Lundin (Perstorp) är föräldraledig till sommaren.")
        #expect(leave.absent.map(\.name) == ["Per Nyman", "Eva Lundin"])
        let meeting = read("""
            Nätverket för boendestöd
            Datum: 3 mars 2026
            Närvarande: Siv Almgren, Tor Ekdal, Kim Sandell
            Gäst: Ida Holmér, Kronofogden
            Ulf Rask (Höganäs) och Siv Almgren (Bjuv) kunde inte komma.

            § 1 Mötets öppnande
            Mötet öppnades. Lena Falk (Åstorp) hade meddelat att hon inte kunde komma.

            § 2 Boendestödet i kommunerna
            Tor Ekdal tog upp väntetiderna.
            """)
        #expect(meeting.absent.map(\.name) == ["Ulf Rask", "Siv Almgren", "Lena Falk"])
        #expect(meeting.attendees.map(\.name) == ["Tor Ekdal", "Kim Sandell"])
    }

    /// The writer who says they took the notes ("… och jag antecknade") and who they are: a mail's
    /// sender, or in their own words ("Kim här."), is the scribe; not for another meeting's notes.
    @Test func theWriterWhoTookTheNotes() {
        let mail = read("""
            Från: Ada Ekström <ada.ekstrom@bjuv.se>
            Skickat: tisdag 3 mars 2026 08:10
            Ämne: Anteckningar från nätverket för socialpsykiatri

            Hej! Ola höll i mötet och jag antecknade.

            Med var: Ola Bergman (Klippan), Per Lindgren (Åstorp) och jag (Ada, Bjuv).

            1. Boendestöd
            Per tog upp väntetiderna.

            2. Övrigt
            Inget.
            """)
        #expect(mail.scribe?.name == "Ada Ekström")
        #expect(mail.attendees.map(\.name) == ["Ola Bergman", "Per Lindgren", "Ada Ekström"])
        let own = read("""
            Nätverket för fältarbete – anteckningar

            Kim här. Ola ledde mötet och jag antecknade.
            Närvarande: Ola Bergman, Kim Lundqvist, Per Lindgren

            1. Sommaren
            Per tog upp kvällspassen.

            2. Övrigt
            Inget.
            """)
        #expect(own.scribe?.name == "Kim")
        let before = read("""
            Nätverket för fältarbete – anteckningar

            Kim här. Ola ledde mötet. Förra gången antecknade jag, i dag gjorde Per det.
            Närvarande: Ola Bergman, Kim Lundqvist, Per Lindgren

            1. Sommaren
            Per tog upp kvällspassen.

            2. Övrigt
            Inget.
            """)
        #expect(before.scribe?.name != "Kim")
        // (The cheap test before the pattern turns away none of the ways it is said.)
        for said in ["Ola ledde mötet och jag antecknade.", "Jag antecknar som vanligt.", "Ola ledde och antecknade jag.", "Jag gör anteckningarna också.",
                     "Jag gjorde anteckningar.", "Jag skriver anteckningarna.", "Jag skrev anteckningar.", "Jag förde anteckningarna.", "Jag för anteckningar."] {
            #expect(LetterReader.writerWhoTookNotes(["Kim här.", said], sender: nil)?.name == "Kim", "\(said)")
        }
    }

    /// Minutes with no date of their own are dated by their recording's name, as Zoom and Teams write
    /// it; a date the minutes give wins.
    @Test func theDateOfARecording() {
        let body = "\n\n1. Sommaren\nPer tog upp kvällspassen.\n\n2. Övrigt\nInget.\n"
        #expect(read("Nätverket för fältarbete – anteckningar\n\nGMT20250304-101500_Recording.transcript" + body).date == "2025-03-04")
        #expect(read("Nätverket för fältarbete – anteckningar\n\nInspelning: Fältarbete-20260311_090214-Mötesinspelning.mp4" + body).date == "2026-03-11")
        #expect(read("Nätverket för fältarbete – anteckningar\nDatum: 5 mars 2025\n\nGMT20250304-101500_Recording.transcript" + body).date == "2025-03-05")
    }

    /// The cheap test before a turn's patterns turns away no line they take.
    @Test func theCheapTestKeepsEveryTurnsLine() {
        let turns = ["00:04:18 Ezra Bäckmann", "Rut Lagerholm   3:12", "[00:03:12] Rut Lagerholm: Elsa och jag …", "[12:05] Rut Lagerholm: Ja.", "00:21:46 Talare 6", "1:02:03 Okänd talare"]
        for line in turns {
            #expect(MinutesDocument.turnLine(line) != nil)
            #expect(MinutesDocument.holdsClockTime(line))
        }
        #expect(!MinutesDocument.holdsClockTime("Datum: 3 mars 2026") && !MinutesDocument.holdsClockTime("Kl. 9:3"))
    }

    /// A day's times over what happens then are no turns, though a name may stand after a time.
    @Test func aDaysTimesAreNoTurns() {
        let lines = ["09:00 Region Skåne", "Om vårdplaneringen.", "", "10:30 Kaffe", "", "11:00 Anna Berg", "Om budgeten.", "", "12:00 Lunch"]
        #expect(MinutesDocument.transcriptTurns(lines) == lines)
        // (Nor a day's parts in the definite form, the time after them: no one's name.)
        let parts = ["Frukosten   08:30", "Genomgången   09:00", "Lunchen   12:00", "Avslutningen   15:00"]
        #expect(MinutesDocument.transcriptTurns(parts) == parts)
    }
}
