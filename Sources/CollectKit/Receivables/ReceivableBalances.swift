/// What every customer owes, and holds as credit, as of one day: the result of
/// ``ReceivablesLedger/balances(asOf:)``.
///
/// Only receivables issued on or before ``asOf`` and payments dated on or before it count.
/// Amounts are kept per currency and never converted.
public struct ReceivableBalances: Equatable, Sendable {
    /// The day the balances are for.
    public let asOf: CalendarDate
    /// Every receivable issued by ``asOf`` (settled ones too, with zero outstanding), in the
    /// order the ledger recorded them.
    public let lines: [ReceivableBalance]
    /// How each payment dated by ``asOf`` was applied, in application order (by date, then id).
    public let applications: [PaymentApplication]

    private let lineIndex: [ReceivableID: Int]
    private let outstandingByCustomer: [CustomerID: [Currency: Int64]]
    private let creditByCustomer: [CustomerID: [Currency: Int64]]

    init(asOf: CalendarDate, lines: [ReceivableBalance], applications: [PaymentApplication]) {
        self.asOf = asOf
        self.lines = lines
        self.applications = applications
        var index: [ReceivableID: Int] = [:]
        var outstanding: [CustomerID: [Currency: Int64]] = [:]
        for (position, line) in lines.enumerated() {
            index[line.receivable.id] = position
            // The ledger bounds each currency's billed total, so these sums cannot overflow.
            outstanding[line.receivable.customerID, default: [:]][line.outstanding.currency, default: 0] += line.outstanding.minorUnits
        }
        var credit: [CustomerID: [Currency: Int64]] = [:]
        for application in applications where application.credit.isPositive {
            credit[application.customerID, default: [:]][application.credit.currency, default: 0] += application.credit.minorUnits
        }
        self.lineIndex = index
        self.outstandingByCustomer = outstanding
        self.creditByCustomer = credit
    }

    /// What is still owed on one receivable, or nil when it is not recorded or not yet issued.
    public func outstanding(_ id: ReceivableID) -> Money? {
        lineIndex[id].map { lines[$0].outstanding }
    }

    /// What a customer owes, per currency (a currency appears once the customer has a receivable in it).
    public func outstanding(for customer: CustomerID) -> [Currency: Money] {
        Self.money(outstandingByCustomer[customer] ?? [:])
    }

    /// The credit a customer holds from payments that exceeded its open receivables, per currency.
    public func credit(for customer: CustomerID) -> [Currency: Money] {
        Self.money(creditByCustomer[customer] ?? [:])
    }

    /// What the whole portfolio owes, per currency.
    public var portfolioOutstanding: [Currency: Money] { Self.totals(outstandingByCustomer) }

    /// All customers' credit, per currency.
    public var portfolioCredit: [Currency: Money] { Self.totals(creditByCustomer) }

    /// Customers with a receivable or a credit by ``asOf``, in identifier order.
    public var customerIDs: [CustomerID] {
        Set(outstandingByCustomer.keys).union(creditByCustomer.keys).sorted()
    }

    private static func money(_ amounts: [Currency: Int64]) -> [Currency: Money] {
        Dictionary(uniqueKeysWithValues: amounts.map { ($0.key, Money(minorUnits: $0.value, currency: $0.key)) })
    }

    private static func totals(_ byCustomer: [CustomerID: [Currency: Int64]]) -> [Currency: Money] {
        var totals: [Currency: Int64] = [:]
        for amounts in byCustomer.values {
            for (currency, amount) in amounts { totals[currency, default: 0] += amount }
        }
        return money(totals)
    }
}
