import Foundation
import MinnesParse

/// A user's corrections to how Minnes reads one file of minutes, kept beside it as
/// `NAME.minnes.json` so the minutes themselves are never touched. Every field is optional; the ones
/// given replace what Minnes read. People are written as in minutes: `"Namn (Kommun)"`,
/// `"Namn (ordf., Kommun)"`, `"Namn, Kommun"`.
///
///     {"date": "2020-12-04", "network": "IFO", "place": "Teams",
///      "attendees": ["Anna Berg (Bjuv)"], "scribe": "Anna Berg"}
///
/// A file that holds several meetings (a running document's, an e-mail's parts) names each by what
/// follows its file's name in the meeting's (`löpande.docx#2026-03-11` → `"2026-03-11"`), under
/// `"meetings"`; the fields outside it are every meeting's:
///
///     {"network": "IFO", "meetings": {"2026-03-11": {"place": "Bjuv"}}}
public struct MeetingOverride: Equatable {
    public static let fields = ["title", "date", "network", "place", "attendees", "guests", "absent", "chairs", "scribe", "meetings"]
    /// Bounds that keep validation linear and small: a real override is a few hundred bytes.
    public static let maxSize = 64 * 1024
    static let maxNameLength = 120

    var title: String?
    var date: String?
    var network: String?
    var place: String?
    var attendees: [Person]?
    var guests: [Person]?
    var absent: [Person]?
    var chairs: [Person]?
    var scribe: Person?
    /// Each meeting's own, by what follows its file's name.
    var meetings: [String: MeetingOverride] = [:]
    /// The meetings it names, by what follows their file's name.
    public var meetingsNamed: [String] { Array(meetings.keys) }

    /// Decodes and validates an override; the error names what is wrong.
    public static func decode(_ data: Data) throws(OverrideError) -> MeetingOverride {
        guard data.count <= maxSize else { throw .tooLarge }
        guard let object = try? JSONSerialization.jsonObject(with: data), let fields = object as? [String: Any] else {
            throw .notAnObject
        }
        return try decode(fields)
    }

    /// (`of`: the meeting whose fields these are, none for the file's.)
    static func decode(_ fields: [String: Any], of part: String? = nil) throws(OverrideError) -> MeetingOverride {
        if let unknown = fields.keys.sorted().first(where: { !Self.fields.contains($0) || part != nil && $0 == "meetings" }) {
            throw .unknownField(part.map { "meetings.\($0).\(unknown)" } ?? unknown)
        }
        var override = MeetingOverride()
        if let value = fields["meetings"] {
            guard let parts = value as? [String: Any] else { throw .wrongType("meetings", "an object of meetings by what follows their file's name") }
            for (name, value) in parts {
                guard let meeting = value as? [String: Any] else { throw .wrongType("meetings.\(name)", "an object of fields") }
                override.meetings[name] = try decode(meeting, of: name)
            }
        }
        func string(_ key: String) throws(OverrideError) -> String? {
            guard let value = fields[key] else { return nil }
            guard let text = value as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .wrongType(key, "a non-empty string")
            }
            return text
        }
        func person(_ text: String, _ key: String) throws(OverrideError) -> Person {
            guard text.count <= maxNameLength, let person = MinutesReader.person(from: text) else {
                throw .notAPerson(key, String(text.prefix(maxNameLength)))
            }
            return person
        }
        func people(_ key: String) throws(OverrideError) -> [Person]? {
            guard let value = fields[key] else { return nil }
            guard let texts = value as? [String] else { throw .wrongType(key, "a list of names") }
            var people: [Person] = []
            for text in texts { people.append(try person(text, key)) }
            return people
        }
        if let date = try string("date") {
            guard Self.isCalendarDate(date) else {
                throw .badDate(date)
            }
            override.date = date
        }
        override.title = try string("title")
        override.network = try string("network")
        override.place = try string("place")
        override.attendees = try people("attendees")
        override.guests = try people("guests")
        override.absent = try people("absent")
        override.chairs = try people("chairs")
        if let scribe = try string("scribe") { override.scribe = try person(scribe, "scribe") }
        return override
    }

    public func applied(to meeting: Meeting) -> Meeting {
        let own = meetings.first { meeting.file.hasSuffix("#" + $0.key) }?.value
        return own.map { $0.applied(to: fields(of: meeting)) } ?? fields(of: meeting)
    }

    /// The meeting with these fields (not its own under "meetings").
    func fields(of meeting: Meeting) -> Meeting {
        var meeting = meeting
        if let date, date != meeting.date {
            meeting.dateAsWritten = meeting.dateAsWritten ?? meeting.date
            meeting.dateNote = "set by the override file"
            meeting.date = date
        }
        meeting.title = title ?? meeting.title
        meeting.network = network ?? meeting.network
        meeting.place = place ?? meeting.place
        meeting.attendees = attendees ?? meeting.attendees
        meeting.guests = guests ?? meeting.guests
        meeting.absent = absent ?? meeting.absent
        meeting.chairs = chairs ?? meeting.chairs
        meeting.scribe = scribe ?? meeting.scribe
        return meeting
    }

    /// Whether text is a day the calendar has, as YYYY-MM-DD (not 2019-02-30).
    public static func isCalendarDate(_ text: String) -> Bool {
        // (Its shape first, in ASCII: Foundation's DateFormatter traps on a string whose characters and
        // UTF-16 units differ in count, "2025-01-01" with a combining accent after it.)
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes.indices.allSatisfy({ [4, 7].contains($0) ? bytes[$0] == UInt8(ascii: "-") : (0x30...0x39).contains(bytes[$0]) })
        else { return false }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter.date(from: text).map { formatter.string(from: $0) == text } ?? false
    }
}

public enum OverrideError: Error, CustomStringConvertible, Equatable {
    case notAnObject
    case unknownField(String)
    case wrongType(String, String)
    case badDate(String)
    case notAPerson(String, String)
    case tooLarge

    public var description: String {
        switch self {
        case .notAnObject: "not a JSON object ({\"date\": \"YYYY-MM-DD\", …})"
        case .unknownField(let field):
            "unknown field \"\(field)\" (known: \(MeetingOverride.fields.joined(separator: ", ")))"
        case .wrongType(let field, let expected): "\"\(field)\" must be \(expected)"
        case .badDate(let date): "\"date\" must be a real date as YYYY-MM-DD, not \"\(date)\""
        case .notAPerson(let field, let text): "\"\(field)\": \"\(text)\" is not a name"
        case .tooLarge: "larger than \(MeetingOverride.maxSize / 1024) KB; an override holds a few fields"
        }
    }
}
