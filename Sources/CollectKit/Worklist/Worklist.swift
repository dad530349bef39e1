/// Today's ranked actions across all collectors, within each collector's capacity.
public struct Worklist: Sendable {
    /// The day the worklist is for.
    public let asOf: CalendarDate
    /// Every action, highest priority first, ties by customer id.
    public let actions: [WorklistAction]
    /// Per collector, how many due customers did not fit in today's capacity.
    public let deferred: [CollectorID: Int]
    /// Why customers were left out (the smallest ids, up to
    /// ``WorklistConfiguration/rejectionsKept``): each error's field starts `customer[ID]`.
    public let rejections: [CollectKitError]
    /// How many customers were rejected in total.
    public let rejectedCount: Int

    /// Creates a worklist; ``CollectionEngine/worklist(asOf:)`` is the usual source.
    public init(asOf: CalendarDate, actions: [WorklistAction], deferred: [CollectorID: Int],
                rejections: [CollectKitError], rejectedCount: Int) {
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
