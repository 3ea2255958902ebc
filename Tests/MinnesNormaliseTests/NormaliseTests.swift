import Foundation
import MinnesParse
import Testing

@testable import MinnesNormalise

@Suite struct PeopleRegisterTests {
    func register(_ lists: [[String]]) -> PeopleRegister {
        PeopleRegister(meetings: lists.enumerated().map { number, names in
            Meeting(file: "\(number).txt", title: "", attendees: names.map { Person(name: $0) })
        })
    }

    @Test(arguments: [
        ("Matilda Hedén", "Mathilda Heden"), ("Jessika Nilsson", "Jessica Nilsson"), ("Anette Edvardsson", "Annette Edvardson"),
        ("Annelie Börjesdotter", "Anneli Börjesdotter"), ("Filippa Kurdve", "Filipa Kurve"), ("Sanna Löf", "Sanna Löv"),
        ("Ulrik Alm", "Ulrik alm"),
    ])
    func spellingsOfOnePersonMerge(a: String, b: String) {
        let people = register([[a], [b]])
        #expect(people.entries.count == 1)
        #expect(Set([people.entries.first?.name ?? ""] + (people.entries.first?.variants ?? [])) == [a, b])
    }

    /// A person's spellings, kommuner and roles are counted alike however many there are: in the
    /// order first given, each as often as given (past the short list's length too).
    @Test(arguments: [1, 5, 16, 17, 40, 300])
    func countsAreTheSameFewOrMany(distinct: Int) {
        // Every value given, in an order that is not theirs, some more often than others.
        let given = (0..<(distinct * 5)).map { Headers.Number(($0 * 7 + $0 / 3) % distinct) }
        var tally = PeopleRegister.Tally()
        given.forEach { tally.add($0) }
        var firstSeen: [Headers.Number] = []
        for number in given where !firstSeen.contains(number) { firstSeen.append(number) }
        #expect(tally.counts.map(\.number) == firstSeen)
        #expect(tally.counts.map(\.count) == firstSeen.map { number in given.filter { $0 == number }.count })
    }

    /// Who is listed twice at a meeting (present and chairing) was there once; someone given another
    /// role at every meeting has them all; two files whose names are one to Swift (NFC and NFD) are
    /// one file of a person's, as the corpus walk lists them side by side.
    @Test func aPersonsMeetingsAndRolesAreEachOnce() {
        let roles = (1...30).map { "ordförande för punkt \($0)" }
        var meetings = roles.enumerated().map { number, role in
            Meeting(
                file: "m\(number).txt", title: "", attendees: [Person(name: "Anna Berg", municipality: "Bjuv")],
                chairs: [Person(name: "Anna Berg", role: role)])
        }
        meetings += ["Mo\u{308}te.txt", "Möte.txt"].map { Meeting(file: $0, title: "", attendees: [Person(name: "Anna Berg")]) }
        let anna = PeopleRegister(meetings: meetings).entry(named: "Anna Berg")
        #expect(anna?.meetings.count == 31)
        #expect(anna?.meetings.filter { $0 == "Möte.txt" }.count == 1)
        #expect(anna?.roles == roles.sorted())
        #expect(anna?.municipalities == ["Bjuv": 30] && anna?.municipality == "Bjuv")
    }

    /// A name's display spelling: a word written in lower case capitalised, not a particle after
    /// the first word ("quinten de waal", as a list in lower case writes it, is "Quinten de Waal").
    @Test func aNamesParticleStaysInLowerCase() {
        let people = PeopleRegister(meetings: [
            Meeting(file: "a.txt", title: "", attendees: [Person(name: "quinten de waal"), Person(name: "Ebba von Platen"), Person(name: "Per holm")]),
        ])
        #expect(people.entries.map(\.name).sorted() == ["Ebba von Platen", "Per Holm", "Quinten de Waal"])
    }

    /// A meeting's network is the one its file names: the first of the file's meetings that names one
    /// (an e-mail's parts), wherever they are among the meetings.
    @Test func aPersonIsListedInTheNetworkTheirMeetingsFileNames() {
        let people = PeopleRegister(meetings: [
            Meeting(file: "mejl.eml", title: "", attendees: [Person(name: "Anna Berg")]),
            Meeting(file: "annat.txt", title: "", network: "Socialchefsnätverket", attendees: [Person(name: "Anna Berg")]),
            Meeting(file: "mejl.eml", title: "", network: "IFO-chefsnätverket", attendees: [Person(name: "Per Holm")]),
            Meeting(file: "mejl.eml", title: "", network: "Missbruksnätverket", attendees: [Person(name: "Ola Ek")]),
            Meeting(file: "ensam.txt", title: "", attendees: [Person(name: "Eva Lind")]),
        ])
        #expect(people.networks(ofEntryNamed: "Anna Berg") == ["IFO-chefsnätverket", "Socialchefsnätverket"])
        #expect(people.networks(ofEntryNamed: "Ola Ek") == ["IFO-chefsnätverket"])
        #expect(people.networks(ofEntryNamed: "Eva Lind").isEmpty)
    }

    @Test(arguments: [
        ("Jessika Nilsson", "Jessica Alfredson"), ("Mikael Lindberg", "Johan Lindberg"), ("Anette Edvardsson", "Annette Lindberg Mohlin"),
        ("Cecilia Andersson", "Annika Andersson"), ("Mikael Lindberg", "Mikael Bogarve"), ("Anna Berg", "Anna Borg"),
    ])
    func differentPeopleStayApart(a: String, b: String) {
        #expect(register([[a], [b]]).entries.count == 2)
    }

    /// Three spellings alike, two of them listed at one meeting: the first takes in the one it never
    /// met, and the other stays a person of its own, as the meetings of the two merged say (not only
    /// those of the first).
    @Test func aSpellingListedWithOneOfAMergedPairStaysApart() {
        let people = register([["Sanna Löf"], ["Sanna Löv", "Sanna Löw"], ["Sanna Löw"]])
        #expect(people.entries.count == 2, "\(people.entries.map(\.name))")
        let merged = people.entries.first { $0.variants.count == 1 }
        #expect(Set([merged?.name ?? ""] + (merged?.variants ?? [])) == ["Sanna Löf", "Sanna Löv"])
        #expect(merged?.meetings == ["0.txt", "1.txt"])
        #expect(people.entries.first { $0.variants.isEmpty }?.meetings == ["1.txt", "2.txt"])
    }

    /// The one-edit check surnames are compared by is the edit distance's at most one, for every
    /// pair of words of up to four letters of three (ö and a letter with a combining mark among them).
    @Test func withinOneEditIsAnEditDistanceOfAtMostOne() {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in stride(from: 1, through: a.count, by: 1) {
                var (previous, next) = (row[0], [i])
                for j in stride(from: 1, through: b.count, by: 1) {
                    next.append(min(row[j] + 1, next[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1)))
                    previous = row[j]
                }
                row = next
            }
            return row[b.count]
        }
        let letters: [Character] = ["a", "ö", "e\u{301}"]
        var words: [[Character]] = [[]]
        for _ in 0..<4 { words += words.filter { $0.count == words.last!.count }.flatMap { word in letters.map { word + [$0] } } }
        var (pairs, near) = (0, 0)
        for a in words {
            for b in words {
                let expected = distance(a, b) <= 1
                #expect(PeopleRegister.withinOneEdit(a, b) == expected, "\(String(a)) / \(String(b))")
                (pairs, near) = (pairs + 1, near + (expected ? 1 : 0))
            }
        }
        #expect(words.count == 1 + 3 + 9 + 27 + 81 && pairs == 121 * 121 && near == 1_621)
    }

    /// The sound key, read as scalars where every letter is below U+0300, is what it is read as
    /// Characters: for every word of up to four of letters that its rules join (th, ph, ck, ch, qu,
    /// dt) and fold (c, q, x, z, w, v), doubled, beside å, ö and a letter with a combining mark.
    @Test func theSoundKeyReadsAlikeAsScalarsAndAsCharacters() {
        let letters = ["t", "h", "p", "c", "k", "q", "u", "d", "x", "z", "w", "v", "f", "s", "a", "å", "ö", "e\u{301}", " "]
        var words = [""], checked = 0
        for _ in 0..<4 { words = words.flatMap { word in letters.map { word + $0 } } }
        for word in words {
            let folded = Folding.key(word)
            let asCharacters = String(PeopleRegister.sounded(Array(folded)) { Character($0) })
            #expect(PeopleRegister.soundKey(word) == asCharacters, "\(word)")
            checked += 1
        }
        #expect(checked == 19 * 19 * 19 * 19)
        #expect(PeopleRegister.soundKey("Mathilda") == PeopleRegister.soundKey("Matilda"))
        #expect(PeopleRegister.soundKey("Zacke") == "sake" && PeopleRegister.soundKey("Qvist") == "kfist")
    }

    /// Two spellings' meetings are joined as one ascending list when they share none, as sets say:
    /// for every two subsets of six meetings.
    @Test func meetingsAreJoinedOnlyWhenTheyShareNone() {
        let subsets = (0..<64).map { mask in (0..<6).filter { mask & (1 << $0) != 0 } }
        for a in subsets {
            for b in subsets {
                let joined = PeopleRegister.joined(a, b)
                #expect(joined == (Set(a).isDisjoint(with: b) ? Set(a).union(b).sorted() : nil), "\(a) \(b)")
            }
        }
    }

    /// A full name is two words or more, the last of two letters or more and no e-mail address.
    @Test(arguments: [
        ("Marie Brynbo", true), ("Marie", false), ("Marie B", false), ("Marie B.", false), ("Marie Bö", true), ("Anna  Ek", true),
        ("Anna Ö1", false), ("Anna e\u{301}k", true), ("Anna anna@bjuv.se", false), ("Anna-Lena af Ek", true), ("", false),
    ])
    func aFullNameIsTwoWordsTheLastOfTwoLetters(name: String, full: Bool) {
        #expect(PeopleRegister.isFullName(name) == full)
    }

    /// A name's initials, read as scalars where every letter is below U+0300, are the first letters
    /// of its words after the first, each once: for every text of up to five of letters, spaces and
    /// a letter with a combining mark.
    @Test func aNamesInitialsAreTheFirstLettersOfItsOtherWords() {
        let letters = ["a", "b", "å", " ", "e\u{301}", "ö"]
        var texts = [""], checked = 0
        for _ in 0..<5 { texts = texts.flatMap { text in letters.map { text + $0 } } }
        for text in texts {
            let initials = PeopleRegister.initials(ofKey: text)
            let expected = text.split(separator: " ").dropFirst().compactMap(\.first)
            #expect(Set(initials) == Set(expected) && initials.count == Set(initials).count, "\(text.debugDescription)")
            checked += 1
        }
        #expect(checked == 7_776 && PeopleRegister.initials(ofKey: "anna  b berg") == ["b"])
    }

    /// What the sound key takes as folded already is what folding gives back as it is: for every
    /// text of up to six of a, z, A, å, a space and a tab.
    @Test func whatIsTakenAsFoldedFoldsToItself() {
        let letters = ["a", "z", "A", "å", " ", "\t"]
        var texts = [""], folded = 0
        for _ in 0..<6 {
            texts = texts.flatMap { text in letters.map { text + $0 } }
            for text in texts where PeopleRegister.isFolded(text) {
                #expect(Folding.key(text) == text, "\(text.debugDescription)")
                folded += 1
            }
        }
        #expect(folded > 100 && PeopleRegister.isFolded("anna berg") && !PeopleRegister.isFolded("anna  berg") && !PeopleRegister.isFolded(" anna"))
        #expect(!PeopleRegister.isFolded("Anna") && !PeopleRegister.isFolded("åsa") && !PeopleRegister.isFolded("") && !PeopleRegister.isFolded("anna "))
    }

    /// A first name (with an initial) finds everyone whose spellings, the name or another, it fits:
    /// the spellings are looked up by their first names' sound.
    @Test func aFirstNameFindsEveryoneAnyOfWhoseSpellingsItFits() {
        let people = register([["Mathilda Hedén", "Jessica Berg"], ["Matilda Heden"], ["Matilda Ek"], ["Jessika Nilsson"], ["Mats Ek"]])
        let names = { (first: String, initial: Character?) in
            people.matching(firstName: first, initial: initial, municipality: nil).map(\.name).sorted()
        }
        #expect(names("Matilda", nil) == ["Mathilda Hedén", "Matilda Ek"])
        #expect(names("Mathilda", "H").count == 1 && names("Matilda", "E") == ["Matilda Ek"])
        #expect(names("Jessica", nil) == ["Jessica Berg", "Jessika Nilsson"] && names("Jessika", "N") == ["Jessika Nilsson"])
        #expect(names("Mats", "E") == ["Mats Ek"] && names("Mats", "B").isEmpty && names("Ulla", nil).isEmpty)
        // "Anna K." is Anna Carlsson, once written Karlsson: found by that spelling's initial too.
        let carlsson = register([["Anna Carlsson"], ["Anna Carlsson"], ["Anna Karlsson"]])
        #expect(carlsson.entries.map(\.name) == ["Anna Carlsson"])
        #expect(carlsson.matching(firstName: "Anna", initial: "K", municipality: nil).map(\.name) == ["Anna Carlsson"])
        #expect(carlsson.matching(firstName: "Ana", initial: "C", municipality: nil).map(\.name) == ["Anna Carlsson"])
    }

    @Test func twoAlikeNamesListedAtOneMeetingAreTwoPeople() {
        #expect(register([["Anna Lindqvist", "Anna Lindkvist"]]).entries.count == 2)
        #expect(register([["Anna Lindqvist"], ["Anna Lindkvist"]]).entries.count == 1)
    }

    @Test func aRegisterOfNamesOnlyMergesAcrossArchivesAsTheWholeOneDoes() {
        // Archive a lists "Matilda Heden" at three meetings, b "Matilda Hedén" at one: a's spelling is
        // the name, by meetings, whether the registers hold their meetings or only how many.
        let a = register([["Matilda Heden"], ["Matilda Heden"], ["Matilda Heden", "Olle Ek"]]).entries
        let b = register([["Matilda Hedén"]]).entries
        let whole = PeopleRegister.merged([("a", a), ("b", b)])
        let names = PeopleRegister.merged([("a", PeopleRegister.names(a)), ("b", PeopleRegister.names(b))])
        #expect(whole.map(\.name) == ["Matilda Heden", "Olle Ek"])
        #expect(names.map(\.name) == whole.map(\.name) && names.map(\.variants) == whole.map(\.variants))
        #expect(names.allSatisfy { $0.meetings.isEmpty && $0.raised.isEmpty })
        #expect(names.map(\.meetingCount) == [4, 1] && whole.allSatisfy { $0.meetingCount == nil })
    }

    @Test func theCanonicalNameIsTheMostFrequentFirstNameWithTheMostFrequentSurname() {
        let people = register([["Matilda Heden"], ["Matilda Hedén"], ["Mathilda Hedén"]])
        #expect(people.entries.map(\.name) == ["Matilda Hedén"])
    }
}

@Suite struct SynonymFileTests {
    @Test func groupsAreReadAndBadLinesReportedByNumber() {
        let (groups, problems) = Synonyms.parse("""
            # comment
            Helsingborg = Hbg = Hgb

            ekonomiskt bistånd = försörjningsstöd
            just one expression
            Hbg = Helsingborgs stad
            a = = b
            """)
        #expect(groups.map(\.key) == ["helsingborg", "ekonomiskt_bistand"])
        #expect(groups[1].phrases.contains("ekonomiskt bistånd") && groups[1].phrases.contains("ekonomiskt bistand"))
        #expect(problems.map(\.line) == [5, 6, 7])
        #expect(problems[1].description == "line 6: \"hbg\" is already in the group on line 2")
    }

    @Test func theShippedFileHasNoProblems() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/synonyms.txt")
        let (groups, problems) = Synonyms.parse(try String(contentsOf: url, encoding: .utf8))
        #expect(problems.isEmpty)
        #expect(groups.count >= 15)
    }
}

@Suite struct CompoundTests {
    let splitter = CompoundSplitter(
        dictionary: Set([
            "familjehem", "vård", "skydd", "placering", "social", "jour", "socialjour", "handledning", "hand", "ledning",
        ]),
        corpusWords: Set(["familjehemsvård", "socialjouren"]),
        stem: { word in ["placeringar": "placering", "jouren": "jour", "vården": "vård"][word] ?? word })

    @Test func compoundsSplitIntoKnownWordsWithTheLinkingS() {
        #expect(splitter.parts(of: "familjehemsvård") == ["familjehem", "vård"])
        #expect(splitter.parts(of: "skyddsplaceringar") == ["skydd", "placeringar"])
        #expect(splitter.parts(of: "socialjouren") == ["social", "jouren"])
        #expect(splitter.parts(of: "socialjour") == ["social", "jour"])  // in the dictionary, but a long head
    }

    /// A surname made of a first name is a name: not split even where its first name and "son" or
    /// "dotter" are known words; a place named the same way still is.
    @Test func patronymicsStayWhole() {
        let splitter = CompoundSplitter(
            dictionary: Set(["son", "dotter", "skolan"]), corpusWords: Set(["torgny", "ingvor"]), stem: { $0 })
        #expect(splitter.parts(of: "torgnysson").isEmpty)
        #expect(splitter.parts(of: "Ingvorsdotter").isEmpty)
        #expect(splitter.parts(of: "torgnyskolan") == ["torgny", "skolan"])
    }

    @Test func knownWordsAndNonCompoundsStayWhole() {
        #expect(splitter.parts(of: "handledning").isEmpty)  // a word of its own, with a short head
        #expect(splitter.parts(of: "kommunerna").isEmpty)
        #expect(splitter.parts(of: "vård").isEmpty)
    }
}

@Suite struct FoldedNamesTests {
    @Test func aNameWithNordicLettersIsOnePersonWhicheverLettersAMeetingUsed() {
        let people = PeopleRegister(meetings: [
            Meeting(file: "a.txt", title: "", attendees: [Person(name: "Øjvind Ærø")]),
            Meeting(file: "b.txt", title: "", attendees: [Person(name: "Öjvind Ärö")]),
        ])
        #expect(people.entries.count == 1)
        #expect(people.entry(named: "Ojvind Aro") != nil)
    }
}

@Suite struct WordListTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wordlist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func wordsOfBothKindsOfListAreKnownAndNothingElse() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let dic = root.appendingPathComponent("sv.dic"), plain = root.appendingPathComponent("words")
        try Data("3\nfamiljehem/AB\nvård/C\nbarn\n".utf8).write(to: dic)
        try Data("placering\r\nvård\növersyn\n".utf8).write(to: plain)
        let cache = root.appendingPathComponent("cache")
        let list = WordList.load(from: [dic, plain], cache: cache)
        for word in ["familjehem", "vård", "barn", "placering", "översyn"] { #expect(list.contains(word), "\(word)") }
        for word in ["3", "familjehem/AB", "vår", "familj", "", "placeringar"] { #expect(!list.contains(word), "\(word)") }

        var info = stat()
        #expect(stat(cache.path, &info) == 0 && info.st_mode & 0o777 == 0o600)  // kept owner-only
        #expect(WordList.load(from: [dic, plain], cache: cache).contains("översyn"))  // read back
    }

    @Test func aChangedListIsReadAgain() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let list = root.appendingPathComponent("words"), cache = root.appendingPathComponent("cache")
        try Data("hem\n".utf8).write(to: list)
        #expect(!WordList.load(from: [list], cache: cache).contains("socialjour"))
        try Data("hem\nsocialjour\n".utf8).write(to: list)
        #expect(WordList.load(from: [list], cache: cache).contains("socialjour"))
    }

    @Test func aListOfVeryShortLinesStillFits() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let list = root.appendingPathComponent("words")
        let short = (0..<5000).map { number in String(String(number, radix: 26).unicodeScalars.map { scalar in
            Character(Unicode.Scalar(scalar.value < 58 ? scalar.value + 49 : scalar.value + 10)!) }) }
        try Data((short.joined(separator: "\n") + "\n").utf8).write(to: list)
        let loaded = WordList.load(from: [list], cache: root.appendingPathComponent("cache"))
        #expect(short.filter { !loaded.contains($0) } == [])
        #expect(!loaded.contains("zzzzzz"))
    }
}

/// The kept questions are answered on every core: each answer the same as asked alone, in the same
/// order (a part's edge neither drops nor repeats one).
@Test func questionsAnsweredOnEveryCoreAnswerAsOneByOne() {
    let firstNames = ["Erik", "Anna", "Sara", "Olle", "Karin", "Lars", "Maria"], surnames = ["Lindahl", "Nordin", "Berg", "Holm", "Ek"]
    let networks = ["IFO", "Socialchef", nil]
    let meetings = (0..<60).map { number in
        Meeting(
            file: "m\(number).txt", title: "", network: networks[number % 3],
            attendees: (0..<4).map { Person(name: firstNames[(number + $0) % 7] + " " + surnames[(number * 3 + $0) % 5]) })
    }
    let register = PeopleRegister(meetings: meetings)
    var questions: [Question] = []
    for firstName in firstNames {
        for initial in [nil, "L", "B"] as [String?] {
            for network in networks { questions.append(.firstName(firstName, initial: initial, municipality: nil, network: network)) }
        }
        for surname in surnames { questions.append(.entry(firstName + " " + surname)) }
    }
    questions = Array(repeating: questions, count: 8).flatMap { $0 }
    let answers = Resolver.answers(to: questions, in: register), alone = questions.map { $0.answer(register: register) }
    #expect(answers.count == alone.count)
    #expect(answers.indices.filter { $0 >= alone.count || answers[$0] != alone[$0] }.isEmpty)
    #expect(Set(answers).count > 10)
}

/// Minutes that name no network are of the network whose meetings share most of their people: at
/// least two listings, and more than any other network's; otherwise of none.
@Test func aMeetingOfNoNamedNetworkIsOfTheOneItsPeopleMeetIn() {
    let people = { (names: String) in names.split(separator: ",").map { Person(name: String($0)) } }
    let meetings = [
        Meeting(file: "ifo1.txt", title: "", network: "IFO", attendees: people("Erik Lindahl,Sara Moberg")),
        Meeting(file: "ifo2.txt", title: "", network: "IFO", attendees: people("Erik Lindahl")),
        Meeting(file: "soc1.txt", title: "", network: "Socialchef", attendees: people("Anna Berg,Per Holm")),
        Meeting(file: "soc2.txt", title: "", network: "Socialchef", attendees: people("Per Holm")),
        Meeting(file: "a.txt", title: "", attendees: people("Sara Moberg,Erik Lindahl,Anna Berg")),  // IFO 3, Socialchef 1
        Meeting(file: "b.txt", title: "", attendees: people("Sara Moberg")),  // IFO 1: too few
        Meeting(file: "c.txt", title: "", attendees: people("Erik Lindahl,Per Holm")),  // 2 and 2: neither
        Meeting(file: "d.txt", title: "", attendees: people("Per Holm,Anna Berg,Erik Lindahl")),  // Socialchef 3, IFO 2
        Meeting(file: "e.txt", title: "", attendees: people("Olle Ek,Kim Lund")),  // no one known
        Meeting(file: "f.txt", title: "", attendees: people("Erik Lindahl")),  // IFO 2: enough
    ]
    let networks = Resolver.resolve(meetings).meetings.map(\.network)
    #expect(networks == ["IFO", "IFO", "Socialchef", "Socialchef", "IFO", nil, nil, "Socialchef", nil, "IFO"])
}

/// A first name that no one at the meeting has means a colleague from the network's own meetings
/// first: people of other networks who share it neither make it ambiguous nor are its candidates.
@Test func aFirstNameMeansAColleagueOfTheNetworkFirst() {
    let raised = AgendaItem(position: 1, title: "Budget", text: "Erik berättade om budgeten.",
                            raisedBy: [Raiser(person: Person(name: "Erik"), evidence: "Erik berättade")])
    let meetings = [
        Meeting(file: "ifo1.txt", title: "", network: "IFO", attendees: [Person(name: "Erik Lindahl"), Person(name: "Sara Moberg")]),
        Meeting(file: "soc1.txt", title: "", network: "Socialchef", attendees: [Person(name: "Erik Nordin"), Person(name: "Sara Moberg")]),
        Meeting(file: "ifo2.txt", title: "", network: "IFO", attendees: [Person(name: "Sara Moberg")], items: [raised]),
        Meeting(file: "x.txt", title: "", attendees: [Person(name: "Sara Moberg")], items: [raised]),
    ]
    let reading = Resolver.resolve(meetings)
    let inNetwork = reading.meetings[2].items[0].raisedBy[0]
    #expect(inNetwork.person?.name == "Erik Lindahl" && inNetwork.candidates.isEmpty)
    // Minutes of no known network: both Eriks stay candidates.
    let unknown = reading.meetings[3].items[0].raisedBy[0]
    #expect(unknown.person == nil && Set(unknown.candidates) == ["Erik Lindahl", "Erik Nordin"], "\(unknown)")
}

/// An ambiguous first name lists the few people it could mean, and none when more fit: a list of
/// every Anna tells a reader nothing, and would change with every new Anna anywhere.
@Test func anAmbiguousNameListsAFewCandidatesOrNone() {
    func reading(annas: Int) -> Raiser {
        let surnames = ["Berg", "Holm", "Lind", "Nyberg", "Sandberg", "Wallin", "Ekström"]
        var meetings = (0..<annas).map { Meeting(file: "m\($0).txt", title: "", attendees: [Person(name: "Anna \(surnames[$0])")]) }
        let raised = AgendaItem(position: 1, title: "Budget", text: "Anna berättade om budgeten.",
                                raisedBy: [Raiser(person: Person(name: "Anna"), evidence: "Anna berättade")])
        meetings.append(Meeting(file: "x.txt", title: "", attendees: [Person(name: "Sara Moberg")], items: [raised]))
        return Resolver.resolve(meetings).meetings.last!.items[0].raisedBy[0]
    }
    let few = reading(annas: Resolver.maxCandidates)
    #expect(few.person == nil && few.candidates.count == Resolver.maxCandidates)
    let many = reading(annas: Resolver.maxCandidates + 1)
    #expect(many.person == nil && many.candidates.isEmpty && many.evidence == "Anna berättade")
}

/// A meeting that asked whom a first name means is resolved again when the answer changes what it
/// reads (a fifth Anna joins the candidates), not when another Anna joins more than a reader is offered.
@Test func anotherOfManyWhoShareAFirstNameResolvesNothingAgain() {
    let surnames = ["Berg", "Holm", "Lind", "Nyberg", "Sandberg", "Wallin", "Ekström", "Falk"]
    let raised = AgendaItem(position: 1, title: "Budget", text: "Anna berättade om budgeten.",
                            raisedBy: [Raiser(person: Person(name: "Anna"), evidence: "Anna berättade")])
    let asking = Meeting(file: "x.txt", title: "", attendees: [Person(name: "Sara Moberg")], items: [raised])
    func meetings(annas: Int) -> [Meeting] {
        [asking] + (0..<annas).map { Meeting(file: "m\($0).txt", title: "", attendees: [Person(name: "Anna \(surnames[$0])")]) }
    }
    func resolvedAgain(from before: Int, to after: Int) -> Bool {
        let contents = { (count: Int) in meetings(annas: count).map(\.file) }
        let kept = Resolver.resolve(meetings(annas: before), contents: contents(before)).resolution
        return !Resolver.resolve(meetings(annas: after), contents: contents(after), previous: kept).asBefore.contains(0)
    }
    #expect(resolvedAgain(from: Resolver.maxCandidates - 1, to: Resolver.maxCandidates))
    #expect(resolvedAgain(from: Resolver.maxCandidates, to: Resolver.maxCandidates + 1))
    #expect(!resolvedAgain(from: Resolver.maxCandidates + 1, to: Resolver.maxCandidates + 2))
    #expect(!resolvedAgain(from: Resolver.maxCandidates + 1, to: Resolver.maxCandidates + 1))
}

/// Folding a whole text and then splitting it gives the words folding each word gives: synonym
/// groups and people are found in texts the same way, however the text is written.
@Test(arguments: [
    "Anette Edvardsson (Höganäs) tog upp försörjningsskyldighet; ÅSA ÖBERG svarade.",
    "Ærø-Øjvind  och  Hedén:s förslag — e-post anette.edvardson@helsingborg.se, 3,5 miljoner kr",
    "İstanbul, Straße, naïve café, Crème brûlée, ΣΊΣΥΦΟΣ, tab\there\nline\r\nbreak, x²y, ½, 2024-05-15",
    "e\u{301}lan, a\u{30A}r, combining at\u{0308}t the end\u{0301}",
])
func aTextsWordsAreTheWordsFoldedOneByOne(text: String) {
    #expect(Folding.foldedWords(in: text) == Folding.words(in: text).map { Folding.key($0) })
}

/// What resolving asked reads back as it was kept, letters beyond ASCII, empty parts and missing
/// ones included. (What it learned: `ResolutionFileTests`.)
@Test func questionsReadBackAsKept() {
    let questions: [Question] = [
        .entry("Hedén Åkesson"), .firstName("Åsa", initial: nil, municipality: "Höganäs", network: nil),
        .firstName("Ebba", initial: "", municipality: nil, network: "IFO-chefsnätverket"),
    ]
    for question in questions { #expect(Question(line: question.line) == question) }
    #expect(Question(line: "x\u{1F}a") == nil && Question(line: "e") == nil)
}

/// An item raised is kept once however often its meeting's resolving teaches it (a meeting's
/// lessons are learned together, `Learned`), and the same position in another file (an e-mail's
/// attachment) is another item.
@Test func anItemRaisedIsKeptOnce() {
    let files = ["a.eml", "a.eml#b.docx", "b.txt"]
    var register = PeopleRegister(meetings: files.map { Meeting(file: $0, title: "", attendees: [Person(name: "Åsa Ek")]) })
    for (position, meeting) in [(2, 0), (2, 0), (3, 0), (2, 0), (2, 1), (2, 1), (3, 2)] {
        register.addRaised(position, of: files[meeting], meeting: meeting, at: register.position(of: "Åsa Ek")!)
    }
    #expect(register.entry(named: "Åsa Ek")?.raised == ["a.eml#2", "a.eml#3", "a.eml#b.docx#2", "b.txt#3"])
    // Beside each, its meeting's number and its position, as the register is kept by number.
    #expect(register.numbered[0].meetings == [0, 1, 2])
    #expect(register.numbered[0].raised.map { [$0.meeting, $0.position] } == [[0, 2], [0, 3], [1, 2], [2, 3]])
}

/// Two files whose names differ only in their Unicode form are two files: an item raised at the same
/// place in each is two items (as the kept register numbers files by their bytes).
@Test func anItemRaisedInTwoFilesOfOneNameToSwiftIsTwoItems() {
    let files = ["Mo\u{308}te.txt", "Möte.txt"]
    var register = PeopleRegister(meetings: files.map { Meeting(file: $0, title: "", attendees: [Person(name: "Åsa Ek")]) })
    for (meeting, file) in files.enumerated() { register.addRaised(2, of: file, meeting: meeting, at: register.position(of: "Åsa Ek")!) }
    #expect(register.numbered[0].raised.map { [$0.meeting, $0.position] } == [[0, 2], [1, 2]])
    #expect(register.entry(named: "Åsa Ek")?.raised.map { Array($0.utf8) } == files.map { Array("\($0)#2".utf8) })
}

/// A meeting stands only where what was inferred for it is what its record kept: compared as kept,
/// without the key made, each part in its place.
@Test func whatWasInferredIsComparedWithItsKeptKeyPartByPart() {
    let values: [String?] = [nil, "", "IFO-chefsnätverket", "Höganäs", "a\u{1F}b", "IFO"]
    for network in values {
        for place in values {
            let inferred = Inferred(network: network, place: place)
            for other in values.flatMap({ a in values.map { Inferred(network: a, place: $0).key } }) + ["", "\u{1F}\u{1F}", inferred.key + "x"] {
                #expect(inferred.hasKey(other) == (Array(inferred.key.utf8) == Array(other.utf8)), "\(inferred) \(other.debugDescription)")
            }
        }
    }
}

/// A chair named by first name alone ("Ordf: Majken.") is the one of that name the meeting lists.
@Test func aChairNamedByFirstNameIsTheOneListed() {
    let meeting = Meeting(
        file: "a.txt", title: "", attendees: [Person(name: "Majken Sjövall"), Person(name: "Liam Norberg")], chairs: [Person(name: "Majken")])
    #expect(Resolver.resolve([meeting]).meetings[0].chairs.map(\.name) == ["Majken Sjövall"])
}

/// People a list keys by their initials, and raise and write by them: "VA informerade".
@Test func peopleKeyedByTheirInitials() {
    let read = MinutesReader.read("""
        Kvalitetsnätverket
        Minnesanteckningar 2023-09-21

        Närvarande
        VA   Vendela Axén, Helsingborg (ordförande)
        NJ   Nikola Janković, Landskrona

        Anteckningar: NJ

        (1) Egenkontroller
        VA informerade om den nya mallen.
        Att göra:
        - VA: skicka ut mallen senast 6/10
        - Alla: prova mallen

        (2) Övrigt
        Inga frågor.
        """, file: "k.txt")
    let meeting = Resolver.resolve([read]).meetings[0]
    #expect(meeting.attendees.map(\.name) == ["Vendela Axén", "Nikola Janković"])
    #expect(meeting.chairs.map(\.name) == ["Vendela Axén"])
    #expect(meeting.scribe?.name == "Nikola Janković")
    #expect(meeting.items.map(\.title) == ["Egenkontroller", "Övrigt"])
    #expect(meeting.items[0].raisedBy.compactMap(\.person?.name) == ["Vendela Axén"])
    #expect(meeting.items[0].decisions == ["VA: skicka ut mallen senast 6/10", "Alla: prova mallen"])
}

/// What `keeping` does not keep of a meeting resolved is not held (no room made when none is), and
/// the reading's meetings are then their headers as read; what it keeps is the meeting resolved.
@Test func aMeetingResolvedAndNotKeptIsItsHeaderAsRead() {
    let meetings = ["a.txt", "b.txt"].map { file in
        Meeting(file: file, title: "Möte", network: "IFO", attendees: [Person(name: "Åsa Ek", municipality: "Bjuv"), Person(name: "Per Holm")])
    }
    let some = Resolver.resolve(ReadMeetings(meetings), keeping: { number, meeting in number == 1 ? meeting : nil })
    #expect(some.resolvedMeetings.count == 2 && some.resolvedMeetings[0] == nil)
    #expect(some.resolvedMeetings[1]?.attendees.map(\.name) == ["Åsa Ek", "Per Holm"])
    let none = Resolver.resolve(ReadMeetings(meetings), keeping: { _, _ in nil })
    #expect(none.resolvedMeetings.isEmpty)
    #expect(none.meetings == meetings.map(\.header))
    #expect(none.resolution.records.count == 2, "each is resolved all the same")
}

/// The questions no meeting asks any more are left out when the resolution is written whole, the
/// others renumbered in their order, each record's with them.
@Test func questionsNoMeetingAsksArePrunedAndTheRestRenumbered() {
    var resolution = Resolution()
    resolution.questions = [.entry("Anna Berg"), .entry("Bo Ek"), .entry("Cilla Alm"), .entry("Dan Ek")]
    resolution.answers = ["a", "b", "c", "d"]
    resolution[record: "x.txt"] = .init(content: "1", asked: [3, 0], learned: [], inferred: "")
    resolution[record: "y.txt"] = .init(content: "2", asked: [3], learned: [], inferred: "")
    #expect(resolution.asked == [0, 3])
    resolution.prune()
    #expect(resolution.questions == [.entry("Anna Berg"), .entry("Dan Ek")] && resolution.answers == ["a", "d"])
    #expect(resolution.records["x.txt"]?.asked == [1, 0] && resolution.records["y.txt"]?.asked == [1])
}

/// What resolving learned is added to the register by the names' numbers (each looked up once, a
/// variant taught again known by its number) exactly as each lesson added as learned, in the
/// meetings' order, would add it: on a first run and on an update that takes the kept lessons. One
/// spelling taught of two people is a variant of each.
@Test func lessonsAddedByNumberAddWhatEachLessonWould() {
    func item(_ raiser: String) -> AgendaItem {
        AgendaItem(position: 1, title: "Budget", text: "\(raiser) berättade om budgeten.",
                   raisedBy: [Raiser(person: Person(name: raiser), evidence: "\(raiser) berättade")])
    }
    let meetings = [
        Meeting(file: "a.txt", title: "", attendees: [Person(name: "Anna Berg"), Person(name: "Olle Sten")], scribe: Person(name: "Olle S"),
                items: [item("Anna")]),
        Meeting(file: "b.txt", title: "", attendees: [Person(name: "Anna Berg"), Person(name: "Olle Sten")], scribe: Person(name: "Olle S"),
                items: [item("Olle")]),
        Meeting(file: "c.txt", title: "", attendees: [Person(name: "Olle Svensson"), Person(name: "Anna Berg")], scribe: Person(name: "Olle S"),
                items: [item("Anna"), item("Olle")]),
    ]
    let contents = meetings.map(\.file)
    let first = Resolver.resolve(meetings, contents: contents)
    let update = Resolver.resolve(meetings, contents: contents, previous: first.resolution)
    #expect(update.asBefore.count == 3, "the update takes every meeting's kept lessons")
    for reading in [first, update] {
        var expected = reading.listed
        for (number, meeting) in meetings.enumerated() {
            let record = reading.resolution.records[meeting.file]!
            // Each lesson alone: its name looked up, then added.
            for lesson in reading.resolution.learned(record.learned) {
                switch lesson {
                case .variant(let variant, let name): expected.position(of: name).map { expected.addVariant(variant, at: $0) }
                case .raised(let item, let name): expected.position(of: name).map { expected.addRaised(item, of: meeting.file, meeting: number, at: $0) }
                }
            }
        }
        #expect(reading.people.entries == expected.entries)
        // (A first name that raised an item is a variant too, taught once however often.)
        #expect(reading.people.entry(named: "Olle Sten")?.variants == ["Olle S", "Olle"])
        #expect(reading.people.entry(named: "Olle Svensson")?.variants == ["Olle S", "Olle"])
        #expect(reading.people.entry(named: "Anna Berg")?.raised == ["a.txt#1", "c.txt#1"])
    }
}

/// Someone named by role and kommun ("IFO-chefen i Bjuv berättade att …") is the one the header lists
/// with that role there; two so listed are candidates, none is no one (not whoever else came from
/// there), and a kommun named alone is still its one representative.
@Test func aRoleInAKommunIsTheOneListedWithItThere() throws {
    let minutes = MinutesReader.read("""
        Ledningsgruppen för IFO
        Datum: 2025-12-02
        Närvarande
        Marjatta Ahonen, socialchef, Höganäs
        Monika Sonesson, IFO-chef, Bjuv
        Viktoria Örnberg, enhetschef, Landskrona
        Rikard Sallander, enhetschef, Landskrona
        Sverker Olin, IFO-chef, Perstorp

        1. Placeringar
        IFO-chefen i Bjuv berättade att kostnaderna för placeringar har ökat.

        2. Rekrytering
        Enhetschefen i Landskrona redogjorde för läget.

        3. Ekonomi
        Socialchefen i Perstorp informerade om budgeten.

        4. Ramavtal
        Socialchefen från Höganäs lyfte frågan om ramavtalet.

        5. Övrigt
        Perstorp efterfrågar en gemensam rutin.
        """, file: "roller.txt")
    let items = Resolver.resolve([minutes]).meetings[0].items
    try #require(items.count == 5)
    let raisers = items.map { $0.raisedBy.first }
    #expect(!raisers.contains { $0 == nil }, "every item has a raiser")
    #expect(raisers[0]?.person?.name == "Monika Sonesson")
    #expect(raisers[0]?.statement.contains("kostnaderna för placeringar") == true)
    #expect(raisers[0]?.evidence == "IFO-chefen i Bjuv berättade")
    #expect(raisers[1]?.person == nil && Set(raisers[1]?.candidates ?? []) == ["Viktoria Örnberg", "Rikard Sallander"])
    #expect(raisers[2]?.person == nil && raisers[2]?.candidates == [])
    #expect(raisers[3]?.person?.name == "Marjatta Ahonen")
    #expect(raisers[4]?.person?.name == "Sverker Olin")
}

/// Minutes that know people by first name and initial ("Måns K.") resolve a raiser so written to the
/// one listed so, when no one read has a full name it fits; a first name and initial that one listed
/// full name fits is still that one ("Marie B" of Marie Brynbo).
@Test func aNameKnownByItsInitialIsTheOneListedSo() throws {
    let minutes = MinutesReader.read("""
        Erfarenhetsutbyte 2025-09-23
        Närvarande
        Måns K.       Helsingborg    ordförande
        Nabila S.     Landskrona
        Pekka L.      Svalöv         antecknare

        1. Anmälningar
        Måns K. redovisade en sammanställning av anmälningarna.

        2. Övrigt
        Marie B berättade om sommaren.
        """, file: "initialer.txt")
    let other = Meeting(file: "a.txt", title: "", attendees: [Person(name: "Marie Brynbo", municipality: "Klippan")])
    let resolved = Resolver.resolve([minutes, other]).meetings[0]
    #expect(resolved.items.first?.raisedBy.map(\.name) == ["Måns K."])
    #expect(resolved.scribe?.name == "Pekka L.")
    #expect(resolved.items.last?.raisedBy.map(\.name) == ["Marie Brynbo"])
}

/// A surname alone ("Ordförande: Strömberg", "Wiklund (Bjuv) tog upp …") means the one the lists
/// give in full with that surname; of two so named, the one from the kommun written beside it.
@Test func aSurnameAloneIsTheOneListedSo() {
    let minutes = MinutesReader.read("""
        Nätverket för budget- och skuldrådgivning
        Datum: 2026-02-03
        Ordförande:     Strömberg
        Sekreterare:    Falk

        Närvarande (efternamn, förnamn – kommun)
           Strömberg, Tilde – Helsingborg
           Wiklund, Aron – Bjuv
           Wiklund, Berit – Klippan
           Falk, Jenny – Höganäs

        1. Skuldsanering
        Wiklund (Bjuv) tog upp att väntetiderna hos Kronofogden har blivit längre.

        2. Systemet
        Falk från IT-avdelningen berättade om det nya systemet.
        """, file: "skuld.txt")
    let meeting = Resolver.resolve([minutes]).meetings[0]
    #expect(meeting.attendees.map(\.name) == ["Tilde Strömberg", "Aron Wiklund", "Berit Wiklund", "Jenny Falk"])
    #expect(meeting.chairs.map(\.name) == ["Tilde Strömberg"])
    #expect(meeting.scribe?.name == "Jenny Falk")
    #expect(meeting.items.first?.raisedBy.compactMap(\.person?.name) == ["Aron Wiklund"])
    // ("Falk från IT-avdelningen": a first name, of someone from elsewhere, not Jenny Falk.)
    #expect(meeting.items.last?.raisedBy.compactMap(\.person?.name) != ["Jenny Falk"])
}

/// A double surname alone ("Lundh Ferm tog upp …") means the one the lists give in full with it.
@Test func aDoubleSurnameAloneIsTheOneListedSo() {
    let minutes = MinutesReader.read("""
        Nätverket för budget- och skuldrådgivning
        Datum: 2026-02-03

        Närvarande (efternamn, förnamn – kommun)
           Lundh Ferm, Greta – Bjuv
           Ferm, Ola – Klippan

        1. Skuldsanering
        Lundh Ferm tog upp att väntetiderna hos Kronofogden har blivit längre.
        """, file: "skuld.txt")
    let meeting = Resolver.resolve([minutes]).meetings[0]
    #expect(meeting.attendees.map(\.name) == ["Greta Lundh Ferm", "Ola Ferm"])
    #expect(meeting.items.first?.raisedBy.compactMap(\.person?.name) == ["Greta Lundh Ferm"])
}

/// Whose matter an item is, said in the genitive ("Det här var Wolmers fråga", "… Vitus fråga"): the
/// one the lists give, the genitive's "s" told from a name's own by them.
@Test func whoseMatterInTheGenitive() {
    let minutes = MinutesReader.read("""
        Nätverket för ledsagning
        Datum: 2026-02-03
        Närvarande: Wolmer Fridh (Klippan), Vitus Fellbom (Perstorp), Jona Berg (Bjuv)

        1. Resekostnader
        Det här var Wolmers fråga. Han berättade att bussbiljetterna har blivit dyrare.

        2. Fritid
        Punkten var Vitus förslag. Han tog upp att fler vill gå på bio.

        3. Kvällar
        Jonas berättade att kvällarna är svåra att bemanna.
        """, file: "ledsagning.txt")
    let meeting = Resolver.resolve([minutes]).meetings[0]
    #expect(meeting.items.prefix(2).map { $0.raisedBy.compactMap(\.person?.name) } == [["Wolmer Fridh"], ["Vitus Fellbom"]])
    // ("Jonas berättade": no genitive, so not Jona Berg.)
    #expect(meeting.items.last?.raisedBy.compactMap(\.person?.name) != ["Jona Berg"])
    #expect(meeting.items.first?.raisedBy.first?.statement.contains("bussbiljetterna") == true)
}

/// One listed by first name alone ("Med: Catriona, Viliami …") is the one of that name the network's
/// other minutes list in full; a first name two of them share, or no one's, stays as written.
@Test func oneListedByFirstNameIsTheOneListedInFullElsewhere() {
    let network = "Skuldrådgivarnätverket"
    let first = Meeting(
        file: "a.txt", title: "", network: network,
        attendees: [Person(name: "Catriona Mackinnon"), Person(name: "Anna Ek"), Person(name: "Anna Berg")], absent: [Person(name: "Nokuthula Zwane")])
    let second = Meeting(
        file: "b.txt", title: "", network: network,
        attendees: [Person(name: "Catriona"), Person(name: "Nokuthula"), Person(name: "Anna"), Person(name: "Tibor")], absent: [Person(name: "Catriona")])
    let resolved = Resolver.resolve([first, second]).meetings[1]
    #expect(resolved.attendees.map(\.name) == ["Catriona Mackinnon", "Nokuthula Zwane", "Anna", "Tibor"])
    #expect(resolved.absent.map(\.name) == ["Catriona Mackinnon"])
}
