/// A person as the minutes name them at one meeting.
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    /// The small words of names written in lower case ("Ebba von Platen", "Lotta af Klint").
    public static let nameParticles: Set<String> = ["von", "af", "av", "de", "van", "der", "den", "la", "le", "da", "di", "du", "el", "al", "bin"]
    /// A name with each word that begins in lower case capitalised, each part of a double name too
    /// ("anna-karin" → "Anna-Karin"), but for a particle after its first word ("Quinten de Waal").
    public static func capitalised(_ name: String) -> String {
        name.wordsApartBySpaces().enumerated().map { index, word in
            guard word.first?.isLowercase == true, index == 0 || !nameParticles.contains(String(word)) else { return String(word) }
            return word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }
    /// The kommun the person represents at that meeting, when known.
    @Nullable public var municipality: String?
    /// planeringsledare, kommunikatör, verksamhetschef… when given.
    @Nullable public var role: String?

    public init(name: String, municipality: String? = nil, role: String? = nil) {
        (self.name, self.municipality, self.role) = (name, municipality, role)
    }
}

/// Who brought an agenda item up, as far as the minutes tell.
public struct Raiser: Codable, Sendable, Hashable {
    /// The person, or nil when the words name no one certain (see `candidates`).
    public var person: Person?
    /// The words that say so ("Fråga från Christin", "Svalöv efterfrågar").
    public var evidence: String
    /// Set when a kommun, not a person, is named as raiser: the kommun.
    public var viaMunicipality: String?
    /// Set when a role in that kommun was named ("IFO-chefen i Bjuv"): the role as written.
    public var viaRole: String?
    /// Everyone the name could mean, when it stays ambiguous.
    public var candidates: [String]
    /// What they said: the sentences of the item that are theirs, from the one that names them to
    /// the next raiser's.
    public var statement: String

    public init(
        person: Person?, evidence: String, viaMunicipality: String? = nil, viaRole: String? = nil, candidates: [String] = [],
        statement: String = ""
    ) {
        (self.person, self.evidence, self.viaMunicipality, self.candidates) = (person, evidence, viaMunicipality, candidates)
        self.viaRole = viaRole
        self.statement = statement
    }

    public var name: String? { person?.name }

    enum CodingKeys: String, CodingKey { case name, municipality, role, evidence, viaMunicipality, viaRole, candidates, statement }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let name = try container.decodeIfPresent(String.self, forKey: .name) {
            person = Person(
                name: name, municipality: try container.decodeIfPresent(String.self, forKey: .municipality),
                role: try container.decodeIfPresent(String.self, forKey: .role))
        }
        evidence = try container.decode(String.self, forKey: .evidence)
        viaMunicipality = try container.decodeIfPresent(String.self, forKey: .viaMunicipality)
        viaRole = try container.decodeIfPresent(String.self, forKey: .viaRole)
        candidates = try container.decodeIfPresent([String].self, forKey: .candidates) ?? []
        statement = try container.decodeIfPresent(String.self, forKey: .statement) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNullable(person?.name, forKey: .name)
        try container.encodeNullable(person?.municipality, forKey: .municipality)
        try container.encodeNullable(person?.role, forKey: .role)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeNullable(viaMunicipality, forKey: .viaMunicipality)
        try container.encodeNullable(viaRole, forKey: .viaRole)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(statement, forKey: .statement)
    }
}

public struct AgendaItem: Codable, Sendable, Hashable {
    /// 1-based position in the minutes.
    public var position: Int
    /// Its number as the minutes write it ("§ 8", "3.1", "IV"), when they number it.
    @Nullable public var number: String?
    public var title: String
    /// The heading a bullet item stands under ("Övrigt"), when it does.
    @Nullable public var section: String?
    public var text: String
    public var raisedBy: [Raiser]
    public var decisions: [String]

    public init(
        position: Int, title: String, section: String? = nil, text: String, raisedBy: [Raiser] = [],
        decisions: [String] = []
    ) {
        (self.position, self.title, self.section, self.text) = (position, title, section, text)
        (self.raisedBy, self.decisions) = (raisedBy, decisions)
    }
}

/// The next meeting, as minutes announce it.
public struct NextMeeting: Codable, Sendable, Hashable {
    public var date: String
    @Nullable public var place: String?

    public init(date: String, place: String? = nil) { (self.date, self.place) = (date, place) }
}

/// One meeting as read from one file of minutes.
public struct Meeting: Codable, Sendable, Hashable {
    /// Minnes's id for the meeting, once indexed (`minnes show ID`).
    @Nullable public var id: String?
    /// Path of the minutes, relative to the corpus.
    public var file: String
    /// What the file is: `text`, `docx`, `odt`, `pdf`, `doc`, `rtf` (by its content).
    @Nullable public var format: String?
    public var title: String
    /// The meeting's date (`YYYY-MM-DD`): as written, unless the minutes' own evidence contradicts it.
    @Nullable public var date: String?
    /// The date as the minutes write it, when Minnes reads another (see `dateNote`).
    @Nullable public var dateAsWritten: String?
    /// Why `date` differs from `dateAsWritten`, or where a field was inferred from.
    @Nullable public var dateNote: String?
    /// `IFO`, `Socialchef`, another network's own name, or nil.
    @Nullable public var network: String?
    @Nullable public var place: String?
    public var attendees: [Person]
    public var guests: [Person]
    public var absent: [Person]
    public var chairs: [Person]
    @Nullable public var scribe: Person?
    public var items: [AgendaItem]
    /// The text outside the agenda items: the header as written, a preamble, the signature; all of a
    /// text that has no items (a letter).
    public var notes: String
    /// The next meeting the minutes announce, when they do.
    @Nullable public var nextMeeting: NextMeeting?

    public init(
        file: String, title: String, date: String? = nil, dateAsWritten: String? = nil, dateNote: String? = nil,
        network: String? = nil, place: String? = nil, attendees: [Person] = [], guests: [Person] = [],
        absent: [Person] = [], chairs: [Person] = [], scribe: Person? = nil, items: [AgendaItem] = [],
        notes: String = ""
    ) {
        (self.file, self.title, self.date, self.dateAsWritten, self.dateNote) = (file, title, date, dateAsWritten, dateNote)
        (self.network, self.place, self.attendees, self.guests) = (network, place, attendees, guests)
        (self.absent, self.chairs, self.scribe, self.items, self.notes) = (absent, chairs, scribe, items, notes)
    }

    /// Everyone the minutes list as taking part: attendees and guests.
    public var present: [Person] { attendees + guests }

    /// The meeting without its text (items and notes): who, when, where. All the people register and
    /// the inference of networks and places read, so a corpus's kept meetings need not be decoded whole.
    public var header: Meeting {
        var header = self
        (header.items, header.notes) = ([], "")
        return header
    }

    /// Everyone named in the header: present, absent, chairs, scribe.
    public var listed: [Person] { attendees + guests + absent + chairs + (scribe.map { [$0] } ?? []) }
}
