import Testing

@testable import MinnesParse

/// Layouts of the fixtures written blind that reader 143 reads, each rule on minutes written here.
@Suite("Readers 143 on")
struct Reader143Tests {
    /// Minutes of one network's meeting, its four members present, over items.
    func network(_ items: String) -> Meeting {
        read("""
            Nätverket för hemlöshetsfrågor
            Anteckningar 12 mars 2026, Bjuv

            Närvarande: Ylva Brandt (Bjuv), Tage Orrling (Klippan), Hedda Sjöstam (Perstorp), Nore Kvist (Svalöv)


            """ + items)
    }

    /// An answer told is no matter raised: one told in the sentence of another's answer (wrapped after
    /// its "och" or comma), or the first telling after a question no one has answered yet. Nor, since
    /// reader 245, is one telling how it is in their kommun after a matter brought up ("tog upp").
    @Test func anAnswerToldRaisesNothing() {
        let minutes = network("""
            1. Vräkningar under vintern
            Ylva Brandt tog upp att Bjuv har haft fyra vräkningar sedan december.
            Tage Orrling frågade om någon kommun har avtal med hyresvärdarna. Ylva svarade att Bjuv har det, och
            Hedda Sjöstam berättade att Perstorp skriver ett nu.

            2. Härbärgen
            Tage Orrling tog upp att härbärget i Klippan stänger i april.
            Nore Kvist undrade om någon har platser kvar. Ingen visste.
            Hedda Sjöstam berättade att Perstorp har två platser.

            3. Boendestöd
            Nore Kvist tog upp att Svalöv saknar boendestöd på helger.
            Ylva Brandt frågade vad det kostar att köpa. Nore svarade att det inte är utrett.
            Hedda Sjöstam berättade att Perstorp har startat en helgjour.

            4. Skuldrådgivning
            Nore Kvist tog upp väntetiderna till skuldrådgivningen.
            Tage Orrling frågade om någon delar rådgivare med en grannkommun.
            Ylva Brandt tog upp att Bjuv ska anställa en egen rådgivare.
            Hedda Sjöstam berättade att Perstorp köper rådgivning av Klippan.

            5. Hyresgarantier
            Nore Kvist tog upp kommunala hyresgarantier.
            Tage Orrling frågade om Bjuv har några. Ylva svarade att Bjuv har tre,
            Hedda Sjöstam berättade att Perstorp har en.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [
            ["Ylva Brandt"], ["Tage Orrling"], ["Nore Kvist"], ["Nore Kvist", "Ylva Brandt"],
            ["Nore Kvist"],
        ])
        // (The answer told goes on the matter's statement.)
        #expect(minutes.items[1].raisedBy.first?.statement.contains("Perstorp har två platser") == true)
    }

    /// "Vi kom fram till att …" decides; "… för tidigt att säga" decides nothing; and the tasks "till
    /// nästa träff" close the minutes, no item.
    @Test func whatWeCameToDecides() {
        let minutes = network("""
            1. Statistik
            Ylva Brandt tog upp hur vi räknar hemlösa.
            Vi kom fram till att alla räknar en gång om året, i maj.

            2. Härbärgen
            Tage Orrling tog upp platserna.
            Vi kom fram till att det är för tidigt att säga hur många som behövs.

            3. Att göra till nästa träff
            - Ylva skickar ut mallen
            """)
        #expect(minutes.items.map(\.title) == ["Statistik", "Härbärgen"])
        #expect(minutes.items.first?.decisions == ["Vi kom fram till att alla räknar en gång om året, i maj."])
        #expect(minutes.items.last?.decisions == [])
        // Under headings, the tasks' heading closes the item above.
        let headed = network("""
            Statistik
            Ylva Brandt tog upp hur vi räknar hemlösa i kommunerna.

            Härbärgen
            Tage Orrling tog upp platserna i Klippan och i Bjuv.

            Att göra till nästa träff
            - Ylva skickar ut mallen till alla kommuner före april.
            """)
        #expect(headed.items.map(\.title) == ["Statistik", "Härbärgen"])
        #expect(headed.items.last?.text.contains("mallen") == false)
    }

    /// A matter opened by no one named ("Flera kommuner beskrev att …") is raised by no one: a question
    /// after it asks of it. A question alone raises its matter.
    @Test func aMatterOpenedByNoOneNamed() {
        let minutes = network("""
            1. Hyresskulder
            Flera kommuner beskrev att skulderna upptäcks sent.
            Ylva Brandt frågade om bolagen kan höra av sig tidigare.

            2. Nattjour
            Tage Orrling undrade vem som svarar i telefon efter midnatt.
            Hedda Sjöstam svarade att socialjouren gör det.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [[], ["Tage Orrling"]])
    }

    /// Of two who brought a matter, each says what opens with their name, in words that raise nothing
    /// ("Nore fyllde i att …"), and both what opens with both names; one from a body of four words raises ("X från Stadsmissionen Nordvästra
    /// Skåne Syd presenterade …").
    @Test func eachOfTwoSaysTheirOwn() {
        let minutes = network("""
            1. Gemensam jourlista
            Ylva Brandt och Nore Kvist hade anmält punkten.
            Ylva berättade att Bjuvs lista är ett år gammal.
            Nore fyllde i att Svalöv saknar en lista helt.
            Ylva frågade om Svalöv vill låna Bjuvs mall.
            Tage Orrling frågade vem som ska hålla listan.
            Ylva och Nore skriver ett förslag till nästa träff.

            2. Matutdelning
            Signe Alm från Stadsmissionen Nordvästra Skåne Syd presenterade utdelningen i Bjuv.
            Tage Orrling frågade hur många som kommer.
            """)
        let raisers = minutes.items.map { $0.raisedBy.compactMap(\.name) }
        #expect(raisers == [["Ylva Brandt", "Nore Kvist"], ["Signe Alm"]])
        let said = minutes.items[0].raisedBy.map(\.statement)
        #expect(said.count == 2 && !said[0].contains("saknar en lista") && said[1].contains("saknar en lista"))
        // (A raiser's question is theirs; one asked by another goes on with the one speaking; two who
        // open a sentence both say it.)
        #expect(said.count == 2 && said[0].contains("låna Bjuvs mall") && !said[1].contains("låna Bjuvs mall"))
        #expect(said.count == 2 && said[0].contains("hålla listan") && !said[1].contains("hålla listan"))
        #expect(said.count == 2 && said[0].contains("skriver ett förslag") && said[1].contains("skriver ett förslag"))
    }

    /// A proposal of how to handle the matter at hand ("… föreslog att frågan tas upp igen …") raises
    /// nothing; one of something to do does.
    @Test func aProposalToHandleTheMatterRaisesNothing() {
        let minutes = network("""
            1. Övrigt
            Nore Kvist tog upp att Svalöv inte längre får använda hotell vid akuta placeringar.
            Ylva Brandt föreslog att frågan tas upp igen i höst.
            Tage Orrling föreslog att nätverket bjuder in länsstyrelsen.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Nore Kvist", "Tage Orrling"]])
    }

    /// A matter said to have been brought up ("Frågan väcktes … av …") is opened: a question after it
    /// raises nothing.
    @Test func aMatterBroughtUpBefore() {
        let minutes = network("""
            1. Gemensam annonsering
            Frågan väcktes på förra mötet av Sixten Berg, Höganäs, som ville annonsera gemensamt.
            Ylva Brandt undrade om någon har prövat det.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [[]])
    }

    /// The body an item's title names speaks through the one the lists give from it.
    @Test func aBodySpeaksThroughTheOneFromIt() {
        let minutes = read("""
            Nätverket för hemlöshetsfrågor
            Anteckningar 12 mars 2026, Bjuv

            Närvarande: Ylva Brandt (Bjuv), Tage Orrling (Klippan)
            Gäst: Signe Alm, samordnare, Stiftelsen Gula Huset

            1. Information från Stiftelsen Gula Huset
            Signe Alm berättade att stiftelsen har öppnat ett nytt boende i Bjuv.
            Tage Orrling frågade hur många platser det har.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Signe Alm"]])
    }

    /// A sentence wrapped over a line in lower case goes on there, its verb too.
    @Test func aSentenceWrappedGoesOn() {
        let minutes = network("""
            1. Boendestöd
            Ylva Brandt tog upp att Bjuv saknar boendestöd på helger.
            Nore Kvist, som var med för Svalövs boendestöd, tog också
            upp att deras personal slutar klockan fem.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Ylva Brandt", "Nore Kvist"]])
        #expect(minutes.items.first?.raisedBy.last?.statement.hasSuffix("slutar klockan fem.") == true)
        // (Or after a word no sentence ends on, a name's long relative clause between.)
        let wrapped = network("""
            1. Skulder
            Hedda Sjöstam, som själv arbetar som budget- och skuldrådgivare i
            Perstorp, berättade att väntetiden har blivit kortare.

            2. Boende
            Nore Kvist tog upp att Svalöv saknar platser för unga vuxna.
            """)
        #expect(wrapped.items.map { $0.raisedBy.compactMap(\.name) } == [["Hedda Sjöstam"], ["Nore Kvist"]])
    }

    /// "Han berättade" after a sentence a full name opens is theirs: they raise the matter (not one
    /// who opened the meeting, nor one named later in the sentence).
    @Test func heIsTheOneNamedBefore() {
        let minutes = network("""
            1. Polisens lägesbild
            Signe Alm gav polisens lägesbild för kommunerna. Han berättade att stölderna har ökat.

            2. Hyror
            Vi har pratat med Signe Alm om hyrorna. Hon berättade att de höjs i juli.
            """)
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Signe Alm"], []])
    }

    /// A part in capitals after the numbered items ends the last; each heading under it is an item
    /// of its own, the part its section, over paragraphs wrapped at any length. "Efter en kort
    /// diskussion beslutade nätverket att …" decides.
    @Test func aRoundInCapitalsAfterTheNumberedItems() {
        let minutes = network("""
            1. Statistik
            Ylva Brandt tog upp hur vi räknar hemlösa i kommunerna.

            2. Härbärgen
            Tage Orrling tog upp platserna i Klippan.

            RUNDA I KOMMUNERNA
            (Var och en berättade kort.)

            Perstorp (Hedda Sjöstam)
            Hedda berättade att Perstorp har anställt en boendestödjare som
            börjar i maj. Efter en kort diskussion beslutade nätverket att
            Perstorps rutin sprids till alla.

            Svalöv (Nore Kvist)
            Nore berättade att Svalöv har ett nytt avtal med bostadsbolaget
            från och med januari.
            """)
        #expect(minutes.items.map(\.title) == ["Statistik", "Härbärgen", "Perstorp", "Svalöv"])
        #expect(minutes.items.map(\.section) == [nil, nil, "RUNDA I KOMMUNERNA", "RUNDA I KOMMUNERNA"])
        #expect(minutes.items.map { $0.raisedBy.compactMap(\.name) } == [["Ylva Brandt"], ["Tage Orrling"], ["Hedda Sjöstam"], ["Nore Kvist"]])
        #expect(minutes.items[1].text == "Tage Orrling tog upp platserna i Klippan.")
        #expect(minutes.items[2].decisions.first?.hasPrefix("Efter en kort diskussion beslutade nätverket att") == true)
        #expect(minutes.items[2].text.hasPrefix("(Var och en berättade kort.)"))
        // (A part over one heading alone is the last item's.)
        let closing = network("""
            1. Statistik
            Ylva Brandt tog upp hur vi räknar hemlösa i kommunerna.

            2. Härbärgen
            Tage Orrling tog upp platserna i Klippan.

            NÄSTA MÖTE OCH AVSLUTNING

            Svalöv i maj
            Vi ses i Svalöv den 14 maj klockan nio, i kommunhuset vid torget.
            """)
        #expect(closing.items.map(\.title) == ["Statistik", "Härbärgen"])
    }
}
