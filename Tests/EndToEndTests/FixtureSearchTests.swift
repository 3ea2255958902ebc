import Foundation
import Testing

/// Tests/Fixtures/Minutes: minutes in layouts the sample does not use, and search cases written for
/// them (searches.json: names, letters, compounds, synonyms; with files that must not be found).
struct SearchCase: Decodable, CustomTestStringConvertible, Sendable {
    let query: String
    let kind: String
    let mustFind: [String]
    let mustNotFind: [String]
    let why: String

    var testDescription: String { "\(kind): \(query)" }

    static let folder = World.repository.appendingPathComponent("Tests/Fixtures/Minutes")
    static let all: [SearchCase] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("searches.json"))
        return try! JSONDecoder().decode([SearchCase].self, from: data)
    }()
}

/// The fixtures, indexed once; each test has a daemon of its own over that index.
enum FixtureWorld {
    static let index = Result { try PreparedIndex(indexing: SearchCase.folder.path) }

    /// A world serving the fixtures' index, its daemon answering; the daemon stops with the world.
    static func make() throws -> World {
        let world = try World(serving: try index.get())
        try world.startDaemon()
        return world
    }
}

@Suite(.serialized) struct FixtureSearchTests {
    let world: World
    init() throws { world = try FixtureWorld.make() }  // a suite instance per test (and per argument)

    @Test func theSearchCasesAreThere() throws {
        #expect(SearchCase.all.count >= 10)
        #expect(SearchCase.all.allSatisfy { !$0.mustFind.isEmpty || !$0.mustNotFind.isEmpty })
    }

    @Test(arguments: SearchCase.all)
    func searchFindsWhatItMustAndNotWhatItMustNot(_ search: SearchCase) throws {
        let (files, _) = try searchFiles(world, search.query)
        let missing = Set(search.mustFind).subtracting(files)
        let wrong = Set(search.mustNotFind).intersection(files)
        #expect(missing.isEmpty, "\(search.why): missing \(missing.sorted())")
        #expect(wrong.isEmpty, "\(search.why): found \(wrong.sorted())")
    }
}
