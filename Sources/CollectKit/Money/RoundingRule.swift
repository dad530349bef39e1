/// How to round an exact result that falls between two minor units.
///
/// Every operation that can produce a fraction of a minor unit (applying a ``Rate``, a
/// percentage) takes a rule explicitly, because the right choice is a business decision:
/// banks and accountants often use ``halfEven``, invoices ``halfUp``, a discount the
/// customer is owed ``down``. Rules are described for the exact quotient; "toward zero"
/// and "away from zero" refer to the sign of the result.
public enum RoundingRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// Nearest minor unit; a tie goes to the even neighbour (banker's rounding): 2.5 → 2, 3.5 → 4, -2.5 → -2.
    case halfEven
    /// Nearest minor unit; a tie goes away from zero (schoolbook rounding): 2.5 → 3, -2.5 → -3.
    case halfUp
    /// Nearest minor unit; a tie goes toward zero: 2.5 → 2, -2.5 → -2.
    case halfDown
    /// Toward zero (truncation): 2.9 → 2, -2.9 → -2.
    case down
    /// Away from zero: 2.1 → 3, -2.1 → -3.
    case up
    /// Toward negative infinity: 2.9 → 2, -2.1 → -3.
    case floor
    /// Toward positive infinity: 2.1 → 3, -2.9 → -2.
    case ceiling

    /// Rounds the magnitude of an exact quotient.
    ///
    /// The exact value is `quotient + remainder / divisor` in magnitude (`remainder < divisor`),
    /// and `isNegative` tells the sign of the result. Returns the rounded magnitude, or `nil`
    /// when rounding up would overflow `UInt64`.
    func roundMagnitude(quotient: UInt64, remainder: UInt64, divisor: UInt64, isNegative: Bool) -> UInt64? {
        guard remainder != 0 else { return quotient }
        let awayFromZero: Bool
        switch self {
        case .down: awayFromZero = false
        case .up: awayFromZero = true
        case .floor: awayFromZero = isNegative
        case .ceiling: awayFromZero = !isNegative
        case .halfUp, .halfDown, .halfEven:
            // Compare remainder with divisor - remainder instead of 2 × remainder to avoid overflow.
            let rest = divisor - remainder
            if remainder > rest {
                awayFromZero = true
            } else if remainder < rest {
                awayFromZero = false
            } else {
                switch self {
                case .halfUp: awayFromZero = true
                case .halfDown: awayFromZero = false
                default: awayFromZero = quotient & 1 == 1
                }
            }
        }
        guard awayFromZero else { return quotient }
        let (next, overflow) = quotient.addingReportingOverflow(1)
        return overflow ? nil : next
    }
}
