import Foundation
import MinnesParse

/// One person per real person, across all minutes read: every spelling seen, the kommun(s) they
/// represented, their roles and meetings. Spellings merge when the first names sound alike
/// (Matilda/Mathilda, Jessika/Jessica) and the surnames sound alike or differ by one letter
/// (Löf/Löv, Hedén/Heden, Edvardsson/Edvardson, Kurve/Kurdve) — never when two of them are listed at
/// the same meeting, and never across different first names or surnames.
public struct PeopleRegister: Sendable {
    public struct Entry: Sendable, Equatable, Codable {
        /// The spelling seen most often (by first name and by surname).
        public var name: String
        /// The kommun represented most often, when any.
        public var municipality: String?
        /// Every other way the minutes wrote this person ("Mikael L", "Marie Klippan", an e-mail).
        public var variants: [String]
        /// How often each kommun was represented.
        public var municipalities: [String: Int]
        public var roles: [String]
        /// The files of the meetings the person was listed at.
        public var meetings: [String]
        /// The items the person raised, as `file#position`.
        public var raised: [String] = []
        /// In a register of names only (`names`): how many meetings `meetings` held. Absent otherwise.
        public var meetingCount: Int? = nil

        public init(
            name: String, municipality: String?, variants: [String], municipalities: [String: Int], roles: [String], meetings: [String],
            raised: [String] = [], meetingCount: Int? = nil
        ) {
            (self.name, self.municipality, self.variants, self.municipalities, self.roles, self.meetings, self.raised, self.meetingCount) =
                (name, municipality, variants, municipalities, roles, meetings, raised, meetingCount)
        }

        /// How many meetings the person was listed at, in a whole register or one of names only.
        var timesListed: Int { meetingCount ?? meetings.count }
    }

    /// The register without where each person was listed or what they raised: what a search needs
    /// (names, spellings, kommuner), a thirtieth of the whole at 10,000 files.
    public static func names(_ entries: [Entry]) -> [Entry] {
        entries.map { entry in
            var named = entry
            (named.meetings, named.raised, named.meetingCount) = ([], [], entry.timesListed)
            return named
        }
    }

    /// Full-name spellings grouped into people; `index` maps every spelling key to its entry.
    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    /// The sound of every spelling key, computed once, by first name's sound: alike names share it.
    private var sounds: [String: [(NameSound, Int)]] = [:]
    /// Every full-name spelling by its first name's sound key: its entry and the initials of its other
    /// words. `matching` asks these, not the whole register, and compares no names itself (it is asked
    /// for every first name of every meeting).
    private var byFirstName: [String: [(entry: Int, initials: [Character])]] = [:]
    /// The networks whose minutes (as they name one) listed each entry, by its place: what a first
    /// name at a meeting of a network is read by (`Resolver.elsewhere`). Counted here, by numbers,
    /// as the entries are made: looked up by file, entry by entry, it was a third of answering the
    /// kept questions.
    private var listedNetworks: [Set<String>] = []
    /// Each entry's `meetings` and `raised` by the numbers of the meetings they name (the headers'
    /// numbers this was made with): what keeping the register numbers them by, without a look-up of
    /// each file by its name (a million at 100,000 files).
    public private(set) var numbered: [MeetingNumbers] = []

    /// An entry's meetings, and its items raised with their positions, by meeting number.
    public struct MeetingNumbers: Sendable {
        public var meetings: [Int]
        public var raised: [(meeting: Int, position: Int)] = []
    }

    public init(meetings: [Meeting]) { self.init(headers: Headers(meetings)) }

    public init(headers: Headers) {
        // Every listing of a full name with its spelling's record (its folded key), then put record by
        // record, each record's in the meetings' order: what a person's entry counts is then side by
        // side, counted in short lists. (Dictionaries of counts per spelling changed listing by
        // listing, and then merged per person, were most of making the register.)
        typealias Listing = (record: Int32, meeting: Int32, person: Headers.Person)
        var recordOf: [String: Int32] = [:], keyOf: [String] = [], listed: [Listing] = []
        // Each name's record (-1: not a full name; -2: not yet looked at).
        var recordOfName = [Int32](repeating: -2, count: headers.strings.count)
        for number in 0..<headers.count {
            for person in headers.people(of: number) {
                let name = Int(person.name)
                if recordOfName[name] == -2 {
                    let written = headers.strings[name]
                    if !Self.isFullName(written) {
                        recordOfName[name] = -1
                    } else {
                        let key = Folding.key(written)
                        recordOfName[name] = recordOf[key] ?? {
                            keyOf.append(key)
                            recordOf[key] = Int32(keyOf.count - 1)
                            return Int32(keyOf.count - 1)
                        }()
                    }
                }
                if recordOfName[name] >= 0 { listed.append((recordOfName[name], Int32(number), person)) }
            }
        }
        // Sorted by record, as counted (each record's listings keep the meetings' order).
        var start = [Int](repeating: 0, count: keyOf.count + 1)
        for listing in listed { start[Int(listing.record) + 1] += 1 }
        for record in keyOf.indices { start[record + 1] += start[record] }
        var place = start
        let byRecord = [Listing](unsafeUninitializedCapacity: listed.count) { sorted, count in
            for listing in listed {
                (sorted.baseAddress! + place[Int(listing.record)]).initialize(to: listing)
                place[Int(listing.record)] += 1
            }
            count = listed.count
        }
        let starts = start
        /// A record's listings, in the meetings' order.
        @Sendable func listings(of record: Int) -> ArraySlice<Listing> { byRecord[starts[record]..<starts[record + 1]] }
        /// The meetings a record was listed at, in order, each once, added to meetings.
        @Sendable func meetings(of record: Int, into meetings: inout [Int]) {
            for listing in listings(of: record) where meetings.last != Int(listing.meeting) { meetings.append(Int(listing.meeting)) }
        }
        // Each meeting's place among the meetings by file, so a person's meetings are sorted as
        // numbers (sorting their files' names, person by person, was a tenth of making the register).
        var rank = [Int](repeating: 0, count: headers.count)
        let byFile = (0..<headers.count).sorted(by: { headers.file($0) < headers.file($1) })
        for (place, number) in byFile.enumerated() { rank[number] = place }
        // The network each meeting's file names: the first of its meetings to name one. A file's
        // meetings are side by side in `byFile` (a dictionary of every file was a tenth of this).
        // And each meeting's file as a number (its place among the files), compared where the names
        // were (one with å, ä or ö is compared in its Unicode form: most of making people's entries).
        var networkOf = [Headers.Number](repeating: Headers.none, count: headers.count)
        var fileOf = [Int](repeating: 0, count: headers.count)
        var first = 0
        while first < byFile.count {
            let file = headers.file(byFile[first])
            var end = first + 1
            while end < byFile.count, headers.file(byFile[end]) == file { end += 1 }
            let naming = byFile[first..<end].filter { headers.heads[$0].network != Headers.none }.min()
            let network = naming.map { headers.heads[$0].network } ?? Headers.none
            for number in byFile[first..<end] { (networkOf[number], fileOf[number]) = (network, first) }
            first = end
        }
        // Merge alike spellings, unless both were listed at one meeting: two people.
        let records = keyOf.indices.sorted { keyOf[$0] < keyOf[$1] }
        let keys = records.map { keyOf[$0] }
        let keySounds = keys.mappedOnEveryCore(NameSound.init)
        let roots = Self.groupAlike(keySounds.map { [$0] }) { i in
            var listedAt: [Int] = []
            meetings(of: records[i], into: &listedAt)
            return listedAt
        }
        var grouped: [Int: [Int]] = [:]
        for i in keys.indices { grouped[roots[i], default: []].append(i) }
        // Each person's entry made on every core: each reads only what the spellings listed say.
        struct Made: Sendable {
            var entry: Entry, meetings: [Int], networks: Set<String>
            /// Each spelling's initials, in the group's order.
            var initials: [[Character]]
        }
        let (ranks, networks, files) = (rank, networkOf, fileOf)
        let groups = grouped.values.sorted(by: { keys[$0[0]] < keys[$1[0]] })
        let made = groups.mappedOnEveryCore { group -> Made in
            var (names, kommuner, roles) = (Tally(), Tally(), Tally())
            var listedAt: [Int] = []
            for i in group {
                for listing in listings(of: records[i]) {
                    names.add(listing.person.name)
                    if listing.person.municipality != Headers.none { kommuner.add(listing.person.municipality) }
                    if listing.person.role != Headers.none { roles.add(listing.person.role) }
                }
                // (Spellings of one person are never listed at one meeting, so no meeting is here twice.)
                meetings(of: records[i], into: &listedAt)
            }
            // (Two numbers are one string when their bytes differ but Swift compares them equal: NFC and NFD.)
            let strings = { (tally: Tally) in
                Dictionary(tally.counts.map { (headers.strings[Int($0.number)], $0.count) }, uniquingKeysWith: +)
            }
            let spellings = strings(names), municipalities = strings(kommuner)
            let name = Self.canonical(spellings)
            // A file once, its first meeting's number beside it.
            var listedFiles: [String] = [], numbered: [Int] = []
            for number in listedAt.sorted(by: { ranks[$0] < ranks[$1] }) where numbered.last.map({ files[$0] != files[number] }) ?? true {
                listedFiles.append(headers.file(number))
                numbered.append(number)
            }
            // (By number first: a string hashed per meeting listed was a sixth of making the register.)
            var listedNetworks = Tally()
            for number in listedAt { listedNetworks.add(networks[number]) }
            let entry = Entry(
                name: name, municipality: Self.mostFrequent(municipalities), variants: spellings.keys.filter { $0 != name }.sorted(),
                municipalities: municipalities, roles: Set(roles.counts.map { headers.strings[Int($0.number)] }).sorted(), meetings: listedFiles)
            return Made(
                entry: entry, meetings: numbered, networks: Set(listedNetworks.counts.compactMap { headers.string($0.number) }),
                initials: group.map { Self.initials(ofKey: keys[$0]) })
        }
        for (group, person) in zip(groups, made) {
            // Its spellings by first name as their keys give them: each spelling (the name too) is a
            // full name whose key is one of these (a Spelling made of each was a tenth of this).
            for (i, initials) in zip(group, person.initials) {
                index[keys[i]] = entries.count
                sounds[keySounds[i].first, default: []].append((keySounds[i], entries.count))
                byFirstName[keySounds[i].first, default: []].append((entries.count, initials))
            }
            entries.append(person.entry)
            numbered.append(MeetingNumbers(meetings: person.meetings))
            listedNetworks.append(person.networks)
        }
    }

    /// How often each string (by its number) was given: in a short list while there are few (most
    /// people are written one way, from one kommun, in a few roles), looked up in a dictionary once
    /// there are more (a list searched for each of thousands of listings would be quadratic).
    struct Tally {
        private(set) var counts: [(number: Headers.Number, count: Int)] = []
        private var places: [Headers.Number: Int]?

        mutating func add(_ number: Headers.Number) {
            let place = if let places { places[number] } else { counts.firstIndex { $0.number == number } }
            if let place {
                counts[place].count += 1
                return
            }
            counts.append((number, 1))
            if places != nil {
                places![number] = counts.count - 1
            } else if counts.count > 16 {
                places = Dictionary(uniqueKeysWithValues: counts.enumerated().map { ($1.number, $0) })
            }
        }
    }

    /// The first letters of a folded name's words after the first, each once (a name has a few).
    static func initials(ofKey key: some StringProtocol) -> [Character] {
        var initials: [Character] = []
        func add(_ initial: Character) { if !initials.contains(initial) { initials.append(initial) } }
        // A word's first scalar is its first letter (`charactersAreScalars`): no words split nor
        // Characters made of them, which was a fifth of making the register.
        guard key.charactersAreScalars else {
            for word in key.split(separator: " ").dropFirst() { word.first.map(add) }
            return initials
        }
        var (inWord, words) = (false, 0)
        for scalar in key.unicodeScalars {
            if scalar == " " {
                inWord = false
            } else if !inWord {
                (inWord, words) = (true, words + 1)
                if words > 1 { add(Character(scalar)) }
            }
        }
        return initials
    }

    private mutating func indexFirstName(of name: String, at position: Int) {
        // (Most variants learned are not full names, "Anna" or "Anna E": not made a Spelling.)
        guard Self.isFullName(name) else { return }
        let spelling = Spelling(name)
        guard let firstNameKey = spelling.firstNameKey else { return }
        byFirstName[firstNameKey, default: []].append((position, spelling.initials))
    }

    /// A written name's keys, as names are compared: folded, its words, its first name's sound key
    /// and the first letters of its other words.
    struct Spelling {
        let key: String
        let words: [Substring]
        let firstNameKey: String?
        let initials: [Character]
        let isFullName: Bool

        init(_ name: String) {
            key = Folding.key(name)
            words = key.wordsApartBySpaces()
            firstNameKey = words.first.map { PeopleRegister.firstNameKey(String($0)) }
            initials = PeopleRegister.initials(ofKey: key)
            isFullName = PeopleRegister.isFullName(name)
        }

        /// Whether a written initial ("B" of "Marie B") is the first letter of one of its other words.
        func hasInitial(_ initial: Character) -> Bool { PeopleRegister.initial(initial, isIn: initials) }
    }

    /// Whether a written initial, folded, is one of initials (first letters of folded words).
    static func initial(_ initial: Character, isIn initials: [Character]) -> Bool {
        Folding.key(String(initial)).first.map(initials.contains) ?? false
    }

    /// The person a full name means: a spelling seen, or one that sounds alike (unless that fits two).
    public func entry(named name: String) -> Entry? {
        position(of: name).map { entries[$0] }
    }

    func position(of name: String) -> Int? {
        let key = Folding.key(name)
        if let position = index[key] { return position }
        guard Self.isFullName(name) else { return nil }
        let sound = NameSound(key)
        let alike = Set((sounds[sound.first] ?? []).filter { $0.0.isAlike(sound) }.map(\.1))
        return alike.count == 1 ? alike.first : nil
    }

    /// The networks whose minutes listed the entry named so (its `name`), as the minutes name them.
    func networks(ofEntryNamed name: String) -> Set<String> {
        index[Folding.key(name)].map { listedNetworks[$0] } ?? []
    }

    /// Adds what each meeting taught (by its number, in order; their names numbered in names, as a
    /// `Resolution` keeps them). Each name looked up once, and a variant taught again to the same
    /// person known by its number: the same few thousand are taught at thousands of meetings.
    mutating func learn(_ lessons: [[Lesson]], names: [String], files file: (Int) -> String) {
        var positions = [Int](repeating: -2, count: names.count)  // -2: not looked up; -1: no one
        var taught = Set<Int64>()
        func place(_ name: Int32) -> Int? {
            if positions[Int(name)] == -2 { positions[Int(name)] = position(of: names[Int(name)]) ?? -1 }
            return positions[Int(name)] >= 0 ? positions[Int(name)] : nil
        }
        for (meeting, lessons) in lessons.enumerated() where !lessons.isEmpty {
            let file = file(meeting)
            for lesson in lessons {
                switch lesson {
                case .variant(let variant, let name):
                    guard let at = place(name), taught.insert(Int64(at) << 32 | Int64(variant)).inserted else { continue }
                    addVariant(names[Int(variant)], at: at)
                case .raised(let item, let name):
                    guard let at = place(name) else { continue }
                    addRaised(item, of: file, meeting: meeting, at: at)
                }
            }
        }
    }

    /// Records another way the minutes wrote the person at position ("Mikael L", an e-mail address).
    mutating func addVariant(_ variant: String, at position: Int) {
        if variant != entries[position].name, !entries[position].variants.contains(variant) {
            entries[position].variants.append(variant)
            indexFirstName(of: variant, at: position)
        }
    }

    /// Records an item (`file#position`) the person at position raised. A meeting's items are learned
    /// together (`learn`: in the meetings' order, each meeting's at once), so one learned twice is
    /// among the last the person raised, of its file: those are looked through from where that file's
    /// began (looking through all they raised made adding them quadratic; a set of the last file's
    /// items, made for each person at each file, was a tenth of what an update allocated).
    mutating func addRaised(_ item: Int, of file: String, meeting: Int, at position: Int) {
        if raisedLast.isEmpty { raisedLast = Array(repeating: nil, count: entries.count) }
        // (The file's name compared as bytes: two files' names compared as Strings, with å, ä or ö,
        // are put in their Unicode form first.)
        if let last = raisedLast[position], UTF8Key(last.file) == UTF8Key(file) {
            guard !numbered[position].raised[last.start...].contains(where: { $0.position == item }) else { return }
        } else {
            raisedLast[position] = (file, numbered[position].raised.count)
        }
        numbered[position].raised.append((meeting, item))
        guard !raisedByNumberOnly else { return }
        // (Made at its size: interpolated, the file's name grew it again.)
        var raised = ""
        raised.reserveCapacity(file.utf8.count + 21)
        raised += file
        raised += "#"
        raised += String(item)
        entries[position].raised.append(raised)
    }

    /// Whether an item raised is kept by its meeting's number alone (in `numbered`), its entry's
    /// `raised` left empty: the index keeps the register by number, and a `file#position` String made
    /// for each of every meeting's items raised, on every update, was most of adding them.
    public var raisedByNumberOnly = false

    /// By each entry's place: the file whose items it was last given, and where in its `numbered`
    /// items raised they start.
    private var raisedLast: [(file: String, start: Int)?] = []

    /// People whose first name (and surname initial, and kommun, when given) fit.
    func matching(firstName: String, initial: Character?, municipality: String?) -> [Entry] {
        var fitting = Set<Int>()
        for spelling in byFirstName[Self.firstNameKey(firstName)] ?? [] where initial.map({ Self.initial($0, isIn: spelling.initials) }) ?? true {
            fitting.insert(spelling.entry)
        }
        return fitting.sorted().map { entries[$0] }.filter { entry in municipality.map { entry.municipalities[$0] != nil } ?? true }
    }

    /// The people a name means among entries (`Names`, made for one name).
    public static func named(_ name: String, among entries: [Entry]) -> [Entry] { Names(entries).named(name) }

    /// Who a name means among a register's entries, looked up by each spelling's folded form and
    /// words rather than by folding every spelling for every name asked (a few milliseconds a person
    /// filter over the register of a million documents): made once for a register, asked often.
    public struct Names: Sendable {
        public let entries: [Entry]
        /// Each entry's name folded, and each variant folded, to the first entry of it.
        private var byName: [String: Int] = [:], byVariant: [String: Int] = [:]
        /// Each word of any spelling, folded, to the entries one of whose spellings holds it, in order.
        private var byWord: [String: [Int]] = [:]
        /// Each entry's spellings as folded words, each spelling twice when a surname is double: as
        /// written and with its parts apart.
        private var words: [[[String]]] = []

        public init(_ entries: [Entry]) {
            self.entries = entries
            words.reserveCapacity(entries.count)
            for (index, entry) in entries.enumerated() {
                let spellings = ([entry.name] + entry.variants).map { Folding.key($0) }
                if byName[spellings[0]] == nil { byName[spellings[0]] = index }
                for variant in spellings.dropFirst() where byVariant[variant] == nil { byVariant[variant] = index }
                let split = spellings.flatMap { spelling in
                    let words = spelling.split(separator: " ").map(String.init), parted = Self.parted(words)
                    return parted == words ? [words] : [words, parted]
                }
                for word in Set(split.joined()) { byWord[word, default: []].append(index) }
                words.append(split)
            }
        }

        /// A name's words with a double surname's parts apart (`lindberg-mohlin`: two), not a double
        /// first name's (`anna-karin` is no Anna, nor Karin).
        static func parted(_ words: [String]) -> [String] {
            Array(words.prefix(1)) + words.dropFirst().flatMap { $0.split(separator: "-").map(String.init) }
        }

        /// The one person a full name is (as an entry names them, a spelling it knows, or the one
        /// alike), else everyone one of whose spellings holds its words whole and in order (a first
        /// name, a surname, a part of a double one: `Kurdve`, `Marie`, `Mohlin`; a full name the
        /// register does not know: whoever's spelling holds it), in the entries' order.
        public func named(_ name: String) -> [Entry] {
            let key = Folding.key(name)
            if isFullName(name), let index = byName[key] ?? byVariant[key] ?? onlyAlike(key) { return [entries[index]] }
            let asked = key.split(separator: " ").map(String.init)
            guard let first = asked.first else { return [] }
            return (byWord[first] ?? []).filter { index in
                words[index].contains { parts in
                    parts.count >= asked.count && (0...(parts.count - asked.count)).contains { parts[$0..<($0 + asked.count)].elementsEqual(asked) }
                }
            }.map { entries[$0] }
        }

        /// The one entry whose name is alike (as the register merges spellings), none when several are.
        private func onlyAlike(_ key: String) -> Int? {
            let alike = entries.indices.filter { sameName(Folding.key(entries[$0].name), key) }
            return alike.count == 1 ? alike[0] : nil
        }
    }

    /// Several archives' registers as one, by the rules each was made with: spellings alike merge,
    /// but never two people one archive kept apart (they were listed at one meeting there, or are
    /// different people by name). Meetings and raised items are named `archive:file`.
    public static func merged(_ registers: [(archive: String, entries: [Entry])]) -> [Entry] {
        var all: [(archive: Int, entry: Entry)] = []
        for (number, register) in registers.enumerated() {
            for var entry in register.entries {
                entry.meetings = entry.meetings.map { register.archive + ":" + $0 }
                entry.raised = entry.raised.map { register.archive + ":" + $0 }
                all.append((number, entry))
            }
        }
        func spellings(_ entry: Entry) -> [String] {
            ([entry.name] + entry.variants).filter(isFullName).map(Folding.key)
        }
        // Entries whose spellings are alike are one person, while a person holds at most one entry
        // of an archive.
        let roots = groupAlike(all.map { spellings($0.entry).map(NameSound.init) }) { [all[$0].archive] }
        var groups: [Int: [Entry]] = [:]
        for i in all.indices { groups[roots[i], default: []].append(all[i].entry) }
        return groups.keys.sorted().map { key in
            let group = groups[key]!
            guard group.count > 1 else { return group[0] }
            // The name seen at the most meetings; every other spelling a variant.
            var names: [String: Int] = [:], kommuner: [String: Int] = [:]
            for entry in group {
                names[entry.name, default: 0] += entry.timesListed
                kommuner.merge(entry.municipalities, uniquingKeysWith: +)
            }
            let name = mostFrequent(names)!
            let variants = Set(group.flatMap { [$0.name] + $0.variants }).subtracting([name]).sorted()
            let namesOnly = group.contains { $0.meetingCount != nil }
            return Entry(
                name: name, municipality: mostFrequent(kommuner), variants: variants, municipalities: kommuner,
                roles: Set(group.flatMap(\.roles)).sorted(), meetings: group.flatMap(\.meetings).sorted(),
                raised: group.flatMap(\.raised).sorted(),
                meetingCount: namesOnly ? group.map(\.timesListed).reduce(0, +) : nil)
        }
    }

    /// Union-find over items alike by sound: two are merged when any of their sounds are alike and
    /// their tags (the meetings a spelling was listed at, the archive an entry comes from: numbers,
    /// ascending, each once) have none in common, else they are two people. Only items sharing a first
    /// name's sound are compared (all pairs of a large register took most of a run). Each item's
    /// group, as the index of its root. An item's tags are asked of `tagsOf` when it is first
    /// compared: most are alike no other. (Compared and joined as ordered lists: as sets, hashing
    /// every meeting of both was most of grouping.)
    static func groupAlike(_ sounds: [[NameSound]], tags tagsOf: (Int) -> [Int]) -> [Int] {
        var parent = Array(sounds.indices), tags = [[Int]?](repeating: nil, count: sounds.count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        var byFirst: [String: [Int]] = [:]
        for (i, item) in sounds.enumerated() {
            for first in Set(item.map(\.first)) { byFirst[first, default: []].append(i) }
        }
        for first in byFirst.keys.sorted() {
            let group = byFirst[first]!
            for (n, i) in group.enumerated() {
                for j in group[(n + 1)...] where sounds[i].contains(where: { a in sounds[j].contains { a.isAlike($0) } }) {
                    let (a, b) = (root(i), root(j))
                    guard a != b else { continue }
                    // (A root's tags are its own until it takes another's.)
                    if tags[a] == nil { tags[a] = tagsOf(a) }
                    if tags[b] == nil { tags[b] = tagsOf(b) }
                    guard let joined = Self.joined(tags[a]!, tags[b]!) else { continue }
                    parent[b] = a
                    tags[a] = joined
                }
            }
        }
        return sounds.indices.map(root)
    }

    /// Two ascending lists of numbers as one, or nil when they hold one alike.
    static func joined(_ a: [Int], _ b: [Int]) -> [Int]? {
        var joined: [Int] = [], (i, j) = (0, 0)
        joined.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                joined.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                joined.append(b[j])
                j += 1
            } else {
                return nil
            }
        }
        return joined
    }

    // MARK: Names

    /// Two or more words, the last more than an initial: "Marie Brynbo", not "Marie" or "Marie B".
    public static func isFullName(_ name: String) -> Bool {
        let words = name.wordsApartBySpaces()
        // (Not Foundation's substring search: this is asked of every name of every meeting; its
        // letters counted up to two, not gathered into a string.)
        guard words.count >= 2, !words.last!.contains(where: { $0 == "@" }) else { return false }
        var letters = 0
        for character in words.last! where character.isLetter {
            letters += 1
            if letters > 1 { return true }
        }
        return false
    }

    /// Whether two folded full names are spellings of one name.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        NameSound(a).isAlike(NameSound(b))
    }

    /// How a folded full name sounds: its first name's key, its surname and the surname's key.
    struct NameSound {
        let first: String
        let surname: String
        let surnameKey: String
        /// The surname's letters, counted once: it is compared with every other of the same first name.
        let letters: [Character]

        init(_ key: String) {
            let words = key.wordsApartBySpaces()
            first = PeopleRegister.firstNameKey(String(words.first ?? ""))
            surname = words.dropFirst().joined(separator: " ")
            surnameKey = PeopleRegister.soundKey(surname)
            letters = Array(surname)
        }

        /// Same first name by sound, and surnames alike by sound or one letter apart.
        func isAlike(_ other: NameSound) -> Bool {
            guard first == other.first else { return false }
            if surnameKey == other.surnameKey { return true }
            return min(letters.count, other.letters.count) >= 5 && abs(letters.count - other.letters.count) <= 1
                && PeopleRegister.withinOneEdit(letters, other.letters)
        }
    }

    static func firstNameKey(_ name: String) -> String {
        var key = soundKey(name)
        if key.hasSuffix("ie") { key.removeLast() }  // Annelie/Anneli
        return key
    }

    /// A Swedish sound key in the spirit of SfinxBis: spellings that sound alike share it.
    static func soundKey(_ text: String) -> String {
        // (A name's key's words are folded already: not folded again, and read as bytes, the key
        // made on the stack: three lists a key were a twentieth of what an update allocated.)
        if isFolded(text) { return asciiSoundKey(text) }
        let folded = Folding.key(text)
        // Letters compared as scalars where each is one (as Characters, this was a tenth of making
        // the register).
        if folded.charactersAreScalars {
            return String(String.UnicodeScalarView(sounded(Array(folded.unicodeScalars)) { $0 }))
        }
        return String(sounded(Array(folded)) { Character($0) })
    }


    /// `soundKey` of folded text (lowercase ASCII letters): `sounded`'s rules over its bytes, the key
    /// made in a buffer on the stack.
    private static func asciiSoundKey(_ text: String) -> String {
        var text = text
        return text.withUTF8 { letters in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * letters.count + 1) { key in
                var count = 0
                sounded(letters, { UInt8(ascii: $0) }) { (key[count], count) = ($0, count + 1) }
                return String(decoding: UnsafeBufferPointer(rebasing: key[..<count]), as: UTF8.self)
            }
        }
    }

    /// Whether `Folding.key` gives text back as it is: lowercase ASCII letters, words single-spaced.
    static func isFolded(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            guard byte == 0x20 ? previous != 0x20 : (0x61...0x7A).contains(byte) else { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// th→t, ph→f, ck/ch→k, qu→kv, dt→t; q/c→k, z→s, x→ks, w/v→f; then doubled letters once.
    /// `letter` makes a letter of the element type (a scalar or a Character).
    static func sounded<Letter: Equatable>(_ letters: [Letter], _ letter: (Unicode.Scalar) -> Letter) -> [Letter] {
        var key: [Letter] = []
        key.reserveCapacity(letters.count + 2)
        sounded(letters, letter) { key.append($0) }
        return key
    }

    /// The rules of `sounded`, each letter of the key handed to `add` in turn, a letter the same as
    /// the one before it not handed again (doubled letters once).
    static func sounded<Letters: RandomAccessCollection>(
        _ letters: Letters, _ letter: (Unicode.Scalar) -> Letters.Element, add: (Letters.Element) -> Void
    ) where Letters.Element: Equatable, Letters.Index == Int {
        let (c, d, f, h, k, p, q, s) = (letter("c"), letter("d"), letter("f"), letter("h"), letter("k"), letter("p"), letter("q"), letter("s"))
        let (t, u, v, w, x, z, space) = (letter("t"), letter("u"), letter("v"), letter("w"), letter("x"), letter("z"), letter(" "))
        var last: Letters.Element?
        func put(_ each: Letters.Element) {
            if each != last { add(each) }
            last = each
        }
        var index = letters.startIndex
        while index < letters.endIndex {
            let current = letters[index], next = index + 1 < letters.endIndex ? letters[index + 1] : space
            index += 1
            if (current == t && next == h) || (current == d && next == t) {
                put(t)
            } else if current == p && next == h {
                put(f)
            } else if current == c && (next == k || next == h) {
                put(k)
            } else if current == q && next == u {
                put(k)
                put(f)
            } else {
                if current == q || current == c {
                    put(k)
                } else if current == z {
                    put(s)
                } else if current == x {
                    put(k)
                    put(s)
                } else if current == w || current == v {
                    put(f)
                } else {
                    put(current)
                }
                continue
            }
            index += 1  // the pair's second letter, taken with the first
        }
    }

    /// Whether b is a, or a with one letter changed, added or dropped (an edit distance of at most
    /// one), looked at once, letter by letter: asked of every two surnames of one first name, a
    /// table of distances made for each pair was a fifth of making the register.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var (s, l, edited) = (0, 0, false)
        while s < short.count, l < long.count {
            if short[s] == long[l] {
                (s, l) = (s + 1, l + 1)
                continue
            }
            guard !edited else { return false }
            edited = true
            // Of the same length a letter changed, else one added to the longer.
            if short.count == long.count { s += 1 }
            l += 1
        }
        // What is left over is one letter at the end, if any.
        return !edited || long.count - l + short.count - s == 0
    }

    /// The most frequent first name with the most frequent surname, when that spelling was seen;
    /// a surname written in lower case is capitalised.
    static func canonical(_ spellings: [String: Int]) -> String {
        // (One spelling is the name: most people are written one way.)
        guard spellings.count > 1 else { return Person.capitalised(spellings.first!.key) }
        var firsts: [String: Int] = [:], lasts: [String: Int] = [:]
        for (name, count) in spellings {
            let words = name.split(separator: " ", maxSplits: 1)
            firsts[String(words[0]), default: 0] += count
            lasts[String(words[1]), default: 0] += count
        }
        let combined = "\(mostFrequent(firsts)!) \(mostFrequent(lasts)!)"
        return Person.capitalised(spellings[combined] != nil ? combined : mostFrequent(spellings)!)
    }

    static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
