import MinnesParse

/// Everyone the minutes list by full name, across all meetings read: who they are, which kommun(s)
/// they represented, how often. Names that are only first names, initials or "Name Kommun" are
/// resolved against it.
public struct PeopleRegister: Sendable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        /// The spelling seen most often.
        public var name: String
        public var spellings: [String: Int]
        public var municipalities: [String: Int]

        /// The kommun the person represented most often, when any.
        public var municipality: String? {
            municipalities.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }

        var firstName: String { String(key.split(separator: " ").first ?? "") }
        var surnames: [Substring] { Array(key.split(separator: " ").dropFirst()) }
    }

    public private(set) var entries: [String: Entry] = [:]

    public init(meetings: [Meeting]) {
        for meeting in meetings {
            for person in meeting.listed where Self.isFullName(person.name) { add(person) }
        }
    }

    mutating func add(_ person: Person) {
        let key = Folding.key(person.name)
        var entry = entries[key] ?? Entry(key: key, name: person.name, spellings: [:], municipalities: [:])
        entry.spellings[person.name, default: 0] += 1
        entry.name = entry.spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        if let municipality = person.municipality { entry.municipalities[municipality, default: 0] += 1 }
        entries[key] = entry
    }

    public func entry(named name: String) -> Entry? { entries[Folding.key(name)] }

    /// People whose first name (and surname initial, and kommun, when given) fit.
    func matching(firstName: String, initial: Character?, municipality: String?) -> [Entry] {
        entries.values.filter { entry in
            entry.firstName == Folding.key(firstName)
                && (initial.map { i in entry.surnames.contains { $0.first == Character(Folding.key(String(i))) } } ?? true)
                && (municipality.map { entry.municipalities[$0] != nil } ?? true)
        }.sorted { $0.name < $1.name }
    }

    /// Two or more words, the last more than an initial: "Marie Brynbo", not "Marie" or "Marie B".
    static func isFullName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && words.last!.filter(\.isLetter).count > 1
    }
}
