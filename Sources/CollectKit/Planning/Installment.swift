/// One installment of a plan line's request: an amount, its date, what has come in, and the
/// receivables it settles (oldest first).
public struct Installment: Hashable, Sendable {
    /// 1-based position in the schedule.
    public let sequence: Int
    /// The amount due in this installment; the installments of a line sum exactly to its request.
    public let amount: Money
    /// The date it is requested by.
    public let date: CalendarDate
    /// What has been received against it so far.
    public let received: Money
    /// Where it stands as of the date the schedule was last evaluated.
    public let status: InstallmentStatus
    /// The receivables it settles, oldest due first.
    public let receivableIDs: [ReceivableID]

    /// Creates an installment and derives its status for `asOf`.
    public init(sequence: Int, amount: Money, date: CalendarDate, received: Money, receivableIDs: [ReceivableID],
                asOf: CalendarDate) {
        self.sequence = sequence
        self.amount = amount
        self.date = date
        self.received = received
        self.receivableIDs = receivableIDs
        self.status = InstallmentStatus.of(amount: amount, paid: received, date: date, asOf: asOf)
    }

    /// What is still to come in on this installment.
    public var remaining: Money {
        Money(minorUnits: Swift.max(0, amount.minorUnits - received.minorUnits), currency: amount.currency)
    }
}

extension Array where Element == Installment {
    /// The schedule after `receipt` came in, applied to the earliest unpaid installments first,
    /// with statuses re-evaluated for `asOf`.
    ///
    /// Money beyond what the schedule still expects is not assigned to any installment (it is
    /// returned as `unapplied`, never dropped silently).
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` for a receipt in another currency,
    ///   ``CollectKitError/Kind/invalidAmount`` for a negative receipt.
    public func recording(receipt: Money, asOf: CalendarDate) throws(CollectKitError)
        -> (installments: [Installment], unapplied: Money) {
        guard receipt.minorUnits >= 0 else {
            throw .invalidAmount(field: "receipt", value: String(receipt.minorUnits), reason: "a receipt cannot be negative")
        }
        var left = receipt.minorUnits
        var result: [Installment] = []
        result.reserveCapacity(count)
        for installment in self {
            try installment.amount.requireSameCurrency(receipt, field: "receipt")
            let take = Swift.min(left, installment.remaining.minorUnits)
            left -= take
            result.append(Installment(sequence: installment.sequence, amount: installment.amount, date: installment.date,
                                      received: Money(minorUnits: installment.received.minorUnits + take,
                                                      currency: installment.amount.currency),
                                      receivableIDs: installment.receivableIDs, asOf: asOf))
        }
        return (result, Money(minorUnits: left, currency: receipt.currency))
    }
}
