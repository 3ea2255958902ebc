import CDeflate
import Foundation

/// Deflate for what Minnes keeps beside the index: zlib through a small shim (`CDeflate`), to choose
/// the level and to inflate in one call into a buffer of the length kept beside. The readings are
/// JSON, about a quarter of their size once deflated. A kept file is one or more blocks, each a mark,
/// its original length, its deflated length and the deflated bytes: an update appends a block.
enum Deflate {
    static let mark = Data("minnes-deflate 3\n".utf8)

    /// zlib's fastest level: the readings are written again on every update that changes a file,
    /// and level 6 took three times as long for a quarter less (10,000 files: 0.6 s and 15.5 MB
    /// against 1.8 s and 11.5 MB).
    static let level: Int32 = 1

    /// One block.
    static func compress(_ data: Data) -> Data? {
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
        return mark + length(data.count) + length(written) + out
    }

    /// Each block's original bytes in turn, with where the block starts in data, while `body` wants
    /// more. Nil when data does not start with a whole block; else whether every block was whole and
    /// read (false: an append cut short).
    static func blocks(_ data: Data, _ body: (Data, _ at: Int) -> Bool) -> Bool? {
        var offset = data.startIndex, blocks = 0
        while offset < data.endIndex {
            guard let (block, next) = block(data, at: offset) else { break }
            blocks += 1
            guard body(block, offset) else { return false }
            offset = next
        }
        return blocks == 0 ? nil : offset == data.endIndex
    }

    /// The original bytes of every block, or nil when data does not start with a whole one.
    static func decompress(_ data: Data) -> Data? {
        var bytes = Data()
        return blocks(data) { block, _ in bytes += block; return true }.map { _ in bytes }
    }

    /// CRC-32 of data: a check of what was deflated, which raw deflate does not carry.
    static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { minnes_crc32($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
    }

    /// The block at offset: its original bytes and where the next starts; nil when not whole.
    static func block(_ data: Data, at offset: Int) -> (Data, next: Int)? {
        let start = offset + mark.count + 16
        guard data.endIndex >= start, data[offset..<(offset + mark.count)] == mark else { return nil }
        let number = { (at: Int) in data[at..<(at + 8)].withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) } }
        let (length, deflated) = (number(offset + mark.count), number(offset + mark.count + 8))
        // A damaged length must not ask for more memory than any kept file could need.
        guard deflated <= UInt64(data.endIndex - start), length <= deflated * 1032 + 64 else { return nil }
        let body = data[start..<(start + Int(deflated))]
        var out = Data(count: Int(length))
        let whole = out.withUnsafeMutableBytes { out in
            body.withUnsafeBytes { bytes in
                minnes_inflate(
                    bytes.bindMemory(to: UInt8.self).baseAddress, body.count, out.bindMemory(to: UInt8.self).baseAddress, out.count)
            }
        }
        return whole == 1 ? (out, start + Int(deflated)) : nil
    }
}
