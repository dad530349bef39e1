/// Facts the host knows about the customer, against which an excuse is weighed.
///
/// Every fact is optional: an unknown fact makes the judgement "unverified", never "false".
/// The article's rule: neither believe nor disbelieve (不可信其有,也不可信其无); answer with facts.
public struct ExcuseContext: Sendable, Hashable {
    /// The customer's promise record (counts are enough; the rates are derived).
    public var promiseRecord: PromiseRecord?
    /// What the customer bought from us in the last ``recentPeriodDays`` days, when known.
    public var recentOrderTotal: Money?
    /// How many orders make up ``recentOrderTotal``.
    public var recentOrderCount: Int?
    /// The look-back of ``recentOrderTotal`` in days (90 unless the host says otherwise).
    public var recentPeriodDays: Int
    /// Days of stock of our product the customer holds at the current sales rate.
    public var stockDays: Int?
    /// The same figure for comparable customers in the region, when known.
    public var regionalStockDays: Int?
    /// Open quality complaints on record.
    public var openQualityComplaints: Int?
    /// Open returns on record.
    public var openReturns: Int?
    /// Open invoice or statement queries on record.
    public var openBillingQueries: Int?
    /// The customer's latest payment to us.
    public var lastPaymentAmount: Money?
    /// How many days ago that payment arrived.
    public var lastPaymentDaysAgo: Int?
    /// Payments to other suppliers, where known (e.g. from a distributor's own report).
    public var recentPaymentsToOthers: Money?
    /// How the same excuse ended last time.
    public var sameExcuseLastOutcome: ExcuseUse.Outcome?

    /// A context with the facts the host knows; omit what it does not. Negative counts and
    /// days are read as zero.
    public init(promiseRecord: PromiseRecord? = nil, recentOrderTotal: Money? = nil, recentOrderCount: Int? = nil,
                recentPeriodDays: Int = 90, stockDays: Int? = nil, regionalStockDays: Int? = nil,
                openQualityComplaints: Int? = nil, openReturns: Int? = nil, openBillingQueries: Int? = nil,
                lastPaymentAmount: Money? = nil, lastPaymentDaysAgo: Int? = nil, recentPaymentsToOthers: Money? = nil,
                sameExcuseLastOutcome: ExcuseUse.Outcome? = nil) {
        self.promiseRecord = promiseRecord
        self.recentOrderTotal = recentOrderTotal
        self.recentOrderCount = recentOrderCount
        self.recentPeriodDays = recentPeriodDays
        self.stockDays = stockDays
        self.regionalStockDays = regionalStockDays
        self.openQualityComplaints = openQualityComplaints
        self.openReturns = openReturns
        self.openBillingQueries = openBillingQueries
        self.lastPaymentAmount = lastPaymentAmount
        self.lastPaymentDaysAgo = lastPaymentDaysAgo
        self.recentPaymentsToOthers = recentPaymentsToOthers
        self.sameExcuseLastOutcome = sameExcuseLastOutcome
    }

    /// Recent orders as counsel reads them; every field is host input, so it is clamped here.
    var recentOrders: (count: Int, total: Money, periodDays: Int)? {
        recentOrderTotal.map { (Swift.max(0, recentOrderCount ?? 1), $0, Swift.max(1, recentPeriodDays)) }
    }

    /// Sell-through as counsel reads it.
    var sellThrough: (stockDays: Int, regionalStockDays: Int?)? {
        stockDays.map { (Swift.max(0, $0), regionalStockDays.map { Swift.max(0, $0) }) }
    }

    /// The latest payment as counsel reads it.
    var lastPaymentToUs: (amount: Money, daysAgo: Int)? {
        guard let lastPaymentAmount, let lastPaymentDaysAgo else { return nil }
        return (lastPaymentAmount, Swift.max(0, lastPaymentDaysAgo))
    }
}
