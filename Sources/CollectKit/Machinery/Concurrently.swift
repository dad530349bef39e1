import Dispatch
import Foundation

/// Runs two pieces of synchronous work at once, one per core, and waits for both: for the
/// few places (restoring a snapshot) where a caller holds exclusive data and two independent
/// passes over it each take a second.
enum Concurrently {
    /// Runs `first` and `second` concurrently and returns the errors they threw, first's first.
    ///
    /// The closures may capture `inout`-style state only if they touch disjoint data; the
    /// caller guarantees that, which is why this is machinery and not API.
    static func run(_ first: () throws(CollectKitError) -> Void,
                    _ second: () throws(CollectKitError) -> Void) -> [CollectKitError] {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let box = Outcomes(first: Unchecked(first), second: Unchecked(second))
                DispatchQueue.concurrentPerform(iterations: 2) { index in box.run(index) }
                return box.errors
            }
        }
    }

    private struct Unchecked<Work>: @unchecked Sendable { let work: Work; init(_ work: Work) { self.work = work } }

    private final class Outcomes: @unchecked Sendable {
        private let first: Unchecked<() throws(CollectKitError) -> Void>
        private let second: Unchecked<() throws(CollectKitError) -> Void>
        private let lock = NSLock()
        private var failures: [Int: CollectKitError] = [:]

        init(first: Unchecked<() throws(CollectKitError) -> Void>, second: Unchecked<() throws(CollectKitError) -> Void>) {
            self.first = first
            self.second = second
        }

        func run(_ index: Int) {
            do throws(CollectKitError) { try (index == 0 ? first.work : second.work)() } catch {
                lock.lock()
                failures[index] = error
                lock.unlock()
            }
        }

        var errors: [CollectKitError] {
            lock.lock()
            defer { lock.unlock() }
            return failures.keys.sorted().compactMap { failures[$0] }
        }
    }
}
