/// Finds who the minutes say brought an item up, as written ("Marie Klippan", "Mikael L", "Svalöv"),
/// and the sentences that are theirs: an item can hold several raisers, each with their own
/// statement. The normalise stage decides whom the words mean.
enum RaiserReader {
    /// ("Quinten de Waal": a particle before a capitalised name; not "av", Swedish's own "by".)
    static let name = #"\p{Lu}[\p{L}-]+(?:\s+(?:(?:de|van|von|af|der|da|di|du|la|le)\s+)?(?:\p{Lu}[\p{L}-]+|\p{Lu}\b\.?)){0,2}"#
    static let names = "(\(name)(?:\\s*(?:,|och|and|&)\\s*\(name))*)"

    /// What a careful reader takes as someone raising something, after the name that does it. The one
    /// table of raising verbs (present and past), each also as typed without å, ä and ö ("berattade",
    /// on a keyboard without them); tests cover each.
    static let verbs = dottedVerbs + dottedVerbs.compactMap(undotted)
    /// A verb (lowercase) as typed without å, ä and ö, when it has any: the one fold.
    static func undotted(_ verb: String) -> String? {
        let folded = Folding.key(verb)
        return folded == verb ? nil : folded
    }
    /// A verb form typed without its dots, as written with them: what the rules about a verb ask.
    static let asDotted = Dictionary(verbForms.compactMap { form in undotted(form).map { ($0, form) } }) { first, _ in first }
    private static let dottedVerbs = [
        "lyfter", "lyfte", "har lyft", "lyft", "tar upp", "tog upp", "föreslår", "föreslog",
        "informerar", "informerade", "berättar", "berättade", "beskrev", "inledde med att berätta", "inledde med en genomgång", "föreläste om", "föreläser om", "framförde", "redovisar", "redovisade", "återrapporterar",
        "återrapporterade", "återkommer till", "återkom till", "undrar", "undrade", "frågar", "frågade",
        "efterfrågar", "efterfrågade", "presenterar", "presenterade", "meddelar", "meddelade", "önskar", "önskade",
        "introducerar", "introducerade", "väcker", "väckte", "har fått en dragning", "fick en dragning", "redogör för",
        "redogjorde för", "påpekar", "påpekade", "rapporterar", "rapporterade", "sammanfattar", "sammanfattade", "efterlyser", "efterlyste",
        "tipsar om", "tipsade om", "påminner om", "påminde om", "hade anmält punkten", "har anmält punkten", "anmälde punkten", "hade bett om punkten", "har bett om punkten", "bad om punkten", "anmälde att", "anmäler att", "hade förberett", "har förberett",
        "går igenom", "gick igenom", "föredrog ärendet", "föredrar ärendet", "visade", "lade till", "har skickat frågan", "skickade frågan", "ville ta upp", "vill ta upp",
        "pratade om", "pratar om", "talade om", "talar om", "tog punkten", "tar punkten", "höll i punkten", "håller i punkten", "tog över punkten",
        "bjöd in till", "bjuder in till",
        // In English, as minutes written with a neighbour are.
        "presented", "raised", "reported", "suggested", "proposed", "informed", "told", "showed",
    ]
    /// Words that may stand after a raising verb's first word ("tog också upp", "har själv lyft").
    static let adverbs = ["också", "även", "själv", "därefter", "sedan"]
    /// Each verb as it may be written: itself and, when it has several words, with each of `adverbs`
    /// after its first; for the tests of plain text (the pattern takes them as `raisingVerb` says).
    static let verbForms = verbs.flatMap { verb -> [String] in
        guard let space = verb.firstIndex(of: " ") else { return [verb] }
        return [verb] + adverbs.map { verb[..<space] + " " + $0 + verb[space...] }
    }
    /// Whether a sentence, lowercased, may hold a raising verb: one of `verbKeys`, a cheap test
    /// before the pattern is tried from every place.
    static func mayHoldVerb(_ lower: String) -> Bool { verbKeys.contains(where: lower.holds) }
    /// Words a sentence holding a raising verb holds: each verb's longest word ("dragning" of "har
    /// fått en dragning", whatever adverb stands in it), less those holding another ("lyfter" holds
    /// "lyft", "efterfrågar" "fråga").
    static let verbKeys: [String] = {
        let longest = Set(verbs.map { verb in String(verb.split(separator: " ").max { $0.count < $1.count }!) })
        return longest.filter { word in !longest.contains { $0 != word && word.holds($0) } }.sorted()
    }()

    /// What a careful reader takes as someone raising something, before the name: "Fråga från X".
    static let fromWords = [
        "ärende", "ärenden", "fråga", "frågor", "information", "info", "förslag", "återkoppling", "inspel", "punkt",
        "önskemål",
    ]

    /// Whether a sentence, lowercased, may hold what `fromPhrase` takes: one of `fromWords`, a space
    /// (a byte beyond ASCII may be one) and "från". A cheap test first: "från" alone lets through
    /// most sentences of minutes, and the pattern, tried from every place of each, was a twentieth of
    /// reading them.
    static func mayHoldFromPhrase(_ lower: String) -> Bool {
        let bytes = Array(lower.utf8), from = [Array("från".utf8)]
        return fromWordBytes.contains { Bytes.mayHoldPhrase(bytes, $0, then: from) }
    }
    private static let fromWordBytes = fromWords.map { Array($0.utf8) }

    /// `names`, parsed once: each pattern below takes it as it is (its group their first capture).
    nonisolated(unsafe) private static let namesPattern = Patterns.parsed(names)
    /// `names` between two parts of a pattern's text.
    private static func names(after opening: String, before closing: String) -> Regex<AnyRegexOutput> {
        Patterns.sequence {
            Patterns.parsed(opening)
            namesPattern
            Patterns.parsed(closing)
        }
    }
    /// "Ärende från X:", "Fråga från X", "Information från X", "Återkoppling från X"…
    nonisolated(unsafe) static let fromPhrase = Patterns.sequence {
        Patterns.oneOf(fromWords.map(Patterns.Alternative.text)).ignoresCase()
        Patterns.parsed(#"\s+(?i:från)\s+"#)
        namesPattern
    }
    /// "Enligt Torbjörn Lagerqvist har väntetiden …": whose account the sentence gives.
    /// ("Enligt Lex Sarah ska …", "Enligt SCB är …": a rule or a source, no one's account.)
    nonisolated(unsafe) static let according = names(after: #"^(?i:enligt)\s+"#, before: #"\s+(?i:har|hade)\b"#)
    /// "Det här var Vitus fråga", "Punkten var Rozhin:s": whose matter it is, in the genitive (a
    /// name's "s" for the normaliser to tell from its own, "Vitus" or "Wolmers").
    nonisolated(unsafe) static let whose = names(
        after: #"^(?i:det\s+här|detta|punkten|frågan|ärendet)\s+(?:var|är)\s+"#, before: #"(?::s)?\s+(?i:fråga|punkt|förslag)\b"#)
    /// "Lappen var Maarits.", "Frågan var Kwabenas": whose it is, the genitive alone closing the sentence.
    nonisolated(unsafe) static let whoseAlone = names(
        after: #"^(?i:punkten|frågan|ärendet|lappen|ämnet|temat|förslaget)\s+(?:var|är)\s+"#, before: #"s\s*[.,]"#)
    /// "Från X:" opening a sentence, "Från föregående möte, X:".
    nonisolated(unsafe) static let fromColon = names(after: #"^(?i:från)(?:\s+(?i:föregående möte),?)?\s+"#, before: #"\s*:"#)
    /// The raising verbs as one alternation, a verb's words apart by any white space, an adverb or
    /// none after its first.
    nonisolated(unsafe) private static let raisingVerb = Patterns.oneOf(verbs.map { .verb($0, adverbs: adverbs) }).ignoresCase()
    /// "Vi hade besök av Senthil Ramasamy från BUP Helsingborg, som berättade att …": the visitor
    /// brings it.
    nonisolated(unsafe) static let visitorWho = Patterns.sequence {
        Patterns.parsed(#"(?i:besök\s+av|gästades\s+av)\s+"#)
        namesPattern
        Patterns.parsed(#"(?:\s+(?i:från|på|vid)\s+[^,.]{1,60})?,\s+som\s+"#)
        raisingVerb
    }
    /// "X lyfter frågan", "X och Y informerar", "Svalöv efterfrågar" at the start of a sentence (also
    /// "X från Statens institutionsstyrelse informerade", "X från polisen i Nordvästra Skåne berättade",
    /// "X från vuxenpsykiatrin tog upp" (a body by its definite form),
    /// "X, distriktssköterska på vårdcentralen, berättade", "X, Helsingborg, tog upp", "X,
    /// Kommunförbundet Skåne, presenterade").
    nonisolated(unsafe) static let subjectVerb = Patterns.sequence {
        Patterns.parsed(#"(?:^|:\s+)"#)
        namesPattern
        Patterns.parsed(#"(?:\s+(?i:från|på|i|from)\s+\p{Lu}\S*(?:\s+\p{L}\S*){0,4}|\s+från\s+(?:(?:det|den)\s+\p{Ll}+a\s+)?\p{Ll}+(?:et|en|[aeiouyåäö]n)(?:\s+(?:i|på)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?|\s*\([^)]*\)|,\s+som\s+[^,.]{1,40},|,\s+\p{Ll}[^,.]{1,60},|,\s+(?:"# + Municipality.all.joined(separator: "|") + #"),|,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}?[\p{L}-]+){0,4},)?\s+"#)
        raisingVerb
        // ("Aleksandra visade runt i lokalerna", "Det visade sig": no matter brought up.)
        Patterns.parsed(#"\b(?!\s+(?:runt|sig)\b)"#)
    }
    /// "Från Klippan berättade Sara Lind att …": the kommun first, then the verb, then who.
    nonisolated(unsafe) static let fromKommunVerb = Patterns.sequence {
        Patterns.parsed(#"^(?i:från)\s+(\p{Lu}\S*)\s+"#)
        raisingVerb
        Patterns.parsed(#"\s+"#)
        namesPattern
    }
    /// "IFO-chefen i Bjuv berättade att …", "Enhetschefen från Klippan lyfte …": someone named by
    /// their role, in its definite form, and their kommun (whom it means is for the normaliser: the
    /// one listed with that role there).
    nonisolated(unsafe) static let roleVerb = Patterns.sequence {
        Patterns.parsed(#"^(\p{Lu}[\p{L}-]*n)\s+(?i:i|från)\s+(\p{Lu}\p{L}+)\s+"#)
        raisingVerb
        Patterns.parsed(#"\b"#)
    }
    /// Words that open a sentence before a raising verb and name no one ("Alla presenterade sig",
    /// "Hon påpekade", "Från Klippan berättade …").
    static let nobody: Set<String> = [
        "alla", "samtliga", "flera", "många", "några", "ingen", "även", "också", "sedan", "då", "här", "där", "det", "den", "de",
        "vi", "man", "jag", "hon", "han", "från", "nätverket", "gruppen", "mötet", "deltagarna", "tidigare", "därefter",
        "socialnämnden", "nämnden", "kommunerna", "grupperna", "personal", "personalen", "medarbetare", "representanter",
    ]

    /// "Föredragande: Gudrun Almqvist och Bashir Rahimi": a protocol's label naming who presents the
    /// item (the sentences after it are theirs until the text names another); who brought it, as a
    /// mind map's node or a project's template says it ("Väckt av: Fiorella", "Frågeägare: Ada Ek").
    nonisolated(unsafe) static let presenterLabel = names(
        after: #"^(?i:föredragande|föredragare|presentatör|presenteras\s+av|dragning\s+av|väckt\s+av|anmält\s+av|frågeägare)\s*:\s*"#, before: #"(?:\s+\([^()]*\))?\s*\.?$"#)

    /// "Ärendet har väckts av Wannes Verhaegen, Perstorp.": who brought the matter, as a protocol says it.
    nonisolated(unsafe) static let broughtBy = names(
        after: #"^(?i:ärendet|frågan|punkten)\s+(?i:har\s+väckts|väcktes|har\s+anmälts|anmäldes)\s+(?i:av)\s+"#, before: #"\s*\.?$"#)
    /// "Grupp 1 (Bjuv, Klippan), redovisad av Åsa Ek: Gruppen menade …": who gives a group's account.
    nonisolated(unsafe) static let reportedBy = names(after: #"(?i:redovisad|redovisat|presenterad|presenterat)\s+(?i:av)\s+"#, before: #"\s*:"#)

    /// "X: dialog kring …" opening an item's text.
    nonisolated(unsafe) static let nameColon = names(after: #"^"#, before: #"\s*:\s+\p{Ll}"#)
    /// "Rebekka: Klippan har fått …": who speaks, then what they said, as a sentence.
    nonisolated(unsafe) static let speakerColon = names(after: #"^"#, before: #"\s*:\s+\p{Lu}"#)

    /// Whether what opens a line before its colon names people: no kommun, label or body.
    static func isSpeakerName(_ name: Substring) -> Bool {
        let lower = name.lowercased()
        return Municipality.named(name) == nil && !PeopleLists.isDefiniteNoun(name.split(separator: " ")[0])
            && "\(name):".firstMatch(of: DecisionReader.label) == nil && PeopleLists.heading("\(name):") == nil
            && !AgendaReader.fieldLabels.contains(lower) && !notSpeakers.contains(lower)
    }
    /// Labels a line may open with that are no one's name.
    static let notSpeakers: Set<String> = ["obs", "info", "fråga", "frågor", "svar", "tips", "notera", "uppdrag", "ansvarig", "status", "bakgrund", "syfte", "förslag", "övrigt"]

    /// Whether a sentence opens with a kommun and a colon ("Höganäs: två handläggare …").
    static func opensWithKommun(_ sentence: String) -> Bool {
        guard let colon = sentence.firstIndex(of: ":"), sentence.distance(from: sentence.startIndex, to: colon) <= 14 else { return false }
        return Municipality.named(sentence[..<colon]) != nil
    }
    /// "… förslag - Barbara Ängelholm." ending a title line.
    nonisolated(unsafe) static let trailing = try! Regex(#"[-–—]\s*("# + name + #")\s*\.?\s*$"#)

    nonisolated(unsafe) static let atMention = /(^|\s)@(?=\p{Lu})/
    nonisolated(unsafe) static let nameSeparator = /\s*(?:,|\boch\b|\band\b|&)\s*/

    /// "Larmlistor (Siri Westman)", "Grundutbildning (Farah Nasser, Albin Stenhammar)", "LVM-rutin
    /// (Alrik Ek, Båstad)": who presents the item, full names in parentheses at the title's end, each
    /// perhaps with where they are from.
    static let fullName = #"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,2}"#
    nonisolated(unsafe) static let fullNamePattern = try! Regex(fullName, as: Substring.self)
    /// The sentence before the one at index, whole: its lines' parts up to the full stop before it.
    static func previousSentence(_ sentences: [String], before index: Int) -> String {
        var start = index - 1
        while start > 0, let end = sentences[start - 1].trimmingSpaces().last, !".!?:".contains(end) { start -= 1 }
        return sentences[start..<index].joined(separator: " ")
    }
    nonisolated(unsafe) static let presenters = try! Regex(#"\s*\(\s*("# + fullName + #"(?:\s*(?:,|och|&)\s*\p{Lu}[\p{L}\s-]*?)*)\s*\)\s*$"#)

    /// The presenters a title names at its end, when every one is a person's name (not "(Region
    /// Skåne)"); a kommun, or a body in one ("Beroendecentrum Helsingborg"), after a name is where
    /// that one is from.
    static func presenterNames(_ title: String) -> (names: [String], range: Range<String.Index>)? {
        guard title.hasSuffix(")"), let match = title.firstMatch(of: presenters), let listed = match.output[1].substring else { return nil }
        let parts = listed.split(separator: nameSeparator).map { part in
            String(part.firstRange(of: " från ").map { part[..<$0.lowerBound] } ?? part)
        }
        let names = parts.filter { $0.split(separator: " ").last.flatMap(Municipality.named) == nil }
        guard let first = parts.first, names.first == first, names.allSatisfy(PeopleLists.isName) else { return nil }
        return (names, match.range)
    }

    /// A title without the presenters at its end.
    static func withoutPresenters(_ title: String) -> String {
        presenterNames(title).map { String(title[..<$0.range.lowerBound]) } ?? title
    }

    struct Mention: Equatable {
        /// The name as written, without a trailing kommun.
        var name: String?
        var municipality: String?
        /// The role that names them, with their kommun ("IFO-chefen" of "IFO-chefen i Bjuv").
        var role: String?
        /// The words that say so ("Fråga från Christin", "Tove lyfter").
        var evidence: String
        /// The sentences that are this raiser's: from the one that names them to the next raiser's.
        var statement: String = ""
        /// Named by a contribution's mark ("ÅSTORP/Otilia:").
        var marked = false
        /// Named as the one whose turn a line of a round is ("Helsingborg (Nellie): …").
        var ofTurn = false
        /// As a speaker ("Usman Ek (Bjuv): …"): whether any of their lines brings something up
        /// ("Berättade att …"), nil when not named as a speaker.
        var raisedAsSpeaker: Bool?
        /// Named in the title or in a sentence of the text, not as a speaker alone.
        var namedOtherwise = false
        /// Named only as an item's first words before a colon ("Thorvaldur: Båstad vill …"), which a
        /// topic may be too ("Väntetider: Höganäs har …"): theirs only where the notes name one so in full.
        var byNameAlone = false
    }

    /// The name a mention of the minutes' writer ("Jag berättade") stands in for until they are known.
    static let writer = "jag"

    /// Verbs that open a speaker's line and bring something up; a question is asked of what was
    /// said ("Frågade hur …"), no matter of its own.
    static let speakerVerbs = verbForms.filter { !questionVerbs.contains($0) }

    static let questionVerbs = Set(["undrar", "undrade", "frågar", "frågade"].flatMap { [$0] + [undotted($0)].compactMap { $0 } })

    /// Whether the first raising verb of a sentence follows on what was said: asks ("Per Holm frågade
    /// hur …"), points something out on it ("Mats påpekar att det kräver …"; under "Övrigt", where
    /// each brings a matter of their own, a point made is one), adds to it ("Marwan lade till att …"),
    /// sums it up ("Gotthard sammanfattade att …"), answers a question asked ("… berättade att …", "… visade …") or proposes something on it ("Antero
    /// föreslog att nätverket tar fram en rutin"; under "Övrigt", only how to handle it, `handles`).
    static func followsOn(_ sentence: String, otherMatters: Bool = false, asked: Bool = false) -> Bool {
        let lower = sentence.lowercased()
        return firstVerb(inLowercased: lower).map {
            questionVerbs.contains($0) || $0.hasPrefix("sammanfatta") || $0.hasPrefix("lade") || !otherMatters && ($0.hasPrefix("påpeka") || $0.hasPrefix("påmin"))
                || asked && ($0.hasPrefix("berätta") || $0 == "visade") || $0.hasPrefix("föresl") && (!otherMatters || handles(lower, after: $0))
        } ?? false
    }

    /// Whether a sentence tells of the matter raised, met elsewhere too ("Dimitrije berättade att
    /// Landskrona haft samma problem på Ven …"); not one bringing it again ("Sibylla beskrev att
    /// Örkelljunga har samma problem och …").
    static func tellsOfTheSame(_ sentence: String) -> Bool {
        guard sentence.holds(" samma ") || sentence.holds(" sådan"), case let lower = sentence.lowercased(), sameMatter.contains(where: lower.holds)
        else { return false }
        return firstVerb(inLowercased: lower)?.hasPrefix("berätta") == true
    }
    /// Words that tell the matter raised is met elsewhere too, or what is asked for there already
    /// ("Helsingborg har ett sådant avtal").
    static let sameMatter = [" samma problem", " samma sak", " samma erfarenhet", " samma situation", " samma bild", " samma svårigheter", " samma utmaning",
        " ett sådant ", " en sådan ", " sådana "]

    /// Whether a sentence tells how it is in the teller's kommun ("Jónína berättade att Helsingborg
    /// har en samtalsgrupp …", "… berättade om Helsingborgs träningslägenheter") after one of raisers
    /// brought the matter up ("tog upp", "lyfte", "väckte", not only told of it): a comment on the
    /// matter, no matter of its own.
    static func tellsOfOwnKommun(_ sentence: String, after raisers: [Mention]) -> Bool {
        guard let verb = [" berättade att ", " berättade om ", " berattade att ", " berattade om "].lazy.compactMap(sentence.firstRange).first,
            case let word = sentence[verb.upperBound...].prefix(while: \.isLetter),
            Municipality.named(word) != nil || sentence[verb].hasSuffix(" om ") && Municipality.ofGenitive(word) != nil
        else { return false }
        return raisers.contains { mention in ["tog upp", "lyfte", "väckte"].contains { mention.evidence.lowercased().holds(" " + $0) } }
    }

    /// Whether an item's title line is the one where each brings a matter of their own ("Övrigt",
    /// "Övriga frågor", "Övr. frågor", "Något mer?", "Any other business"; typed without dots,
    /// "Ovriga fragor").
    static func isOtherMatters(_ title: String) -> Bool {
        // (A title line as written, without its number: "PUNKT 5. Övrigt", "## 3. Övrigt", "§ 7 Övriga frågor".)
        let key = Folding.key(title.wholeMatch(of: MinutesDocument.numberedMarker)?.2.map(String.init) ?? title.trimmingSpaces(and: "#*"))
        return ["ovrig", "ovr.", "nagot mer", "any other business", "other business", "aob"].contains { key.hasPrefix($0) }
    }

    /// Whether a proposal, lowercased, is how to handle the matter at hand ("Romina föreslog att
    /// frågan tas upp igen …"), not a matter of its own.
    static func handles(_ lower: String, after verb: String) -> Bool {
        ["frågan", "punkten", "ärendet"].contains { lower.holds(verb + " att " + $0 + " ") }
    }

    /// Whether a sentence naming no raiser opens a matter all the same, by what no one named says or
    /// asks ("Flera kommuner beskrev att …", "I rundan berättade Zinaida att …"), or said of the matter
    /// (`passives`): a question after it asks of that matter, and raises nothing.
    static func opensMatter(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        // (The passive may end the sentence: "Anteckningarna gicks igenom.")
        let spaced = lower.trimming(anyOf: ".!? ") + " "
        return mayHoldVerb(lower) && firstVerb(inLowercased: lower) != nil || passives.contains(where: spaced.holds)
    }
    /// A matter brought up, said of the matter ("Frågan väcktes på mötet den 16 september av …",
    /// "Anteckningarna gicks igenom."), each between spaces. (Asked of every sentence of an item no one raised.)
    static let passives = ["väcktes", "har väckts", "lyftes", "har lyfts", "togs upp", "har tagits upp", "anmäldes", "skickades in", "skickats in", "gicks igenom", "har gåtts igenom"].map { " " + $0 + " " }

    /// The first raising verb a sentence, lowercased, holds, as `verbForms` writes it.
    static func firstVerb(inLowercased sentence: String) -> String? {
        // (A verb may end the line: "… sommaren. Ingbritt undrade" over "vad ett dygn kostar."; or its
        // colon, "Tonje frågade: Hur gör ni …".)
        var lower = sentence
        // (The standard library's `replacing` only where there is a colon: it is slow to start.)
        if lower.holds(":") { lower = lower.replacing(":", with: " ") }
        lower += " "
        // (By `place(of:)`: Foundation's `range(of:)`, verb by verb, was a fiftieth of reading.)
        return verbForms.compactMap { verb in lower.place(of: " " + verb + " ").map { ($0, verb) } }.min { $0.0 < $1.0 }.map { asDotted[$0.1] ?? $0.1 }
    }

    /// Who present a matter, as a label or a protocol names them: "Anna Lind, Klippan" one from a kommun
    /// (not the body after a name, "Yusra Dahir, Brottsofferjouren Nordvästra Skåne").
    static func presenters(_ mentions: [Mention]) -> [Mention] {
        var presenters: [Mention] = []
        for mention in mentions where !(mention.name.map(PeopleLists.isOtherBody) ?? false) {
            if let kommun = mention.name.flatMap(Municipality.named) ?? (mention.name == nil ? mention.municipality : nil),
                let last = presenters.indices.last
            {
                presenters[last].municipality = presenters[last].municipality ?? kommun
            } else {
                presenters.append(mention)
            }
        }
        return presenters
    }

    /// Whether a sentence asks ("Märit undrade om …").
    static func isQuestion(_ sentence: String) -> Bool {
        // (A cheap test first, for every sentence of every item.)
        guard sentence.holds(" undra") || sentence.holds(" fråga") || sentence.holds(" fraga") else { return false }
        let lower = sentence.lowercased()
        return questionVerbs.contains { lower.holds(" " + $0 + " ") }
    }
    /// Whether a sentence asks how the others do ("ville veta hur andra kommuner har gjort", "undrade
    /// hur de andra gör").
    static func asksTheOthers(_ sentence: String) -> Bool {
        guard sentence.holds(" hur ") else { return false }
        let lower = sentence.lowercased()
        return [" hur andra ", " hur de andra ", " hur övriga ", " hur ni "].contains(where: lower.holds)
            && [" undra", " fråga", " ville veta ", " ville höra "].contains(where: lower.holds)
    }

    /// Whether a sentence answers ("Wibeke svarade att …", "Torvild svarade ja").
    static func isReply(_ sentence: String) -> Bool {
        let lower = sentence.lowercased() + " "
        return replyVerbs.contains { lower.holds(" " + $0 + " ") }
    }

    /// Verbs that open a speaker's line answering another's.
    static let replyVerbs = ["svarade", "svarar", "instämde", "instämmer", "höll med", "håller med", "kommenterade"]

    /// Whether what a speaker's line says after the colon opens with one of verbs: "Per Holm
    /// (Klippan): Svarade att …" answers (`replyVerbs`), "Usman Ek (Bjuv): Berättade att …" brings
    /// something up (`speakerVerbs`).
    static func speech(_ line: String, opensWith verbs: [String]) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let speech = line[line.index(after: colon)...].trimmingSpaces().lowercased()
        return verbs.contains { speech.hasPrefix($0 + " ") }
    }

    /// The raisers of an item: named in its title line, or in its text, each with the sentences that
    /// are theirs. A sentence that names a raiser opens their statement; the sentences after it are
    /// theirs until another raiser is named.
    static func mentions(titleLine: String, text: String) -> [Mention] {
        // ("@Aida Memić berättade": a mention as a chat or notes app writes it.)
        let withoutAt = { (text: String) in text.holds("@") ? text.replacing(atMention) { $0.1 } : text }
        let line = withoutAt(titleLine.without("**"))
        let (sentences, lineOf, nested, signers) = statementSentences(withoutAt(text.without("**")))
        let otherMatters = isOtherMatters(line)
        let asks = line.trimmingSpaces().hasSuffix("?")
        var found: [Mention] = []
        /// Where each of mentions is in found, added when new (a name said twice is one raiser).
        func positions(_ mentions: [Mention]) -> [Int] {
            mentions.map { mention in
                // (One name said with its kommun and once without is one raiser.)
                if let index = found.firstIndex(where: {
                    $0.name == mention.name && $0.role == mention.role && ($0.municipality == mention.municipality || $0.name != nil && ($0.municipality == nil || mention.municipality == nil))
                }) {
                    return index
                }
                // "Farah" after "(Farah Nasser, Albin Stenhammar)": the one already named, by first name;
                // not "Erik (Åstorp)" after "Erik Wahlgren (Ängelholm)", which says it is another.
                if let name = mention.name, !name.contains(" "), mention.municipality == nil, !mention.evidence.holds("("),
                    !mention.evidence.holds(" från ")
                {
                    let named = found.indices.filter { found[$0].name?.split(separator: " ").first.map(String.init) == name }
                    if named.count == 1 { return named[0] }  // (two Annas named: which is for the normaliser)
                }
                found.append(mention)
                return found.count - 1
            }
        }
        // Raisers the title line names speak in the text's opening, until the text names another.
        var current = Array(Set(positions(lineMentions(line)))).sorted()
        for index in current { found[index].namedOtherwise = true }
        // Speakers' lines: who spoke, and whether one answers another (a conversation).
        var spoken = Set<String>(), replies = false
        // A question asked and not yet answered: "Märit undrade om någon kommun har avtal. Det hade
        // ingen. Milla berättade att Bjuv har …" tells the answer and raises nothing of its own.
        var asked = false
        // A question put to all ("Catarina ville veta hur andra kommuner har gjort."): each telling
        // after it answers it ("Dorit berättade att Örkelljunga installerade …").
        var othersAsked = false
        var opened = false  // by no one named (`opensMatter`)
        let spokeAgain = { (here: [Mention]) in here.contains { $0.name.map(spoken.contains) ?? false } }
        // Whether the bullet the nested bullets stand under named a raiser, and its line.
        var bulletRaised = false, bulletLine = -1
        // The text's first sentence after the title, where the text repeats it.
        let opening = sentences.first.map { line.holds($0) } == true ? 1 : 0
        for (number, sentence) in sentences.enumerated() {
            // (What was decided raises nothing: "Beslut: Karin tar upp frågan i ledningsgruppen.")
            var here = sentence.holds(":") && sentence.prefixMatch(of: DecisionReader.label) != nil ? [] : sentenceMentions(sentence)
            // A signed note ("… /EG") is its signer's: on a matter raised, a point made on it; under
            // "Övrigt", a matter of its own unless it asks.
            // (Or one closed by the initials of who said it, "… barnets egna ord (NW).", as a key names them.)
            if here.isEmpty, let (signed, evidence) = signers[number].map({ ($0, "/" + $0) }) ?? closingInitials(sentence) {
                here = found.isEmpty && !opened || otherMatters && !sentence.hasSuffix("?") ? [mention(signed, evidence: evidence)] : []
                if here.isEmpty, let index = found.firstIndex(where: { $0.name == signed }) { current = [index] }
            }
            // "Alice: dialog kring …", but not the title repeated ("Övrigt: inga frågor").
            // (Not a kommun's turn in a round of them: "Helsingborg: fler ansökningar …" over "Höganäs: …".)
            if number == 0, here.isEmpty, sentence.holds(":"), let match = sentence.firstMatch(of: nameColon),
                let name = match.output[1].substring, Folding.key(name) != Folding.key(line),
                Municipality.named(name) == nil || sentences.filter(opensWithKommun).count < 2
            {
                here = split(match)
            }
            // Under "Övrigt", "Rebekka: Klippan har fått ny enhetschef …", "Ewelina Grabowska: påminde om …":
            // a matter of the one named (whose kommun may speak for them: "Máret: Ängelholm undrade om …").
            // (Theirs even where it asks: "Máret: … undrade om någon kommun har avtal …" is her matter.)
            // ("Kamoliddin: går i pension i aug, …", in a note's own words: by one whose name the
            // minutes write in full elsewhere, as a topic's label is no one's.)
            var ownLine = false
            if otherMatters, here.allSatisfy({ $0.name == nil }), sentence.holds(":"),
                case let spoken = sentence.firstMatch(of: speakerColon) ?? (speech(sentence, opensWith: speakerVerbs) ? sentence.firstMatch(of: nameColon) : nil),
                let match = spoken ?? sentence.firstMatch(of: nameColon),
                let name = match.output[1].substring, isSpeakerName(name), sentence.split(separator: " ").count >= 5
            {
                (here, ownLine) = (split(match).map { mention in
                    var mention = mention
                    mention.byNameAlone = spoken == nil
                    return mention
                }, true)
            }
            // "Thorvaldur: Båstad vill starta träffpunkt …" opening an item: who brought it, then their
            // words, as under "Övrigt"; by name alone (a topic opens so too).
            if number == opening, !otherMatters, here.isEmpty, sentence.holds(":"), let match = sentence.firstMatch(of: speakerColon),
                let name = match.output[1].substring, isSpeakerName(name), Folding.key(name) != Folding.key(line),
                sentence.split(separator: " ").count >= 5
            {
                here = split(match).map { mention in
                    var mention = mention
                    mention.byNameAlone = true
                    return mention
                }
            }
            // "Under punkten var Ida Berg från Kronofogden med. Hon berättade att …": the one the
            // sentence before names as there for the matter, when it names one and no one has raised
            // the matter yet; or the one whose full name opens it ("Calvin Brandvold gav polisens
            // lägesbild. Han berättade att …"), not one who opened the meeting ("Kennert hälsade
            // välkomna. Han framförde en hälsning …"); nor "Tora har pratat med Karin Lund. Hon berättade …".
            if here.isEmpty, found.isEmpty, number > 0, sentence.hasPrefix("Hon ") || sentence.hasPrefix("Han "),
                case let lower = sentence.lowercased(), speakerVerbs.contains(where: { lower.dropFirst(4).hasPrefix($0 + " ") }),
                case let before = previousSentence(sentences, before: number),
                case let lower = before.lowercased().trimming(anyOf: ". "),
                case let there = lower.hasSuffix(" med") || ["som gäst", "deltog", "inbjuden", "inbjudna", "gästade", "medverkade", "på besök"].contains(where: lower.holds),
                case let opener = ["välkom", "öppnade", "tackade", "avslutade"].contains(where: lower.holds),
                // ("Aarni hann precis fram till den här punkten, som var hans. Han tog upp …": the matter
                // theirs, the one opening the sentence, by first name too.)
                case let theirs = lower.hasSuffix("som var hans") || lower.hasSuffix("som var hennes"),
                case let named = theirs ? [String(before.prefix { $0.isLetter || $0 == "-" })].filter(PeopleLists.isName)
                    : before.matches(of: fullNamePattern).filter({ there || !opener && $0.range.lowerBound == before.startIndex })
                        .map({ String($0.output) }).filter(PeopleLists.isName),
                named.count == 1
            {
                here = [mention(named[0], evidence: String(sentence.prefix(20)))]
            }
            // A question asked of a matter someone brought up ("Sara Lind frågade hur lång tid det
            // tar"), a point made on it or its summing up, raises nothing new: it goes on the matter's statement.
            // (The writer's verb read whole: "Själv tog jag upp att … och frågade om …" brings it up.)
            let unsigned = here.first?.name == writer && sentence.holds(" jag ") ? sentence.replacing(" jag ", with: " ") : sentence
            // ("Evija hade mejlat två frågor från Svalöv om …" in it: questions asked of it too.)
            let asksFrom = !otherMatters && here.allSatisfy { $0.evidence.lowercased().hasPrefix("fråg") && !sentence.hasPrefix($0.evidence) }
            // (An item that asks, "Spelberoende – vilka insatser finns?": one who tells after its raiser
            // answers it, "Şebnem berättade att Åstorp har en behandlare …"; not one the item named
            // before, over its notes, "Munira Dualeh och Oriana Dumitrescu", or as who presents it.)
            let answersTitle = asks && !otherMatters && !found.isEmpty && !here.contains { mention in
                guard let first = mention.name?.split(separator: " ").first.map(String.init) else { return false }
                return line.holds(first) || sentences[..<number].contains { $0.holds(first) }
            }
            if !found.isEmpty || opened, !here.isEmpty, !ownLine, here.allSatisfy({ !$0.marked }),
                asksFrom || followsOn(unsigned, otherMatters: otherMatters, asked: asked || othersAsked || answersTitle)
                    || !otherMatters && tellsOfOwnKommun(sentence, after: found)
                    // (In prose; a speaker's line, "Per Holm (Klippan): Berättade att de har samma problem.", is theirs.)
                    || !otherMatters && tellsOfTheSame(sentence) && !(sentence.holds("):") && sentence.firstMatch(of: roundLine) != nil)
            {
                here = []
            }
            if found.isEmpty, here.isEmpty, !opened { opened = opensMatter(sentence) }
            // "- Ingemo tog upp att … och undrade hur andra gör." over "  - Kenth tipsade om telefontolk.":
            // a bullet nested under a raiser's answers it.
            if nested[number] {
                if bulletRaised, here.allSatisfy({ !$0.marked }) { here = [] }
            } else if lineOf[number] != bulletLine {
                (bulletRaised, bulletLine) = (!here.isEmpty, lineOf[number])
            } else if !here.isEmpty {
                bulletRaised = true
            }
            // An item that asks ("FRÅGA 1  Hur har ni löst det?"), its question put: each kommun's
            // turn in a round ("Helsingborg (Ramadan Hassoun): Vi har …") answers it.
            if asks, !found.isEmpty || opened, !here.isEmpty, sentence.holds("):"), sentence.firstMatch(of: roundLine) != nil { here = [] }
            if !here.isEmpty {
                current = Array(Set(positions(here))).sorted()
            } else if case let speaking = raisersOpening(sentence, of: found), !speaking.isEmpty {
                // "Roza och Yrjö hade anmält punkten. Roza berättade … Yrjö fyllde i att …": raisers
                // who open a sentence say it, in words that raise nothing, or ask it.
                current = speaking
            }
            // (A question put in the sentence's own words too: "…: finns det skyddat boende i regionen …?")
            asked = isQuestion(sentence) || sentence.hasSuffix("?") || asked && here.isEmpty && !isReply(sentence)
            // (A proposal put to all, "Nattaya föreslog tre saker:", is answered so too.)
            othersAsked = othersAsked || !otherMatters && (asksTheOthers(sentence) || DecisionReader.proposes(sentence))
            if sentence.holds("):"), sentence.firstMatch(of: roundLine) != nil {
                // (The first to speak opened the matter.)
                let opening = spoken.isEmpty
                for index in current {
                    found[index].raisedAsSpeaker = found[index].raisedAsSpeaker == true || opening || speech(sentence, opensWith: speakerVerbs)
                }
                replies = replies || spokeAgain(here) || speech(sentence, opensWith: replyVerbs)
                spoken.formUnion(here.compactMap(\.name))
            } else if !here.isEmpty {
                for index in current { found[index].namedOtherwise = true }
            }
            for index in current {
                found[index].statement += (found[index].statement.isEmpty ? "" : " ") + sentence
            }
        }
        // Notes that mark who raised what ("ÅSTORP/Otilia: …") say so by the mark alone: "Konrad
        // frågade om materialet" under Otilia's is a question in her matter.
        let marked = found.filter(\.marked)
        if !marked.isEmpty { return marked }
        // A conversation written down (a speaker speaks again, or answers: "Tord Ek (Bjuv): Instämde
        // i att …") names as raisers the speakers who opened the matter or bring something up; a
        // round of the table each who spoke.
        guard replies else { return found }
        return found.filter { $0.raisedAsSpeaker != false || $0.namedOtherwise }
    }

    /// The raisers of found whose names, or first names alone, open sentence ("Yrjö fyllde i att …",
    /// "Roza och Yrjö ska …"); none when a word there names no one of them.
    static func raisersOpening(_ sentence: String, of found: [Mention]) -> [Int] {
        guard !found.isEmpty, sentence.first?.isUppercase == true else { return [] }
        // (A cheap test first, asked of most sentences: the first word a raiser's first name.)
        let opening = sentence.prefix { $0 != " " }
        guard found.contains(where: { $0.name?.prefix(while: { $0 != " " }) == opening }) else { return [] }
        var words = sentence.split(separator: " ", maxSplits: 6)[...], named: [Int] = []
        while let first = words.first, first.first?.isUppercase == true {
            let one = [2, 1].lazy.compactMap { count -> (Int, Int)? in
                guard words.count > count else { return nil }
                let name = words.prefix(count).joined(separator: " ")
                let matching = found.indices.filter { found[$0].name == name || count == 1 && found[$0].name?.prefix(while: { $0 != " " }) == name[...] }
                return matching.count == 1 ? (matching[0], count) : nil
            }.first
            guard let (index, count) = one else { return [] }
            named.append(index)
            words = words.dropFirst(count)
            if words.first == "och" { words = words.dropFirst() } else { break }
        }
        return named
    }

    /// Mentions in a title line: "Fråga från X …", "X informerar", "… – Barbara Ängelholm".
    static func lineMentions(_ line: String) -> [Mention] {
        var found = sentenceMentions(line)
        // (Not "Mini-Maria": after a word's hyphen, one word is the compound's; nor "MISSBRUKS- OCH
        // BEROENDEVÅRDEN", a heading in capitals.)
        if found.isEmpty, line.contains(where: { "-–—".contains($0) }), let match = line.firstMatch(of: trailing),
            let name = match.output[1].substring,
            name.split(separator: " ").allSatisfy({ $0.count == 1 || $0.dropFirst().contains(where: \.isLowercase) }),
            // ("förslag-Barbara Ängelholm": after a common word's hyphen; not "Mini-Maria Helsingborg".)
            match.range.lowerBound == line.startIndex || !line[line.index(before: match.range.lowerBound)].isLetter
                || line[..<match.range.lowerBound].split(separator: " ").last?.first?.isLowercase == true
        {
            found = split(match)
        }
        if found.isEmpty, let (names, range) = presenterNames(line) {
            found = names.map { mention($0, evidence: String(line[range]).trimmingSpaces()) }
        }
        // "Ny e-tjänst (anm. BK)", "(anmäld av AJ, DE)": who put the item on the agenda.
        if found.isEmpty, line.hasSuffix(")"), let match = line.firstMatch(of: announcedBy) {
            found = match.output.1.split(separator: nameSeparator).map(String.init).filter { PeopleLists.isName($0) || $0.wholeMatch(of: initials) != nil }
                .map { mention($0, evidence: String(match.output.0).trimmingSpaces()) }
        }
        return found
    }
    nonisolated(unsafe) static let announcedBy = /(?i:\s*\((?:anm\.(?:\s+av)?|anmäld\s+av|anmält\s+av))\s+([^()]+?)\s*\)\s*$/
    /// "BK", "EKa": initials a key of them names someone by.
    nonisolated(unsafe) static let initials = /\p{Lu}{2,3}|\p{Lu}{2}\p{Ll}/

    /// "Helsingborg (Nellie): Fjorton pågående …", "Nellie (Helsingborg): …": a round of the table,
    /// a kommun and who spoke for it, then what they said.
    nonisolated(unsafe) static let roundLine = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*\(\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*\)\s*:\s+\S/

    /// "HELSINGBORG/Kerttu: Helsingborg har …", "GÄST/Teodora Ilić: …": a contribution opened by
    /// where its speaker is from (a kommun) or that they are a guest, and their name.
    nonisolated(unsafe) static let prefixedLine = /^(\p{Lu}{3,})\/(\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]+)?)\s*:\s+\S/

    /// A contribution's mark and name, when the mark is a kommun or a guest's and the name a name
    /// (not "IFO/Vuxen: …", a unit).
    static func prefixed(_ line: String) -> (name: String, municipality: String?, evidence: String)? {
        guard line.holds("/"), let match = line.firstMatch(of: prefixedLine) else { return nil }
        let kommun = Municipality.named(match.1)
        guard kommun != nil || ["gäst", "gäster"].contains(match.1.lowercased()), PeopleLists.isName(String(match.2)),
            !PeopleLists.isDefiniteNoun(match.2.split(separator: " ")[0])
        else { return nil }
        return (String(match.2), kommun, String(line[..<line.firstIndex(of: ":")!]))
    }

    /// Mentions in one sentence: "Fråga från X", "Från X:", "X och Y lyfter".
    static func sentenceMentions(_ sentence: String) -> [Mention] {
        // "(Föredragande: Ada Ek)" closing an item: the label, its parentheses an aside's.
        if sentence.hasPrefix("("), sentence.hasSuffix(")"), sentence.lowercased().hasPrefix("(föredrag") {
            return sentenceMentions(String(sentence.dropFirst().dropLast()))
        }
        // "Biträdande socialchef Mejra Ek redovisade …": the title of two words before the name.
        if sentence.hasPrefix("Biträdande ") || sentence.hasPrefix("Tillförordnad ") {
            let words = sentence.split(separator: " ", maxSplits: 2)
            if words.count == 3, PeopleLists.isJobTitle(String(words[1])) || isDefiniteJob(words[1]) { return sentenceMentions(String(words[2])) }
        }
        let lower = sentence.lowercased()
        var found: [Mention] = []
        // "Jag berättade att …" in notes written in the first person, "Undertecknad berättade att …" ("jag
        // tog upp: …", as a speaker's line is read): their
        // writer (`writer`, named by the reader of the whole minutes). Not "Jag frågade", "Jag lovade".
        // (In English too: "I presented the first results …".)
        if let pronoun = ["jag ", "undertecknad ", "i "].first(where: lower.hasPrefix),
            let verb = speakerVerbs.first(where: { lower.dropFirst(pronoun.count).hasPrefix($0 + " ") || lower.dropFirst(pronoun.count).hasPrefix($0 + ":") })
        {
            return [Mention(name: writer, evidence: String(sentence.prefix(pronoun.count + verb.count)))]
        }
        // ("Själv tog jag upp att …": the verb before "jag", its particle after.)
        if let opener = ["själv ", "sedan ", "därefter ", "också ", "även "].first(where: lower.hasPrefix), lower.holds(" jag ") {
            let rest = lower.dropFirst(opener.count)
            if let verb = speakerVerbs.first(where: { verb in
                let words = verb.split(separator: " ", maxSplits: 1)
                return rest.hasPrefix(words[0] + " jag " + (words.count > 1 ? words[1] + " " : ""))
            }) {
                return [Mention(name: writer, evidence: String(sentence.prefix(opener.count + verb.count + 4)))]
            }
        }
        if let (name, municipality, evidence) = prefixed(sentence) {
            return [Mention(name: name, municipality: municipality, evidence: evidence, marked: true)]
        }
        if sentence.holds("):"), let round = sentence.firstMatch(of: roundLine) {
            let (first, second) = (String(round.1), String(round.2))
            if let kommun = Municipality.named(first), Municipality.named(second) == nil {
                return [Mention(name: second, municipality: kommun, evidence: String(sentence[..<sentence.firstIndex(of: ":")!]), ofTurn: true)]
            }
            if let kommun = Municipality.named(second), Municipality.named(first) == nil {
                return [Mention(name: first, municipality: kommun, evidence: String(sentence[..<sentence.firstIndex(of: ":")!]), ofTurn: true)]
            }
            // "Regina Ek (Psykiatriakuten): …": a full name, then the body they are from.
            if first.contains(" "), !second.contains(" "), PeopleLists.isName(first), !PeopleLists.isName(second) {
                return [Mention(name: first, evidence: String(sentence[..<sentence.firstIndex(of: ":")!]))]
            }
        }
        // Cheap tests before the patterns, which backtrack over names.
        if lower.holds(" var ") || lower.holds(" är "), ["det", "detta", "punkten", "frågan", "ärendet", "lappen", "ämnet", "temat", "förslaget"].contains(where: { lower.hasPrefix($0 + " ") }),
            let match = sentence.firstMatch(of: whose) ?? sentence.firstMatch(of: whoseAlone)
        {
            return split(match)
        }
        if lower.hasPrefix("enligt "), let match = sentence.firstMatch(of: according) {
            found += split(match).filter { $0.name.map(PeopleLists.isCapitalisedFullName) ?? false }
        }
        if lower.holds(":"), lower.hasPrefix("föredrag") || lower.hasPrefix("present") || lower.hasPrefix("dragning") || lower.hasPrefix("väckt") || lower.hasPrefix("anmält") || lower.hasPrefix("frågeägare"),
            let match = sentence.wholeMatch(of: presenterLabel)
        {
            return presenters(split(match))
        }
        // "Ärendet har väckts av Wannes Verhaegen, Perstorp.": a protocol's who brought the matter.
        if lower.holds(" av "), ["ärendet ", "frågan ", "punkten "].contains(where: lower.hasPrefix), let match = sentence.wholeMatch(of: broughtBy) {
            return presenters(split(match))
        }
        if lower.holds("d av ") || lower.holds("t av "), let match = sentence.firstMatch(of: reportedBy) {
            // (A person: "redovisad av Socialstyrelsen" is a source.)
            let people = split(match).filter { $0.name.map(PeopleLists.isCapitalisedFullName) ?? false }
            if !people.isEmpty { return people }
        }
        if lower.holds("från") {
            for match in mayHoldFromPhrase(lower) ? sentence.matches(of: fromPhrase) : [] { found += split(match) }
            // ("Från X:" opens the sentence: the pattern is not tried from every place of it.)
            if lower.hasPrefix("från"), let match = sentence.firstMatch(of: fromColon) { found += split(match) }
        }
        if mayHoldVerb(lower) {
            if lower.hasPrefix("från"), let match = sentence.firstMatch(of: fromKommunVerb), let kommun = Municipality.named(match.output[1].substring ?? "") {
                found += split(match, names: 2).map { mention in
                    var mention = mention
                    mention.municipality = mention.municipality ?? kommun
                    return mention
                }
            } else if let role = roleMention(sentence) {
                found.append(role)
            } else if let match = sentence.firstMatch(of: subjectVerb) {
                found += split(match)
            } else if lower.holds("besök av") || lower.holds("gästades av"), let match = sentence.firstMatch(of: visitorWho) {
                found += split(match)
            }
        }
        return found
    }

    /// Someone named by role and kommun opening a sentence with a raising verb (`roleVerb`): a job's
    /// definite form ("IFO-chefen", "Samordnaren", "Kuratorn"), not a name ("Sven från Klippan") nor a
    /// body ("Socialtjänsten i Bjuv").
    static func roleMention(_ sentence: String) -> Mention? {
        // (A cheap test first: the sentence's first word may be a definite form.)
        let first = sentence.prefix { !$0.isWhitespace }
        guard first.hasSuffix("n"), isDefiniteJob(first), let match = sentence.firstMatch(of: roleVerb),
            let role = match.output[1].substring, let kommun = match.output[2].substring.flatMap({ Municipality.named($0) })
        else { return nil }
        let evidence = String(match.output[0].substring!).trimming { $0.isSpace || $0.isPunctuation }
        return Mention(name: nil, municipality: kommun, role: String(role), evidence: evidence)
    }

    /// "IFO-chefen", "Samordnaren": a job title (`PeopleLists.isJobTitle`) in its definite form.
    static func isDefiniteJob(_ word: Substring) -> Bool {
        [word.dropLast(2), word.dropLast()].contains { PeopleLists.isJobTitle(String($0)) }
    }

    /// The names a match holds ("Karin och Erik S"), each a mention with the match as evidence.
    static func split(_ match: Regex<AnyRegexOutput>.Match, names group: Int = 1) -> [Mention] {
        guard let text = match.output[group].substring else { return [] }
        let evidence = String(match.output[0].substring ?? text)
            .trimming { $0.isSpace || $0.isLineEnd || $0.isPunctuation }
        return text.split(separator: nameSeparator).compactMap { name in
            // "Även Per Holm påpekade": the opening word is no one's; "Alla påpekade": no one.
            var words = name.split(separator: " ")
            while let first = words.first, nobody.contains(first.lowercased()) { words.removeFirst() }
            guard !words.isEmpty else { return nil }
            var made = mention(words.joined(separator: " "), evidence: evidence)
            // "Rinnvall (Bjuv) tog upp": the kommun in parentheses after the name, where it is from.
            if made.municipality == nil, let name = made.name, let after = evidence.range(of: name + " (")?.upperBound,
                let close = evidence[after...].firstIndex(of: ")")
            {
                made.municipality = Municipality.named(evidence[after..<close])
            }
            return made
        }
    }

    /// An item's text as sentences: a sentence ends at `.`, `!` or `?`, and at a line's end (minutes
    /// write one statement a line as often as not).
    /// Words no sentence ends on: a line ending in one goes on into the next ("… som brobyggare i"
    /// over "Landskrona, berättade att …").
    static let continuing: Set<Substring> = ["och", "men", "samt", "i", "på", "för", "av", "med", "till", "om", "att", "som", "från", "hos", "vid"]

    /// Each with the line it starts on, and whether that line is a bullet nested under another
    /// (indented, under a bullet or another nested one).
    static func statementSentences(_ text: String) -> (sentences: [String], lines: [Int], nested: [Bool], signers: [String?]) {
        var sentences: [String] = [], lineOf: [Int] = [], nested: [Bool] = [], signers: [String?] = []
        var wrapped = false
        var outer: Int?  // the indent of the bullet others may nest under
        var rawLines = text.split(separator: "\n")
        // A note signed at its end by who said it ("– Viktigt m. anonymitet … /EG"): the signature
        // no word of it, the note's first sentence its signer's.
        var signer: [Int: String] = [:]
        if text.holds(" /") {
            var bulletLine: Int?
            for (number, raw) in rawLines.enumerated() {
                if PeopleLists.withoutBullet(raw.trimmingSpaces()) != nil { bulletLine = number }
                guard let start = bulletLine, let signature = raw.firstMatch(of: signature), signature.output.1.wholeMatch(of: initials) != nil else { continue }
                signer[start] = String(signature.output.1)
                rawLines[number] = raw[..<signature.range.lowerBound]
                bulletLine = nil
            }
        }
        // (Indented further than the bullet above. The text's first line comes trimmed: its indent is
        // taken as the least of the bullets after it, looked at only where it is a bullet.)
        // (A point lettered or numbered in parentheses is a bullet too: "a) Adewale: Helsingborg har …".)
        // (The pattern asked only of a line with a parenthesis among its first bytes: of every line of every item.)
        let withoutMark = { (line: String) in
            PeopleLists.withoutBullet(line)
                ?? (line.utf8.prefix(4).contains(UInt8(ascii: ")")) ? line.prefixMatch(of: subPoint).map { String(line[$0.range.upperBound...]) } : nil)
        }
        lazy var firstIndent = rawLines.dropFirst().filter { withoutMark($0.trimmingSpaces()) != nil }
            .map(MinutesDocument.indent(of:)).min() ?? 0
        for (number, raw) in rawLines.enumerated() {
            let line = raw.trimmingSpaces()
            let unbulleted = withoutMark(line)
            let bullet = unbulleted != nil
            let indented = number == 0 ? (bullet ? firstIndent : 0) : MinutesDocument.indent(of: raw)
            let isNested = bullet && outer.map { indented > $0 } == true
            if bullet, !isNested { outer = indented }
            // A note's bullet is no word of it ("- Anna berättade att …").
            var here = Sentences.split(unbulleted ?? line, beforeCapital: false)
            // A sentence wrapped goes on: over a line in lower case ("… börjar. Pouya" or "Maiken, som
            // var med, tog också" over "upp att …"), or after its comma or a word no sentence ends on
            // ("Carlos svarade att …, och" over "Catalina berättade att …": one sentence, an answer).
            if !sentences.isEmpty, here.first?.first?.isLowercase == true || wrapped, let first = here.first {
                sentences[sentences.count - 1] += " " + first
                here.removeFirst()
            }
            signers += here.indices.map { $0 == 0 ? signer[number] : nil }
            sentences += here
            lineOf += here.map { _ in number }
            nested += here.map { _ in isNested }
            wrapped = sentences.last.map { last in
                // (Its last word found from the end, not by splitting: asked of every line.)
                let lastWord = last[(last.lastIndex(of: " ").map(last.index(after:)) ?? last.startIndex)...]
                return last.hasSuffix(",") || continuing.contains(lastWord)
            } ?? false
        }
        return (sentences, lineOf, nested, signers)
    }
    /// "a) ", "2) ": a point's mark in a list inside an item.
    nonisolated(unsafe) static let subPoint = /(?:[a-zåäö]|\d{1,2})\)\s+/

    /// "… i utredningar (NW).": the initials closing a sentence, and the parentheses as written.
    static func closingInitials(_ sentence: String) -> (String, String)? {
        guard sentence.hasSuffix(")") || sentence.dropLast().hasSuffix(")"), let match = sentence.firstMatch(of: closedBy) else { return nil }
        return (String(match.output.1), "(\(match.output.1))")
    }
    nonisolated(unsafe) static let closedBy = /\s\((\p{Lu}{2,3})\)[.!?]?$/

    /// "… /EG" ending a note: who signed it, when those are `initials`.
    nonisolated(unsafe) static let signature = /\s\/(\p{Lu}\p{L}{1,2})\s*$/

    /// Splits "Marie Klippan" into a first name and a kommun; a lone kommun names only the kommun.
    static func mention(_ words: String, evidence: String) -> Mention {
        var parts = words.split(separator: " ").map(String.init)
        if parts.count == 1, let kommun = Municipality.named(parts[0]) {
            return Mention(name: nil, municipality: kommun, evidence: evidence)
        }
        var municipality: String?
        if parts.count > 1, let kommun = Municipality.named(parts.last!) {
            municipality = kommun
            parts.removeLast()
        }
        return Mention(name: parts.joined(separator: " "), municipality: municipality, evidence: evidence)
    }
}

/// Finds decisions: `Beslut: …` (and `Åtgärd: …`), `Beslut` alone over its `att …` lines (numbered or
/// not), and sentences such as "Nätverket beslutar att …", "Beslutades att …", "Överenskoms att …".
enum DecisionReader {
    /// "Beslut: …" (also "Besl:"), and an action agreed ("Åtgärd: … Ansvarig: …").
    nonisolated(unsafe) static let label = /(?i)\b(?:beslut|besl\.?|beslutat|bestämt|åtgärd|decision|decided|överenskommet|överenskommelse|landade\s+i)\s*:\s*/
    /// "→ Ansvarig: Ada Berg" after a decision on its label's line or the next.
    nonisolated(unsafe) static let responsibleLabel = /\s+(?:→|->)\s*(?i:ansvarig|ansvariga)\s*:/
    nonisolated(unsafe) static let labelAlone = /(?i)^\s*(?:(?:nätverkets\s+|mötets\s+|gruppens\s+)?(?:beslut|besl\.?)(?:\s+i\s+\S+)?|(?:mötet|nätverket|gruppen)\s+(?:beslöt|beslutade)|åtgärd(?:er)?|att\s+göra|överenskommet|överenskommelse|landade\s+i|decisions?|decided|agreed)\s*:?\s*$/
    /// Words that decide: "Nätverket beslutade att", "Beslutet blev att", "Då är vi överens om att", "Vi kom fram till att",
    /// "Efter en kort diskussion beslutade nätverket att"
    /// (a chair summing up; not "Nätverket är överens om att det vore bra …", an opinion).
    nonisolated(unsafe) static let verb = /(?i)\b(beslutar|beslutade|beslöt|beslutades|beslöts|beslutat|överenskoms|överenskom|kom\s+överens\s+om|beslutet\s+blev|(?:vi|nätverket|gruppen|mötet|alla|deltagarna)\s+(?:enades\s+om|bestämde|bestämmer|kom\s+fram\s+till|landade\s+i)|(?:då|så)\s+är\s+vi\s+överens\s+om|bestämdes|(?:det\s+)?blev\s+bestämt|(?:beslutade|beslöt|bestämde|bestämmer)\s+(?:vi|nätverket|gruppen|mötet|deltagarna))\s*:?\s+att\b/
    /// "att …", "1. att …": a clause of a decision.
    nonisolated(unsafe) static let clause = /(?i)^\s*(?:\d{1,2}[.)]\s*)?(att\s+.+)$/

    /// The decisions of an item's text, read from its blocks: a `Beslut:` field, a `Beslut` label
    /// (heading, field or line of its own) over the blocks it heads, and sentences that decide.
    static func decisions(in text: String) -> [String] {
        let lower = text.lowercased()
        guard ["besl", "överens", "åtgärd", "enades", "bestämd", "bestämt", "bestämmer", "att göra", "decision", "decided", "agreed", "bakom", "fram till", "landade", "godkändes", "antogs", "fastställdes", "bifölls", "godtogs"].contains(where: lower.holds)
        else { return [] }
        var decisions: [String] = []
        var underLabel = false  // a "Beslut" label heads what follows
        var underList = false  // and each bullet of a list right under it, no blank line between
        var underTableHead = false  // "Beslut<TAB>Ansvarig<TAB>Klart senast" over its rows, right under it
        var previousEnd = 0
        // Under a proposal's lead-in ("Nattaya föreslog tre saker:"): its "3. att …" is what was proposed.
        var proposed = false
        for block in MinutesDocument(text.without("**")).blocks {
            defer {
                previousEnd = block.lines.upperBound
                switch block.kind {
                case .numbered: break
                case .paragraph: proposed = Self.proposes(block.text)
                // (A lead-in ending in its colon is read as a label with nothing after it.)
                case .field(let key) where block.text.isEmpty: proposed = Self.proposes(key + ":")
                default: proposed = false
                }
            }
            if block.lines.lowerBound != previousEnd { (underList, underTableHead) = (false, false) }
            let lines = block.text.split(separator: "\n").map { $0.trimmingSpaces() }
            if case .row(let cells) = block.kind, underTableHead {
                // (A row under the head: its first cell what was decided, the others who and when.)
                if let first = cells.first, !first.isEmpty { decisions += clauses([first]) }
                continue
            }
            underTableHead = false
            switch block.kind {
            case .field(let key) where key.wholeMatch(of: labelAlone) != nil:
                // ("Att göra: skicka domarna … (ansvarig: X)": a task given on its line, no decision; a
                // list under "Att göra:" is what was agreed.)
                if block.text.isEmpty { underLabel = true } else if !key.lowercased().hasPrefix("att göra") { decisions += clauses(lines) }
                continue
            case .heading where block.text.wholeMatch(of: labelAlone) != nil:
                underLabel = true
                continue
            case .paragraph where lines.contains { $0.wholeMatch(of: labelAlone) != nil },
                 .field(_) where lines.contains { $0.wholeMatch(of: labelAlone) != nil }:
                // Text, then "Beslut" on a line of its own, then what was decided (after a quote's
                // field too, "Yaw sa: ”…”", a paragraph a line running on under it).
                let at = lines.firstIndex { $0.wholeMatch(of: labelAlone) != nil }!
                decisions += decidingSentences(lines[..<at].joined(separator: " "))
                if at == lines.count - 1 { underLabel = true } else { decisions += clauses(Array(lines[(at + 1)...])) }
                continue
            case .bullet where underLabel || underList:
                // "Att göra:" over "- VA: skicka ut mallen …": each bullet one thing agreed.
                decisions.append(lines.joined(separator: " "))
                (underLabel, underList) = (false, true)
                continue
            // ("3. Att göra till nästa träff": a label of tasks, no clause.)
            case .numbered where underLabel || !proposed && block.text.lowercased().hasPrefix("att ") && !block.text.lowercased().hasPrefix("att göra"):
                decisions += clauses([block.text])
                continue
            case .separator, .row:
                // ("Beslut:<TAB>Nätverket utgår från …": the label and its decision by a tab, no table's row.)
                if lines.count == 1, let decided = lines[0].prefixMatch(of: label) {
                    decisions.append(String(lines[0][decided.range.upperBound...]).trimmingSpaces())
                } else if lines.count == 1, let tab = lines[0].firstIndex(of: "\t"), lines[0][..<tab].wholeMatch(of: labelAlone) != nil {
                    // (A protocol's margin: "Beslut<TAB>Nätverket utser …"; or a table's head, "Beslut<TAB>Ansvarig<TAB>Klart
                    // senast", its columns' names, over the rows that say it.)
                    let rest = lines[0][lines[0].index(after: tab)...]
                    let cells = rest.split(separator: "\t").map { $0.trimmingSpaces() }
                    if cells.count >= 2, MinutesDocument.isHeaderRow(cells) { underTableHead = true } else { decisions += clauses([String(rest).trimmingSpaces()]) }
                } else {
                    (underLabel, underList) = (false, false)
                }
                continue
            default: break
            }
            underList = false
            if underLabel {
                decisions += clauses(lines)
                underLabel = false
                continue
            }
            let paragraph = lines.joined(separator: " ")
            if let match = paragraph.firstMatch(of: label) {
                // ("→ Beslut: … → Ansvarig: Ada Berg": who follows it up is no part of what was decided.)
                var decision = paragraph[match.range.upperBound...]
                if let responsible = decision.firstMatch(of: responsibleLabel) { decision = decision[..<responsible.range.lowerBound] }
                decisions.append(decision.trimmingSpaces())
                continue
            }
            decisions += decidingSentences(paragraph)
        }
        return decisions.filter { !madeNone($0) }
    }

    /// Whether a line leads in to what someone proposed ("Nattaya föreslog tre saker:", "Förslag:").
    static func proposes(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasSuffix(":") && (lower.holds("föresl") || lower.holds("förslag"))
    }

    /// "–", "inget", "– (informationspunkt)", "Inget beslut fattades. Frågan tas upp igen …": what
    /// says no decision was made, where one is written.
    static func madeNone(_ decision: String) -> Bool {
        decision.wholeMatch(of: none) != nil || decision.prefixMatch(of: noneMade) != nil
            // ("Information, inget beslut.": each part says none.)
            || decision.holds(",") && decision.split(separator: ",").allSatisfy { $0.wholeMatch(of: none) != nil || $0.prefixMatch(of: noneMade) != nil }
            // ("Vi kom fram till att det är för tidigt att säga.")
            || decision.holds("för tidigt att") && decision.contains(tooEarly)
            || "–—-".contains(decision.first ?? " ") && PeopleLists.withoutDetails(decision).wholeMatch(of: none) != nil
            // ("Beslut: vi tar fram en rutin. Nej, stryk det, det var inget beslut.": taken back as it was said.)
            || (decision.holds("stryk") || decision.holds("strök") || decision.holds("struken") || decision.holds("inget beslut")) && decision.contains(takenBack)
    }
    nonisolated(unsafe) static let takenBack = /(?i)\b(?:stryk\s+det|(?:var|blev)\s+inget\s+beslut|är\s+struken|ströks)\b/

    /// (A table's cell that names no decision: "Information", "Se anteckning", "Utgick".)
    nonisolated(unsafe) static let none = /(?i)\s*(?:[-–—]+|inget|inga|ej aktuellt|info(?:rmation(?:spunkt)?)?|se (?:anteckning(?:en|ar|arna)?|nedan|bilaga)|utgick|utgår)?\s*\.?\s*/
    nonisolated(unsafe) static let tooEarly = /\bför tidigt att (?:säga|avgöra|besluta|bestämma|ta ställning)\b/
    /// ("Något beslut fattades inte.": none, said the other way round.)
    /// ("Ingen fråga för beslut förelåg.": a protocol's none; "inget att besluta".)
    nonisolated(unsafe) static let noneMade = /(?i)\s*(?:(?:inget|inga|ingen)\s+beslut(?:spunkt)?|inget\s+att\s+besluta|något\s+beslut\s+(?:fattades|togs|fattade\s+\p{L}+)\s+(?:inte|ej)|no\s+decisions?|ingen\s+fråga\s+(?:för|att)\s+(?:beslut|besluta)\s+(?:förelåg|fanns))\b/

    /// "Nätverket beslutar att …", "Beslutades att …": sentences that decide.
    static func decidingSentences(_ text: String) -> [String] {
        sentences(text).filter { sentence in
            if sentence.holds("bakom"), sentence.contains(standsBehind) { return true }
            // (A cheap test first: each verb's ending.)
            if ["ndes", "ogs", "öll", "lldes"].contains(where: sentence.holds), sentence.prefixMatch(of: adopted) != nil { return true }
            guard mayDecide(sentence), let match = sentence.firstMatch(of: verb) else { return false }
            return !decidedElsewhere(sentence[..<match.range.lowerBound], perfect: match.1.lowercased() == "beslutat")
        }
    }

    /// "Förslaget godkändes med en ändring: …", "Rutinen antogs.": what was put before the meeting adopted.
    nonisolated(unsafe) static let adopted = /(?i)\s*(?:förslaget|rutinen|mallen|planen|riktlinjen|riktlinjerna|överenskommelsen)\s+(?:godkändes|antogs|fastställdes|bifölls|godtogs)\b/

    /// "Nätverket ställde sig bakom Yaldas förslag": the meeting standing behind a proposal decides it.
    /// (Its subject opening the sentence: not "Ebbe undrade om nätverket ställer sig bakom …".)
    nonisolated(unsafe) static let standsBehind = /(?i)^\s*(?:vi|nätverket|gruppen|mötet|alla|deltagarna)\s+(?:ställde|ställer)\s+sig\s+bakom\b/

    /// Words that name the meeting itself, wherever in the words before its verb ("Därför har vi",
    /// "Efter diskussion har nätverket"); and its own body, as the subject alone ("Styrelsen", not
    /// "Nämnden i Bjuv").
    static let meetingWords: Set<String> = ["vi", "man", "nätverket", "gruppen", "mötet", "deltagarna", "alla"]
    static let ownBodies: Set<String> = [
        "styrelsen", "nämnden", "föreningen", "årsmötet", "utskottet", "arbetsutskottet", "sammanträdet", "ledningsgruppen",
        "styrgruppen", "arbetsgruppen",
    ]

    /// Whether the words before a deciding verb name someone else who decided: told of at the
    /// meeting, not decided by it. Another body or a kommun ("Region Skåne beslutade", "Helsingborg
    /// har beslutat"), or anyone in the perfect ("Socialnämnden har beslutat att"), as a report has
    /// it; not the meeting itself ("Styrelsen beslutade att", "Nätverket har beslutat att").
    static func decidedElsewhere(_ subject: Substring, perfect: Bool) -> Bool {
        // ("Sigyn påpekade att Radmila Vikander, upphandlare, redan har beslutat att": one told of as
        // having decided, unless the meeting.)
        if perfect, let told = subject.range(of: " att ", options: .backwards) {
            return !subject[told.upperBound...].split(separator: " ").contains { meetingWords.contains($0.lowercased().trimming(anyOf: ",")) }
        }
        // ("Barn- och utbildningsnämnden i Klippan": one body's name.)
        let all = subject.replacingOccurrences(of: "- och ", with: "-och-").split(separator: " ")
        if all.contains(where: { meetingWords.contains($0.lowercased().trimming(anyOf: ",")) }) { return false }
        // (Who decided, up to "har": "Region Skåne har under hösten".)
        let before = all.prefix { !["har", "hade"].contains($0.lowercased()) }
        let words = (before.isEmpty ? all[...] : before).filter { !["nu", "redan", "också", "även", "tidigare"].contains($0.lowercased()) }
        if words.count == 1, ownBodies.contains(words[words.startIndex].lowercased()) { return false }
        // ("Polisens regionala ledning har beslutat att": another's body, by its genitive, in the perfect.)
        if perfect, let first = words.first, words.count <= 4, first.count > 3, first.hasSuffix("s"), first.first?.isUppercase == true,
            !meetingWords.contains(where: { first.lowercased().hasPrefix($0 + "s") }), all.contains(where: { ["har", "hade"].contains($0.lowercased()) })
        {
            return true
        }
        // (Who decided opens the sentence, a name: not "Därför", "Efter diskussion".)
        guard let first = words.first, first.first?.isUppercase == true, words.count <= 4,
            !["därför", "sedan", "då", "efter", "idag", "i", "under", "så", "här"].contains(first.lowercased()),
            words.allSatisfy({ $0.first?.isUppercase == true || ["i", "och", "för"].contains($0) })
        else { return false }
        let named = words.joined(separator: " "), lower = named.lowercased()
        return Municipality.named(words.last!) != nil || PeopleLists.isOtherBody(named) || ["region ", "regering", "riksdag"].contains { lower.holds($0) }
            || perfect && all.contains { ["har", "hade"].contains($0.lowercased()) }
    }

    /// A cheap test first: a sentence that decides holds "att" and one of these (as `verb` reads
    /// it, in any case); looked for with the pattern in every sentence, it was a thirtieth of reading.
    static func mayDecide(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        // (Combining marks are left to the pattern.)
        if lower.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return true }
        return lower.holds("att") && ["beslut", "beslö", "överens", "enades", "bestäm", "fram till", "landade"].contains { lower.holds($0) }
    }

    /// What follows a "Beslut" line: each `att …` clause a decision, else the lines as one.
    static func clauses(_ lines: [String]) -> [String] {
        let clauses = lines.compactMap { $0.wholeMatch(of: clause).map { String($0.1) } }
        return clauses.isEmpty ? [lines.joined(separator: " ")] : clauses
    }

    static func sentences(_ text: String) -> [String] {
        Sentences.split(text, beforeCapital: true)
    }
}
