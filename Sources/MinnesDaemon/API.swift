import Foundation
import Hummingbird
import MinnesIndex
import MinnesParse

/// The daemon's HTTP API (docs/API.md). Every answer is JSON, errors included.
struct API {
    static let maxLimit = 1000

    let pool: SearcherPool
    let started = Date()

    func addRoutes(to router: Router<APIContext>) {
        router.middlewares.add(JSONErrorMiddleware())
        router.get("/v1/health") { _, _ in Health(status: "ok", pid: Int(getpid()), index: pool.indexPath) }
        router.get("/v1/stats") { _, _ in try await stats() }
        router.get("/v1/search") { request, _ in try await search(request.uri.queryParameters) }
        router.get("/v1/who") { request, _ in
            let topic = try required(request.uri.queryParameters, "topic")
            return try await run { try $0.who(topic) }
        }
        router.get("/v1/timeline") { request, _ in
            let parameters = request.uri.queryParameters
            let topic = try required(parameters, "topic")
            let by = try choice(parameters, "by", default: Timeline.Period.quarter)
            return try await run { try $0.timeline(topic, by: by) }
        }
        router.get("/v1/people") { _, _ in JSONArray(items: try await run { try $0.people() }) }
        router.get("/v1/meetings") { _, _ in JSONArray(items: try await run { try $0.meetings() }) }
        router.get("/v1/meetings/{id}") { _, context in
            let id = try context.parameters.require("id")
            guard let meeting = try await run({ try $0.meeting(id: id) }) else {
                throw APIError(.notFound, code: "not_found", "no meeting or item has the id \(id)")
            }
            return meeting
        }
    }

    func stats() async throws -> Stats {
        let uptime = (Date().timeIntervalSince(started) * 10).rounded() / 10
        return try await run { searcher in
            try searcher.refresh()
            return Stats(
                documents: try searcher.documentCount, revision: try searcher.revision, uptimeSeconds: uptime,
                index: searcher.indexPath)
        }
    }

    func search(_ parameters: Parameters) async throws -> SearchResponse {
        let query = try required(parameters, "q")
        let options = SearchOptions(
            limit: try integer(parameters, "limit", default: 10, in: 1...Self.maxLimit),
            offset: try integer(parameters, "offset", default: 0, in: 0...Int(Int32.max)),
            grouped: try choice(parameters, "group", default: Grouping.meeting) == .meeting,
            order: try choice(parameters, "sort", default: SearchOptions.Order.relevance),
            facets: try choice(parameters, "facets", default: Switch.off) == .on)
        return try await run { try $0.search(query, options: options) }
    }

    enum Grouping: String, CaseIterable { case meeting, none }
    enum Switch: String, CaseIterable { case on, off }

    private func required(_ parameters: Parameters, _ name: String) throws -> String {
        guard let value = parameters.get(name) else {
            throw APIError(.badRequest, code: "missing_query", "give the \(name) as ?\(name)=…")
        }
        // As in HTML forms, + is a space (a plus sign is %2B).
        return value.replacingOccurrences(of: "+", with: " ")
    }

    /// One of a parameter's allowed values, by name.
    private func choice<T: RawRepresentable & CaseIterable>(_ parameters: Parameters, _ name: String, default value: T)
        throws -> T where T.RawValue == String
    {
        guard let text = parameters.get(name) else { return value }
        guard let chosen = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, code: "bad_parameter", "\(name) must be one of \(allowed), not \"\(text)\"")
        }
        return chosen
    }

    private func integer(_ parameters: Parameters, _ name: String, default value: Int, in range: ClosedRange<Int>)
        throws -> Int
    {
        guard let text = parameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(
                .badRequest, code: "bad_parameter",
                "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return number
    }

    /// Runs blocking Xapian work on a pooled handle and turns failures into API errors.
    private func run<T: Sendable>(_ body: @escaping @Sendable (Searcher) throws -> T) async throws -> T {
        do {
            return try await pool.withSearcher(body)
        } catch let error as SearchError {
            switch error {
            case .emptyQuery: throw APIError(.badRequest, code: "empty_query", error.description)
            case .badQuery: throw APIError(.badRequest, code: "bad_query", error.description)
            case .noIndex: throw APIError(.serviceUnavailable, code: "no_index", error.description)
            }
        }
    }
}

struct Health: ResponseEncodable {
    let status: String
    let pid: Int
    let index: String
}

struct Stats: ResponseEncodable {
    let documents: Int
    let revision: UInt64
    let uptimeSeconds: Double
    let index: String
}

/// Answers are encoded with sorted keys and unescaped slashes: the same query gives the same bytes,
/// whoever asks (the CLI's `--json` prints them as they come).
struct APIContext: RequestContext {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    var coreContext: CoreRequestContextStorage

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    var responseEncoder: JSONEncoder { Self.encoder }
}

/// `{"error": {"code", "message"}}` with a fitting status.
struct APIError: HTTPResponseError {
    struct Body: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
        }
        let error: Detail
    }

    let status: HTTPResponse.Status
    let code: String
    let message: String

    init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        (self.status, self.code, self.message) = (status, code, message)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try APIContext.encoder.encode(Body(error: .init(code: code, message: message)))
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Gives every failure, unknown routes and internal errors included, the same JSON shape.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            throw APIError(error.status, code: code, error.body ?? error.status.reasonPhrase)
        } catch {
            throw APIError(.internalServerError, code: "internal", String(describing: error))
        }
    }
}

extension SearchResponse: ResponseEncodable {}
extension WhoResponse: ResponseEncodable {}
extension Timeline: ResponseEncodable {}
extension Meeting: ResponseEncodable {}

/// A JSON array (Hummingbird encodes objects, not arrays, as responses).
struct JSONArray<Item: Encodable & Sendable>: ResponseGenerator {
    let items: [Item]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try APIContext.encoder.encode(items))))
    }
}
