import Foundation
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

    /// A word's parts are its own, whichever words were analysed before it (an index made on several
    /// threads analyses them in any order): a word first met as a part of a long compound, deep down,
    /// was remembered unsplit.
    @Test func aWordsPartsAreTheSameWhicheverWordWasAnalysedFirst() throws {
        let words = ["familjehemsvårdsutredningen", "familjehemsvårdsutredning", "familjehemsvård", "vårdsutredningen", "utredningen",
                     "socialtjänstlagstiftningen", "lagstiftningen", "arbetsmarknadsenheten", "marknadsenheten",
                     "järnvägsstationsbyggnadsarbetarförbundet", "stationsbyggnadsarbetarförbundet", "byggnadsarbetarförbundet", "arbetarförbundet",
                     "barnavårdsnämndsordförandeskapet", "nämndsordförandeskapet", "ordförandeskapet",
                     "kommunstyrelseordförandemötet", "styrelseordförandemötet", "ordförandemötet", "201002", "20100", "2010", "201", "20"]
        let shortFirst = try Lexicon(), longFirst = try Lexicon()
        let short = words.sorted { $0.count < $1.count }.map { ($0, shortFirst.analysis(of: $0)) }
        let long = words.sorted { $0.count > $1.count }.map { ($0, longFirst.analysis(of: $0)) }
        for (word, analysis) in short {
            #expect(long.first { $0.0 == word }?.1 == analysis, "\(word)")
        }
    }

    /// A number is no compound: hunspell reads 2020 as 202 and 0, and a search for 20 then found it.
    @Test func aNumberHasNoParts() {
        for number in ["2020", "201002", "20", "2021", "1999"] { #expect(parts(number) == [], "\(number)") }
    }

    @Test func aWordTheDictionaryDoesNotKnowIsSaidSo() {
        let analysis = lexicon.analysis(of: "fragan")
        #expect(!analysis.known && analysis.lemmas.isEmpty && analysis.parts.isEmpty)
    }

    @Test func aMissingDictionaryIsAClearError() {
        #expect(throws: LexiconError.missing("/nowhere/sv_SE.aff")) { try Lexicon(path: "/nowhere/sv_SE") }
    }

    @Test func aDictionaryNotInUTF8IsAClearErrorBeforeAnyWordIsAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sv_SE").path
        try Data("1\nhej\n".utf8).write(to: URL(fileURLWithPath: path + ".dic"))
        // Hunspell's encoding without a SET line is ISO8859-1.
        for affix in ["SET ISO8859-1\nTRY abc\n", "TRY abc\n"] {
            try Data(affix.utf8).write(to: URL(fileURLWithPath: path + ".aff"))
            #expect(throws: LexiconError.notUTF8(path + ".dic")) { try Lexicon(path: path) }
        }
        try Data("# a comment\nSET UTF-8\nTRY abc\n".utf8).write(to: URL(fileURLWithPath: path + ".aff"))
        let lexicon = try Lexicon(path: path)
        #expect(lexicon.analysis(of: "hej").known && !lexicon.analysis(of: "då").known)
        // Lines ended as Windows ends them, a byte-order mark first: UTF-8 all the same.
        for affix in ["# a comment\r\nSET UTF-8\r\nTRY abc\r\n", "\u{FEFF}SET UTF-8\nTRY abc\n"] {
            try Data(affix.utf8).write(to: URL(fileURLWithPath: path + ".aff"))
            #expect(throws: Never.self) { try Lexicon(path: path) }
        }
    }

    @Test func analysesAreKeptBetweenRunsForTheSameDictionaryOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("minnes-lexicon")

        let first = try Lexicon()
        _ = first.analysis(of: "familjehemsvården")
        try first.save(to: cache)
        var info = stat()
        #expect(stat(cache.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let saved = try String(contentsOf: cache, encoding: .utf8)
        #expect(saved.contains("familjehemsvården\t1\tfamiljehemsvård\tfamiljehem vården\n"), "\(saved)")

        // What the file says is taken as it is, not analysed again …
        let edited = saved.replacingOccurrences(of: "familjehemsvården\t1\tfamiljehemsvård", with: "familjehemsvården\t1\tkept")
        try edited.write(to: cache, atomically: true, encoding: .utf8)
        let second = try Lexicon()
        second.load(from: cache)
        #expect(second.analysis(of: "familjehemsvården").lemmas == ["kept"])
        // … unless another dictionary wrote it.
        try edited.replacingOccurrences(of: second.identity, with: "/elsewhere/sv_SE\t1 2\t3 4").write(to: cache, atomically: true, encoding: .utf8)
        let third = try Lexicon()
        third.load(from: cache)
        #expect(third.analysis(of: "familjehemsvården").lemmas == ["familjehemsvård"])
        // Nor is a file that is not all UTF-8.
        try Data(edited.utf8 + [0xFF, 0x0A]).write(to: cache)
        let fourth = try Lexicon()
        fourth.load(from: cache)
        #expect(fourth.analysis(of: "familjehemsvården").lemmas == ["familjehemsvård"])
        // The kept lines read as they were written: a word the dictionary does not know, a part of each.
        try Data((edited.components(separatedBy: "\n")[0] + "\nxyzåäö\t0\t\t\nsocialtjänstlagen\t1\tlag\tsocial tjänst lagen\n").utf8).write(to: cache)
        let fifth = try Lexicon()
        fifth.load(from: cache)
        #expect(!fifth.analysis(of: "xyzåäö").known && fifth.analysis(of: "xyzåäö").lemmas.isEmpty)
        #expect(fifth.analysis(of: "socialtjänstlagen").lemmas == ["lag"] && fifth.analysis(of: "socialtjänstlagen").parts == ["social", "tjänst", "lagen"])
    }
}
