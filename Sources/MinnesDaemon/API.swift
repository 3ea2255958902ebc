import Foundation
import HTTPTypes
import Hummingbird
import MinnesAPI
import MinnesIndex
import MinnesNormalise
import MinnesParse

/// The daemon's router over one index: what `minnesd` serves, and what tests drive in-process.
public func makeRouter(indexPath: String, shardTimeout: Double = Daemon.defaultShardTimeout) -> Router<APIContext> {
    makeRouter(indexPath: indexPath, shardTimeout: shardTimeout, refusals: Refusals(), activity: Activity())
}

func makeRouter(indexPath: String, shardTimeout: Double, refusals: Refusals, activity: Activity) -> Router<APIContext> {
    let router = Router(context: APIContext.self)
    router.middlewares.add(ActivityMiddleware(activity: activity))
    API(pool: SearcherPool(indexPath: indexPath, shardTimeout: shardTimeout), refusals: refusals).addRoutes(to: router)
    return router
}

/// The daemon's HTTP API (docs/API.md). Every answer is JSON, errors included.
struct API {
    static let meetingsPage = 100
    let pool: SearcherPool
    let refusals: Refusals
    let started = Date()

    func addRoutes(to router: Router<APIContext>) {
        router.middlewares.add(JSONErrorMiddleware())
        router.middlewares.add(IndexCheck(index: pool.indexPath))
        router.get(RouterPath(Route.health)) { _, _ in try await health() }
        router.get(RouterPath(Route.stats)) { _, _ in try await stats() }
        router.get(RouterPath(Route.search)) { request, _ in
            // The time the daemon spent on the answer before encoding it, for clients and benchmarks.
            let started = ContinuousClock.now
            let response = try await search(request.uri.queryParameters)
            let took = (ContinuousClock.now - started).components
            let milliseconds = Double(took.seconds) * 1000 + Double(took.attoseconds) / 1e15
            return EditedResponse(headers: [.serverTiming: String(format: "search;dur=%.3f", milliseconds)], response: response)
        }
        router.get(RouterPath(Route.who)) { request, _ in
            let topic = try required(request.uri.queryParameters, "topic")
            return try await run { try $0.who(topic) }
        }
        router.get(RouterPath(Route.timeline)) { request, _ in
            let parameters = request.uri.queryParameters
            let topic = try required(parameters, "topic")
            let by = try choice(parameters, "by", default: Timeline.Period.quarter)
            return try await run { try $0.timeline(topic, by: by) }
        }
        router.get(RouterPath(Route.people)) { request, _ in
            // `name`: only the people it means (a full name, or one name alone: all so named).
            // (A blank name is none: everyone.)
            let name = request.uri.queryParameters.get("name").map { $0.replacingOccurrences(of: "+", with: " ") }
                .flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            return JSONArray(items: try await run { searcher in
                let everyone = try searcher.register()
                return name.map { PeopleRegister.named($0, among: everyone) } ?? everyone
            })
        }
        router.get(RouterPath(Route.meetings)) { request, _ in
            // A page at a time, so one answer stays small however large the archive.
            let parameters = request.uri.queryParameters
            let limit = try integer(parameters, "limit", default: Self.meetingsPage, in: 1...SearchOptions.maxLimit)
            let offset = try integer(parameters, "offset", default: 0, in: 0...Int(Int32.max))
            return JSONArray(items: try await run { try $0.meetings(offset: offset, limit: limit) })
        }
        router.get(RouterPath(Route.meetings + "/{id}")) { _, context in
            // An archive's id has a colon, which arrives percent-encoded.
            let raw = try context.parameters.require("id")
            let id = raw.removingPercentEncoding ?? raw
            guard let meeting = try await run({ try $0.meeting(id: id) }) else {
                throw APIError(.notFound, code: .notFound, "no meeting or item has the id \(id)")
            }
            return meeting
        }
    }

    /// Alive, and whether every shard answers (a shard left out is named).
    func health() async throws -> Health {
        let degraded: [String]
        do {
            degraded = try await run { (searcher: Searcher) -> [String] in
                try searcher.refresh()
                return searcher.degraded
            }
        } catch let error as APIError where error.code == .unavailable {
            degraded = [error.message]
        }
        return Health(
            status: degraded.isEmpty ? "ok" : "degraded", pid: Int(getpid()), index: pool.indexPath,
            degraded: degraded.isEmpty ? nil : degraded)
    }

    func stats() async throws -> Stats {
        let uptime = (Date().timeIntervalSince(started) * 10).rounded() / 10
        return try await run { searcher in
            try searcher.refresh()
            return Stats(
                documents: try searcher.documentCount, revision: try searcher.revision, uptimeSeconds: uptime,
                index: searcher.indexPath, refusedConnections: refusals.total)
        }
    }

    func search(_ parameters: Parameters) async throws -> SearchResponse {
        let query = try required(parameters, "q")
        let options = SearchOptions(
            limit: try integer(parameters, "limit", default: 10, in: 1...SearchOptions.maxLimit),
            offset: try integer(parameters, "offset", default: 0, in: 0...Int(Int32.max)),
            grouped: try choice(parameters, "group", default: SearchOptions.Grouping.meeting) == .meeting,
            order: try choice(parameters, "sort", default: SearchOptions.Order.relevance),
            facets: try choice(parameters, "facets", default: Switch.off) == .on,
            explain: try choice(parameters, "explain", default: Switch.off) == .on,
            exactTotal: try choice(parameters, "total", default: Total.estimate) == .exact)
        return try await run { try $0.search(query, options: options) }
    }

    enum Switch: String, CaseIterable { case on, off }
    enum Total: String, CaseIterable { case exact, estimate }

    private func required(_ parameters: Parameters, _ name: String) throws -> String {
        guard let value = parameters.get(name) else {
            throw APIError(.badRequest, code: .missingQuery, "give the \(name) as ?\(name)=…")
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
            throw APIError(.badRequest, code: .badParameter, "\(name) must be one of \(allowed), not \"\(text)\"")
        }
        return chosen
    }

    private func integer(_ parameters: Parameters, _ name: String, default value: Int, in range: ClosedRange<Int>)
        throws -> Int
    {
        guard let text = parameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(
                .badRequest, code: .badParameter,
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
            case .emptyQuery: throw APIError(.badRequest, code: .emptyQuery, error.description)
            case .badQuery: throw APIError(.badRequest, code: .badQuery, error.description)
            case .queryTooLong: throw APIError(.badRequest, code: .queryTooLong, error.description)
            case .noIndex: throw APIError(.serviceUnavailable, code: .noIndex, error.description)
            case .unavailable: throw APIError(.serviceUnavailable, code: .unavailable, error.description)
            }
        }
    }
}

/// Answers are encoded with sorted keys and unescaped slashes: the same query gives the same bytes,
/// whoever asks (the CLI's `--json` prints them as they come).
public struct APIContext: RequestContext {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { Self.encoder }
}

/// An `ErrorBody` with a fitting status.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let code: ErrorCode
    let message: String

    init(_ status: HTTPResponse.Status, code: ErrorCode, _ message: String) {
        (self.status, self.code, self.message) = (status, code, message)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try APIContext.encoder.encode(ErrorBody(code: code, message: message))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .methodNotAllowed { headers[.allow] = "GET, HEAD" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Gives every failure, unknown routes and internal errors included, the same JSON shape.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        // Every route answers GET (and HEAD); another method on one of them is 405, not "not found".
        if request.method != .get, request.method != .head, Route.isRoute(request.uri.path) {
            throw APIError(.methodNotAllowed, code: .http(405), "\(request.uri.path) answers GET only, not \(request.method)")
        }
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            let code: ErrorCode = error.status == .notFound ? .notFound : .http(error.status.code)
            throw APIError(error.status, code: code, error.body ?? error.status.reasonPhrase)
        } catch {
            throw APIError(.internalServerError, code: .internal, String(describing: error))
        }
    }
}

/// Refuses a request meant for another index (its `Minnes-Index` header): a `--socket` shared by
/// two indexes must not answer for the one it does not serve.
struct IndexCheck<Context: RequestContext>: RouterMiddleware {
    let index: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if let header = HTTPField.Name(Route.indexHeader), let written = request.headers[header] {
            let asked = written.removingPercentEncoding ?? written
            guard IndexAddress.same(asked, index) else {
                throw APIError(
                    .conflict, code: .otherIndex,
                    "this daemon serves the index \(index), not \(asked); each index has a daemon of its own, on its own socket, unless --socket names another's")
            }
        }
        return try await next(request, context)
    }
}

extension SearchResponse: ResponseEncodable {}
extension WhoResponse: ResponseEncodable {}
extension Timeline: ResponseEncodable {}
extension Meeting: ResponseEncodable {}
extension Health: ResponseEncodable {}
extension Stats: ResponseEncodable {}

/// A JSON array (Hummingbird encodes objects, not arrays, as responses).
struct JSONArray<Item: Encodable & Sendable>: ResponseGenerator {
    let items: [Item]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try APIContext.encoder.encode(items))))
    }
}

extension HTTPField.Name {
    /// Server-Timing (W3C): how long the daemon worked on a search.
    static let serverTiming = Self("Server-Timing")!
}
