import Foundation
import MinnesAPI
import Testing

@testable import MinnesIndex

/// A total is exact where the user reads it as a count: up to a bound, when asked, and always beside
/// facets (which count every match); beyond the bound an ordinary search estimates rather than scan
/// all, and says so.
@Suite(.serialized) struct TotalsTests {
    // 400 of 600 documents hold "budget"; an estimate from the forms' frequencies is not 400.
    nonisolated(unsafe) static let workspace: Workspace = {
        let workspace = try! Workspace(forTheRun: true)
        for n in 0..<300 { try! workspace.write("båda-\(n).txt", "Budget och lokaler, möte \(n).") }
        for n in 0..<100 { try! workspace.write("budget-\(n).txt", "Budget för året, möte \(n).") }
        for n in 0..<200 { try! workspace.write("lokaler-\(n).txt", "Lokaler i Bjuv, möte \(n).") }
        _ = try! workspace.index()
        return workspace
    }()

    func total(_ query: String, grouped: Bool = false, facets: Bool = false, exact: Bool = false, exactUpTo: Int) throws -> (Int, Bool) {
        var options = SearchOptions()
        options.grouped = grouped
        options.facets = facets
        options.exactTotal = exact
        let response = try Searcher(indexPath: Self.workspace.indexPath, exactTotalUpTo: exactUpTo).search(query, options: options)
        return (response.total, response.totalIsExact ?? false)
    }

    @Test func facetsCountEveryMatchWhateverTheBound() throws {
        #expect(try total("budget", facets: true, exactUpTo: 1) == (400, true))
    }

    @Test func anExactTotalIsCountedWhenAskedWhateverTheBound() throws {
        #expect(try total("budget", exact: true, exactUpTo: 1) == (400, true))
    }

    @Test func anOrdinarySearchIsExactUpToItsBound() throws {
        #expect(try total("budget", exactUpTo: 10_000) == (400, true))
    }

    @Test func beyondItsBoundAnOrdinarySearchEstimatesAndSaysSo() throws {
        // Stopping early is the point of the bound: the count is then Xapian's estimate, not a scan.
        let (total, exact) = try total("budget", exactUpTo: 1)
        #expect(total != 400 && !exact)
    }

    // Grouped per meeting, Xapian 1.4 keeps its count an estimate even when it saw every document;
    // the meetings it saw are then the count. (A word's forms make its upper bound far too high.)
    @Test func aGroupedTotalIsExactUpToItsBoundAndWhenAsked() throws {
        #expect(try total("budget", grouped: true, exactUpTo: 10_000) == (400, true))
        #expect(try total("budget", grouped: true, exact: true, exactUpTo: 1) == (400, true))
        #expect(try total("budget", grouped: true, facets: true, exactUpTo: 1) == (400, true))
        let (estimated, exact) = try total("budget", grouped: true, exactUpTo: 1)
        #expect(estimated > 0 && !exact)
    }

    @Test func aGroupedTotalOfWordsTogetherIsExactUpToItsBound() throws {
        // Words that must all match: their forms' frequencies bound the count far above it.
        #expect(try total("lokaler Bjuv", grouped: true, exactUpTo: 1_000) == (200, true))
        #expect(try total("budget lokaler", grouped: true, exactUpTo: 1_000) == (300, true))
    }
}
