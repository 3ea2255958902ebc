import Foundation
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

    /// The byte-wise way for Latin texts gives what the general way gives, letter for letter: every
    /// letter of its table alone and between others, and seeded random texts of them with spaces,
    /// digits and punctuation. A text with any other letter is left to the general way.
    @Test func latinTextsAreReadAsTheGeneralWayReadsThem() {
        func agree(_ text: String) {
            if let key = Folding.Latin.key(text) { #expect(key == Folding.generalKey(text), "\(text.unicodeScalars.map(\.value))") }
            if let words = Folding.Latin.words(in: text, fold: true, digits: true) {
                #expect(words == Folding.words(in: Folding.generalKey(text)).map(String.init), "\(text.unicodeScalars.map(\.value))")
            }
            for digits in [true, false] {
                if let words = Folding.Latin.words(in: text, fold: false, digits: digits) {
                    #expect(words == Folding.words(in: text.lowercased(), digits: digits).map(String.init), "\(text)")
                }
            }
        }
        let latin = (Array(Folding.Latin.latin) + Array(Folding.Latin.punctuation)).compactMap(Unicode.Scalar.init)
        for scalar in latin {
            agree(String(scalar))
            agree("Ab\(scalar)cd \(scalar)\(scalar)x")
        }
        var random = SeededGenerator(seed: 20261130)
        let common = Array("aåäöeéAÅÄÖ \t\n-–•’.,:;1²½ªß€".unicodeScalars)
        for _ in 0..<3000 {
            let length = Int(random.next() % 40)
            var text = String.UnicodeScalarView()
            for _ in 0..<length {
                text.append(random.next() % 2 == 0 ? common[Int(random.next() % UInt64(common.count))] : latin[Int(random.next() % UInt64(latin.count))])
            }
            agree(String(text))
        }
        #expect(Folding.Latin.key("İstanbul") == nil && Folding.Latin.key("ΣΊΣΥΦΟΣ") == nil && Folding.Latin.key("a\u{308}") == nil)
        #expect(Folding.Latin.key(" Matilda \u{A0}Hedén\u{85}") == "matilda heden")
        #expect(Folding.foldedWords(in: "ÅSA Öberg, Ærø-Øjvind: 3,5") == ["asa", "oberg", "aro", "ojvind", "3", "5"])
    }

    /// `holds` finds what Foundation's `contains` finds, and `place(of:)` where `range(of:)` finds it,
    /// with or without combining marks.
    @Test func holdsFindsWhatContainsFinds() {
        let texts = [
            "Fråga från Anna Berg", "FRÅN Bjuv", "fra\u{30A}n Klippan", "q\u{30A} och a", "", "från", "lyfter frågan om – familjehem", "åå",
            "a från b från",
        ]
        let parts = ["från", "Från", "a", "q", "", "lyfter", "om – f", "å", "åå", "ååå", "n Klippan", "x"]
        for text in texts {
            for part in parts {
                #expect(text.holds(part) == text.contains(part), "\(text) / \(part)")
                #expect(text.dropFirst().holds(part) == text.dropFirst().contains(part), "\(text.dropFirst()) / \(part)")
                // Where: as the bytes before Foundation's range.
                #expect(text.place(of: part) == text.range(of: part).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) })
            }
        }
    }

    /// `wordsApartBySpaces` gives the words `split(separator: " ")` gives: with spaces doubled, at
    /// either end, tabs and no-break spaces (no word's end), a name in decomposed form, and what joins
    /// a space into one Character (a combining mark, a joiner, a selector or modifier after it, a
    /// prepended mark before it).
    @Test func wordsApartBySpacesAreTheWordsSplitGives() {
        let texts = [
            "Anna Berg", "  Anna   Berg ", "Åsa Öberg-Lind", "Hede\u{301}n Mats", "Anna \u{301}Berg", "Anna\tBerg Ek", "Anna\u{A0}Berg Ek",
            "", " ", "Ola 😀 Ek", "Karin", "e-post anna@bjuv.se", "Anna \u{200D}Berg", "Anna \u{FE0F}Berg", "Ola \u{1F3FB}Ek",
            "Anna\u{600} Berg", "Anna \u{1DC4}Berg", "Örjan Åberg Ängelholm",
        ]
        for text in texts {
            #expect(text.wordsApartBySpaces() == text.split(separator: " " as Character), "\(text.unicodeScalars.map(\.value))")
            #expect(text.dropFirst().wordsApartBySpaces() == text.dropFirst().split(separator: " " as Character))
        }
        #expect("  Anna   Berg ".wordsApartBySpaces() == ["Anna", "Berg"] && "Anna \u{301}Berg".wordsApartBySpaces().count == 1)
    }

    /// `trimmingSpaces` leaves what Foundation's `trimmingCharacters(in: .whitespaces)` leaves: with
    /// every scalar of the Basic Multilingual Plane at either end, and combining marks after a space.
    @Test func trimmingSpacesTrimsWhatFoundationTrims() {
        var trimmed = 0
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [" \t\(scalar) Anna\(scalar)\u{A0}"] {
                #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
                #expect(text.dropFirst().trimmingSpaces() == text.dropFirst().trimmingCharacters(in: .whitespaces))
                #expect(text.trimmingSpaces(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
                #expect(
                    text.trimmingSpaces(and: "#*_–") == text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "#*_–"))))
            }
            if "\(scalar)a".trimmingSpaces() == "a" { trimmed += 1 }
        }
        // The tab, Unicode's space separators (U+0020, U+00A0, U+1680, U+2000–200A, U+202F, U+205F,
        // U+3000) and the zero-width space (U+200B).
        #expect(trimmed == 19)
        for text in ["", " ", "\t \u{3000}", " \u{301}a ", "a\n", "\na", " \u{85}a\u{2028} ", "Fråga från Anna  "] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    /// `trimming(where:)` with the scalars' tests leaves what Foundation's sets leave: punctuation,
    /// spaces and line ends, with every scalar of the Basic Multilingual Plane at either end.
    @Test func trimmingByScalarsTrimsWhatFoundationTrims() {
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar). Anna,\(scalar)"
            // (Beyond ASCII it is Foundation's set itself.)
            if value < 0x80 { #expect(scalar.isPunctuation == CharacterSet.punctuationCharacters.contains(scalar), "U+\(String(value, radix: 16))") }
            #expect(text.trimming(where: \.isPunctuation) == text.trimmingCharacters(in: .punctuationCharacters), "U+\(String(value, radix: 16))")
            #expect(
                text.dropFirst().trimming { $0.isSpace || $0.isLineEnd || $0.isPunctuation }
                    == text.dropFirst().trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)))
        }
    }

    @Test func kommunerAreNamedAnyWayTheyAreWritten() {
        #expect(Municipality.named("Angelholm") == "Ängelholm")
        #expect(Municipality.named("ÖRKELLJUNGA") == "Örkelljunga")
        #expect(Municipality.named("Åstorp,") == "Åstorp")
    }
}

/// A small seeded generator (splitmix64): the same texts on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
