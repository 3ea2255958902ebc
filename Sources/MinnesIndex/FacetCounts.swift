import MinnesAPI
import MinnesNormalise
import MinnesParse
import Xapian

extension Facets {
    /// The fields of the table that are counted, longest prefix first (so `XK` is tried before a
    /// shorter prefix it starts with).
    static let fields = Schema.fields.filter { $0.facet != nil }.sorted { $0.prefix!.count > $1.prefix!.count }
    static var prefixes: [String] { fields.map { $0.prefix! } }

    /// Counts what a `TermSpy` over `prefixes` saw, each term under its display name (a network's
    /// from `networks`, by its code).
    init(spy: TermSpy, people: [PeopleRegister.Entry], networks: [String: String]) throws {
        // Every full spelling files under the person's name: archives searched as one each wrote their own.
        var names: [String: String] = [:]
        for entry in people { names[Schema.key(entry.name)] = entry.name }
        for entry in people {
            for variant in entry.variants where PeopleRegister.isFullName(variant) && names[Schema.key(variant)] == nil {
                names[Schema.key(variant)] = entry.name
            }
        }
        let kommunNames = Dictionary(Municipality.all.map { (Schema.key($0), $0) }) { a, _ in a }
        var counts: [String: [String: Int]] = [:]
        for (term, count) in try spy.counts() {
            guard let field = Self.fields.first(where: { term.hasPrefix($0.prefix!) }), let facet = field.facet else { continue }
            let key = String(term.dropFirst(field.prefix!.count))
            let name: String
            switch field.value {
            case .municipality: name = kommunNames[key] ?? key
            case .network: name = networks[key] ?? key
            case .person: name = names[key] ?? key.replacingOccurrences(of: "_", with: " ")
            case .year: name = String(key.prefix(4))  // of the quarter's term
            case .date, .folded: name = key
            }
            counts[facet, default: [:]][name, default: 0] += count
        }
        self.init(documents: spy.documents, counts: counts)
    }
}
