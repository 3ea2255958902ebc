import Foundation

/// An optional that JSON always shows: `null` when absent, never a missing key. Minnes's JSON keys
/// are a contract (`"date": null`), and Swift's synthesized Codable leaves nil keys out.
@propertyWrapper
public struct Nullable<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A missing key reads as nil, as for a plain optional.
    public func decode<Value>(_ type: Nullable<Value>.Type, forKey key: Key) throws -> Nullable<Value> {
        try decodeIfPresent(type, forKey: key) ?? Nullable(wrappedValue: nil)
    }
}

/// JSON only Minnes reads back (an index's documents, the readings it keeps): no key for nil or an
/// empty list, a twentieth of the documents' data; a missing key reads as either. Everything else
/// Minnes writes (the API, `--json`) keeps every key. Keys sorted: the same value always gives the
/// same bytes (Foundation's order differs from one process to the next), so a document made again
/// as it was is seen to be the same (`Document.addDigest`).
///
/// An index's documents key their fields by a letter each (`encode`; deflated, the long keys were a
/// tenth of their data); `decoder` reads them back, and the long keys of an index written before.
/// The readings kept beside the index keep the long keys (`compact` alone).
public enum StoredJSON {
    @TaskLocal public static var compact = false

    /// Each field's letter: no two alike, and none a field's own name.
    static let letters: [String: String] = [
        "absent": "b", "attendees": "a", "candidates": "c", "chairs": "C", "date": "D", "dateAsWritten": "W", "dateNote": "N",
        "decisions": "d", "evidence": "e", "file": "f", "format": "F", "guests": "g", "id": "i", "item": "j", "items": "I",
        "municipality": "m", "name": "n", "network": "w", "nextMeeting": "M", "notes": "o", "number": "u", "place": "P",
        "position": "p", "raisedBy": "R", "role": "r", "scribe": "k", "section": "S", "statement": "s", "text": "x", "title": "t",
        "viaMunicipality": "v", "viaRole": "V",
    ]
    /// Each letter's field.
    static let fields = Dictionary(uniqueKeysWithValues: letters.map { ($0.value, $0.key) })

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.keyEncodingStrategy = .custom { path in
            let field = path.last!.stringValue
            return Key(stringValue: letters[field] ?? field)
        }
        return try $compact.withValue(true) { try encoder.encode(value) }
    }

    /// Reads what `encode` wrote, and documents written with long keys.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path.last!.stringValue
            return Key(stringValue: fields[key] ?? key)
        }
        return decoder
    }
}

extension KeyedEncodingContainer {
    public mutating func encode<Value>(_ value: Nullable<Value>, forKey key: Key) throws {
        try encodeNullable(value.wrappedValue, forKey: key)
    }

    /// An optional as `null`, or as no key in `StoredJSON`.
    public mutating func encodeNullable<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else if !StoredJSON.compact { try encodeNil(forKey: key) }
    }

    /// A list, or no key when it is empty in `StoredJSON`.
    public mutating func encode<Element: Encodable>(_ value: [Element], forKey key: Key) throws {
        guard !value.isEmpty || !StoredJSON.compact else { return }
        var list = nestedUnkeyedContainer(forKey: key)
        for element in value { try list.encode(element) }
    }
}

extension KeyedDecodingContainer {
    /// A missing list reads as empty (`StoredJSON` writes none).
    public func decode<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        try decodeIfPresent(type, forKey: key) ?? []
    }
}
