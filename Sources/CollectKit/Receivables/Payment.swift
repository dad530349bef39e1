/// Money received from a customer.
///
/// A payment may name the receivables it settles (``allocations``); whatever it does not
/// name is applied to the customer's oldest open receivables, and whatever is left over is
/// kept as customer credit. Money received is never dropped.
public struct Payment: Identifiable, Hashable, Sendable, Codable {
    /// An explicit instruction to apply part of a payment to one receivable.
    public struct Allocation: Hashable, Sendable, Codable {
        /// The receivable to settle.
        public let receivableID: ReceivableID
        /// How much of the payment goes to it; positive.
        public let amount: Money

        /// An allocation of `amount` to `receivableID`.
        public init(receivableID: ReceivableID, amount: Money) {
            self.receivableID = receivableID
            self.amount = amount
        }
    }

    /// The payment's identifier (bank transaction, receipt number).
    public let id: PaymentID
    /// Who paid.
    public let customerID: CustomerID
    /// How much; always positive.
    public let amount: Money
    /// The value date.
    public let date: CalendarDate
    /// Explicit allocations chosen by the customer or the host; empty means "apply oldest first".
    public let allocations: [Allocation]
    /// The host's reference (bank slip, receipt), if any.
    public let reference: String?

    /// Creates a payment after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for a non-positive amount or allocation,
    ///   ``CollectKitError/Kind/currencyMismatch`` for an allocation in another currency, or
    ///   when allocations add up to more than the payment.
    public init(id: PaymentID, customerID: CustomerID, amount: Money, date: CalendarDate,
                allocations: [Allocation] = [], reference: String? = nil) throws(CollectKitError) {
        guard amount.isPositive else {
            throw .invalidAmount(field: "payment[\(id)].amount", value: "\(amount.minorUnits) \(amount.currency)",
                                 reason: "a payment's amount must be greater than zero")
        }
        var allocated = Money.zero(amount.currency)
        for allocation in allocations {
            let field = "payment[\(id)].allocations[\(allocation.receivableID)]"
            try amount.requireSameCurrency(allocation.amount, field: field)
            guard allocation.amount.isPositive else {
                throw .invalidAmount(field: field, value: String(allocation.amount.minorUnits),
                                     reason: "an allocation must be greater than zero")
            }
            allocated = try allocated.adding(allocation.amount)
        }
        guard allocated.minorUnits <= amount.minorUnits else {
            throw .invalidAmount(field: "payment[\(id)].allocations", value: String(allocated.minorUnits),
                                 reason: "allocations add up to more than the payment's \(amount.minorUnits)")
        }
        self.id = id
        self.customerID = customerID
        self.amount = amount
        self.date = date
        self.allocations = allocations
        self.reference = reference
    }

    /// A payment from stored fields that were validated when first recorded.
    init(uncheckedID id: PaymentID, customerID: CustomerID, amount: Money, date: CalendarDate,
         allocations: [Allocation], reference: String?) {
        self.id = id
        self.customerID = customerID
        self.amount = amount
        self.date = date
        self.allocations = allocations
        self.reference = reference
    }

    private enum CodingKeys: String, CodingKey { case id, customerID, amount, date, allocations, reference }

    /// Decodes and validates.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(id: c.decode(PaymentID.self, forKey: .id),
                      customerID: c.decode(CustomerID.self, forKey: .customerID),
                      amount: c.decode(Money.self, forKey: .amount),
                      date: c.decode(CalendarDate.self, forKey: .date),
                      allocations: c.decodeIfPresent([Allocation].self, forKey: .allocations) ?? [],
                      reference: c.decodeIfPresent(String.self, forKey: .reference))
    }
}
