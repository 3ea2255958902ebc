import CLibZ
import Foundation

/// zlib's deflate for what Minnes keeps beside the index: the readings are JSON, about a sixth of
/// their size once deflated. A kept file starts with a mark and the original length.
enum Deflate {
    static let mark = Data("minnes-deflate 1\n".utf8)

    static func compress(_ data: Data) -> Data? {
        var size = compressBound(uLong(data.count))
        var out = Data(count: Int(size))
        let status = out.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                compress2(
                    target.bindMemory(to: Bytef.self).baseAddress, &size, source.bindMemory(to: Bytef.self).baseAddress,
                    uLong(data.count), 6)
            }
        }
        guard status == Z_OK else { return nil }
        out.count = Int(size)
        return mark + withUnsafeBytes(of: UInt64(data.count).littleEndian) { Data($0) } + out
    }

    /// The original bytes, or nil when data is not a deflated file (or is damaged).
    static func decompress(_ data: Data) -> Data? {
        guard data.starts(with: mark), data.count >= mark.count + 8 else { return nil }
        let length = data.dropFirst(mark.count).prefix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard length < 1 << 34 else { return nil }
        let body = data.dropFirst(mark.count + 8)
        var size = uLong(length)
        var out = Data(count: Int(length))
        let status = out.withUnsafeMutableBytes { target in
            body.withUnsafeBytes { source in
                uncompress(target.bindMemory(to: Bytef.self).baseAddress, &size, source.bindMemory(to: Bytef.self).baseAddress, uLong(body.count))
            }
        }
        return status == Z_OK && size == uLong(length) ? out : nil
    }
}
