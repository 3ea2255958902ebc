import Crypto
import Foundation

/// The daemon's routes (docs/API.md), as the daemon serves them and the CLI asks for them.
public enum Route {
    public static let health = "/v1/health"
    public static let stats = "/v1/stats"
    public static let search = "/v1/search"
    public static let who = "/v1/who"
    public static let timeline = "/v1/timeline"
    public static let people = "/v1/people"
    public static let meetings = "/v1/meetings"

    public static func meeting(_ id: String) -> String { meetings + "/" + percentEncoded(id) }

    /// The header naming the index a client means (`--index`, percent-encoded): a daemon serving
    /// another refuses the request (`other_index`), so an answer never comes from the wrong archive.
    public static let indexHeader = "Minnes-Index"

    /// Whether path is one of the routes (all of which answer GET only).
    public static func isRoute(_ path: String) -> Bool {
        all.contains(path) || path.hasPrefix(meetings + "/")
    }

    static let all = [health, stats, search, who, timeline, people, meetings]

    /// Percent-encodes all but unreserved characters (RFC 3986), for paths and query values.
    public static func percentEncoded(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A path with its query string.
    public static func uri(_ path: String, _ parameters: [(String, String)]) -> String {
        parameters.isEmpty ? path : path + "?" + parameters.map { "\($0)=\(percentEncoded($1))" }.joined(separator: "&")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

/// `GET /v1/health`.
public struct Health: Codable, Sendable {
    /// `ok`, or `degraded` when a shard does not answer.
    public let status: String
    public let pid: Int
    public let index: String
    /// Each shard that does not answer, as `address: why`; absent when all do.
    public var degraded: [String]?

    public init(status: String, pid: Int, index: String, degraded: [String]? = nil) {
        (self.status, self.pid, self.index, self.degraded) = (status, pid, index, degraded)
    }
}

/// `GET /v1/stats`.
public struct Stats: Codable, Sendable {
    public let documents: Int
    public let revision: UInt64
    public let uptimeSeconds: Double
    public let index: String
    /// Connections from another user, closed before their request was read.
    public let refusedConnections: Int

    public init(documents: Int, revision: UInt64, uptimeSeconds: Double, index: String, refusedConnections: Int) {
        (self.documents, self.revision, self.uptimeSeconds, self.index) = (documents, revision, uptimeSeconds, index)
        self.refusedConnections = refusedConnections
    }
}

/// Every failure's body: `{"error": {"code", "message"}}`.
public struct ErrorBody: Codable, Sendable {
    public struct Detail: Codable, Sendable {
        public let code: String
        public let message: String
    }

    public let error: Detail

    public init(code: ErrorCode, message: String) {
        error = Detail(code: code.rawValue, message: message)
    }
}

/// The `code` of an error answer: what a program may branch on.
public struct ErrorCode: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let missingQuery = ErrorCode(rawValue: "missing_query")
    public static let emptyQuery = ErrorCode(rawValue: "empty_query")
    public static let badQuery = ErrorCode(rawValue: "bad_query")
    public static let badParameter = ErrorCode(rawValue: "bad_parameter")
    public static let queryTooLong = ErrorCode(rawValue: "query_too_long")
    public static let noIndex = ErrorCode(rawValue: "no_index")
    /// None of the indexes searched as one answered.
    public static let unavailable = ErrorCode(rawValue: "unavailable")
    public static let notFound = ErrorCode(rawValue: "not_found")
    /// The daemon serves another index than the request's `Minnes-Index` names.
    public static let otherIndex = ErrorCode(rawValue: "other_index")
    public static let `internal` = ErrorCode(rawValue: "internal")
    /// Any other HTTP failure: `http_405` and so on.
    public static func http(_ status: Int) -> ErrorCode { ErrorCode(rawValue: "http_\(status)") }
}

/// SHA-256 of data.
public func sha256(_ data: Data) -> [UInt8] { Array(SHA256.hash(data: data)) }

/// SHA-256 of data as lowercase hex: content hashes of files, names derived from paths.
public func sha256Hex(_ data: Data) -> String { hex(SHA256.hash(data: data), digits: 64) }

/// The first `digits` lowercase hex digits of SHA-256 of text's UTF-8, hashed where the text is: an
/// update derives a name from every file's path (a Data, a byte array, a hex array and a string made
/// for each were most of what it allocated there; 15 digits or fewer make no allocation at all).
public func sha256Hex(utf8 text: String, digits: Int = 64) -> String {
    var hasher = SHA256()
    var text = text
    text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    return hex(hasher.finalize(), digits: digits)
}

/// A digest's first `digits` hex digits, written into the string's own storage.
private func hex(_ digest: SHA256.Digest, digits: Int) -> String {
    digest.withUnsafeBytes { bytes in
        String(unsafeUninitializedCapacity: min(digits, 2 * bytes.count)) { out in
            for place in out.indices {
                let nibble = place % 2 == 0 ? bytes[place / 2] >> 4 : bytes[place / 2] & 0x0F
                out[place] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return out.count
        }
    }
}
