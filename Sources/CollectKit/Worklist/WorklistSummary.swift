/// A mergeable partial worklist: the best candidates per collector from some shard of the
/// portfolio, how many candidates there were, and the customers whose facts were rejected.
///
/// Summaries form a monoid: ``empty`` is the identity and ``merging(_:)`` is associative
/// and commutative, so a host can summarise shards in its own job system, in any grouping
/// and order, and get the same worklist. Each queue keeps only the collector's capacity's
/// worth of top candidates, which is exact: nothing below that rank could be picked after
/// merging. Each customer belongs to exactly one shard; a customer summarised twice would
/// appear twice.
struct WorklistSummary: Sendable {
    /// A customer whose facts could not be planned, and why.
    struct Rejection: Hashable, Sendable {
        /// The customer.
        let customerID: CustomerID
        /// The error.
        let error: CollectKitError

        /// Creates a rejection.
        init(customerID: CustomerID, error: CollectKitError) {
            self.customerID = customerID
            self.error = error
        }
    }

    /// One collector's best candidates so far. Once full, the worst kept candidate is the
    /// floor: anything ranking below it is only counted, never stored or sorted.
    struct Queue: Sendable {
        var actions: [WorklistAction] = []
        var candidates = 0
        var floor: WorklistAction?

        mutating func admit(_ action: WorklistAction, capacity: Int) {
            candidates += 1
            if let floor, !WorklistAction.ranksBefore(action, floor) { return }
            actions.append(action)
            if actions.count > 2 * capacity + 16 { trim(to: capacity) }
        }

        mutating func trim(to capacity: Int) {
            actions.sort(by: WorklistAction.ranksBefore)
            if actions.count > capacity { actions.removeSubrange(capacity...) }
            if actions.count == capacity, let last = actions.last { floor = last }
        }

        mutating func absorb(_ other: Queue) {
            candidates += other.candidates
            actions.append(contentsOf: other.actions)
            floor = nil
        }
    }

    var queues: [CollectorID: Queue]
    var rejections: [Rejection]
    /// How many customers were rejected in total.
    var rejectedCount: Int
    /// How many customers were considered in total.
    var customersConsidered: Int
    var limits: Limits?

    struct Limits: Sendable {
        var dailyCapacity: Int
        var overrides: [CollectorID: Int]
        var rejectionsKept: Int

        func capacity(of collector: CollectorID) -> Int { Swift.max(0, overrides[collector] ?? dailyCapacity) }

        /// The tighter of two limits, so merging stays commutative.
        func combined(with other: Limits) -> Limits {
            var overrides = self.overrides
            for (collector, value) in other.overrides {
                overrides[collector] = Swift.min(value, overrides[collector] ?? other.dailyCapacity)
            }
            for (collector, value) in self.overrides where other.overrides[collector] == nil {
                overrides[collector] = Swift.min(value, other.dailyCapacity)
            }
            return Limits(dailyCapacity: Swift.min(dailyCapacity, other.dailyCapacity), overrides: overrides,
                          rejectionsKept: Swift.min(rejectionsKept, other.rejectionsKept))
        }
    }

    /// The identity: no customers, no candidates.
    static let empty = WorklistSummary(queues: [:], rejections: [], rejectedCount: 0,
                                              customersConsidered: 0, limits: nil)

    init(queues: [CollectorID: Queue], rejections: [Rejection],
         rejectedCount: Int, customersConsidered: Int, limits: Limits?) {
        self.queues = queues
        self.rejections = rejections
        self.rejectedCount = rejectedCount
        self.customersConsidered = customersConsidered
        self.limits = limits
    }

    init(configuration: WorklistConfiguration) {
        self.init(queues: [:], rejections: [], rejectedCount: 0, customersConsidered: 0,
                  limits: Limits(dailyCapacity: configuration.dailyCapacity, overrides: configuration.capacityOverrides,
                                 rejectionsKept: configuration.rejectionsKept))
    }

    /// This summary combined with `other`, as if both shards had been summarised together.
    func merging(_ other: WorklistSummary) -> WorklistSummary {
        var merged = self
        merged.limits = switch (limits, other.limits) {
        case (nil, nil): nil
        case (let some?, nil), (nil, let some?): some
        case (let left?, let right?): left.combined(with: right)
        }
        for (collector, queue) in other.queues { merged.queues[collector, default: Queue()].absorb(queue) }
        merged.rejections.append(contentsOf: other.rejections)
        merged.rejectedCount += other.rejectedCount
        merged.customersConsidered += other.customersConsidered
        merged.trimAll()
        return merged
    }

    mutating func add(_ action: WorklistAction) {
        let capacity = limits?.capacity(of: action.collector) ?? Int.max / 4
        queues[action.collector, default: Queue()].admit(action, capacity: capacity)
    }

    mutating func reject(_ customerID: CustomerID, _ error: CollectKitError) {
        rejectedCount += 1
        rejections.append(Rejection(customerID: customerID, error: error))
        if let limits, rejections.count > 2 * limits.rejectionsKept + 16 { trimRejections(limits.rejectionsKept) }
    }

    mutating func countConsidered(_ count: Int = 1) { customersConsidered += count }

    mutating func trimAll() {
        for collector in queues.keys {
            queues[collector]?.trim(to: limits?.capacity(of: collector) ?? Int.max)
        }
        if let limits { trimRejections(limits.rejectionsKept) } else { rejections.sort { $0.customerID < $1.customerID } }
    }

    private mutating func trimRejections(_ kept: Int) {
        rejections.sort { $0.customerID < $1.customerID }
        if rejections.count > kept { rejections.removeSubrange(kept...) }
    }
}
