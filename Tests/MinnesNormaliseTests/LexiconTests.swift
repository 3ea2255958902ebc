import Testing

@testable import MinnesNormalise

/// What hunspell-sv knows of Swedish words, as Minnes reads it: lemmas for inflected forms,
/// compounds split only where the dictionary's own rules make them compounds.
@Suite struct LexiconTests {
    let lexicon = try! Lexicon.shared()

    func lemmas(_ word: String) -> [String] { lexicon.analysis(of: word).lemmas }
    func parts(_ word: String) -> [String] { lexicon.analysis(of: word).parts }

    @Test(arguments: [
        ("familjehemmet", "familjehem"), ("mötet", "möte"), ("frågan", "fråga"), ("barnet", "barn"),
        ("beslutet", "beslut"), ("protokollet", "protokoll"), ("strategin", "strategi"),
        ("föräldrarna", "förälder"), ("rekryterade", "rekrytera"), ("skrivit", "skriva"), ("gick", "gå"),
        ("böcker", "bok"), ("böckerna", "bok"), ("män", "man"), ("männen", "man"), ("Kommunens", "kommun"),
        ("skyddsplaceringar", "skyddsplacering"), ("familjehemsvården", "familjehemsvård"),
    ])
    func anInflectedFormHasItsDictionaryForm(word: String, lemma: String) {
        #expect(lemmas(word).contains(lemma), "\(word): \(lemmas(word))")
    }

    @Test func differentWordsKeepDifferentLemmas() {
        #expect(Set(lemmas("villa")).isDisjoint(with: lemmas("vill")))
        #expect(Set(lemmas("vård")).isDisjoint(with: lemmas("värden")))
    }

    @Test func compoundsSplitByTheDictionarysRulesAndKnownWordsStayWhole() {
        #expect(parts("familjehemsvård") == ["familjehem", "vård"])
        #expect(parts("familjehemsvårdsutredningen").contains("familjehem"))
        #expect(parts("familjehemsvårdsutredningen").contains("utredningen"))
        #expect(parts("skyddsplaceringar").contains("placeringar"))
        #expect(parts("hemlighet") == [])
        #expect(parts("familjehem") == [])
        #expect(parts("möte") == [])
    }

    @Test func aWordTheDictionaryDoesNotKnowIsSaidSo() {
        let analysis = lexicon.analysis(of: "fragan")
        #expect(!analysis.known && analysis.lemmas.isEmpty && analysis.parts.isEmpty)
    }

    @Test func aMissingDictionaryIsAClearError() {
        #expect(throws: LexiconError.missing("/nowhere/sv_SE.aff")) { try Lexicon(path: "/nowhere/sv_SE") }
    }
}
