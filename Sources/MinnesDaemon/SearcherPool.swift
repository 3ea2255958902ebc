import Foundation
import MinnesIndex
import NIOPosix

/// Read-only Xapian handles for one index, lent to one request at a time. Searches run on a thread
/// pool of their own, never on an event loop, so at most that pool's size of handles exist.
///
/// `@unchecked Sendable`: `lock` guards `idle`; a Searcher taken from it is owned by one thread until
/// it is handed back, which is the access Xapian allows.
final class SearcherPool: @unchecked Sendable {
    let indexPath: String
    let shardTimeout: Double
    private let lock = NSLock()
    private var idle: [Searcher] = []

    init(indexPath: String, shardTimeout: Double) {
        (self.indexPath, self.shardTimeout) = (indexPath, shardTimeout)
    }

    /// The threads searches run on: more than the cores, so an ordinary query gets a thread while
    /// costly ones (each stopped by the time limit) run; the kernel shares the cores between them.
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(8, 4 * ProcessInfo.processInfo.activeProcessorCount))
        pool.start()
        return pool
    }()

    func withSearcher<T: Sendable>(_ body: @escaping @Sendable (Searcher) throws -> T) async throws -> T {
        try await Self.threads.runIfActive {
            let searcher = try self.checkOut()
            do {
                let result = try body(searcher)
                self.checkIn(searcher)
                return result
            } catch let error as SearchError {
                // The request was at fault, not the handle; unless the index is gone under it.
                if case .noIndex = error {} else { self.checkIn(searcher) }
                throw error
            }
            // Any other failure drops the handle; the next request opens a fresh one.
        }
    }

    private func checkOut() throws -> Searcher {
        if let searcher = lock.withLock({ idle.popLast() }) { return searcher }
        return try Searcher(indexPath: indexPath, shardTimeout: shardTimeout)
    }

    private func checkIn(_ searcher: Searcher) {
        lock.withLock { idle.append(searcher) }
    }
}
