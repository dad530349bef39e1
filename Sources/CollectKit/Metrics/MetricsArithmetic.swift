// Exact arithmetic shared by the metrics.

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
