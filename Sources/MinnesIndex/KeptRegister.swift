import Foundation
import MinnesNormalise

/// The people register as the index keeps it (`minnes.people`, and `minnes.people.names` for
/// searches): a line per person after a line naming the format, each field apart by the ASCII
/// separators (`Fields`). An update writes it whenever a name, a meeting or an item raised changed,
/// and searches read it at each revision: as JSON, encoding it was a tenth of an update of one file
/// of 10,000 (10 MB, every person's meetings).
enum KeptRegister {
    static let format = Data("minnes-register 1\n".utf8)

    /// The entries as kept, their lines encoded on every core.
    static func encoded(_ entries: [PeopleRegister.Entry]) -> Data {
        format + Fields.lines(entries) { entry, bytes in
            write(entry, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// The entries kept in data; those of an index written before this format, as JSON.
    static func entries(_ data: Data) throws -> [PeopleRegister.Entry] {
        guard !data.isEmpty else { return [] }
        guard data.starts(with: format) else {
            // A later format is said as such, not as JSON that does not decode.
            guard !data.starts(with: Data("minnes-register ".utf8)) else { throw CocoaError(.fileReadUnsupportedScheme) }
            return try JSONDecoder().decode([PeopleRegister.Entry].self, from: data)
        }
        return try Fields.lines(of: data, from: format.count).map { line in
            guard let entry = entry(line) else { throw CocoaError(.fileReadCorruptFile) }
            return entry
        }
    }

    /// Name, kommun, variants, kommuner with their counts (by name), roles, meetings, items raised and
    /// the count of meetings (in a register of names only). A list is its count, then its items.
    /// Made as bytes: made as strings joined, encoding took a twentieth of an update.
    static func write(_ entry: PeopleRegister.Entry, to bytes: inout [UInt8]) {
        func list<Item>(_ items: [Item], _ item: (Item, inout [UInt8]) -> Void) {
            Fields.append(items.count, to: &bytes)
            for one in items {
                bytes.append(Fields.record)
                item(one, &bytes)
            }
            bytes.append(Fields.group)
        }
        let escaped = { (text: String, bytes: inout [UInt8]) in Fields.append(escaped: text, to: &bytes) }
        Fields.append(escaped: entry.name, to: &bytes)
        bytes.append(Fields.group)
        Fields.append(escaped: entry.municipality, to: &bytes)
        bytes.append(Fields.group)
        list(entry.variants, escaped)
        list(entry.municipalities.sorted { $0.key < $1.key }) { kommun, bytes in
            Fields.append(escaped: kommun.key, to: &bytes)
            bytes.append(Fields.unit)
            Fields.append(kommun.value, to: &bytes)
        }
        list(entry.roles, escaped)
        list(entry.meetings, escaped)
        list(entry.raised, escaped)
        if let count = entry.meetingCount { Fields.append(count, to: &bytes) } else { bytes += Fields.none.utf8 }
    }

    /// An entry as `write` wrote it; nil when it does not read.
    static func entry(_ bytes: ArraySlice<UInt8>) -> PeopleRegister.Entry? {
        let fields = Fields.split(bytes, by: Fields.group)
        func list(_ field: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
            let parts = Fields.split(field, by: Fields.record)
            guard let count = parts.first.flatMap({ Int(String(decoding: $0, as: UTF8.self)) }), count == parts.count - 1 else { return nil }
            return Array(parts.dropFirst())
        }
        func strings(_ field: ArraySlice<UInt8>) -> [String]? {
            guard let items = list(field) else { return nil }
            let strings = items.compactMap(Fields.string)
            return strings.count == items.count ? strings : nil
        }
        guard fields.count == 8, let name = Fields.string(fields[0]), let municipality = Fields.optional(fields[1]),
            let variants = strings(fields[2]), let kommuner = list(fields[3]), let roles = strings(fields[4]),
            let meetings = strings(fields[5]), let raised = strings(fields[6])
        else { return nil }
        var municipalities: [String: Int] = [:]
        for kommun in kommuner {
            let parts = Fields.split(kommun, by: Fields.unit)
            guard parts.count == 2, let name = Fields.string(parts[0]), let count = Int(String(decoding: parts[1], as: UTF8.self)) else { return nil }
            municipalities[name] = count
        }
        var meetingCount: Int?
        if !fields[7].elementsEqual(Fields.none.utf8) {
            guard let count = Int(String(decoding: fields[7], as: UTF8.self)) else { return nil }
            meetingCount = count
        }
        return PeopleRegister.Entry(
            name: name, municipality: municipality, variants: variants, municipalities: municipalities, roles: roles, meetings: meetings,
            raised: raised, meetingCount: meetingCount)
    }
}
