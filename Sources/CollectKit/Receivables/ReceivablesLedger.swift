/// The receivables a host has billed and the payments it has received, as one `Codable` value.
///
/// Recording validates every record against what is already there, so the ledger is always
/// consistent: identifiers are unique, payments name only their own customer's receivables
/// and in the right currency, and no running total can overflow. A failed `record` throws and
/// leaves the ledger exactly as it was.
///
/// Balances are not stored: ``balances(asOf:)`` applies the payments dated on or before a day
/// to the receivables issued on or before it, so the same ledger answers for any date.
///
/// ```swift
/// var ledger = ReceivablesLedger()
/// try ledger.record(invoice)
/// try ledger.record(payment)
/// let owed = ledger.balances(asOf: today).outstanding(for: invoice.customerID)
/// ```
public struct ReceivablesLedger: Equatable, Sendable {
    /// Every receivable, in the order it was recorded.
    public private(set) var receivables: [Receivable] = []
    /// Every payment, in the order it was recorded.
    public private(set) var payments: [Payment] = []

    private var receivableIndex: [ReceivableID: Int] = [:]
    private var paymentIndex: [PaymentID: Int] = [:]
    // Per-currency sums of everything billed and received: bounding them bounds every
    // balance, subtotal and aging total derived later, so those need no overflow checks.
    private var billedTotals: [Currency: Int64] = [:]
    private var receivedTotals: [Currency: Int64] = [:]

    /// An empty ledger.
    public init() {}

    /// A ledger holding `receivables` then `payments`, each validated as ``record(_:)-(Receivable)`` does.
    ///
    /// - Throws: the first record's ``CollectKitError`` that does not fit.
    public init(receivables: some Sequence<Receivable>, payments: some Sequence<Payment>) throws(CollectKitError) {
        for receivable in receivables { try record(receivable) }
        for payment in payments { try record(payment) }
    }

    /// The receivable with this identifier, if recorded.
    public func receivable(_ id: ReceivableID) -> Receivable? {
        receivableIndex[id].map { receivables[$0] }
    }

    /// The payment with this identifier, if recorded.
    public func payment(_ id: PaymentID) -> Payment? {
        paymentIndex[id].map { payments[$0] }
    }

    /// Records a receivable.
    ///
    /// Recording the same receivable again is a no-op, so a host can replay its feed.
    ///
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` when the id is already recorded
    ///   with different content, ``CollectKitError/Kind/overflow`` when the currency's billed
    ///   total would no longer fit in 64 bits.
    public mutating func record(_ receivable: Receivable) throws(CollectKitError) {
        if let existing = receivableIndex[receivable.id] {
            guard receivables[existing] == receivable else {
                throw CollectKitError(kind: .duplicateIdentifier, field: "receivable.id", value: receivable.id.rawValue,
                                      reason: "a different receivable with this id is already recorded")
            }
            return
        }
        let total = try Self.checkedSum(billedTotals[receivable.amount.currency, default: 0], receivable.amount,
                                        field: "receivable[\(receivable.id)].amount")
        billedTotals[receivable.amount.currency] = total
        receivableIndex[receivable.id] = receivables.count
        receivables.append(receivable)
    }

    /// Records a payment.
    ///
    /// Recording the same payment again is a no-op.
    ///
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` when the id is already recorded
    ///   with different content; ``CollectKitError/Kind/unknownReference`` when an allocation
    ///   names a receivable that is not recorded or belongs to another customer;
    ///   ``CollectKitError/Kind/currencyMismatch`` when it names a receivable in another
    ///   currency; ``CollectKitError/Kind/overflow`` when the currency's received total would
    ///   no longer fit in 64 bits.
    public mutating func record(_ payment: Payment) throws(CollectKitError) {
        if let existing = paymentIndex[payment.id] {
            guard payments[existing] == payment else {
                throw CollectKitError(kind: .duplicateIdentifier, field: "payment.id", value: payment.id.rawValue,
                                      reason: "a different payment with this id is already recorded")
            }
            return
        }
        for allocation in payment.allocations {
            let field = "payment[\(payment.id)].allocations"
            guard let index = receivableIndex[allocation.receivableID] else {
                throw CollectKitError(kind: .unknownReference, field: field, value: allocation.receivableID.rawValue,
                                      reason: "no receivable with this id is recorded")
            }
            let target = receivables[index]
            guard target.customerID == payment.customerID else {
                throw CollectKitError(kind: .unknownReference, field: field, value: allocation.receivableID.rawValue,
                                      reason: "the receivable belongs to another customer than the payer \(payment.customerID)")
            }
            try target.amount.requireSameCurrency(payment.amount, field: "\(field)[\(allocation.receivableID)]")
        }
        let total = try Self.checkedSum(receivedTotals[payment.amount.currency, default: 0], payment.amount,
                                        field: "payment[\(payment.id)].amount")
        receivedTotals[payment.amount.currency] = total
        paymentIndex[payment.id] = payments.count
        payments.append(payment)
    }

    /// A ledger with only the records of the customers `isIncluded` accepts: one shard of a
    /// portfolio, for work that is split by customer and merged afterwards.
    public func filter(customers isIncluded: (CustomerID) -> Bool) -> ReceivablesLedger {
        var shard = ReceivablesLedger()
        // Records of one customer passed validation here and only reference that customer,
        // so they pass again in the shard.
        for receivable in receivables where isIncluded(receivable.customerID) { try? shard.record(receivable) }
        for payment in payments where isIncluded(payment.customerID) { try? shard.record(payment) }
        return shard
    }

    private static func checkedSum(_ total: Int64, _ amount: Money, field: String) throws(CollectKitError) -> Int64 {
        let (sum, overflow) = total.addingReportingOverflow(amount.minorUnits)
        guard !overflow else {
            throw .overflow(field: field, value: "\(total) + \(amount.minorUnits) \(amount.currency)")
        }
        return sum
    }
}

extension ReceivablesLedger: Codable {
    private enum CodingKeys: String, CodingKey { case receivables, payments }

    /// Decodes the records and validates them as recording does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(receivables: container.decode([Receivable].self, forKey: .receivables),
                      payments: container.decode([Payment].self, forKey: .payments))
    }

    /// Encodes the records in the order they were recorded.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(receivables, forKey: .receivables)
        try container.encode(payments, forKey: .payments)
    }
}
