import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 153 reads, each rule on minutes written here.
@Suite("Readers 153 on")
struct Reader153Tests {
    /// Who was away, the verb before them ("Förhinder hade A, Svalöv, och B, Åstorp."), each perhaps
    /// with their kommun after a comma; in a note one added to the minutes in brackets too. Before,
    /// the sentence was read as one of those present.
    @Test func awayWithTheVerbFirst() {
        let listed = read("""
            Budgetnätverket – möte i mars
            tisdag 4 mars 2025 13:00–15:00
            Plats: Stadshuset, Bjuv

            Deltagare
            Gunvor Lilja – ekonom, Bjuvs kommun
            Tomas Berglöf – controller, Klippans kommun
            Förhinder hade Maja Rydell, Svalöv, och Oskar Fjäll, Åstorp.

            Ämnen

            Budgeten 2026
            Gunvor Lilja berättade att budgeten ska vara klar i maj.
            """)
        #expect(listed.attendees.map(\.name) == ["Gunvor Lilja", "Tomas Berglöf"])
        #expect(listed.absent.map(\.name) == ["Maja Rydell", "Oskar Fjäll"])
        #expect(listed.absent.map(\.municipality) == ["Svalöv", "Åstorp"])

        let noted = read("""
            Anteckningar från kostnätverket 9 oktober 2024

            Med på mötet:
            Ruth Backlund, Perstorp
            Vidar Stenmark, Ängelholm
            [Ruth: förhinder hade Elof Granqvist och Saga Tornberg]

            1. Matsedeln
            Vidar Stenmark berättade att matsedeln byts i januari.
            """)
        #expect(noted.attendees.map(\.name) == ["Ruth Backlund", "Vidar Stenmark"])
        #expect(noted.absent.map(\.name) == ["Elof Granqvist", "Saga Tornberg"])
        // (A kommun alone is not someone away, nor a role.)
        let prose = read("""
            Anteckningar från kostnätverket 9 oktober 2024

            Deltagare: Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm)
            Förhinder hade Bjuv.

            1. Matsedeln
            Vidar Stenmark berättade att matsedeln byts i januari.
            """)
        #expect(prose.absent.isEmpty)
    }

    /// A proposal made on a matter another brought up goes on that matter ("Antero föreslog att
    /// nätverket tar fram en rutin"): no matter of its own. Under "Övrigt", where each brings their
    /// own, it raises; so does one made where no one has raised anything, and one by a raiser
    /// already named ("Sture och Lova hade förberett passet. … Lova föreslog …").
    @Test func aProposalOnAnothersMatterRaisesNothing() {
        let minutes = read("""
            Anteckningar från kostnätverket 9 oktober 2024

            Deltagare: Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm), Sture Hallin (Bjuv), Lova Ek (Höganäs)

            1. Specialkoster
            Ruth Backlund berättade att Perstorp lagar tolv specialkoster.
            Vidar Stenmark föreslog att nätverket tar fram en gemensam lista över koster.

            2. Upphandling
            Vidar Stenmark föreslog att kommunerna upphandlar livsmedel tillsammans.

            3. Svinn
            Sture Hallin och Lova Ek hade förberett passet. Sture visade siffror på svinnet
            i Bjuvs kök. Lova föreslog att alla kommuner väger svinnet samma vecka.

            4. Övrigt
            Ruth Backlund berättade att Perstorp får nytt kök.
            Lova Ek föreslog att nästa möte hålls i Höganäs.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [
            ["Ruth Backlund"], ["Vidar Stenmark"], ["Sture Hallin", "Lova Ek"], ["Ruth Backlund", "Lova Ek"],
        ])
        // (The proposal goes on the matter's statement; the one prepared with another's, on theirs.)
        #expect(minutes.items[0].raisedBy.first?.statement.contains("gemensam lista") == true)
        #expect(minutes.items[2].raisedBy.last?.statement.contains("väger svinnet") == true)
    }

    /// Those co-opted ("Adjungerade"), with the right to speak: the meeting's when there for the whole
    /// of it, its guests when there for an item (the label's "under punkt 3", or their own "(§ 4)").
    @Test func coOptedForTheMeetingOrForAnItem() {
        let minutes = read("""
            PROTOKOLL
            Nätverket för ekonomiskt bistånd, 2025-02-11

            Ledamöter
                Hjördis Malm, Klippan
                Kasper Nyrén, Svalöv
            Adjungerade
                Olga Lindqvist, utredare, förbundets kansli
                Marius Bengtsson, Försäkringskassan (§ 4)
            Adjungerad under punkt 5
                Tindra Ahl, Kronofogden

            § 4 Samordning
            Marius Bengtsson berättade om samordningen.

            § 5 Skulder
            Tindra Ahl berättade om skuldsaneringen.
            """)
        #expect(minutes.attendees.map(\.name) == ["Hjördis Malm", "Kasper Nyrén", "Olga Lindqvist"])
        #expect(minutes.guests.map(\.name) == ["Marius Bengtsson", "Tindra Ahl"])
    }

    /// "Semhar anmälde att …" brings something up, as "anmälde punkten" does; "anmälde förhinder"
    /// does not.
    @Test func reportedThat() {
        let minutes = read("""
            Anteckningar från kostnätverket 9 oktober 2024

            Deltagare: Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm), Sture Hallin (Bjuv)

            1. Övriga frågor
            Sture Hallin anmälde förhinder till nästa möte.
            Ruth Backlund anmälde att Perstorp byter leverantör av mjölk.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund"]])
    }

    /// A closing table of decisions whose first column numbers the items ("Punkt  Beslut  Vem" over
    /// "13   Kommunerna …   Ida"), a decision wrapped in its column (beside another's), each to the item it numbers; one
    /// of another meeting's item to none. A sentence naming two items ("§ 12 samt § 14 var …") after
    /// it is neither an item nor a decision.
    @Test func aTableOfDecisionsByNumber() {
        let minutes = read("""
            Anteckningar, Nätverket för hemtjänst, 3 mars 2026

            Närvarande: Ida Wall (Bjuv), Rune Tegnér (Höganäs)

            § 12 Nyckelfri hemtjänst
            Ida Wall berättade om låsen i Bjuv.

            § 13 Bemanning under sommaren
            Rune Tegnér tog upp att Höganäs saknar vikarier.

            § 14 Utbildning
            Ida Wall informerade om en kurs i april.

            BESLUTSLISTA

            Punkt   Beslut                                  Vem      När
            -----   --------------------------------------  -------  -------
            9       Nätverket bjuder in hemtjänstens         Rune     klart
                    fackliga företrädare.
            13      Kommunerna delar sina vikarielistor     Ida      senast
                    inför sommaren.                                  1/5

            § 12 samt § 14 var informationspunkter.
            """)
        #expect(minutes.items.map(\.title) == ["Nyckelfri hemtjänst", "Bemanning under sommaren", "Utbildning"])
        #expect(minutes.items.map(\.decisions) == [[], ["Kommunerna delar sina vikarielistor inför sommaren."], []])
    }

    /// Questions sent in, each answered in a round of the kommuner: an item that asks, once its
    /// question is put (by one named, or "skickades in av" one away), is answered by each turn
    /// ("Klippan (Sixten Holm): Vi …"), which raises nothing; with no question put, the first turn
    /// puts it. (An item that asks nothing: each turn tells of their own, as before.) An "Övriga frågor" boxed by rules
    /// closes the questions as an item of its own.
    @Test func aQuestionAnsweredInARound() {
        let minutes = read("""
            Frågestund i nätverket för färdtjänst, 20 januari 2026

            Deltog: Sixten Holm (Klippan), Alma Rask (Bjuv), Nils Ör (Svalöv)
            Förhinder: Disa Blom (Åstorp)

            ------------------------------------------------------------
            Fråga 1 – Hur lång är er handläggningstid?
            ------------------------------------------------------------
            Alma Rask berättade att Bjuv har sex veckors handläggning.
            Klippan (Sixten Holm): Vi har fyra veckor.
            Svalöv (Nils Ör): Hos oss är det två.

            ------------------------------------------------------------
            Fråga 2 – Tar ni avgift för ledsagare?
            ------------------------------------------------------------
            Frågan skickades in av Disa Blom, som inte kunde komma.
            Klippan (Sixten Holm): Nej.
            Bjuv (Alma Rask): Ja, från i år.

            ------------------------------------------------------------
            Fråga 3 – Vem upphandlar i år?
            ------------------------------------------------------------
            Klippan (Sixten Holm): Klippan upphandlar färdtjänsten igen i vår.
            Bjuv (Alma Rask): Bjuv väntar till nästa år.

            ------------------------------------------------------------
            Fråga 4 – Fordonen
            ------------------------------------------------------------
            Nils Ör berättade att Svalöv byter fordon.
            Klippan (Sixten Holm): Klippan köper två nya bilar.

            ------------------------------------------------------------
            Övriga frågor
            ------------------------------------------------------------
            Nils Ör berättade att Svalöv har fått nya färdtjänstbussar.
            """)
        #expect(minutes.items.map(\.title) == [
            "Hur lång är er handläggningstid?", "Tar ni avgift för ledsagare?", "Vem upphandlar i år?", "Fordonen", "Övriga frågor",
        ])
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [
            ["Alma Rask"], [], ["Sixten Holm"], ["Nils Ör", "Sixten Holm"], ["Nils Ör"],
        ])
    }

    /// Notes written half in English, as a coordinator new to Swedish writes them: "I reported …"
    /// (the writer, who took the minutes), "X from Länsstyrelsen presented …", "Y told us that …",
    /// and "Decided: …".
    @Test func notesInEnglish() {
        let minutes = read("""
            Nätverket för ensamkommande – meeting notes
            Date: 12/02/2026
            Minutes: Fiona Blackwood, Landskrona
            Attendees: Fiona Blackwood (Landskrona), Gorm Tell (Bjuv), Ines Dahl (Åstorp)

            Item 1 – Boendeplatser
            I reported that Landskrona has four free places in stödboende.
            Decided: Everyone sends their free places to me each month.

            Item 2 – Gode män
            Oda Wiik from Överförmyndaren Nordväst presented the new rules.
            Gorm Tell told us that Bjuv lacks gode män for older youth. Decided: Gorm asks Oda for a list.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Fiona Blackwood"], ["Oda Wiik", "Gorm Tell"]])
        #expect(minutes.items.map(\.decisions) == [["Everyone sends their free places to me each month."], ["Gorm asks Oda for a list."]])
    }

    /// Items numbered "Item 1" in the English part and "Punkt 3" in the Swedish one are one agenda
    /// ("Item" is no Roman numeral for its "I"); "X and Y presented …" names two, "Z showed …" one.
    @Test func itemsInTwoLanguages() {
        let minutes = read("""
            Exchange meeting on youth housing, 3 June 2026
            Attendees: Ebbe Lind (Bjuv), Maud Rehn (Klippan), Jarl Sund (Höganäs)

            Item 1 – Housing first
            Ebbe Lind and Maud Rehn presented the housing first pilot.

            Item 2 – Follow-up
            Jarl Sund showed the follow-up template.

            Punkt 3 – Övrigt
            Maud Rehn berättade att Klippan bygger nytt.
            """)
        #expect(minutes.items.map(\.title) == ["Housing first", "Follow-up", "Övrigt"])
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Ebbe Lind", "Maud Rehn"], ["Jarl Sund"], ["Maud Rehn"]])
    }

    /// One who "tar med sig frågan" to another forum takes on a task; they bring nothing up.
    @Test func takingTheQuestionOnRaisesNothing() {
        let minutes = read("""
            Anteckningar från kostnätverket 9 oktober 2024

            Deltagare: Ruth Backlund (Perstorp), Vidar Stenmark (Ängelholm)

            1. Specialkoster
            Ruth Backlund berättade att Perstorp lagar tolv specialkoster.
            Vidar Stenmark tar med sig frågan till förvaltningens ledningsgrupp.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Ruth Backlund"]])
    }

    /// Notes under "##" headings, the answers to a raiser's bullet nested under it: they raise
    /// nothing ("  - Kenth tipsade om …" under "- Ingemo tog upp … och undrade hur andra gör").
    /// A "# Nästa möte" at the title's level after the items ends them, and an aside among them
    /// ("## Åtgärdspunkter"): no item, their text the notes'.
    @Test func nestedAnswersAndAClosingPart() {
        let minutes = read("""
            # Fritidsnätverket – möte 2 februari 2026

            Deltagare: Ylva Brandt (Bjuv), Tage Orrling (Klippan), Hedda Sjöstam (Perstorp)

            ## Sommarlovet
            - Ylva Brandt tog upp att Bjuv saknar feriejobb och undrade hur andra gör.
            	- Tage Orrling berättade att Klippan samarbetar med kyrkan.
            	- Hedda Sjöstam tipsade om länsstyrelsens bidrag.
            - Tage Orrling tog upp att badet i Klippan stänger.

            ## Från kommunerna
            - Hur det ser ut i kommunerna inför sommaren, kort från var och en:
            	- Ylva Brandt berättade att Bjuv anställer sommarvärdar till alla parker i år.
            	- Tage Orrling berättade att Klippan öppnar fritidsgården hela juli och augusti.
            - Hedda Sjöstam tog upp kostnaden för sommarvärdar, som har stigit med en tredjedel.
            Diskussionen fortsatte.
            	- Ylva Brandt berättade att Bjuv söker medel från länsstyrelsen till sommarvärdarna.

            ## Åtgärdspunkter
            - Ylva mejlar listan över feriejobb.

            ## Övrigt
              - Hedda Sjöstam berättade att Perstorp har anställt en fritidsledare.
              - Tage Orrling berättade att Klippan inviger en skatepark i juni.

            # Nästa möte
            - 6 april i Perstorp. Hedda bokar lokal.
            """)
        #expect(minutes.items.map(\.title) == ["Sommarlovet", "Från kommunerna", "Övrigt"])
        // (Under a bullet that raised nothing, or under a paragraph, an indented bullet raises as any;
        // so do bullets all indented alike.)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [
            ["Ylva Brandt", "Tage Orrling"], ["Ylva Brandt", "Tage Orrling", "Hedda Sjöstam"], ["Hedda Sjöstam", "Tage Orrling"],
        ])
        #expect(minutes.notes.contains("## Åtgärdspunkter\n- Ylva mejlar listan över feriejobb"))
        #expect(minutes.notes.contains("Hedda bokar lokal"))
    }

    /// A letter's "jag" is the one who signs it, also where it names another who took the notes; and
    /// "Själv tog jag upp att …" is the writer bringing something up, the verb before "jag" (a
    /// question after it in the sentence asks of the writer's own matter).
    @Test func theWriterWhoSigns() {
        let minutes = read("""
            Hej alla i tolknätverket!

            Här kommer en sammanfattning av vår träff den 11 mars 2026 i Bjuv. Med på mötet var
            Sonja Bergkvist (Bjuv), Isak Wahl (Klippan), Elna Frost (Höganäs) och jag. Isak förde
            anteckningar, tack för det!

            TOLKAVTALET: Sonja Bergkvist berättade att Bjuv byter tolkförmedling i maj. Själv tog jag
            upp att Svalöv har långa väntetider och frågade om någon har ett bättre avtal.

            ÖVRIGT: Elna Frost informerade om att Höganäs anställer en tolksamordnare som börjar efter
            sommaren.

            Hälsningar

            Vivianne Tjäder
            samordnare, Svalövs kommun
            """)
        #expect(minutes.scribe?.name == "Isak Wahl")
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Sonja Bergkvist", "Vivianne Tjäder"], ["Elna Frost"]])
    }

    /// Word's second-level bullet as plain text writes it ("    o   Klementina berättade …") marks
    /// a sentence, no word of it: whoever opens it raises.
    @Test func wordsSecondLevelBullets() {
        let minutes = read("""
            Minnesanteckningar, nätverket för skuldfrågor, 14 april 2026

            Närvarande: Rakel Dunér (Bjuv), Sigvard Emt (Klippan)

            •   Skuldsanering
                o   Rakel Dunér berättade att Bjuv har fått fler ansökningar om
                    skuldsanering i år.
                o   Sigvard Emt undrade hur många som beviljas.
            •   Övrigt
                o	Sigvard Emt informerade om att Klippan flyttar budgetrådgivningen.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Rakel Dunér"], ["Sigvard Emt"]])
    }

    /// A letter signed over a role of a body ("Ordförande i nätverket för …") was written by the
    /// chair; one it thanks for taking the notes ("tack till Ebbe som förde anteckningar"), anywhere
    /// in it, is the scribe.
    @Test func aLetterSignedByTheChair() {
        let minutes = read("""
            Hej alla i äldrenätverket!

            Här kommer en sammanfattning av vår träff den 4 februari 2026 i Åstorp. Med på mötet var
            Ebbe Rydén (Åstorp), Lisen Holt (Bjuv) och Tuva Ask (Båstad).

            HEMTJÄNSTEN: Lisen Holt berättade att Bjuv inför nyckelfria lås i hela hemtjänsten under
            våren och att det har gått bra hittills.

            ÖVRIGT: Tuva Ask informerade om att Båstad söker en ny enhetschef till sommaren och att
            annonsen går ut i mars.

            Ett stort tack till Ebbe som förde anteckningar!

            Hälsningar

            Gertrud Vall
            Ordförande i nätverket för äldreomsorg
            """)
        #expect(minutes.chairs.map(\.name) == ["Gertrud Vall"])
        #expect(minutes.scribe?.name == "Ebbe Rydén")
    }

    /// An item's title may open with a capitalised "Att" ("■ Att våga fråga …"); a decision's
    /// clause opens with "att" in lower case, and the tasks "Att göra till nästa träff" are none.
    @Test func aTitleOpeningWithAtt() {
        let minutes = read("""
            NYHETSBREV från nätverket för missbruksfrågor, mars 2026

            Vi var fyra på träffen den 3 mars: Ines Vik (Bjuv), Alf Nord (Klippan), Maj Strand (Höganäs) och jag.

            ■ Att ställa frågan om alkohol

            Ines Vik berättade att Bjuv har utbildat alla handläggare i att fråga om alkohol.

            ■ Nya lokaler

            Alf Nord informerade om att Klippans mottagning flyttar i april.
            """)
        #expect(minutes.items.map(\.title) == ["Att ställa frågan om alkohol", "Nya lokaler"])
    }
}
