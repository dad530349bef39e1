/// Open receivables at one moment, split into the part not yet due and the rest.
///
/// "Current" means not yet past its due date (the due date itself still counts as current,
/// matching ``Receivable/daysPastDue(asOf:)``). Past-due receivables are `total − current`.
struct ReceivablesSnapshot: Hashable, Sendable {
    /// All open receivables; zero or more.
    let total: Money
    /// The part of ``total`` that is not yet due; between zero and ``total``.
    let current: Money

    /// Creates a snapshot after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` when the amounts differ in currency,
    ///   ``CollectKitError/Kind/invalidAmount`` for a negative amount or `current > total`.
    init(total: Money, current: Money) throws(CollectKitError) {
        try total.requireSameCurrency(current, field: "receivablesSnapshot.current")
        try requireNonNegative(total, field: "receivablesSnapshot.total")
        try requireNonNegative(current, field: "receivablesSnapshot.current")
        guard current.minorUnits <= total.minorUnits else {
            throw .invalidAmount(field: "receivablesSnapshot.current", value: "\(current.minorUnits) \(current.currency)",
                                 reason: "the not-yet-due part cannot exceed the total \(total.minorUnits)")
        }
        self.total = total
        self.current = current
    }

    /// Receivables past their due date: `total − current`.
    var pastDue: Money { Money(minorUnits: total.minorUnits - current.minorUnits, currency: total.currency) }
}
