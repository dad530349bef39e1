// Internal and named for Metrics so it cannot clash with Money's own rounding rule, which is
// being added concurrently; the two should be unified once both exist.

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
