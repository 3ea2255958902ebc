import Testing
@testable import MinnesParse

/// Minutes written as a letter or a mail's body: who came, where and when in its sentences, the
/// topics its paragraphs open with; and what such sentences must not be taken for.
@Suite("Letters")
struct LetterTests {
    /// A letter's opening, then three paragraphs opened by their topics, then a greeting.
    func letter(_ opening: String, subject: String = "Ämne: Anteckningar från nätverket") -> Meeting {
        read("""
            Från: Ida Berg
            \(subject)

            Hej alla!

            \(opening)

            Ekonomi: Ola Ek berättade att budgeten för nästa år är lagd och att den håller sig inom ramen.

            Lokaler: Per Holm tog upp att det är svårt att hitta rum för samtal med familjer på kvällstid.

            Övrigt: Sara Lind informerade om att Bjuv anställer två nya socialsekreterare under hösten.

            Hälsningar
            Ida Berg
            """)
    }

    @Test("a letter's topics are its items, and a topic is no place label")
    func topicsAreItems() {
        let meeting = letter("Med på mötet var Ola Ek (Bjuv), Per Holm (Klippan) och Sara Lind (Åstorp).")
        #expect(meeting.items.map(\.title) == ["Ekonomi", "Lokaler", "Övrigt"])
        #expect(meeting.items.map { $0.raisedBy.compactMap(\.person?.name) } == [["Ola Ek"], ["Per Holm"], ["Sara Lind"]])
        #expect(meeting.place == nil)
        #expect(meeting.attendees.map(\.name) == ["Ola Ek", "Per Holm", "Sara Lind"])
    }

    @Test("a topic that opens as a header's label would is a topic still")
    func topicLikeALabel() {
        let meeting = read("""
            Hej alla!

            Med på mötet var Ola Ek (Bjuv), Per Holm (Klippan) och Sara Lind (Åstorp).

            Tid för uppföljning: Ola Ek berättade att uppföljningen av placeringarna tar allt längre tid i Bjuv.

            Lokal samverkan: Per Holm tog upp att polisen i Klippan vill träffa nätverket under hösten.

            Övrigt: Sara Lind informerade om att Åstorp anställer två nya socialsekreterare under hösten.
            """)
        #expect(meeting.items.map(\.title) == ["Tid för uppföljning", "Lokal samverkan", "Övrigt"])
        #expect(meeting.place == nil)
    }

    @Test("a paragraph opened by a topic above the sentence saying who came is the letter's opening")
    func topicAboveWhoCame() {
        let meeting = letter("""
            Sammanfattning: det var en bra träff med många deltagare och livliga diskussioner om hur vi går vidare.

            Med på mötet var Ola Ek (Bjuv), Per Holm (Klippan) och Sara Lind (Åstorp).
            """)
        #expect(meeting.items.map(\.title) == ["Ekonomi", "Lokaler", "Övrigt"])
        #expect(meeting.attendees.count == 3)
    }

    @Test("bullets stay the items when their paragraphs open with a label")
    func bulletsBeforeTopics() {
        let meeting = read("""
            Anteckningar nätverket 2024-03-05

            - Budget

            Bakgrund: Ola Ek berättade att budgeten för nästa år är lagd och håller sig inom ramen.

            - Lokaler

            Bakgrund: Per Holm tog upp att det är svårt att hitta rum för samtal med familjer på kvällstid.

            Förslag: Sara Lind föreslog att vi frågar fastighetsavdelningen om rum i kommunhuset i vår.
            """)
        #expect(meeting.items.map(\.title) == ["Budget", "Lokaler"])
    }

    @Test("the chair and scribe by name, a first name one of those present has, never a pronoun", arguments: [
        ("Ola Ek ledde mötet och jag förde anteckningar.", ["Ola Ek"], "Ida Berg"),
        ("Ola ledde mötet och Per förde anteckningar.", ["Ola Ek"], "Per Holm"),
        ("Ola Ek och Per Holm delade på ordförandeskapet.", ["Ola Ek", "Per Holm"], "Ida Berg"),
        ("Hon ledde mötet. Hon förde anteckningar.", [], "Ida Berg"),
        ("Vi delade på ordförandeskapet.", [], "Ida Berg"),
        ("Som vanligt var det Ola som höll i ordförandeklubban.", ["Ola Ek"], "Ida Berg"),
        ("Det var Per Holm som ledde mötet den här gången.", ["Per Holm"], "Ida Berg"),
        ("Det var som vanligt trevligt att ses, och Ola som ledde mötet höll tiden.", ["Ola Ek"], "Ida Berg"),
        ("Höganäs var värd och Per höll i mötet.", ["Per Holm"], "Ida Berg"),
        ("Det var trevligt att ses, och Ola som ledde mötet förra gången höll tiden.", [], "Ida Berg"),
    ])
    func chairAndScribe(sentence: String, chairs: [String], scribe: String) {
        let meeting = letter("Med på mötet var Ola Ek (Bjuv), Per Holm (Klippan) och jag. " + sentence)
        #expect(meeting.chairs.map(\.name) == chairs)
        #expect(meeting.scribe?.name == scribe)
    }

    @Test("the place a sentence names, and where it stops", arguments: [
        ("Vi höll till i Åstorp, Kulturhuset, rum Hyllinge.", "Åstorp, Kulturhuset, rum Hyllinge"),
        ("Vi träffades i Bjuv för att prata om budgeten.", "Bjuv"),
        ("Vi sågs den 1 oktober i Båstad, Medborgarkontoret.", "Båstad, Medborgarkontoret"),
        ("Den här gången var vi i Landskrona, Rådhuset, och fick ha lokalen hela dagen.", "Landskrona, Rådhuset"),
        ("Vi höll till i Landskrona, Individ- och familjeförvaltningens lokaler.", "Landskrona, Individ- och familjeförvaltningens lokaler"),
        ("Vi var på Zoom den här gången.", "digital"),
        ("Vi träffades på Stadshuset i Bjuv.", "Stadshuset i Bjuv"),
        ("Vi träffades i Åstorp och gick igenom nästa termin.", "Åstorp"),
        ("Förra gången var vi i Åstorp.", nil),
        ("Sedan var vi i stort sett överens.", nil),
    ] as [(String, String?)])
    func place(sentence: String, place: String?) {
        #expect(letter("Med på mötet var Ola Ek (Bjuv) och Per Holm (Klippan). " + sentence).place == place)
    }

    @Test("who came, away and as guests in a letter's sentences")
    func people() {
        let meeting = letter("""
            Vi som deltog: Ola Ek, Bjuv; jag själv, Ida Berg, Klippan; Anna Ek och Per Holm, Åstorp; och Sara Lind, Svalöv.
            Eva Nord (Höganäs) kunde tyvärr inte komma. Vi hade också besök av Lars Lund från Kronofogden.
            Nästa gång får vi besök av Nils Berg från Polisen.
            Vi hade besök av Karin Holm, som berättade om nästa års regler.
            """)
        #expect(meeting.attendees.map(\.name) == ["Ola Ek", "Ida Berg", "Anna Ek", "Per Holm", "Sara Lind"])
        #expect(meeting.attendees.map(\.municipality) == ["Bjuv", "Klippan", nil, "Åstorp", "Svalöv"])
        #expect(meeting.absent.map(\.name) == ["Eva Nord"])
        #expect(meeting.guests.map(\.name) == ["Lars Lund", "Karin Holm"])
    }

    @Test("a list parted by semicolons keeps a detail's own semicolon")
    func semicolonInParentheses() {
        let meeting = letter("Med på mötet var Anna Ek (Bjuv; ordf.), Per Holm (Klippan) och jag.")
        #expect(meeting.attendees.map(\.name) == ["Anna Ek", "Per Holm", "Ida Berg"])
    }

    @Test("a mail's header pasted above the minutes: its subject the title (and its day the meeting's), never whom it went to")
    func pastedMailHeader() {
        let meeting = read("""
            Från: Karin Holm <karin.holm@perstorp.se>
            Skickat: den 12 mars 2024 16:02
            Till: Familjehemsnätverket
            Ämne: Minnesanteckningar familjehemsnätverket 12/3

            Hej alla!

            Närvarande: Karin Holm (Perstorp), Lars Nyberg (Bjuv)

            1. Rekrytering
            Lars Nyberg berättade om kampanjen.
            2. Nästa möte
            Nästa möte blir 14 maj i Svalöv.
            """)
        #expect(meeting.title == "Minnesanteckningar familjehemsnätverket 12/3")
        #expect(meeting.date == "2024-03-12")
        #expect(meeting.nextMeeting == NextMeeting(date: "2024-05-14", place: "Svalöv"))
        #expect(read("Subject: Notes from the network meeting\nTo: All\n\n1. Budget\nShort.\n2. Other\nNone.\n").title
            == "Notes from the network meeting")
        // As Word and HTML give a header's labels: in bold.
        let bold = read("**Skickat:** den 14 mars 2024 08:10\n**Till:** Familjehemsnätverket\n**Ämne:** Minnesanteckningar 12/3\n\n1. Läget\nKort.\n2. Avslut\nTack.\n")
        #expect(bold.title == "Minnesanteckningar 12/3")
        #expect(bold.date == "2024-03-12")
        // The subject is the title a network in lower case is read from, not the sender's line above it.
        #expect(read("Från: Karin Holm\nÄmne: Anteckningar från familjehemsnätverket 12/3\n\n1. Läget\nKort.\n2. Avslut\nTack.\n").network
            == "Familjehemsnätverket")
    }

    @Test("a letter's day without a year is in the one year the lines above name; a letter's own date is not the meeting's")
    func dates() {
        #expect(letter("Här kommer anteckningarna från träffen 7 mars.", subject: "Ämne: Anteckningar – vårträffen 2025").date == "2025-03-07")
        #expect(letter("Här kommer anteckningarna från träffen 7 mars.", subject: "Ämne: Anteckningar 2024 och plan för 2025").date == nil)
        // Sent in January of the subject's year, of a meeting in December: the December before.
        #expect(letter("Här kommer anteckningarna från träffen 12 december.", subject: "Skickat: 8 januari 2025 10:12\nÄmne: Anteckningar 2025").date == "2024-12-12")
        #expect(read("""
            Landskrona 2025-05-16

            Minnesanteckningar från träffen onsdagen den 14 maj 2025

            Hej! Med på mötet var Ola Ek (Bjuv) och Per Holm (Klippan).
            """).date == "2025-05-14")
        // "sågs över" is no meeting.
        #expect(read("""
            Anteckningar 2024-02-01

            Hej! Riktlinjerna sågs över den 3 mars 2024 av Ola Ek.
            """).date == "2024-02-01")
    }
}
