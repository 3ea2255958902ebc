import Foundation
import MinnesAPI
import MinnesNormalise
import Testing
import Xapian

@testable import MinnesIndex

/// A query means what it says in every form of its words: a word's forms (stem, dotless, compound
/// part) take its place inside the query's own NOT, phrase and NEAR, never beside them.
@Suite(.serialized) struct QueryStructureTests {
    // Written once, then only read.
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        try! workspace.write("ordning.txt", "Vi behöver rekrytera familjehem till våren.")
        try! workspace.write("omvänd.txt", "Familjehem är svåra att rekrytera i år.")
        try! workspace.write("avtal.txt", "Familjehem och en ny överenskommelse med regionen.")
        try! workspace.write("kampanj.txt", "Familjehem: kampanjen startar i maj.")
        try! workspace.write("sammansatt.txt", "Familjehem och familjehemskampanj i Bjuv.")
        try! workspace.write("annat.txt", "Budget och lokaler.")
        _ = try! workspace.index()
        return workspace
    }()

    func files(_ query: String) throws -> Set<String> {
        var options = SearchOptions()
        options.grouped = false
        options.limit = 100
        return Set(try Searcher(indexPath: Self.workspace.indexPath).search(query, options: options).results.map(\.file))
    }

    @Test func aPhraseKeepsItsOrderInEveryForm() throws {
        #expect(try files(#""rekrytera familjehem""#) == ["ordning.txt"])
        #expect(try files(#""familjehem är svåra""#) == ["omvänd.txt"])
        #expect(try files(#""Familjehem ar svara""#) == ["omvänd.txt"])  // typed without dots, still a phrase
    }

    @Test func aPhraseHighlightsItsWordsInTheSnippet() throws {
        var options = SearchOptions()
        options.grouped = false
        let results = try Searcher(indexPath: Self.workspace.indexPath).search(#""rekrytera familjehem""#, options: options).results
        #expect(results.map(\.snippet) == ["Vi behöver <b>rekrytera</b> <b>familjehem</b> till våren."])
    }

    @Test func anExclusionHoldsForEveryFormOfTheWord() throws {
        let all: Set = ["ordning.txt", "omvänd.txt", "avtal.txt", "kampanj.txt", "sammansatt.txt"]
        #expect(try files("familjehem") == all)
        // Typed without dots, the excluded word still excludes the minutes that write it with them.
        #expect(try files("familjehem -overenskommelse") == all.subtracting(["avtal.txt"]))
        #expect(try files("familjehem NOT överenskommelsen") == all.subtracting(["avtal.txt"]))
        // An inflection of the excluded word excludes too; a compound that holds it does not.
        #expect(try files("familjehem -kampanj") == all.subtracting(["kampanj.txt"]))
    }

    @Test func nearKeepsItsWindow() throws {
        #expect(try files("rekrytera NEAR/2 familjehem") == ["ordning.txt"])
        #expect(try files("rekrytera NEAR/6 familjehem") == ["ordning.txt", "omvänd.txt"])
    }

    @Test func wholeWordsStillRankAboveCompoundParts() throws {
        var options = SearchOptions()
        options.grouped = false
        let results = try Searcher(indexPath: Self.workspace.indexPath).search("kampanj", options: options).results
        #expect(results.map(\.file) == ["kampanj.txt", "sammansatt.txt"])
    }
}

/// A field keeps no positions of its own: its phrase is matched in the text, and only in documents
/// whose field holds every word of it, in order, one after another.
@Suite(.serialized) struct FieldPhraseTests {
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        try! workspace.write("rubrik.txt", """
            Anteckningar 2022-05-18

            1. Rekrytering av familjehem
            Kampanjen börjar i maj.
            2. Familjehem och rekrytering
            Vi talade om rekrytering av familjehem i Bjuv.
            3. Övrigt
            Inga frågor.

            BESLUT OCH UPPDRAG
            p. 1   Nätverket står bakom den gemensamma kampanjen.
            p. 2   Bjuv bjuder in till nästa träff.
            """)
        _ = try! workspace.index()
        return workspace
    }()

    func titles(_ query: String) throws -> [String] {
        var options = SearchOptions()
        options.grouped = false
        options.limit = 100
        return try Searcher(indexPath: Self.workspace.indexPath).search(query, options: options).results.map { $0.title }.sorted()
    }

    @Test func aTitlesPhraseFindsTheTitleThatWritesItNotTheTextThatDoes() throws {
        #expect(try titles(#"title:"rekrytering av familjehem""#) == ["Rekrytering av familjehem"])
        #expect(try titles(#"title:"familjehem och rekrytering""#) == ["Familjehem och rekrytering"])
        #expect(try titles(#"rubrik:"av familjehem""#) == ["Rekrytering av familjehem"])
        #expect(try titles(#"title:"familjehem rekrytering""#).isEmpty)
        #expect(try titles(#""rekrytering av familjehem""#) == ["Familjehem och rekrytering", "Rekrytering av familjehem"])
    }

    /// A field's word finds its other forms in the field, not words that merely start alike.
    @Test func aFieldsWordFindsItsInflections() throws {
        #expect(try titles("title:rekryteringen") == ["Familjehem och rekrytering", "Rekrytering av familjehem"])
        #expect(try titles("rubrik:familjehem rubrik:rekryteringar") == ["Familjehem och rekrytering", "Rekrytering av familjehem"])
        #expect(try titles("title:rekryt").isEmpty)
        #expect(try titles("decision:kampanj") == ["Rekrytering av familjehem"])
        #expect(try titles("beslut:träffen") == ["Familjehem och rekrytering"])
    }

    /// Only the words a field is asked for are looked up in that field's words.
    @Test func theWordsAskedOfAFieldAreThoseAfterItsName() {
        let asked = QueryFilters.fieldWords(in: #"familjehem Title:rekrytering rubrik:"av familjehem" person:Anna beslut:anta förbeslut:x"#)
        #expect(asked.map { "\($0.prefix)\($0.word)" }.sorted() == ["Sav", "Sfamiljehem", "Srekrytering", "XDanta"])
        #expect(QueryFilters.fieldWords(in: "kommun:Bjuv familjehem").isEmpty)
    }

    /// A decision listed apart at the end (by the item's number) is the item's, as a phrase and as words.
    @Test func aDecisionListedApartIsFoundInItsItem() throws {
        #expect(try titles(#"decision:"gemensamma kampanjen""#) == ["Rekrytering av familjehem"])
        #expect(try titles(#"beslut:"bjuder in""#) == ["Familjehem och rekrytering"])
        #expect(try titles(#"decision:"kampanjen gemensamma""#).isEmpty)
        #expect(try titles(#""står bakom den gemensamma" kind:item"#) == ["Rekrytering av familjehem"])
    }
}

/// A word typed with dots finds the words written without them that the dictionary does not know,
/// through the index's vocabulary: the index keeps no layer of them.
@Test func aWordTypedWithDotsFindsTheTextThatLostThemWithoutALayerOfTheirOwn() throws {
    let workspace = try Workspace()
    try workspace.write("utan.txt", "Fragorna om Angelholm och fragan om budgeten.")
    try workspace.write("med.txt", "Frågorna om Ängelholm.")
    try workspace.write("annat.txt", "Vården och värden.")
    _ = try workspace.index()
    var options = SearchOptions()
    (options.grouped, options.limit) = (false, 100)
    let searcher = try Searcher(indexPath: workspace.indexPath)
    let files = { (query: String) in Set(try searcher.search(query, options: options).results.map(\.file)) }
    #expect(try files("frågorna") == ["utan.txt", "med.txt"])
    #expect(try files("frågan") == ["utan.txt", "med.txt"])
    #expect(try files("värdet") == ["annat.txt"])
    #expect(try Database(path: workspace.indexPath).foldedTerms(prefix: Schema.undottedPrefix).isEmpty)
}

/// Every term prefix names one thing: a field's and a layer's once shared `XD`, and `decision:frag`
/// then found "Fråga" in the text.
@Test func everyTermPrefixIsDistinct() {
    let layers = [
        Schema.idPrefix, Schema.foldedPrefix, Schema.partPrefix, Schema.lemmaPrefix, Schema.dottedPrefix,
        Schema.undottedPrefix, Schema.groupPrefix, Schema.stemPrefix, Schema.meetingPrefix,
    ]
    let all = Schema.fields.compactMap(\.prefix) + layers
    #expect(Set(all).count == all.count, "\(all.sorted())")
}


/// The daemon's searcher handles share one decoded people register per index and revision.
@Test func thePeopleRegisterIsDecodedOncePerRevisionForEveryHandle() throws {
    let shared = PerRevision<[PeopleRegister.Entry]>()
    var loads = 0
    func ask(_ key: String, _ revision: UInt64, freshFor: TimeInterval? = nil) throws {
        _ = try shared.value(for: key, revision: revision, freshFor: freshFor) {
            loads += 1
            return []
        }
    }
    try ask("index", 1)
    try ask("index", 1)
    #expect(loads == 1)
    try ask("index", 2)
    try ask("another", 2)
    try ask("index", 2, freshFor: 0)  // a remote's, read too long ago
    #expect(loads == 4)
}
