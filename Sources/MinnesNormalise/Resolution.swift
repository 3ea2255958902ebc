import Foundation
import MinnesParse

/// What a meeting's reading asks of the people register while its names are resolved. Their answers
/// are all it takes from the register (and from the other minutes): a meeting read alike whose
/// questions are answered alike resolves alike, so an update resolves again only the meetings whose
/// answers changed.
public enum Question: Hashable, Sendable {
    /// The entry a full name means.
    case entry(String)
    /// Whom a first name (with an initial and a kommun, when written) means among everyone read, at
    /// a meeting of a network (`Resolver.elsewhere`): asked as the decision, not the entries it reads,
    /// so someone new who shares the name changes no reading it does not change.
    case firstName(String, initial: String?, municipality: String?, network: String?)

    /// As kept: its kind and parts, apart by U+001F (no name holds it).
    public var line: String {
        switch self {
        case .entry(let name): "e\u{1F}\(name)"
        case .firstName(let firstName, let initial, let municipality, let network):
            "f\u{1F}\(firstName)\u{1F}\(initial ?? "")\u{1F}\(municipality ?? "")\u{1F}\(network ?? "")\u{1F}"
                + [initial, municipality, network].map { $0 == nil ? "0" : "1" }.joined()
        }
    }

    public init?(line: String) {
        let parts = line.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        switch (parts.first, parts.count) {
        case ("e", 2): self = .entry(parts[1])
        case ("f", 6):
            let given = parts[5].map { $0 == "1" }
            guard given.count == 3 else { return nil }
            self = .firstName(
                parts[1], initial: given[0] ? parts[2] : nil, municipality: given[1] ? parts[3] : nil, network: given[2] ? parts[4] : nil)
        default: return nil
        }
    }

    /// The answer as it is compared between runs: every part of the register the resolver reads.
    func answer(register: PeopleRegister) -> String {
        let entry = { (entry: PeopleRegister.Entry) in entry.name + "\u{1F}" + (entry.municipality ?? "") }
        switch self {
        case .entry(let name): return register.entry(named: name).map(entry) ?? ""
        case .firstName(let firstName, let initial, let municipality, let network):
            let lookup = Resolver.elsewhere(
                firstName, initial: initial?.first, municipality: municipality, network: network, in: register)
            switch lookup {
            case .person(let person): return "p\u{1F}" + person.name + "\u{1F}" + (person.municipality ?? "")
            // More than a reader is offered (`Resolver.maxCandidates`) read alike whoever they are:
            // a new Anna among twenty changes no reading, so it resolves nothing again.
            case .ambiguous(let names) where names.count > Resolver.maxCandidates: return "a+"
            case .ambiguous(let names): return "a\u{1F}" + names.joined(separator: "\u{1E}")
            case .unknown: return "u"
            }
        }
    }
}

/// What resolving a meeting teaches the register, added after every meeting is resolved (in the
/// meetings' order), so that no meeting's reading depends on which were resolved before it.
public enum Learned: Sendable, Equatable {
    /// Another way the minutes wrote a known person ("Marie Klippan", an e-mail address).
    case variant(String, of: String)
    /// An item (by its position in the meeting's minutes) a person raised. Its position alone: one
    /// is kept for every item raised in every meeting, through a run and between runs.
    case raised(Int, by: String)
}

/// A lesson as a resolution keeps it: its names by their numbers in `Resolution.names`. The same few
/// thousand names are named by tens of thousands of lessons, kept, read and applied on every update:
/// each name is then written, read, and looked up in the register once.
public enum Lesson: Sendable, Equatable {
    /// The variant's number, and the name's.
    case variant(Int32, of: Int32)
    /// The item's position, and the name's number.
    case raised(Int, by: Int32)
}

/// How the last run resolved each meeting, kept beside the index (`minnes-resolution`) for the next.
public struct Resolution: Sendable {
    public struct Record: Sendable, Equatable {
        /// What the meeting was read from (its file's bytes' hash).
        public var content: String
        /// The questions it asked, as places in `questions`.
        public var asked: [Int]
        /// What it taught the register, numbered by its resolution (`numbered(_:)`; `learned(_:)`
        /// gives it back as learned).
        public var learned: [Lesson]
        /// The network and place inferred for it (`Inferred.key`).
        public var inferred: String
        /// What its reading was kept as by the one who keeps it (the indexer's manifest hash).
        public var kept: String?

        public init(content: String, asked: [Int], learned: [Lesson], inferred: String, kept: String? = nil) {
            (self.content, self.asked, self.learned, self.inferred, self.kept) = (content, asked, learned, inferred, kept)
        }
    }

    public var questions: [Question] = []
    /// The answer to each question.
    public var answers: [String] = []
    /// By meeting file; changed through `subscript(record:)`, which notes what differs from `kept`.
    public internal(set) var records: [String: Record] = [:]
    /// The files whose records were set or removed since `kept` was read (none noted without one):
    /// what an update appends, found without comparing every record with a kept copy of them all (the
    /// copy made as the first record changed, and the comparison, were a twentieth of an update of
    /// one file of 100,000).
    public private(set) var edited: Set<String> = []
    /// What else the kept readings depend on (the indexer's analysis): another makes every record stale.
    public var basis = ""
    /// The names the records' lessons name, each once. By their bytes: two forms of a name that Swift
    /// holds equal are two names, each read back as it was written.
    public var names: [String] { nameTable.items }
    private var nameTable = Self.names([])

    private static func names(_ names: [String]) -> Numbered<String, UTF8Key> { Numbered(names, key: UTF8Key.init) }

    /// What the kept file held when it was read: saving then adds only what differs from it (an
    /// update of a few files of thousands writes a few records, not every one). Nil: written whole.
    public internal(set) var kept: Kept?

    public struct Kept: Sendable {
        public var questions: [Question]
        public var answers: [String]
        public var basis: String
        /// The records' lines the file holds, those a later line replaced included.
        public var lines: Int
        /// How many names it holds (`names` begins with them).
        public var names: Int
    }

    public init() {}

    /// A meeting file's record; set or removed, the file is noted as edited when it differs.
    public subscript(record file: String) -> Record? {
        get { records[file] }
        set {
            let old = newValue.map { records.updateValue($0, forKey: file) } ?? records.removeValue(forKey: file)
            if kept != nil, old != newValue { edited.insert(file) }
        }
    }

    /// The records the kept file holds (in its lines, those replaced included), with its questions,
    /// answers and basis as this holds them: nothing edited since.
    public mutating func holdAsKept(_ records: [String: Record], lines: Int, names: [String]) {
        self.records = records
        nameTable = Self.names(names)
        kept = Kept(questions: questions, answers: answers, basis: basis, lines: lines, names: names.count)
        edited = []
    }

    /// The questions some meeting asks. Those of meetings gone or read otherwise stay numbered, so a
    /// record kept keeps its numbers, until the whole is written again (`prune`).
    /// (In order; marked in an array of the questions, not gathered into a set: every update asks,
    /// of every record.)
    public var asked: [Int] {
        var used = [Bool](repeating: false, count: questions.count)
        for record in records.values { for question in record.asked where used.indices.contains(question) { used[question] = true } }
        return used.indices.filter { used[$0] }
    }

    /// What previous was kept as (its basis, what its file held, the names its lessons are numbered
    /// by), for this one to be saved as what follows it.
    public mutating func follow(_ previous: Resolution) {
        (basis, kept, nameTable) = (previous.basis, previous.kept, previous.nameTable)
    }

    /// Only the questions some meeting asks, and the names some lesson names, renumbered: those of
    /// meetings gone or read otherwise are not asked again and again, nor kept. (No longer numbered
    /// as the kept file is: what is saved next is written whole.)
    public mutating func prune() {
        defer { kept = nil }
        let used = asked
        if used.count < questions.count {
            let place = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
            (questions, answers) = (used.map { questions[$0] }, used.map { answers[$0] })
            for file in records.keys { records[file]!.asked = records[file]!.asked.map { place[$0]! } }
        }
        var named = [Bool](repeating: false, count: names.count)
        for record in records.values {
            for lesson in record.learned {
                switch lesson {
                case .variant(let variant, let name): (named[Int(variant)], named[Int(name)]) = (true, true)
                case .raised(_, let name): named[Int(name)] = true
                }
            }
        }
        guard named.contains(false) else { return }
        var place = [Int32](repeating: -1, count: names.count), kept: [String] = []
        for number in names.indices where named[number] {
            place[number] = Int32(kept.count)
            kept.append(names[number])
        }
        nameTable = Self.names(kept)
        for file in records.keys {
            records[file]!.learned = records[file]!.learned.map { lesson in
                switch lesson {
                case .variant(let variant, let name): .variant(place[Int(variant)], of: place[Int(name)])
                case .raised(let position, let name): .raised(position, by: place[Int(name)])
                }
            }
        }
    }

    /// Lessons as kept, each name numbered (added to `names` when new).
    public mutating func numbered(_ learned: [Learned]) -> [Lesson] {
        func number(_ name: String) -> Int32 { Int32(nameTable.number(name)) }
        return learned.map { learned in
            switch learned {
            case .variant(let variant, let name): .variant(number(variant), of: number(name))
            case .raised(let position, let name): .raised(position, by: number(name))
            }
        }
    }

    /// Lessons as learned.
    public func learned(_ lessons: [Lesson]) -> [Learned] {
        lessons.map { lesson in
            switch lesson {
            case .variant(let variant, let name): .variant(names[Int(variant)], of: names[Int(name)])
            case .raised(let position, let name): .raised(position, by: names[Int(name)])
            }
        }
    }
}
