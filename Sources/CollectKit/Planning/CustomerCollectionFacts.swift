/// Everything the planner and the worklist need to know about one customer, as a plain value.
///
/// The engine builds these from its ledgers (receivables, promises, excuses); a host can also
/// fill them directly from its CRM. Nothing here is computed by CollectKit: the facts are the
/// input, the plan is the output.
///
/// ```swift
/// let facts = CustomerCollectionFacts(
///     customer: StandardCustomer(customerID: "C-001", creditStanding: .fair),
///     openItems: [OpenItem(receivableID: "INV-9", outstanding: owed, dueDate: due)],
///     askHistory: [AskOutcome(asked: asked, paid: paid, date: day)],
///     collector: "zhang.wei")
/// ```
public struct CustomerCollectionFacts: Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Who the customer is: standing, tier and terms drive the policies.
    public var customer: StandardCustomer
    /// Everything still owed, one entry per receivable, in any currencies.
    public var openItems: [OpenItem]
    /// The promise record.
    public var promises: PromiseRecord
    /// Past requests and what they brought in; empty means no history.
    public var askHistory: [AskOutcome]
    /// Reasons the customer has given for not paying.
    public var excuses: [ExcuseUse]
    /// Whether the customer is known to owe other suppliers who also chase them
    /// (their limited cash goes to whoever chases hardest).
    public var hasCompetingCreditors: Bool
    /// Payments to other suppliers the collector has heard of recently.
    public var knownPaymentsToOthers: Int
    /// When someone last contacted the customer about payment, if ever.
    public var lastContactDate: CalendarDate?
    /// Who made that contact.
    public var lastContactCollector: CollectorID?
    /// The collector responsible; `nil` sends the customer to the worklist's fallback.
    public var collector: CollectorID?

    /// Creates the facts; only the customer is required.
    public init(customer: StandardCustomer, openItems: [OpenItem] = [], promises: PromiseRecord = .none,
                askHistory: [AskOutcome] = [], excuses: [ExcuseUse] = [], hasCompetingCreditors: Bool = false,
                knownPaymentsToOthers: Int = 0, lastContactDate: CalendarDate? = nil,
                lastContactCollector: CollectorID? = nil, collector: CollectorID? = nil) {
        self.customer = customer
        self.openItems = openItems
        self.promises = promises
        self.askHistory = askHistory
        self.excuses = excuses
        self.hasCompetingCreditors = hasCompetingCreditors
        self.knownPaymentsToOthers = knownPaymentsToOthers
        self.lastContactDate = lastContactDate
        self.lastContactCollector = lastContactCollector
        self.collector = collector
    }

    /// Creates the facts for any ``Customer`` conformer (its facts copied).
    public init(_ customer: some Customer, openItems: [OpenItem] = [], promises: PromiseRecord = .none,
                askHistory: [AskOutcome] = [], excuses: [ExcuseUse] = [], hasCompetingCreditors: Bool = false,
                knownPaymentsToOthers: Int = 0, lastContactDate: CalendarDate? = nil,
                lastContactCollector: CollectorID? = nil, collector: CollectorID? = nil) {
        self.init(customer: StandardCustomer(customer), openItems: openItems, promises: promises,
                  askHistory: askHistory, excuses: excuses, hasCompetingCreditors: hasCompetingCreditors,
                  knownPaymentsToOthers: knownPaymentsToOthers, lastContactDate: lastContactDate,
                  lastContactCollector: lastContactCollector, collector: collector)
    }

    /// The customer's identifier.
    public var customerID: CustomerID { customer.customerID }

    /// Id, counts and collector.
    public var description: String {
        "CustomerCollectionFacts(customer: \(customer.customerID), openItems: \(openItems.count), promises made: \(promises.made), "
            + "excuses: \(excuses.count), collector: \(collector?.rawValue ?? "-"))"
    }

    /// Same as `description`, so debuggers and logs do not leak personal data either.
    public var debugDescription: String { description }
}

extension CustomerCollectionFacts: RedactedReflection {}
