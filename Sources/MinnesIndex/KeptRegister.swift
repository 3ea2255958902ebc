import Foundation
import MinnesNormalise

/// The people register as the index keeps it (`minnes.people`, and `minnes.people.names` for
/// searches): a line per person after a line naming the format, each field apart by the ASCII
/// separators (`Fields`). An update writes it whenever a name, a meeting or an item raised changed,
/// and searches read it at each revision: as JSON, encoding it was a tenth of an update of one file
/// of 10,000 (10 MB, every person's meetings).
enum KeptRegister {
    static let format = Data("minnes-register 1\n".utf8)
    /// With a line of the meetings' files first, a person's meetings and items raised kept by their
    /// files' numbers in it: every person's meetings as paths were nine tenths of the register (10 MB
    /// at 10,000 files, encoded and deflated on every update that changed a name).
    static let numbered = Data("minnes-register 2\n".utf8)

    /// The entries as kept, their lines encoded on every core; with `files` (every meeting's, in the
    /// run's order) their meetings and items raised kept by number, unless one is not among them.
    /// `meetings`: each entry's meetings and items raised by the number of the meeting in `files`
    /// (`PeopleRegister.numbered`), so no file is looked up by its name.
    static func encoded(
        _ entries: [PeopleRegister.Entry], files: [String]? = nil, meetings: [PeopleRegister.MeetingNumbers]? = nil
    ) -> Data {
        if let files, let numbered = encoded(entries, numbering: files, meetings: meetings) { return numbered }
        // By path: items raised kept by number alone (`PeopleRegister.raisedByNumberOnly`) named first.
        let entries = files.map { named(entries, raised: meetings, files: $0) } ?? entries
        return format + Fields.lines(entries) { entry, bytes in
            _ = write(entry, to: &bytes, file: nil)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Nil when a meeting or an item raised names a file not among files.
    private static func encoded(
        _ entries: [PeopleRegister.Entry], numbering listed: [String], meetings: [PeopleRegister.MeetingNumbers]?
    ) -> Data? {
        // Each file's number, and each meeting's file's. (By its bytes: two names Swift compares equal,
        // NFC and NFD, are two files, and no name is normalised to be hashed.)
        var numbers: [UTF8Key: Int] = [:], files: [String] = [], fileOf: [Int] = []
        numbers.reserveCapacity(listed.count)
        fileOf.reserveCapacity(listed.count)
        for file in listed {
            if let number = numbers[UTF8Key(file)] {
                fileOf.append(number)
            } else {
                numbers[UTF8Key(file)] = files.count
                fileOf.append(files.count)
                files.append(file)
            }
        }
        let missing = Outcomes<Bool>(count: 1)
        let lines = Fields.lines(Array(entries.indices)) { [numbers, fileOf] index, bytes in
            let entry = entries[index]
            // By the meetings' numbers when they are the entry's (each of its meetings and items one).
            // (Its items raised may be kept by number alone: then by number, or by path, named.)
            var byNumber: (meetings: [Int], raised: [(file: Int, position: Int)])?
            let given = meetings.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            if let given, given.meetings.count == entry.meetings.count, given.raised.count == entry.raised.count || entry.raised.isEmpty,
                given.meetings.allSatisfy(fileOf.indices.contains), given.raised.allSatisfy({ fileOf.indices.contains($0.meeting) })
            {
                byNumber = (given.meetings.map { fileOf[$0] }, given.raised.map { (fileOf[$0.meeting], $0.position) })
            }
            let unnamed = byNumber == nil && entry.raised.isEmpty && given?.raised.isEmpty == false
            if unnamed || !write(entry, to: &bytes, file: { numbers[UTF8Key($0)] }, byNumber: byNumber) { missing.set(0, true) }
            bytes.append(UInt8(ascii: "\n"))
        }
        guard missing.items[0] == nil else { return nil }
        var table: [UInt8] = []
        list(files, to: &table) { Fields.append(escaped: $0, to: &$1) }
        table.append(UInt8(ascii: "\n"))
        return numbered + table + lines
    }

    /// The entries, each whose items raised are kept by number alone given them as `file#position`
    /// (`files`: every meeting's, by number).
    private static func named(_ entries: [PeopleRegister.Entry], raised meetings: [PeopleRegister.MeetingNumbers]?, files: [String])
        -> [PeopleRegister.Entry]
    {
        guard let meetings else { return entries }
        var named = entries
        for index in entries.indices where entries[index].raised.isEmpty && meetings.indices.contains(index) {
            named[index].raised = meetings[index].raised.compactMap { raised in
                files.indices.contains(raised.meeting) ? files[raised.meeting] + "#" + String(raised.position) : nil
            }
        }
        return named
    }

    /// The entries kept in data; those of an index written before this format, as JSON.
    static func entries(_ data: Data) throws -> [PeopleRegister.Entry] {
        guard !data.isEmpty else { return [] }
        let numbered = data.starts(with: Self.numbered)
        guard numbered || data.starts(with: format) else {
            // A later format is said as such, not as JSON that does not decode.
            guard !data.starts(with: Data("minnes-register ".utf8)) else { throw CocoaError(.fileReadUnsupportedScheme) }
            return try JSONDecoder().decode([PeopleRegister.Entry].self, from: data)
        }
        var lines = Fields.lines(of: data, from: format.count)[...]
        var files: [String]?
        if numbered {
            guard let table = lines.popFirst(), let kept = strings(Fields.split(table, by: Fields.group)[0]) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            files = kept
        }
        return try lines.map { line in
            guard let entry = entry(line, files: files) else { throw CocoaError(.fileReadCorruptFile) }
            return entry
        }
    }

    /// An item's position as a raised item names it after `#`: digits, one or more (nothing a
    /// separator, so kept as they are).
    private static func isPosition(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// A list as kept: its count, then each item after a record separator, then a group separator.
    private static func list<Item>(_ items: [Item], to bytes: inout [UInt8], _ item: (Item, inout [UInt8]) -> Void) {
        Fields.append(items.count, to: &bytes)
        for one in items {
            bytes.append(Fields.record)
            item(one, &bytes)
        }
        bytes.append(Fields.group)
    }

    /// A list's items as kept, nil when its count is not theirs.
    private static func list(_ field: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        let parts = Fields.split(field, by: Fields.record)
        guard let count = parts.first.flatMap({ Int(String(decoding: $0, as: UTF8.self)) }), count == parts.count - 1 else { return nil }
        return Array(parts.dropFirst())
    }

    private static func strings(_ field: ArraySlice<UInt8>) -> [String]? {
        guard let items = list(field) else { return nil }
        let strings = items.compactMap(Fields.string)
        return strings.count == items.count ? strings : nil
    }

    /// Name, kommun, variants, kommuner with their counts (by name), roles, meetings, items raised and
    /// the count of meetings (in a register of names only). A list is its count, then its items. With
    /// `file`, a meeting is its file's number and an item raised (`file#position`) the number, a unit
    /// separator and the position: false when a file has none or a position is not a number. Made as
    /// bytes: made as strings joined, encoding took a twentieth of an update.
    /// `byNumber`: its meetings' and items' files' numbers, given (else each looked up by `file`).
    static func write(
        _ entry: PeopleRegister.Entry, to bytes: inout [UInt8], file: ((String) -> Int?)?,
        byNumber: (meetings: [Int], raised: [(file: Int, position: Int)])? = nil
    ) -> Bool {
        var numbered = true
        let escaped = { (text: String, bytes: inout [UInt8]) in Fields.append(escaped: text, to: &bytes) }
        Fields.append(escaped: entry.name, to: &bytes)
        bytes.append(Fields.group)
        Fields.append(escaped: entry.municipality, to: &bytes)
        bytes.append(Fields.group)
        list(entry.variants, to: &bytes, escaped)
        list(entry.municipalities.sorted { $0.key < $1.key }, to: &bytes) { kommun, bytes in
            Fields.append(escaped: kommun.key, to: &bytes)
            bytes.append(Fields.unit)
            Fields.append(kommun.value, to: &bytes)
        }
        list(entry.roles, to: &bytes, escaped)
        if let byNumber {
            list(byNumber.meetings, to: &bytes) { Fields.append($0, to: &$1) }
            list(byNumber.raised, to: &bytes) { raised, bytes in
                // (A position that is no number is not kept by number: as a name, `file#position`.)
                if raised.position < 0 { numbered = false }
                Fields.append(raised.file, to: &bytes)
                bytes.append(Fields.unit)
                Fields.append(raised.position, to: &bytes)
            }
        } else if let file {
            let number = { (name: String) -> Int in
                guard let number = file(name) else {
                    numbered = false
                    return 0
                }
                return number
            }
            list(entry.meetings, to: &bytes) { Fields.append(number($0), to: &$1) }
            list(entry.raised, to: &bytes) { raised, bytes in
                // (A file's name may hold `#` itself: an e-mail's part.)
                let mark = raised.lastIndex(of: "#") ?? raised.endIndex
                let position = raised[mark...].dropFirst()
                if !isPosition(position.utf8) { numbered = false }
                Fields.append(number(String(raised[..<mark])), to: &bytes)
                bytes.append(Fields.unit)
                bytes += position.utf8
            }
        } else {
            list(entry.meetings, to: &bytes, escaped)
            list(entry.raised, to: &bytes, escaped)
        }
        if let count = entry.meetingCount { Fields.append(count, to: &bytes) } else { bytes += Fields.none.utf8 }
        return numbered
    }

    /// An entry as `write` wrote it (by number when files are given); nil when it does not read.
    static func entry(_ bytes: ArraySlice<UInt8>, files: [String]? = nil) -> PeopleRegister.Entry? {
        let fields = Fields.split(bytes, by: Fields.group)
        func file(_ number: ArraySlice<UInt8>) -> String? {
            guard let files, let number = Int(String(decoding: number, as: UTF8.self)), files.indices.contains(number) else { return nil }
            return files[number]
        }
        func meetings(_ field: ArraySlice<UInt8>) -> [String]? {
            guard files != nil else { return strings(field) }
            guard let items = list(field) else { return nil }
            let found = items.compactMap(file)
            return found.count == items.count ? found : nil
        }
        func raised(_ field: ArraySlice<UInt8>) -> [String]? {
            guard files != nil else { return strings(field) }
            guard let items = list(field) else { return nil }
            let found = items.compactMap { item -> String? in
                let parts = Fields.split(item, by: Fields.unit)
                guard parts.count == 2, let file = file(parts[0]), isPosition(parts[1]) else { return nil }
                return file + "#" + String(decoding: parts[1], as: UTF8.self)
            }
            return found.count == items.count ? found : nil
        }
        guard fields.count == 8, let name = Fields.string(fields[0]), let municipality = Fields.optional(fields[1]),
            let variants = strings(fields[2]), let kommuner = list(fields[3]), let roles = strings(fields[4]),
            let meetings = meetings(fields[5]), let raised = raised(fields[6])
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
