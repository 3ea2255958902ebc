import Foundation
import MinnesAPI
import MinnesTestSupport
import Testing

@testable import MinnesIndex

/// Queries made at random of the query language's pieces (words, fields and their aliases, values,
/// operators, quotes, brackets, wildcards, ranges) and of characters that are not what they seem:
/// each is answered, or refused as a bad query (the daemon's 400 with a JSON error); none traps, and
/// none fails otherwise (the daemon's 500). With facets, explanations and every order.
@Suite(.serialized) struct MutatedQueriesTests {
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        try! workspace.write("ifo/2024-03-15.txt", """
            IFO-chefsnätverket 2024-03-15
            Plats: Bjuv
            Närvarande: Ada Ek, Bjuv; Per Holm, Klippan; Filippa Kurdve, Höganäs
            1. Familjehem
            Ada Ek lyfte att rekryteringen av familjehem går trögt.
            Beslut: en gemensam kampanj.
            2. Försörjningsstöd
            Per Holm tog upp försörjningsskyldighet.
            """)
        try! workspace.write("ifo/2025-01-20.txt", """
            Socialchefsnätverket 2025-01-20
            Närvarande: Filippa Kurve, Höganäs; Per Holm, Klippan
            1. Medelpunkten
            Filippa Kurve berättade om Medelpunkten. Beslutades att utreda vidare.
            """)
        _ = try! workspace.index()
        return workspace
    }()

    static let pieces = [
        "familjehem", "Familjehem", "familjehemmen", "kampanj*", "*hem", "f*", "försörjningsskyldighet", "forsorjning", "medelpunkten",
        "person:", "vem:", "raised:", "lyft:", "kommun:", "municipality:", "network:", "nätverk:", "year:", "år:", "date:", "datum:",
        "kind:", "typ:", "decision:", "beslut:", "title:", "rubrik:", "person:\"Ada Ek\"", "person:Kurdve", "kommun:bjuv", "year:2024",
        "date:2024-03-15..2025-01-01", "date:..2024", "date:2024..", "date:2024-13-45..", "date:..", "..", "2024", "2024-03-15",
        "AND", "OR", "NOT", "XOR", "NEAR", "NEAR/3", "NEAR/0", "NEAR/99999999999", "ADJ", "ADJ/2", "-", "+", "(", ")", "\"", "'", ":",
        "::", "*", "?", "\\", "/", "٣", "２０２４", "\u{0301}", "\u{200B}", "\u{00A0}", "🎉", "\u{FFFD}", "\u{0}", "\u{1F}", "\t",
        "Ada", "Ek", "Kurve", "Löf", "Hedén", "å", "ÅÄÖ", "x", "a:b:c", "person:*", "network:IFO*", "title:(familjehem OR budget)",
    ]

    /// What the random queries found: a day with a combining accent after it trapped Foundation's
    /// DateFormatter. A day not written in ASCII's figures is a bad query, said so.
    @Test(arguments: ["date:2025-01-01\u{301}..", "datum:..2024-03-15\u{301}", "date:٢٠٢٥-٠١-٠١..2025-02-01"])
    func aDayNotWrittenInASCIIsFiguresIsABadQuery(query: String) throws {
        #expect {
            try Searcher(indexPath: Self.workspace.indexPath).search(query)
        } throws: { error in
            guard case .badQuery(let message) = error as? SearchError else { return false }
            return message.contains("2020-01-01..2020-06-30")
        }
    }

    @Test func randomQueriesAreAnsweredOrRefusedAsBad() throws {
        let searcher = try Searcher(indexPath: Self.workspace.indexPath)
        var (answered, refused) = (0, 0)
        for number in 0..<600 {
            var numbers = SeededNumbers(seed: UInt64(number) &* 104_729)
            var query = ""
            for _ in 0...numbers.below(7) {
                query += Self.pieces[numbers.below(Self.pieces.count)] + [" ", " ", "", "\"", ":"][numbers.below(5)]
            }
            var options = SearchOptions(
                limit: 1 + numbers.below(20), offset: numbers.below(3), grouped: numbers.below(2) == 0,
                order: SearchOptions.Order.allCases[numbers.below(3)], facets: numbers.below(2) == 0, explain: numbers.below(2) == 0)
            options.exactTotal = numbers.below(4) == 0
            do {
                _ = try searcher.search(query, options: options)
                answered += 1
            } catch is SearchError {
                refused += 1
            } catch {
                Issue.record("\(number) \(query.debugDescription): \(error)")
            }
        }
        // (Most are answered: a test of the searching, not only of the refusals.)
        #expect(answered > refused)
    }
}
