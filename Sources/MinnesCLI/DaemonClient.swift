import AsyncHTTPClient
import Foundation
import NIOCore

/// Talks HTTP to `minnesd` over its Unix socket (`http+unix://`).
struct DaemonClient {
    let socketPath: String

    struct Reply {
        let status: Int
        let body: Data
    }

    /// GETs path with the given query parameters; an error status comes back as a thrown CLIError.
    func get(_ path: String, _ parameters: [(String, String)] = []) async throws -> Reply {
        let reply = try await fetch(path, parameters)
        guard (200..<300).contains(reply.status) else {
            let failure = try? JSONDecoder().decode(ErrorReply.self, from: reply.body)
            throw CLIError.daemon(failure?.error.message ?? "minnesd answered \(reply.status)")
        }
        return reply
    }

    /// GETs path and returns whatever status and body the daemon answered.
    func fetch(_ path: String, _ parameters: [(String, String)] = []) async throws -> Reply {
        let query = parameters.map { "\($0)=\(Self.percentEncoded($1))" }.joined(separator: "&")
        guard let url = URL(httpURLWithSocketPath: socketPath, uri: query.isEmpty ? path : path + "?" + query) else {
            throw CLIError.usage("cannot address the socket \(socketPath)")
        }
        let request = HTTPClientRequest(url: url.absoluteString)
        let response: HTTPClientResponse
        do {
            response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        } catch {
            throw CLIError.daemonUnreachable(socketPath, String(describing: error))
        }
        let body = Data(buffer: try await response.body.collect(upTo: 64 << 20))
        return Reply(status: Int(response.status.code), body: body)
    }

    /// Percent-encodes all but unreserved characters (RFC 3986), for paths and query values.
    static func percentEncoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// The daemon's `{"error": {"code", "message"}}`.
struct ErrorReply: Decodable {
    struct Detail: Decodable {
        let code: String
        let message: String
    }
    let error: Detail
}
