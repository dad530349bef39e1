extension Money {
    /// The most parts an amount can be split into in one call; protects the host from a
    /// mistyped count allocating a huge array.
    public static let maximumAllocationParts = 1 << 20

    /// Splits this amount into `parts` amounts that differ by at most one minor unit and add
    /// up to exactly this amount.
    ///
    /// Remainder rule: the minor units left over after an even split go one each to the
    /// **earliest** parts, so ¥100.00 into 3 is `[33.34, 33.33, 33.33]`. A negative amount
    /// splits like its magnitude with every part negated (-¥1.00 into 3 is
    /// `[-0.34, -0.33, -0.33]`), so `allocated(-x) == allocated(x).map { -$0 }`.
    ///
    /// - Parameter parts: How many amounts to split into, from 1 to
    ///   ``maximumAllocationParts``.
    /// - Returns: `parts` amounts in this amount's currency that add up to exactly this
    ///   amount.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when `parts` is not in
    ///   `1...maximumAllocationParts`.
    /// - Complexity: O(`parts`).
    public func allocated(into parts: Int) throws(CollectKitError) -> [Money] {
        guard parts > 0, parts <= Money.maximumAllocationParts else {
            throw .invalidArgument(field: "parts", value: String(parts),
                                   reason: "an amount splits into 1 to \(Money.maximumAllocationParts) parts")
        }
        let magnitude = minorUnits.magnitude
        let count = UInt64(parts)
        let (base, leftover) = magnitude.quotientAndRemainder(dividingBy: count)
        var result: [Money] = []
        result.reserveCapacity(parts)
        for index in 0..<parts {
            let share = UInt64(index) < leftover ? base + 1 : base
            result.append(Money(minorUnits: Money.signedShare(share, negative: minorUnits < 0), currency: currency))
        }
        return result
    }

    /// Splits this amount in proportion to integer `ratios` (weights), adding up to exactly
    /// this amount.
    ///
    /// Each part first gets `amount × ratio / total` rounded toward zero. Remainder rule
    /// (largest remainder): the minor units left over go one each to the parts whose exact
    /// share had the **largest fractional remainder**, ties going to the **earliest** part.
    /// A part with ratio 0 therefore always gets zero, and no part ever gets more than one
    /// minor unit above its exact share. ``allocated(into:)`` is the special case of equal
    /// ratios. A negative amount allocates like its magnitude with every part negated.
    ///
    /// ```swift
    /// try Money(minorUnits: 10_000, currency: .cny).allocated(byRatios: [1, 1, 1])  // 33.34, 33.33, 33.33
    /// try Money(minorUnits: 5, currency: .cny).allocated(byRatios: [3, 7])          // 0.02, 0.03: 1.5 and 3.5 tie, the earliest gets the spare unit
    /// ```
    ///
    /// - Parameter ratios: One weight per part, in the order the parts are returned; only
    ///   their proportions matter.
    /// - Returns: One amount per ratio, in this amount's currency, adding up to exactly this
    ///   amount.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when `ratios` is empty, longer than
    ///   ``maximumAllocationParts``, contains a negative ratio, is all zero, or its total
    ///   exceeds `Int64.max`.
    /// - Complexity: O(n) for n ratios, plus O(n log n) to rank the remainders when the
    ///   shares do not divide exactly.
    public func allocated(byRatios ratios: [Int64]) throws(CollectKitError) -> [Money] {
        guard !ratios.isEmpty, ratios.count <= Money.maximumAllocationParts else {
            throw .invalidArgument(field: "ratios", value: "\(ratios.count) ratios",
                                   reason: "allocation needs 1 to \(Money.maximumAllocationParts) ratios")
        }
        var total: Int64 = 0
        for (index, ratio) in ratios.enumerated() {
            guard ratio >= 0 else {
                throw .invalidArgument(field: "ratios[\(index)]", value: String(ratio),
                                       reason: "allocation ratios must not be negative")
            }
            let (sum, overflow) = total.addingReportingOverflow(ratio)
            guard !overflow else {
                throw .invalidArgument(field: "ratios", value: "\(ratios.count) ratios",
                                       reason: "the ratios add up to more than \(Int64.max)")
            }
            total = sum
        }
        guard total > 0 else {
            throw .invalidArgument(field: "ratios", value: "\(ratios)",
                                   reason: "at least one allocation ratio must be greater than zero")
        }
        let magnitude = minorUnits.magnitude
        let divisor = UInt64(total)
        var shares: [UInt64] = []
        var remainders: [UInt64] = []
        shares.reserveCapacity(ratios.count)
        remainders.reserveCapacity(ratios.count)
        var allocated: UInt64 = 0
        for ratio in ratios {
            // ratio ≤ total, so the quotient is at most `magnitude` and fits in 64 bits.
            let (share, remainder) = divisor.dividingFullWidth(magnitude.multipliedFullWidth(by: UInt64(ratio)))
            shares.append(share)
            remainders.append(remainder)
            allocated += share
        }
        let leftover = Int(magnitude - allocated)   // < ratios.count: each remainder is < one unit
        if leftover > 0 {
            let order = remainders.indices.sorted { lhs, rhs in
                remainders[lhs] != remainders[rhs] ? remainders[lhs] > remainders[rhs] : lhs < rhs
            }
            for index in order.prefix(leftover) { shares[index] += 1 }
        }
        let negative = minorUnits < 0
        return shares.map { Money(minorUnits: Money.signedShare($0, negative: negative), currency: currency) }
    }

    /// A share of this amount's magnitude with the amount's sign; shares never exceed the
    /// magnitude, so the conversion cannot overflow (2^63 only occurs for `Int64.min` itself).
    private static func signedShare(_ share: UInt64, negative: Bool) -> Int64 {
        signedMinorUnits(magnitude: share, negative: negative) ?? 0
    }
}
