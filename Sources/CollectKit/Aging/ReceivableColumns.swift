/// Open receivables in one currency as parallel arrays (struct of arrays), for aging
/// portfolios of millions of receivables quickly and in little memory.
///
/// Row *i* is one open receivable: its customer's position ``customerIndex``[i] in
/// `0..<customerCount`, its outstanding ``openMinorUnits``[i] and its due day
/// ``dueDay``[i] (``CalendarDate/daysSinceEpoch``). Rows may come in any order; rows grouped
/// by customer age faster because per-customer totals are then written sequentially.
/// A row takes 16 bytes (see ``rawByteCount``).
public struct ReceivableColumns: Sendable, Equatable {
    /// The currency of every amount.
    public let currency: Currency
    /// How many customers the rows refer to; customer positions are `0..<customerCount`.
    public let customerCount: Int
    /// Each row's customer position.
    public let customerIndex: [Int32]
    /// Each row's outstanding amount in minor units; never negative.
    public let openMinorUnits: [Int64]
    /// Each row's due date as days since 1970-01-01.
    public let dueDay: [Int32]

    /// Wraps the columns after checking them.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when the columns differ in length,
    ///   a customer position is outside `0..<customerCount` or an amount is negative;
    ///   ``CollectKitError/Kind/overflow`` when the amounts together exceed 64 bits (checking
    ///   it once here is what lets aging add without overflow checks).
    /// - Complexity: O(*n*).
    public init(currency: Currency, customerCount: Int, customerIndex: [Int32], openMinorUnits: [Int64],
                dueDay: [Int32]) throws(CollectKitError) {
        guard customerIndex.count == openMinorUnits.count, dueDay.count == openMinorUnits.count else {
            throw .invalidArgument(field: "columns.count",
                                   value: "\(customerIndex.count)/\(openMinorUnits.count)/\(dueDay.count)",
                                   reason: "customerIndex, openMinorUnits and dueDay must have one entry per row")
        }
        guard (0...Int(Int32.max) + 1).contains(customerCount) else {
            throw .invalidArgument(field: "columns.customerCount", value: String(customerCount),
                                   reason: "customer positions are 32-bit")
        }
        var total: Int64 = 0
        for row in openMinorUnits.indices {
            let customer = customerIndex[row], amount = openMinorUnits[row]
            guard customer >= 0, Int(customer) < customerCount else {
                throw .invalidArgument(field: "columns.customerIndex[\(row)]", value: String(customer),
                                       reason: "not within 0..<\(customerCount)")
            }
            guard amount >= 0 else {
                throw .invalidArgument(field: "columns.openMinorUnits[\(row)]", value: String(amount),
                                       reason: "an open amount cannot be negative")
            }
            let (sum, overflow) = total.addingReportingOverflow(amount)
            guard !overflow else { throw .overflow(field: "columns.openMinorUnits[\(row)]", value: String(amount)) }
            total = sum
        }
        self.currency = currency
        self.customerCount = customerCount
        self.customerIndex = customerIndex
        self.openMinorUnits = openMinorUnits
        self.dueDay = dueDay
    }

    /// The number of rows.
    public var count: Int { openMinorUnits.count }

    /// The bytes the three columns' values take: 16 per row.
    public var rawByteCount: Int { count * (MemoryLayout<Int32>.size * 2 + MemoryLayout<Int64>.size) }
}

extension ReceivableBalances {
    /// The open receivables in `currency` as columns, with the customers in position order
    /// (sorted by id), for the fast aging path.
    public func columns(currency: Currency) -> (columns: ReceivableColumns, customers: [CustomerID]) {
        let open = lines.filter { $0.outstanding.isPositive && $0.outstanding.currency == currency }
        let customers = Set(open.map(\.receivable.customerID)).sorted()
        let position = Dictionary(uniqueKeysWithValues: customers.enumerated().map { ($1, Int32($0)) })
        let columns = try? ReceivableColumns(
            currency: currency, customerCount: customers.count,
            customerIndex: open.map { position[$0.receivable.customerID] ?? 0 },
            openMinorUnits: open.map(\.outstanding.minorUnits),
            dueDay: open.map(\.receivable.dueDate.daysSinceEpoch))
        // Positions come from `customers` and amounts from a bounded ledger, so the check passes.
        return (columns ?? ReceivableColumns.empty(currency), customers)
    }
}

extension ReceivableColumns {
    /// No rows and no customers.
    public static func empty(_ currency: Currency) -> ReceivableColumns { ReceivableColumns(empty: currency) }

    private init(empty currency: Currency) {
        self.currency = currency
        customerCount = 0
        customerIndex = []
        openMinorUnits = []
        dueDay = []
    }
}
