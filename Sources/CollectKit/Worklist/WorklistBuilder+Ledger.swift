import Dispatch
import Foundation

/// The engine's worklist and escalation walks: customers read straight from the ledger, in
/// id order, split into one shard per core and merged.
extension WorklistBuilder {
    /// The worklist of every customer in `ledger` (whose customer order is current).
    ///
    /// Each shard walks its customers in id order with their promises and payments grouped
    /// once for the whole portfolio, so a customer's promise record comes from one allocation
    /// on buffers rather than from chasing its records through the ledger.
    func build(_ ledger: CollectionLedger, asOf: CalendarDate) -> Worklist {
        let order = ledger.customerOrder
        let grouped = CustomerGroupedPositions(order: order, promiseSlots: ledger.promiseSlot, paymentSlots: ledger.paymentSlot,
                                               paymentFields: ledger.paymentFields, lastPaymentDay: asOf.daysSinceEpoch)
        let collectors = ledger.collectorKeys.strings.map(CollectorID.init(rawValue:))
        let summaries = Self.inShards(count: order.count) { ranks in
            var summary = WorklistSummary(configuration: configuration)
            var skipped = 0
            ledger.walkCustomers(ranks, grouped: grouped, asOf: asOf) { rank, slot, promises in
                let state = ledger.customers[Int(slot)]
                guard state.isKnown else { return }
                // Nothing open means no exposure, so no action: skip building the facts.
                if ledger.openColumnIsCurrent(asOf: asOf), state.open == 0 { skipped += 1; return }
                let id = ledger.customerID(ofSlot: slot)
                let record = promises.map { ledger.promiseSummary(customer: id, asOf: asOf, allocated: $0) } ?? .none
                consider(ledger.facts(forSlot: slot, id: id, asOf: asOf, promises: record, withReceivableIDs: false,
                                      collectors: collectors), asOf: asOf, into: &summary)
            }
            summary.countConsidered(skipped)
            summary.trimAll()
            return summary
        }
        return worklist(from: summaries.reduce(WorklistSummary.empty) { $0.merging($1) }, asOf: asOf)
    }

    /// Runs `work` on contiguous ranges of `0..<total`, one per core, and returns the results
    /// in range order.
    static func inShards<Result: Sendable>(count total: Int, _ work: @escaping @Sendable (Range<Int>) -> Result) -> [Result] {
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let count = Swift.max(1, Swift.min(cores, total / 4096))
        guard count > 1 else { return [work(0..<total)] }
        let size = (total + count - 1) / count
        let results = ShardResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { shard in
            let start = shard * size, end = Swift.min(total, start + size)
            results.store(work(start..<end), at: shard)
        }
        return results.values
    }
}

/// The results of concurrently computed shards, each written once under a lock.
private final class ShardResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
