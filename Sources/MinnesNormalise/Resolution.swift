import Foundation
import MinnesParse

/// What a meeting's reading asks of the people register while its names are resolved. Their answers
/// are all it takes from the register (and from the other minutes): a meeting read alike whose
/// questions are answered alike resolves alike, so an update resolves again only the meetings whose
/// answers changed.
public enum Question: Hashable, Sendable {
    /// The entry a full name means.
    case entry(String)
    /// The entries a first name fits (with an initial and a kommun, when written).
    case matching(String, initial: String?, municipality: String?)
    /// The networks whose meetings listed an entry (by its name).
    case networks(String)

    /// As kept: its kind and parts, apart by U+001F (no name holds it).
    public var line: String {
        switch self {
        case .entry(let name): "e\u{1F}\(name)"
        case .matching(let firstName, let initial, let municipality):
            "m\u{1F}\(firstName)\u{1F}\(initial ?? "")\u{1F}\(municipality ?? "")\u{1F}\(initial == nil ? 0 : 1)\(municipality == nil ? 0 : 1)"
        case .networks(let name): "n\u{1F}\(name)"
        }
    }

    public init?(line: String) {
        let parts = line.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("e", 2): self = .entry(parts[1])
        case ("n", 2): self = .networks(parts[1])
        case ("m", 5):
            let given = Array(parts[4])
            guard given.count == 2 else { return nil }
            self = .matching(parts[1], initial: given[0] == "1" ? parts[2] : nil, municipality: given[1] == "1" ? parts[3] : nil)
        default: return nil
        }
    }

    /// The answer as it is compared between runs: every part of the register the resolver reads.
    func answer(register: PeopleRegister, networkOf: [String: String]) -> String {
        let entry = { (entry: PeopleRegister.Entry) in entry.name + "\u{1F}" + (entry.municipality ?? "") }
        switch self {
        case .entry(let name): return register.entry(named: name).map(entry) ?? ""
        case .matching(let firstName, let initial, let municipality):
            return register.matching(firstName: firstName, initial: initial?.first, municipality: municipality).map(entry)
                .joined(separator: "\u{1E}")
        case .networks(let name):
            return register.entry(named: name).map { Resolver.networks(of: $0, in: networkOf).sorted().joined(separator: "\u{1E}") } ?? ""
        }
    }
}

/// How the last run resolved each meeting, kept beside the index (`minnes-resolution`) for the next.
public struct Resolution: Sendable {
    public struct Record: Sendable {
        /// What the meeting was read from (its file's bytes' hash).
        public var content: String
        /// The questions it asked, as places in `questions`.
        public var asked: [Int]
        /// What it taught the register (`Resolver.Learned`, as lines).
        public var learned: [String]
        /// The network and place inferred for it (`Inferred.key`).
        public var inferred: String
        /// What its reading was kept as by the one who keeps it (the indexer's manifest hash).
        public var kept: String?

        public init(content: String, asked: [Int], learned: [String], inferred: String, kept: String? = nil) {
            (self.content, self.asked, self.learned, self.inferred, self.kept) = (content, asked, learned, inferred, kept)
        }
    }

    public var questions: [Question] = []
    /// The answer to each question.
    public var answers: [String] = []
    /// By meeting file.
    public var records: [String: Record] = [:]
    /// What else the kept readings depend on (the indexer's analysis): another makes every record stale.
    public var basis = ""

    public init() {}

    /// Only the questions some meeting asks: those of meetings gone or read otherwise are not asked
    /// again and again.
    mutating func prune() {
        let used = Set(records.values.flatMap(\.asked)).sorted()
        guard used.count < questions.count else { return }
        let place = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        (questions, answers) = (used.map { questions[$0] }, used.map { answers[$0] })
        for file in records.keys { records[file]!.asked = records[file]!.asked.map { place[$0]! } }
    }
}
