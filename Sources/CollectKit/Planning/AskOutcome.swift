/// One past request and what it brought in: the raw material of the paid-to-asked ratio
/// that anchors the next ask (the article's 吊筑高台).
public struct AskOutcome: Hashable, Sendable, Codable {
    /// What the collector asked for.
    public var asked: Money
    /// What the customer paid in response (in the same currency).
    public var paid: Money
    /// When the request was made.
    public var date: CalendarDate

    /// Creates an outcome.
    public init(asked: Money, paid: Money, date: CalendarDate) {
        self.asked = asked
        self.paid = paid
        self.date = date
    }
}

extension Array where Element == AskOutcome {
    /// The customer's paid-to-asked ratio in basis points (10 000 = pays everything asked).
    ///
    /// Each outcome contributes paid ÷ asked, clamped to 0…1 (paying more than asked does not
    /// make the next ask smaller than what is expected); outcomes with a non-positive ask or
    /// mismatched currencies are skipped. Outcomes are averaged unweighted so that currencies
    /// never have to be added together. `nil` when no outcome is usable.
    public var paidToAskedBasisPoints: Int? {
        var sum = 0
        var count = 0
        for outcome in self where outcome.asked.isPositive && outcome.asked.currency == outcome.paid.currency {
            let paid = Swift.max(0, Swift.min(outcome.paid.minorUnits, outcome.asked.minorUnits))
            let (high, low) = paid.multipliedFullWidth(by: 10_000)
            let (quotient, _) = outcome.asked.minorUnits.dividingFullWidth((high, low))
            sum += Int(quotient)
            count += 1
        }
        guard count > 0 else { return nil }
        return sum / count
    }
}
