import Foundation
import MinnesExtract
import MinnesNormalise
import MinnesParse
import Testing

/// The expected reading of one fixture (Tests/Fixtures/Minutes/expected.json).
struct ExpectedMeeting: Decodable, CustomTestStringConvertible {
    struct Item: Decodable {
        /// The whole title, when the fixture gives it; else words it must contain.
        let title: String?
        let titleContains: String
        let raisedBy: [String]
        /// The full names an ambiguous first name could mean.
        let ambiguousRaiser: [String]?
        /// Each raiser's own words: their statement contains these.
        let statements: [Statement]?
        let decisionContains: String?
    }

    struct Statement: Decodable {
        let by: String
        let contains: String
    }

    let file: String
    let date: String?
    let dateAsWritten: String?
    let network: String?
    let place: String?
    let attendees: [String]
    let guests: [String]
    let absent: [String]
    let chairs: [String]
    let scribe: String?
    let items: [Item]

    var testDescription: String { file }
}

/// A folder of fixtures and their expected reading (`expected.json`), read as the indexer reads a
/// corpus: every file decoded and read, names resolved across the folder.
struct FixtureFolder: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    let expected: [ExpectedMeeting]
    let meetings: [String: Meeting]

    init(_ path: String) {
        let folder = Self.root.appendingPathComponent(path)
        let data = try! Data(contentsOf: folder.appendingPathComponent("expected.json"))
        expected = try! JSONDecoder().decode([ExpectedMeeting].self, from: data)
        // (Apple Mail's mailbox is a folder "Name.mbox" holding its messages in "mbox".)
        let files = try! FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { file in Format.readable.contains((file as NSString).pathExtension.lowercased()) }.filter { $0 != "README.md" }
            .map { file in FileManager.default.fileExists(atPath: folder.appendingPathComponent(file + "/mbox").path) ? file + "/mbox" : file }
        let read = files.flatMap { file in
            // (As `minnes index` reads them: through the extractor, each part a meeting's, an e-mail's
            // attached minutes named after the mail, "kallelse.eml#minutes.docx".)
            let path = folder.appendingPathComponent(file).path
            let parts = try! Extractor.parts(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
            return MinutesReader.meetings(ofFile: file, parts: parts.map { ($0.part, $0.text, $0.format.rawValue) })
        }
        meetings = Dictionary(uniqueKeysWithValues: Resolver.resolve(read).meetings.map { ($0.file, $0) })
    }
}

enum Fixtures {
    static let minutes = FixtureFolder("Minutes")
    static let protocols = FixtureFolder("Layouts/protocols")
    static let networks = FixtureFolder("Layouts/networks")
    static let varied = FixtureFolder("Layouts/varied")
    static let varied2 = FixtureFolder("Layouts/varied2")
    static let varied3 = FixtureFolder("Layouts/varied3")
    static let varied4 = FixtureFolder("Layouts/varied4")
    static let varied5 = FixtureFolder("Layouts/varied5")
    static let varied6 = FixtureFolder("Layouts/varied6")
    static let varied7 = FixtureFolder("Layouts/varied7")
    static let varied8 = FixtureFolder("Layouts/varied8")
    static let varied9 = FixtureFolder("Layouts/varied9")
    static let varied10 = FixtureFolder("Layouts/varied10")
    static let varied11 = FixtureFolder("Layouts/varied11")
    static let varied12 = FixtureFolder("Layouts/varied12")
    static let varied13 = FixtureFolder("Layouts/varied13")
    static let varied14 = FixtureFolder("Layouts/varied14")
    static let varied15 = FixtureFolder("Layouts/varied15")
    static let varied16 = FixtureFolder("Layouts/varied16")
    static let varied17 = FixtureFolder("Layouts/varied17")
    static let varied18 = FixtureFolder("Layouts/varied18")
    static let varied19 = FixtureFolder("Layouts/varied19")
    static let varied20 = FixtureFolder("Layouts/varied20")
    static let varied21 = FixtureFolder("Layouts/varied21")
    static let varied22 = FixtureFolder("Layouts/varied22")
    static let varied23 = FixtureFolder("Layouts/varied23")
    static let varied24 = FixtureFolder("Layouts/varied24")
    static let varied25 = FixtureFolder("Layouts/varied25")
    static let varied26 = FixtureFolder("Layouts/varied26")
    static let varied27 = FixtureFolder("Layouts/varied27")
    static let varied28 = FixtureFolder("Layouts/varied28")
    static let varied29 = FixtureFolder("Layouts/varied29")
    static let varied30 = FixtureFolder("Layouts/varied30")
    static let varied31 = FixtureFolder("Layouts/varied31")
    static let varied32 = FixtureFolder("Layouts/varied32")
    static let varied33 = FixtureFolder("Layouts/varied33")
    static let varied34 = FixtureFolder("Layouts/varied34")
    static let varied35 = FixtureFolder("Layouts/varied35")
    static let varied36 = FixtureFolder("Layouts/varied36")
    static let varied37 = FixtureFolder("Layouts/varied37")
    static let varied38 = FixtureFolder("Layouts/varied38")
    static let varied39 = FixtureFolder("Layouts/varied39")
    static let varied40 = FixtureFolder("Layouts/varied40")
    static let varied41 = FixtureFolder("Layouts/varied41")
    static let varied42 = FixtureFolder("Layouts/varied42")
    static let varied43 = FixtureFolder("Layouts/varied43")
    static let varied44 = FixtureFolder("Layouts/varied44")
    static let varied45 = FixtureFolder("Layouts/varied45")
    static let varied46 = FixtureFolder("Layouts/varied46")
    static let varied47 = FixtureFolder("Layouts/varied47")
    static let varied48 = FixtureFolder("Layouts/varied48")
    static let varied49 = FixtureFolder("Layouts/varied49")
    static let varied50 = FixtureFolder("Layouts/varied50")
    static let varied51 = FixtureFolder("Layouts/varied51")
    static let varied52 = FixtureFolder("Layouts/varied52")
    static let varied53 = FixtureFolder("Layouts/varied53")
    static let varied54 = FixtureFolder("Layouts/varied54")
    static let varied55 = FixtureFolder("Layouts/varied55")
    static let word97 = FixtureFolder("Layouts/word97")
    static let varied56 = FixtureFolder("Layouts/varied56")
    static let varied57 = FixtureFolder("Layouts/varied57")
    static let varied58 = FixtureFolder("Layouts/varied58")
    static let varied59 = FixtureFolder("Layouts/varied59")
    static let varied60 = FixtureFolder("Layouts/varied60")
    static let varied61 = FixtureFolder("Layouts/varied61")
    static let varied62 = FixtureFolder("Layouts/varied62")
    static let varied63 = FixtureFolder("Layouts/varied63")
    static let varied64 = FixtureFolder("Layouts/varied64")
    static let varied65 = FixtureFolder("Layouts/varied65")
    static let varied66 = FixtureFolder("Layouts/varied66")
    static let varied67 = FixtureFolder("Layouts/varied67")
    static let varied68 = FixtureFolder("Layouts/varied68")
    static let varied69 = FixtureFolder("Layouts/varied69")
    static let varied70 = FixtureFolder("Layouts/varied70")
    static let varied71 = FixtureFolder("Layouts/varied71")
    static let varied72 = FixtureFolder("Layouts/varied72")
    static let folders = [
        minutes, protocols, networks, varied, varied2, varied3, varied4, varied5, varied6, varied7, varied8, varied9, varied10, varied11,
        varied12, varied13, varied14, varied15, varied16, varied17, varied18, varied19,
        varied20, varied21, varied22, varied23, varied24, varied25, varied26, varied27, varied28, varied29, varied30, varied31, varied32,
        varied33, varied34, varied35, varied36, varied37, varied38, varied39, varied40, varied41, varied42, varied43, varied44, varied45, varied46, varied47, varied48, varied49, varied50, varied51, varied52, varied53, varied54, varied55,
        varied56, varied57, varied58, varied59, varied60, varied61, varied62, varied63, varied64, varied65, varied66, varied67, varied68, varied69, varied70, varied71, varied72, word97,
    ]

    static var expected: [ExpectedMeeting] { folders.flatMap(\.expected) }

    /// What the reader does not read right yet, by file and part: checked as known issues, so the
    /// day one is read right its check says so (and it comes off this list).
    static let notYetRead: Set<String> = [
        // protocols, an early fixture. Read otherwise since reader 91: a point made on a matter another
        // raised ("Mats Öberg påpekar att …" after Linnea's proposal) raises nothing of its own, its
        // words go on the matter's statement, as four fixtures written blind since (varied11, 15, 19)
        // read it.
        "skridsko_internat_protokoll.txt#items",
        // Read otherwise by choice: the socialchefs' network is "Socialchef", as every socialchefs'
        // minutes are; a workshop's opening round ("Check-in") is an item, as "Incheckning" is.
        "socialchefer_arbetsmote_engelska_inslag.txt#header", "socialchefer_arbetsmote_engelska_inslag.txt#items",
        // varied14–15, written after reader 78 by helpers who had not read the reader: read whole since
        // reader 245 (a speaker's remark after two raisers, "Mikkel T. berättade att Svalöv …", no matter
        // of its own).
        // varied16–21, written after reader 86 and 91 by helpers who had not read the reader. Not read yet.
        "valdsutovare_workshop_grupparbete.txt#items",
        "vrakningsforebyggande_punktlista_arsplan.txt#items",
        // varied26–29, written after reader 109 by helpers who had not read the reader. Not read yet.
        // (avgift's header: its place is read "Teams" by choice, as every meeting on Teams; one who rang
        // in is named only in a note under the number that rang.)
        "avgift_teams_copilot_sammanfattning.txt#header",
        // Read otherwise since reader 118, which reads its header: a question alone raises the matter
        // ("Sigmund frågade om …" in a round), and so does one telling of their own kommun under a
        // guest's matter ("Wassim berättade att Åstorp köpte …"), as most fixtures read them.
        "jourhem_tidslogg_punktmarkorer.txt#items",
        // varied30–32, written after reader 175 by helpers who had not read the reader. Not read yet.
        // (tillstand's header read since reader 266: a form's answer "Kan vi ta det på nästa träff?" after its
        // time stamp names no next meeting on that day, which had put the meeting a year back.)
        // (eftervard_kort_mejl_talare_i_parentes.txt's header read since reader 266: those away by first
        // name, "Roar och Marzena hade förhinder, därför ligger ni på kopia.", in full by the mail's "Kopia:".)
        "arbetsterapeuter_konstituerande_mom.txt#header", "arbetsterapeuter_konstituerande_mom.txt#items",
        "hemmaplan_trello_tavla_textexport.txt#header", "hemmaplan_trello_tavla_textexport.txt#items",
        "registratorer_ordningstal_1o_beslots.txt#header", "registratorer_ordningstal_1o_beslots.txt#items",
        "tillstand_formularsvar_kalkylark_csv.txt#items",
        "trygghetslarm_apple_anteckningar_ipad.txt#items",
        // varied33–34, written after reader 180 by helpers who had not read the reader. Not read yet.
        "ips_copilot_sammanfattning_rattelser.txt#header", "ips_copilot_sammanfattning_rattelser.txt#items",
        // (familjehem_paragrafer_justerare_signatur.txt's header read since reader 256: its scribe, the
        // name in full under a signature.)
        "familjehem_paragrafer_justerare_signatur.txt#items",
        "lss_mejlsvar_citerad_dagordning.txt#header", "lss_mejlsvar_citerad_dagordning.txt#items",
        "vinr_tva_halvdagar_tva_skrivare.txt#header",
        // varied35–36, written after reader 187 by helpers who had not read the reader: 77 checks of
        // six files failed when wired in; read whole since reader 188.
        // varied37–38, written after reader 189: 40 checks of six files failed when wired in; read whole
        // since reader 245 (one telling of their own kommun after a matter brought up, "Lutfiye berättade
        // att Landskrona alltid går två och två …" after Jovita's, comments on it).
        // varied39–40, written after reader 190 by helpers who had not read the reader: 57 checks of
        // eight files failed when wired in. Not read yet.
        "barns_psykiska_halsa_fragor_ur_kallelsen.txt#items",
        "funktionsstod_chef_snabbskrivet_snedstreck.txt#items",
        // (nyanlanda_telegram's header read since reader 267: "Frånv:" those away, "Perstorp, Medborgarhuset
        // rum 2" under the date the place; its items since reader 279: "Kamoliddin: går i pension i aug, …"
        // under Övrigt his matter.)
        "omradesarbete_tva_skrivare_initialer.txt#header", "omradesarbete_tva_skrivare_initialer.txt#items",
        "systemforvaltare_innehall_ej_uppdaterat.txt#header", "systemforvaltare_innehall_ej_uppdaterat.txt#items",
        // varied41, files holding several meetings (a year's running document), written after reader 195
        // by a helper who had not read the reader: 32 checks of five files failed when wired in (twelve
        // meetings in four files). Not read yet: a notebook's writer named only by its head's label
        // ("Anteckningsbok: …. Jag skriver på varje träff") and listed as "jag", a guest named after who
        // came on one line ("…, jag. Gäst: …"), "Chukwudi och Begoña, båda sjuka". (Since reader 245 the
        // writer's "Jag berättade att …" after a matter brought up comments on it, as arbetsmiljo's.)
        "hemloshet_anteckningsbok_2025.txt#2025-02-11#header", "hemloshet_anteckningsbok_2025.txt#2025-04-08#header",
        "hemloshet_anteckningsbok_2025.txt#2025-06-10#header",
        // varied42, four layouts not seen before, written after reader 196 by a helper who had not read
        // the reader: 36 checks of four files failed when wired in; since reader 197 a mind map's header
        // reads whole and a draft's line numbers are dropped, since reader 198 a memo's date, network
        // and who came. Not read yet: a mind map's "Nästa träff" and
        // loose "Fritt ämne" branches (items here); a project template's banners and decision log; a
        // report back to one's own management ("Vad som sades" the meeting's, "För Bjuv" the writer's);
        // a justerare's corrections by line number applied to the draft above them.
        "arbetsintegrering_tankekarta_textexport.txt#items",
        "nattjour_styrgrupp_projektmall_beslutslogg.txt#header", "nattjour_styrgrupp_projektmall_beslutslogg.txt#items",
        "kvalitetsutvecklare_aterrapport_till_ledningsgruppen.txt#header", "kvalitetsutvecklare_aterrapport_till_ledningsgruppen.txt#items",
        "mottagning_radnumrerat_utkast_justerarens_svar.txt#header", "mottagning_radnumrerat_utkast_justerarens_svar.txt#items",
        // varied43, more files holding several meetings (and a two-day meeting that is one), written after
        // reader 198 by a helper who had not read the reader: 20 checks failed when wired in (three of
        // seven meetings not found); since reader 199 all nine are found, since reader 200 a meeting
        // planned under the last one's heading is its notes, since reader 201 labels run together on one
        // line ("Med: …. Anmält förhinder: …. Anteckningar: …"), since reader 204 a scribe's label over a
        // first name alone ("Ordförande: Anirudh. Anteckningar: Tamati."), since reader 206 the wiki page
        // whole (a guest named inside the "Med:" sentence, a stand-in chair said there, first names
        // listed alone in full), since reader 280 the forwarded mail's October meeting's chair and scribe
        // in a sentence right under its list ("Anirudh ledde träffen, … Jag, Bronisława, skrev."). Not
        // read yet: a two-day meeting's second day's list and its guest.
        "valdsutsatta_natverksdagar_dag1_dag2.txt#header",
        // varied44 (attendance per kommun and people by their initials, who came written last under a
        // heading, an Outlook invitation over the notes, a DOS file in code page 850 with labels
        // without å/ä/ö), written after reader 204 by a helper who had not read the reader: 52 checks
        // failed when wired in; read whole since reader 205.
        // varied45 (a scanned protocol's OCR text with its pages, a WhatsApp chat exported as the
        // minutes, items as a sheet's tab-separated rows, minutes in English), written after reader 206
        // by a helper who had not read the reader: 31 checks failed when wired in; since reader 207
        // all but the chat, since reader 208 whole (`ChatExport`).
        // varied46 (a formal protocol with § paragraphs and signatures, notes in nested bullets only, a
        // chair's mail in prose without lists, a notes app's Markdown with an attendance table), written
        // after reader 208 by a helper who had not read the reader: 43 checks failed when wired in; since
        // reader 209 the protocol and the Markdown table, since reader 210 the bullets' header and items,
        // since reader 211 "– (Ilsabet)" over her words a level deeper; since reader 212 the mail's topics
        // in capitals and who came, in full by the addresses it was sent to; whole since reader 214
        // ("– Thorvaldur: …" over his words, the mail's latecomer, who was missing and where, the
        // Markdown's "Şebnem berättade …" an answer to an item that asks).
        // varied47 (notes kept in Emacs's Org mode, a Slack thread pasted as the minutes, who came in an
        // appendix under an outline whose part only heads its points, a WhatsApp export from a phone set
        // to English), written after reader 213 by a helper who had not read the reader: 78 checks
        // failed when wired in; read whole since reader 215.
        // varied48 (a OneNote page copied as text, minutes under question headings with their decisions
        // apart, handwritten notes typed up with initials and codes, a page as pdftotext lays it out in
        // two columns over two pages), written after reader 215 by a helper who had not read the reader:
        // 58 checks failed when wired in; since reader 217 the pdftotext page, since reader 218 the rest
        // but the typed-up notes' chair, since reader 219 whole ("ZK/Kli hälsade välk., är ordf. idag.").
        // varied49 and varied50 (Word and OpenDocument files as their programs save them: the network
        // or the date only in the page's header, items numbered by a heading's style, an outline or a
        // list, changes tracked, text boxes, comments, notes, a form's fields, a table laying out the
        // page), written after reader 219 by helpers who had not read the readers: 110 checks failed
        // when wired in, 83 once Word's and OpenDocument's readers read what the page shows (reader
        // 220); whole since reader 222.
        // varied51 (Word files from other producers than Word: Google Docs, LibreOffice, Word for the
        // web's table of the agenda, a case system's template with merge fields), written after reader
        // 222 by a helper who had not read the readers: 23 checks failed when wired in; whole since
        // reader 223. (Its text.json had the page's number, "Sida 1", as text to find; moved to what
        // the text must not hold, as the page's number is no text of the minutes.)
        // varied52 (minutes as they are mailed and saved as web pages: an Outlook mail whose minutes are
        // only in its HTML part, a cover mail with the minutes attached under an RFC 2231 name, Word's
        // web page, an intranet page saved from the browser), written after reader 223 by a helper who
        // had not read the readers: 19 checks of the reading and 42 of the text failed when wired in;
        // since reader 226 the intranet page's header (a definition list), since reader 242 its
        // decisions in a table (Beslut | Ansvarig | Klart senast); whole since reader 245 (in Word's web
        // page, one telling of Klippan's way after a matter brought up comments on it).
        // varied53 and varied54 (PDFs: Word's export with a ruled table whose cells wrap, a protocol
        // laid out with a margin column, two columns of prose out of the content stream's order, an
        // Outlook mail printed, a slide deck, a scan's invisible OCR layer word by word), written after
        // reader 227 by helpers who had not read the readers: read through pdftotext's reading order,
        // their tables came column by column; since reader 228 read as the page shows them
        // (`PDFLayout`); whole since reader 230 (a network in the page's head before a tab, a guest
        // marked where the kommun would be and present by "Ja, under punkt 3", a decision beside the
        // margin's "Beslut", the meeting's own business raised by no one, a place after the day in a
        // line of "·"-parted facts and one in the line under "Tid och plats:" after the time, a
        // typewriter's lines going on in lower case, a decision's hanging "att", a slide deck's
        // slides the items its agenda slide lists in short, a guest's body between commas).
        // varied55 (PDFs again: Google Docs' export with a table without rules and a checklist of
        // decisions, names in two columns under a label, a kommun's template numbering items in a
        // narrow column, a landscape page's table of decisions by item), written after reader 230 by
        // a helper who had not read the readers: 37 checks failed when wired in. Read since reader
        // 231: a number set right before its row's text in a table parted from it, a table's rows
        // not read as two columns, names in two columns one after the other, "**Beslut**" over a
        // decision no item; since reader 232 a bare number before a bold title one line with it
        // ("**3 Samverkan med BUP …**"); since reader 233 a table of decisions by item with its cells
        // apart by tabs (`Punkt<TAB>Beslut<TAB>Ansvarig<TAB>Klart`), and a checklist of them under
        // "Beslut och uppgifter" (`[ ] Punkt 2: …`); since reader 235 "Beslut" on a line of its own
        // over the decision after a quote ("Yaw sa: ”…”", a field the lines under it run on in); since
        // reader 236 who came listed by kommun (`Helsingborg<TAB>Name, Name`); whole since reader 237
        // (a bold title numbered without a dot of more than six words, "**4 … längre tid än 14 dagar**",
        // an item; the template's band's "Datum" above the title the document's day, "Tid" under it the
        // meeting's; "…, Klippan, antecknare" the scribe).
        // varied56 (minutes kept in old formats: three Word 97 files and two RTF, one WordPad's), written
        // after reader 237 by a helper who had not read the readers: 45 checks failed when wired in (with
        // reader 238's `.doc` reader). Read since reader 240: a `.doc`'s network only in its page's head,
        // through wvWare; a protocol's "Dessutom närvarande" from Kommunförbundet Skåne for § 3 a guest;
        // whole since reader 241 (catdoc's RTF lines without their indent's spaces and a list's mark
        // one space before its text, a letter beyond Latin-1 without the fallback catdoc writes after
        // it, WordPad's "·" bullets, "§ 1<TAB>MÖTETS ÖPPNANDE" right under a list of people no row of
        // it, "X ledde mötet och Y skrev anteckningarna." under a list no one of it, "Fältassistenternas
        // nätverk – anteckningar" the network). (Read since reader 239: a chair and scribe named only in a signature table,
        // "Vid anteckningarna<TAB>Justeras" over rules to sign on over "Name<TAB>Name, ordförande".)
        // varied57 (minutes by mail: Apple Mail's flowed text, an Outlook forward, a reply correcting the
        // minutes quoted under it, a text file attached, Gmail's HTML with a table), written after reader
        // 237 by a helper who had not read the readers: 69 checks failed when wired in; since reader 238
        // (flowed lines joined, a message's HTML over its plain part, a bullet's wrapped line however it
        // opens, a lead-in's list in lower case no items); whole since reader 239 (the network the
        // minutes name, not a cover text's "till socialcheferna").
        // varied58 (Outlook's .msg files: an Outlook 365 HTML mail, an old Outlook's Windows-1252 file, a
        // cover mail with the minutes attached as .docx, a forward), written after reader 243 by a helper
        // who had not read the readers: 11 checks failed when wired in; since reader 245 read but for
        // one by choice, a cover mail's network from its subject, until reader 264 made a cover mail no
        // meeting of its own.
        // varied59 (mails in mails: Outlook's "forward as attachment" with no name, Thunderbird's with
        // an Apple Mail message holding a .docx two levels down, a Mailman digest, an Outlook reply-all
        // correcting the minutes at its bottom), written after reader 246 by a helper who had not read
        // the readers: 15 checks failed when wired in; since reader 247 read (a digest's own text no
        // meeting, Word's "<o:p>" no break in a bold run, "Bjuvs kommunhus, sammanträdesrum …" the
        // place, "X från Höganäs var med på hela mötet" present, "Övriga närvarande" under "Ordf.:" and
        // "Sekr.:" the two first among those present, "Sayuri" over "Skickat från min iPhone" the
        // signer; since reader 248 "**Incheckning**" over "Kort runda där alla berättade …:" the first
        // item; since reader 249 the network named in full under the title, not a page head's short
        // name beside it); since reader 264 the cover mails no meetings of their own (they had been read,
        // by choice, as of the network their subjects name).
        // varied60 (mailboxes: a Thunderbird export with a cover mail carrying a .docx, a Google Takeout
        // thread with a reply correcting the minutes, Apple Mail's "Name.mbox/mbox"; Teams' .vtt
        // transcript; an Outlook .msg in rich text alone), written after reader 249 by a helper who had
        // not read the readers: 59 checks failed when wired in (its networks "IFO-nätverket" and
        // "Socialchefsnätverket" since written as Minnes names them, "IFO" and "Socialchef", as the
        // sample's). Since reader 251 read ("Gäst under § 3:", "Medverkande gäst:", "Inbjuden till
        // punkt 2:" guests; "Bjuv (Halyna Kovalenko)" away from Bjuv; "Name, role, och Name, role" two;
        // "Anmält av: X, Y" both raise; a quoted mail's "Den tors 12 mars 2026 kl 14:03 skrev …:" no
        // meeting's date) but for, by choice (a cover mail's signer its scribe, until reader 264 made it
        // no meeting of its own): a
        // reply quoting the minutes read as them (as varied57's and varied59's); "Nino Beridze berättade
        // att Svalöv …" after "Ahmet Kaya berättade att Klippan …" a matter of her own too (as six older
        // files read it). Since reader 252 the Teams transcript's items (said aloud: "Punkt ett: …",
        // "Då bestämmer vi att …"), who spoke and its guest, since reader 254 its chair (who calls the
        // items); not read yet: its scribe ("Abdelkader, det är du som skriver minnesanteckningar
        // idag, va?") and who was away ("Guðrún Einarsdóttir i Båstad … har anmält förhinder, och …").
        "socialchefer_gmail_takeout.mbox#SV: Minnesanteckningar Socialchefsnätverket 5 mars.eml#header",
        "socialchefer_gmail_takeout.mbox#SV: Minnesanteckningar Socialchefsnätverket 5 mars.eml#items",
        "socialchefer_gmail_takeout.mbox#Minnesanteckningar Socialchefsnätverket 5 mars.eml#items",
        "teams_transkription_ekonomiskt_bistand.vtt#header",
        // varied61 (scans: four PDFs of page images and no text layer, as a Konica Minolta, a Canon, a
        // Ricoh and a Xerox write them; a ruled table of who came, a typewriter's page, an attendance
        // sheet signed by hand as an appendix), written by a helper who had not read the readers: 74
        // checks failed when wired in (the first OCR, `0ecae7a`: tesseract's `§` read as `$`, `&` or `8`, a
        // typewriter's words set apart as a table's cells, the table's margin taken for an item's
        // number's column). Since reader 255 read but for: "Welat Aziz frågade om någon kommun har en
        // mall …" under Övrigt, a question that brings a matter of its own (a question on another's
        // matter raises nothing, and the words alone do not tell the two apart).
        "Xerox Scan_03162026093015.pdf#items",
        // varied66 (minutes from Macs: Word for Mac's and TextEdit's text in Mac OS Roman, one with a
        // classic Mac's CR line ends; TextEdit's RTF; Pages' text with its letters decomposed; Mail
        // 1.3's mail in x-mac-roman), written after reader 268 by a helper who had not read the
        // readers: 206 checks failed when wired in; read whole since reader 269 (Mac OS Roman by its
        // letters or by a mail's charset; Cocoa RTF's paragraphs, each ended by a backslash).
        // varied67 (text files whose encoding broke as archives break it: Windows-1252 paragraphs and
        // UTF-8 ones in one file, both ways; UTF-8 once read as Windows-1252 and saved again, "Ã¤";
        // Latin-9 with its euro sign; UTF-16 without its mark), written after reader 269 by a helper
        // who had not read the readers: the mark-less UTF-16 file was refused as no text (the suite
        // stopped on it), and 196 checks of the other four failed when wired in; read whole since
        // reader 270.
        // varied68 (running documents in Word, LibreOffice and a PDF, a term's or a year's meetings in
        // one file: a heading per meeting newest first, a page per meeting with its table of facts, bold
        // lines between horizontal rules, a Word PDF whose meeting goes on across a page break),
        // written after reader 270 by a helper who had not read the readers: 27 checks of the reading
        // failed when wired in (13 meetings, all found and dated). Read since reader 271: "Ordförande
        // / antecknare<TAB>X / Y" the chair and the scribe; the document's head "X (Perstorp) skriver
        // anteckningarna och Y (Helsingborg) är ordförande, om inget annat står" each meeting's. Since
        // reader 278: "Ordförande i dag: X, eftersom Hjördis var värd och förde anteckningarna." the
        // chair X and the scribe Hjördis; the PDF's "Frånvarande: …" line, as long as a full line,
        // apart from the sentence under it ("Ann-Charlotte var sjuk, så Jonatan ledde mötet.", whose
        // chair is read). Not read yet: "Elvira … presenterade sig … och vill gärna veta hur …" under
        // Övrigt a matter of hers. (The rule "* * *" between two meetings is no bullet since reader
        // 272, so the meeting under it keeps its items.)
        "Minnesanteckningar 2025 familjehemsnatverket.docx#2025-12-02#items",
        // varied69 (minutes kept as pictures: an iPhone's photo of a page askew on a desk, a Samsung's
        // stored sideways with EXIF's orientation, a screenshot of Word with its window, a plain scan
        // as PNG, and two pages scanned into Word, pictures and no text), written after reader 272 by
        // a helper who had not read the readers: none of the five was read (pictures were not
        // minutes; the Word file had no text). Read since reader 273, by OCR after img2pdf has put
        // each on an A4 page (turned as EXIF says, a screenshot's letters enlarged), a page askew
        // turned straight by its lines' slope; the other photo's "Gäst vid § 3: X, …" since reader 274.
        // Not read yet: the photo's grey table of who came, whose rules OCR reads as marks
        // ("Lars-Bertil Fransson ST [Åstorp", "FS Ekvall"); "Maricela Ortega berättade att Perstorp
        // redan följer den rutinen." after the guest's matter, a reaction, read as a raiser.
        "IMG_4127.JPG#header", "minnesanteckningar_inskannade.docx#items",
        // varied3: read otherwise by choice since reader 245, as seven files of later rounds read it:
        // "Alice berättade att Landskrona har tre yngre personer som …" after Tage "tog upp" the matter
        // tells how it is in her kommun, no matter of her own.
        "demens_beslut_sist.txt#items",
        // word97: varied49–51's Word and OpenDocument files as LibreOffice saves them as Word 97 files,
        // read through antiword's DocBook since reader 238 (76 checks failed through its plain text, 35
        // since), the page's head and foot through wvWare since reader 240, a heading's parts ("###"
        // under the items' "##") its item's since reader 243. Not read yet: a table laying
        // out the page with a table in its cell; a heading right after a list, which LibreOffice saves as that list's entry or a plain
        // paragraph; a heading's number its style gives.
        "anhorigstod_mall_tabeller.doc#header", "beroende_libreoffice_paragrafer.doc#header",
        "ekonomiskt_bistand_fetstil_textruta.doc#items",
        "familjehem_paragrafer_kommentar.doc#items",
        "socialpsykiatri_textruta_fetstil.doc#items",
        // varied71 (minutes as their writers type them: without å, ä and ö; in abbreviations; all in
        // lower case on a phone; dictated; who said what as initials in parentheses; a running file
        // with short dates), written after reader 280 by a helper who had not read the reader: 74
        // checks failed when wired in (two meetings of the running file not found). Read since reader
        // 281: "Ordf:", "Adj:" (a guest for "(p. 3)"), "p. 1 Öppn. o. dagordn." an item, "Besl:" a
        // decision, "Möte 24-02-06" a date, "NÄTVERKET FÖR FLYKTINGMOTTAGNING – minnesant. 2024" the
        // network, "Nadeem Aslam, Arbetsförm. Hbg" one person. Read otherwise by choice: a title's
        // last full stop is dropped ("Övr." is "Övr"); the network and place of minutes typed without
        // å, ä and ö are as written ("Hoganas", which search folds alike). Not read yet: a
        // dictation's "Punkt två …" items, its "Beslut" without a colon and who came in a sentence
        // without commas. Since reader 282 the items of the file typed without å, ä and ö:
        // "berattade", "fragade", "Ovriga fragor" as they are with them. Since reader 283 the file of
        // initials: its key under "Deltagare – initialerna används i texten nedan:", and who said
        // what by the initials closing each sentence ("… (NW)."). Since reader 284 the phone note in
        // lower case ("torvid håkansson (klippan, ordf) / …").
        "Minnesanteckningar natverket 19 nov.txt#header",
        "Minnesant DV-nätverket 12 mars.docx#items",
        "Anteckningar från nätverksträffen.eml#header", "Anteckningar från nätverksträffen.eml#items",
        "Flyktingnätverket 2024.txt#2024-02-06#items",
        // varied72 (habits earlier sets did not have: decisions marked by a yellow highlight alone, those
        // away struck through in the invitation's list, "Närvarande: alla utom Båstad och Svalöv"
        // under the year's members, "Medskick:" lines, a coordinator who chairs and writes in the
        // first person, a reporter's "– …, sa Tjalve Roos"), written after reader 284 by a helper who
        // had not read the reader: 48 checks failed when wired in. Read since reader 285: "Beslut är
        // gulmarkerade." no guest, "Mötesledare och antecknare:" one person's two roles, "Jag
        // påminde om …" under "## 5. Övrigt" the writer's matter. Read otherwise by choice: a
        // meeting on Teams has the place "digital" or "Teams" ("Digitalt via Teams"). Not read yet:
        // a highlight, a reporter's quotations. Since reader 286 the running file's "Närvarande: alla
        // utom …" under "Nätverkets medlemmar 2026"; since reader 287 the names struck through in the
        // OpenDocument file's "Kallade:" list.
        "Barngruppsledare 23 januari.htm#header",
        "Minnesanteckningar nätverksträff 12 maj.eml#items",
        "Minnesanteckningar stödfamiljer 10 mars.docx#items",
    ]

    /// Runs check, as a known issue when the reader does not read that part of file right yet.
    static func check(_ file: String, _ part: String, _ check: () throws -> Void) rethrows {
        if notYetRead.contains(file + "#" + part) { withKnownIssue { try check() } } else { try check() }
    }

    static func meeting(_ file: String) -> Meeting? {
        folders.lazy.compactMap { $0.meetings[file] }.first
    }

}

/// Whether the item titled title, with text, is the one whose title has words. An item with a heading
/// must have them in its title. An item without one (a bullet) is titled by the start of its own text,
/// cut short ("LVU: kort genomgång av en dom …" → "LVU"; a long first sentence → its first words and
/// "…"), so for it the words may be anywhere in that text.
func titleHas(_ words: String, title: String, text: String) -> Bool {
    if title.localizedCaseInsensitiveContains(words) { return true }
    let titledByItsText = !title.isEmpty && text.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title)
    return titledByItsText && text.localizedCaseInsensitiveContains(words)
}

@Suite struct FixtureReadingTests {
    /// The cases below are as many as expected.json has: it must not be empty, and cover every fixture.
    @Test func everyFixtureHasAnExpectedReading() {
        for folder in Fixtures.folders {
            #expect(!folder.expected.isEmpty)
            #expect(Set(folder.expected.map(\.file)) == Set(folder.meetings.keys))
        }
    }

    @Test(arguments: Fixtures.expected)
    func headerIsReadAsACarefulReaderWould(expected: ExpectedMeeting) throws {
        try Fixtures.check(expected.file, "header") { try header(expected) }
    }

    func header(_ expected: ExpectedMeeting) throws {
        let meeting = try #require(Fixtures.meeting(expected.file))
        #expect(meeting.date == expected.date)
        #expect(meeting.dateAsWritten == expected.dateAsWritten)
        #expect(meeting.network == expected.network)
        #expect(meeting.place == expected.place)
        #expect(meeting.attendees.map(\.name) == expected.attendees)
        #expect(meeting.guests.map(\.name) == expected.guests)
        #expect(meeting.absent.map(\.name) == expected.absent)
        #expect(meeting.chairs.map(\.name) == expected.chairs)
        #expect(meeting.scribe?.name == expected.scribe)
    }

    @Test(arguments: Fixtures.expected)
    func itemsRaisersAndDecisions(expected: ExpectedMeeting) throws {
        try Fixtures.check(expected.file, "items") { try items(expected) }
    }

    func items(_ expected: ExpectedMeeting) throws {
        let meeting = try #require(Fixtures.meeting(expected.file))
        #expect(meeting.items.count == expected.items.count, "items: \(meeting.items.map(\.title))")
        for (item, wanted) in zip(meeting.items, expected.items) {
            #expect(titleHas(wanted.titleContains, title: item.title, text: item.text),
                "\(item.title) ∌ \(wanted.titleContains)")
            if let title = wanted.title { #expect(item.title == title) }
            for statement in wanted.statements ?? [] {
                #expect(!statement.contains.isEmpty, "\(item.title): an empty phrase proves nothing")
                let said = item.raisedBy.first { $0.name == statement.by }?.statement ?? ""
                #expect(said.contains(statement.contains), "\(item.title): \(statement.by) said \"\(said)\"")
            }
            #expect(item.raisedBy.compactMap(\.name) == wanted.raisedBy, "\(item.title): \(item.raisedBy)")
            if let ambiguous = wanted.ambiguousRaiser {
                #expect(item.raisedBy.first?.candidates.sorted() == ambiguous.sorted(), "\(item.title)")
            }
            if let decision = wanted.decisionContains {
                #expect(item.decisions.contains { $0.contains(decision) }, "\(item.title): \(item.decisions)")
            } else {
                #expect(item.decisions.isEmpty, "\(item.title): \(item.decisions)")
            }
        }
    }
}
