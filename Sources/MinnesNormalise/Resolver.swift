import Foundation
import MinnesParse

/// Meetings as read: each one's header at hand until names are resolved, the whole meeting when
/// asked for. A corpus's kept readings are decoded whole only for the meetings resolved or written
/// again.
public struct ReadMeetings: Sendable {
    /// Every meeting's header, until let go: shared by every copy, so letting go in one lets go in all.
    private let held: Held
    /// Each meeting's file (`file#part` for an e-mail's part).
    private let files: [String]
    /// The whole meeting, or nil when it cannot be had (its kept reading lost, its file unreadable).
    private let whole: @Sendable (Int) -> Meeting?
    /// Where each meeting's whole is kept (a block of a file): those beside each other are decoded
    /// one after another, so what holds them is read once.
    private let place: @Sendable (Int) -> Int

    private final class Held: @unchecked Sendable {
        private var headers: Headers
        private let lock = NSLock()
        init(_ headers: Headers) { self.headers = headers }
        var all: Headers { lock.withLock { headers } }
        func letGo() { lock.withLock { headers = Headers() } }
    }

    public init(headers: Headers, whole: @escaping @Sendable (Int) -> Meeting?, place: @escaping @Sendable (Int) -> Int) {
        (held, files, self.whole, self.place) = (Held(headers), headers.heads.indices.map(headers.file), whole, place)
    }

    /// Meetings already whole.
    public init(_ meetings: [Meeting]) {
        (held, files) = (Held(Headers(meetings)), meetings.map(\.file))
        (whole, place) = ({ @Sendable in meetings[$0] }, { @Sendable _ in 0 })
    }

    public var count: Int { files.count }

    public func file(_ number: Int) -> String { files[number] }

    /// Every meeting's header; none once let go.
    public var headers: Headers { held.all }

    /// A meeting's header; once let go, its file alone.
    public func header(_ number: Int) -> Meeting {
        let headers = held.all
        return number < headers.count ? headers.meeting(number) : Meeting(file: files[number], title: "")
    }

    /// Lets go of the headers, once names are resolved: held no longer while documents are written.
    /// What follows asks for wholes only.
    public func releaseHeaders() { held.letGo() }

    /// The whole meeting; should it not be had, its header (or, once let go, its file alone).
    public func whole(_ number: Int) -> Meeting { whole(number) ?? header(number) }

    /// Meetings (by number) in the order their wholes are best decoded in: by where they are kept.
    public func inDecodingOrder(_ numbers: [Int]) -> [Int] {
        numbers.map { (place($0), $0) }.sorted { $0 < $1 }.map(\.1)
    }
}

/// What Minnes understands of a whole corpus: its meetings with names resolved, and its people.
public struct CorpusReading: Sendable {
    /// Every meeting with its names resolved and its network and place inferred (as `resolve`'s
    /// `keeping` keeps it), except those resolved as before (`asBefore`) or not kept: nil; empty when
    /// none is kept. `resolved(_:)` resolves one whole.
    public var resolvedMeetings: [Meeting?]
    /// Every meeting as `resolvedMeetings` holds it; one resolved as before, its header as read.
    public var meetings: [Meeting] {
        (0..<read.count).map { (resolvedMeetings.indices.contains($0) ? resolvedMeetings[$0] : nil) ?? read.header($0) }
    }
    /// The meetings as read.
    public let read: ReadMeetings
    public var people: PeopleRegister
    /// The meetings read as the kept resolution read them, whose questions are answered as they were
    /// and whose network and place are inferred alike: they resolve as they did then.
    public var asBefore: Set<Int> = []
    /// What each meeting resolved as before was kept as by its keeper (its record's `kept`), by its
    /// number (nil for the others): found as the records were looked up, so
    /// that the keeper need not look each up again by its file (twice a meeting, a string hashed
    /// each time, at 100,000 files a twentieth of an update).
    public var keptAs: [String?] = []
    /// How each meeting was resolved, to keep for the next run.
    public var resolution = Resolution()
    let listed: PeopleRegister
    let inferred: [Inferred]

    /// A meeting resolved as `meetings` would hold it, were it not as before.
    public func resolved(_ number: Int) -> Meeting {
        var resolver = Resolver(register: listed)
        return inferred[number].applied(to: resolver.resolve(read.whole(number)))
    }
}

/// The network and place a meeting was inferred to have (or has).
struct Inferred: Sendable, Equatable {
    var network: String?
    var place: String?

    /// As kept: the network and the place apart by U+001F (no name holds it).
    var key: String { keyParts.network + String(UnicodeScalar(Self.apart)) + keyParts.place }

    private static let apart: UInt8 = 0x1F

    /// What `key` joins, which `hasKey` compares.
    private var keyParts: (network: String, place: String) { (network ?? "", place ?? "") }

    /// Whether `key` is text, compared without making it: asked for every meeting of every update.
    func hasKey(_ text: String) -> Bool {
        let (network, place) = keyParts, utf8 = text.utf8
        guard utf8.count == network.utf8.count + 1 + place.utf8.count else { return false }
        let unit = utf8.index(utf8.startIndex, offsetBy: network.utf8.count)
        return utf8[unit] == Self.apart && utf8[..<unit].elementsEqual(network.utf8) && utf8[utf8.index(after: unit)...].elementsEqual(place.utf8)
    }

    func applied(to meeting: Meeting) -> Meeting {
        var meeting = meeting
        (meeting.network, meeting.place) = (network, place)
        return meeting
    }
}

/// Decides whom the names in minutes mean: first names, initials and "Name Kommun" are looked up among
/// the meeting's own people first, then among everyone read. What stays ambiguous is reported, not
/// guessed; a lone word that names no one known is not taken for a person.
///
/// Every meeting is resolved against the register as the minutes list it; the other spellings
/// learned while resolving ("Marie Klippan", an e-mail address) and the items people raised are
/// added to it afterwards, in the meetings' order. So a meeting's reading does not depend on which
/// meetings were resolved before it, and meetings are resolved on every core.
public struct Resolver {
    public let register: PeopleRegister
    /// What is asked of each written name, answered once: the same few thousand names are written at
    /// thousands of meetings.
    private let known = Known()
    /// What resolving learned of the register, in order, for `apply`.
    private(set) var learned: [Learned] = []

    private final class Known {
        /// What the meeting being resolved asked of the register.
        var asked = Set<Question>()
        /// Whom each first name asked means among everyone read.
        var elsewhere: [Question: Lookup] = [:]
        /// A name's keys.
        var spellings: [String: PeopleRegister.Spelling] = [:]
        /// A name's place in the register.
        var positions: [String: Int?] = [:]
    }

    /// The register's entry for a written name (see `PeopleRegister.entry(named:)`).
    private func entry(named name: String) -> PeopleRegister.Entry? {
        known.asked.insert(.entry(name))
        if let known = known.positions[name] { return known.map { register.entries[$0] } }
        let position = register.position(of: name)
        known.positions[name] = position
        return position.map { register.entries[$0] }
    }

    private func spelling(_ name: String) -> PeopleRegister.Spelling {
        if let spelling = known.spellings[name] { return spelling }
        let spelling = PeopleRegister.Spelling(name)
        known.spellings[name] = spelling
        return spelling
    }

    init(register: PeopleRegister) { self.register = register }

    /// Resolves every meeting against the register of all of them, learns the other ways people were
    /// written, and infers networks the minutes do not name from the people who attended. With what
    /// a run before kept (`previous`, and each meeting's `contents`: what it was read from), a meeting
    /// read alike whose questions are answered alike and whose network and place are inferred alike
    /// is not resolved again: it is as before, and what it taught the register is taken from there.
    public static func resolve(_ meetings: [Meeting], contents: [String]? = nil, previous: Resolution? = nil) -> CorpusReading {
        resolve(ReadMeetings(meetings), contents: contents, previous: previous)
    }

    /// As `resolve(_:contents:previous:)`, asking for the whole of only the meetings resolved, and
    /// keeping of each what `keeping` keeps, given its number (all that is resolved need not be held
    /// at once; nil: nothing, and no room for it is made).
    public static func resolve(
        _ read: ReadMeetings, contents: [String]? = nil, previous: consuming Resolution? = nil,
        keeping: @escaping @Sendable (Int, Meeting) -> Meeting? = { $1 }
    ) -> CorpusReading {
        var previous = previous
        return resolve(read, contents: contents, previousWhenMade: { previous.take() }, keeping: keeping)
    }

    /// As `resolve(_:contents:previous:keeping:)`, with what a run before kept asked for once the
    /// register is made (it is read meanwhile, elsewhere: the register needs none of it), and the
    /// items people raised kept in the register by number only when asked
    /// (`PeopleRegister.raisedByNumberOnly`).
    public static func resolve(
        _ read: ReadMeetings, contents: [String]? = nil, previousWhenMade: () -> Resolution?, raisedByNumberOnly: Bool = false,
        keeping: @escaping @Sendable (Int, Meeting) -> Meeting? = { $1 }
    ) -> CorpusReading {
        let headers = read.headers, count = read.count
        // The register and what is inferred read the headers alone: made side by side. Resolving
        // changes no name present, network, date or place: they are inferred from the meetings as read.
        // (What is inferred on a thread of its own: the register is made on every core, and work put
        // on every core from within a share of `concurrentPerform` gets only the width the outer one
        // left, none when it has a share per core.)
        let inference = Later { Self.inference(of: headers) }
        let listed = PeopleRegister(headers: headers), inferred = inference.value
        var previous = previousWhenMade()
        var asBefore = Set<Int>()
        var answers: [String] = []
        // What each meeting as before learned then (its kept record's lessons), and how many of the
        // kept records are of meetings read now.
        var kept = [[Lesson]?](repeating: nil, count: count), keptNow = 0, keptAs = [String?](repeating: nil, count: count)
        if let previous, let contents {
            answers = Self.answers(to: previous.questions, in: listed)
            let stands = answers.indices.map { answers[$0] == previous.answers[$0] }
            // Whether each meeting has a kept record, and its lessons when it stands, looked up on every
            // core (the records themselves are not copied out: that was a tenth of this).
            let found = Array(0..<count).mappedOnEveryCore { number -> (kept: Bool, learned: [Lesson]?, as: String?) in
                guard let record = previous.records[read.file(number)] else { return (false, nil, nil) }
                let standing = record.content == contents[number] && inferred[number].hasKey(record.inferred) && record.asked.allSatisfy { stands[$0] }
                return standing ? (true, record.learned, record.kept) : (true, nil, nil)
            }
            (kept, keptNow) = (found.map(\.learned), found.count(where: \.kept))
            keptAs = found.map(\.as)
            asBefore = Set(kept.indices.filter { kept[$0] != nil })
        }
        // The others a share per core, each with a resolver (and its memos) of its own.
        let resolving = read.inDecodingOrder((0..<count).filter { !asBefore.contains($0) })
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, resolving.count / 50))
        // Each share numbers the questions it asked (a meeting's are a few of the same few thousand):
        // each meeting holds their numbers, not the questions (as sets, they took as much memory as
        // the meetings), until all are resolved.
        let done = Outcomes<(questions: [Question], results: [(learned: [Learned], asked: [Int])], held: [(Int, Meeting)])>(count: shares)
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            var resolver = Resolver(register: listed)
            var questions = Numbered<Question, Question>()
            let part = resolving[(share * resolving.count / shares)..<((share + 1) * resolving.count / shares)]
            // The meetings kept apart from what each learned and asked: a Meeting's room (nearly 300
            // bytes) for each, kept or not, was a tenth of a new index's memory.
            var held: [(Int, Meeting)] = []
            let results = part.map { number in
                resolver.known.asked = []
                let learning = resolver.learned.count
                let meeting = resolver.resolve(read.whole(number))
                let asked = resolver.known.asked.map { questions.number($0) }
                if let meeting = keeping(number, inferred[number].applied(to: meeting)) { held.append((number, meeting)) }
                return (Array(resolver.learned[learning...]), asked)
            }
            done.set(share, (questions.items, results, held))
        }
        var reading = CorpusReading(resolvedMeetings: [], read: read, people: listed, listed: listed, inferred: inferred)
        (reading.asBefore, reading.keptAs) = (asBefore, keptAs)
        if let previous { reading.resolution.follow(previous) }
        // What each meeting asked, in one table with the answers, to keep.
        var table = Numbered(previous?.questions ?? [])
        var learned = Array(repeating: [Lesson](), count: count)
        // The meetings as before keep their records: the kept ones start as they are (inserting every
        // record was a tenth of this), and when some are of meetings no longer read, those of the
        // meetings not as before are taken out (noted as edited; the ones resolved now are put back).
        // (The kept resolution let go first: the records are then this reading's alone, and changing
        // one below does not copy every one.)
        if let kept = previous.take() {
            let taken = keptNow == kept.records.count ? nil : Set(asBefore.map { read.file($0) })
            let stale = taken.map { taken in kept.records.keys.filter { !taken.contains($0) } } ?? []
            reading.resolution.records = (consume kept).records
            for file in stale { reading.resolution[record: file] = nil }
        }
        // Share by share, each let go once taken: not every result held twice.
        var resolved = resolving.makeIterator()
        for share in 0..<shares {
            let (questions, results, held) = done.take(share)!
            let numbers = questions.map { table.number($0) }
            if !held.isEmpty, reading.resolvedMeetings.isEmpty { reading.resolvedMeetings = Array(repeating: nil, count: count) }
            for (number, meeting) in held { reading.resolvedMeetings[number] = meeting }
            for result in results {
                let number = resolved.next()!
                learned[number] = reading.resolution.numbered(result.learned)
                reading.resolution[record: read.file(number)] = Resolution.Record(
                    content: contents?[number] ?? "", asked: result.asked.map { numbers[$0] }.sorted(), learned: learned[number],
                    inferred: inferred[number].key)
            }
        }
        reading.resolution.questions = table.items
        reading.resolution.answers = answers + Self.answers(to: Array(table.items[answers.count...]), in: listed)
        // What resolving learned (as before: what it learned then), added in the meetings' order.
        reading.people.raisedByNumberOnly = raisedByNumberOnly
        reading.people.learn(zip(kept, learned).map { $0 ?? $1 }, names: reading.resolution.names, files: read.file)
        return reading
    }

    /// Each question's answer, on every core: a few thousand, asked of the register on every update.
    static func answers(to questions: [Question], in register: PeopleRegister) -> [String] {
        questions.mappedOnEveryCore { $0.answer(register: register) }
    }

    /// Each meeting's network and place: its own, or inferred from the others. (Of the headers'
    /// numbers: meetings copied, and then their strings hashed, were most of the time it took.)
    static func inference(of headers: Headers) -> [Inferred] {
        let attendance = NetworkAttendance(headers)
        let networks = headers.heads.indices.map { number in
            headers.heads[number].network != Headers.none ? headers.heads[number].network : attendance.network(of: number)
        }
        // The meetings announcing a next meeting, by its date: asked once per meeting, not walked.
        var announcing: [Headers.Number: [Int]] = [:]
        for (number, head) in headers.heads.enumerated() where head.nextDate != Headers.none { announcing[head.nextDate, default: []].append(number) }
        return headers.heads.indices.map { number in
            let head = headers.heads[number]
            let place = head.place != Headers.none ? head.place : announcedPlace(of: number, in: headers, networks: networks, announcing: announcing)
            return Inferred(network: headers.string(networks[number]), place: headers.string(place))
        }
    }

    mutating func resolve(_ meeting: Meeting) -> Meeting {
        var meeting = meeting
        meeting.attendees = meeting.attendees.map(withMunicipality)
        meeting.guests = meeting.guests.map(withMunicipality)
        meeting.absent = meeting.absent.map(withMunicipality)
        meeting.chairs = meeting.chairs.map(withMunicipality)
        // Everyone the header lists, once for all the names the meeting's text uses.
        let local = unique(meeting.listed.map(withMunicipality)).map { Listed($0, spelling($0.name)) }
        // One named by first name alone ("Ordf: Majken", "Med: Catriona, Viliami …") is the one the
        // lists give, or else the one of that name the network's other minutes list in full, where
        // one is, as one raising a matter or taking the notes so is.
        func inFull(_ people: [Person]) -> [Person] {
            unique(people.map { person in
                guard !PeopleRegister.isFullName(person.name), case .person(let found) = lookup(person, in: meeting, local: local) else { return person }
                learned.append(.variant(person.name, of: found.name))
                return found
            })
        }
        (meeting.attendees, meeting.guests, meeting.absent, meeting.chairs) =
            (inFull(meeting.attendees), inFull(meeting.guests), inFull(meeting.absent), inFull(meeting.chairs))
        if let scribe = meeting.scribe {
            if case .person(let person) = lookup(scribe, in: meeting, local: local) {
                learned.append(.variant(scribe.name.trimming(anyOf: "/"), of: person.name))
                meeting.scribe = person
            } else {
                meeting.scribe = nil
            }
        }
        for index in meeting.items.indices {
            // One person raising twice, as written two ways ("Fråga från Klippan: …", then "Alma Ek
            // berättade …" of Klippan), is one raiser who said both.
            var raisers: [Raiser] = [], at: [String: Int] = [:]
            for raiser in meeting.items[index].raisedBy.compactMap({ resolve($0, in: meeting, local: local) }) {
                let key = raiser.person.map { Folding.key($0.name) } ?? raiser.evidence
                if let first = at[key] {
                    if raiser.statement.holds(raisers[first].statement) {
                        raisers[first].statement = raiser.statement
                    } else if !raisers[first].statement.holds(raiser.statement) {
                        raisers[first].statement += " " + raiser.statement
                    }
                } else {
                    at[key] = raisers.count
                    raisers.append(raiser)
                }
            }
            meeting.items[index].raisedBy = raisers
            for raiser in meeting.items[index].raisedBy {
                if let name = raiser.name { learned.append(.raised(meeting.items[index].position, by: name)) }
            }
        }
        learnEmailAddresses(in: meeting)
        // Asked of each raiser found, as an index and its documents ask it (the register's name).
        for raiser in meeting.items.flatMap(\.raisedBy) { _ = raiser.person.map { entry(named: $0.name) } }
        return meeting
    }

    /// The most people an ambiguous name lists as its candidates; more, and it lists none.
    public static let maxCandidates = 5

    // Immutable once made; see the note in MinnesParse/Sentences.swift.
    nonisolated(unsafe) static let email = /(?i)\b([\p{L}-]+)\.([\p{L}-]+)@[\p{L}-]+\.[a-z]{2,}\b/

    /// `anette.edvardson@helsingborg.se` is another way to write Anette Edvardsson.
    mutating func learnEmailAddresses(in meeting: Meeting) {
        let texts = [meeting.notes] + meeting.items.map(\.text)
        // Byte by byte: Foundation's `contains` for a String went through NSString, a fifth of resolving.
        guard texts.contains(where: { $0.utf8.contains(UInt8(ascii: "@")) }) else { return }
        let text = texts.joined(separator: "\n")
        for match in text.matches(of: Self.email) {
            let name = "\(match.1.capitalized) \(match.2.capitalized)"
            learned += [.variant(String(match.0), of: name), .variant(name, of: name)]
        }
    }

    func withMunicipality(_ person: Person) -> Person {
        var person = person
        if person.municipality == nil { person.municipality = entry(named: person.name)?.municipality }
        return person
    }

    mutating func resolve(_ raiser: Raiser, in meeting: Meeting, local: [Listed]) -> Raiser? {
        var raiser = raiser
        if let person = raiser.person {
            // ("Björn från IT-avdelningen berättade": a first name, of someone from elsewhere.)
            // ("Det här var Wolmers fråga": a name in the genitive, its "s" perhaps the genitive's.)
            let genitive = ["fråga", "punkt", "förslag"].contains { raiser.evidence.hasSuffix("s " + $0) }
            switch lookup(person, in: meeting, local: local, surnameAlone: !raiser.evidence.holds(" från "), genitive: genitive) {
            case .person(let found):
                let written = [person.name, person.municipality].compactMap { $0 }.joined(separator: " ")
                learned.append(.variant(written, of: found.name))
                raiser.person = found
            case .ambiguous(let names):
                raiser.person = nil
                // A few names a reader can choose among; twenty Annas tell nothing, and every new
                // Anna anywhere would change this reading (and rewrite its file).
                raiser.candidates = names.count <= Self.maxCandidates ? names : []
            case .unknown: return nil
            }
        } else if let kommun = raiser.viaMunicipality {
            // "Svalöv efterfrågar": the person who represented that kommun at the meeting; "IFO-chefen
            // i Bjuv berättade": the one listed there with that role (none listed so: no one).
            var representatives = unique(meeting.present.map(withMunicipality).filter { $0.municipality == kommun })
            // (Roles not listed there: its one representative, as for the kommun alone.)
            if let role = raiser.viaRole, representatives.contains(where: { $0.role != nil }) {
                representatives = representatives.filter { $0.role.map { Self.isDefiniteForm(role, of: $0) } ?? false }
            }
            if representatives.count == 1 {
                raiser.person = canonical(representatives[0])
            } else {
                raiser.candidates = representatives.map { canonical($0).name }
            }
        }
        return raiser
    }

    /// Whether written is a role, or a word of it, in its definite form: "IFO-chefen" of "IFO-chef"
    /// or "t.f. IFO-chef", "Enhetschefen" of "Enhetschef barn och unga", "Samordnaren" of "samordnare".
    static func isDefiniteForm(_ written: String, of role: String) -> Bool {
        let written = Folding.key(written)
        return role.split(separator: " ").map { Folding.key($0) }.contains { written == $0 + "en" || written == $0 + "n" }
    }

    enum Lookup: Equatable {
        case person(Person)
        case ambiguous([String])
        case unknown
    }

    /// The person as the register knows them: the canonical spelling, the kommun when unknown.
    func canonical(_ person: Person) -> Person {
        guard let entry = entry(named: person.name) else { return person }
        return Person(name: entry.name, municipality: person.municipality ?? entry.municipality, role: person.role)
    }

    /// A person the meeting's header lists, with the keys every name in its text is compared by,
    /// made once per meeting rather than once per name looked up.
    struct Listed {
        let person: Person
        let spelling: PeopleRegister.Spelling

        init(_ person: Person, _ spelling: PeopleRegister.Spelling) { (self.person, self.spelling) = (person, spelling) }
    }

    /// Whom a written name means at a meeting whose header lists local.
    mutating func lookup(_ written: Person, in meeting: Meeting, local: [Listed], surnameAlone: Bool = true, genitive: Bool = false) -> Lookup {
        let words = written.name.split(separator: " ").map(String.init)
        let writtenSpelling = spelling(written.name)
        if writtenSpelling.isFullName {
            if let listed = local.first(where: { $0.spelling.key == writtenSpelling.key }) {
                return .person(canonical(listed.person))
            }
            // "Hedlund Ahlgren": a double surname alone, of one the lists give in full.
            let surnamed = local.filter { listed in
                listed.spelling.isFullName && listed.spelling.words.count == writtenSpelling.words.count + 1
                    && listed.spelling.words.dropFirst().elementsEqual(writtenSpelling.words)
            }
            if surnamed.count == 1 { return .person(canonical(surnamed[0].person)) }
            if let entry = entry(named: written.name) {
                return .person(Person(name: entry.name, municipality: entry.municipality))
            }
            return .person(written)  // a full name Minnes has not seen listed: keep it as written
        }
        guard let firstName = words.first else { return .unknown }
        let initial = words.count == 2 ? words[1].first : nil
        let (firstNameKey, foldedFirstName) = (PeopleRegister.firstNameKey(firstName), Folding.key(firstName))
        let fits = { (listed: Listed) -> Bool in
            listed.spelling.firstNameKey == firstNameKey && (initial.map(listed.spelling.hasInitial) ?? true)
                && (written.municipality.map { $0 == listed.person.municipality } ?? true)
        }
        var here = local.filter { $0.spelling.isFullName && fits($0) }
        // "Anneli" beside Anneli Kvist and Annelie Wrede: the one spelled as written.
        let spelled = here.filter { $0.spelling.words.first.map(String.init) == foldedFirstName }
        if here.count > 1, spelled.count == 1 { here = spelled }
        // "Ordförande: Sparrsäter", "Rinnvall (Bjuv)": a surname alone, of one the lists give in full.
        if here.isEmpty, words.count == 1, surnameAlone {
            here = local.filter { listed in
                listed.spelling.isFullName && listed.spelling.words.dropFirst().last.map(String.init) == foldedFirstName
                    && (written.municipality.map { $0 == listed.person.municipality } ?? true)
            }
        }
        // "Wolmers" of one the lists give as Wolmer Fridh, where the name is in the genitive.
        if here.isEmpty, genitive, words.count == 1, firstName.count > 3, firstName.hasSuffix("s") {
            let key = PeopleRegister.firstNameKey(String(firstName.dropLast()))
            here = local.filter { $0.spelling.isFullName && $0.spelling.firstNameKey == key }
        }
        if here.count == 1 { return .person(canonical(here[0].person)) }
        if here.count > 1 { return .ambiguous(here.map { canonical($0.person).name }) }
        let question = Question.firstName(
            firstName, initial: initial.map(String.init), municipality: written.municipality, network: meeting.network)
        known.asked.insert(question)
        let found = known.elsewhere[question]
            ?? Self.elsewhere(firstName, initial: initial, municipality: written.municipality, network: meeting.network, in: register)
        known.elsewhere[question] = found
        // No one read fits, but the lists write someone so ("Måns K." where people are known by an
        // initial): that one.
        if found == .unknown, words.count >= 2, let listed = local.first(where: { $0.spelling.key == writtenSpelling.key }) {
            return .person(canonical(listed.person))
        }
        return found
    }

    /// Whom a first name (with an initial and a kommun, when written) means among everyone read, at a
    /// meeting of network: the one it fits; of several, those who sat in that network's meetings (a
    /// first name means a colleague first, and who else shares it in twenty years of other networks
    /// does not change this reading); else all it fits, or no one.
    static func elsewhere(
        _ firstName: String, initial: Character?, municipality: String?, network: String?, in register: PeopleRegister
    ) -> Lookup {
        var elsewhere = register.matching(firstName: firstName, initial: initial, municipality: municipality)
        if elsewhere.count > 1, let network {
            let colleagues = elsewhere.filter { register.networks(ofEntryNamed: $0.name).contains(network) }
            if !colleagues.isEmpty { elsewhere = colleagues }
        }
        if elsewhere.count == 1 {
            let entry = elsewhere[0]
            return .person(Person(name: entry.name, municipality: municipality ?? entry.municipality))
        }
        if elsewhere.count > 1 { return .ambiguous(elsewhere.map(\.name).sorted()) }
        return .unknown
    }


    func unique(_ people: [Person]) -> [Person] {
        var seen = Set<String>()
        return people.filter { seen.insert(entry(named: $0.name)?.name ?? Folding.key($0.name)).inserted }
    }

    /// A meeting whose minutes name no place was held where the previous minutes of its network
    /// said the next meeting would be ("Nästa möte … 2 oktober i Klippan"), when all that announce
    /// its date agree; announcing: the meetings announcing one, by its date; networks: each
    /// meeting's, inferred or its own.
    static func announcedPlace(of number: Int, in headers: Headers, networks: [Headers.Number], announcing: [Headers.Number: [Int]]) -> Headers.Number {
        let head = headers.heads[number]
        guard head.date != Headers.none else { return Headers.none }
        let network = networks[number]
        var announced = Set<Headers.Number>()
        for other in announcing[head.date] ?? [] {
            guard other != number, networks[other] == Headers.none || network == Headers.none || networks[other] == network,
                headers.heads[other].nextPlace != Headers.none
            else { continue }
            announced.insert(headers.heads[other].nextPlace)
        }
        return announced.count == 1 ? announced.first! : Headers.none
    }

    /// Who was present at the meetings of each network: per name key, per network, how many meetings.
    /// Made once for all meetings, so inferring one meeting's network does not walk all the others.
    struct NetworkAttendance {
        /// By each name key's number: the networks whose meetings listed the name (by their place in
        /// `networks`), each with how many. (A dictionary per name, and one per meeting inferred, were
        /// most of inferring networks: a meeting's people share a few dozen networks at most.)
        private var meetings: [[(network: Int, count: Int)]] = []
        /// The networks the minutes name, by place.
        private var networks: [Headers.Number] = []
        /// Each name's key's number, by the name's number (-1: not yet made).
        private var keyOf: [Int]
        private let headers: Headers

        init(_ headers: Headers) {
            self.headers = headers
            keyOf = Array(repeating: -1, count: headers.strings.count)
            var keys: [String: Int] = [:]
            for number in headers.heads.indices {
                for person in headers.present(of: number) where keyOf[Int(person.name)] < 0 {
                    let key = Folding.key(headers.strings[Int(person.name)])
                    keyOf[Int(person.name)] = keys[key] ?? {
                        keys[key] = keys.count
                        return keys.count - 1
                    }()
                }
            }
            meetings = Array(repeating: [], count: keys.count)
            var placeOf: [Headers.Number: Int] = [:]
            for (number, head) in headers.heads.enumerated() where head.network != Headers.none {
                let place: Int
                if let known = placeOf[head.network] {
                    place = known
                } else {
                    (place, placeOf[head.network]) = (networks.count, networks.count)
                    networks.append(head.network)
                }
                for key in self.keys(of: number) {
                    if let at = meetings[key].firstIndex(where: { $0.network == place }) {
                        meetings[key][at].count += 1
                    } else {
                        meetings[key].append((place, 1))
                    }
                }
            }
        }

        /// The keys of those present at a meeting, each once.
        func keys(of number: Int) -> [Int] {
            var keys = headers.present(of: number).map { keyOf[Int($0.name)] }
            keys.sort()
            // Each once, in place (two more lists a meeting were a twentieth of what an update allocated).
            var kept = 0
            for index in keys.indices where index == 0 || keys[index] != keys[kept - 1] {
                keys[kept] = keys[index]
                kept += 1
            }
            keys.removeLast(keys.count - kept)
            return keys
        }

        /// The network a meeting whose minutes name none belongs to: the one whose meetings share most
        /// of its attendees (at least two, and more than any other network).
        func network(of number: Int) -> Headers.Number {
            guard headers.hasAttendees(number) else { return Headers.none }
            // Per network, how many of its meetings listed each of those present here.
            var shared = [Int](repeating: 0, count: networks.count)
            for key in keys(of: number) {
                for (network, count) in meetings[key] { shared[network] += count }
            }
            var (best, most, next) = (-1, 0, 0)
            for (network, count) in shared.enumerated() where count > 0 {
                if count > most {
                    (best, most, next) = (network, count, most)
                } else if count > next {
                    next = count
                }
            }
            guard best >= 0, most >= 2, next < most else { return Headers.none }
            return networks[best]
        }
    }
}

/// Items numbered in the order first seen: each asked for again gets its number. Told apart by
/// their keys (themselves, unless another is given: names by their bytes).
struct Numbered<Item: Sendable, Key: Hashable & Sendable>: Sendable {
    private(set) var items: [Item]
    private var numbers: [Key: Int]
    private let key: @Sendable (Item) -> Key

    init(_ items: [Item] = [], key: @escaping @Sendable (Item) -> Key) {
        (self.items, self.key) = (items, key)
        numbers = Dictionary(items.enumerated().map { (key($1), $0) }) { first, _ in first }
    }

    mutating func number(_ item: Item) -> Int {
        if let number = numbers[key(item)] { return number }
        numbers[key(item)] = items.count
        items.append(item)
        return items.count - 1
    }
}

extension Numbered where Item == Key {
    init(_ items: [Item] = []) { self.init(items, key: { $0 }) }
}
