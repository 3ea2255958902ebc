import Testing

@testable import MinnesNormalise

/// Who a name means, looked up (`PeopleRegister.Names`): a full name the one person (by name, then a
/// spelling, then one alike), one name alone everyone so named by whole words, in the register's order.
@Suite struct NamesTests {
    static func person(_ name: String, _ variants: [String] = []) -> PeopleRegister.Entry {
        PeopleRegister.Entry(name: name, municipality: nil, variants: variants, municipalities: [:], roles: [], meetings: [])
    }

    static let names = PeopleRegister.Names([
        person("Filippa Kurdve", ["Filippa Kurve", "Filippa"]),
        person("Anna Lindberg"),
        person("Annette Lindberg Mohlin", ["annette.mohlin@bjuv.se"]),
        person("Mikael Lindberg", ["Mikael L"]),
        person("Örjan Ek"),
        person("Sanna Löf", ["Sanna Löv"]),
        person("Sara Lindqvist-Holm"),
        person("Anna-Karin Ek"),
    ])

    func named(_ name: String) -> [String] { Self.names.named(name).map(\.name) }

    @Test func aFullNameIsOnePersonByNameSpellingOrOneAlike() {
        #expect(named("Filippa Kurdve") == ["Filippa Kurdve"])
        #expect(named("filippa kurve") == ["Filippa Kurdve"])
        #expect(named("Sanna Lov") == ["Sanna Löf"])
        #expect(named("Orjan Ek") == ["Örjan Ek"])
        #expect(named("Mikael Lindbergh") == ["Mikael Lindberg"])
    }

    @Test func oneNameAloneIsEveryoneSoNamedByWholeWordsInOrder() {
        #expect(named("Lindberg") == ["Anna Lindberg", "Annette Lindberg Mohlin", "Mikael Lindberg"])
        #expect(named("Kurve") == ["Filippa Kurdve"])
        #expect(named("Anna") == ["Anna Lindberg"])
        #expect(named("Lindberg Mohlin") == ["Annette Lindberg Mohlin"])
        #expect(named("Holm") == ["Sara Lindqvist-Holm"])
        #expect(named("Lindqvist-Holm") == ["Sara Lindqvist-Holm"])
        // A double first name is no name of its parts.
        #expect(named("Anna-Karin") == ["Anna-Karin Ek"])
        #expect(named("Karin").isEmpty)
        #expect(named("Mikael L") == ["Mikael Lindberg"])
        #expect(named("annette.mohlin@bjuv.se") == ["Annette Lindberg Mohlin"])
        #expect(named("Mohlin Lindberg").isEmpty)
        #expect(named("Lind").isEmpty)
        #expect(named("  ").isEmpty)
    }
}
