import Foundation

/// Minutes sent as a letter say who came in sentences, wrapped as the text flows: "Med på mötet var
/// Anna Ek (Bjuv), Per Holm (Klippan) och jag själv.", "Vi som var med: …, och jag, Ida Berg (Bjuv).",
/// "Ola Ek (Bjuv) kunde inte vara med.", "Under första punkten var Ida Berg från Kronofogden med som
/// gäst.", "Ida Berg från Kronofogden var med som gäst.", "Anna Ek ledde mötet och jag förde
/// anteckningar.", "Anna ledde mötet" (one of those present); and where: "Vi höll till i Bjuv,
/// Medborgarhuset." Read from the sentences of its opening, when no list says it; "jag" is the
/// writer, who signs the letter.
enum LetterReader {
    struct People {
        var attendees: [Person] = []
        var guests: [Person] = []
        var absent: [Person] = []
        var chairs: [Person] = []
        /// Who came once it had begun ("Aarni från Bjuv kom efter lunch"): after the writer.
        var cameLater: [Person] = []
        /// The writer was there ("… och jag själv").
        var writerPresent = false
        var place: String?
        /// Someone other than the writer took the notes ("Wanja förde anteckningar").
        var scribe: Person?
        /// The writer chaired ("Jag ledde mötet som vanligt").
        var writerChaired = false
    }

    /// ("Ola Ek ringde samma morgon och fick förhinder": having sent word first.)
    nonisolated(unsafe) static let absent = /^(\p{Lu}.*?)(?:\s+(?:ringde|hörde\s+av\s+sig|meddelade|mejlade)(?:\s+\p{Ll}+){0,4}?\s+och)?\s+(?:fick\s+förhinder|kunde\s+(?:tyvärr\s+|dessvärre\s+)?inte\s+(?:vara\s+med|komma|delta)|(?:hade|har)\s+(?:tyvärr\s+|dessvärre\s+|anmält\s+)*förhinder|var\s+förhindrade?|hade\s+fått\s+förhinder|(?:hade\s+)?lämna(?:de|t)\s+återbud|hade\s+meddelat\s+förhinder|(?:hade\s+)?(?:meddelat|meddelade|sagt|sa|skrivit|skrev)\s+att\s+(?:hon|han|de)\s+inte\s+kunde\s+(?:komma|delta|vara\s+med)|(?:är|var)\s+(?:föräldraledig|tjänstledig|sjukskriven))\b(?!.*\bmen\b).*$/
    /// "Saknades gjorde Tendai, som var sjuk, och Gottlieb, …", "Frånvarande var Ola Ek.": who, after it.
    nonisolated(unsafe) static let absentAfter = /^(?:[Ss]aknades|[Ff]rånvarande)\s+(?:gjorde|var)\s+(?:(?:tyvärr|dessvärre|bara|endast)\s+)?(\p{Lu}.*?)\s*[.!]?$/
    /// "Aarni från Bjuv kom efter lunch, så …": one who came once it had begun, in a letter's opening.
    nonisolated(unsafe) static let cameLater = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:\s+från\s+\p{Lu}[\p{L}-]+)?)\s+(?:kom|anslöt)\s+(?:först\s+)?(?:efter\s+(?:lunch|lunchen|fikat|pausen|rundan)|senare|en\s+stund\s+senare|lite\s+sent|till\s+punkt(?:en)?|vid\s+punkt(?:en)?)\b/
    /// "Återbud från Ola Ek (Bjuv) och Ida Berg (Åstorp).": who sent word, named after it.
    nonisolated(unsafe) static let absentFrom = /^(?i:återbud|förhinder)\s+(?:hade\s+kommit\s+|kom\s+)?från\s+(\p{Lu}.*?)\s*\.?$/
    /// "… så många som fick förhinder den här gången – Ola Ek (Båstad) och Ida Berg (Åstorp), vi saknade er!":
    /// who, after a dash or colon.
    nonisolated(unsafe) static let absentListed = /(?i:förhinder)[^–:.!?]{0,40}\s[–:]\s+(\p{Lu}[^.!?–]*?)(?:,\s+(?i:vi|ni|hoppas|tyvärr)\b[^.!?]*)?\s*[.!]?$/
    /// "… var Ida Berg från Kronofogden med som gäst", "kopplades Ida Berg in som gäst", "anslöt Ida Berg och
    /// Ola Ek från Kronofogden som gäster", "Vi hade besök av Ida Berg", "hade vi bjudit in Ida Berg".
    /// ("deltog Ida Berg, samordnare på Landskronahem, som gäst": what they do between commas.)
    nonisolated(unsafe) static let guest = /\b(?:(?:var|deltog|kopplades|anslöt)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+(?:(?:,\s+|\s+och\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)*)(?:\s+\([^)]*\)|\s+från\s+[^.]+?|,\s+\p{Ll}[^,.]+,)?\s+(?:med\s+)?som\s+gäst|(?:besök\s+av|bjudit\s+in|bjöd\s+in)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+(?:(?:,\s+|\s+och\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)*))/
    /// "Ida Berg från Kronofogden var med som gäst": the guest named first.
    /// ("Ida Berg, familjehemskonsulent på Nordviks, kommer som gäst till punkt 3": what they do between commas.)
    nonisolated(unsafe) static let guestFirst = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+(?:(?:,\s+|\s+och\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)*)(?:\s+\([^)]*\)|\s+från\s+[^.]+?|,\s+\p{Ll}[^,.]+,)?\s+(?:var\s+med|deltog|medverkade|kommer|kom|kopplades\s+in|anslöt)\s+som\s+gäst/
    /// "Som gäst deltog Eugen Ek, upphandlare vid …": the sentence opened by what they were.
    nonisolated(unsafe) static let guestOpening = /^(?i:som\s+gäst(?:er)?)\s+(?:deltog|var|medverkade)\s+(?:även\s+|också\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)/
    /// A guest to come is no guest: "Nästa gång får vi besök av …", "Till hösten har vi bjudit in …";
    /// nor one hoped for, "Vi hade hoppats på besök av …".
    nonisolated(unsafe) static let later = /(?i)\b(?:nästa|kommande|till\s+(?:hösten|våren|sommaren)|ska\s+vi|får\s+vi|hoppats)\b/
    /// Names, or a first name one of those present has ("Anna ledde mötet"), also as the one it was
    /// ("Som vanligt var det Anna som höll i ordförandeklubban").
    /// ("Höganäs var värd och Othilia höll i mötet": the clause after "och" too; "Ann var sjuk, så
    /// Jonatan ledde mötet": after ", så".)
    /// ("Ann Ek (Bjuv) är ordförande, om inget annat står vid mötet", a running document's head of
    /// each meeting's; not "är ordförande i brukarrådet", another body's.)
    nonisolated(unsafe) static let chair = /(?:^|,\s+(?:så\s+)?|\s+och\s+)(?:(?:\p{L}+\s+)*?(?:var\s+det|[Dd]et\s+var)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:(?:,\s+|\s+och\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)*)(?:\s+(?:i|från)\s+\p{Lu}[\p{L}-]+|\s+\(\p{Lu}[\p{L}-]+\))?\s+(?:som\s+)?(?:(?:är|var)\s+(?:vice\s+)?ordförande\s+och\s+ledde\s+mötet|ledde\s+(?:mötet|träffen)|höll\s+i\s+(?:mötet|(?:ordförande)?klubban)|var\s+(?:mötes)?ordförande[nr]?|är\s+(?:mötes)?ordförande(?!\s+(?:i|för)\s+(?!dag\b))|(?:var|är)\s+(?:nätverkets|mötets|dagens)\s+ordförande|delade\s+(?:på\s+)?ordförandeskapet)\b/
    nonisolated(unsafe) static let writerChairing = /\b(?:[Jj]ag\s+(?:ledde|höll\s+i)|ledde\s+jag)\s+(?:mötet|träffen)\b/
    /// "Wanja förde anteckningar", "Ida Berg skrev anteckningarna" (the writer, "jag", signs them),
    /// "tack till Oddveig som förde anteckningar", "Solfrid Haugland antecknar för hand" (not "… antecknade att …", noted).
    /// ("Imre åtog sig att föra anteckningar": who took it on; "Ida Berg (Perstorp) skriver
    /// anteckningarna", who does at each meeting of a running document; "Hjördis var värd och förde
    /// anteckningarna", after what else the one was.)
    nonisolated(unsafe) static let scribe = /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)(?:\s+\(\p{Lu}[\p{L}-]+\))?(?:\s+(?:var|är)\s+\p{Ll}+\s+och)?\s+(?:som\s+)?(?:(?:förde|för|skrev|skriver|tog|tar|(?:åtog\s+sig|lovade)\s+att\s+(?:föra|skriva))\s+anteckning(?:ar|arna)?|anteckna(?:r|de)(?!\s+att\b))\b/
    /// "Loggen fördes av Ida Berg, Perstorp.", "Anteckningarna skrevs av Ida Berg", "Anteckningarna är förda
    /// löpande under mötet av Ida Berg": the same, said of the notes.
    nonisolated(unsafe) static let scribeAfter = /\b(?i:(?:minnes)?anteckningarna|loggen|protokollet)\s+(?:fördes|skrevs|är\s+(?:förda|skrivna))(?:\s+\p{Ll}+){0,4}?\s+av\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\b/
    /// "Jag, Bronisława, skrev.": the writer, who names themself.
    nonisolated(unsafe) static let writerNamingThemself = /\b[Jj]ag,\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*),\s+(?:skrev|antecknade|förde\s+anteckningarna?)\b/
    /// "Vi höll till i Åstorp, Kulturhuset, rum Hyllinge.", "Vi sågs den 1 oktober i Båstad, Medborgarhuset.",
    /// "Vi höll till i lilla salen på Medborgarhuset i Svalöv" (a room of the building first),
    /// "Den här gången var vi hos Majlis i Bjuv, Kulturhuset, och …": a few words around; where it is
    /// cut is `placeWords`'.
    nonisolated(unsafe) static let place = /^(?:\S+\s+){0,4}?(?i:vi\s+(?:höll\s+till|träffades|sågs|möttes|var|satt)|(?:träffades|sågs|möttes|var|satt)\s+vi|träffades|möttes)(?:\s+(?:[^\s.]+|kl\.|\d{1,2}[.:]\d{2}(?:\s*[-–—]+\s*\d{1,2}[.:]\d{2})?)){0,8}?\s+(?:i|på)\s+((?:\p{Ll}+\s+)?(?:salen|rummet|lokalen)\s+(?:i|på)\s+\p{Lu}[^.]*?|\p{Lu}[^.]*?)\s*\.?$/
    /// "Tack för en fin dag i går, …, här hos oss i Höganäs, Familjecentralen Kvarnen, rum Lärkan.": the
    /// writer's own place, the meeting's.
    nonisolated(unsafe) static let hostedHere = /\bhos\s+oss\s+(?:i|på)\s+(\p{Lu}[^.]*?)\s*\.?$/
    /// A word each of `absent`, `chair`, `scribe` and `guest` or `guestFirst` needs (as written), looked
    /// for first: each pattern, tried on every sentence of a letter (most from every place of it), was
    /// a tenth of reading one.
    static let absentWords = ["kunde", "förhind", "terbud", "ledig", "sjukskriv", "aknades", "rånvarande"], chairWords = ["ledde", "höll", "ordförande"], scribeWord = "anteckn",
        guestWords = ["gäst", "besök", "bjudit", "bjöd"]
    /// "som också ", before a list's note on the one before it.
    nonisolated(unsafe) static let notePrefix = /^som\s+(?:också\s+|även\s+)?/

    /// Where another meeting was: "Förra gången var vi i Åstorp".
    nonisolated(unsafe) static let otherMeeting = /(?i)\b(?:förra|förrförra|tidigare|senast|nästa|i\s+fjol)\b/
    /// "jag själv", "undertecknad": the writer, in a list of those present.
    /// ("och så jag från Bjuv": the writer, where from.)
    nonisolated(unsafe) static let writer = /(?i)^(?:så\s+)?(?:jag(?:\s+själv)?|undertecknad)(?:\s+från\s+\p{Lu}\p{L}+)?$/
    nonisolated(unsafe) static let asUsual = /\s+(?:som\s+vanligt|den\s+här\s+gången|i\s+dag|idag)$/

    static func read(_ text: String) -> People {
        var people = People()
        var chairs: [Substring] = [], networksChairs: [Substring] = [], scribes: [Substring] = [], listedScribe: Person?
        // Each paragraph flowed, its sentences apart (a blank line ends one, whatever follows it).
        for sentence in paragraphs(text).flatMap({ Sentences.split($0, beforeCapital: true) }) {
            if let match = sentence.wholeMatch(of: PeopleLists.presentSentence) {
                // (Noted in the list: "…, som också ledde mötet", "…, som förde anteckningarna".)
                let listed = list(match.1)
                people.guests += listed.guests
                let (attendees, writer) = (listed.people.map { person in
                    var person = person
                    if let role = person.role, PeopleLists.chairNotes.contains(role) {
                        person.role = nil
                        people.chairs.append(person)
                    }
                    return person
                }, listed.writer)
                people.attendees += attendees
                listedScribe = listedScribe ?? attendees.first { $0.role.map(PeopleLists.isScribeRole) == true }
                people.writerPresent = people.writerPresent || writer
            } else if people.attendees.count > 0, sentence.wholeMatch(of: writerToo) != nil {
                // ("Med var Ada Ek, … och Ola Berg. Plus jag då.": the writer came too.)
                people.writerPresent = true
            } else if people.attendees.count > 0, sentence.holds(" kom ") || sentence.holds(" anslöt "), let match = sentence.prefixMatch(of: cameLater) {
                people.cameLater += list(match.1).people
            } else if let away = away(sentence) {
                people.absent += away
            } else if sentence.holds("örhinder"), let match = sentence.firstMatch(of: absentListed), !sentence.contains(otherMeeting) {
                people.absent += list(match.1).people
            } else if let (names, networks) = chair(in: sentence) {
                if networks { networksChairs.append(names) } else { chairs.append(names) }
            } else if people.place == nil, let match = sentence.wholeMatch(of: place), !sentence[..<match.1.startIndex].contains(otherMeeting) {
                people.place = placeWords(match.1)
            } else if people.place == nil, sentence.holds("hos oss"), let match = sentence.firstMatch(of: hostedHere),
                !sentence[..<match.1.startIndex].contains(otherMeeting)
            {
                people.place = placeWords(match.1)
            }
            if let names = scribe(in: sentence) { scribes.append(names) }
            if sentence.holds("ledde") || sentence.holds("höll i"), sentence.contains(writerChairing), !sentence.contains(anotherTime) { people.writerChaired = true }
            people.guests += guests(in: sentence)
        }
        let present = people.attendees
        people.chairs += (chairs.isEmpty ? networksChairs : chairs).flatMap { named($0, present: present) }
        people.scribe = scribes.lazy.compactMap { named($0, present: present).first }.first ?? listedScribe
        return people
    }

    nonisolated(unsafe) static let writerToo = /(?i)(?:plus|och|samt)\s+jag(?:\s+(?:då|själv|också|förstås))?\s*[.!]?/

    /// Who wrote the notes, when they say they took them ("Amarildo ledde mötet och jag antecknade",
    /// "jag gör anteckningarna också") and say who they are: a mail's sender (`sender`), or in their
    /// own words ("Cecilija här.", "Det är jag, Pentti Hietanen från Perstorp, som pratar in det här").
    static func writerWhoTookNotes(_ lines: [String], sender: String?) -> Person? {
        // (A cheap test first, by bytes: a line holding "jag" and "anteckn", which few do; the pattern
        // over the whole of every minutes holding "anteckn", as most do, was a third of a percent of a new index.)
        // ("Korinna ledde mötet och jag skrev.": "skrev" ending the clause.)
        guard lines.contains(where: { ($0.holds("anteckn") || $0.holds(" skrev")) && ($0.holds("jag") || $0.holds("Jag")) && $0.contains(writerTakingNotes) })
        else { return nil }
        let sentences = paragraphs(lines.joined(separator: "\n")).flatMap { Sentences.split($0, beforeCapital: true) }
        // (Not another time's: "jag antecknade förra gången"; "fick gå tidigare" says when one left.)
        guard let saying = sentences.lazy.compactMap({ $0.contains(anotherTime) ? nil : $0.firstMatch(of: writerTakingNotes) }).first else { return nil }
        // ("… så jag (Ildikó) skrev den här gången", "Det här skrev jag, Tyyne.": named where they say it.)
        let named = (saying.1 ?? saying.2).map(String.init) ?? sender ?? sentences.lazy.compactMap { sentence in
            (sentence.prefixMatch(of: selfNamedHere)?.1 ?? sentence.firstMatch(of: selfNamed)?.1).map(String.init)
        }.first
        return named.flatMap { PeopleLists.entry($0)?.person }
    }
    nonisolated(unsafe) static let anotherTime = /(?i)\b(?:förra|förrförra|nästa|senast)\b|\bi\s+fjol\b/
    nonisolated(unsafe) static let writerTakingNotes = /\b(?:[Jj]ag(?:\s*\((\p{Lu}\p{Ll}+)\))?\s+(?:antecknade|antecknar|(?:gör|gjorde|skriver|skrev|för|förde)\s+(?:också\s+|ihop\s+)?anteckningar(?:na)?|skrev(?=\s*[.!,]|\s*$|\s+(?:den\s+här|denna)\s+gången))|antecknade\s+jag|(?:[Dd]et\s+här|[Dd]etta)\s+skrev\s+jag(?:,\s*(\p{Lu}\p{Ll}+))?)\b/
    /// "Cecilija här.", opening what she writes.
    nonisolated(unsafe) static let selfNamedHere = /(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+här\s*[.!,]/
    /// "Det är jag, Pentti Hietanen från Perstorp, som …", "Jag heter Ada Ek".
    nonisolated(unsafe) static let selfNamed = /\b(?:[Dd]et\s+är\s+jag,|[Jj]ag\s+heter)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/

    /// Who a sentence says was away ("Ola Ek kunde inte komma.", "Återbud från Ola Ek och Ida Berg."):
    /// not at another meeting ("hade förhinder vid förra mötet", "Återbud från X till nästa möte"), nor
    /// one who came for part of it ("kunde inte delta hela dagen utan gick efter lunch", "kunde inte
    /// komma med något besked").
    static func away(_ sentence: String) -> [Person]? {
        guard absentWords.contains(where: sentence.holds) else { return nil }
        // Two clauses, each who was away ("Ada Ek hade förhinder och Ola Berg lämnade återbud samma
        // morgon", "…, och Eva Lund är föräldraledig"): each read alone, when each says it.
        if sentence.holds(" och "), case let clauses = sentence.split(separator: clauseJoint).map(String.init), clauses.count > 1,
            case let each = clauses.map(awayInClause), each.allSatisfy({ $0 != nil })
        {
            return each.flatMap { $0! }
        }
        return awayInClause(sentence)
    }
    nonisolated(unsafe) static let clauseJoint = /,?\s+och\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/

    static func awayInClause(_ sentence: String) -> [Person]? {
        guard let match = sentence.wholeMatch(of: absent) ?? sentence.wholeMatch(of: absentFrom) ?? sentence.wholeMatch(of: absentAfter),
            // (On leave "till sommaren" says how long, not when.)
            !sentence.contains(otherMeeting), !sentence.contains(later) || sentence.contains(onLeave), !sentence.holds(" utan "), !sentence.holds("komma med "), !sentence.holds(" hela ")
        else { return nil }
        let away = list(match.1).people
        return away.isEmpty ? nil : away
    }
    nonisolated(unsafe) static let onLeave = /\b(?:är|var)\s+(?:föräldraledig|tjänstledig|sjukskriven)\b/

    /// Who sentences of text say was away, one sentence at a time (`away`); a line of its own too, as
    /// a header's lines stand ("Gäst: Ida Berg, Kronofogden" over "Ola Ek och Eva Lund kunde inte
    /// komma."), each once.
    static func away(in text: String) -> [Person] {
        let sentences = paragraphLines(text).flatMap { lines in
            Sentences.split(lines.joined(separator: " "), beforeCapital: true) + (lines.count > 1 ? lines.flatMap { Sentences.split(String($0), beforeCapital: true) } : [])
        }
        var seen = Set<String>()
        return sentences.flatMap { away($0) ?? [] }.filter { seen.insert(Folding.key($0.name)).inserted }
    }

    /// The people names mean: each a full name, or a first name one of those present has ("Hon",
    /// "Vi": no one's); none unless every one is.
    static func named(_ names: Substring, present: [Person]) -> [Person] {
        let named = PeopleLists.listParts(names).map { part -> Person? in
            if PeopleLists.isCapitalisedFullName(part) { return PeopleLists.entry(part)?.person }
            let having = present.filter { $0.name.split(separator: " ").first.map(String.init) == part }
            return having.count == 1 ? having[0] : nil
        }
        return named.contains { $0 == nil } ? [] : named.compactMap { $0 }
    }

    /// Who chaired, as a sentence of minutes that list who came says it ("Göta i Örkelljunga var
    /// ordförande", "Wilhelmina ledde mötet"): only that pattern, on the sentences holding its words.
    static func chairs(in text: String, present: [Person]) -> [Person] {
        var (chairs, networksChairs): ([Person], [Person]) = ([], [])
        for sentence in paragraphs(text).flatMap({ Sentences.split($0, beforeCapital: true) }) {
            guard let (names, networks) = chair(in: sentence) else { continue }
            if networks { networksChairs += named(names, present: present) } else { chairs += named(names, present: present) }
        }
        if chairs.isEmpty, networksChairs.isEmpty {
            // ("Zanele Khumalo hälsade välk., är ordf. idag.": a clause after the first, its subject the
            // name opening the sentence; read on the paragraph, which an abbreviation's period does not end.
            // Not "…, är ordförande i brukarrådet": another body's.)
            for paragraph in paragraphs(text) where paragraph.holds("ordf") {
                if let match = paragraph.firstMatch(of: chairInClause) { return named(match.1, present: present) }
            }
        }
        return chairs.isEmpty ? networksChairs : chairs
    }
    nonisolated(unsafe) static let chairInClause = /(?:^|[.!?]\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)\s+\p{Ll}(?:[^\n.!?]|\.(?=,)){0,50}?(?:,|\s+och)\s+(?:är|var)\s+(?:dagens\s+|mötets\s+)?(?:ordf\.|ordförande)(?:\s+(?:idag|i\s+dag|för\s+dagen)|(?=\s*[,;]|\s*$))/

    /// Who a sentence says chaired, and whether as the network's chair, who chairs only when no one
    /// else is said to, and only as of now (not "… men var sjuk", "från och med januari", "2023–2025").
    static func chair(in sentence: String) -> (names: Substring, networks: Bool)? {
        guard chairWords.contains(where: sentence.holds), let match = sentence.firstMatch(of: chair), !sentence.contains(otherMeeting) else { return nil }
        guard sentence.holds("nätverkets ordförande") else { return (match.1, false) }
        return sentence.contains(standingChairAside) ? nil : (match.1, true)
    }

    /// Who took the notes, as a sentence of minutes that list who came says it ("Imre åtog sig att föra
    /// anteckningar", "Anteckningarna fördes av Ida Berg"): one of those present, or a full name.
    static func scribe(in text: String, present: [Person]) -> Person? {
        guard mayNameScribe(text) else { return nil }  // (a cheap test first)
        return paragraphs(text).flatMap { Sentences.split($0, beforeCapital: true) }.lazy.compactMap { sentence in
            scribe(in: sentence).flatMap { named($0, present: present).first }
        }.first
    }

    /// Who a sentence says took the notes ("Wanja förde anteckningar", "Loggen fördes av Ida Berg"); not
    /// at another meeting ("Ida för anteckningar nästa gång").
    static func scribe(in sentence: String) -> Substring? {
        guard mayNameScribe(sentence), !sentence.contains(otherMeeting) else { return nil }
        return (sentence.holds(scribeWord) ? sentence.firstMatch(of: scribe)?.1 : nil) ?? sentence.firstMatch(of: scribeAfter)?.1
            ?? sentence.firstMatch(of: writerNamingThemself)?.1
    }

    /// Whether text holds a word `scribe` or `scribeAfter` needs.
    static func mayNameScribe(_ text: String) -> Bool {
        text.holds(scribeWord) || text.holds("des av") || text.holds("vs av") || text.holds("förda ") || text.holds("skrivna ") || text.holds(", skrev")
    }

    /// A chair who took over during the meeting, wherever minutes say so ("Olov Brandt ledde mötet
    /// från punkt 4", "Malkolm lämnade mötet, och Anna tog över som ordförande"): one of those present.
    static func chairsTakingOver(in lines: ArraySlice<String>, present: [Person]) -> [Person] {
        // (Not "ledde till": only where the words can be the pattern's, a line's last word wrapped.)
        guard lines.contains(where: { $0.holds("ledde m") || $0.holds("ledde r") || $0.hasSuffix("ledde") || $0.holds("tog över") || $0.holds("övertog") })
        else { return [] }
        return paragraphs(lines.joined(separator: "\n")).flatMap { Sentences.split($0, beforeCapital: true) }.flatMap { sentence -> [Person] in
            guard sentence.holds("ledde mötet") || sentence.holds("ledde resten") || sentence.holds("tog över") || sentence.holds("övertog"),
                let match = sentence.firstMatch(of: takingOver)
            else { return [] }
            return named(match.1, present: present)
        }
    }

    /// What says the network's chair is no chair of this meeting: "men var sjuk", "från och med januari", "2023–2025".
    nonisolated(unsafe) static let standingChairAside = /(?i)\b(?:men|från\s+och\s+med|fram\s+till|tidigare|i\s+fjol)\b|\d{4}/

    /// Who joined once the meeting had begun, wherever minutes say so ("Ola Ek (Bjuv) anslöt, han hade
    /// fastnat i ett ärende", "Ida Berg anslöt under punkt 3"): named in full, and not as a guest.
    /// ("I dag kom även Qadira Belkacemi (Svalöv), som inte kunde vara med dag 1.": one more who came.)
    static func joining(in lines: ArraySlice<String>) -> [Person] {
        // (A cheap test first.)
        lines.filter { $0.holds("anslöt") || $0.holds("kom även") || $0.holds("kom också") || $0.holds("också med") || $0.holds("även med") || $0.holds(" med på hela") || $0.holds(" med under hela") }.flatMap { line in
            [joined, cameToo, wasThereToo].flatMap { line.matches(of: $0).compactMap { $0.output[1].substring } }
                .compactMap { PeopleLists.entry(String($0))?.person }
        }
    }

    /// A full name, and its kommun or body in parentheses after it ("Ola Ek (Bjuv)"): the one capture
    /// of the patterns below, which say someone came later or for an item.
    nonisolated(unsafe) private static let inFull = Patterns.parsed(#"(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+(?:\s+\([^)]*\))?)"#)
    /// `inFull` between two parts of a pattern's text.
    private static func inFull(after opening: String, before closing: String) -> Regex<AnyRegexOutput> {
        Patterns.sequence {
            Patterns.parsed(opening)
            inFull
            Patterns.parsed(closing)
        }
    }
    nonisolated(unsafe) static let cameToo = inFull(after: #"\bkom\s+(?:även|också)\s+"#, before: "")
    /// "Rättelse: Jüri Järvsoo (Båstad) var också med.": one the list missed.
    /// "Thanasis Papadakis från Höganäs var med på hela mötet.": one who was there all along.
    nonisolated(unsafe) static let wasThereToo = inFull(
        after: #"(?:^|[.:!]\s+)"#, before: #"(?:\s+från\s+\p{Lu}[\p{L}-]+)?\s+var\s+(?:(?:också|även)\s+med\b|med\s+(?:på|under)\s+hela\s+(?:mötet|träffen)\b)"#)
    /// "Under punkt tre var Rozalia Mazurek med", "Under andra punkten var X, kurator på BUP, med": there for an item.
    nonisolated(unsafe) static let withUsForItem = inFull(
        after: #"(?:^|[.!]\s+)[Uu]nder\s+(?:punkt(?:en)?\s+[\p{L}\d]+|\p{Ll}+\s+punkten)\s+var\s+"#, before: #"(?:\s+från\s+[^,.]+?|,[^,.]+,)?\s+med\b"#)

    /// Guests who came, wherever minutes say so ("Salma Haddadi från Funktionsrätt kopplades in som
    /// gäst" in a log, "Ida Berg (Kronofogden) anslöt som gäst under punkt 3", "Vi hade besök av Ida
    /// Berg"): named in full, and not one to come ("kommer som gäst", "Nästa gång får vi besök av")
    /// or at another meeting ("Förra gången …").
    /// (Each of texts apart: an item's text, not its heading, opens a sentence.)
    static func guestsCame(in texts: [String]) -> [Person] {
        // (A line opened by the time it was noted at, "09.40 Karin Dahl … kopplades in som gäst", its own.)
        texts.filter { $0.holds("gäst") || $0.holds("besök av") || $0.holds("punkt") && $0.holds(" med") }.map { $0.replacing(timedLine, with: "\n\n") }.flatMap(paragraphs)
            .flatMap { Sentences.split($0, beforeCapital: true) }.flatMap { sentence in
                guests(in: sentence.first?.isNumber == true ? sentence.replacing(MinutesDocument.logTime, with: "") : sentence, anywhere: true)
            }
    }

    /// The guests a sentence names (`guest`, `guestFirst`, `guestOpening`): not one to come or hoped for
    /// (`later`), nor at another meeting; what is said after a guest's name ("som berättade om nästa
    /// års regler") says nothing of the visit. `anywhere`: a sentence of any text of the minutes, not
    /// a letter's opening, where only "som gäst" or "besök av" says it, and one who "kommer som gäst"
    /// is still to come.
    static func guests(in sentence: String, anywhere: Bool = false) -> [Person] {
        // ("Under punkt tre var Rozalia Mazurek med, hon är …": there for an item.)
        if sentence.holds("punkt"), sentence.holds(" med"), let names = sentence.firstMatch(of: withUsForItem)?.output[1].substring { return list(names).people }
        guard anywhere ? (sentence.holds("som gäst") || sentence.holds("besök av")) && !sentence.holds(" kommer som") : guestWords.contains(where: sentence.holds)
        else { return [] }
        if let match = sentence.firstMatch(of: guest), let names = match.1 ?? match.2,
            case let before = sentence[..<match.range.upperBound], !before.contains(later), !before.contains(otherMeeting)
        {
            return list(names).people
        }
        guard let match = sentence.firstMatch(of: guestFirst) ?? sentence.firstMatch(of: guestOpening), !sentence.contains(later), !sentence.contains(otherMeeting)
        else { return [] }
        return list(match.1).people
    }

    nonisolated(unsafe) static let timedLine = /\n(?=\d{1,2}[.:]\d{2}\s)/

    /// (When in the meeting, or why late, or what they got on joining, "anslöt och fick en sammanfattning":
    /// not one who joined the network or a unit, "anslöt efter sommaren".)
    nonisolated(unsafe) static let joined = inFull(after: #"(?:^|[.:!]\s+)"#, before: #"\s+anslöt(?:\s+(?:till\s+(?:mötet|träffen)|(?:under|vid|från)\s+(?:punkt|§)|efter\s+(?:lunch|lunchen|fikat|pausen|rundan)|kl\.?\s*\d|klockan\s+\d|via\s+(?i:teams|zoom|länk)|och\s+fick)\b|,\s+(?:han|hon)\s+(?:hade|var)\b|\s*\.$)"#)

    nonisolated(unsafe) static let takingOver = /(?:^|,\s+(?:och\s+|så\s+)?|\s+och\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+(?:ledde\s+(?:mötet\s+(?:från|efter)\s+(?:punkt|§)|resten\s+av\s+mötet)|(?:tog\s+över|övertog)\s+(?:som\s+(?:mötes)?ordförande(?!\s+(?:i|på)\s|\s+för\s+(?!resten))|ordförandeskapet|ordförandeklubban|klubban|ledningen\s+av\s+mötet))/

    /// Where minutes that list who came say they met, in a sentence of their own opening ("Vi
    /// träffades på Träffpunkt Linden i Perstorp och …"): not one telling of somewhere else ("Anna
    /// berättade att vi var på studiebesök i Malmö").
    static func openingPlace(_ text: String) -> String? {
        for sentence in paragraphs(text).flatMap({ Sentences.split($0, beforeCapital: true) }) {
            let lower = sentence.lowercased()
            // (Or the network by name: "Anhörigkonsulenterna i Familjen Helsingborg träffades torsdagen den 12 mars i Åstorp, …".)
            guard ["vi träffades", "vi sågs", "vi möttes", "vi höll till", "vi satt", "vi var i ", "vi var på "].contains(where: lower.hasPrefix) || lower.holds(" träffades ") || lower.holds(" möttes "),
                let match = sentence.wholeMatch(of: place),
                !sentence.contains(otherMeeting)
            else { continue }
            return placeWords(match.1)
        }
        return nil
    }

    /// A text's paragraphs, each flowed onto one line (a blank line ends one).
    static func paragraphs(_ text: String) -> [String] {
        paragraphLines(text).map { $0.joined(separator: " ") }
    }
    /// Each paragraph's lines: a blank line ends one, and a header's line of when and where ("Plats:
    /// Bjuv", "**Datum:** …") or of who came ("Närvarande: …") is one of its own: a header writes them
    /// one under another, and the sentence under them ("Närvarande var …", "Anirudh ledde träffen.")
    /// opens a paragraph.
    static func paragraphLines(_ text: String) -> [ArraySlice<Substring>] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var paragraphs: [ArraySlice<Substring>] = [], start = 0
        for (index, line) in lines.enumerated() {
            let blank = line.allSatisfy(\.isWhitespace)
            guard blank || line.prefixMatch(of: headerLabel) != nil else { continue }
            if start < index { paragraphs.append(lines[start..<index]) }
            if !blank { paragraphs.append(lines[index...index]) }
            start = index + 1
        }
        if start < lines.count { paragraphs.append(lines[start...]) }
        return paragraphs
    }

    /// A header's label of when, where or who came, opening its line.
    nonisolated(unsafe) static let headerLabel = /\s*(?:\*\*)?\s*(?i:datum|tid|plats|lokal|ort|dag|mötesdatum|mötestid|mötesplats|tid\s+och\s+plats|datum\s+och\s+tid|närvarande|deltagare|frånvarande|förhinder)\s*(?:\*\*)?\s*:/

    nonisolated(unsafe) static let hyphenOch = /-\s+och\s+/, och = /,?\s+och\s+/

    /// A place as a sentence goes on to say more: up to a lowercase word that is no part of it
    /// ("Bjuv för att …", "Helsingborg den 3 mars"), or ", och …". A room's word ("rum Hyllinge"),
    /// a word after a comma ("Perstorp, stora salen") and "Individ- och familjeförvaltningen" stay.
    static func placeWords(_ text: Substring) -> String {
        // ("Individ- och familjeförvaltningen": one word, its first part's hyphen joined on.)
        let place = text.replacing(hyphenOch, with: "-och\u{A0}").split(separator: och).first.map(String.init) ?? String(text)
        var kept: [Substring] = []
        let words = place.split(separator: " ")
        for (number, word) in words.enumerated() {
            // (Not "…, i stället för i Bjuv": a clause after the comma.)
            let after = kept.last.map { $0.hasSuffix(",") || roomWords.contains($0.lowercased()) } ?? true && word != "i" && word != "på"
            // ("Stadshuset i Bjuv": a place in a place.)
            let within = (word == "i" || word == "på") && number + 1 < words.count && words[number + 1].first?.isUppercase == true
            // ("Perstorps bibliotek": a name's genitive, then what of it.)
            let ofName = kept.last.map { $0.first?.isUppercase == true && $0.hasSuffix("s") && $0.count > 3 } == true
                && word.trimming(anyOf: ",").count >= 5 && word.allSatisfy({ $0.isLetter && $0.isLowercase || $0 == "," })
            guard word.first?.isUppercase == true || after || within || ofName || isRoom(word) || isBuilding(word),
                !notPlaceWords.contains(word.lowercased())
            else { break }
            kept.append(word)
        }
        return kept.joined(separator: " ").replacingOccurrences(of: "-och\u{A0}", with: "- och ").trimming(anyOf: ", ")
    }

    static let notPlaceWords: Set<String> = [
        "eftersom", "där", "dit", "som", "vilket", "efter", "under", "medan", "innan", "sedan", "klockan", "tillsammans", "mellan", "denna", "detta", "dessa", "gången",
    ]

    static let roomWords: Set<String> = ["rum", "sal", "salen", "lokal", "lokalen", "lokaler", "våning", "vån.", "plan", "hus", "huset", "konferensrum", "mötesrum"]

    static func isRoom(_ word: Substring) -> Bool { roomWords.contains(word.lowercased().trimming(anyOf: ",")) }

    /// A compound ending in a building's or room's word ("Klippans kommunhus", "stora sammanträdesrummet").
    static func isBuilding(_ word: Substring) -> Bool {
        let word = word.lowercased().trimming(anyOf: ",")
        return ["hus", "huset", "salen", "rummet"].contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }

    /// The people a sentence lists, and whether the writer is one of them; nothing unless every
    /// other part is a person. "Ida Berg, Bjuv; jag själv, Ola Ek, Klippan; och Per Holm, Åstorp": apart
    /// by semicolons, each a name and its kommun (the writer's named after "jag").
    static func list(_ text: Substring) -> (people: [Person], guests: [Person], writer: Bool) {
        let bySemicolons = text.holds(";") ? PeopleLists.splitOutsideParentheses(String(text), by: ";") : []
        let parts = bySemicolons.count > 1
            ? bySemicolons.flatMap { part -> [String] in
                let part = PeopleLists.withoutJoiningWord(part)
                // "jag själv, Ola Ek, Klippan": the writer, named.
                if let comma = part.range(of: ", "), part[..<comma.lowerBound].wholeMatch(of: Self.writer) != nil {
                    return ["jag", String(part[comma.upperBound...])]
                }
                return PeopleLists.joinedPair(part)
            }
            : PeopleLists.listParts(text)
        let writer = parts.contains { $0.wholeMatch(of: Self.writer) != nil }
        var people: [Person] = [], guests: [Person] = []
        var afterWriter = false
        for part in parts {
            // "… samt Ida Berg från Kronofogden som gäst under punkt 3": a guest, last in the list.
            if part.holds(" som gäst"), let guest = part.wholeMatch(of: guestInList), let person = PeopleLists.entry(String(guest.1))?.person {
                guests.append(person)
            } else if part.wholeMatch(of: Self.writer) != nil {
                afterWriter = true
            } else if part.hasPrefix("som ") {
                // "Alexandra Brask (Helsingborg), som också ledde mötet, …": a note on the one before
                // that says they chaired or took the notes (of "jag själv, som …", the writer's).
                // ("som ledde mötet som vanligt": the note, then how often.)
                let note = String(part.replacing(notePrefix, with: "").replacing(asUsual, with: ""))
                if !afterWriter, let last = people.indices.last, PeopleLists.chairNotes.contains(note) || PeopleLists.isScribeRole(part) {
                    people[last].role = PeopleLists.chairNotes.contains(note) ? note : part
                }
            } else if let person = PeopleLists.entry(part)?.person {
                people.append(person)
                afterWriter = false
            } else {
                return ([], [], false)
            }
        }
        return (people, guests, writer)
    }
    /// "Ida Berg från Kronofogden som gäst under punkt 3": a guest and where from, in a list.
    nonisolated(unsafe) static let guestInList = /(\p{Lu}.*?)\s+som\s+gäst(?:\s+(?:under|vid|för)\s+.*)?/
}
