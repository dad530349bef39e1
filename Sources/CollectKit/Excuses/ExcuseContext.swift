/// Facts the host knows about the customer, against which an excuse is weighed.
///
/// Every fact is optional: an unknown fact makes the judgement "unverified", never "false".
/// The article's rule: neither believe nor disbelieve (不可信其有,也不可信其无); answer with facts.
public struct ExcuseContext: Sendable, Hashable {
    /// What the customer bought from us recently.
    public struct RecentOrders: Sendable, Hashable {
        /// The number of orders.
        public var count: Int
        /// Their total value.
        public var total: Money
        /// How many days back the orders were counted.
        public var periodDays: Int

        /// `count` orders worth `total` in the last `periodDays` days.
        public init(count: Int, total: Money, periodDays: Int) {
            self.count = max(0, count)
            self.total = total
            self.periodDays = max(1, periodDays)
        }
    }

    /// How our product sells at the customer.
    public struct SellThrough: Sendable, Hashable {
        /// Days of stock of our product the customer holds at the current sales rate.
        public var stockDays: Int
        /// The same figure for comparable customers in the region, when known.
        public var regionalStockDays: Int?

        /// Stock for `stockDays` days, against `regionalStockDays` for the region.
        public init(stockDays: Int, regionalStockDays: Int? = nil) {
            self.stockDays = max(0, stockDays)
            self.regionalStockDays = regionalStockDays.map { max(0, $0) }
        }
    }

    /// A payment the customer made.
    public struct PaymentFact: Sendable, Hashable {
        /// How much was paid.
        public var amount: Money
        /// How many days ago it was paid.
        public var daysAgo: Int

        /// `amount` paid `daysAgo` days ago.
        public init(amount: Money, daysAgo: Int) {
            self.amount = amount
            self.daysAgo = max(0, daysAgo)
        }
    }

    /// The customer's promise record (counts are enough; the rates are derived).
    public var promiseRecord: PromiseRecord?
    /// Recent orders from us.
    public var recentOrders: RecentOrders?
    /// Sell-through or stock of our product at the customer.
    public var sellThrough: SellThrough?
    /// Open quality complaints on record.
    public var openQualityComplaints: Int?
    /// Open returns on record.
    public var openReturns: Int?
    /// Open invoice or statement queries on record.
    public var openBillingQueries: Int?
    /// The customer's latest payment to us.
    public var lastPaymentToUs: PaymentFact?
    /// Payments to other suppliers, where known (e.g. from a distributor's own report).
    public var recentPaymentsToOthers: Money?
    /// How the same excuse ended last time.
    public var sameExcuseLastOutcome: ExcuseUse.Outcome?

    /// A context with the facts the host knows; omit what it does not.
    public init(promiseRecord: PromiseRecord? = nil, recentOrders: RecentOrders? = nil,
                sellThrough: SellThrough? = nil, openQualityComplaints: Int? = nil,
                openReturns: Int? = nil, openBillingQueries: Int? = nil,
                lastPaymentToUs: PaymentFact? = nil, recentPaymentsToOthers: Money? = nil,
                sameExcuseLastOutcome: ExcuseUse.Outcome? = nil) {
        self.promiseRecord = promiseRecord
        self.recentOrders = recentOrders
        self.sellThrough = sellThrough
        self.openQualityComplaints = openQualityComplaints
        self.openReturns = openReturns
        self.openBillingQueries = openBillingQueries
        self.lastPaymentToUs = lastPaymentToUs
        self.recentPaymentsToOthers = recentPaymentsToOthers
        self.sameExcuseLastOutcome = sameExcuseLastOutcome
    }
}
