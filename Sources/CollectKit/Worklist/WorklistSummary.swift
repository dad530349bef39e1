/// A mergeable partial worklist: the best candidates per collector from some shard of the
/// portfolio, how many candidates there were, and the customers whose facts were rejected.
///
/// Summaries form a monoid: ``empty`` is the identity and ``merging(_:)`` is associative
/// and commutative, so a host can summarise shards in its own job system, in any grouping
/// and order, and get the same worklist. Each queue keeps only the collector's capacity's
/// worth of top candidates, which is exact: nothing below that rank could be picked after
/// merging.
public struct WorklistSummary: Sendable {
    /// A customer whose facts could not be planned, and why.
    public struct Rejection: Hashable, Sendable {
        /// The customer.
        public let customerID: CustomerID
        /// The error.
        public let error: CollectKitError

        /// Creates a rejection.
        public init(customerID: CustomerID, error: CollectKitError) {
            self.customerID = customerID
            self.error = error
        }
    }

    var queues: [CollectorID: [WorklistAction]]
    var candidateCounts: [CollectorID: Int]
    var rejections: [Rejection]
    /// How many customers were rejected in total.
    public private(set) var rejectedCount: Int
    /// How many customers were considered in total.
    public private(set) var customersConsidered: Int
    private var limits: Limits?

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
    public static let empty = WorklistSummary(queues: [:], candidateCounts: [:], rejections: [], rejectedCount: 0,
                                              customersConsidered: 0, limits: nil)

    init(queues: [CollectorID: [WorklistAction]], candidateCounts: [CollectorID: Int], rejections: [Rejection],
         rejectedCount: Int, customersConsidered: Int, limits: Limits?) {
        self.queues = queues
        self.candidateCounts = candidateCounts
        self.rejections = rejections
        self.rejectedCount = rejectedCount
        self.customersConsidered = customersConsidered
        self.limits = limits
    }

    init(configuration: WorklistConfiguration) {
        self.init(queues: [:], candidateCounts: [:], rejections: [], rejectedCount: 0, customersConsidered: 0,
                  limits: Limits(dailyCapacity: configuration.dailyCapacity, overrides: configuration.capacityOverrides,
                                 rejectionsKept: configuration.rejectionsKept))
    }

    /// This summary combined with `other`, as if both shards had been summarised together.
    public func merging(_ other: WorklistSummary) -> WorklistSummary {
        var merged = self
        merged.limits = switch (limits, other.limits) {
        case (nil, nil): nil
        case (let some?, nil), (nil, let some?): some
        case (let left?, let right?): left.combined(with: right)
        }
        for (collector, actions) in other.queues { merged.queues[collector, default: []].append(contentsOf: actions) }
        for (collector, count) in other.candidateCounts { merged.candidateCounts[collector, default: 0] += count }
        merged.rejections.append(contentsOf: other.rejections)
        merged.rejectedCount += other.rejectedCount
        merged.customersConsidered += other.customersConsidered
        merged.trimAll()
        return merged
    }

    mutating func add(_ action: WorklistAction) {
        candidateCounts[action.collector, default: 0] += 1
        queues[action.collector, default: []].append(action)
        if let limits, let count = queues[action.collector]?.count, count > 2 * limits.capacity(of: action.collector) + 16 {
            trim(action.collector, to: limits.capacity(of: action.collector))
        }
    }

    mutating func reject(_ customerID: CustomerID, _ error: CollectKitError) {
        rejectedCount += 1
        rejections.append(Rejection(customerID: customerID, error: error))
        if let limits, rejections.count > 2 * limits.rejectionsKept + 16 { trimRejections(limits.rejectionsKept) }
    }

    mutating func countConsidered() { customersConsidered += 1 }

    mutating func trimAll() {
        guard let limits else {
            for collector in queues.keys { queues[collector]?.sort(by: WorklistAction.ranksBefore) }
            rejections.sort { $0.customerID < $1.customerID }
            return
        }
        for collector in queues.keys { trim(collector, to: limits.capacity(of: collector)) }
        trimRejections(limits.rejectionsKept)
    }

    private mutating func trim(_ collector: CollectorID, to capacity: Int) {
        guard var queue = queues[collector] else { return }
        queue.sort(by: WorklistAction.ranksBefore)
        if queue.count > capacity { queue.removeSubrange(capacity...) }
        queues[collector] = queue
    }

    private mutating func trimRejections(_ kept: Int) {
        rejections.sort { $0.customerID < $1.customerID }
        if rejections.count > kept { rejections.removeSubrange(kept...) }
    }
}
