import Foundation
import MinnesAPI
import MinnesNormalise
import MinnesParse

/// A field of the query language: how it is written in a query, where it lives in Xapian, and how
/// it may be used. `Schema.fields` is the one table the indexer, the query parser, the filters, the
/// facets and `minnes help search` read (notmuch's `prefix_table` does the same).
public struct Field: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Free text under a prefix, stemmed like the body (`title:Medelpunkten`).
        case text
        /// An exact term per value, for filtering and counting (`kommun:Bjuv`).
        case boolean
        /// A value slot, for ranges and sorting (`date:2020-01..2020-06`).
        case range
    }

    /// How a filter's value becomes the term's value.
    enum Value: Sendable {
        /// A person, through the people register, any spelling (`Filippa Kurve`).
        case person
        /// A kommun, any way it is written (`Engelholm`, `Hbg`).
        case municipality
        case network
        case year
        case date
        /// Folded, spaces as `_`.
        case folded
    }

    /// The name written in queries.
    public let name: String
    /// Other names for it (Swedish or English).
    public let aliases: [String]
    /// The Xapian term prefix, or nil for a range over a value slot.
    public let prefix: String?
    public let kind: Kind
    /// The value slot of a range field.
    public let slot: UInt32?
    /// The key under which the facets count it, when they do.
    public let facet: String?
    /// An example as a user writes it, for the help.
    public let example: String
    /// One line for `minnes help search`.
    public let help: String
    let value: Value

    /// Every name the query parser knows the field by.
    public var names: [String] { [name] + aliases }
}

/// How minutes are laid out in Xapian: the query language's fields, and the terms, values and
/// metadata only Minnes itself reads. docs/INDEX.md shows the same table for people who open the
/// index with xapian-delve or quest.
public enum Schema {
    public static let language = "swedish"

    /// The query language's fields; every row is indexed (DocumentBuilder), parsed (Searcher),
    /// rewritten (QueryFilters), counted when it has a facet (Facets) and shown in the help.
    public static let fields: [Field] = [
        Field(
            name: "person", aliases: ["vem"], prefix: "XP", kind: .boolean, slot: nil, facet: nil,
            example: #"person:"Filippa Kurve""#, help: "present at the meeting or raised the item, any spelling; one name alone (Kurdve, Marie): anyone so named",
            value: .person),
        Field(
            name: "raised", aliases: ["lyft"], prefix: "XR", kind: .boolean, slot: nil, facet: "person",
            example: "raised:Christin", help: "raised the item, any spelling; one name alone: anyone so named", value: .person),
        Field(
            name: "kommun", aliases: ["municipality"], prefix: "XK", kind: .boolean, slot: nil, facet: "kommun",
            example: "kommun:Engelholm", help: "named in the item, or someone raising or present represented it",
            value: .municipality),
        Field(
            name: "network", aliases: ["nätverk"], prefix: "XN", kind: .boolean, slot: nil, facet: "network",
            example: "network:IFO", help: "IFO or Socialchef", value: .network),
        // A year is its quarters' terms (`Searcher.parser`): a term of its own on every document was
        // a two-hundredth of the index.
        Field(
            name: "year", aliases: ["år"], prefix: "XQ", kind: .boolean, slot: nil, facet: "year",
            example: "year:2020", help: "the meeting's year", value: .year),
        Field(
            name: "date", aliases: ["datum"], prefix: nil, kind: .range, slot: 0, facet: nil,
            example: "date:2020-05",
            help: "also 2020, 2020-05-15, 2020-01-01..2020-06-30, ..2020-06-30 and 2021-01-01..", value: .date),
        // Only meetings hold their kind's term: an item is a document without it (`Searcher.parser`).
        Field(
            name: "kind", aliases: ["typ"], prefix: "XT", kind: .boolean, slot: nil, facet: nil,
            example: "kind:meeting", help: "item (an agenda item) or meeting (a meeting's header and notes)",
            value: .folded),
        Field(
            name: "decision", aliases: ["beslut"], prefix: "XD", kind: .text, slot: nil, facet: nil,
            example: "decision:anta", help: "in the item's decisions only", value: .folded),
        Field(
            name: "title", aliases: ["rubrik"], prefix: "S", kind: .text, slot: nil, facet: nil,
            example: "title:Medelpunkten", help: "in titles only", value: .folded),
    ]

    public static func field(_ name: String) -> Field {
        guard let field = fields.first(where: { $0.name == name }) else { preconditionFailure("no field \(name)") }
        return field
    }

    /// The FILTERS part of `minnes help search`, from the table.
    public static var filterHelp: String {
        fields.map { field in
            let aliases = field.aliases.map { $0 + ":" }.joined(separator: " ")
            return "  " + field.example.padding(toLength: 24, withPad: " ", startingAt: 0) + " "
                + aliases.padding(toLength: 15, withPad: " ", startingAt: 0) + " " + field.help
        }.joined(separator: "\n")
    }

    static let person = field("person"), raiser = field("raised"), municipality = field("kommun")
    static let network = field("network"), year = field("year"), date = field("date"), kind = field("kind")
    static let decision = field("decision"), title = field("title")

    /// A meeting document's Minnes id (`m1a2b3c4d5e6`, of its file): unique, so a re-index replaces it,
    /// and what `show` looks a meeting up by. (Its third item is `m1a2b3c4d5e6.3`, a term of none.)
    static let idPrefix = "Q"
    /// The meeting a document belongs to, of its file, date and title (boolean): another archive's file
    /// of the same name is another meeting. `person:` reaches a meeting's items through it, and the
    /// indexer a file's documents (`Database.documents(ofFile:)`): in one database a file is one meeting.
    static let meetingPrefix = "XM"
    static func meetingTerm(_ meeting: Meeting) -> String {
        let hash = sha256(Data([meeting.file, meeting.date ?? "", meeting.title].joined(separator: "\u{1F}").utf8))
        // 48 bits as 8 characters of URL-safe base64, not 12 of hex: a term on every document.
        return meetingPrefix + Data(hash.prefix(6)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
    /// Snowball's stems (Xapian's own prefix for them) of the words written with å/ä/ö/é… (Analyzer);
    /// under it and a field's prefix, the key a query's expansion gets that field's words of a stem by.
    static let stemPrefix = "Z"
    /// Folded stems, with positions (Analyzer).
    static let foldedPrefix = "XF"
    /// Stems of compound parts, and their folded stems when folding changes them (Analyzer).
    static let partPrefix = "XC"
    /// Lemmas from the Swedish dictionary, without positions (Analyzer).
    static let lemmaPrefix = "XL"
    /// Not a layer: the key under which a query's expansion gets the index's stems of the words written
    /// with å, ä, ö, é … that fold onto a word's folded stem, which a query typed without them searches
    /// ("vald" finds "våld", while "villa" does not find "vill", whose stem folds alike).
    static let dottedPrefix = "XA"
    /// Not a layer: the key under which a query's expansion gets the index's words, written without
    /// dots and unknown to the dictionary, of a word's folded stem, which a query typed with dots
    /// searches ("Frågan" finds "Fragan", which may have lost its dots).
    static let undottedPrefix = "XU"
    /// A synonym group or a person whose expression occurs in the text (`XShelsingborg`, `XSp_sanna_lof`).
    static let groupPrefix = "XS"
    /// The meeting's quarter (`XQ2020Q4`), for timelines and `year:`.
    static let quarterPrefix = year.prefix!
    static func quarterTerm(year: some StringProtocol, quarter: Int) -> String { "\(quarterPrefix)\(year)Q\(quarter)" }

    /// `YYYYMMDD`, for date ranges and sorting.
    static let dateSlot: UInt32 = date.slot!
    /// The meeting's id: the key that groups a meeting's items.
    static let meetingSlot: UInt32 = 1
    /// A meeting document's `StoredHeader` (JSON): what its items' results show of it.
    static let headerSlot: UInt32 = 2
    /// A digest of all else a document holds (`Document.addDigest`): an update writes again only
    /// the documents of a changed file that differ from those the index holds.
    static let digestSlot: UInt32 = 3

    /// Metadata key holding the hash of every indexed file's reading (see `Manifest`).
    static let manifestKey = "minnes.manifest"
    /// Metadata key holding the people register (`KeptRegister`), for `minnes people` (searches read `peopleNamesKey`).
    static let peopleKey = "minnes.people"
    /// The register of names only (`PeopleRegister.names`), which searches decode.
    static let peopleNamesKey = "minnes.people.names"
    /// Metadata key holding the archive's name (`minnes index --archive`), which ids carry when several
    /// archives are searched as one.
    static let archiveKey = "minnes.archive"
    /// Metadata key holding the synonym table as `term<TAB>phrase` lines: a remote database does not
    /// lend its synonym table, so its clients read them here.
    static let synonymsKey = "minnes.synonyms"
    /// Metadata key naming the dictionary that made the lemmas (`Lexicon.identity`), or "none".
    static let dictionaryKey = "minnes.dictionary"

    /// Xapian terms hold at most 245 bytes; long values are named by their hash instead.
    static func term(_ prefix: String, _ value: String) -> String {
        let term = prefix + value
        return term.utf8.count <= 240 ? term : prefix + "#" + sha256Hex(utf8: value)
    }

    /// A boolean field's term for a value as Minnes keeps it (a canonical name, a kommun, a network).
    static func term(_ field: Field, _ value: String) -> String {
        term(field.prefix!, field.value == .network ? networkCode(value) : key(value))
    }

    /// `IFO`, `Socialchef` (also "socialchefer", "Socialchefs nätverket"), or another network as written.
    static func networkKey(_ value: String) -> String {
        let key = key(value)
        if key.hasPrefix("socialchef") { return "socialchef" }
        if key.hasPrefix("ifo") { return "ifo" }
        return key
    }

    /// What a network's term holds: 30 bits of its key's hash in 6 characters, not its long name on
    /// every document (a hundredth of the index). The facets name it from a meeting that holds it.
    static func networkCode(_ value: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        let bits = sha256(Data(networkKey(value).utf8)).prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return String((0..<6).map { alphabet[Int(bits >> (27 - 5 * $0)) & 31] })
    }

    /// Folded, with `_` for spaces: how a boolean term holds a name.
    static func key(_ value: String) -> String {
        Folding.key(value).replacingOccurrences(of: " ", with: "_")
    }

    /// A short, stable id for the meeting read from file: 48 bits, so that even a million files
    /// are unlikely to share one (32 bits gave even odds of a shared id at about 77,000 files).
    public static func meetingID(file: String) -> String {
        "m" + sha256Hex(utf8: file, digits: 12)
    }
}
