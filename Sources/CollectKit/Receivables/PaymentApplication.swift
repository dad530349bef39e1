/// How one payment was applied as of a date: the amounts it settled and the credit left over.
///
/// The amounts always add up: ``appliedTotal`` + ``credit`` == ``amount``, to the minor unit.
public struct PaymentApplication: Hashable, Sendable {
    /// The payment applied.
    public let paymentID: PaymentID
    /// Who paid.
    public let customerID: CustomerID
    /// The payment's full amount.
    public let amount: Money
    /// What the payment settled, in the order it was applied: explicit allocations first,
    /// then the customer's oldest open receivables. A receivable can appear twice when the
    /// payment's unallocated remainder also reaches it.
    public let settlements: [Payment.Allocation]
    /// What was left after every open receivable of the customer in this currency was settled;
    /// kept as the customer's credit.
    public let credit: Money

    /// The sum of ``settlements``.
    public var appliedTotal: Money {
        Money(minorUnits: settlements.reduce(0) { $0 + $1.amount.minorUnits }, currency: amount.currency)
    }
}
