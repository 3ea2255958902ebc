import Testing

@testable import MinnesParse

/// One fold for everything: each letter a Nordic or European name may carry meets its plain form.
@Suite("Folding") struct FoldingTests {
    @Test(arguments: [
        ("å", "a"), ("ä", "a"), ("æ", "a"), ("à", "a"), ("á", "a"), ("â", "a"), ("ã", "a"),
        ("ö", "o"), ("ø", "o"), ("ó", "o"), ("ò", "o"), ("ô", "o"), ("õ", "o"),
        ("é", "e"), ("è", "e"), ("ê", "e"), ("ë", "e"),
        ("ü", "u"), ("ú", "u"), ("ù", "u"), ("û", "u"),
        ("í", "i"), ("ï", "i"), ("ñ", "n"), ("ç", "c"), ("ý", "y"), ("ð", "d"),
        ("č", "c"), ("ć", "c"), ("š", "s"), ("ž", "z"), ("ł", "l"), ("đ", "d"), ("ř", "r"), ("ő", "o"),
        ("Å", "a"), ("Ä", "a"), ("Æ", "a"), ("Ö", "o"), ("Ø", "o"), ("É", "e"), ("Ü", "u"), ("Č", "c"),
    ])
    func eachLetterFoldsToItsBase(letter: String, base: String) {
        #expect(Folding.key(letter) == base)
        #expect(Folding.key("x\(letter)y") == "x\(base)y")
    }

    @Test func theSameManWrittenTwoWaysHasOneKey() {
        #expect(Folding.key("Øjvind Ærø") == Folding.key("Öjvind Ärö"))
        #expect(Folding.key("Øjvind Ærø") == "ojvind aro")
    }

    @Test func lettersWithoutADiacriticStay() {
        #expect(Folding.key("ß") == "ß")
        #expect(Folding.key("Þóra") == "þora")
        #expect(Folding.key("Ελένη") == "ελένη")  // outside Latin, only lowercased
    }

    @Test func lettersTypedAsBaseAndMarkFoldToo() {
        #expect(Folding.key("Ha\u{308}ssleholm") == "hassleholm")  // a + combining diaeresis
    }

    @Test func whitespaceIsSingleAndTrimmed() {
        #expect(Folding.key("  Matilda \t Hedén \n") == "matilda heden")
    }

    @Test func wordsAreFoundAsCharactersWouldFindThem() {
        let texts = [
            "Familjehem, 3 st. i Höganäs: LVU-placeringar (2020)!", "Ha\u{308}ssleholm och Ma\u{30A}lmo\u{308}", "Ærø, Þóra och Ελένη 12:e",
            "e-post: anna.berg@bjuv.se", "¼ och ² är tal", "",
        ]
        for text in texts {
            #expect(Folding.words(in: text) == text.split { !($0.isLetter || $0.isNumber) }, "\(text)")
            #expect(Folding.words(in: text, digits: false) == text.split { !$0.isLetter }, "\(text)")
        }
        #expect(Folding.lowercaseWords(in: "Familjehem I HÖGANÄS") == ["familjehem", "i", "höganäs"])
    }

    /// Lowercasing a whole text and then splitting it gives the words lowercasing each word gives.
    @Test(arguments: [
        "Familjehemsvården i Höganäs: ÖVERENSKOMMELSE om LVU-placeringar, 3,5 miljoner kr.",
        "İstanbul, Straße, naïve café, ΣΊΣΥΦΟΣ, e\u{301}lan, at\u{0308}t, x²y, ½, 2024-05-15 kl. 9",
    ])
    func aTextsLowercaseWordsAreItsWordsLowercasedOneByOne(text: String) {
        for digits in [true, false] {
            #expect(Folding.lowercaseWords(in: text, digits: digits) == Folding.words(in: text, digits: digits).map { $0.lowercased() })
        }
    }

    @Test func kommunerAreNamedAnyWayTheyAreWritten() {
        #expect(Municipality.named("Angelholm") == "Ängelholm")
        #expect(Municipality.named("ÖRKELLJUNGA") == "Örkelljunga")
        #expect(Municipality.named("Åstorp,") == "Åstorp")
    }
}
