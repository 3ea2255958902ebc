import Foundation

/// Reads one file of minutes as a careful reader would: the meeting's date, network, place and people
/// from the header, then the agenda items with who raised them and what was decided. Names are kept as
/// written; MinnesNormalise decides whom they mean.
public enum MinutesReader {
    static let maxTitleLength = 120

    /// Makes the reader's patterns ready, by reading a few lines of minutes of its own: Swift compiles
    /// a pattern when it is first used, which took an update of one file 25 ms on the one core that
    /// read it. Called on another thread while the caller goes on, the patterns are compiled there,
    /// those of an item's text first: a file read meanwhile starts with its header's, so the two
    /// threads compile different ones (each once: one asked for while it is made is waited for).
    public static func prepare() {
        let text = "Olle Sten tog upp budgeten för nästa år. Gruppen beslutade att följa upp frågan (Karin Lund)."
        _ = RaiserReader.mentions(titleLine: "Budget – Olle Sten", text: text)
        _ = DecisionReader.decisions(in: text)
        _ = read(preparation, file: "")
    }

    /// Minutes with every part a reader looks for (a test checks that each is read).
    static let preparation = """
        Minnesanteckningar från nätverksmöte
        Datum: 3 mars 2021, kl. 9.00–12.00
        Plats: Rådhuset
        Närvarande: Karin Lund, Perstorp; Olle Sten, Svalöv
        Frånvarande: Eva Ahl
        1. Välkomna
        Karin Lund hälsade alla välkomna.
        2. Budget
        Olle Sten tog upp budgeten för nästa år. Gruppen beslutade att följa upp frågan.
        Beslut: att skicka underlaget till alla.
        3. Nästa möte
        Nästa möte är den 7 april 2021.
        Vid anteckningarna: Olle Sten
        """

    /// Reads decoded (NFC, LF) text. Any text is accepted: a letter still has a title and items, and
    /// no invented people.
    /// A paragraph's opening that says who came: "Närvarande var", "Med på mötet var", "Vi som var med:",
    /// a postscript's "PS. Vi var nio på mötet:".
    nonisolated(unsafe) static let presenceOpening = /^(?i:\s*(?:ps\.?\s+)?(?:närvarande(?:\s+(?:vid|på)\s+(?:mötet|träffen))?\s+var|(?:med\s+)?på\s+(?:mötet|träffen)\s+(?:var|deltog)|vi\s+som\s+(?:var\s+med|deltog)|vi\s+var\s+\p{L}+(?:\s+(?:på\s+(?:mötet|träffen)|stycken))?\s*:))/

    public static func read(_ text: String, file: String) -> Meeting {
        read(MinutesDocument(text), file: file)
    }

    /// The name of a file's part: the file for its own text, `file#part` for a file it carries
    /// (`brev.eml#anteckningar.docx`).
    public static func name(ofPart part: String?, in file: String) -> String {
        part.map { "\(file)#\($0)" } ?? file
    }

    /// Every meeting of a file read part by part (an e-mail's own text, then each file it carries),
    /// each part's meetings named by it and given its format; a mail that only covers what it carries
    /// folded into that (`CoverMail`). A part without text (a zip's, or a file in it that could not be
    /// read, which carries only its warning) has none.
    public static func meetings(ofFile file: String, parts: [(part: String?, text: String, format: String)]) -> [Meeting] {
        CoverMail.folded(parts.filter { !$0.text.isEmpty }.flatMap { part in
            meetings(part.text, file: name(ofPart: part.part, in: file)).map { meeting in
                var meeting = meeting
                meeting.format = part.format
                return meeting
            }
        })
    }

    /// Reads every meeting a text holds: one, or each of a running document's
    /// (`RunningDocument`), named by the file and its day (`minnes-2026.docx#2026-03-11`).
    public static func meetings(_ text: String, file: String) -> [Meeting] {
        let document = MinutesDocument(text)
        let listed = PeopleLists.sections(in: document.lines)
        guard var parts = RunningDocument.meetings(in: document, listed: listed, file: file) else {
            return [read(document, file: file, listed: listed)]
        }
        var seen: [String: Int] = [:]
        for index in parts.indices {
            let day = parts[index].date ?? String(index + 1)
            seen[day, default: 0] += 1
            parts[index].file = file + "#" + day + (seen[day]! > 1 ? " (\(seen[day]!))" : "")
        }
        return parts
    }

    /// Reads minutes as a document: its numbered blocks are the agenda, and every other reader reads
    /// inside its blocks and lines.
    public static func read(_ document: MinutesDocument, file: String) -> Meeting {
        read(document, file: file, listed: PeopleLists.sections(in: document.lines))
    }

    /// (`listed`: the document's lists of people, as `PeopleLists.sections` finds them.)
    static func read(_ document: MinutesDocument, file: String, listed: [PeopleLists.Section]) -> Meeting {
        let lines = document.lines
        // (A numbered list of people, "1. Anna Ek, Bjuv" under "Närvarande", numbers no items.)
        let numbered = AgendaReader.itemMarkers(document.blocks.filter { block in
            !listed.contains { $0.headingLine < block.lines.lowerBound && block.lines.lowerBound < $0.end }
        })
        let firstNumbered = numbered.count >= 2 || AgendaReader.isLoneItem(numbered, in: document) ? numbered[0].lines.lowerBound : lines.count
        let headingLine = titleLine(in: lines)
        var sections = headerSections(listed, in: lines, firstItem: firstNumbered)
        // (A label in an item, "Datum: …" of the next meeting, is the item's, not the header's.)
        let labels = lines.indices.filter { $0 < firstNumbered && lines[$0].holds(":") && lines[$0].contains(label) }
        var bodyStart = ([headingLine.map { $0 + 1 } ?? 0, sections.last?.end ?? 0] + labels.map { $0 + 1 }).max()!
        // ("Nätverk: Missbruk och beroende" right under the header's labels and lists: the header's too.)
        if let next = lines[bodyStart...].firstIndex(where: { !MinutesDocument.isBlank($0) }), next < firstNumbered,
            lines[next].holds(":"), lines[next].firstMatch(of: networkLabel) != nil
        {
            bodyStart = next + 1
        }
        // The scribe's line that closes the minutes comes after the first item; one above it is the
        // header's (a "Protokollförare   Name" row), which names the scribe and ends nothing.
        // Only where nothing but labels lie above it: after text, it closes the minutes (an appendix
        // numbered after it is no agenda).
        var (scribe, scribeLine) = readScribe(lines, from: bodyStart)
        if numbered.count >= 2, scribeLine < firstNumbered,
            lines[bodyStart..<scribeLine].allSatisfy({ MinutesDocument.isBlank($0) || $0.holds(":") || PeopleLists.isSeparator($0) })
        {
            let closing = readScribe(lines, from: max(bodyStart, firstNumbered))
            (scribe, scribeLine) = (closing.0 ?? scribe, closing.1)
        }
        // A scribe's label among the header's ("Ordförande: Per Ek" over "Vid anteckningarna: Anna
        // Lind"): the body, where the scribe is looked for, starts below it.
        let headerStart = headingLine.map { $0 + 1 } ?? 0
        if scribe == nil, headerStart < bodyStart {
            scribe = lines[headerStart..<bodyStart].lazy.compactMap(labelledScribe).first
        }
        // Who came, listed after the agenda ("NÄRVAROLISTA" at the end), when the header lists no one:
        // those lists end the last item.
        // ("Närvarande: se bilaga 1" lists no one: the list is the one at the end.)
        let afterItems = numbered.count < 2 ? [] : listed.filter { $0.headingLine >= numbered.last!.lines.upperBound }
        var tail = sections.contains { $0.kind == .attendees && !$0.entries.isEmpty } ? [] : Array(afterItems.drop { $0.kind != .attendees })
        // Who was away, listed after the agenda ("Anmält förhinder: …" below the last item), when the
        // header names no one away: it ends the last item too.
        if tail.isEmpty, !sections.contains(where: { $0.kind == .absent && !$0.entries.isEmpty }) {
            tail = Array(afterItems.filter { $0.kind == .absent && !$0.entries.isEmpty }.prefix(1))
        }
        sections += tail
        // A meeting app's attendance report pasted at the end closes the minutes.
        let report = AttendanceReport.find(in: lines).flatMap { $0.start >= bodyStart ? $0 : nil }
        var bodyEnd = min(scribeLine, tail.first?.headingLine ?? lines.count, report?.start ?? lines.count)
        // A running document's older meeting ("=====" over "MÖTE 3/2025", its day and labels) that is
        // no meeting read of its own (`RunningDocument`: no items, say): this one's items end there,
        // its text is the notes'.
        if firstNumbered < lines.count, let older = olderMeeting(in: lines, after: firstNumbered) { bodyEnd = min(bodyEnd, older) }
        // Who came, said in the last paragraph ("Närvarande var: Ada Ek (Bjuv), … och undertecknad."), when
        // no list names them: it ends the last item, and is read as a letter's opening is; or after
        // the signature, a postscript ("PS. Vi var nio på mötet: …").
        var closingPresence: Range<Int>?
        if !sections.contains(where: { $0.kind == .attendees && !$0.entries.isEmpty }) {
            for end in Set([bodyEnd, lines.count]).sorted() where end > bodyStart {
                guard let last = lines[bodyStart..<end].lastIndex(where: { !MinutesDocument.isBlank($0) }),
                    let start = lines[bodyStart...last].lastIndex(where: MinutesDocument.isBlank).map({ $0 + 1 }), start > bodyStart
                else { continue }
                // (Under a short heading of its own: "Deltagare vid mötet" over "Med på mötet var …".)
                let headed = start < last && lines[start].count < 40 && !".:".contains(lines[start].last ?? ".") && !lines[start].contains(presenceOpening)
                let opening = headed ? start + 1 : start
                guard lines[opening].contains(presenceOpening),
                    // (Only when it names someone: "Närvarande var också två studenter …" is the item's.)
                    !LetterReader.read(lines[opening...last].joined(separator: "\n")).attendees.isEmpty
                else { continue }
                closingPresence = opening..<(last + 1)
                bodyEnd = min(bodyEnd, start)
                break
            }
        }
        // Without numbered items, where the agenda starts is not known yet: the header only.
        let dates = DateReader.read(
            lines, file: file, headingLine: headingLine, headerEnd: bodyStart, beforeItems: min(firstNumbered, bodyEnd, numbered.count >= 2 ? bodyEnd : bodyStart),
            isLetter: numbered.count < 2)

        // (The lines with the lists' people blanked: where the network is named, and a place in a sentence.)
        let withoutPeople = withoutEntries(lines, sections)
        var meeting = Meeting(
            file: file, title: headingLine.map { cleanTitle(lines[$0]) } ?? (file as NSString).lastPathComponent,
            date: dates.date, dateAsWritten: dates.dateAsWritten, dateNote: dates.note,
            network: network(in: withoutPeople, written: lines, title: headingLine, headerEnd: bodyStart) ?? signersNetwork(lines)
                // (Or said in what opens the minutes, before the first item: "Minnesanteckningar från Nätverket för …, träffen idag".)
                ?? (firstNumbered < lines.count ? network(in: withoutPeople, written: lines, headerEnd: firstNumbered) : nil), place: place(in: lines, headerEnd: bodyStart),
            scribe: scribe)
        meeting.nextMeeting = dates.nextMeeting
        // The writer, who says "jag antecknade" and who they are (a mail's sender, "Cecilija här."): the scribe.
        if meeting.scribe == nil {
            meeting.scribe = LetterReader.writerWhoTookNotes(lines, sender: mailSender(lines))
        }
        if meeting.place == nil { meeting.place = placeOfSignature(in: lines, date: dates.date) }
        let body = min(bodyStart, bodyEnd)
        let (items, firstItem, asides) = AgendaReader.items(document, lines: body..<bodyEnd)
        meeting.items = items
        // Nothing is lost: the header, text before the first item (or a whole letter), asides, the signature.
        meeting.notes = (lines[..<(body + firstItem)] + asides + lines[bodyEnd...]).joined(separator: "\n")
            .trimmingSpaces(newlines: true)
        var scribes: [Person] = [], invited: [Person] = [], members: [PeopleLists.Entry] = []
        for section in sections {
            let people = section.entries.map(\.person)
            switch section.kind {
            case .attendees:
                meeting.attendees += section.entries.filter { !$0.isGuest && !$0.isAbsent }.map(\.person)
                meeting.guests += section.entries.filter(\.isGuest).map(\.person)
                meeting.absent += section.entries.filter(\.isAbsent).map(\.person)
            case .guests: meeting.guests += people
            case .absent: meeting.absent += people
            case .chairs: meeting.chairs += people
            case .scribe: scribes += people
            case .invited:
                invited += people
                members += section.entries
            case .ignored: break
            }
            meeting.absent += section.unmarked.map(\.person)
            // (Not a guest's: "Gäst: Ada Ek, ordförande, brukarföreningen" chairs a body of her own.)
            if section.kind != .invited { meeting.chairs += section.entries.filter { $0.isChair && !$0.isGuest && section.kind != .guests }.map(\.person) }
            // (Not one listed away: "Frånvarande: Cilla Ros, nätverkssekreterare".)
            if section.kind != .absent { scribes += section.entries.filter { $0.person.role.map(PeopleLists.isScribeRole) == true }.map(\.person) }
        }
        // "Närvarande: alla utom Båstad och Svalöv" under the members a list gives ("Nätverkets medlemmar"
        // over "Helsingborg: Ingerid Svensson (ordförande) och Bardia Karimi"): the members but those the
        // exception names, by kommun or by name, who were away; the chair among them the list's. Or,
        // where no list says who came, those called but those struck from the list ("~~Ejvind Åkerlund~~").
        let present = sections.filter { $0.kind == .attendees }
        let except = present.lazy.compactMap { PeopleLists.allBut(lines[$0.headingLine]) }.first
        if !members.isEmpty, except != nil || present.isEmpty && members.contains(where: \.isAbsent) {
            let away = members.filter { member in
                member.isAbsent || (except ?? []).contains { part in
                    Municipality.named(part).map { $0 == member.person.municipality }
                        ?? [member.person.name, String(member.person.name.prefix { $0 != " " })].contains { Folding.key($0) == Folding.key(part) }
                }
            }
            let came = members.filter { member in !away.contains(member) }
            // (As named, not their role in the list.)
            let named = { (entry: PeopleLists.Entry) in Person(name: entry.person.name, municipality: entry.person.municipality) }
            meeting.attendees = came.map(named)
            meeting.absent += away.map(named)
            if meeting.chairs.isEmpty { meeting.chairs = came.filter(\.isChair).map(\.person) }
        }
        // "Övriga närvarande" all that lists those present, under "Ordf.: …" and "Sekr.: …": the chair
        // and the scribe were there too, first, as the word "others" says.
        if !present.isEmpty, present.allSatisfy({ lines[$0.headingLine].trimmingSpaces(and: "*").lowercased().hasPrefix("övriga") }) {
            var listed = Set(meeting.attendees.map { Folding.key($0.name) })
            meeting.attendees.insert(contentsOf: (meeting.chairs + scribes.prefix(1)).filter { listed.insert(Folding.key($0.name)).inserted }, at: 0)
        }
        // Those called ("Kallade:") whom the list of those present leaves out, when none is listed away
        // and both lists write names alike (most of those present are among those called).
        let called = (invited + mailRecipients(lines)).filter { PeopleLists.isCapitalisedFullName($0.name) }
        let calledKeys = Set(called.map { Folding.key($0.name) })
        // "Vi var: Aslög, Kerttu …" over a contact list at the end ("Aslög Fransson   Perstorp   0701-…"),
        // or under an invitation's list of those called ("Obligatoriska deltagare: Otieno, Kibet (Helsingborg); …"),
        // or a mail's addresses (those it was sent or copied to, "Kopia: Roar Kvisthammar <…>", and who sent it):
        // the full names the first names stand for. They add no one.
        let contacts = contactList(lines).merging(byFirstName(called + mailSenders(lines) + mailCopied(lines))) { kept, _ in kept }
        if meeting.absent.isEmpty, !meeting.attendees.isEmpty,
            meeting.attendees.filter({ calledKeys.contains(Folding.key($0.name)) }).count * 2 > meeting.attendees.count
        {
            let came = Set(meeting.listed.map { Folding.key($0.name) })
            meeting.absent = called.filter { !came.contains(Folding.key($0.name)) }.map { Person(name: $0.name, municipality: $0.municipality) }
        }
        // Lists that name no one ("Närvaro: se närvarolistan sist"): a year's table of who came, the
        // meeting's day its column.
        if meeting.attendees.isEmpty, let date = meeting.date, let matrix = AttendanceMatrix.read(lines, date: date) {
            (meeting.attendees, meeting.absent, meeting.guests) = (matrix.attendees, meeting.absent + matrix.absent, meeting.guests + matrix.guests)
        }
        // Lists that name no one ("Närvarande: se närvarorapporten längst ner"): the report's.
        if meeting.attendees.isEmpty, let report {
            meeting.attendees = report.attendees
            meeting.guests += report.guests
        }
        // A letter that lists no one says who came in its opening's sentences; "jag" signs it.
        let listsNameWhoCame = !meeting.attendees.isEmpty
        // The letter's writer who signs it, where the letter names another who took the notes.
        var signer: Person?
        if !listsNameWhoCame {
            let opening = (lines[..<(body + firstItem)] + (closingPresence.map { [""] + lines[$0] } ?? [])).joined(separator: "\n")
            let letter = LetterReader.read(opening)
            // ("… och jag, Ida Berg (Bjuv)": the writer named too, listed once.)
            let writer = meeting.scribe.map { [$0] } ?? []
            // (Signed "/Ulva" by one the sentence names in full: the same.)
            meeting.attendees = letter.attendees + (letter.writerPresent ? writer.filter { scribe in
                !letter.attendees.contains { Folding.key($0.name) == Folding.key(scribe.name) }
                    && (scribe.name.contains(" ") || !LetterReader.named(Substring(scribe.name), present: letter.attendees).contains { opening.holds("jag, " + $0.name) })
            } : []) + letter.cameLater
            if meeting.place == nil { meeting.place = letter.place.map { place in place.firstMatch(of: online).map { onlineName($0.1) } ?? place } }
            // ("Wanja förde anteckningar, så jag skickar ut dem": not the writer who signs, kept apart.)
            // (Or anywhere in the letter: "Ett stort tack till Oddveig som förde anteckningar".)
            if let scribe = letter.scribe ?? LetterReader.scribe(in: lines.joined(separator: "\n"), present: letter.attendees) {
                (signer, meeting.scribe) = (meeting.scribe, scribe)
            }
            if meeting.guests.isEmpty { meeting.guests = letter.guests }
            if meeting.absent.isEmpty { meeting.absent = letter.absent }
            if meeting.chairs.isEmpty { meeting.chairs = letter.chairs + (letter.writerChaired ? writer : []) }
        } else if meeting.place == nil {
            // Lists, and no place but a sentence's: "Vi träffades på Träffpunkt Linden i Perstorp och …".
            let opening = withoutPeople[..<(body + firstItem)].joined(separator: "\n")
            meeting.place = LetterReader.openingPlace(opening)
        }
        // "… och jag (Landskrona)." in a list of who came: the writer, who signs the minutes.
        if listsNameWhoCame, let writer = meeting.scribe, sections.contains(where: { section in
            section.kind == .attendees && lines[section.headingLine..<max(section.headingLine + 1, section.end)].contains { $0.contains(PeopleLists.writerPart) }
        }), !meeting.attendees.contains(where: { Folding.key($0.name) == Folding.key(writer.name) }) {
            meeting.attendees.append(writer)
        }
        if listsNameWhoCame {
            // Chairs in sentences beside the lists, each one of those listed: when the lists name none,
            // "Göta i Örkelljunga var ordförande", "Wilhelmina ledde mötet" (each paragraph its own);
            // and one who took over during the meeting, "Olov Brandt ledde mötet från punkt 4".
            let listed = Set(meeting.attendees.map { Folding.key($0.name) })
            let opening = lines[..<(body + firstItem)].joined(separator: "\n")
            // (The first item's too: "§1 Inledning" over "Anna var ordförande och Björn skrev anteckningar.")
            let inSentences = (meeting.chairs.isEmpty ? LetterReader.chairs(in: opening + "\n\n" + (meeting.items.first?.text ?? ""), present: meeting.attendees) : [])
                + LetterReader.chairsTakingOver(in: lines[body..<bodyEnd], present: meeting.attendees)
            meeting.chairs += inSentences.filter { listed.contains(Folding.key($0.name)) }
            // The scribe in a sentence, when no label or signature names one ("Imre åtog sig att föra
            // anteckningar" under "Punkt 1: Hagar hälsade välkommen").
            if meeting.scribe == nil, scribes.isEmpty {
                meeting.scribe = LetterReader.scribe(in: lines.joined(separator: "\n"), present: meeting.attendees)
            }
            // Who sentences say was away: one listed as there ("Kadir Samadi ringde samma morgon och fick
            // förhinder") is away after all; one not listed at all too ("Återbud från Ada Ek (Bjuv)." in
            // a log), by name alone (not "Ines Borg hälsade välkommen" of "… och berättade att Klara fick
            // förhinder"), once.
            // (The first item's too: "§ 1 Mötets öppnande" over "… Ada Ek (Bjuv) hade meddelat att hon inte kunde komma.")
            let openingAndFirst = opening + "\n\n" + (meeting.items.first?.text ?? "")
            if LetterReader.absentWords.contains(where: openingAndFirst.holds) {
                // (A first name alone one of the mail's addresses gives in full: "Roar och Marzena hade förhinder,
                // därför ligger ni på kopia.")
                let away = LetterReader.away(in: openingAndFirst).map { person in
                    person.name.contains(" ") ? person : contacts[person.name].map { Person(name: $0.name, municipality: person.municipality ?? $0.municipality) } ?? person
                }
                let keys = Set(away.map { Folding.key($0.name) })
                let known = listed.union(meeting.absent.map { Folding.key($0.name) })
                // (In the sentences' order: one listed as there, as listed.)
                let listedAway = Dictionary(meeting.attendees.map { (Folding.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
                meeting.absent += away.compactMap { person in
                    let key = Folding.key(person.name)
                    return listedAway[key] ?? (!known.contains(key) && PeopleLists.isCapitalisedFullName(person.name) ? person : nil)
                }
                meeting.attendees.removeAll { keys.contains(Folding.key($0.name)) }
            }
        }
        // Chairs a protocol's signatures name ("mötesordförande" under a name).
        let signed = signatures(lines.suffix(signatureLines))
        meeting.chairs += signed.filter { $0.role.hasSuffix("ordförande") && $0.role != "vice ordförande" }.map(\.person)
        // A scribe the header names ("Sekreterare: …", a list's "sekreterare") when the end names none.
        if meeting.scribe == nil, let scribe = scribes.first {
            meeting.scribe = Person(name: scribe.name, municipality: scribe.municipality)
        }
        // "VA informerade", "Anteckningar: NJ": initials the lists key someone by ("VA   Vendela Axén").
        // (A key at the end too: "Personer:" over "AS   Andrzej Sowa, enhetschef".)
        let keys = sections + listed.filter { section in
            section.headingLine >= firstNumbered && section.kind == .invited && !section.entries.isEmpty
        }
        var keyed = Dictionary(keys.flatMap(\.entries).compactMap { entry in entry.initials.map { ($0, entry.person) } }) { first, _ in first }
        // Initials no key gives, read off the lists' full names where one person listed has them: the
        // scribe's signature ("/TM" of Tatenda Moyo), and those who raise matters where the notes write
        // two people or more so ("MA berättade", "RS tog upp"); one alone may be a body ("FK informerade").
        let byInitials = Dictionary(grouping: sections.flatMap(\.entries).map(\.person).filter { PeopleLists.isCapitalisedFullName($0.name) }) { PeopleLists.initials(of: $0.name) }
        let derived = byInitials.filter { initials, people in keyed[initials] == nil && Set(people.map { Folding.key($0.name) }).count == 1 }.mapValues { $0[0] }
        if Set(meeting.items.flatMap(\.raisedBy).compactMap { $0.person?.name }.filter { derived[$0] != nil }).count >= 2 {
            keyed.merge(derived) { kept, _ in kept }
        } else if let scribe = meeting.scribe?.name, let person = derived[scribe] {
            keyed[scribe] = person
        }
        if !keyed.isEmpty {
            // The person initials stand for, as named (not their role in the list).
            // (Where from as the key says, else as the list does: "AS (Helsingborg)" over "AS   Anna Sund".)
            let named = { (person: Person) in keyed[person.name].map { Person(name: $0.name, municipality: $0.municipality ?? person.municipality) } ?? person }
            meeting.scribe = meeting.scribe.map(named)
            meeting.chairs = meeting.chairs.map(named)
            // ("Närv.: AA, BK" over a key of those initials, "Sign." over "AA   Abdikarim Abdullahi".)
            (meeting.attendees, meeting.guests, meeting.absent) = (meeting.attendees.map(named), meeting.guests.map(named), meeting.absent.map(named))
            renameRaisers(in: &meeting, named)
        }
        // Initials closing a sentence ("… (LSS).") are a person's only where a key names them.
        for index in meeting.items.indices {
            meeting.items[index].raisedBy.removeAll { raiser in
                raiser.evidence.hasPrefix("(") && raiser.person.map { "(\($0.name))" == raiser.evidence && $0.name.allSatisfy(\.isUppercase) } == true
            }
        }
        if !contacts.isEmpty {
            let full = { (person: Person) -> Person in
                guard !person.name.contains(" "), let contact = contacts[person.name] else { return person }
                return Person(name: contact.name, municipality: person.municipality ?? contact.municipality, role: person.role)
            }
            (meeting.attendees, meeting.guests, meeting.absent, meeting.chairs, meeting.scribe) =
                (meeting.attendees.map(full), meeting.guests.map(full), meeting.absent.map(full), meeting.chairs.map(full), meeting.scribe.map(full))
            renameRaisers(in: &meeting, full)
        }
        // One who joined later came too (listed away, then not), unless listed as there already.
        let listedNow = Set((meeting.attendees + meeting.guests).map { Folding.key($0.name) })
        // (One from another body a guest: "Lisa Sjö (Kronofogden) anslöt under punkt 2".)
        for person in LetterReader.joining(in: lines[...]) where !listedNow.contains(Folding.key(person.name)) {
            if person.municipality == nil, person.role.map(PeopleLists.isOtherBody) == true { meeting.guests.append(person) } else { meeting.attendees.append(person) }
        }
        // ("Salma Haddadi från Funktionsrätt kopplades in som gäst", in a log that lists who came first.)
        meeting.guests += LetterReader.guestsCame(in: [meeting.notes] + meeting.items.map(\.text))
        meeting.chairs = unique(meeting.chairs)
        // One another stood in for was away: "Maiken Svedjeholm, Ängelholm (ers. för Lennarth Ekensten)"
        // (named in the lists before those who sent word).
        let sentWord = Set(meeting.absent.map { Folding.key($0.name) })
        meeting.absent = meeting.attendees.compactMap { $0.role?.firstMatch(of: standsInFor).map { Person(name: String($0.1)) } }
            .filter { !sentWord.contains(Folding.key($0.name)) } + meeting.absent
        // (The scribe is no guest: "Adjungerade" over "Eva Lund, sekreterare", who keeps the minutes.)
        if let scribe = meeting.scribe.map({ Folding.key($0.name) }), let guest = meeting.guests.firstIndex(where: { Folding.key($0.name) == scribe }) {
            meeting.attendees.append(meeting.guests.remove(at: guest))
        }
        // Listed on each day of a meeting of two ("Närvarande dag 1:", "Närvarande dag 2:"): once, and
        // not away who came on one of them.
        (meeting.attendees, meeting.guests) = (unique(meeting.attendees, byKommun: true), unique(meeting.guests, byKommun: true))
        meeting.absent = unique(meeting.absent, byKommun: true).filter { away in
            !meeting.attendees.contains { Folding.key($0.name) == Folding.key(away.name) && ($0.municipality == away.municipality || $0.municipality == nil || away.municipality == nil) }
        }
        let chairRanges = chairs(byParagraph: lines)
        let away = Set(meeting.absent.map { Folding.key($0.name) })
        // The role the lists give each name (its first listing's), keyed once for every item.
        let roles = Dictionary(meeting.listed.map { (Folding.key($0.name), $0.role) }) { first, _ in first }
        for index in meeting.items.indices {
            let item = meeting.items[index]
            // "§ 8": the paragraph a "Ordförande § 8:" line names (not "3.1", which is no paragraph).
            let paragraph = item.number.flatMap { $0.hasPrefix("§") ? Int($0.dropFirst().trimmingSpaces()) : nil }
            let chair = paragraph.flatMap { number in chairRanges.first { $0.range.contains(number) }?.name }
            var raisers = item.raisedBy
            // Names in parentheses after a title present the item when the lists name them; else
            // they are the title's ("Studiedag (Hotell Skansen)").
            var presenters: [String] = []
            if let (names, _) = RaiserReader.presenterNames(item.title) {
                if names.allSatisfy({ roles[Folding.key($0)] != nil }) {
                    meeting.items[index].title = RaiserReader.withoutPresenters(item.title)
                    presenters = names
                } else {
                    raisers.removeAll { $0.evidence.hasPrefix("(") && names.contains($0.person?.name ?? "") }
                }
            }
            // A body speaks through its presenter, or another raiser from it ("Information från
            // Assistanskooperativet Brygga" over "Gabor Hägerdal berättade …").
            raisers = speakingForPresenters(raisers, presenters + raisers.compactMap(\.person?.name), roles: roles)
            // (A point's holder the lists say was away, "Vendel hade förhinder, så Tuve tog punkten",
            // held it not.)
            raisers.removeAll { raiser in
                raiser.evidence.hasPrefix("Föredragande:") && raiser.name.map { away.contains(Folding.key($0)) } == true
            }
            // "Anmäld av: Klippan", a case system's field: of those the text names, who put it forward.
            if item.text.holds("nmäl") || item.text.holds("äckt"), let by = item.text.firstMatch(of: putForwardBy).map({ String($0.1).trimmingSpaces() }) {
                raisers = putForward(raisers, by: by, in: meeting)
            }
            // "Jag berättade att …": the writer who signs the minutes, else no one named.
            raisers = raisers.compactMap { raiser in
                guard raiser.person?.name == RaiserReader.writer else { return raiser }
                var raiser = raiser
                raiser.person = (signer ?? meeting.scribe).map { Person(name: $0.name, municipality: $0.municipality) }
                return raiser.person == nil ? nil : raiser
            }
            meeting.items[index].raisedBy = raisers.compactMap { byRole($0, in: meeting, chair: chair) }
        }
        return meeting
    }

    /// A header's label of when and where ("Tid och plats:", "Datum för mötet:"); not a topic that
    /// starts so ("Lokal samverkan:", "Tid för uppföljning:").
    nonisolated(unsafe) static let label = /(?i)^\s*(?:\*\*)?(datum|tid|plats|lokal|lok\.)(?:\s*(?:[\/,&]|\s+och\s+)\s*\p{L}+){0,2}(?:\s+för\s+(?:mötet|träffen))?(?:\s*\([^)]{0,20}\))?\s*(?:\*\*)?\s*:/

    /// "Kontaktlista", "Kontaktlista (nätverket VT 2024)": a heading alone, not a sentence.
    nonisolated(unsafe) static let contactHeading = /(?i)^\s*(?:#+\s*)?(?:\*\*)?(?:kontaktlista|kontaktuppgifter|kontakter|telefonlista)(?:\*\*)?\s*(?:\([^)]{0,40}\))?\s*:?\s*$/


    /// Every raiser of the meeting's items as `named` names them (initials, a first name, in full).
    static func renameRaisers(in meeting: inout Meeting, _ named: (Person) -> Person) {
        for index in meeting.items.indices {
            for raiser in meeting.items[index].raisedBy.indices {
                meeting.items[index].raisedBy[raiser].person = meeting.items[index].raisedBy[raiser].person.map(named)
            }
        }
    }

    /// A contact list's people by first name ("Kontaktlista" over rows "Name   Kommun   phone", apart
    /// by tabs or wide gaps): a first name two of them have stands for neither.
    static func contactList(_ lines: [String]) -> [String: Person] {
        guard let heading = lines.lastIndex(where: { ($0.holds("ontakt") || $0.holds("elefonlista")) && $0.wholeMatch(of: contactHeading) != nil })
        else { return [:] }
        return byFirstName(lines[(heading + 1)...].prefix(while: { !MinutesDocument.isBlank($0) }).compactMap { line in
            let cells = line.split(separator: signatureGap).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard let name = cells.first, PeopleLists.isCapitalisedFullName(name) else { return nil }
            return Person(name: name, municipality: cells.dropFirst().lazy.compactMap(Municipality.named).first)
        })
    }

    /// People named in full, by their first name where only one of them has it (one named twice is one).
    static func byFirstName(_ people: [Person]) -> [String: Person] {
        var byFirstName: [String: Person?] = [:]
        for person in people {
            guard let first = person.name.split(separator: " ").first else { continue }
            // (`.some(nil)`: a name two people have, kept as standing for neither.)
            let kept = byFirstName[String(first)]
            byFirstName[String(first)] = .some(kept.map { $0?.name == person.name ? $0 : nil } ?? person)
        }
        return byFirstName.compactMapValues { $0 }
    }

    /// "Räddningstjänsten påminde om …" under "Larmlistor (Siri Westman)", whom the lists give as
    /// "Siri Westman, Räddningstjänsten Skåne Nordväst": the body a presenter (or another raiser)
    /// comes from speaks through them, its words theirs.
    static func speakingForPresenters(_ raisers: [Raiser], _ presenters: [String], roles: [String: String?]) -> [Raiser] {
        var raisers = raisers
        for name in presenters {
            guard let from = roles[Folding.key(name)] ?? nil else { continue }
            let bodies = raisers.indices.filter { other in
                guard let word = raisers[other].person?.name, !word.contains(" ") || PeopleLists.isOtherBody(word), word.count >= 4 else { return false }
                return raisers[other].person?.name != name && from.localizedCaseInsensitiveContains(word)
            }
            guard !bodies.isEmpty, let presenter = raisers.firstIndex(where: { $0.person?.name == name }) else { continue }
            raisers[presenter].statement = ([raisers[presenter].statement] + bodies.map { raisers[$0].statement })
                .filter { !$0.isEmpty }.joined(separator: " ")
            raisers = raisers.indices.filter { !bodies.contains($0) }.map { raisers[$0] }
        }
        return raisers
    }

    nonisolated(unsafe) static let putForwardBy = /(?im)^\s*(?:(?:anmäld|anmält|väckt|väckts)\s+av|anmälare)\s*:\s*(\S[^\n]*)$/

    /// Those of raisers from the kommun an item was put forward by, or the person it names; all of
    /// them when that leaves no one ("Anmäld av: –", a body none of them speaks for).
    static func putForward(_ raisers: [Raiser], by: String, in meeting: Meeting) -> [Raiser] {
        let kommun = Municipality.named(by) ?? Municipality.ofBody(by)
        let listed = Dictionary(meeting.listed.map { (Folding.key($0.name), $0) }) { first, _ in first }
        let kept = raisers.filter { raiser in
            guard let person = raiser.person else { return false }
            if let kommun { return (person.municipality ?? listed[Folding.key(person.name)]?.municipality) == kommun }
            return Folding.key(person.name) == Folding.key(by)
        }
        return kept.isEmpty ? raisers : kept
    }

    /// A raiser named by role: "Kassören Lars Berg" is Lars Berg; "Ordföranden" the meeting's chair,
    /// "Kassören" the one the lists call kassör; a role no one listed holds names no one.
    static func byRole(_ raiser: Raiser, in meeting: Meeting, chair: String? = nil) -> Raiser? {
        guard let person = raiser.person, let first = person.name.split(separator: " ").first,
            let role = role(String(first), in: meeting) ?? (roles.contains(first.lowercased()) ? first.lowercased() : nil)
                // ("IFO-chefen Lavinia Åkesten", "Avdelningschef Lillemor Hallqvist": a job's title before a full name.)
                ?? (person.name.split(separator: " ").count >= 3 && (PeopleLists.isJobTitle(String(first)) || RaiserReader.isDefiniteJob(first))
                    ? first.lowercased() : nil)
        else { return raiser }
        var raiser = raiser
        let rest = person.name.split(separator: " ").dropFirst().joined(separator: " ")
        if !rest.isEmpty {
            raiser.person?.name = rest
            return raiser
        }
        let chairs = meeting.chairs.filter { chair == nil || $0.name == chair }
        let holders = role == "ordförande" ? chairs : meeting.listed.filter { $0.role?.lowercased().split(separator: " ").first.map(String.init) == role }
        guard holders.count == 1 else { return nil }
        raiser.person = holders[0]
        return raiser
    }

    nonisolated(unsafe) static let chairOfParagraphs = /(?i)^\s*(?:mötes)?ordförande\s+§§?\s*(\d+)(?:\s*[–-]\s*(\d+))?\s*:\s*(.+?)\s*$/

    /// "Ordförande §§ 1–7: Anna Rydberg", "Ordförande § 8: Göran Västerlund": who chaired which §.
    static func chairs(byParagraph lines: [String]) -> [(range: ClosedRange<Int>, name: String)] {
        lines.compactMap { line in
            guard line.holds("§"), let match = line.wholeMatch(of: chairOfParagraphs), let low = Int(match.1) else { return nil }
            let high = match.2.flatMap { Int($0) } ?? low
            guard low <= high, let person = PeopleLists.entry(PeopleLists.clean(String(match.3)))?.person else { return nil }
            return (low...high, person.name)
        }
    }

    /// Roles a name may stand for, in the definite form minutes use ("Kassören", "Ordföranden").
    static let roles = ["ordförande", "kassör", "sekreterare", "socialchef", "förvaltningschef", "enhetschef", "rektor", "revisor"]

    /// The role a capitalised word names ("Kassören" → kassör, "Kommunpolis"), when it names one the minutes know.
    static func role(_ word: String, in meeting: Meeting) -> String? {
        let lower = word.lowercased()
        // The whole role word, not its start: "Ann" is not "an…svarig".
        let listed = Set(meeting.listed.compactMap { $0.role?.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) })
        // "Kommunpolis Kenneth Öhrn": a role as the lists write it, before the name.
        if lower.count >= 4, listed.contains(lower) { return lower }
        for ending in ["en", "n"] where lower.hasSuffix(ending) {
            let stem = String(lower.dropLast(ending.count))
            if roles.contains(stem) || stem.count >= 4 && listed.contains(stem) { return stem }
        }
        return nil
    }


    /// People once each, by name, in the order first given.
    /// People once each, by name; byKommun, by name and kommun ("Anna (Bjuv)" and "Anna (Klippan)" two).
    static func unique(_ people: [Person], byKommun: Bool = false) -> [Person] {
        var seen = Set<String>()
        return people.filter { seen.insert(Folding.key($0.name) + (byKommun ? "|" + ($0.municipality ?? "") : "")).inserted }
    }

    /// A person written as in an attendance list: "Namn (Kommun)", "Namn, Kommun", "Namn (ordf.)".
    public static func person(from text: String) -> Person? {
        PeopleLists.entry(PeopleLists.clean(text))?.person
    }

    /// Attendance sections of the header: those before the first numbered agenda item; a scribe's
    /// label after prose ("Vid pennan:" closing minutes without numbers) is the end's, not the header's.
    static func headerSections(_ sections: [PeopleLists.Section], in lines: [String], firstItem: Int) -> [PeopleLists.Section] {
        var header: [PeopleLists.Section] = []
        // (The title is no prose: "Nätverket Öppen dörr – anteckningar från träffen 15 jan -25".)
        var previousEnd = lines.firstIndex { !MinutesDocument.isBlank($0) }.map { $0 + 1 } ?? 0
        for section in sections where section.headingLine < firstItem {
            let between = lines[min(previousEnd, section.headingLine)..<section.headingLine]
            if section.kind == .scribe, between.contains(where: isProse) { continue }
            header.append(section)
            previousEnd = section.end
        }
        return header
    }

    /// A line of running text: eight words or more, or a list item.
    static func isProse(_ line: String) -> Bool {
        line.split(whereSeparator: \.isWhitespace).count >= 8 || AgendaReader.isBullet(line)
    }

    // MARK: Title

    /// The heading that names the minutes ("Minnesanteckningar …", "… möte …"), else the first line;
    /// of a mail's header pasted above them, its subject, never whom it went to ("Till: Nätverket").
    static func titleLine(in lines: [String]) -> Int? {
        // (Not a line of a quoted thread: "> 1. Föregående anteckningar".)
        let candidates = lines.indices.filter { !cleanTitle(lines[$0]).isEmpty && !isMailAddressing(lines[$0]) && !lines[$0].hasPrefix(">") }
        // (A title is among the first lines: not a sentence of the last item that names the network.)
        return candidates.prefix(titleLines).first { index in
            let lower = lines[index].lowercased()
            return lines[index].count < 160
                && ["anteckning", "protokoll", "möte", "mötet", "träff", "nätverk"].contains { lower.contains($0) }
        } ?? candidates.first
    }

    static let titleLines = 12

    /// Where another meeting's minutes begin under these: a rule across the page, then within a few
    /// lines a day and a header's label ("Plats:", "Närvarande:").
    static func olderMeeting(in lines: [String], after start: Int) -> Int? {
        lines.indices.dropFirst(start + 1).first { index in
            // (A cheap test first, by its first byte.)
            guard let byte = lines[index].utf8.first, byte == UInt8(ascii: "=") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*")
            else { return false }
            let rule = lines[index].trimmingSpaces()
            guard rule.count >= 10, let mark = rule.first, "=-_*".contains(mark), rule.allSatisfy({ $0 == mark }) else { return false }
            let next = lines[(index + 1)...].lazy.filter { !MinutesDocument.isBlank($0) }.prefix(6)
            return next.contains { !DateReader.mentions(in: [$0], headingLine: nil).isEmpty }
                && next.contains { line in line.holds(":") && (line.lowercased().hasPrefix("plats") || PeopleLists.heading(line) != nil) }
        }
    }

    /// Who sent the mail the minutes are ("Från: Marjut Hallingberg <marjut.hallingberg@…>"), from its
    /// header at the top.
    /// (Or a post's author, a chat channel's: the name over the time it was posted, "Petar Radoslavov"
    /// over "2025-09-26 13:48".)
    static func mailSender(_ lines: [String]) -> String? {
        let head = lines.prefix(titleLines)
        return head.lazy.compactMap { $0.wholeMatch(of: senderLine).map { String($0.1) } }.first
            ?? head.indices.dropLast().first { DateReader.isTimestamp(head[$0 + 1]) && PeopleLists.isCapitalisedFullName(head[$0].trimmingSpaces()) }
            .map { head[$0].trimmingSpaces() }
    }
    nonisolated(unsafe) static let senderLine = /\s*(?i:från|from)\s*:\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)\s*(?:<[^>]*>|\[[^\]]*\])?\s*/

    /// Those a mail was sent to, by addresses that spell their names ("Till: anwen.pritchard@klippan.se;
    /// …" is Anwen Pritchard): whom the minutes call by first name.
    static func mailRecipients(_ lines: [String]) -> [Person] {
        var recipients: [Person] = []
        if let to = lines.prefix(titleLines).first(where: { $0.lowercased().hasPrefix("till:") || $0.lowercased().hasPrefix("to:") }) {
            recipients = to.matches(of: spelledAddress).map { address in
                Person(name: [address.1, address.2].map { $0.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-") }.joined(separator: " "))
            }
        }
        // A quoted message's, below the reply ("Till: Paulette Nzeyimana <paulette.nzeyimana@…>; …").
        return recipients + namedAddresses(lines.dropFirst(titleLines), labels: ["Till:", "To:"])
    }

    /// Those a mail was copied to, by the names shown before their addresses ("Kopia: Roar Kvisthammar
    /// <roar.kvisthammar@…>"): whom the minutes call by first name, called or not.
    static func mailCopied(_ lines: [String]) -> [Person] {
        namedAddresses(lines.prefix(titleLines), labels: ["Kopia:", "Cc:", "Kopia till:"])
    }

    /// Who sent a mail and the messages it quotes ("Från: Ulrika Tell <ulrika.tell@…>", who signs
    /// "Ulrika"): called or not, they give first names in full.
    static func mailSenders(_ lines: [String]) -> [Person] {
        namedAddresses(lines[...], labels: ["Från:", "From:"])
    }

    /// The people lines opened by one of labels name by the names shown before their addresses.
    static func namedAddresses(_ lines: ArraySlice<String>, labels: [String]) -> [Person] {
        lines.filter { line in labels.contains(where: line.hasPrefix) }.flatMap { line in
            line.matches(of: namedAddress).map { Person(name: String($0.1).trimmingSpaces()) }
        }
    }
    nonisolated(unsafe) static let spelledAddress = /\b(\p{Ll}[\p{Ll}-]+)\.(\p{Ll}[\p{Ll}-]+)@[\w.-]+/
    /// "Paulette Nzeyimana <paulette.nzeyimana@helsingborg.se>": a name shown before its address.
    nonisolated(unsafe) static let namedAddress = /(\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,3})\s*<[^<>@\s]+@[^<>\s]+>/

    /// A mail header's line of who sent it, to whom, or when: "Från:", "Till:", "Kopia:", "Skickat:".
    static func isMailAddressing(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return mailAddressingLabels.contains(line[..<colon].trimmingSpaces(and: "*_#").lowercased())
    }
    /// (Labels that open no topic either: `AgendaReader.notTopics`.)
    static let mailAddressingLabels: Set<String> = ["från", "till", "kopia", "kopia till", "skickat", "from", "to", "cc", "sent"]

    /// A line as a title: without a heading's marks, or a mail subject's label ("Ämne: …").
    static func cleanTitle(_ line: String) -> String {
        var title = line.trimmingSpaces(and: "#*_")
        if title.holds(":"), let subject = title.firstMatch(of: subjectLabel) { title = String(title[subject.range.upperBound...]).trimmingSpaces(and: "#*_") }
        return title.count > maxTitleLength ? String(title.prefix(maxTitleLength - 1)) + "…" : title
    }
    nonisolated(unsafe) static let subjectLabel = /^(?i:ämne|ärende|subject)\s*:/

    // MARK: Network and place

    nonisolated(unsafe) static let socialchef = /(?i)socialchef/
    /// A page's number after a wide gap at a line's end ("      Sida 1 (2)", "   Sida 2 av 5").
    nonisolated(unsafe) static let pageBeside = /\s{4,}(?i:sida|page)\s+\d+(?:\s*\(\d+\)|\s*(?:av|of|\/)\s*\d+)?\s*$/
    /// An abbreviation joined to the word after it, lowered ("lvm-" of "lvm-nätverket").
    nonisolated(unsafe) static let abbreviationJoined = /\b\p{Ll}{2,6}-(?=\p{L})/
    /// A word of six capitals or more, as a heading's name is written ("FÄRDTJÄNSTNÄTVERKET").
    nonisolated(unsafe) static let wordInCapitals = /\b\p{Lu}{6,}\b/
    /// Words in capitals one after another, one of them long ("NÄTVERKET FÖR FLYKTINGMOTTAGNING"
    /// beside "– minnesant. 2024"): a name in capitals.
    nonisolated(unsafe) static let runInCapitals = /\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s+\p{Lu}{6,}(?:\s+\p{Lu}{2,})*\b|\b\p{Lu}{6,}(?:\s+\p{Lu}{2,})+\b/
    /// A run in capitals as it is read: lowered, its first word capitalised, short words that are
    /// no Swedish word ("IFO", "LSS") kept as abbreviations.
    static func nameInCapitals(_ run: Substring) -> String {
        run.split(separator: " ").enumerated().map { number, word in
            let lower = word.lowercased()
            if word.count <= 3, !smallWords.contains(lower) { return String(word) }
            return number == 0 ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
        }.joined(separator: " ")
    }
    private static let smallWords: Set<String> = ["för", "och", "av", "med", "om", "på", "till", "vid", "mot", "ny", "nya"]
    nonisolated(unsafe) static let ifo = /(?i)(?:^|[^\p{L}])ifo(?![\p{L}])/
    /// "Barn- och ungdomsnätverket": the first words of a joined compound are of the name.
    /// ("Bostadssociala nätverket", "Vräkningsförebyggande nätverket", "Unga vuxna-nätverket": a capitalised adjective before it is the name's too, as a
    /// genitive first on its line is: "Socialjourens samverkansnätverk", "Fältassistenternas nätverk" ending its line or before a dash (not
    /// "Socialtjänstens nätverk i Skåne Nordväst", a page's head), not "Familjen Helsingborgs
    /// missbruksnätverk"; and a name of two words on a line of its own, "Lex Sarah-nätverket", or after
    /// "Nätverket" up to a dash, "Nätverket Öppen ingång – anteckningar", "Minnesanteckningar, Nätverket
    /// Äldreomsorg myndighet", "Nätverket Barn och familj – …".)
    nonisolated(unsafe) static let namedNetwork =
        /^\s*(?:(?:Minnes)?[Aa]nteckningar,?\s+(?=Nätverket\s))?(\p{Lu}[\p{L}-]*s\s+\p{Ll}[\p{L}-]*nätverk(?:et)?|\p{Lu}[\p{L}-]*s\s+nätverk(?:et)?(?=\s+[–—-]\s|\s*$)|\p{Lu}\p{Ll}+\s+\p{Ll}+-nätverk(?:et)?|(?!(?:Minnesanteckningar|Anteckningar|Protokoll|Kallelse|Inbjudan|Nätverksträff|Träff|Till|Från|Hej|Kära|Ämne)\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-nätverk(?:et)?(?=\s*$)|Nätverket\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}(?=\s+[–—-]\s|\s*$))|((?:\p{L}[\p{L}-]*-,?\s+(?:och|eller)\s+)?\p{L}[\p{L}-]*nätverk(?:et)?|(?!(?:Kommande|Följande|Inbjudande|Deltagande|Föregående|Ovanstående|Hela|Samma|Andra|Båda)\s)\p{Lu}[\p{L}-]*(?:a|nde)\s+nätverket)/
    /// A group named by what it is for, as the rest of its line gives it: "Arbetsgruppen för
    /// ekonomiskt bistånd", "Forum för familjehemsfrågor: möte 11/3-09", "Nätverket för avgiftshandläggare
    /// i Familjen Helsingborg" (where it is, no part of its name), "Nätverket för öppenvård
    /// för barn och unga 2010-10-08", "Nätverket för utsatta EU-medborgare" (an abbreviation joined to a
    /// word by a hyphen among the words), one named by whose it is ("Kommunernas nätverk för
    /// ekonomiskt bistånd"); in English too ("Nordic network on child welfare").
    /// (Either name may start in lower case only in a heading written in capitals, read lowered.)
    /// The word `socialchef` needs (in any case), `ifo` (in any case) and `namedNetwork` (as written):
    /// looked for first, each pattern tried from every place of the header was a tenth of reading.
    static let socialchefWord = "socialchef", ifoWord = "ifo", networkWord = "nätverk"

    /// Whether a line may name a network `namedNetwork` takes: its word in lower case, or "Nätverket "
    /// before a name ("Nätverket Öppen ingång").
    static func mayNameNetwork(_ text: String) -> Bool { text.holds(networkWord) || text.holds("Nätverket ") }

    /// Whether a line may name a group `groupFor` takes: one of its words for a group, and " för ",
    /// " om " or " mot ".
    static func mayNameGroup(_ text: String) -> Bool {
        (text.holds(" för ") || text.holds(" om ") || text.holds(" mot ")) && ["grupp", "orum", "rådet", "ätverket", "s nätverk "].contains(where: text.holds)
            || (text.holds(" on ") || text.holds(" for ")) && text.holds("etwork ")
    }
    nonisolated(unsafe) static let groupFor = /(\p{L}[\p{L}-]*(?:grupp|gruppen|forum|forumet|rådet|nätverket)|[Ff]orum|[Nn]ätverket|\p{Lu}\p{Ll}+s\s+nätverk|\p{Lu}\p{Ll}+\s+network|Network)\s+(för|om|mot|on|for)\s+((?:(?:\p{Ll}|\p{Lu}{2,}-\p{Ll})[\p{Ll}-]*|\p{Lu}{2,}(?![\p{L}-]))(?:\s+(?:\p{Ll}|\p{Lu}{2,}-\p{Ll})[\p{Ll}-]*){0,7})(?=\s*(?:$|[:,;.(–*\t]|-\s|\d)|\s+(?:i|inom)\s+\p{Lu})/

    /// "i nordväst" after a network's name, ending its line or its cell: where it works, part of its name.
    nonisolated(unsafe) static let regionAfter = /\s+i\s+(\p{Ll}+)\s*(?:\*\*)?\s*(?:\t|$)/

    /// A header's label naming the network ("Nätverk: Missbruk och beroende"): a name, capitalised, of
    /// a few words, up to a comma, a parenthesis, a dash or a date (not "Nätverket: Vi välkomnade …").
    nonisolated(unsafe) static let networkLabel = /^\s*(?:\*\*)?[Nn]ätverk(?:\s*(?:\*\*)?\s*:|\t+)\s*(?:\*\*)?\s*(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5})\s*(?:\*\*)?\s*(?:$|[,;(–]|\s-\s|\d)/

    /// How a group's name ends in its definite form, which a title in lower case names it by: the
    /// groups networks are (not any word ending so: "målgruppen", "området").
    static let definiteGroupWords = [
        "nätverket", "arbetsgruppen", "styrgruppen", "referensgruppen", "samverkansgruppen", "chefsgruppen", "ledningsgruppen",
        "nätverksgruppen", "samverkansrådet", "forumet",
    ]

    /// Words that end a group's name when they end its match: what follows them is the meeting's
    /// date ("Forum för arbetsmiljöfrågor den 23 februari", "… onsdagen den 3 juni", "… kl. 9").
    static let dateWords: Set<Substring> = [
        "den", "kl", "klockan", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "datum",
    ]

    /// A group's name less the date words its match ended with.
    static func withoutDateWords(_ name: Substring) -> Substring {
        var words = name.split(whereSeparator: \.isWhitespace)
        while words.count > 1, let last = words.last, dateWords.contains(last) { words.removeLast() }
        return name[name.startIndex..<words.last!.endIndex]
    }

    /// The lines with those of attendance entries blanked: "Ylva Borgström, socialchef" is a role,
    /// not the network.
    static func withoutEntries(_ lines: [String], _ sections: [PeopleLists.Section]) -> [String] {
        var lines = lines
        // ("Socialchefer:" over the socialchefs present beside "IFO-chefer:" over others: who they are,
        // not whose network it is.)
        let groups = sections.map(\.headingLine).filter { line in
            let label = lines[line].lowercased().trimming(anyOf: "*#: \t")
            return label.hasSuffix("chefer") && !label.contains(" ")
        }
        if Set(groups.map { lines[$0].lowercased() }).count >= 2 { for line in groups { lines[line] = "" } }
        for section in sections {
            for index in (section.headingLine + 1)..<max(section.headingLine + 1, section.end) where index < lines.count {
                lines[index] = ""
            }
        }
        return lines
    }

    /// `Socialchef` or `IFO` by what the header says first, else another network the header names
    /// (in `lines`, attendance entries blanked; a label naming it is looked for as `written`; `title`:
    /// the minutes' title line, `titleLine`'s when not given).
    static func network(in lines: [String], written: [String]? = nil, title: Int? = nil, headerEnd: Int) -> String? {
        func classify(_ text: String) -> String? {
            let lower = text.lowercased()
            let social = lower.holds(socialchefWord) ? text.firstMatch(of: socialchef)?.range.lowerBound : nil
            let ifoAt = lower.holds(ifoWord) ? text.firstMatch(of: ifo)?.range.lowerBound : nil
            switch (social, ifoAt) {
            case (let s?, let i?): return s < i ? "Socialchef" : "IFO"
            case (.some, nil): return "Socialchef"
            case (nil, .some): return "IFO"
            default: return nil
            }
        }
        let headerLines = lines[..<min(max(headerEnd, 1), lines.count)]
        // (Not who a memo was copied to: "Kopia: Ada Ek, socialchef".)
        // (Nor a sentence of a mail's cover text: "… skickar jag dem vidare till socialcheferna.")
        let header = headerLines.filter { !isMailAddressing($0) && $0.split(separator: " ").count <= 12 }.joined(separator: "\n")
        if let network = classify(header) { return network }
        // A name the header gives starts with a capital; a heading in capitals
        // ("MINNESANTECKNINGAR – ARBETSGRUPPEN FÖR FAMILJEHEMSFRÅGOR") is read lowered, its name then capitalised.
        // (A word in capitals beside others that are not, "FÄRDTJÄNSTNÄTVERKET - Familjen Helsingborg",
        // is read capitalised: "Färdtjänstnätverket".)
        // (An abbreviation joined to a word keeps its capitals: "LVM-NÄTVERKET" is "LVM-nätverket".)
        // (Without a page's number beside it: "Nätverket för våld i nära relationer      Sida 1 (2)".)
        let readable = headerLines.map { $0.holds("    ") ? $0.replacing(pageBeside, with: "") : $0 }.map { line in
            !line.contains(where: \.isLowercase) ? (text: line.lowercased().replacing(abbreviationJoined) { $0.output.uppercased() }, capitals: true)
                : line.contains(wordInCapitals) ? (text: line.replacing(runInCapitals) { nameInCapitals($0.output) }
                    .replacing(wordInCapitals) { $0.output.prefix(1) + $0.output.dropFirst().lowercased() }, capitals: false)
                : (text: line, capitals: false)
        }
        let capitalised = { (name: Substring) in name.prefix(1).uppercased() + name.dropFirst() }
        func group(in lines: [(text: String, capitals: Bool)], named: (Substring, Bool) -> Bool) -> String? {
            for (text, capitals) in lines where mayNameGroup(text) {
                if let group = text.firstMatch(of: groupFor, where: { named($0.1, capitals) }) {
                    // (Of two on one line, the first: "Socialpsykiatrinätverket och Nätverket för boendesamordnare".)
                    if let other = text.firstMatch(of: namedNetwork, where: { named($0.1 ?? $0.2!, capitals) }), other.range.upperBound <= group.range.lowerBound {
                        return capitalised(other.1 ?? other.2!)
                    }
                    return capitalised(group.1) + " \(group.2) \(withoutDateWords(group.3))"
                }
            }
            for (text, capitals) in lines where mayNameNetwork(text) {
                if let other = text.firstMatch(of: namedNetwork, where: { named($0.1 ?? $0.2!, capitals) }) {
                    // (Where it works, ending the line or its cell: "Beroendenätverket i nordväst<TAB>Protokoll".)
                    let region = text[other.range.upperBound...].prefixMatch(of: regionAfter).map { " i " + $0.1 } ?? ""
                    return capitalised(other.1 ?? other.2!) + region
                }
            }
            return nil
        }
        // The title's own name first ("VBE-nätverket – minnesanteckningar" over "Nätverket för arbete
        // mot våldsbejakande extremism"): what the minutes call themselves.
        let capitalisedName = { (name: Substring, capitals: Bool) in capitals || name.first?.isUppercase == true }
        // A joint meeting's host, who keeps its minutes: "Värd: Nätverket för placerade barns skolgång".
        let host = readable.lazy.filter { $0.text.holds("ärd") }.compactMap { line in line.text.wholeMatch(of: hostLabel).map { (text: String($0.1), capitals: line.capitals) } }.first
        if let host, let hosting = group(in: [host], named: capitalisedName) { return hosting }
        let titleAt = title ?? titleLine(in: written ?? lines)
        // (Unless the header gives the title's name in full: "Chefsnätverket" beside "Chefsnätverket för
        // ekonomiskt bistånd".)
        // A label that says it ("Nätverk: Missbruk och beroende"; a form's row, "Nätverk<TAB>…").
        let labelled = (written ?? lines).prefix(headerLines.count).lazy.filter { ($0.holds(":") || $0.holds("\t")) && $0.lowercased().holds(networkWord) }
            .compactMap { $0.firstMatch(of: networkLabel).map { String(withoutDateWords($0.1)) } }.first
        // (The label's name in full where it goes on from one found: "Nätverk: Familjerättsnätverket Skåne Nordväst".)
        let inFull = { (found: String) in labelled.map { $0.hasPrefix(found + " ") ? $0 : found } ?? found }
        let named = group(in: readable, named: capitalisedName)
        // (Not a page head's columns, "Ungdomsmottagningarna i Familjen Helsingborg<TAB>Kuratorsnätverket",
        // over the title: a head's short name, where the header names the network in full.)
        if let titleAt, readable.indices.contains(titleAt), let titled = group(in: [readable[titleAt]], named: capitalisedName),
            !(named?.hasPrefix(titled + " ") ?? false), !readable[titleAt].text.holds("\t")
        {
            return inFull(titled)
        }
        if let named { return inFull(named) }
        if let labelled { return labelled }
        // None capitalised: the minutes' title may name theirs in lower case, as a sentence would, by
        // a group's word in its definite form ("Anteckningar från familjehemsnätverket", "… – nätverket
        // för missbruk"; not "Familjen Helsingborgs missbruksnätverk", of which that is a part, nor
        // "målgruppen för …", "verksamhetsområdet för …").
        if let title = titleAt, readable.indices.contains(title) {
            return group(in: [readable[title]], named: { name, _ in definiteGroupWords.contains { name.lowercased().hasSuffix($0) } })
        }
        // Not the body: there a network named is another's ("lyfta frågan i socialchefsnätverket"),
        // and the meeting's own is inferred from who attended (`Resolver.NetworkAttendance`).
        return nil
    }

    /// A letter's network, as its signer's role names it ("ordförande, Nätverket för romsk inkludering"
    /// under the name), when nothing above does.
    static func signersNetwork(_ lines: [String]) -> String? {
        let named = lines.suffix(signatureLines).filter { $0.holds("ätverk") }.compactMap { $0.wholeMatch(of: signersRole).map { String($0.1) } }
        return named.isEmpty ? nil : network(in: named, headerEnd: named.count)
    }
    nonisolated(unsafe) static let signersRole = /(?i:ordförande|samordnare|sekreterare)[^,]*,\s*(.+)/

    nonisolated(unsafe) static let hostLabel = /\s*(?i:värd|värdnätverk)\s*:\s*(.+)/
    nonisolated(unsafe) static let standsInFor = /^(?i:(?:tjänstgörande\s+)?(?:ers\.|ersättare|ersätter))\s+(?:för\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+)$/
    /// Whether a line may be a place's label (`placeLabel`): it holds one of its words, in any case.
    /// A cheap test first: the pattern asked of every line was a twentieth of reading.
    static func mayBePlaceLabel(_ line: String) -> Bool {
        let lower = line.lowercased()
        return placeLabelWords.contains(where: lower.holds) || lower.holds("var") && lower.holds(":")
    }
    static let placeLabelWords = ["plats", "lokal", "lok.", "venue", "📍"]
    nonisolated(unsafe) static let placeLabel = /(?i)^\s*(?:\*\*)?(tid\s+och\s+)?(?:(?:plats(?:\s+och\s+(?:lokal|tid))?|lokal|lok\.|mötesplats|möteslokal|venue|var(?=\s*:))(?!\p{L})|📍)\s*(:)?(?:\*\*)?\s*(:)?\s*(.+)$/
    nonisolated(unsafe) static let online = /(?i)\b(teams\w*|zoom|skype|webex|digital\w*|online|distans)\b/
    /// The words `meetingOnline` ends in, one of which a line holds for it to match there.
    static let onlineWords = ["teams", "zoom", "skype", "webex", "digital"]
    nonisolated(unsafe) static let meetingOnline = /(?i)\b(?:möte\w*|träff\w*|sågs|träffades|möttes)\b[^.\n]{0,40}?\b(?:via|på|i|över)\s+(?:en\s+)?(teams|zoom|skype|webex|digital\w*)/

    /// "… från vårt möte 24 februari 2006 (Kulturhuset i Ängelholm)": a place in parentheses after
    /// the meeting's date, as a letter's opening gives it (no digits: not a time, not a year).
    nonisolated(unsafe) static let placeAside = /(?i)\b(?:möte\w*|träff\w*)\b[^.()\n]{0,40}?\d[^.()\n]{0,25}\(([^()\n\d]{3,80})\)/

    nonisolated(unsafe) static let placeAfterDate = /(?i)^\s*(?:möte|mötet|träff|träffen)\b[^\n]{0,40}?\d{4}(?:-\d{2}-\d{2})?(?:,?\s+kl\.?\s*[\d.:–-]+)?\s+(?:i|på)\s+((?-i:\p{Lu})[^\n]{2,80}?)\s*\.?\s*$/

    nonisolated(unsafe) static let placeLabelBeside = /\S\s{3,}((?i:plats|lokal|mötesplats)\s*:.*)$/
    /// "2025-04-08, Höganäs kommunhus", "Nätverksträff 2025-12-10, Klippan, Stadshuset", "Träff 14
    /// oktober 2025 · kl. 9.30–12.00 · Landskrona, Stadshuset": where, after the date on its line in the
    /// header, a kommun (or its genitive) first.
    nonisolated(unsafe) static let placeAfterDateComma = /^(?:[^\n]{0,60}?\s)?(?:\d{4}(?:-\d{2}-\d{2})?|\d{1,2}\s+\p{Ll}{3,})(?:(?:,|\s+[·•|])?\s+kl\.?\s*[\d.:–-]+)?(?:,|\s+[·•|])\s+(\p{Lu}[^\n]{2,80}?)\s*\.?\s*$/
    /// "Stödboendet Tallbacken, Åstorp, 3/2-25", "Helsingborg den 3 februari 2025": where the minutes
    /// were written on the meeting's day, as a letter closes over its signature (among the last lines):
    /// the place, when nothing else says it. Not another day's (a next meeting's).
    static func placeOfSignature(in lines: [String], date: String?) -> String? {
        guard let date else { return nil }
        for number in lines.indices.reversed().filter({ !MinutesDocument.isBlank(lines[$0]) }).prefix(4) {
            guard DateReader.holdsNumber(lines[number]), let match = lines[number].wholeMatch(of: placeThenDate) else { continue }
            let mentions = DateReader.mentions(in: [String(match.2)], headingLine: nil)
            // (A place's parts: a kommun, or a building by its name, "Gruppbostaden Linden"; not "Rut Lind",
            // "Sekreterare Rut Lind", "Antecknat av Cecilia Rask, Bjuv".)
            let parts = match.1.split(separator: ",").map { $0.trimmingSpaces() }
            guard mentions.count == 1, mentions[0].date.iso == date, match.1.split(separator: " ").count <= 6,
                parts.allSatisfy({ part in
                    Municipality.named(part) != nil
                        || PeopleLists.isDefiniteNoun(part.prefix { $0 != " " })
                })
            else { continue }
            return String(match.1)
        }
        return nil
    }
    nonisolated(unsafe) static let placeThenDate = /\s*(\p{Lu}[\p{L}-]*(?:[ ,]+\p{Lu}?[\p{L}-]+)*?)(?:,| den)\s+(\d[\p{L}\d\/. -]*\d)\s*/

    /// Whether a line may hold what `placeAside` takes: "möte" or "träff", in any case.
    static func mayHoldAside(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.holds("möte") || lower.holds("träff")
    }

    /// A label's opening ("Lokal samverkan: …"): a place label without its colon is no label before it.
    nonisolated(unsafe) static let labelLead = /^\p{L}[\p{L} ]{0,30}:\s/

    /// A meeting held online, by the word that says so: "Teams", else "digital".
    static func onlineName(_ word: Substring) -> String { word.lowercased().hasPrefix("teams") ? "Teams" : "digital" }

    /// "Teams", "digital", or the place as the minutes write it: under a label (not a next meeting's),
    /// else in parentheses after the date in the header (before the first item or list), else a
    /// title page's line of its own ("Örkelljunga, Kommunhuset, sal Rya").
    static func place(in lines: [String], headerEnd: Int) -> String? {
        for (number, line) in lines.enumerated() {
            guard mayBePlaceLabel(line) else { continue }
            // ("Datum: 2025-11-05   Plats: Landskrona, Rådhuset": labels side by side, apart by a wide gap.)
            let line = line.holds("   ") ? line.firstMatch(of: placeLabelBeside).map { String($0.1) } ?? line : line
            // A label may be a list's bullet ("- **Tid och plats:** …"), and then holds its colon.
            // (Under "Nästa träff" it is the next meeting's.)
            let unbulleted = PeopleLists.withoutBullet(line)
            // Without its colon, a label is alone on its line ("Lokal samverkan: …" is a topic) and
            // capitalised (a sentence wrapped before "plats på det nya boendet" is none).
            guard let match = (unbulleted ?? line).wholeMatch(of: placeLabel),
                match.2 != nil || match.3 != nil
                    || unbulleted == nil && match.4.firstMatch(of: labelLead) == nil && line.first(where: \.isLetter)?.isUppercase == true,
                !DateReader.underNextMeeting(lines, number)
            else { continue }
            var place = String(match.4).trimmingSpaces(and: "*")
            // ("Plats:" with nothing after it: no label names the place; a later one is another's.)
            if !place.contains(where: \.isLetter) { break }
            if let online = place.firstMatch(of: online) { return onlineName(online.1) }
            // "Tid och plats: kl. 9.30–11, Kommunhuset" ("Plats och tid" too): the place is what tells no time.
            if match.1 != nil || match.0.prefix(20).lowercased().holds("och tid") {
                place = place.split(separator: ",").map { $0.trimmingSpaces() }
                    .filter { !$0.contains(where: \.isNumber) && !["kl.", "kl ", "klockan"].contains(where: $0.lowercased().hasPrefix) }.joined(separator: ", ")
                if place.isEmpty { continue }
            }
            return place
        }
        // A header table: "| Datum | Tid | Plats |" (or a Word table's tabbed "**Datum**<TAB>…") over a
        // row of its values, at the top (before any list of people, which may follow it).
        let cell = { (text: String) in text.trimming(anyOf: "* ") }
        for (index, line) in lines.prefix(max(headerEnd, 12)).enumerated() {
            guard let column = PeopleLists.Table.cells(line)?.firstIndex(where: { ["plats", "lokal", "mötesplats"].contains(cell($0).lowercased()) })
            else { continue }
            let row = lines[(index + 1)...].prefix(3).first { !PeopleLists.Table.isRule($0) && PeopleLists.Table.cells($0) != nil }
            guard let cells = row.flatMap(PeopleLists.Table.cells), column < cells.count, !cell(cells[column]).isEmpty else { continue }
            return cells[column].firstMatch(of: online).map { onlineName($0.1) } ?? cell(cells[column])
        }
        for (index, line) in lines[..<min(headerEnd, lines.count)].enumerated() where line.holds("(") {
            // A letter's lines may wrap inside the parentheses: "(Medborgarhuset,⏎Åstorp)".
            let wrapped = line.lastIndex(of: "(")! > (line.lastIndex(of: ")") ?? line.startIndex) && index + 1 < lines.count
            let text = wrapped ? line + " " + lines[index + 1].trimmingSpaces() : line
            // (A list's "Anna Ek (Bjuv)" is no such aside: the pattern, tried from every place of every
            // line with a parenthesis, waits for a meeting's word.)
            guard mayHoldAside(text), let aside = text.firstMatch(of: placeAside) else { continue }
            let place = String(aside.1).trimmingSpaces()
            return place.firstMatch(of: online).map { onlineName($0.1) } ?? place
        }
        // (Not "… eftersom Teams inte fungerade": a way that did not work.)
        if let heading = titleLine(in: lines), let online = lines[heading].firstMatch(of: online), !lines[heading][online.range.upperBound...].prefix(25).holds(" inte ") {
            return onlineName(online.1)
        }
        // ("Mötet hölls" over "via Teams": a mention may run over a line's end. Only the lines that name
        // a way to meet are looked at with the line before: the whole text at once was a fifth of
        // reading a long one.)
        for (index, line) in lines.enumerated() where onlineWords.contains(where: line.lowercased().holds) {
            // (Not "Mötet spelades in i Zoom": where it was recorded, not where it was held.)
            // (Nor "efter två träffar på Teams": other meetings, many.)
            // (Nor "Anteckningarna från förra träffen … ligger i Teams": another meeting's.)
            let text = (index > 0 ? lines[index - 1] + " " : "") + line
            if let mention = text.firstMatch(of: meetingOnline), !mention.0.holds("spela"),
                !["träffar", "möten"].contains(where: { mention.0.lowercased().hasPrefix($0) }),
                !text[(text[..<mention.range.lowerBound].lastIndex(of: ".") ?? text.startIndex)..<mention.range.upperBound].contains(LetterReader.otherMeeting)
            {
                return onlineName(mention.1)
            }
        }
        // "Möte tisdag 18 november 2025 i Ängelholm, Familjens hus": where, after the date in the header
        // (a kommun first: "i Ängelholm", not "i Teams-rummet").
        for line in lines.prefix(max(headerEnd, 12)) where mayHoldAside(line) {
            guard let match = line.wholeMatch(of: placeAfterDate) else { continue }
            let place = String(match.1)
            if Municipality.named(String(place.prefix { $0 != "," })) != nil { return place }
        }
        for (index, line) in lines.prefix(max(headerEnd, 12)).enumerated() where line.holds(", ") && !DateReader.underNextMeeting(lines, index) {
            guard let match = line.wholeMatch(of: placeAfterDateComma), !line.lowercased().hasPrefix("nästa") else { continue }
            let first = match.1.prefix { $0 != "," && $0 != " " }
            if Municipality.named(first) ?? Municipality.ofGenitive(first) != nil { return String(match.1) }
        }
        // A title page's line of its own, "Örkelljunga, Kommunhuset, sal Rya": a kommun (or its
        // building, "Bjuvs kommunhus"), then a building and a room (no person, no second kommun, no
        // number but a room's).
        return lines.prefix(max(headerEnd, 12)).lazy.map { $0.trimmingSpaces() }.first { line in
            let parts = line.split(separator: ",").map { $0.trimmingSpaces() }
            // (A room's number last: "…, rum 3", "…, Medborgarhuset rum 2".)
            return (2...4).contains(parts.count) && line.count <= 60 && !line.holds(":")
                && !parts.dropLast().joined().contains(where: \.isNumber) && (!parts.last!.contains(where: \.isNumber) || parts.last!.wholeMatch(of: roomAfterName) != nil)
                && (Municipality.named(parts[0]) != nil || isKommunsBuilding(parts[0])) && parts.dropFirst().allSatisfy { part in
                    // (A name's every word capitalised: "Folkets hus" is a building.)
                    !part.isEmpty && Municipality.named(part) == nil && !(PeopleLists.isName(part) && part.split(separator: " ").allSatisfy { $0.first?.isUppercase == true })
                        || part.first?.isLowercase == true
                }
        }
    }

    /// "Bjuvs kommunhus", "Klippans bibliotek": a kommun's building (not "Helsingborgs stad", the
    /// kommun itself as an employer).
    static func isKommunsBuilding(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 2 && Municipality.ofGenitive(words[0]) != nil
            && words[1].first?.isLowercase == true && !["stad", "kommun", "stads", "kommuns"].contains(String(words[1]))
    }

    nonisolated(unsafe) static let roomNumber = /(?i:rum|sal|lokal|konferensrum|sammanträdesrum)\s+\d{1,4}/
    /// A room's number, after its building's name or alone: "rum 3", "Medborgarhuset rum 2".
    nonisolated(unsafe) static let roomAfterName = /(?:\p{Lu}[\p{L}-]*\s+)?(?i:rum|sal|lokal|konferensrum|sammanträdesrum)\s+\d{1,4}/

    // MARK: Scribe

    nonisolated(unsafe) static let scribeMarker = /(?i)^\s*(?:\*\*)?(vid pennan|vid tangenterna|vid protokollet|vid anteckningarna|vid anteckningen|sekreterare|antecknat av|antecknare|protokollförare|(?:minnes)?anteckningar(?:na)? förda av|sammanställ(?:t|da)\s+av|minnesanteckningar(?=\s*(?:\*\*)?\s*:))\b\s*(?:\*\*)?\s*([:\/])?\s*(.*)$/
    /// A word each of `scribeMarker`, `checkersMarker` and `signature` needs, in any case.
    static let scribeMarkerWords = ["vid", "sekreterare", "anteckn", "protokollförare", "sammanställ"], checkersWord = "juster",
        signatureWords = ["hälsning", "mvh", "kram", "allt gott"]
    /// What opens the signatures of a protocol: those who check it, not who wrote it.
    nonisolated(unsafe) static let checkersMarker = /(?i)^\s*(?:\*\*)?(justeras|justerare|justerat)\s*(?:\*\*)?\s*:?.*$/
    nonisolated(unsafe) static let signature = /(?i)^\s*(med vänlig(?:a)? hälsning(?:ar)?|(?:vänliga|varma|många) hälsningar|hälsningar|hälsning|mvh|kram(?:ar)?|allt gott)\s*[,.!]?\s*$/
    /// Columns of a signature block: a tab, or three spaces or more.
    nonisolated(unsafe) static let signatureGap = /\t+|\s{3,}/

    /// The scribe (`Vid pennan`, `Vid protokollet`, the signature under `Hälsningar`, a name over
    /// "sekreterare" in a protocol's signatures), the chairs a signature block names, and where the
    /// agenda ends.
    static func readScribe(_ lines: [String], from start: Int) -> (Person?, Int) {
        // Names over their roles say it best; else the name after a marker.
        let signed = signatures(lines[max(start, lines.count - signatureLines)...]).first { PeopleLists.isScribeRole($0.role) }?.person
        var end = lines.count
        // A marker is a label: a colon after it, nothing, or a name ("Sekreterare i nätverket är …" is
        // prose). A bullet of its own ("- **Antecknat av:** …") holds its colon.
        typealias Marker = Regex<(Substring, Substring, Substring?, Substring)>.Match
        func marker(at index: Int) -> Marker? {
            let unbulleted = PeopleLists.withoutBullet(lines[index])
            return (unbulleted ?? lines[index]).wholeMatch(of: scribeMarker).flatMap { match in
                let rest = match.3.trimmingSpaces()
                let unlabelled = rest.isEmpty || PeopleLists.entry(PeopleLists.clean(rest)) != nil || rest.wholeMatch(of: checkersMarker) != nil
                return match.2 != nil || unbulleted == nil && unlabelled ? match : nil
            }
        }
        func scribe(at index: Int, _ marker: Marker?) -> (Person?, Int) {
            if let signed { return (signed, min(end, index)) }
            // "Vid protokollet<TAB>Justeras": the other column is a label, not the scribe.
            let sameLine = marker.map { String($0.3) }.flatMap { $0.trimmingSpaces().wholeMatch(of: checkersMarker) == nil ? $0 : nil }
            // (And the names under the two labels in their columns: the scribe's the one under the marker.)
            let column = sameLine == nil && marker?.3.trimmingSpaces().isEmpty == false ? lines[index].prefix(while: \.isWhitespace).count : nil
            // (Columns by tabs: the marker opens its line, so the scribe is the first cell.)
            // (A protocol's role over a rule to sign on, "Sekreterare" over "-----" over the name: not names.)
            let below = lines[(index + 1)...].filter { !PeopleLists.isSeparator($0) && !PeopleLists.isScribeRole($0.trimmingSpaces()) }.prefix(3).map { line in
                if column != nil, line.holds("\t"), let first = PeopleLists.Table.cells(line)?.first { return first }
                return column.flatMap { column in PeopleLists.Table.spacedCells(line).min { abs($0.start - column) < abs($1.start - column) }?.text } ?? line
            }
            let candidates = (sameLine.map { [$0] } ?? []) + below
            // ("Antecknare: Dalqvist, Enar": one name as Outlook writes it, the surname first.)
            // (A signature read as letters, "Nar<TAB>AÅ" over "Hiwot Gebre": the name in full under it.)
            let cleaned = candidates.map { PeopleLists.clean($0) }.filter { !$0.isEmpty }
            let full = cleaned.dropFirst().first(where: PeopleLists.isCapitalisedFullName)
            var name = (cleaned.first.map(PeopleLists.isCapitalisedFullName) == false ? full : nil)
                ?? cleaned.first.map { PeopleLists.surnamesFirst([$0], oneName: true)[0] }
            // ("Kram" over "Svanhild" over "Svanhild Grevsten": the first name, then the name in full.)
            if let first = name, !first.contains(" "),
                let full = lines[(index + 1)...].prefix(5).map({ PeopleLists.clean($0) }).first(where: { $0.hasPrefix(first + " ") && PeopleLists.isCapitalisedFullName($0) })
            {
                name = full
            }
            return (name.flatMap { PeopleLists.entry($0)?.person }, min(end, index))
        }
        // A role and a name in an item's text close nothing while a label that does comes after.
        var inText: Int?
        for index in lines.indices where index >= start {
            // (Each pattern only on a line holding one of its words: three asked of every line were a
            // twentieth of reading.)
            let lower = lines[index].lowercased()
            let isMarker = scribeMarkerWords.contains(where: lower.holds) ? marker(at: index) : nil
            if isMarker == nil, lower.holds(checkersWord), let checkers = lines[index].wholeMatch(of: checkersMarker) {
                if !isRoleInText(lines[index], after: checkers.1) { end = min(end, index) }
                continue
            }
            guard isMarker != nil || signatureWords.contains(where: lower.holds) && lines[index].contains(signature) else { continue }
            if let isMarker, isRoleInText(lines[index], after: isMarker.1) {
                inText = inText ?? index
                continue
            }
            return scribe(at: index, isMarker)
        }
        if let inText { return scribe(at: inText, marker(at: inText)) }
        if signed == nil, let (person, line) = slashSigned(lines, from: start) ?? mobileSigned(lines, from: start) { return (person, min(end, line)) }
        return (signed ?? elected(lines), end)
    }

    /// A role and a name a space apart on one line, no colon ("Sekreterare Lisa Berg", "Justerare Olle
    /// Sten"): what an item's text says of a board's roles too. A label that closes the minutes has its
    /// colon, stands alone or keeps a column's gap ("Protokollförare   Per Holm"), or says who did it
    /// ("Antecknat av Jussi Korhonen" over a mail's signature: no one's role).
    static func isRoleInText(_ line: String, after label: Substring) -> Bool {
        let rest = line[label.endIndex...].without("**").trimmingSpaces()
        return !rest.isEmpty && !line.holds(":") && !line.holds("\t") && !line.holds("   ") && !label.lowercased().hasSuffix(" av")
    }

    /// The person a scribe's label names on its line, after its colon ("Vid anteckningarna: Anna Lind").
    static func labelledScribe(_ line: String) -> Person? {
        guard line.holds(":"), let match = (PeopleLists.withoutBullet(line) ?? line).wholeMatch(of: scribeMarker), match.2 == ":" else { return nil }
        return PeopleLists.entry(PeopleLists.surnamesFirst([PeopleLists.clean(String(match.3))], oneName: true)[0])?.person
    }

    /// "/Christer", "/Malin Samuelsson": a memo signed with a slash on its last line.
    nonisolated(unsafe) static let slashSignature = /^\s*\/\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*$/

    static func slashSigned(_ lines: [String], from start: Int) -> (Person, Int)? {
        guard let last = lines.indices.last(where: { $0 >= start && !lines[$0].trimmingSpaces().isEmpty }),
            let match = lines[last].wholeMatch(of: slashSignature), let person = PeopleLists.entry(String(match.1))?.person
        else { return nil }
        return (person, last)
    }

    /// "Sayuri" over "Skickat från min iPhone": a short mail from a phone, signed by the name over the
    /// phone's own last line.
    static func mobileSigned(_ lines: [String], from start: Int) -> (Person, Int)? {
        let written = lines.indices.filter { $0 >= start && !lines[$0].trimmingSpaces().isEmpty }
        guard written.count >= 2, lines[written[written.count - 1]].trimmingSpaces().contains(mobileSignOff),
            case let name = lines[written[written.count - 2]].trimmingSpaces(), name.split(separator: " ").count <= 3,
            name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }), PeopleLists.isName(name),
            let person = PeopleLists.entry(name)?.person
        else { return nil }
        return (person, written[written.count - 2])
    }
    nonisolated(unsafe) static let mobileSignOff = /(?i)^(?:skickat från min|sent from my|hämta outlook för)\s.*$/

    /// "Till sekreterare valdes Viktor Roos och …", "Till mötessekreterare utsågs …": a protocol's
    /// election of its scribe, in its text.
    nonisolated(unsafe) static let scribeElected = /\b[Tt]ill\s+(?:[Mm]ötes)?sekreterare\s+(?:valdes|utsågs)\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)+)/

    static func elected(_ lines: [String]) -> Person? {
        for line in lines where line.holds("ekreterare") {
            guard let match = line.firstMatch(of: scribeElected) else { continue }
            if let person = PeopleLists.entry(String(match.1))?.person { return person }
        }
        return nil
    }

    /// A protocol's signatures: names in columns over their roles in the same columns
    /// ("Gunnar Hed      Karin Ek" over "ordförande      justerare").
    static func signatures(_ lines: ArraySlice<String>) -> [(person: Person, role: String)] {
        let rows = lines.filter { !$0.trimmingSpaces().isEmpty }
        var found: [(Person, String)] = []
        // (Not labels: "Närvarande: Ada Ek, …" over "Ordförande i dag: Per Lind" in a short header.)
        // (Nor a label over a role: "Vid protokollet" over "Sekreterare", the name under a rule below.)
        for (names, roles) in zip(rows, rows.dropFirst()) where !names.holds(":") && !roles.holds(":") && names.wholeMatch(of: scribeMarker) == nil {
            // (The roles first: most lines are none, and their names are then not split.)
            let titles = roles.trimmingSpaces().split(separator: signatureGap).compactMap(signatureRole)
            guard titles.count == roles.trimmingSpaces().split(separator: signatureGap).count else { continue }
            let people = names.trimmingSpaces().split(separator: signatureGap).map(String.init)
            guard people.count == titles.count else { continue }
            for (name, role) in zip(people, titles) {
                if let person = PeopleLists.entry(PeopleLists.clean(name))?.person { found.append((person, role)) }
            }
        }
        // (Or a role after the name in its cell, under a rule to sign on: "Vivi-Anne Borgström, ordförande".)
        for (rule, row) in zip(rows, rows.dropFirst()) where PeopleLists.isSeparator(rule) && !row.holds(":") {
            for cell in row.trimmingSpaces().split(separator: signatureGap) {
                guard let comma = cell.lastIndex(of: ","), let role = signatureRole(cell[cell.index(after: comma)...].drop { $0 == " " }),
                    let person = PeopleLists.entry(PeopleLists.clean(String(cell[..<comma])))?.person
                else { continue }
                found.append((person, role))
            }
        }
        return found
    }

    /// How far from the end signatures are looked for.
    static let signatureLines = 12

    /// A signature's role, lowercased: one of `signatureRoles`, alone or of a body ("Ordförande i
    /// nätverket för suicidprevention").
    static func signatureRole(_ title: Substring) -> String? {
        let lower = title.lowercased().trimming(where: \.isPunctuation)
        if signatureRoles.contains(lower) { return lower }
        return signatureRoles.first { lower.hasPrefix($0 + " i ") }
    }

    static let signatureRoles: Set<String> = [
        "ordförande", "mötesordförande", "sekreterare", "protokollförare", "justerare", "vice ordförande",
    ]
}
