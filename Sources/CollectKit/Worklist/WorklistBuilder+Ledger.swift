import Dispatch
import Foundation

/// The engine's worklist and escalation walks: customers read straight from the ledger, in
/// id order, split into one shard per core and merged.
extension WorklistBuilder {
    /// The worklist of every customer in `ledger` (whose customer order is current).
    func build(_ ledger: CollectionLedger, asOf: CalendarDate) -> Worklist {
        let summaries = Self.inShards(of: ledger.customerOrder) { slots in
            var summary = WorklistSummary(configuration: configuration)
            var scratch = CustomerAllocation()
            let current = ledger.openColumnIsCurrent(asOf: asOf)
            var skipped = 0
            for slot in slots {
                let state = ledger.customers[Int(slot)]
                guard state.isKnown else { continue }
                // Nothing open means no exposure, so no action: skip building the facts.
                if current, state.open == 0 { skipped += 1; continue }
                consider(ledger.facts(forSlot: slot, asOf: asOf, scratch: &scratch), asOf: asOf, into: &summary)
            }
            summary.countConsidered(skipped)
            summary.trimAll()
            return summary
        }
        return worklist(from: summaries.reduce(WorklistSummary.empty) { $0.merging($1) }, asOf: asOf)
    }

    /// Each customer's current escalation level on `asOf`, for customers who owe something
    /// or have promised something (nobody else can have a level), in id order.
    func escalations(in ledger: CollectionLedger, asOf: CalendarDate) -> [(slot: Int32, level: EscalationLevel)] {
        let planner = configuration.planner
        let shards = Self.inShards(of: ledger.customerOrder) { slots in
            var levels: [(slot: Int32, level: EscalationLevel)] = []
            var scratch = CustomerAllocation()
            let current = ledger.openColumnIsCurrent(asOf: asOf)
            for slot in slots {
                let state = ledger.customers[Int(slot)]
                guard state.isKnown, !(current && state.open == 0 && state.promiseHead == CollectionLedger.none) else { continue }
                let facts = ledger.facts(forSlot: slot, asOf: asOf, scratch: &scratch)
                // A customer whose facts the planner rejects has no level; the worklist
                // reports the rejection.
                guard let situation = try? planner.assess(facts, asOf: asOf),
                      let level = planner.escalationPolicy.currentLevel(situation.escalationInput(facts)) else { continue }
                levels.append((slot, level))
            }
            return levels
        }
        return shards.flatMap { $0 }
    }

    /// Runs `work` on contiguous shards of `slots`, one per core, and returns the results in
    /// shard order.
    static func inShards<Result: Sendable>(of slots: [Int32], _ work: @escaping @Sendable (ArraySlice<Int32>) -> Result) -> [Result] {
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        let count = Swift.max(1, Swift.min(cores, slots.count / 4096))
        guard count > 1 else { return [work(slots[...])] }
        let size = (slots.count + count - 1) / count
        let results = ShardResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { shard in
            let start = shard * size, end = Swift.min(slots.count, start + size)
            results.store(work(slots[start..<end]), at: shard)
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
