import Foundation
import MinnesNormalise
import MinnesParse

/// What was read from each file, kept beside the index (`minnes-readings`, owner-only) so an
/// unchanged file is neither read nor parsed again: unchanged by stat (size, modification time,
/// inode), as omindex decides, or, when stat changed, by the hash of its bytes. A new reader version
/// reads everything again.
struct ReadingCache: Sendable {
    /// Bump when reading changes what it makes of the same bytes.
    static let readerVersion = "reader 135: read over (who sentences say was away read once, beside a list of the away too); reader 134: anslöt och fick; reader 133: a newsletter's squares its items, vi var N från nätverket, a header's day in the year above; reader 132: review 8 (a source cited [1] by its year no item, a signature's name or role no place, a code beside a word in capitals a heading's, a legend's label and dots, a table item's number alone); reader 131: a log's wrapped entries whole, each a paragraph; uppkopplade från start var; är vice ordförande och ledde mötet; anteckningarna är förda av; who sent word in a sentence beside lists; reader 130: a joint meeting's lists in parts by network, the first network on a line; reader 129: a sheet by semicolons of labels over a table, cells over many lines; reader 128: a wiki page in Confluence's markup, one told of as having decided in the perfect no decision; reader 127: grid tables with cells over many lines as labels or a table, kommun codes by their legend, [1] and P1 – markers, Närv: and Besök:, a company no one, the title's network first, another body's decision by its genitive, the place over the signature; reader 126: read over (a scribe's sentence of another meeting none in a letter either, skrevs av read, a break's rules by the document's separators); reader 125: Möte 2026-03-04 i Kommun, building (an ISO date before the place); reader 124: review 7 (who joined only at the meeting, from another body a guest; away only from this meeting and not for part of it; the network's chair only where no one else chairs, and as of now; kommer som gäst not of another meeting; a place after a date not another meeting's; a wrapped bullet names no one and holds no label; a break by the clock only boxed in rules, with its hour in two digits; a body before a person its dash names no surname; a kommun after a comma no first name; polis a word; no scribe among the absent; Kommande nätverket no network; a writer signed by a first name dropped only when named in full after jag; a surname alone not of one från a body; skrevs av); reader 123: visade raises (not visade runt, visade sig), lade till adds to another's matter (under Övrigt too); reader 122: a heading in capitals keeps an abbreviation joined to the next word (LVM-NÄTVERKET is LVM-nätverket); reader 121: the scribe in a sentence anywhere in minutes with lists (X åtog sig att föra anteckningar, not next time's), Skrev ihop svaren: a scribe's label, a label led to its value by a dot or two in a form led by dots; reader 120: surname first with a detail after a dash (Sparrsäter, Catharina – Helsingborg), a surname alone the one listed so (of two, by the kommun in parentheses after it: Rinnvall (Bjuv) tog upp), a participle before nätverket, among Övriga närvarande a police officer a guest and the network's secretary the scribe; reader 119: a list's line with a detail after a spaced dash one person however long the detail, FoU Nordväst a body, a programme's time boxed in rules with nothing noted a break; reader 118: a log kept with times (På plats från start:, Återbud från X och Y., Loggen fördes av X, X är nätverkets ordförande, X, role, kommer som gäst, X (Kommun) anslöt, a signature's first name the one listed), Möte <date> i Kommun, building, a bullet's detail wrapped under it, one listed whom a sentence says got förhinder away (not one there the other day), initials keyed apart after the first letter, Per in a column of kommuner, a list of initials alone; reader 117: a raiser named with what they do between commas (X, distriktssköterska på Vårdcentralen Bjuv, berättade); reader 116: who came said last in other words (Närvarande vid mötet var, På mötet deltog), a sentence's list ending its line at och read whole; reader 115: a letter's postscript of who came (PS. Vi var nio på mötet: …, hade lämnat återbud), topics in capitals (BOENDE: …); review 6 (Hon berättade only after one there for the matter, bold topics only in prose and no part's label or kommun, a secretary at another body the scribe, a closing paragraph only when it names someone, Plats och tid cut only at kl., § N  Dnr  Title, -26 only before a comma); reader 114: a meeting app's generated summary (Sammanfattning and Ämnen no items, a topic over indented bullets up to twelve words, Uppföljningsuppgifter no item, gäst under ämnet om …), a log kept with times (13:05 Punkt 1: Title.); reader 113: a protocol's first page (Plats och tid, Beslutande, Övriga deltagande, Utses att justera, Sammanträdesdatum, § N beside its Dnr over the title, a line left unfinished at för, a body after a comma a guest's), Ej närv.:, Adj.:, 14/4 -26, Punkt 1), a network's name in capitals beside other words, a job's body kept with it (among Övriga: a guest); reader 112: review 5 (quoted minutes only where the text outside is no minutes, one level only; a wrapped number only far from its neighbours under a long line; a note's title not in an outline, by a word whole; boxes in columns by a tab, several after a label left, a legend no one; front matter's empty key no list, people's items a line each; a link by a nickname the name, a folder's path cut; a callout's first label its own; Plats: ends a list; no title from a quoted line); reader 111: prose with bold topics (**Title.** text) as items, who came said in the last paragraph (Närvarande var: …), a guest in a list (samt X från Y som gäst), a place cut at , där, Undertecknad berättade the writer, Hon berättade after a guest named; reader 110: minutes quoted in a mail reply unquoted (not a thread under minutes), a notes app's callouts (> [!check] Beslut) its labels, [[links]] as their names, front matter's lists, a note's title over ## items no item, a wrapped number between items no item, ballot boxes (☒ ☐) in columns row by row, a heading's legend in parentheses; reader 109: Just.: a label (labels side by side read with it); reader 108: a schedule's rows (Pass N one right under the other) no sessions; reader 107: a year's attendance table at the end (Namn  Kommun  6/3  15/5  25/9, X came, F away), the meeting's day its column, its guests by day; reader 106: review 4 (a row of people under a body's or role's label goes on with the list, Övriga: of no one only by its words, ▸ a heading only over indented text, Nätverk: of the header only right under it, Pass N by a gap only); reader 105: an internat's sessions (Pass 1  Title), Medverkande utifrån:, föreläste om, inledde med en genomgång, Grupperna no one, Högskolan a body; reader 104: a notes app's page (▸ toggles as headings, @mentions apart by their marks, a word's label after a list ends it, Övriga: of no one, a company AB no person, Nätverk: a header label); reader 103: Runt bordet: and Via Teams: over names, Hälsade bort sig:, Nätverket Öppen ingång, ställde sig bakom, Lok.:, Förh.:, a key of initials under Sign. with a kommun column, kommun short forms as written (Lkr, Äng, ÅST), the title no prose before a scribe's label; review 3 (a form's title only under a rule, an outline's parts under their own tops, FRÅGA in capitals, a deck the whole file, a unit after the dash no name); reader 102: an outline numbered without dots (1<TAB>Title over 1.1), dot leaders without a colon, FRÅGA 1   Title, under fråga N, Ledde träffen, Vilka är här idag?, leder träffen / skriver i anteckningsfältet, a slide deck's slides its agenda slide lists (footers, notes' labels and hidden slides out); reader 101: varied22–25 (signatures in two columns, Lex Sarah-nätverket, a form's blocks titled Ärende: between dashed rules, Uppkopplade:, Värd och ordförande för dagen:, Antecknade:, a body after a guest's name no guest, days over two months, Word's non-breaking spaces and Symbol bullets, Beslut:<TAB>, Barn- och utbildningsnämnden i X har beslutat, a body first before a spaced dash); reader 100: an adverb after any raising verb's first word (har också lyft, gick också igenom), one slot in the pattern for tog också/även/själv/därefter/sedan upp; reader 99: read-over (a grid's kommuner by Table.spacedCells, a form's person row as lineEntries reads one); reader 98: notes in English beside Swedish (Minutes: the scribe over a name, Apologies / förhinder:, a label of words ends a list (Not represented:), 04/03/2025 day first); reader 97: columns apart by wide gaps part a list's line as commas do (Ulvi Ek      Perstorp      ersättare för Kim Ta); reader 96: away from the next meeting not this one's, Höganäs denna gång, topics opened by an em dash; reader 95: review of 91–93 (a letter's dateline only with its place, a wrapped line of the previous meeting no meeting's day, who decided up to har and the meeting's own body only alone, a point made under Övrigt a matter of its own, a chair for the rest of the meeting, an empty Plats: ends the labels only, semicolons before names, the writer's note the writer's); reader 94: a shared document's tasks (Åtgärdspunkter) and the next meeting's proposals (Förslag till nästa träff) no items, Unga vuxna-nätverket, a form's label over people in columns (Deltagare    Name    Kommun    role); reader 93: a Word table by tabs under a label heading its columns (Närvarande<TAB>Kommun<TAB>Funktion), a label by tabs ends the list above (Sekreterare:<TAB>…), the writer named in a list (och jag, X (Landskrona), som skrev), a question whose verb ends its line; reader 92: titles before names (enhetschef vuxen X in a list, t.f. IFO-chef X, IFO-chefen X tog upp, Biträdande socialchef X redovisade, tog därefter upp); reader 91: a point made on another's matter (påpekade) raises nothing of its own; a letter's dateline's year for the meeting's day (den 14/5), Vi som var där: … och så jag från Bjuv, förhinder – names, Perstorps bibliotek, topics opened by a spaced dash, Kram over a first name and the name in full, a name ending a wrapped line before its verb, tog själv upp; review of 87–90 (a body's name only by its second word, a grid ends at a label, semicolons only without a full stop, the meeting's own decisions wherever its words stand, a wrapped title short and without a full stop, lettered lists restarting no agenda, an empty Plats: no place at all, Höganäs kommun); reader 90: (Föredragande: X) closing an item, beskrev, framförde (no present tense: Utkastet beskriver), tog också upp, a summing up no raise (sammanfattade), a decision told of (Region Skåne har beslutat att) not the meeting's, a title wrapped under its start, three dots leading a label; reader 89: Kommun: Name pairs apart by semicolons, a detail in parentheses on a line of its own, a body's name no person in a list, letters out of a run's turn no items (i), ii) under c)), X från det palliativa teamet berättade; reader 88: a case system's printout (--- Punkt N av M --- over Rubrik:, a table of who came under a heading ruled with =, Anmäld av: Kommun who put an item forward, Ängelholms kommun a kommun, an empty Plats: no place); reader 87: attendance in columns of kommuner over their people (a block of a few kommuner each, * away by the legend above), a chair who took over during the meeting (X ledde mötet från punkt 4); reader 86: a name's initial kept by one rule for a list's part and its entry; reader 85: Jag berättade att … the writer who signs (Jag frågade no one); reader 84: the writer in a list of who came (… och jag (Landskrona)), a list's line cut where a sentence follows it (Wilhelmina ledde mötet), a chair in any paragraph above the items; from a review of 82–83: sub-labels only over people (not Från föregående möte:), guests only when they say so (värdar, gäster), a presence word no detail (Lisa Berg   återbud); reader 83: a list's parts by where their people are from (Från nätverket:, Från Trädgårdsverkstaden (värdar): a body's people its guests); reader 82: a name and its details apart by a wide gap (Reidun A.     Bjuvs kommun, …); reader 81: review of 78–80 (an attendance report only with its join times, below the header; those called away only where both lists write names alike; an initial no sentence end only before a lowercase word; a presenter no body; a place only of a sentence opening so); reader 80: items as a Markdown table's rows under headings of their own (| Tid | Punkt | Ansvarig | Anteckning |, a break no item, <br> a cell's lines, Ansvarig before the notes who holds the point, one away no holder), a table of kommuner and who came from each (| Kommun | Närvarande | Förhinder |); reader 79: review of 77 (one item only where nothing else reads, a role only of a job, people once by name and kommun, no vid label, file dates of the past), varied14–15 (Ämne på dagordningen N:, Kallade: over Närvarande:, a name's initial (Måns K.) kept and no sentence's end, Återbud:, labels side by side apart by a wide gap, Mötet beslöt: att, a footer's year, a place in a sentence beside lists, X från stadsarkivet i Y); reader 78: a meeting app's attendance report pasted at the end (Teams: surname first put right by the address, a guest marked, a room's row and who sat there), closing the minutes; a list's se … names no one; reader 77: someone named by role and kommun (IFO-chefen i Bjuv berättade), the one listed with that role there; varied12–13 (a date from the file's name, Med på träffen:, – ledde träffen, …, och X a list's last, one numbered item an agenda, a sentence listing who came with som ledde mötet/som förde anteckningarna, Som gäst deltog X, Vi träffades i Klippans kommunhus, a name beside its address (a kommun's domain where they are from), a list in two columns row by row, people side by side, labels of a day (Närvarande dag 1:), listed twice once, IFO-chefer: over names, a chair in a sentence below the lists, Ärende: titles, Socialchefer: no network); reader 76: a network in lower case read from the title the minutes are given (a mail's subject), Nästa möten a heading of the next meeting; reader 75: the review of 73–74 (the next meeting only under a heading that is its alone, a double first name no names of its own, a network label capitalised and short, after names the header gives, bold mail labels (**Skickat:** no meeting's date), groups a title names in lower case); reader 74: a mail's header pasted above the minutes (its subject the title, its day the meeting's; never Till:), Vilka:/Kunde inte: labels, Nätverk: a label of the network, the line under a heading of the next meeting its date; reader 73: a network the title names in lower case when none is capitalised (Anteckningar från familjehemsnätverket); reader 72: a decision without who follows it up (→ Ansvarig:); reader 71: the review of 70 (an invitation's heading of the minutes, a round of the table, a speaker who opened the matter, a chair's summing up, a genitive first, presenters från a kommun, a person reported by, co-chairs, long capitals, a decision cell), varied10–11 (Tid: a date, the term's year, a form's boxes, surnames in capitals, a body's abbreviation, a title running on after a dash, a question after a raise, a body with small words, an appendix's attendance, a facilitator, action points); reader 70: varied8–9 (an invitation above the minutes, columns of names and kommuner, a presenter's kommun in a title, föreläsare, a table's marks by column, a conversation's speakers, a genitive network, a decision list's cells, people per kommun, a long title in capitals over prose, redovisad av); reader 69: a chair named as the one it was (var det Anna som höll i ordförandeklubban); reader 68: review of 65–67 (Fråga N only with a dash and a title; Övriga frågor split from the last item only, after an agenda is joined; a next meeting's När:/Var: labels its; a tabbed header table of one row only; a chair's or scribe's one name turned, no list's; Name/Kommun not over och; topics before bullets; a bare dateline; the Sent line's year, the year before when the day would follow it; Stadshuset i Bjuv; a guest's later words no later visit; no antecknade; marks only of a kommun or guest; a contact list's heading alone; a week only in a label or the heading); reader 67: an agenda numbered first over notes under headings of its titles (the headings the items), Övriga frågor after numbered items an item, Fråga N – titles, a week and day (v. 12, onsdag) in the year the header names, Name/Kommun, Outlook's Surname, First as a label's one value, a Word table of labels over one row by tabs, Frånvarande ledamöter, Sammanställt av (the scribe), Nätverket för X i Familjen Helsingborg, one raiser written two ways said both; reader 66: a header's label of when and where only as such (Tid och plats:, Datum för mötet:), not a topic opening so (Lokal samverkan:, Tid för uppföljning:); reader 65: review of 64 (a chair or scribe a full name or one present's first name, never a pronoun; topics below the sentence saying who came, after bullets, each with a full stop; a place cut where the sentence goes on, not another meeting's, online as such; a guest to come no guest; semicolons outside parentheses; sågs över no meeting; a letter's own date only by its dateline); a slide deck's notes (Vilka var här?, Name, Kommun – role, a list parted by bullets, a title page's Kommun, building line, an item going on (forts.)); notes marking raisers KOMMUN/Name:, >> headings, När:/Var:/Ledde mötet:/Skrev:/Vi var: labels, a date label's day in the one year above, first names resolved by a contact list at the end, X (Bjuv) och Y (Klippan), Otilia och Konrad, a role first before från; reader 64: minutes in a letter or a mail's body: paragraphs opened by their topic and a colon (three or more) items, Vi som var med:/Vi som deltog: lists (apart by semicolons too; the writer named after jag listed once), a chair or scribe by first name among those present, X delade på ordförandeskapet, X förde anteckningar, a guest named first (X från Y var med som gäst) or by besök av/bjudit in, hade tyvärr förhinder, the place in a sentence (Vi höll till i …, var vi hos X i …), a day without a year in the one year the lines above name, the letter's own date after the meeting's, Beslutet blev att, Lokaler: no place label; reader 63: when a guest took part after a comma in the parentheses; reader 62: when a guest took part inside the parentheses, the words alone (Kronofogden, under punkt 3); reader 61: review: a guest's – agenda item N looked for, a log's bullet only with its number apart from the decision, an item found by its number only without a dot, a label's words however far apart; reader 60: a legend of initials (AK = Agda Kvarnström, Bjuv) under närv.:, the chair by initials (ordf AK); reader 59: a decisions log by item (## Beslutslogg over - Punkt N: …, Inget beslut none), (gäst under punkt N) a guest; reader 58: a day's programme (09.15–10.15  Title  (who holds it)), a time with nothing noted a break, → Överenskommet: a decision; reader 57: a presence table apart by bars alone (Ledamot | Kommun | Närvaro over a rule of dashes and pluses; an empty mark someone away), Inbjuden föredragande: a guest, Nätverket mot …; reader 56: minutes in English (Attendees, Participants, Guest, Apologies, Chair, Minutes taken by, Note taker, Venue, Agenda item N:, Decision:, No decision, 12 March 2025, presented, reported, a guest – agenda item N), a network named with an abbreviation joined to a word (EU-medborgare); reader 55: Inget beslut … no decision, Dokumentation: a scribe's label; reader 54: a sheet saved with semicolons read as its labels, lists and table, an empty last cell of a table a cell, Inget beslut no decision; reader 53: Mötet leddes av X. names the chair and ends a list; reader 52: a meeting online looked for in the lines that name a way to meet; reader 51: labels aligned with their values (a list going on under its value) no page in two columns; reader 50: a role and a name in an item's text (Sekreterare Lisa Berg, Justerare Olle Sten) close nothing while a label that does comes after; reader 49: a scribe's label among the header's labels (Vid anteckningarna: under Ordförande:); reader 48: labels side by side on one line apart by bars or dots, a list parted by middle dots; reader 47: fourth review: margin headings not for aligned colon labels, two columns, tables of names or numbered rows; a lowercase line naming someone new not joined to the one before; reader 46: headings in a margin beside the text, a detail wrapped onto the next line, tjänst a body; third review: tables and labels in items stay the items', dot leaders only with a colon, kommun staff no guests, a presenter's kommun, an appendix after the scribe no agenda, a word marker alone only capitalised without a full stop, bars between labels no table, a body before a colon; reader 45: an agenda as bare bar-separated rows (a quoted cell over lines), a presenter column, Representation per kommun with – and förhinder (Name); reader 44: labels led to their values by dots, ÄRENDE N alone over a Rubrik field, Beslut: – no decision, Name: Kommun rows, a job title first is a role, Att göra: on its line no decision; reader 43: an agenda listed first and the notes under its numbers one item a number, a header's table of labels over one row read as labels (Ordförande, Antecknare too); reader 42: a scribe's line above the first numbered item names the scribe and ends no body (Vid anteckningarna: in the header, Protokollförare   Name), a people label and its value in a row, Föredragande: presents an item, § N after a person is when they took part, Övriga närvarande from a body outside the kommuner are guests; reader 41: the body a listed presenter comes from speaks through them; reader 40: second review: columns never cut an item or a table of names, bare numbers only without other numbers, numbered people only capitalised names, surname-first only with (detail), initials only as the list keys them, Anteckningar: a name, Enligt X har only of a full name, decisions of the meeting only, a list of decisions ends at a blank line, no raiser after a capitalised word's hyphen; reader 39: a page in two columns read column after column; reader 38: people keyed by initials (VA Vendela Axén; VA informerade), (1) items, Att göra: lists as decisions; reader 37: numbers alone over titles as a run, who came listed after the agenda, Enligt X har, ville ta upp, Vi bestämde att; reader 36: no raiser from a heading in capitals after a dash; reader 35: a Teams report (Surname, First (Kommun), (Gäst)), Tackat nej, Anteckningar: Name, a label qualified (Deltagare enligt …:), X från A B C presenterade, a trailing name only after a spaced dash; reader 34: front matter, numbered lists of people with a detail, X · Y labels, an adjective before nätverket, gick igenom, har skickat frågan, X, som …, verb, enades om att; reader 33: review: presenters only when listed, titles not cut at abbreviations, field headings only of known labels, a list not onto an item, notes short and chair notes exact, a first name merged only when one fits, Helsingborgs tingsrätt no person, a task list ends at a label, e-mail kept, bullets notes when most are; a kommun over the bulleted people from there, a round of Kommun (Förnamn):, closing decisions by item; reader 32: dates in words (den fjärde april 2023), a form's labels over their values, Ordf: X. Anteckn: Y., a chair by first name, Adjungerad; reader 31: Markdown task lists ([x] came, [ ] did not), (gäst) among those present, fr. for från, wrapped lists that go on after fr. or with a detail, A samt B in a list, a list note on the one before (som också förde anteckningar), (antecknar)/(mötesledare), Inbjuden gäst, under punkt N after a guest, presenters in parentheses after a title, a title run into its text, Label: value with a number no heading, notes under a heading one item, bullets and @ before a raiser, a first name after the full name one raiser, Svenska kyrkan no person beside a name, 📍 a place; reader 30: Ordf. X, sekr. Y read in the header only; a raiser named by a listed role first (Kommunpolis X); review: letters only as a run and not over headings or numbers, word markers over a title, Ordf/sekr split only of two names, surname-first names kept, dates of a previous meeting or a year's statistics or a case number not taken, Även X raises; Pkt 1., Ad 1. after a listed agenda, 1 Heading, 20220407, 28/9-2022, Webex, Möteslokal:, Mötesledare:, för dagen, Från Kommun: A och B, a role before a name, sammanfattade, efterlyste, tipsade om, påminde om, hade anmält punkten; a letter's opening sentences say who came (LetterReader), sågs på Teams; a letter's paragraphs opened by Angående X:; the agenda as a table's rows, who came and guests in a sentence, Ordf. X, sekr. Y on one line, Name från Kommun; lettered items (A., b)), key and value tables, 27 jan 2023, 8 feb -24, 2023.05.17, a letter's date, not its sending, lists by semicolons or slashes, Deltog på plats:, Förhindrade:, Sekr:, Minnesanteckningar: Name, Vid tangenterna/Name, Överenskoms att, Åtgärd:, Från Kommun berättade Name, underlined headings; \"Ärende 3 – Titel\" numbered, a memo signed \"/Name\", \"Vid anteckningarna:\"; a group's name without the date after it or a heading's bold, \"X- och Y-nätverket\" whole, no network from the body, \"för\" in a role, a place in parentheses over two lines; attachments of one name apart, grid tables, 11/3-09, 26.1.2012, (place) after the date or a header table, tabbed too, scribe bulleted or elected, Ordf.:, Sekr.:, Antecknare:, groups för (capitals too)"
    static let file = "minnes-readings"

    struct Stat: Codable, Equatable, Sendable {
        let size: Int64, modified: Int64, inode: UInt64
        /// Change time and mode: a chmod that makes an unreadable file readable changes only these.
        let changed: Int64, mode: UInt32

        init(size: Int64, modified: Int64, inode: UInt64, changed: Int64, mode: UInt32) {
            (self.size, self.modified, self.inode, self.changed, self.mode) = (size, modified, inode, changed, mode)
        }

        /// Whether a file is still as it was: the same size, modification time and inode. (Not its
        /// change time: an index written whole links the kept files into its new folder.)
        func unchanged(since then: Stat) -> Bool { (size, modified, inode) == (then.size, then.modified, then.inode) }

        init(_ info: stat) {
            self.init(
                size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                inode: UInt64(info.st_ino), changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                mode: UInt32(info.st_mode))
        }
    }

    struct Entry: Sendable {
        let stat: Stat
        let hash: String
        /// Warnings its reading gave, said again when it is taken from here.
        private(set) var notes: [String: [String]]
        /// Each meeting's header (`Meeting.header`): all that building the register and inferring
        /// networks and places read, so a kept entry's text is decoded only when it is needed.
        private(set) var headers: HeaderRun
        /// The meetings read from the file (one, or an e-mail's parts), before names are resolved.
        let body: Body

        enum Body: Sendable {
            /// Read in this run.
            case read([Meeting])
            /// As the kept file holds them, encoded.
            case kept(KeptBlocks.Place)
        }

        init(stat: Stat, hash: String, meetings: [Meeting], notes: [String: [String]]) {
            (self.stat, self.hash, self.notes, body) = (stat, hash, notes, .read(meetings))
            headers = HeaderRun(meetings)
        }

        /// The same reading, of a file whose stat changed and bytes did not.
        init(stat: Stat, as entry: Entry) {
            (self.stat, hash, notes, headers, body) = (stat, entry.hash, entry.notes, entry.headers, entry.body)
        }

        /// The same reading, its meetings now kept in a block and its headers in a table shared.
        fileprivate init(_ entry: Entry, kept place: KeptBlocks.Place, headers: HeaderRun) {
            (stat, hash, notes, self.headers, body) = (entry.stat, entry.hash, entry.notes, headers, .kept(place))
        }

        fileprivate init(_ head: Head, headers: HeaderRun, body: Body) {
            (stat, hash, notes, self.headers, self.body) = (head.stat, head.hash, head.notes, headers, body)
        }

        /// Where its meetings are, and no more: what a run holds of every file once names are resolved.
        var withoutHeaders: Entry {
            var entry = self
            (entry.headers, entry.notes) = (HeaderRun.none, [:])
            return entry
        }

        /// The kept block its meetings are in (-1: read in this run), the order to decode entries in.
        var block: Int {
            switch body {
            case .read: -1
            case .kept(let place): place.block
            }
        }

        /// The whole meetings, decoded from the kept file when they come from there.
        func meetings() throws -> [Meeting] {
            switch body {
            case .read(let meetings): meetings
            case .kept(let place): try JSONDecoder().decode([Meeting].self, from: try place.bytes())
            }
        }

        /// The meetings' texts alone (title, notes, items' titles and texts), as the look through
        /// unchanged texts for a changed name reads them: decoding no people, raisers or decisions.
        func texts() throws -> [Meeting] {
            switch body {
            case .read(let meetings): meetings
            case .kept(let place): try JSONDecoder().decode([Texts].self, from: try place.bytes()).map(\.meeting)
            }
        }

        /// Whether its meetings are there as they were checked (a kept block inflated to see).
        var readsBack: Bool {
            guard case .kept(let place) = body else { return true }
            return (try? place.bytes()) != nil
        }

        /// The meetings as JSON: as kept, or encoded.
        fileprivate func encodedBody(_ encoder: JSONEncoder) throws -> Data {
            switch body {
            case .read(let meetings): try encoder.encode(meetings)
            case .kept(let place): try place.bytes()
            }
        }
    }

    /// What `Entry.texts()` decodes of a meeting.
    private struct Texts: Decodable {
        struct Item: Decodable {
            let position: Int
            let title: String
            let text: String
            let decisions: [String]
        }
        let file: String
        let title: String
        let notes: String
        let items: [Item]

        var meeting: Meeting {
            Meeting(
                file: file, title: title,
                items: items.map { AgendaItem(position: $0.position, title: $0.title, text: $0.text, decisions: $0.decisions) }, notes: notes)
        }
    }

    /// An entry as its head holds it: where its meetings' JSON is in the block after its own, and
    /// the check of that JSON.
    struct Head {
        let stat: Stat
        let hash: String
        let notes: [String: [String]]
        let check: UInt32
        var body = 0..<0
    }

    /// A file's head (`Fields`): the file, then (unless the file is gone) its stat, hash, check and
    /// where its meetings are, and notes, then a header per meeting. An update without the kept
    /// headers reads every file's head: as JSON that took longer than all else it does for an
    /// unchanged file (10,000 files: 0.25 s of 0.4).
    enum HeadLine {
        /// A file's head, with its meetings' headers (none when the file is gone).
        static func line(_ file: String, _ head: Head?, headers: [Meeting] = []) -> String {
            guard let head else { return Fields.escaped(file) }
            let stat = [head.stat.size, head.stat.modified, Int64(bitPattern: head.stat.inode), head.stat.changed, Int64(head.stat.mode)]
            let notes = head.notes.sorted { $0.key < $1.key }.map { Fields.joined(([$0.key] + $0.value).map(Fields.escaped), by: Fields.record) }
            let body = [Int(head.check), head.body.lowerBound, head.body.count].map(String.init).joined(separator: " ")
            return Fields.joined(
                [Fields.escaped(file), stat.map(String.init).joined(separator: " "), head.hash, body, Fields.joined(notes, by: Fields.group)]
                    + headers.map(header), by: Fields.file)
        }

        /// The file a head names, and its entry (nil: the file is gone); nil when it does not read.
        /// Its meetings' headers, given apart, are added to table (a
        /// block's heads share one, and their strings are made once), or, when `kept` holds the
        /// file's headers as read from the same bytes, not decoded at all: they are then where it
        /// says in the kept table returned.
        static func head(_ bytes: ArraySlice<UInt8>, into table: inout Headers, kept: KeptHeaders? = nil)
            -> (file: String, head: Head?, headers: Range<Int>, kept: HeaderTable?)?
        {
            let fields = Fields.split(bytes, by: Fields.file)
            guard let first = fields.first, let file = Fields.string(first) else { return nil }
            guard fields.count > 1 else { return (file, nil, 0..<0, nil) }
            guard fields.count >= 5 else { return nil }
            let numbers = Fields.split(fields[1], by: UInt8(ascii: " ")).compactMap(Fields.integer)
            let body = Fields.split(fields[3], by: UInt8(ascii: " ")).compactMap { Fields.integer($0).flatMap { Int(exactly: $0) } }
            guard numbers.count == 5, body.count == 3, let check = UInt32(exactly: body[0]), body[1] >= 0, body[2] >= 0,
                body[1] <= Int.max - body[2]
            else { return nil }
            var notes: [String: [String]] = [:]
            for entry in Fields.split(fields[4], by: Fields.group) {
                let texts = Fields.split(entry, by: Fields.record).compactMap(Fields.string)
                guard let key = texts.first, texts.count == Fields.split(entry, by: Fields.record).count else { return nil }
                notes[key] = Array(texts.dropFirst())
            }
            let stat = Stat(
                size: numbers[0], modified: numbers[1], inode: UInt64(bitPattern: numbers[2]), changed: numbers[3], mode: UInt32(truncatingIfNeeded: numbers[4]))
            let head = Head(
                stat: stat, hash: String(decoding: fields[2], as: UTF8.self), notes: notes, check: check,
                body: body[1]..<(body[1] + body[2]))
            if let kept, let keptFile = kept.files[file], keptFile.head.hash == head.hash, keptFile.heads.count == fields.count - 5 {
                return (file, head, keptFile.heads, kept.table(of: keptFile))
            }
            // (A header that does not read leaves those before it in the table, unused.)
            let start = table.count
            guard fields[5...].allSatisfy({ header($0, into: &table) }) else { return nil }
            return (file, head, start..<table.count, nil)
        }

        static func header(_ meeting: Meeting) -> String {
            let people = { (people: [Person]) in Fields.joined(people.map(person), by: Fields.record) }
            let next = meeting.nextMeeting.map { Fields.joined([Fields.escaped($0.date), Fields.escaped($0.place)], by: Fields.unit) }
            return Fields.joined(
                [Fields.escaped(meeting.file), Fields.escaped(meeting.title)]
                    + [meeting.format, meeting.date, meeting.dateAsWritten, meeting.dateNote, meeting.network, meeting.place].map(Fields.escaped)
                    + [people(meeting.attendees), people(meeting.guests), people(meeting.absent), people(meeting.chairs)]
                    + [meeting.scribe.map(person) ?? Fields.none, next ?? Fields.none],
                by: Fields.group)
        }

        /// A header as `header` wrote it, added to table; false (no head added) when it does not
        /// read. Its strings are the table's numbers: each made once a block, not once a listing.
        static func header(_ bytes: ArraySlice<UInt8>, into table: inout Headers) -> Bool {
            let fields = Fields.split(bytes, by: Fields.group)
            guard fields.count == 14 else { return false }
            // nil: the field does not read.
            func string(_ field: ArraySlice<UInt8>) -> Headers.Number? {
                guard field.contains(Fields.escape) else { return table.number(utf8: field) }
                return Fields.string(field).map { table.number($0) }
            }
            func optional(_ field: ArraySlice<UInt8>) -> Headers.Number? {
                field.elementsEqual(Fields.none.utf8) ? Headers.none : string(field)
            }
            func person(_ field: ArraySlice<UInt8>) -> Headers.Person? {
                let parts = Fields.split(field, by: Fields.unit)
                guard parts.count == 3, let name = string(parts[0]), let municipality = optional(parts[1]), let role = optional(parts[2])
                else { return nil }
                return Headers.Person(name: name, municipality: municipality, role: role)
            }
            guard let file = string(fields[0]), let title = string(fields[1]) else { return false }
            let optionals = fields[2...7].compactMap(optional)
            let lists = fields[8...11].map { Fields.split($0, by: Fields.record).compactMap(person) }
            guard optionals.count == 6, zip(lists, fields[8...11]).allSatisfy({ $0.count == Fields.split($1, by: Fields.record).count })
            else { return false }
            var scribe: [Headers.Person] = []
            if !fields[12].elementsEqual(Fields.none.utf8) {
                guard let person = person(fields[12]) else { return false }
                scribe = [person]
            }
            var next = (date: Headers.none, place: Headers.none)
            if !fields[13].elementsEqual(Fields.none.utf8) {
                let parts = Fields.split(fields[13], by: Fields.unit)
                guard parts.count == 2, let date = string(parts[0]), let place = optional(parts[1]) else { return false }
                next = (date, place)
            }
            table.append(
                Headers.Head(
                    file: file, title: title, format: optionals[0], date: optionals[1], dateAsWritten: optionals[2], dateNote: optionals[3],
                    network: optionals[4], place: optionals[5], nextDate: next.date, nextPlace: next.place,
                    attendees: lists[0].count, guests: lists[1].count, absent: lists[2].count, chairs: lists[3].count, scribe: !scribe.isEmpty),
                people: lists.joined() + scribe)
            return true
        }

        static func person(_ person: Person) -> String {
            Fields.joined([Fields.escaped(person.name), Fields.escaped(person.municipality), Fields.escaped(person.role)], by: Fields.unit)
        }
    }

    private(set) var files: [String: Entry] = [:]
    /// The files added as read in this run, not as the kept file holds them: an update appends
    /// these. (Only these are named: a set of every unchanged file was hashed file by file.)
    private var readNow = Set<String>()
    /// Whether this was read from a kept file of this reader version, whole: one that an update may
    /// append to.
    private(set) var current = false
    /// The lines the kept file holds, those a later line replaced included.
    private(set) var keptLines = 0
    /// How many of them were read to load it: none when the kept headers said where every file is.
    private(set) var headsRead = 0
    /// Whether the kept headers said what every file's entry is (none of its heads read): a part
    /// with what changed may then be appended to them.
    private(set) var fromKeptHeaders = false
    /// The blocks this run's readings were kept in as they were read (`keep`): saved as they are.
    private var written: KeptBlocks?
    /// The lines those blocks hold.
    private var writtenLines = 0
    /// Where the blocks of the kept file this was read from are in it.
    private(set) var keptBlocks: [Range<Int>] = []

    /// Where a file's meetings are in the kept file: the block (by its place among the file's
    /// blocks), the bytes within it once inflated, and their check.
    struct Spot: Sendable, Equatable {
        let block: Int
        let range: Range<Int>
        let check: UInt32

        /// Of a file not saved as its head says (its line did not encode): it is read again.
        static let unknown = Spot(block: -1, range: 0..<0, check: 0)

        init(block: Int, range: Range<Int>, check: UInt32) { (self.block, self.range, self.check) = (block, range, check) }

        /// Where a place is once its blocks are saved after `first` others.
        init(_ place: KeptBlocks.Place, after first: Int = 0) { self.init(block: first + place.block, range: place.range, check: place.check) }
    }

    /// What a kept file holds once saved: where each file's meetings are, how many lines it holds
    /// and where its blocks are. Kept with the headers (`KeptHeaders`), so the next run need not
    /// read every head, nor the file to find its blocks.
    struct Saved: Sendable {
        /// Where the files written by this save are.
        var spots: [String: Spot] = [:]
        var lines = 0
        var blocks: [Range<Int>] = []
        /// Whether a file taken as the kept file held it is where it was (the file was appended to,
        /// or not written): only what was written is then in `spots` (every file's spot gathered
        /// into one dictionary was most of saving an update of one file of 100,000).
        var unchangedStay = false

        /// Where a file's meetings are once saved; `unchanged`: its entry taken as the kept file held it.
        func spot(of file: String, _ entry: Entry, unchanged: Bool) -> Spot {
            if let spot = spots[file] { return spot }
            guard unchanged, unchangedStay, case .kept(let place) = entry.body else { return .unknown }
            return Spot(place)
        }
    }

    /// Two blocks at a time: one of heads (`HeadLine`), a line per file, and one of the files'
    /// meetings as JSON, one after another, where each head says. Each block of heads starts with a
    /// line naming the format and reader, so a pair out of step (a block lost) is not read. A later head for a file replaces an earlier one; one
    /// that is its file alone says the file is gone. An update reads every head (unless the kept
    /// headers hold them, `KeptHeaders`) and few files' meetings: kept apart, the meetings are
    /// inflated only when asked for (10,000 files: 8 MB of heads, 74 MB of meetings).
    private static var header: Data { Data("minnes-readings 9\t\(readerVersion)\n".utf8) }

    /// A cache for a run over `kept`, holding its entries as they are: the run adds what it reads and
    /// removes what is gone, not every file again (each added is hashed; 100,000 files, 0.1 s).
    init(holding kept: ReadingCache) { files = kept.files }

    init() {}

    /// No entry for file.
    mutating func remove(_ file: String) {
        files[file] = nil
        readNow.remove(file)
    }

    /// Adds a file's entry; `unchanged`: taken as the kept file holds it. (One added as read stays
    /// among those to save, whatever is added for it later: saved again, it is only written twice.)
    mutating func add(_ file: String, _ entry: Entry, unchanged: Bool = false) {
        files[file] = entry
        if !unchanged { readNow.insert(file) }
    }

    /// Adds the entries of files read in this run, their meetings kept in blocks as the kept file
    /// holds them (encoded and blocks deflated on every core) and decoded from there when needed: a
    /// corpus read anew is not held whole in memory, and the blocks are saved as they are.
    mutating func keep(_ read: [(file: String, entry: Entry)], scratchIn folder: String) throws {
        let blocks = written ?? KeptBlocks(scratchIn: folder)
        written = blocks
        let encoded = Outcomes<Result<Line, any Error>>(count: read.count)
        DispatchQueue.concurrentPerform(iterations: read.count) { number in
            encoded.set(number, Result { try Self.line(read[number].file, read[number].entry, JSONEncoder()) })
        }
        let lines = try encoded.items.map { try $0!.get() }
        let pairs = Self.pairs(lines)
        var added: [Int] = []
        do {
            try Self.deflate(pairs) { added.append(try blocks.add($0)) }
        } catch {
            // A pair half written would put every later pair out of step: these blocks are not saved
            // as they are (what was kept in them is still read from them, and encoded anew to save).
            (written, writtenLines) = (nil, 0)
            throw error
        }
        writtenLines += lines.count
        // Their headers in one table, as a kept block's: a table of each file's held through the run
        // was a sixth of a new index's memory (each a few arrays, grown, and every name again).
        var table = Headers(), runs: [Range<Int>] = []
        for (_, entry) in read {
            var map: [Headers.Number] = []
            let first = table.count
            table.append(entry.headers.range, of: entry.headers.table.headers, map: &map)
            runs.append(first..<table.count)
        }
        let shared = HeaderTable(table)
        for (number, pair) in pairs.enumerated() {
            for (index, place) in zip(pair.lines, pair.places) {
                let kept = KeptBlocks.Place(blocks: blocks, block: added[2 * number + 1], range: place, check: lines[index].head?.check ?? 0)
                add(read[index].file, Entry(read[index].entry, kept: kept, headers: HeaderRun(shared, runs[index])))
            }
        }
    }

    /// Appends files' entries to a kept file: those read again in a run after it was saved (their
    /// kept meetings did not read back). A later line for a file replaces an earlier one.
    static func append(_ entries: [(file: String, entry: Entry)], to url: URL) throws {
        let lines = try entries.map { try line($0.file, $0.entry, JSONEncoder()) }
        try OwnerOnlyFile.append(to: url) { add in try deflate(pairs(lines), add: add) }
    }

    /// A file's head (nil: the file is gone) and its meetings' JSON.
    struct Line {
        let file: String
        let head: Head?
        /// Its meetings' headers, written in its head.
        var headers: [Meeting] = []
        let body: Data
    }

    private static func line(_ file: String, _ entry: Entry?, _ encoder: JSONEncoder) throws -> Line {
        guard let entry else { return Line(file: file, head: nil, body: Data()) }
        let body = try StoredJSON.$compact.withValue(true) { try entry.encodedBody(encoder) }
        return Line(
            file: file, head: Head(stat: entry.stat, hash: entry.hash, notes: entry.notes, check: Deflate.checksum(body)),
            headers: entry.headers.meetings, body: body)
    }

    /// A block of heads and the block of their bodies, the lines they hold and each line's place.
    typealias Pair = (heads: Data, bodies: Data, lines: Range<Int>, places: [Range<Int>])

    /// Pairs deflated in order, heads then bodies, each block handed to add.
    static func deflate(_ pairs: [Pair], add: (Data) throws -> Void) throws {
        try Deflate.compress(each: pairs.flatMap { [$0.heads, $0.bodies] }, level: Deflate.small, add: add)
    }

    /// Lines cut into pairs of blocks' texts of about blockSize, in order: the heads (after the format
    /// line), each saying where its meetings are in the bodies; which lines each holds and where their
    /// meetings are. No lines make one pair, of the format line alone: a cache of no files.
    static func pairs(_ lines: [Line], blockSize: Int = blockSize) -> [Pair] {
        guard !lines.isEmpty else { return [(header, Data(), 0..<0, [])] }
        var pairs: [Pair] = []
        var heads = header, bodies = Data(), places: [Range<Int>] = [], start = 0
        for (number, line) in lines.enumerated() {
            let place = bodies.count..<(bodies.count + line.body.count)
            var head = line.head
            head?.body = place
            heads += Data(HeadLine.line(line.file, head, headers: line.headers).utf8)
            heads.append(UInt8(ascii: "\n"))
            bodies += line.body
            places.append(place)
            if heads.count + bodies.count >= blockSize || number == lines.count - 1 {
                pairs.append((heads, bodies, start..<(number + 1), places))
                (heads, bodies, places, start) = (header, Data(), [], number + 1)
            }
        }
        return pairs
    }

    /// Reads a kept file: its blocks of heads inflated and decoded on every core, a block each at a
    /// time (an update takes every unchanged file's headers from here); the meetings are read from
    /// the kept file (`KeptBlocks`), inflated and checked, only for the files resolved or written again.
    static func load(_ url: URL, headers keptHeaders: KeptHeaders? = nil) -> ReadingCache {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return ReadingCache() }
        // The blocks are read from here again as they are asked for (`KeptBlocks`), not held.
        let blocks = KeptBlocks(reading: descriptor)
        // The kept headers of this very file say where every file's meetings are: no head is read,
        // nor the file.
        var info = stat()
        if let keptHeaders, let saved = keptHeaders.readings, fstat(descriptor, &info) == 0, Stat(info).unchanged(since: saved.file),
            saved.blocks.last?.upperBound == Int(info.st_size)
        {
            for span in saved.blocks { blocks.add(at: span.lowerBound, count: span.count) }
            var cache = ReadingCache()
            // (Mapped, not added one by one: the same table of files, none hashed again. Filtered, a
            // new table, only when a block is not there, never expected.)
            let inBlocks = { (kept: KeptHeaders.File) in saved.blocks.indices.contains(kept.block) }
            let kept = keptHeaders.files.values.allSatisfy(inBlocks) ? keptHeaders.files : keptHeaders.files.filter { inBlocks($0.value) }
            cache.files = kept.mapValues { kept in
                let place = KeptBlocks.Place(blocks: blocks, block: kept.block, range: kept.head.body, check: kept.head.check)
                return Entry(kept.head, headers: HeaderRun(keptHeaders.table(of: kept), kept.heads), body: .kept(place))
            }
            (cache.keptLines, cache.keptBlocks, cache.current, cache.fromKeptHeaders) = (saved.lines, saved.blocks, true, true)
            return cache
        }
        guard let kept = try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd() else { return ReadingCache() }
        let (spans, whole) = Deflate.spans(kept)
        // Each block of heads' lines, and the entries of those that read (a damaged line only means
        // that file is read again); nil: the block did not inflate, or does not start with the format
        // and reader.
        let read = Outcomes<(lines: Int, entries: [(file: String, entry: Entry?)])>(count: spans.count / 2)
        DispatchQueue.concurrentPerform(iterations: spans.count / 2) { pair in
            guard let data = Deflate.inflate(kept, spans[2 * pair]), data.starts(with: header) else { return }
            let lines = lineRanges(of: data, from: header.count)
            // The block's headers in one table: its strings made once.
            // (Those `kept` holds are taken from there.)
            var table = Headers(), heads: [(file: String, head: Head?, headers: Range<Int>, kept: HeaderTable?)] = []
            for line in lines {
                guard let head = HeadLine.head(Array(data[line])[...], into: &table, kept: keptHeaders) else { continue }
                heads.append(head)
            }
            let shared = HeaderTable(table)
            read.set(pair, (lines.count, heads.map { file, head, headers, keptTable in
                guard let head else { return (file, nil) }
                let place = KeptBlocks.Place(blocks: blocks, block: 2 * pair + 1, range: head.body, check: head.check)
                return (file, Entry(head, headers: HeaderRun(keptTable ?? shared, headers), body: .kept(place)))
            }))
        }
        var cache = ReadingCache()
        for pair in 0..<(spans.count / 2) {
            // What follows a block that does not read is not read either: the file is then not whole.
            guard let (lines, entries) = read.items[pair] else { break }
            for span in spans[(2 * pair)...(2 * pair + 1)] { blocks.add(at: span.lowerBound, count: span.count) }
            // A later line replaces an earlier one.
            for (file, entry) in entries { cache.files[file] = entry }
            (cache.keptLines, cache.headsRead) = (cache.keptLines + lines, cache.headsRead + lines)
        }
        guard blocks.count > 0 else { return ReadingCache() }
        cache.keptBlocks = Array(spans.prefix(blocks.count))
        // A damaged tail (an append cut short) is not appended after: the next save writes anew.
        cache.current = whole && blocks.count == spans.count
        return cache
    }

    /// Where a buffer's non-empty lines are, found by memchr: Data's generic `split` took as long
    /// as inflating the whole cache.
    static func lineRanges(of data: Data, from offset: Int) -> [Range<Int>] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = offset
            while start < bytes.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start).map { UnsafeRawPointer($0) - base } ?? bytes.count
                if end > start { ranges.append((data.startIndex + start)..<(data.startIndex + end)) }
                start = end + 1
            }
            return ranges
        }
    }

    /// What the kept file it was read from holds, when every entry is as it holds it (nothing to save).
    var asKept: Saved { Saved(lines: keptLines, blocks: keptBlocks, unchangedStay: true) }

    /// Where the files' meetings are in the blocks they are kept in, numbered after `first` others.
    private func spots<Files: Sequence<String>>(of files: Files, after first: Int = 0) -> [String: Spot] {
        var spots: [String: Spot] = [:]
        for file in files {
            if case .kept(let place) = self.files[file]?.body { spots[file] = Spot(place, after: first) }
        }
        return spots
    }

    /// Kept deflated: the meetings of every file as JSON are the largest thing beside the index.
    /// What changed since `kept` was loaded is appended to its file in blocks of its own (an update
    /// writes what it read, not every file's meetings again), until the file holds as many replaced
    /// lines as current ones; then, or when the file was not whole, every entry is written anew.
    @discardableResult
    func save(_ url: URL, over kept: ReadingCache, blockSize: Int = Self.blockSize) throws -> Saved {
        // What `keep` wrote is saved as its blocks; the rest is encoded here.
        let inBlocks = { (file: String) -> Bool in
            guard let written = self.written, case .kept(let place) = self.files[file]?.body else { return false }
            return place.blocks === written
        }
        let changed = readNow.filter { files[$0] != nil && !inBlocks($0) }.sorted()
        // The others were taken from kept: kept holds files gone only when it holds more than those
        // and the read ones it held (then looked for, file by file).
        let stillThere = files.count - readNow.count + readNow.count(where: { kept.files[$0] != nil })
        let gone = stillThere == kept.files.count ? [] : kept.files.keys.filter { files[$0] == nil }.sorted()
        let readCount = readNow.count
        // (Apart, not one `Saved`: spots are added while blocks are noted.)
        var spots: [String: Spot] = [:], placed: [Range<Int>] = []
        // Where each block added is in the file.
        func noted(_ block: Data) {
            let end = placed.last?.upperBound ?? 0
            placed.append(end..<(end + block.count))
        }
        let blocks = { (files: [String], add: (Data) throws -> Void) throws in
            try self.deflatedPairs(files, blockSize: blockSize, spots: &spots, first: placed.count, add: add)
        }
        // Those `keep` wrote are where their blocks are saved, after `first`.
        let keptNow = { (first: Int) in spots.merge(self.spots(of: self.readNow.filter(inBlocks), after: first)) { $1 } }
        if kept.current, kept.keptLines + readCount + gone.count <= 2 * files.count {
            placed = kept.keptBlocks
            // The others are where they were (`Saved.unchangedStay`).
            keptNow(placed.count)
            try OwnerOnlyFile.append(to: url) { add in
                func put(_ block: Data) throws {
                    try add(block)
                    noted(block)
                }
                try written?.forEach(put)
                if !(changed + gone).isEmpty { try blocks(changed + gone, put) }
            }
            return Saved(spots: spots, lines: kept.keptLines + writtenLines + changed.count + gone.count, blocks: placed, unchangedStay: true)
        }
        // Written a few blocks at a time: the whole cache as JSON is the size of the corpus's meetings.
        let others = files.keys.filter { !inBlocks($0) }.sorted()
        try OwnerOnlyFile.write(to: url) { add in
            func put(_ block: Data) throws {
                try add(block)
                noted(block)
            }
            if !others.isEmpty || (written?.count ?? 0) == 0 { try blocks(others, put) }
            keptNow(placed.count)
            try written?.forEach(put)
        }
        return Saved(spots: spots, lines: others.count + writtenLines, blocks: placed)
    }

    /// The files' lines in pairs of blocks (`pairs`), deflated a few pairs at a time on every core and
    /// handed to add in order: what is written is never held whole. A file whose kept meetings do not
    /// read back (never expected) is left out: it is read again next time. Where each file's meetings
    /// are is added to spots, the blocks numbered from `first`.
    private func deflatedPairs(
        _ files: [String], blockSize: Int, spots: inout [String: Spot], first: Int, add: (Data) throws -> Void
    ) throws {
        let encoder = JSONEncoder()
        var lines: [Line] = [], size = 0, start = true, block = first
        func flush() throws {
            let pairs = Self.pairs(lines, blockSize: blockSize)
            for (number, pair) in pairs.enumerated() {
                for (index, range) in zip(pair.lines, pair.places) {
                    if let check = lines[index].head?.check { spots[lines[index].file] = Spot(block: block + 2 * number + 1, range: range, check: check) }
                }
            }
            try Self.deflate(pairs, add: add)
            block += 2 * pairs.count
            (lines, size, start) = ([], 0, false)
        }
        for file in files {
            guard let line = try? Self.line(file, self.files[file], encoder) else { continue }
            lines.append(line)
            size += line.body.count
            if size >= blockSize * ProcessInfo.processInfo.activeProcessorCount { try flush() }
        }
        if !lines.isEmpty || start { try flush() }
    }

    /// Each item's line (after `first`), cut into blocks of about blockSize, deflated a block per core
    /// at a time and handed to add in order: what is written is never held whole.
    static func deflated<Items: Sequence>(
        _ items: Items, first: Data = Data(), blockSize: Int = blockSize, line: (Items.Element) throws -> Data,
        add: (Data) throws -> Void
    ) throws {
        var data = first, filled: [Data] = []
        for item in items {
            data += try line(item)
            data.append(UInt8(ascii: "\n"))
            if data.count >= blockSize {
                filled.append(data)
                data = Data()
                if filled.count == ProcessInfo.processInfo.activeProcessorCount {
                    try Deflate.compress(each: filled, add: add)
                    filled = []
                }
            }
        }
        if !data.isEmpty { filled.append(data) }
        try Deflate.compress(each: filled, add: add)
    }

    /// Lines as one deflated block. Never the raw lines: appended undeflated, they would be a damaged
    /// tail, and every file after them read again.
    static func block(_ lines: Data) throws -> Data {
        guard let block = Deflate.compress(lines) else { throw CocoaError(.fileWriteUnknown) }
        return block
    }

    /// About how much JSON a block of the cache holds: a file's meetings taken from it inflate their
    /// block again (`KeptBlocks`), so blocks are small enough for that to cost little. (An update of
    /// 100 files of 10,000 inflated 1 MB blocks for a quarter of a second to count the words the
    /// files held before; deflate's window is 32 KB, so smaller blocks deflate as small.)
    static let blockSize = 1 << 18

    static func status(of path: String) -> Stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stat(info)
    }
}

/// A file's meetings' headers: a run of a table's heads (a kept block's, shared by its files).
struct HeaderRun: Sendable {
    let table: HeaderTable
    let range: Range<Int>

    init(_ table: HeaderTable, _ range: Range<Int>) { (self.table, self.range) = (table, range) }

    init(_ meetings: [Meeting]) { self.init(HeaderTable(Headers(meetings)), 0..<meetings.count) }

    static let none = HeaderRun([])

    var meetings: [Meeting] { range.map(table.headers.meeting) }
}

/// A table of headers only read from (its strings' lookup let go).
final class HeaderTable: Sendable {
    let headers: Headers
    init(_ headers: Headers) { self.headers = headers.sealed }
}

/// A reading cache's blocks, deflated as the kept file holds them, from which an entry's meetings are
/// taken when asked for: a block read and inflated again, the last few kept inflated for the entries
/// beside. The blocks are not held in memory (a tenth of a corpus's size): they are read back from
/// the kept file they were loaded from (its descriptor kept open, so it may be replaced meanwhile),
/// or from an unnamed scratch file this run's blocks are written to as they are made.
final class KeptBlocks: @unchecked Sendable {
    /// Where an entry's meetings' JSON is: its block, and the bytes within it once inflated.
    struct Place: Sendable {
        let blocks: KeptBlocks
        let block: Int
        let range: Range<Int>
        /// Their CRC-32: raw deflate carries no check, and the heads are read without the meetings.
        let check: UInt32

        /// The meetings' JSON; an error when the block does not inflate or they are not as checked.
        func bytes() throws -> Data {
            guard let inflated = blocks.inflated(block, through: range.upperBound), range.upperBound <= inflated.count else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let bytes = inflated[range]
            guard Deflate.checksum(bytes) == check else { throw CocoaError(.fileReadCorruptFile) }
            return bytes
        }
    }

    /// The file the blocks are read from; -1 when no scratch file could be made: then they are held.
    private let descriptor: Int32
    /// Each block's offset and length in the file.
    private var spans: [(offset: Int, count: Int)] = []
    private var held: [Data] = []
    private var end = 0
    private let lock = NSLock()
    private var recent: [(block: Int, bytes: Data)] = []

    /// How many inflated blocks are kept: enough for every core walking its own part in order (the
    /// meetings are asked for in the order they are kept, `ReadMeetings.inDecodingOrder`). Each is
    /// about a megabyte, held while documents are written.
    private static let keep = 2 * ProcessInfo.processInfo.activeProcessorCount

    /// The blocks of a kept file, open at `descriptor` (now theirs to close).
    init(reading descriptor: Int32) { self.descriptor = descriptor }

    /// Blocks made in this run, written to a scratch file in `folder`, unlinked at once: owner-only,
    /// and nothing is left behind however the run ends.
    init(scratchIn folder: String) {
        var template = Array((folder + "/.minnes-scratch-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Adds a block of the kept file, at `offset`; its number.
    @discardableResult func add(at offset: Int, count: Int) -> Int {
        lock.withLock {
            spans.append((offset, count))
            return spans.count - 1
        }
    }

    /// Adds a block made in this run (to the scratch file); its number.
    func add(_ block: Data) throws -> Int {
        try lock.withLock {
            guard descriptor >= 0 else {
                held.append(block)
                return held.count - 1
            }
            var written = 0
            while written < block.count {
                let count = block.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, $0.count - written, off_t(end + written)) }
                guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
                written += count
            }
            spans.append((end, block.count))
            end += block.count
            return spans.count - 1
        }
    }

    var count: Int { lock.withLock { descriptor >= 0 ? spans.count : held.count } }

    /// Each block in order, read one at a time.
    func forEach(_ body: (Data) throws -> Void) throws {
        for number in 0..<count {
            guard let block = block(number) else { throw CocoaError(.fileReadUnknown) }
            try body(block)
        }
    }

    /// A block as the file holds it (mark and lengths first).
    private func block(_ number: Int) -> Data? {
        guard descriptor >= 0 else { return lock.withLock { held.indices.contains(number) ? held[number] : nil } }
        guard let span = lock.withLock({ spans.indices.contains(number) ? spans[number] : nil }) else { return nil }
        var data = Data(count: span.count)
        var done = 0
        while done < span.count {
            let count = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, span.count - done, off_t(span.offset + done)) }
            guard count > 0 else { return nil }
            done += count
        }
        return data
    }

    /// A block's original bytes up to `end` at least. A block first asked for is inflated only up to
    /// there (an update asks for a few files' meetings, each in a block of its own: half a block each,
    /// on average); asked again for more, it is inflated whole (the meetings are asked for in the
    /// order they are kept, so the rest of it is likely to be asked for too).
    func inflated(_ block: Int, through end: Int) -> Data? {
        let found = lock.withLock { recent.first { $0.block == block }?.bytes }
        if let found, found.count >= end { return found }
        // Read and inflated outside the lock: another core may do the same block meanwhile, which costs only time.
        guard let deflated = self.block(block), let bytes = Deflate.prefix(deflated, at: deflated.startIndex, count: found == nil ? end : nil)
        else { return nil }
        let rebased = Data(bytes)
        lock.withLock {
            recent.removeAll { $0.block == block }
            recent.append((block, rebased))
            if recent.count > Self.keep { recent.removeFirst() }
        }
        return rebased
    }
}
