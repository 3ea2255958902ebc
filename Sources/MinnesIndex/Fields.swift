import Foundation

/// Text fields nested up to four deep, apart by the ASCII separators (file, group, record, unit),
/// each string escaped so it holds none of them nor a newline: what the reading cache keeps of every
/// file and an update reads back for every file. Decoded as JSON, that was most of an update's time
/// spent on the files that did not change.
enum Fields {
    static let file: UInt8 = 0x1C, group: UInt8 = 0x1D, record: UInt8 = 0x1E, unit: UInt8 = 0x1F
    static let escape: UInt8 = 0x5C  // backslash
    /// An absent optional: no escaped string reads so (an escape is followed by `@`…`_`, `b` or `d`).
    static let none = "\\n"

    /// text with every control byte, backslash and DEL written as a backslash and a letter.
    static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20: bytes += [escape, byte + 0x40]
            case escape: bytes += [escape, UInt8(ascii: "b")]
            case 0x7F: bytes += [escape, UInt8(ascii: "d")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func escaped(_ text: String?) -> String { text.map(escaped) ?? none }

    /// Whether text holds a byte `escaped` writes otherwise: looked for in its UTF-8 as a buffer (a
    /// native string's is one), not a byte at a time through the view (half of encoding the register).
    private static func needsEscaping(_ text: String) -> Bool {
        let special = { (bytes: UnsafeBufferPointer<UInt8>) in bytes.contains { $0 < 0x20 || $0 == escape || $0 == 0x7F } }
        if let found = text.utf8.withContiguousStorageIfAvailable(special) { return found }
        var text = text
        return text.withUTF8(special)
    }

    /// `escaped(text)`'s bytes added to bytes: what every update writes for every file and person
    /// is made as bytes, not as strings joined (a tenth of an update of one file in 10,000).
    static func append(escaped text: String?, to bytes: inout [UInt8]) { bytes += escaped(text).utf8 }

    /// A number's decimal digits added to bytes.
    static func append(_ number: Int, to bytes: inout [UInt8]) { append(decimal: number, to: &bytes) }

    /// A number's decimal digits (after a minus when below zero) added to bytes, as `String(number)`
    /// writes them, without a String made for each (five numbers a file, every run).
    static func append<Number: BinaryInteger>(decimal number: Number, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0"))
            magnitude /= 10
        } while magnitude > 0
        // Reversed in place: `bytes[start...].reverse()` copied the slice out and back, an
        // allocation for every number (most of those an update makes).
        var (low, high) = (start, bytes.count - 1)
        while low < high {
            bytes.swapAt(low, high)
            (low, high) = (low + 1, high - 1)
        }
    }

    /// Items written as lines (`write` adds an item's line, its line break included), a few hundred
    /// to a buffer, each buffer made on a core: what an update writes for every meeting or person.
    static func lines<Items: RandomAccessCollection & Sendable>(
        _ items: Items, _ write: @Sendable (Items.Element, inout [UInt8]) -> Void
    ) -> Data where Items.Index == Int {
        (items.startIndex..<items.endIndex).parts(of: 256).mappedOnEveryCore { part in
            var bytes: [UInt8] = []
            for index in part { write(items[index], &bytes) }
            return bytes
        }.reduce(into: Data()) { $0 += $1 }
    }

    /// The string an escaped field holds; nil when it is not one `escaped` writes.
    static func string<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> String? where Bytes.Index == Int {
        guard bytes.contains(escape) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = [], index = bytes.startIndex
        out.reserveCapacity(bytes.count)
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == escape else {
                out.append(byte)
                continue
            }
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case 0x40...0x5F: out.append(bytes[index] - 0x40)
            case UInt8(ascii: "b"): out.append(escape)
            case UInt8(ascii: "d"): out.append(0x7F)
            default: return nil
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An optional field: nil inside when it was absent; nil outside when it does not read.
    static func optional(_ bytes: ArraySlice<UInt8>) -> String?? {
        bytes.elementsEqual(none.utf8) ? .some(nil) : string(bytes).map { .some($0) }
    }

    /// The fields apart by separator (an empty text holds none). Found by memchr: the generic
    /// `split`, a closure call per byte, was a twelfth of an update of one file in 10,000.
    static func split<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, by separator: UInt8) -> [Bytes.SubSequence] where Bytes.Index == Int {
        guard !bytes.isEmpty else { return [] }
        return bytes.withContiguousStorageIfAvailable { buffer in
            let base = buffer.baseAddress!
            // Counted first, so the list is made once at its size, not grown field by field (an
            // allocation or three for every line an update reads back).
            var count = 1, start = 0
            while let found = memchr(base + start, Int32(separator), buffer.count - start) {
                count += 1
                start = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base) + 1
            }
            var fields: [Bytes.SubSequence] = []
            fields.reserveCapacity(count)
            start = 0
            while let found = memchr(base + start, Int32(separator), buffer.count - start) {
                let at = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                fields.append(bytes[(bytes.startIndex + start)..<(bytes.startIndex + at)])
                start = at + 1
            }
            fields.append(bytes[(bytes.startIndex + start)...])
            return fields
        } ?? bytes.split(separator: separator, omittingEmptySubsequences: false)
    }

    /// A decimal integer, its sign included, as `Int64(String)` reads one; nil for anything else.
    /// Read digit by digit when it has at most 18 (no overflow possible), else by `Int64`.
    static func integer<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Int64? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = bytes.dropFirst(negative || bytes.first == UInt8(ascii: "+") ? 1 : 0)
        guard !digits.isEmpty else { return nil }
        guard digits.count <= 18 else { return Int64(String(decoding: bytes, as: UTF8.self)) }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// data's non-empty lines after offset, as bytes (of a copy, indexed from 0).
    static func lines(of data: Data, from offset: Int = 0) -> [ArraySlice<UInt8>] {
        let bytes = [UInt8](data)
        return ReadingCache.lineRanges(of: data, from: offset).map { bytes[($0.lowerBound - data.startIndex)..<($0.upperBound - data.startIndex)] }
    }

    static func joined(_ fields: [String], by separator: UInt8) -> String {
        fields.joined(separator: String(UnicodeScalar(separator)))
    }
}
