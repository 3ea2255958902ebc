import Foundation
import Testing

/// One meeting per word form, each writing its word in one sentence alike: what a search for one
/// form of a word finds of the others, through `minnes search` and the daemon.
enum FormsCorpus {
    static let words = [
        "kommun", "kommunen", "kommunens", "möte", "mötet", "möten", "familjehem", "familjehemmet", "fråga", "frågan",
        "strategi", "strategin", "ärende", "ärendet", "ärenden", "barn", "barnet", "beslut", "beslutet", "protokoll",
        "protokollet", "placering", "placeringar", "placeringarna", "person", "personer", "skola", "skolor", "skolorna",
        "förälder", "föräldrar", "föräldrarna", "man", "män", "bok", "böcker", "böckerna", "rekrytera", "rekryterade",
        "rekryterat", "rekryteras", "skriva", "skrev", "skrivit", "gå", "gick",
        // Different words that the old layers made one.
        "vård", "värden", "hem", "hemlighet", "villa", "vill",
        // For the order of forms: a dotless word the dictionary does not know, a compound; and the
        // forms of a word it does not know (a local project's name).
        "motet", "nätverksmötet", "tryggisen", "tryggisar", "tryggisén", "stödtryggisen",
        // …and of one written with dots, and the same without them.
        "gröddören", "gröddörens", "groddorens",
    ]

    static func file(_ word: String) -> String { "\(word).txt" }

    static let index = Result {
        try PreparedIndex(files: Dictionary(uniqueKeysWithValues: words.map { word in
            (file(word), utf8("Minnesanteckningar\n\n1. **Punkt**\nVi talade om \(word) i dag.\n"))
        }))
    }
}

@Suite(.serialized) struct SwedishFormsTests {
    let world: World

    init() throws {
        world = try World(serving: try FormsCorpus.index.get())
        try world.startDaemon()
    }

    func finds(_ query: String, _ word: String) throws -> Bool {
        try searchFiles(world, query).files.contains(FormsCorpus.file(word))
    }

    @Test(arguments: [
        // definite singular: -en, -et, -n, -t
        ("kommun", "kommunen"), ("möte", "mötet"), ("familjehem", "familjehemmet"), ("barn", "barnet"),
        ("beslut", "beslutet"), ("protokoll", "protokollet"), ("fråga", "frågan"), ("strategi", "strategin"),
        ("ärende", "ärendet"),
        // plural and definite plural: -ar, -er, -or, -n, -na
        ("placering", "placeringar"), ("person", "personer"), ("skola", "skolor"), ("ärende", "ärenden"),
        ("placering", "placeringarna"), ("skola", "skolorna"), ("möte", "möten"),
        // genitive -s
        ("kommun", "kommunens"),
        // irregular plurals
        ("förälder", "föräldrar"), ("förälder", "föräldrarna"), ("man", "män"), ("bok", "böcker"), ("bok", "böckerna"),
        // verbs: -ade, -at, -as, strong verbs
        ("rekrytera", "rekryterade"), ("rekrytera", "rekryterat"), ("rekrytera", "rekryteras"), ("skriva", "skrev"),
        ("skriva", "skrivit"), ("gå", "gick"),
    ])
    func eachFormFindsTheOtherBothWays(base: String, form: String) throws {
        #expect(try finds(base, form), "\(base) does not find \(form)")
        #expect(try finds(form, base), "\(form) does not find \(base)")
    }

    @Test(arguments: [("vård", "värden"), ("hem", "hemlighet"), ("villa", "vill")])
    func differentWordsStayApart(one: String, other: String) throws {
        #expect(try !finds(one, other), "\(one) finds \(other)")
        #expect(try !finds(other, one), "\(other) finds \(one)")
    }

    @Test func aWordTypedWithoutDotsStillFindsTheDottedOnes() throws {
        #expect(try finds("vard", "vård"))
        #expect(try finds("fragan", "frågan"))
        #expect(try finds("mote", "möte"))
    }

    @Test func theClosestFormRanksFirst() throws {
        // As written, then its lemma, then text that may have lost its dots, then inside a compound.
        let (_, response) = try searchFiles(world, "mötet")
        let order = try #require(response["results"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        let expected = ["mötet", "möten", "motet", "nätverksmötet"].map(FormsCorpus.file)
        #expect(order.filter(expected.contains) == expected, "\(order)")
        // A word the dictionary does not know has no lemma; Snowball's stem takes its place.
        let (_, unknown) = try searchFiles(world, "tryggisen")
        let unknownOrder = try #require(unknown["results"] as? [[String: Any]]).compactMap { $0["file"] as? String }
        let unknownExpected = ["tryggisen", "tryggisar", "tryggisén", "stödtryggisen"].map(FormsCorpus.file)
        #expect(unknownOrder.filter(unknownExpected.contains) == unknownExpected, "\(unknownOrder)")
        // Typed with dots, its stem is the one written with them; then the text that lost them.
        let (_, dotted) = try searchFiles(world, "gröddören")
        let dottedResults = try #require(dotted["results"] as? [[String: Any]])
        let scores = Dictionary(dottedResults.compactMap { result in
            (result["file"] as? String).map { ($0, result["score"] as? Double ?? 0) }
        }, uniquingKeysWith: max)
        let dottedExpected = ["gröddören", "gröddörens", "groddorens"].map(FormsCorpus.file)
        let dottedScores = dottedExpected.map { scores[$0] ?? 0 }
        // Apart by their levels' weights (0.8 and 0.7) and more, not the lengths of two texts that differ by a term.
        #expect(dottedScores[2] > 0 && dottedScores[0] > dottedScores[1] && dottedScores[1] > 1.2 * dottedScores[2], "\(scores)")
    }

    @Test func explainSaysWhatEachWordBecame() throws {
        let explained = try world.minnes("search", "--explain", "mötet -villa")
        #expect(explained.status == 0, "\(explained.stderr)")
        #expect(explained.stdout.contains("{mötet | lemma:möte ×0.9 | motet ×0.7 | part:mötet ×0.5}"), "\(explained.stdout)")
        #expect(explained.stdout.contains("AND_NOT (villa OR lemma:villa)\n"), "\(explained.stdout)")
        let json = try world.minnes("search", "--json", "--explain", "fragan")
        let response = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((response["explanation"] as? String)?.contains("{fragan | folded:fragan ×0.8 | part:fragan ×0.5}") == true, "\(json.stdout)")
    }
}
