import Testing

@testable import MinnesParse

/// Layouts met in the fixtures written blind after reader 109 (varied26–29), each rule on minutes
/// written here.
@Suite("Readers 110 on")
struct Reader110Tests {
    /// Minutes quoted in a reply ("> " before each line): read as written, under the reply; the one
    /// who replied's own lines between them stay theirs.
    @Test func minutesQuotedInAReply() {
        let quoted = """
            Från: Tora Vik <tora.vik@bjuv.se>
            Skickat: den 9 april 2025 10:12
            Ämne: SV: Anteckningar

            Hej! Bra anteckningar, en rättelse nedan.
            /Tora

            -----Ursprungligt meddelande-----
            Från: Ebbe Sand <ebbe.sand@klippan.se>
            Ämne: Anteckningar nätverket för hemtjänst 8/4

            > Hej alla, här kommer anteckningarna.
            >
            > Datum: tisdag 8 april 2025
            > Plats: Klippan, Kommunhuset
            > Ordförande: Tora Vik, Bjuv
            > Närvarande: Tora Vik (Bjuv), Ebbe Sand (Klippan), Lova Ahl (Svalöv)
            >
            > 1. Nyckelfri hemtjänst
            > Lova Ahl berättade att Svalöv byter lås i maj.
            [Tora] Det var juni, inte maj.
            >
            > 2. Övrigt
            > Ebbe Sand tog upp att bilarna ska bytas.
            """
        let meeting = read(quoted)
        #expect(meeting.date == "2025-04-08")
        #expect(meeting.place == "Klippan, Kommunhuset")
        #expect(names(meeting.chairs) == ["Tora Vik"])
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Lova Ahl"])
        #expect(meeting.items.map(\.title) == ["Nyckelfri hemtjänst", "Övrigt"])
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Lova Ahl"], ["Ebbe Sand"]])
        // A thread quoted under minutes written above it is the thread: its lines keep their marks.
        let thread = read("""
            Minnesanteckningar
            Datum: 2025-04-08
            Närvarande: Tora Vik (Bjuv), Ebbe Sand (Klippan)

            1. Nyckelfri hemtjänst
            Tora Vik berättade att Bjuv byter lås i juni, och att alla
            nycklar ska lämnas in före dess. Ebbe Sand frågade hur.

            2. Bilarna
            Ebbe Sand tog upp att bilarna ska bytas under hösten, och att
            Klippan vill upphandla tillsammans med fler kommuner.

            Den 1 april 2025 skrev Tora Vik:
            > Hej! Förslag till dagordning:
            > 1. Lås
            > 2. Bilar
            > 3. Övrigt
            > Hör av er senast fredag.
            > /Tora
            > Tora Vik
            > Bjuv
            """)
        #expect(thread.items.map(\.title) == ["Nyckelfri hemtjänst", "Bilarna"])
    }

    /// A notes app's callouts: "> [!check] Beslut" over its lines is the decision; "[[Name]]" and
    /// "[[Name|First]]" links are the person's full name; the note's title above its "##" items no item.
    @Test func notesAppCalloutsLinksAndTitle() {
        let meeting = read("""
            ---
            title: Hemtjänstnätverket
            datum: 2025-10-07
            deltagare:
              - "[[Tora Vik]]"
              - "[[Ebbe Sand]]"
            förhinder: ["[[Lova Ahl]]"]
            ---

            # Nätverksmöte 7 oktober

            Tora hälsade välkommen.

            ## Nyckelfri hemtjänst
            - [[Tora Vik|Tora]] berättade att Bjuv byter lås i juni.
            > [!check] Beslut
            > Alla kommuner byter lås före årsskiftet.

            ## Bilarna
            - [[Ebbe Sand]] tog upp att bilarna ska bytas, se [[2025-09-02 Nätverksmöte|förra mötet]].
            > [!question] Öppen fråga
            > Vem upphandlar?
            """)
        #expect(meeting.date == "2025-10-07")
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand"])
        #expect(names(meeting.absent) == ["Lova Ahl"])
        #expect(meeting.items.map(\.title) == ["Nyckelfri hemtjänst", "Bilarna"])
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Tora Vik"], ["Ebbe Sand"]])
        #expect(meeting.items.map(\.decisions) == [["Alla kommuner byter lås före årsskiftet."], []])
        #expect(meeting.items[1].text.contains("förra mötet") && !meeting.items[1].text.contains("[["))
        // "# Ekonomi" over "## Budget" names no meeting or day: an item of its own, as before.
        let outline = read("Minnesanteckningar\nDatum: 2025-04-08\n\n# Ekonomi\n\n## Budget\nTora Vik berättade om budgeten.\n\n## Prognos\nEbbe Sand berättade om prognosen.")
        #expect(outline.items.map(\.title) == ["Ekonomi", "Budget", "Prognos"])
    }

    /// A number a wrapped sentence puts at a line's start, between items numbered one after the
    /// other, is no item; one in its turn is.
    @Test func aWrappedNumberBetweenItems() {
        let meeting = read("""
            Datum: 2025-04-08
            Närvarande: Tora Vik (Bjuv), Ebbe Sand (Klippan)

            1. Lås
            Tora Vik berättade att fyra av tio lås inte fungerade för de som är över
            80. Ebbe Sand höll med.

            2. Bilar
            Ebbe Sand tog upp att bilarna ska bytas.

            3. Övrigt
            Inget.
            """)
        #expect(meeting.items.map(\.title) == ["Lås", "Bilar", "Övrigt"])
    }

    /// Ballot boxes: ☒ came, ☐ did not, in two columns read row by row; a ticked box after a label
    /// is no part of the name; a heading with its legend in parentheses.
    @Test func ballotBoxesInTwoColumns() {
        let meeting = read("""
            Nätverket för hemtjänst
            Datum: 2025-04-08

            NÄRVARO   (☒ = närvarande   ☐ = ej närvarande)

            ☒ Tora Vik, Bjuv                     ☐ Lova Ahl, Svalöv
            ☒ Ebbe Sand, Klippan                 ☒ Mira Holt, Åstorp

            Gäst:   ☒ Alva Berg, Region Skåne

            1. Lås
            Tora Vik berättade om låsen.

            2. Övrigt
            Inget.
            """)
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Mira Holt"])
        #expect(names(meeting.absent) == ["Lova Ahl"])
        #expect(names(meeting.guests) == ["Alva Berg"])
    }

    /// Prose in the first person plural: topics in bold with a full stop open their paragraphs (the
    /// items); who came said last ("Närvarande var: …, och undertecknad, samt X … som gäst …"); the
    /// writer raising ("Undertecknad berättade"); a guest the sentence before names ("Hon berättade").
    @Test func proseWithBoldTopicsAndWhoCameLast() {
        let meeting = read("""
            **Hemtjänstnätverket**
            *Anteckningar från träffen tisdagen den 8 april 2025*

            Vi träffades i stora salen på Kulturhuset i Klippan, där Ebbe hade ordnat
            med fika. Tora hälsade välkommen.

            **Lås och nycklar.** Ebbe berättade att Klippan byter till digitala lås i
            maj. Tora frågade vad det kostar.

            **Bilpoolen.** Under punkten var Alva Berg från Region Skåne med.
            Hon berättade att regionen har lediga bilar.

            **Övrigt.** Undertecknad berättade att Svalöv söker en ny samordnare.

            Närvarande var: Tora Vik (Bjuv), som ledde mötet, Ebbe Sand (Klippan)
            och undertecknad, samt Alva Berg från Region Skåne som gäst under
            punkten om bilpoolen.

            Vid pennan
            Lova Ahl
            """)
        #expect(meeting.items.map(\.title) == ["Lås och nycklar", "Bilpoolen", "Övrigt"])
        #expect(names(meeting.attendees) == ["Tora Vik", "Ebbe Sand", "Lova Ahl"])
        #expect(names(meeting.guests) == ["Alva Berg"])
        #expect(names(meeting.chairs) == ["Tora Vik"])
        #expect(meeting.place == "Kulturhuset i Klippan")
        #expect(meeting.items.map { names($0.raisedBy.compactMap(\.person)) } == [["Ebbe"], ["Alva Berg"], ["Lova Ahl"]])
        // (The list at the end is the notes', not the last item's.)
        #expect(!meeting.items[2].text.contains("Närvarande"))
        // "Han framförde en hälsning" after one who opened the meeting is no guest's matter.
        let opened = read("""
            Minnesanteckningar
            Datum: 2025-04-08
            Närvarande: Tora Vik (Bjuv), Ebbe Sand (Klippan)

            1. Mötets öppnande
            Tora Vik hälsade alla välkomna och öppnade mötet. Han
            framförde en hälsning från Bo Ek.

            2. Övrigt
            Inget.
            """)
        #expect(opened.items.map(\.title) == ["Mötets öppnande", "Övrigt"])
        #expect(opened.items[0].raisedBy.isEmpty)
    }
}
