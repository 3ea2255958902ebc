import Foundation
import MinnesParse

/// Meetings' headers (`Meeting.header`) with every string numbered once: all that building the
/// register and inferring networks and places read of every meeting, held and compared as numbers.
/// As Meetings, every update of a few files decoded a string per name written at every meeting and
/// hashed it again and again (a fifth of the CPU of an update of one file of 10,000).
public struct Headers: Sendable {
    /// A string's place in `strings`; `none` for a value not given.
    public typealias Number = Int32
    public static let none: Number = -1

    public struct Person: Sendable, Equatable {
        public var name, municipality, role: Number

        public init(name: Number, municipality: Number, role: Number) { (self.name, self.municipality, self.role) = (name, municipality, role) }

        /// Its strings' numbers, in the order `kept` writes them, each given to body (not as an
        /// array: one made for each of every meeting's people was most of keeping the headers).
        func forEachString(_ body: (Number) -> Void) {
            body(name)
            body(municipality)
            body(role)
        }

        /// The same person with each string's number as `number` gives it.
        func mapped(_ number: (Number) -> Number) -> Person {
            Person(name: number(name), municipality: number(municipality), role: number(role))
        }
    }

    /// One meeting's header: its strings by number, its people a run of `people` (attendees,
    /// guests, absent, chairs, then the scribe).
    public struct Head: Sendable, Equatable {
        public var file, title, format, date, dateAsWritten, dateNote, network, place: Number
        /// The next meeting's date and place (`none` date: none announced).
        public var nextDate, nextPlace: Number
        var start: Int32 = 0
        var attendees, guests, absent, chairs: Int32
        var scribe: Bool

        /// Its people are given apart, in order (`Headers.append(_:people:)`).
        public init(
            file: Number, title: Number, format: Number, date: Number, dateAsWritten: Number, dateNote: Number, network: Number,
            place: Number, nextDate: Number, nextPlace: Number, attendees: Int, guests: Int, absent: Int, chairs: Int, scribe: Bool
        ) {
            (self.file, self.title, self.format, self.date, self.dateAsWritten, self.dateNote) = (file, title, format, date, dateAsWritten, dateNote)
            (self.network, self.place, self.nextDate, self.nextPlace) = (network, place, nextDate, nextPlace)
            (self.attendees, self.guests, self.absent, self.chairs, self.scribe) =
                (Int32(attendees), Int32(guests), Int32(absent), Int32(chairs), scribe)
        }

        /// Its strings' numbers, in the order `kept` writes them, each given to body.
        func forEachString(_ body: (Number) -> Void) {
            body(file)
            body(title)
            body(format)
            body(date)
            body(dateAsWritten)
            body(dateNote)
            body(network)
            body(place)
            body(nextDate)
            body(nextPlace)
        }

        /// The same head with each string's number as `number` gives it.
        func mapped(_ number: (Number) -> Number) -> Head {
            var head = self
            (head.file, head.title, head.format, head.date, head.dateAsWritten) =
                (number(file), number(title), number(format), number(date), number(dateAsWritten))
            (head.dateNote, head.network, head.place, head.nextDate, head.nextPlace) =
                (number(dateNote), number(network), number(place), number(nextDate), number(nextPlace))
            return head
        }

        /// How many people it lists.
        var peopleCount: Int { Int(attendees + guests + absent + chairs) + (scribe ? 1 : 0) }
    }

    public private(set) var strings: [String] = []
    public private(set) var heads: [Head] = []
    private var people: [Person] = []
    /// Each string's number, by its UTF-8 (a name with å, ä or ö hashed as a String is normalised
    /// first).
    private var numbers: [UTF8Key: Number] = [:]
    /// Whether `numbers` holds every string: a table read back (`init(kept:)`) numbers its strings
    /// only when a string is first looked for in it.
    private var indexed = true

    public init() {}

    public init(_ meetings: [Meeting]) {
        for meeting in meetings { append(meeting) }
    }

    public var count: Int { heads.count }

    public func string(_ number: Number) -> String? { number == Self.none ? nil : strings[Int(number)] }

    /// A string's number, given its UTF-8.
    public mutating func number(utf8: ArraySlice<UInt8>) -> Number {
        number(of: UTF8Key(text: .bytes(utf8))) { String(decoding: utf8, as: UTF8.self) }
    }

    /// A string's number; a string new here is held as it is (its storage shared, not copied).
    public mutating func number(_ string: String?) -> Number {
        guard let string else { return Self.none }
        return number(of: UTF8Key(string)) { string }
    }

    private mutating func number(of key: UTF8Key, new: () -> String) -> Number {
        if !indexed {
            // (Room made once, each string hashed once, the first of two alike kept: looked for and
            // then added, one at a time, indexing a kept table was a twentieth of an update.)
            numbers.reserveCapacity(strings.count)
            numbers.merge(strings.lazy.enumerated().map { (UTF8Key($1), Number($0)) }) { first, _ in first }
            indexed = true
        }
        if let number = numbers[key] { return number }
        let string = new()
        strings.append(string)
        numbers[UTF8Key(string)] = Number(strings.count - 1)
        return Number(strings.count - 1)
    }

    public mutating func append(_ meeting: Meeting) {
        let lists = [meeting.attendees, meeting.guests, meeting.absent, meeting.chairs]
        append(
            Head(
                file: number(meeting.file), title: number(meeting.title), format: number(meeting.format), date: number(meeting.date),
                dateAsWritten: number(meeting.dateAsWritten), dateNote: number(meeting.dateNote), network: number(meeting.network),
                place: number(meeting.place), nextDate: number(meeting.nextMeeting?.date), nextPlace: number(meeting.nextMeeting?.place),
                attendees: lists[0].count, guests: lists[1].count, absent: lists[2].count, chairs: lists[3].count,
                scribe: meeting.scribe != nil),
            people: (lists.joined() + (meeting.scribe.map { [$0] } ?? [])).map {
                Person(name: number($0.name), municipality: number($0.municipality), role: number($0.role))
            })
    }

    /// Adds a head whose numbers are this table's, with its people in order.
    public mutating func append(_ head: Head, people: [Person]) {
        var head = head
        head.start = Int32(self.people.count)
        self.people += people
        heads.append(head)
    }

    /// Adds another table's heads (in `range`), their strings numbered here; `map` remembers, by
    /// the other's numbers, what each is here (-2 not yet known), for the next range of the same table.
    public mutating func append(_ range: Range<Int>, of other: Headers, map: inout [Number]) {
        if map.count < other.strings.count { map += Array(repeating: -2, count: other.strings.count - map.count) }
        func here(_ number: Number) -> Number {
            guard number >= 0 else { return Self.none }
            if map[Int(number)] == -2 { map[Int(number)] = self.number(other.strings[Int(number)]) }
            return map[Int(number)]
        }
        for index in range { append(other.heads[index].mapped(here), people: other.people(of: index).map { $0.mapped(here) }) }
    }

    /// Adds another table's heads (in `range`) whose strings are numbered here as there: this table
    /// began as that one's strings (`stringsAlone`). Copied as they are: mapped number by number, the
    /// kept heads of every unchanged file were a fiftieth of an update of one file of 10,000.
    public mutating func append(sameNumbers range: Range<Int>, of other: Headers) {
        for index in range {
            var head = other.heads[index]
            head.start = Int32(people.count)
            people += other.people(of: index)
            heads.append(head)
        }
    }

    /// Everyone the header lists: present, absent, chairs, scribe (`Meeting.listed`).
    public func people(of index: Int) -> ArraySlice<Person> {
        let start = Int(heads[index].start)
        return people[start..<(start + heads[index].peopleCount)]
    }

    /// Those present: attendees and guests (`Meeting.present`).
    public func present(of index: Int) -> ArraySlice<Person> {
        let head = heads[index]
        return people[Int(head.start)..<Int(head.start + head.attendees + head.guests)]
    }

    public func hasAttendees(_ index: Int) -> Bool { heads[index].attendees > 0 }

    public func file(_ index: Int) -> String { strings[Int(heads[index].file)] }

    /// The header as a Meeting (`Meeting.header`).
    public func meeting(_ index: Int) -> Meeting {
        let head = heads[index]
        let person = { (person: Person) in
            MinnesParse.Person(name: strings[Int(person.name)], municipality: string(person.municipality), role: string(person.role))
        }
        var start = Int(head.start)
        func list(_ count: Int32) -> [MinnesParse.Person] {
            defer { start += Int(count) }
            return people[start..<(start + Int(count))].map(person)
        }
        var meeting = Meeting(
            file: strings[Int(head.file)], title: strings[Int(head.title)], date: string(head.date), dateAsWritten: string(head.dateAsWritten),
            dateNote: string(head.dateNote), network: string(head.network), place: string(head.place), attendees: list(head.attendees),
            guests: list(head.guests), absent: list(head.absent), chairs: list(head.chairs))
        meeting.scribe = head.scribe ? list(1).first : nil
        meeting.format = string(head.format)
        meeting.nextMeeting = string(head.nextDate).map { NextMeeting(date: $0, place: string(head.nextPlace)) }
        return meeting
    }
}

extension Headers {
    /// The same strings, numbered alike, and no heads: heads of `self` are added to it as they are
    /// (`append(_:of:map:)` with `map` each number itself), others' strings numbered after.
    public var stringsAlone: Headers {
        var table = Headers()
        (table.strings, table.numbers, table.indexed) = (strings, numbers, indexed)
        return table
    }

    /// The same table without its lookup of strings (made again should a string be added): a table
    /// only read from, a file's or a block's, holds its strings and numbers alone (with the lookup, a
    /// new index of 10,000 files held 45 MB more).
    public var sealed: Headers {
        var table = Headers()
        // Copied to their size: a table grown string by string holds up to twice the room it uses.
        table.strings = strings.withUnsafeBufferPointer(Array.init)
        table.heads = heads.withUnsafeBufferPointer(Array.init)
        table.people = people.withUnsafeBufferPointer(Array.init)
        table.indexed = false
        return table
    }

    /// Only the strings its heads use, numbered anew in the order they were: what is kept between
    /// runs holds none of files gone or read otherwise.
    public var compacted: Headers {
        var renumbered = [Number](repeating: Self.none, count: strings.count)
        func mark(_ number: Number) { if number >= 0 { renumbered[Int(number)] = 0 } }
        for head in heads { head.forEachString(mark) }
        for person in people { person.forEachString(mark) }
        var table = Headers()
        for (number, string) in strings.enumerated() where renumbered[number] == 0 { renumbered[number] = table.adding(string) }
        func here(_ number: Number) -> Number { number >= 0 ? renumbered[Int(number)] : Self.none }
        table.indexed = false
        table.heads = heads.map { $0.mapped(here) }
        table.people = people.map { $0.mapped(here) }
        return table
    }

    /// Adds a string without looking for it among the others (they are known to be apart); its number.
    private mutating func adding(_ string: String) -> Number {
        strings.append(string)
        return Number(strings.count - 1)
    }

    /// As kept between runs (`KeptWriter`): its strings, then its numbers as they are held, so reading
    /// them back parses nothing.
    public var kept: Data {
        var writer = KeptWriter()
        write(to: &writer)
        return writer.data
    }

    public func write(to writer: inout KeptWriter) {
        writer.add(strings.count)
        strings.forEach { writer.add($0) }
        // The numbers gathered first and added at once: added one by one, they were most of keeping.
        var numbers: [Int32] = [Int32(heads.count)]
        numbers.reserveCapacity(2 + 16 * heads.count + 3 * people.count)
        for head in heads {
            head.forEachString { numbers.append($0) }
            numbers.append(head.start)
            numbers.append(head.attendees)
            numbers.append(head.guests)
            numbers.append(head.absent)
            numbers.append(head.chairs)
            numbers.append(head.scribe ? 1 : 0)
        }
        numbers.append(Int32(people.count))
        for person in people { person.forEachString { numbers.append($0) } }
        writer.add(numbers)
    }

    /// A table as `kept` wrote it, the whole of data; nil when it does not read whole (a number out of
    /// its range).
    public init?(kept data: Data) {
        guard let table = data.withUnsafeBytes({ bytes -> Headers? in
            var reader = KeptReader(bytes)
            return Headers(reading: &reader).flatMap { reader.atEnd ? $0 : nil }
        }) else { return nil }
        self = table
    }

    /// A table as `write(to:)` wrote it, read on from reader.
    public init?(reading reader: inout KeptReader) {
        guard let stringCount = reader.number(), stringCount >= 0 else { return nil }
        strings.reserveCapacity(Int(stringCount))
        for _ in 0..<stringCount {
            guard let string = reader.string() else { return nil }
            strings.append(string)
        }
        indexed = false
        let string = { (number: Number, optional: Bool) in number < stringCount && (number >= 0 || (optional && number == Self.none)) }
        guard let headCount = reader.number(), headCount >= 0 else { return nil }
        heads.reserveCapacity(Int(headCount))
        for _ in 0..<headCount {
            var numbers: [Int32] = []
            for _ in 0..<16 {
                guard let number = reader.number() else { return nil }
                numbers.append(number)
            }
            guard string(numbers[0], false), string(numbers[1], false), numbers[2...9].allSatisfy({ string($0, true) }),
                numbers[10...14].allSatisfy({ $0 >= 0 }), numbers[15] == 0 || numbers[15] == 1
            else { return nil }
            var head = Head(
                file: numbers[0], title: numbers[1], format: numbers[2], date: numbers[3], dateAsWritten: numbers[4], dateNote: numbers[5],
                network: numbers[6], place: numbers[7], nextDate: numbers[8], nextPlace: numbers[9], attendees: Int(numbers[11]),
                guests: Int(numbers[12]), absent: Int(numbers[13]), chairs: Int(numbers[14]), scribe: numbers[15] == 1)
            head.start = numbers[10]
            heads.append(head)
        }
        guard let peopleCount = reader.number(), peopleCount >= 0 else { return nil }
        people.reserveCapacity(Int(peopleCount))
        for _ in 0..<peopleCount {
            guard let name = reader.number(), let municipality = reader.number(), let role = reader.number(), string(name, false),
                string(municipality, true), string(role, true)
            else { return nil }
            people.append(Person(name: name, municipality: municipality, role: role))
        }
        guard heads.allSatisfy({ Int($0.start) + $0.peopleCount <= people.count }) else { return nil }
    }
}

/// Numbers and strings as the files Minnes keeps as numbers hold them (`Headers.kept`, the indexer's
/// `minnes-headers`): a number a little-endian Int32 (an Int64 where one is asked for), a string its
/// length in bytes, then its UTF-8.
public struct KeptWriter {
    public private(set) var data: Data

    public init(after start: Data = Data()) { data = start }

    public mutating func add(_ number: Int) { withUnsafeBytes(of: Int32(number).littleEndian) { data.append(contentsOf: $0) } }

    /// (As they are on a little-endian machine: a copy of each array, byte-swapped or not, was most
    /// of keeping the headers.)
    public mutating func add(_ numbers: [Int32]) {
        #if _endian(little)
        numbers.withUnsafeBytes { data.append(contentsOf: $0) }
        #else
        numbers.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
        #endif
    }

    public mutating func add(_ number: Int64) { withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) } }

    public mutating func add(_ string: String) {
        add(string.utf8.count)
        data.append(contentsOf: string.utf8)
    }
}

/// Reads what `KeptWriter` wrote; each read nil when the bytes end first.
public struct KeptReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var atEnd: Bool { offset == bytes.count }

    public mutating func number() -> Int32? {
        guard bytes.count - offset >= 4 else { return nil }
        defer { offset += 4 }
        return Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))
    }

    public mutating func int64() -> Int64? {
        guard bytes.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
    }

    public mutating func string() -> String? {
        guard let length = number().map(Int.init), length >= 0, bytes.count - offset >= length else { return nil }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }
}

/// A string's UTF-8, hashed and compared at once as bytes (not byte by byte as an array's elements
/// are: most of decoding the heads; a String holding å, ä or ö is put in its Unicode form first), so
/// two strings Swift compares equal (NFC and NFD) are two keys. A key holds the string itself, not a
/// copy of its bytes; one only looked for may be bytes read.
public struct UTF8Key: Hashable, Sendable {
    public enum Text: Sendable { case string(String), bytes(ArraySlice<UInt8>) }
    public let text: Text

    public init(text: Text) { self.text = text }

    public init(_ string: String) { text = .string(string) }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch text {
        case .bytes(let bytes): return bytes.withUnsafeBytes(body)
        case .string(var string): return string.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    public func hash(into hasher: inout Hasher) { withBytes { hasher.combine(bytes: $0) } }

    public static func == (a: Self, b: Self) -> Bool {
        a.withBytes { x in b.withBytes { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
}
