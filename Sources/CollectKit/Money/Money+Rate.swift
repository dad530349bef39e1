extension Money {
    /// This amount multiplied by an exact ``Rate``, rounded to a whole minor unit by `rounding`.
    ///
    /// The product is formed in 128 bits (`multipliedFullWidth`), so `amount × numerator`
    /// never overflows on the way; only a result that itself exceeds `Int64` minor units throws.
    ///
    /// ```swift
    /// let fee = try Money(minorUnits: 12_345, currency: .cny)        // ¥123.45
    ///     .applying(.basisPoints(350), rounding: .halfEven)          // ¥4.32 (exactly 4.32075)
    /// ```
    /// - Parameters:
    ///   - rate: The exact fraction to apply; negative flips the sign.
    ///   - rounding: How the exact product is rounded; it is rounded once, at the end.
    /// - Returns: The product, rounded to a whole minor unit, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/overflow`` when the rounded result does not fit.
    /// - Complexity: O(1).
    public func applying(_ rate: Rate, rounding: RoundingRule) throws(CollectKitError) -> Money {
        try scaled(by: rate.numerator.magnitude, over: rate.denominator.magnitude,
                   negativeFactor: rate.numerator < 0, rounding: rounding, describing: "\(rate)")
    }

    /// `self × factor / divisor` (magnitudes; the factor's sign is `negativeFactor`), rounded.
    private func scaled(by factor: UInt64, over divisor: UInt64, negativeFactor: Bool,
                        rounding: RoundingRule, describing operand: @autoclosure () -> String) throws(CollectKitError) -> Money {
        let isNegative = (minorUnits < 0) != negativeFactor
        let product = minorUnits.magnitude.multipliedFullWidth(by: factor)
        // dividingFullWidth traps if the quotient needs more than 64 bits: check first.
        guard product.high < divisor else {
            throw .overflow(field: "amount", value: "\(minorUnits) × \(operand())")
        }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        guard let magnitude = rounding.roundMagnitude(quotient: quotient, remainder: remainder,
                                                      divisor: divisor, isNegative: isNegative),
              let value = Money.signedMinorUnits(magnitude: magnitude, negative: isNegative) else {
            throw .overflow(field: "amount", value: "\(minorUnits) × \(operand())")
        }
        return Money(minorUnits: value, currency: currency)
    }

    /// `percent` per cent of this amount, rounded by `rounding`: `percentage(30, rounding: .halfUp)` is a 30 % deposit.
    /// - Parameters:
    ///   - percent: Whole per cent; for fractions of a per cent, use basis points.
    ///   - rounding: How a result between two minor units is rounded.
    /// - Returns: The share, rounded to a whole minor unit, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/overflow`` when the result does not fit.
    /// - Complexity: O(1).
    public func percentage(_ percent: Int64, rounding: RoundingRule) throws(CollectKitError) -> Money {
        try applying(.percent(percent), rounding: rounding)
    }

    /// `basisPoints` hundredths of a per cent of this amount (350 → 3.5 %), rounded by `rounding`.
    /// - Parameters:
    ///   - basisPoints: Hundredths of a per cent: 10 000 is the whole amount.
    ///   - rounding: How a result between two minor units is rounded.
    /// - Returns: The share, rounded to a whole minor unit, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/overflow`` when the result does not fit.
    /// - Complexity: O(1).
    public func percentage(basisPoints: Int64, rounding: RoundingRule) throws(CollectKitError) -> Money {
        try applying(.basisPoints(basisPoints), rounding: rounding)
    }

    /// This amount divided by a whole number, rounded by `rounding`. To split an amount
    /// without losing minor units, use ``allocated(into:)`` instead.
    /// - Parameters:
    ///   - divisor: The whole number to divide by; negative flips the sign.
    ///   - rounding: How a result between two minor units is rounded.
    /// - Returns: The quotient, rounded to a whole minor unit, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a zero divisor,
    ///   ``CollectKitError/Kind/overflow`` for `Int64.min ÷ -1`.
    /// - Complexity: O(1).
    public func divided(by divisor: Int64, rounding: RoundingRule) throws(CollectKitError) -> Money {
        guard divisor != 0 else {
            throw .invalidArgument(field: "divisor", value: "0", reason: "cannot divide an amount by zero")
        }
        return try scaled(by: 1, over: divisor.magnitude, negativeFactor: divisor < 0,
                          rounding: rounding, describing: "1/\(divisor)")
    }

    /// The `Int64` with this magnitude and sign, or `nil` if it does not fit.
    static func signedMinorUnits(magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            if magnitude == Int64.min.magnitude { return .min }
            guard magnitude < Int64.min.magnitude else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }
}
