import CDeflate
import Foundation
import MinnesNormalise

/// Deflate for what Minnes keeps beside the index: libdeflate through a small shim (`CDeflate`), to
/// choose the level and to inflate in one call into a buffer of the length kept beside. The readings are
/// JSON, about a quarter of their size once deflated. A kept file is one or more blocks, each a mark,
/// its original length, its deflated length, the CRC-32 of its original bytes and the deflated bytes:
/// an update appends a block. Raw deflate checks nothing itself: a flipped bit may inflate to other
/// text of the same length, which the CRC refuses. (Blocks of the mark before, without a CRC, are
/// still read: what an index kept so is written again as the mark of now.)
enum Deflate {
    static let mark = Data("minnes-deflate 4\n".utf8)
    private static let unchecked = Data("minnes-deflate 3\n".utf8)

    /// The fastest level, for what every update writes again whole (the resolution, the register
    /// and manifest as kept): level 6 made an update of one file of 10,000 a tenth slower.
    static let fast: Int32 = 1
    /// Level 6 (zlib's default), for the readings: written once as files are read, an update
    /// appending only what it read again. 10,000 files, by zlib: 9.4 MB against 14.2 MB at level 1,
    /// and a new index in the same time (its deflating is on every core beside the reading).
    static let small: Int32 = 6

    /// One block.
    static func compress(_ data: Data, level: Int32 = fast) -> Data? {
        var out = Data(count: minnes_deflate_bound(data.count))
        let written = out.withUnsafeMutableBytes { out in
            data.withUnsafeBytes { bytes in
                minnes_deflate(
                    bytes.bindMemory(to: UInt8.self).baseAddress, data.count, level, out.bindMemory(to: UInt8.self).baseAddress,
                    out.count)
            }
        }
        guard written > 0 else { return nil }
        out.count = written
        let length = { (value: Int) in withUnsafeBytes(of: UInt64(value).littleEndian) { Data($0) } }
        return mark + length(data.count) + length(written) + withUnsafeBytes(of: checksum(data).littleEndian) { Data($0) } + out
    }

    /// Each of parts as a block, deflated on every core, handed to add in order; none when one does
    /// not deflate (blocks that go together, as the reading cache's pairs, are added all or none).
    static func compress(each parts: [Data], level: Int32 = fast, add: (Data) throws -> Void) throws {
        let blocks = Outcomes<Data>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { number in
            if let block = compress(parts[number], level: level) { blocks.set(number, block) }
        }
        // Never the raw bytes: appended undeflated, they would read as a damaged tail.
        let deflated = blocks.items.compactMap { $0 }
        guard deflated.count == parts.count else { throw CocoaError(.fileWriteUnknown) }
        for block in deflated { try add(block) }
    }

    /// Each block's original bytes in turn, with where the block starts in data, while `body` wants
    /// more. Nil when data does not start with a whole block; else whether every block was whole and
    /// read (false: an append cut short).
    static func blocks(_ data: Data, _ body: (Data, _ at: Int) -> Bool) -> Bool? {
        let (spans, whole) = spans(data)
        for (number, span) in spans.enumerated() {
            guard let block = inflate(data, span) else { return number == 0 ? nil : false }
            guard body(block, span.lowerBound) else { return false }
        }
        return spans.isEmpty ? nil : whole
    }

    /// Where each block is in data (mark to end), by their lengths alone, not inflated; and whether
    /// they end where data does (false: an append cut short).
    static func spans(_ data: Data) -> (spans: [Range<Int>], whole: Bool) {
        var spans: [Range<Int>] = [], offset = data.startIndex
        while offset < data.endIndex, let next = next(data, at: offset) {
            spans.append(offset..<next)
            offset = next
        }
        return (spans, offset == data.endIndex)
    }

    /// The original bytes of the blocks up to the first that does not inflate (`whole`: of all, nil
    /// unless every one does and they end where data does), or nil when data does not start with a
    /// whole one. Inflated on every core, each block into its place in one buffer made at the
    /// length their marks say (inflated apart and then joined, every byte was held twice: the
    /// resolution and the kept headers are read on every update, 60 MB each at 100,000 files).
    static func decompress(_ data: Data, whole: Bool = false) -> Data? {
        let (spans, ends) = spans(data)
        let starts = spans.reduce(into: [0]) { $0.append($0.last! + Int(number(data, at: $1.lowerBound + mark.count))) }
        var out = Data(count: starts.last!)
        let inflated = Outcomes<Bool>(count: spans.count)
        out.withUnsafeMutableBytes { out in
            let out = UncheckedSendable(out)
            DispatchQueue.concurrentPerform(iterations: spans.count) { number in
                let place = UnsafeMutableRawBufferPointer(rebasing: out.value[starts[number]..<starts[number + 1]])
                if inflate(data, spans[number], into: place) { inflated.set(number, true) }
            }
        }
        let read = inflated.items.prefix { $0 != nil }.count
        guard read > 0, !whole || (ends && read == spans.count) else { return nil }
        if read < spans.count { out.count = starts[read] }
        return out
    }

    /// CRC-32 of data: a check of what was deflated, which raw deflate does not carry.
    static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { minnes_crc32($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
    }

    /// Whether the block at offset carries a CRC (the mark of now), or nil when no mark is there.
    private static func isChecked(_ data: Data, at offset: Int) -> Bool? {
        guard data.endIndex >= offset + mark.count else { return nil }
        let found = data[offset..<(offset + mark.count)]
        return found == mark ? true : found == unchecked ? false : nil
    }

    /// Where the deflated bytes of the block at offset start: after its mark, lengths and CRC.
    private static func bodyStart(_ offset: Int, checked: Bool) -> Int { offset + mark.count + 16 + (checked ? 4 : 0) }

    /// Where the block at offset ends, by its mark and lengths; nil when they do not read.
    private static func next(_ data: Data, at offset: Int) -> Int? {
        guard let checked = isChecked(data, at: offset) else { return nil }
        let start = bodyStart(offset, checked: checked)
        guard data.endIndex >= start else { return nil }
        let (length, deflated) = (number(data, at: offset + mark.count), number(data, at: offset + mark.count + 8))
        // A damaged length must not ask for more memory than any kept file could need.
        guard deflated <= UInt64(data.endIndex - start), length <= deflated * 1032 + 64 else { return nil }
        return start + Int(deflated)
    }

    /// The original bytes of the block at span (as `spans` found it); nil when it does not inflate
    /// whole or, inflated, is not what was deflated (its CRC differs).
    static func inflate(_ data: Data, _ span: Range<Int>) -> Data? {
        guard isChecked(data, at: span.lowerBound) != nil else { return nil }
        var out = Data(count: Int(number(data, at: span.lowerBound + mark.count)))
        return out.withUnsafeMutableBytes { inflate(data, span, into: $0) } ? out : nil
    }

    /// `inflate` into out, whose length is the block's original length: whether it inflated whole
    /// and is what was deflated.
    private static func inflate(_ data: Data, _ span: Range<Int>, into out: UnsafeMutableRawBufferPointer) -> Bool {
        guard let checked = isChecked(data, at: span.lowerBound), out.count == Int(number(data, at: span.lowerBound + mark.count)) else {
            return false
        }
        let body = data[bodyStart(span.lowerBound, checked: checked)..<span.upperBound]
        let whole = body.withUnsafeBytes { bytes in
            minnes_inflate(bytes.bindMemory(to: UInt8.self).baseAddress, body.count, out.bindMemory(to: UInt8.self).baseAddress, out.count)
        }
        guard whole == 1 else { return false }
        guard checked else { return true }
        let kept = data[(span.lowerBound + mark.count + 16)..<(span.lowerBound + mark.count + 20)]
            .withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
        return minnes_crc32(out.bindMemory(to: UInt8.self).baseAddress, out.count) == kept
    }

    /// The first `count` original bytes of the block at offset (the whole when count is nil or more):
    /// only what they need is inflated. Unchecked unless whole (the CRC is of the block's whole): the
    /// caller checks its part (a reading cache's entry has its own CRC).
    static func prefix(_ data: Data, at offset: Int, count: Int?) -> Data? {
        guard let next = next(data, at: offset), let checked = isChecked(data, at: offset) else { return nil }
        let length = Int(number(data, at: offset + mark.count))
        guard let count, count < length else { return inflate(data, offset..<next) }
        let body = data[bodyStart(offset, checked: checked)..<next]
        var out = Data(count: max(count, 0))
        let full = out.withUnsafeMutableBytes { out in
            body.withUnsafeBytes { bytes in
                minnes_inflate_prefix(
                    bytes.bindMemory(to: UInt8.self).baseAddress, body.count, out.bindMemory(to: UInt8.self).baseAddress, out.count)
            }
        }
        return full == 1 ? out : nil
    }

    private static func number(_ data: Data, at offset: Int) -> UInt64 {
        data[offset..<(offset + 8)].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }
}
