// Exact integer arithmetic shared by the metrics. Kept internal and named for Metrics so it
// cannot clash with Money's own rounding rules; the two should be unified once both exist.

/// How a metrics computation rounds an exact quotient to a whole number of minor units.
enum MetricsRounding: Sendable, Hashable {
    /// Ties away from zero: 0.5 → 1 (commercial rounding, what invoices and ERPs print).
    case halfAwayFromZero
    /// Ties to the even neighbour: 0.5 → 0, 1.5 → 2 (banker's rounding).
    case halfEven
    /// Drops the fraction.
    case towardZero

    /// `numerator × multiplier ÷ divisor`, rounded, for non-negative operands, computed in
    /// 128 bits so the product never overflows; nil when the rounded quotient exceeds `Int64`.
    func quotient(_ numerator: UInt64, times multiplier: UInt64, dividedBy divisor: UInt64) -> Int64? {
        guard divisor > 0 else { return nil }
        let product = numerator.multipliedFullWidth(by: multiplier)
        // dividingFullWidth traps when the quotient needs more than 64 bits; this rules it out.
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let roundsUp: Bool
        switch self {
        case .towardZero:
            roundsUp = false
        case .halfAwayFromZero:
            roundsUp = remainder >= divisor - remainder
        case .halfEven:
            let rest = divisor - remainder   // compares 2·remainder with divisor without overflow
            roundsUp = remainder > rest || (remainder == rest && quotient % 2 == 1)
        }
        let limit = UInt64(Int64.max)
        guard quotient < limit || (quotient == limit && !roundsUp) else { return nil }
        return Int64(roundsUp ? quotient + 1 : quotient)
    }
}

/// `numerator × multiplier ÷ denominator` as a `Double` for ratios that are not money.
///
/// The product is exact in integers whenever it fits `Int64`, and the single division is then
/// correctly rounded (relative error ≤ 2⁻⁵³). Larger products fall back to `Double`
/// multiplication, adding at most one more rounding. Callers guarantee `denominator != 0`.
func metricRatio(_ numerator: Int64, times multiplier: Int64, over denominator: Int64) -> Double {
    let (product, overflow) = numerator.multipliedReportingOverflow(by: multiplier)
    let top = overflow ? Double(numerator) * Double(multiplier) : Double(product)
    return top / Double(denominator)
}

/// Throws unless `amount` is zero or more; metrics are defined over non-negative totals.
func requireNonNegative(_ amount: Money, field: String) throws(CollectKitError) {
    guard !amount.isNegative else {
        throw .invalidAmount(field: field, value: "\(amount.minorUnits) \(amount.currency)",
                             reason: "must be zero or more for this metric")
    }
}
