import Foundation
import MinnesNormalise
import MinnesParse
import Xapian

/// Writes one meeting as Xapian documents: one for the meeting (header and attendance) and one per
/// agenda item, each carrying the meeting's fields as boolean terms and values (ARCHITECTURE.md).
struct DocumentWriter {
    let database: WritableDatabase
    let analyzer: Analyzer
    let people: PeopleRegister

    func add(_ meeting: Meeting) throws {
        let meetingID = Schema.meetingID(file: meeting.file)
        let document = try common(meeting, kind: .meeting, id: meetingID, people: meeting.present)
        try document.setData(String(decoding: try JSONEncoder().encode(meeting), as: UTF8.self))
        try analyzer.index(meeting.title, prefix: Schema.titlePrefix)
        for text in [meeting.title, meeting.summary, meeting.notes] { try analyzer.index(text) }
        try database.replaceDocument(uniqueTerm: Schema.term(Schema.idPrefix, meeting.file), with: document)

        for item in meeting.items {
            let id = "\(meetingID).\(item.position)"
            let raisers = item.raisedBy.compactMap(\.person)
            let document = try common(meeting, kind: .item, id: id, people: meeting.present + raisers)
            for raiser in raisers {
                try document.addBooleanTerm(Schema.personTerm(Schema.raiserPrefix, canonicalName(raiser)))
            }
            let stored = StoredItem(
                id: id, meeting: meetingID, file: meeting.file, date: meeting.date, network: meeting.network,
                meetingTitle: meeting.title, item: item)
            try document.setData(String(decoding: try JSONEncoder().encode(stored), as: UTF8.self))
            try analyzer.index(item.title, prefix: Schema.titlePrefix)
            try analyzer.index(item.title)
            try analyzer.index(item.text)
            for decision in item.decisions { try analyzer.index(decision, prefix: Schema.decisionPrefix) }
            try database.replaceDocument(
                uniqueTerm: Schema.term(Schema.idPrefix, "\(meeting.file)#\(item.position)"), with: document)
        }
    }

    /// The register's name for a person, so every spelling files under one term.
    private func canonicalName(_ person: Person) -> String {
        people.entry(named: person.name)?.name ?? person.name
    }

    /// A document with the terms and values every document of the meeting shares.
    private func common(_ meeting: Meeting, kind: DocumentKind, id: String, people: [Person]) throws -> Document {
        let document = try Document()
        try analyzer.start(document)
        try document.addBooleanTerm(Schema.term(Schema.filePrefix, meeting.file))
        try document.addBooleanTerm(Schema.kindPrefix + kind.rawValue)
        try document.addBooleanTerm(Schema.term(Schema.minnesIDPrefix, id))
        try document.addValue(Schema.meetingID(file: meeting.file), slot: Schema.meetingSlot)
        if let network = meeting.network {
            try document.addBooleanTerm(Schema.term(Schema.networkPrefix, Folding.key(network)))
        }
        if let date = meeting.date {
            try document.addValue(date.replacingOccurrences(of: "-", with: ""), slot: Schema.dateSlot)
            try document.addBooleanTerm(Schema.yearPrefix + date.prefix(4))
        }
        for person in people {
            try document.addBooleanTerm(Schema.personTerm(Schema.personPrefix, canonicalName(person)))
            if let municipality = person.municipality {
                try document.addBooleanTerm(Schema.term(Schema.municipalityPrefix, Folding.key(municipality)))
            }
        }
        return document
    }
}

extension Meeting {
    /// The header as text: what a search for a person, place or network finds the meeting by.
    public var summary: String {
        func names(_ people: [Person]) -> String {
            people.map { person in person.municipality.map { "\(person.name) (\($0))" } ?? person.name }
                .joined(separator: ", ")
        }
        var lines: [String] = []
        if let network { lines.append("Nätverk: \(network)") }
        if let place { lines.append("Plats: \(place)") }
        if !attendees.isEmpty { lines.append("Närvarande: \(names(attendees))") }
        if !guests.isEmpty { lines.append("Gäster: \(names(guests))") }
        if !absent.isEmpty { lines.append("Frånvarande: \(names(absent))") }
        if !chairs.isEmpty { lines.append("Ordförande: \(names(chairs))") }
        if let scribe { lines.append("Antecknat av: \(scribe.name)") }
        return lines.joined(separator: "\n")
    }
}
