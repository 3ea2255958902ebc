import Foundation
import MinnesAPI
import Testing
import Xapian

@testable import MinnesIndex

/// Walks `Schema.fields`: every field is indexed, searchable under each of its names, filters or
/// matches as its kind says, is counted when it has a facet, and is shown in the help.
@Suite(.serialized) struct FieldTableTests {
    /// Two meetings that differ in every field; both speak of familjehem.
    // Written once, then only read.
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        try! workspace.write("2020-05-15.txt", """
            Minnesanteckningar IFO-chefsnätverket
            Datum: 2020-05-15
            Plats: Ängelholm

            Närvarande: Filippa Kurdve (Ängelholm), Christin Holm (Bjuv)

            1. **Medelpunkten**
            Fråga från Christin: hur rekryterar vi familjehem i Ängelholm?
            Beslut: att anta planen för familjehem.

            2. **Övrigt**
            Inget.
            """)
        try! workspace.write("2021-09-10.txt", """
            Minnesanteckningar Socialchefs nätverket
            Datum: 2021-09-10
            Plats: Perstorp

            Närvarande: Olle Ek (Perstorp), Stina Berg (Klippan)

            1. **Budget**
            Olle Ek lyfter kostnaderna för familjehem och Medelpunkten.

            2. **Övrigt**
            Inget.
            """)
        _ = try! workspace.index()
        return workspace
    }()

    /// A value of each field that the first meeting has and the second has not (for `kind`, a kind
    /// of document both have).
    static let values = [
        "person": #""Filippa Kurve""#, "raised": "Christin", "kommun": "Engelholm", "network": "IFO",
        "year": "2020", "date": "2020-05", "kind": "meeting", "decision": "anta", "title": "Medelpunkten",
    ]

    func results(_ query: String) throws -> [SearchResponse.Result] {
        var options = SearchOptions()
        options.grouped = false
        options.limit = 100
        return try Searcher(indexPath: Self.workspace.indexPath).search(query, options: options).results
    }

    func files(_ query: String) throws -> Set<String> { Set(try results(query).map(\.file)) }

    @Test func everyFieldHasATestValue() {
        #expect(Set(Schema.fields.map(\.name)) == Set(Self.values.keys))
    }

    @Test(arguments: Schema.fields.map(\.name))
    func eachNameOfTheFieldFindsTheMeetingThatHasItAndNotTheOther(name: String) throws {
        let field = Schema.field(name)
        let value = try #require(Self.values[name])
        #expect(try files("familjehem") == ["2020-05-15.txt", "2021-09-10.txt"])
        for written in field.names {
            switch field.kind {
            case .boolean where name == "kind":
                #expect(try results("\(written):meeting").map(\.kind) == ["meeting", "meeting"])
                #expect(Set(try results("\(written):item").map(\.kind)) == ["item"])
                #expect(try results("familjehem \(written):item").count == 2)
            case .boolean, .range:
                // A filter alone lists what it matches; with words, it narrows them.
                #expect(try files("\(written):\(value)") == ["2020-05-15.txt"], "\(written):\(value)")
                #expect(try files("familjehem \(written):\(value)") == ["2020-05-15.txt"], "\(written):\(value)")
            case .text:
                // The word is in both meetings' text, in this field only in the first.
                #expect(try files(value) == ["2020-05-15.txt", "2021-09-10.txt"] || name == "decision")
                #expect(try files("\(written):\(value)") == ["2020-05-15.txt"], "\(written):\(value)")
            }
        }
    }

    @Test(arguments: Schema.fields.filter { $0.facet != nil }.map(\.name))
    func aFieldWithAFacetIsCounted(name: String) throws {
        let field = Schema.field(name)
        let facet = try #require(field.facet)
        #expect(Facets.keys.contains(facet))
        var options = SearchOptions()
        options.facets = true
        let facets = try #require(try Searcher(indexPath: Self.workspace.indexPath).search("familjehem", options: options).facets)
        let counts = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(facets)) as? [String: Any]
        let counted = try #require(counts?[facet] as? [String: Int])
        #expect(!counted.isEmpty, "\(facet) counts nothing")
    }

    @Test(arguments: Schema.fields.map(\.name))
    func eachFieldIsShownInTheHelpAndTheAPIDocs(name: String) throws {
        let field = Schema.field(name)
        let docs = try String(contentsOf: repository.appendingPathComponent("docs/API.md"), encoding: .utf8)
        for written in field.names {
            #expect(Schema.filterHelp.contains("\(written):"), "\(written): not in minnes help search")
            #expect(docs.contains("`\(written):`"), "\(written): not in docs/API.md")
        }
    }

    /// The index keeps no year term (a year is its quarters), no term of an item's kind (an item is
    /// not a meeting) and a network as a short code, not its name: filters find them, and the facets
    /// name a network as its minutes write it, dots and all.
    @Test func yearsKindsAndNetworksAreFoundAndNamedFromWhatTheIndexKeeps() throws {
        let workspace = try Workspace()
        try workspace.write("hösten.txt", """
            Minnesanteckningar Nätverket för våld i nära relationer
            Datum: 2019-11-20

            1. Skyddat boende
            Vi talade om familjehem och skyddat boende.

            2. Övrigt
            Inget.
            """)
        try workspace.write("våren.txt", """
            Minnesanteckningar Familjehemsnätverket
            Datum: 2020-02-03

            1. Rekrytering
            Fler familjehem behövs.

            2. Övrigt
            Inget.
            """)
        _ = try workspace.index()
        var options = SearchOptions()
        (options.grouped, options.limit, options.facets) = (false, 100, true)
        let searcher = try Searcher(indexPath: workspace.indexPath)
        let found = { (query: String) in Set(try searcher.search(query, options: options).results.map { "\($0.file) \($0.kind)" }) }
        #expect(try found("year:2019 kind:item") == ["hösten.txt item"])
        // The spring's title names its network, a compound of familjehem.
        #expect(try found("familjehem år:2020") == ["våren.txt meeting", "våren.txt item"])
        #expect(try found("familjehem -year:2019") == ["våren.txt meeting", "våren.txt item"])
        #expect(try found("year:2018").isEmpty)
        #expect(try found(#"kind:item network:"natverket for vald i nara relationer""#) == ["hösten.txt item"])
        #expect(try found(#"typ:meeting nätverk:Familjehemsnätverket"#) == ["våren.txt meeting"])
        let facets = try #require(try searcher.search("familjehem", options: options).facets)
        #expect(facets.network == ["Nätverket för våld i nära relationer": 1, "Familjehemsnätverket": 2])
        #expect(facets.year == ["2019": 1, "2020": 2])
        let database = try Database(path: workspace.indexPath)
        #expect(try database.foldedTerms(prefix: "Y").isEmpty)
        #expect(try database.foldedTerms(prefix: "XTitem").isEmpty)
        #expect(try database.foldedTerms(prefix: "XN").map(\.term.count) == [8, 8])
    }

    /// An item holds no person terms of its own: `person:` reaches it through its meeting.
    @Test func aPersonFilterFindsTheMeetingsAttendedTheirItemsAndTheItemsRaised() throws {
        let workspace = try Workspace()
        func minutes(_ date: String, _ present: String, _ title: String, _ text: String) -> String {
            "Minnesanteckningar Nätverket för vuxna\nDatum: \(date)\n\nNärvarande: \(present)\n\n1. \(title)\n\(text)\n\n2. Övrigt\nInget.\n"
        }
        try workspace.write("januari.txt", minutes("2022-01-10", "Olle Ek (Perstorp), Stina Berg (Klippan)", "Budget", "Stina Berg berättade om budgeten."))
        try workspace.write(
            "februari.txt", minutes("2022-02-14", "Stina Berg (Klippan), Petra Ek (Höganäs)", "Boendestöd", "Olle Ek informerade via e-post om boendestödet."))
        try workspace.write("mars.txt", minutes("2022-03-14", "Stina Berg (Klippan), Petra Ek (Höganäs)", "Budget", "Petra Ek visade utfallet."))
        _ = try workspace.index()
        var options = SearchOptions()
        (options.grouped, options.limit) = (false, 100)
        let found = { (query: String) in
            Set(try Searcher(indexPath: workspace.indexPath).search(query, options: options).results.map { "\($0.file) \($0.title)" })
        }
        #expect(try found(#"person:"Olle Ek""#) == [
            "januari.txt Minnesanteckningar Nätverket för vuxna", "januari.txt Budget", "januari.txt Övrigt",
            "februari.txt Boendestöd",
        ])
        #expect(try found(#"kind:item -person:"Olle Ek""#) == ["februari.txt Övrigt", "mars.txt Budget", "mars.txt Övrigt"])
        #expect(try found(#"budget person:"Olle Ek""#) == ["januari.txt Budget"])
        // --explain tells the join as the meetings it reaches, not their terms.
        options.explain = true
        let explained = try Searcher(indexPath: workspace.indexPath).search(#"person:"Olle Ek""#, options: options).explanation ?? ""
        #expect(explained == "person:olle_ek OR raised:olle_ek OR the items of 1 meeting attended (no weight: filters, or highlights beside a phrase)", "\(explained)")
    }

    @Test func aFilterWithABadValueSaysWhichField() throws {
        #expect(throws: SearchError.self) { try files("år:tjugo") }
        #expect(throws: SearchError.self) { try files("datum:igår") }
    }
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
