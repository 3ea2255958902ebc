import CDeflate
import Foundation

/// Deflate for what Minnes keeps beside the index: zlib through a small shim (`CDeflate`), to choose
/// the level and to inflate in one call into a buffer of the length kept beside. The
/// readings are JSON, about a quarter of their size once deflated. A kept file starts with a mark
/// and the original length.
enum Deflate {
    static let mark = Data("minnes-deflate 2\n".utf8)

    /// zlib's fastest level: the readings are written again on every update that changes a file,
    /// and level 6 took three times as long for a quarter less (10,000 files: 0.6 s and 15.5 MB
    /// against 1.8 s and 11.5 MB).
    static let level: Int32 = 1

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
        return mark + withUnsafeBytes(of: UInt64(data.count).littleEndian) { Data($0) } + out
    }

    /// The original bytes, or nil when data is not a deflated file (or is damaged).
    static func decompress(_ data: Data) -> Data? {
        guard data.starts(with: mark), data.count >= mark.count + 8 else { return nil }
        let length = data.dropFirst(mark.count).prefix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        // A damaged length must not ask for more memory than any kept file could need.
        guard length <= UInt64(data.count) * 1032 else { return nil }
        let body = data.dropFirst(mark.count + 8)
        var out = Data(count: Int(length))
        let whole = out.withUnsafeMutableBytes { out in
            body.withUnsafeBytes { bytes in
                minnes_inflate(
                    bytes.bindMemory(to: UInt8.self).baseAddress, body.count, out.bindMemory(to: UInt8.self).baseAddress, out.count)
            }
        }
        return whole == 1 ? out : nil
    }
}
