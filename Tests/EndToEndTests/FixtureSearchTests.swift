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

/// One index of the fixtures and one daemon for every case.
enum FixtureWorld {
    nonisolated(unsafe) static let shared: World = {
        let world = try! World()
        _ = try! world.minnes("index", "--corpus", SearchCase.folder.path)
        try! world.startDaemon()
        return world
    }()
}

@Suite(.serialized) struct FixtureSearchTests {
    @Test(arguments: SearchCase.all)
    func searchFindsWhatItMustAndNotWhatItMustNot(_ search: SearchCase) throws {
        let (files, _) = try searchFiles(FixtureWorld.shared, search.query)
        let missing = Set(search.mustFind).subtracting(files)
        let wrong = Set(search.mustNotFind).intersection(files)
        #expect(missing.isEmpty, "\(search.why): missing \(missing.sorted())")
        #expect(wrong.isEmpty, "\(search.why): found \(wrong.sorted())")
    }
}
