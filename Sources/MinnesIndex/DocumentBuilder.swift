import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// Makes one meeting's Xapian documents: one for the meeting (header and attendance) and one per
/// agenda item, each carrying the meeting's fields as boolean terms and values (docs/INDEX.md).
/// Away from the database, on any one thread at a time (`Indexer` makes them on every core).
struct DocumentBuilder {
    let analyzer: Analyzer
    let people: PeopleRegister

    /// A document and the id term it replaces any document of: a meeting's. An item has none (a term of
    /// its own on each was a fiftieth of the index); it takes the place of one of its file's documents.
    struct Built {
        let id: String?
        let document: Document
    }

    func documents(for meeting: Meeting) throws -> [Built] {
        var built: [Built] = []
        defer { try? analyzer.finish() }
        let meetingID = Schema.meetingID(file: meeting.file)
        var meeting = meeting
        meeting.id = meetingID
        let document = try common(
            meeting, kind: .meeting, people: meeting.present,
            kommuner: Set(meeting.present.compactMap(\.municipality)))
        // Each item is stored once, as its own document's data: `Searcher` joins a meeting's again.
        var header = meeting
        header.items = []
        try document.setData(String(decoding: try StoredJSON.encode(header), as: UTF8.self))
        try document.addValue(String(decoding: try StoredJSON.encode(StoredHeader(meeting)), as: UTF8.self), slot: Schema.headerSlot)
        try analyzer.index(meeting.title, prefix: Schema.title.prefix!)
        // What the minutes write, not what Minnes inferred (a kommun from other minutes, a network).
        for text in [meeting.title, meeting.notes] { try analyzer.index(text) }
        built.append(Built(id: Schema.term(Schema.idPrefix, meetingID), document: document))

        for item in meeting.items {
            let id = "\(meetingID).\(item.position)"
            let raisers = item.raisedBy.compactMap(\.person)
            // An item is about the kommuner it names and those of its raisers, not of everyone present.
            // It holds no person terms: `person:` finds it through its meeting's term (`Searcher.attendance`).
            let document = try common(
                meeting, kind: .item, people: [],
                kommuner: Self.kommuner(in: item.title + " " + item.text).union(raisers.compactMap(\.municipality)))
            for raiser in raisers {
                try document.addBooleanTerm(Schema.term(Schema.raiser, canonicalName(raiser)))
            }
            let stored = StoredItem(id: id, item: item)
            try document.setData(String(decoding: try StoredJSON.encode(stored), as: UTF8.self))
            try analyzer.index(item.title, prefix: Schema.title.prefix!)
            try analyzer.index(item.title)
            try analyzer.index(item.text)
            for decision in item.decisions { try analyzer.index(decision, prefix: Schema.decision.prefix!) }
            for decision in item.decisionsApart { try analyzer.index(decision) }
            built.append(Built(id: nil, document: document))
        }
        // (A meeting's id term is added as it is written by it: the same id for the same file.)
        for made in built { try made.document.addDigest(slot: Schema.digestSlot) }
        return built
    }

    /// The register's name for a person, so every spelling files under one term.
    private func canonicalName(_ person: Person) -> String {
        people.entry(named: person.name)?.name ?? person.name
    }

    /// A document with the terms and values every document of the meeting shares.
    /// The kommuner a text names, in any case and as genitive ("Helsingborgs").
    static func kommuner(in text: String) -> Set<String> {
        Set(Folding.words(in: text, digits: false).compactMap { word in
            guard word.first?.isUppercase == true else { return nil }  // names are capitalised
            return Municipality.named(word) ?? (word.hasSuffix("s") ? Municipality.named(word.dropLast()) : nil)
        })
    }

    private func common(
        _ meeting: Meeting, kind: DocumentKind, people: [Person], kommuner: Set<String>
    ) throws -> Document {
        let document = try Document()
        try analyzer.start(document)
        try document.addBooleanTerm(Schema.meetingTerm(meeting))
        if kind == .meeting { try document.addBooleanTerm(Schema.term(Schema.kind, kind.rawValue)) }
        try document.addValue(Schema.meetingID(file: meeting.file), slot: Schema.meetingSlot)
        if let network = meeting.network {
            try document.addBooleanTerm(Schema.term(Schema.network, network))
        }
        if let date = meeting.date {
            try document.addValue(date.replacingOccurrences(of: "-", with: ""), slot: Schema.dateSlot)
            if let month = Int(date.dropFirst(5).prefix(2)) {
                try document.addBooleanTerm(Schema.quarterTerm(year: date.prefix(4), quarter: (month - 1) / 3 + 1))
            }
        }
        for person in people {
            try document.addBooleanTerm(Schema.term(Schema.person, canonicalName(person)))
        }
        for kommun in kommuner {
            try document.addBooleanTerm(Schema.term(Schema.municipality, kommun))
        }
        return document
    }
}

extension AgendaItem {
    /// The decisions its text does not hold (a closing list of decisions by item): text of the item's
    /// document too, as a field's phrase is matched in the text.
    var decisionsApart: [String] {
        guard !decisions.isEmpty else { return [] }
        let text = Self.spaced(self.text)
        return decisions.filter { !text.holds(Self.spaced($0)) }
    }

    /// Words apart by one space: lines joined as a decision read over them is.
    private static func spaced(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}

extension Meeting {
    /// Every text its documents index: what a change of the synonyms or of the word lists is looked
    /// for in.
    var indexedTexts: [String] {
        [title, notes] + items.flatMap { [$0.title, $0.text] + $0.decisionsApart }
    }
}
