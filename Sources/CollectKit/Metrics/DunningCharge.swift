/// What one dunning notice asks for: the outstanding amount, the interest accrued on it and
/// the fee, each exact in minor units. Made by ``DunningPolicy/charge(outstanding:daysOverdue:)``.
struct DunningCharge: Hashable, Sendable {
    /// The overdue amount the charge is computed on.
    let outstanding: Money
    /// Days past the due date the interest covers.
    let daysOverdue: Int
    /// Interest, already rounded to the minor unit.
    let interest: Money
    /// The fixed dunning fee.
    let fee: Money
    /// `outstanding + interest + fee`: what the notice asks the customer to pay.
    let total: Money

    /// Interest plus fee: what dunning adds on top of the debt.
    var charges: Money {
        Money(minorUnits: total.minorUnits - outstanding.minorUnits, currency: total.currency)
    }
}
