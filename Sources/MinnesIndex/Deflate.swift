import CDeflate
import Foundation
import ZIPFoundation

/// Deflate for what Minnes keeps beside the index: zlib through a small shim (`CDeflate`) to choose
/// the level, inflated through ZIPFoundation's (the zlib it reads Word and OpenDocument with). The
/// readings are JSON, about a quarter of their size once deflated. A kept file starts with a mark
/// and the original length.
enum Deflate {
    static let mark = Data("minnes-deflate 2\n".utf8)
    static let chunk = 1 << 16

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

    struct CutShort: Error {}

    /// The original bytes, or nil when data is not a deflated file (or is damaged).
    static func decompress(_ data: Data) -> Data? {
        guard data.starts(with: mark), data.count >= mark.count + 8 else { return nil }
        let length = data.dropFirst(mark.count).prefix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        let body = Data(data.dropFirst(mark.count + 8))
        var out = Data()
        do {
            _ = try Data.decompress(
                size: Int64(body.count), bufferSize: chunk, skipCRC32: true,
                provider: { position, size in
                    // A stream cut short asks past its end, where ZIPFoundation would ask forever.
                    guard position < body.count else { throw CutShort() }
                    return body.subdata(in: Int(position)..<min(body.count, Int(position) + size))
                },
                consumer: { out.append($0) })
        } catch {
            return nil
        }
        return UInt64(out.count) == length ? out : nil
    }
}
