/// Facts the host knows about the customer, against which an excuse is weighed.
///
/// Every fact is optional: an unknown fact makes the judgement "unverified", never "false".
/// The article's rule: neither believe nor disbelieve (不可信其有,也不可信其无); answer with facts.
public struct ExcuseContext: Sendable, Hashable {
    /// How the customer has kept promises to pay.
    public struct PromiseRecord: Sendable, Hashable {
        /// Promises paid in full and on time.
        public var kept: Int
        /// Promises missed or paid short.
        public var broken: Int

        /// A record of `kept` and `broken` promises (negative counts are treated as zero).
        public init(kept: Int, broken: Int) {
            self.kept = max(0, kept)
            self.broken = max(0, broken)
        }

        /// Share of promises kept, or `nil` with no promises on record.
        public var keptRate: Double? {
            // In floating point: counts near `Int.max` (hostile or corrupt input) must not trap,
            // and the fields are settable, so negatives are clamped here as well as in `init`.
            let kept = Double(max(0, kept)), broken = Double(max(0, broken))
            let total = kept + broken
            return total == 0 ? nil : kept / total
        }
    }

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

    /// How an earlier excuse of the same kind ended.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The customer paid as promised.
        case promiseKept = "promise_kept"
        /// The customer did not pay as promised.
        case promiseBroken = "promise_broken"
        /// The excuse turned out to be founded and was resolved (defect fixed, invoice reissued).
        case resolved
        /// Still open.
        case open
    }

    /// The customer's promise record.
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
    public var sameExcuseLastOutcome: Outcome?

    /// A context with the facts the host knows; omit what it does not.
    public init(promiseRecord: PromiseRecord? = nil, recentOrders: RecentOrders? = nil,
                sellThrough: SellThrough? = nil, openQualityComplaints: Int? = nil,
                openReturns: Int? = nil, openBillingQueries: Int? = nil,
                lastPaymentToUs: PaymentFact? = nil, recentPaymentsToOthers: Money? = nil,
                sameExcuseLastOutcome: Outcome? = nil) {
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
