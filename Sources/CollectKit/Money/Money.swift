/// An exact amount of money: a signed count of minor units (分, cents) in one ``Currency``.
///
/// Money is never a `Double`. All arithmetic is checked: overflowing `Int64` or mixing
/// currencies throws ``CollectKitError`` instead of trapping or wrapping.
///
/// ```swift
/// let owed = Money(minorUnits: 18_000_000, currency: .cny)     // ¥180,000.00
/// let paid = try Money(major: 100_000, currency: .cny)
/// let left = try owed.subtracting(paid)                        // ¥80,000.00
/// ```
public struct Money: Hashable, Sendable, Codable {
    /// The amount in minor units: 18 000 000 for ¥180,000.00.
    public let minorUnits: Int64
    /// The currency the amount is in.
    public let currency: Currency

    /// Creates an amount from minor units.
    ///
    /// - Parameters:
    ///   - minorUnits: The amount in the currency's smallest unit: 18 000 000 for
    ///     ¥180,000.00. Any value is valid, so this cannot fail.
    ///   - currency: The currency the amount is in.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Creates an amount from whole major units (yuan, dollars).
    ///
    /// - Parameters:
    ///   - major: The amount in whole units of the currency, possibly negative.
    ///   - currency: The currency, whose minor-unit exponent scales `major`.
    /// - Throws: ``CollectKitError/Kind/overflow`` if the amount does not fit in minor units.
    public init(major: Int64, currency: Currency) throws(CollectKitError) {
        let (value, overflow) = major.multipliedReportingOverflow(by: currency.minorUnitsPerMajorUnit)
        guard !overflow else { throw .overflow(field: "amount", value: "\(major) \(currency.code)") }
        self.init(minorUnits: value, currency: currency)
    }

    /// Zero in the given currency.
    ///
    /// - Parameter currency: The currency; zero has one, so it can start a sum.
    /// - Returns: Zero minor units in `currency`.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }
    /// Whether the amount is greater than zero.
    public var isPositive: Bool { minorUnits > 0 }
    /// Whether the amount is less than zero.
    public var isNegative: Bool { minorUnits < 0 }

    /// The sum of two amounts in the same currency.
    /// - Parameter other: The amount to add, in this amount's currency.
    /// - Returns: The exact sum.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` or ``CollectKitError/Kind/overflow``.
    /// - Complexity: O(1).
    public func adding(_ other: Money) throws(CollectKitError) -> Money {
        try requireSameCurrency(other, field: "amount")
        let (value, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow(field: "amount", value: "\(minorUnits) + \(other.minorUnits)") }
        return Money(minorUnits: value, currency: currency)
    }

    /// The difference of two amounts in the same currency.
    /// - Parameter other: The amount to take away, in this amount's currency.
    /// - Returns: The exact difference; negative when `other` is larger.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` or ``CollectKitError/Kind/overflow``.
    /// - Complexity: O(1).
    public func subtracting(_ other: Money) throws(CollectKitError) -> Money {
        try requireSameCurrency(other, field: "amount")
        let (value, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow(field: "amount", value: "\(minorUnits) - \(other.minorUnits)") }
        return Money(minorUnits: value, currency: currency)
    }

    /// The amount multiplied by a whole number (e.g. a quantity).
    /// - Parameter factor: The multiplier; negative flips the sign.
    /// - Returns: The exact product, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/overflow``.
    /// - Complexity: O(1).
    public func multiplied(by factor: Int64) throws(CollectKitError) -> Money {
        let (value, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow(field: "amount", value: "\(minorUnits) × \(factor)") }
        return Money(minorUnits: value, currency: currency)
    }

    /// The amount with its sign flipped.
    /// - Returns: `-self`, in this amount's currency.
    /// - Throws: ``CollectKitError/Kind/overflow`` for `Int64.min` minor units.
    /// - Complexity: O(1).
    public func negated() throws(CollectKitError) -> Money {
        guard minorUnits != .min else { throw .overflow(field: "amount", value: "-(\(minorUnits))") }
        return Money(minorUnits: -minorUnits, currency: currency)
    }

    /// The smaller of two amounts in the same currency.
    /// - Parameter other: The amount to compare with, in this amount's currency.
    /// - Returns: The smaller amount; `self` when they are equal.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``.
    /// - Complexity: O(1).
    public func minimum(_ other: Money) throws(CollectKitError) -> Money {
        try requireSameCurrency(other, field: "amount")
        return minorUnits <= other.minorUnits ? self : other
    }

    /// The larger of two amounts in the same currency.
    /// - Parameter other: The amount to compare with, in this amount's currency.
    /// - Returns: The larger amount; `self` when they are equal.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``.
    /// - Complexity: O(1).
    public func maximum(_ other: Money) throws(CollectKitError) -> Money {
        try requireSameCurrency(other, field: "amount")
        return minorUnits >= other.minorUnits ? self : other
    }

    /// Orders two amounts in the same currency.
    /// - Parameter other: The amount to compare with, in this amount's currency.
    /// - Returns: Whether this amount is less than `other`.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``; amounts in different currencies have no order.
    /// - Complexity: O(1).
    public func isLess(than other: Money) throws(CollectKitError) -> Bool {
        try requireSameCurrency(other, field: "amount")
        return minorUnits < other.minorUnits
    }

    /// Throws unless `other` is in this amount's currency; `field` names the input in the error.
    ///
    /// - Parameters:
    ///   - other: The amount to check.
    ///   - field: The input `other` came from, e.g. `"payment.amount"`, so the error points
    ///     the host at it.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` naming `field` and `other`'s
    ///   currency.
    /// - Complexity: O(1).
    public func requireSameCurrency(_ other: Money, field: String) throws(CollectKitError) {
        guard other.currency == currency else {
            throw .currencyMismatch(field: field, expected: currency, found: other.currency)
        }
    }

    /// The sum of `amounts`, all in `currency`.
    /// - Parameters:
    ///   - amounts: The amounts to add.
    ///   - currency: Their currency, which is also the currency of the sum of no amounts.
    /// - Returns: The exact total; zero in `currency` when `amounts` is empty.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` or ``CollectKitError/Kind/overflow``.
    /// - Complexity: O(n) for n amounts.
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(CollectKitError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }
}
