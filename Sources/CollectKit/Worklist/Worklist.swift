/// Today's ranked actions across all collectors, within each collector's capacity.
public struct Worklist: Sendable {
    /// The day the worklist is for.
    public let asOf: CalendarDate
    /// Every action, highest priority first, ties by customer id.
    public let actions: [WorklistAction]
    /// Per collector, how many due customers did not fit in today's capacity.
    public let deferred: [CollectorID: Int]
    /// Customers whose facts were rejected (the smallest ids, up to the configured number).
    public let rejections: [WorklistSummary.Rejection]
    /// How many customers were rejected in total.
    public let rejectedCount: Int

    /// Creates a worklist; ``WorklistBuilder`` is the usual source.
    public init(asOf: CalendarDate, actions: [WorklistAction], deferred: [CollectorID: Int],
                rejections: [WorklistSummary.Rejection], rejectedCount: Int) {
        self.asOf = asOf
        self.actions = actions
        self.deferred = deferred
        self.rejections = rejections
        self.rejectedCount = rejectedCount
    }

    /// One collector's actions, in rank order.
    public func actions(for collector: CollectorID) -> [WorklistAction] {
        actions.filter { $0.collector == collector }
    }

    /// The collectors with work today, sorted.
    public var collectors: [CollectorID] { Set(actions.map(\.collector)).sorted() }
}
