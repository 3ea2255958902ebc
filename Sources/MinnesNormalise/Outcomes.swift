import Foundation

/// What workers make on every core, one slot each, filled in as they finish (the resolver's shares
/// of meetings, the indexer's files and hashes, the reading cache's lines).
public final class Outcomes<Item>: @unchecked Sendable {
    public private(set) var items: [Item?]
    private let lock = NSLock()

    public init(count: Int) { items = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ item: Item) {
        lock.lock()
        items[index] = item
        lock.unlock()
    }

    public func clear() { lock.withLock { items = [] } }

    /// The item at index, no longer held here.
    public func take(_ index: Int) -> Item? {
        lock.withLock {
            defer { items[index] = nil }
            return items[index]
        }
    }
}

extension Range where Bound == Int {
    /// The range cut into consecutive parts of `size` (the last may be shorter): what each worker or
    /// batch takes.
    public func parts(of size: Int) -> [Range<Int>] {
        stride(from: lowerBound, to: upperBound, by: Swift.max(1, size)).map { $0..<Swift.min($0 + size, upperBound) }
    }
}

extension Array where Element: Sendable {
    /// The elements mapped on every core, a part per worker at a time (one task per element would cost
    /// more than mapping one of thousands of small things), in order.
    public func mappedOnEveryCore<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let parts = indices.parts(of: count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let done = Outcomes<[Mapped]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in done.set(part, self[parts[part]].map(transform)) }
        return parts.indices.flatMap { done.take($0)! }
    }
}

/// A value handed to worker threads that each use their own part of it, or only one at a time (see
/// where it is made): what the compiler cannot see is safe.
public struct UncheckedSendable<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}

/// A value made on a thread of its own while the caller goes on (a kept file read, the register
/// encoded, the next batch of documents made): `value` waits for it. A thread, not the pool's: the
/// caller may be filling the pool, or waiting on it. Made once, whether `value` is asked or not.
public final class Later<Value: Sendable>: @unchecked Sendable {
    private var made: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ make: @escaping @Sendable () -> Value) {
        Thread { [self] in
            made = make()
            done.signal()
        }.start()
    }

    public var value: Value {
        done.wait()
        defer { done.signal() }
        return made!
    }

    /// The value, no longer held here: what is asked for once and let go soon after is not kept
    /// (the register encoded, while the documents are written). Asked for again, it is gone.
    public func take() -> Value {
        done.wait()
        defer { made = nil }
        return made!
    }
}
