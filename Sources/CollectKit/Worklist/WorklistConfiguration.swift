/// How a worklist is built: the planner and priority policy, collectors' daily capacity,
/// where unassigned customers go, and how currencies weigh against each other in ranking.
public struct WorklistConfiguration: Sendable {
    /// Computes each customer's request, cadence and escalation.
    public var planner: CollectionPlanner
    /// Ranks the customers due for contact.
    public var priorityPolicy: any PriorityPolicy
    /// Actions per collector per day, unless overridden.
    public var dailyCapacity: Int
    /// Per-collector capacities that differ from ``dailyCapacity``.
    public var capacityOverrides: [CollectorID: Int]
    /// Who gets customers with neither a collector nor a last-contact collector: a shared
    /// queue (default `"unassigned"`) with its own capacity, for a team lead to hand out.
    public var fallbackCollector: CollectorID
    /// Ranking weight of one major unit of each currency, in basis points (e.g. its rate to
    /// the reporting currency: 72,000 for USD against CNY at 7.2); currencies not listed weigh
    /// the whole (10,000). Used only to compare urgency, never as money.
    public var currencyWeights: [Currency: BasisPoints]
    /// How many rejected customers' errors a worklist keeps (the smallest ids).
    public var rejectionsKept: Int

    /// Creates a configuration with the documented defaults (40 actions a day).
    public init(planner: CollectionPlanner = CollectionPlanner(), priorityPolicy: any PriorityPolicy = StandardPriorityPolicy(),
                dailyCapacity: Int = 40, capacityOverrides: [CollectorID: Int] = [:],
                fallbackCollector: CollectorID = "unassigned", currencyWeights: [Currency: BasisPoints] = [:],
                rejectionsKept: Int = 100) {
        self.planner = planner
        self.priorityPolicy = priorityPolicy
        self.dailyCapacity = Swift.max(0, dailyCapacity)
        self.capacityOverrides = capacityOverrides
        self.fallbackCollector = fallbackCollector
        self.currencyWeights = currencyWeights
        self.rejectionsKept = Swift.max(0, rejectionsKept)
    }

    /// The daily capacity of `collector`.
    public func capacity(of collector: CollectorID) -> Int {
        Swift.max(0, capacityOverrides[collector] ?? dailyCapacity)
    }
}
