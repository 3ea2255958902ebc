import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// Requests in flight and when the last one ended.
final class Activity: Sendable {
    private struct State {
        var inFlight = 0
        var last = ContinuousClock.now
    }

    private let state = Mutex(State())

    func begin() { state.withLock { $0.inFlight += 1 } }

    func end() {
        state.withLock { state in
            state.inFlight -= 1
            state.last = .now
        }
    }

    /// How long nothing has been asked: zero while a request is answered.
    var idle: Duration { state.withLock { $0.inFlight > 0 ? .zero : ContinuousClock.now - $0.last } }
}

/// Counts every request that reaches the router (an error answer too) as activity; a connection
/// `PeerCheck` refuses never does, so another user cannot keep the daemon up.
struct ActivityMiddleware<Context: RequestContext>: RouterMiddleware {
    let activity: Activity

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        activity.begin()
        defer { activity.end() }
        return try await next(request, context)
    }
}

/// Ends the daemon once nothing has been asked for `limit`: a daemon `minnes` started on its own
/// does not stay behind for good (as Bazel's and Gradle's servers do not), and the next search
/// starts one again.
struct IdleExit: Service {
    let limit: Duration
    let activity: Activity
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let idle = activity.idle
            if idle >= limit {
                logger.info("minnesd: nothing asked for \(limit.components.seconds) s; exiting")
                return
            }
            // Wakes when the limit could be reached, or at once on a graceful shutdown.
            let wait = max(limit - idle, .milliseconds(100))  // never a loop that does not wait
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
        }
    }
}
