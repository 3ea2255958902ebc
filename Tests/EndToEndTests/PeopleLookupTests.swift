import Foundation
import Testing

/// `minnes people NAME` looks people up as a person filter reads a name: a full name is that person
/// under any spelling, one name alone everyone so named; no one so named says so and exits 1.
@Suite(.serialized) struct PeopleLookupTests {
    static func minutes(_ date: String, _ present: String) -> Data {
        utf8("Anteckningar från kontaktgruppen\nDatum: \(date)\nNärvarande: \(present)\n\n1. Läget\nInget nytt.\n2. Övrigt\nInget.\n")
    }

    @Test func aNameLooksUpThePeopleItMeans() throws {
        let world = try World(corpus: [
            "a.txt": Self.minutes("2022-02-01", "Filippa Kurdve (Bjuv), Anna Lindberg (Klippan)"),
            "b.txt": Self.minutes("2022-03-01", "Filippa Kurve (Bjuv), Mikael Lindberg (Svalöv)"),
        ])
        try world.indexAndServe()
        func names(_ arguments: String...) throws -> [String] {
            let found = try world.run("minnes", ["people", "--json"] + arguments)
            #expect(found.status == 0, "\(arguments): \(found.stderr)")
            return try jsonArray(found.stdout).compactMap { $0["name"] as? String }.sorted()
        }
        #expect(try names().count == 3)
        #expect(try names(" ").count == 3)
        #expect(try names("Kurve") == ["Filippa Kurdve"])
        #expect(try names("Lindberg") == ["Anna Lindberg", "Mikael Lindberg"])
        #expect(try names("Filippa", "Kurve") == ["Filippa Kurdve"])
        #expect(try names("Mikael Lindberg") == ["Mikael Lindberg"])

        let shown = try world.run("minnes", ["people", "Kurdve"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Filippa Kurdve (Bjuv) · 2 meetings") && shown.stdout.contains("Filippa Kurve"), "\(shown.stdout)")
        let none = try world.run("minnes", ["people", "Okänd"])
        #expect(none.status == 1)
        #expect(none.stdout.contains("No one in the minutes is named Okänd."), "\(none.stdout)")
    }
}
