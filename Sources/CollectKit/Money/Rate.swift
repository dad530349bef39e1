/// An exact rate to apply to money: a fraction `numerator / denominator` of two integers.
///
/// Rates are never `Double`, so 3.5 % is exactly 7/200 and applying it never drifts.
/// Build one from the unit people state it in (``percent(_:)``, ``basisPoints(_:)``,
/// ``partsPerMillion(_:)``) or from a fraction; the stored fraction is always reduced and
/// its denominator positive, so equal rates compare equal (`percent(50) == Rate(1, 2)`).
public struct Rate: Hashable, Sendable, CustomStringConvertible {
    /// The reduced numerator; carries the sign of the rate.
    public let numerator: Int64
    /// The reduced denominator; always greater than zero.
    public let denominator: Int64

    /// A rate of `numerator / denominator`.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a zero denominator, or when the
    ///   sign cannot be moved to the numerator because a value is `Int64.min`.
    public init(numerator: Int64, denominator: Int64) throws(CollectKitError) {
        guard denominator != 0 else {
            throw .invalidArgument(field: "rate.denominator", value: "\(numerator)/\(denominator)",
                                   reason: "a rate's denominator must not be zero")
        }
        let divisor = Rate.greatestCommonDivisor(numerator.magnitude, denominator.magnitude)
        let top = numerator.magnitude / divisor
        var bottom = denominator.magnitude / divisor
        let negative = (numerator < 0) != (denominator < 0) && top != 0
        if top == 0 { bottom = 1 }
        guard bottom <= UInt64(Int64.max), top <= (negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)) else {
            throw .invalidArgument(field: "rate", value: "\(numerator)/\(denominator)",
                                   reason: "the reduced fraction does not fit in 64-bit integers")
        }
        if negative {
            self.numerator = top == Int64.min.magnitude ? .min : -Int64(top)
        } else {
            self.numerator = Int64(top)
        }
        self.denominator = Int64(bottom)
    }

    /// A rate of `numerator / denominator`; see ``init(numerator:denominator:)``.
    public init(_ numerator: Int64, _ denominator: Int64) throws(CollectKitError) {
        try self.init(numerator: numerator, denominator: denominator)
    }

    private init(reducing numerator: Int64, over denominator: Int64) {
        // Only called with positive power-of-ten denominators, which cannot fail.
        let divisor = Rate.greatestCommonDivisor(numerator.magnitude, denominator.magnitude)
        self.numerator = numerator / Int64(divisor)
        self.denominator = denominator / Int64(divisor)
    }

    /// `value` per cent: `percent(3)` is 3/100.
    public static func percent(_ value: Int64) -> Rate { Rate(reducing: value, over: 100) }
    /// `value` basis points (hundredths of a per cent): `basisPoints(350)` is 3.5 %.
    public static func basisPoints(_ value: Int64) -> Rate { Rate(reducing: value, over: 10_000) }
    /// `value` parts per million: `partsPerMillion(35_000)` is 3.5 %.
    public static func partsPerMillion(_ value: Int64) -> Rate { Rate(reducing: value, over: 1_000_000) }

    /// The rate 1 (the whole amount).
    public static let one = Rate(reducing: 1, over: 1)
    /// The rate 0.
    public static let zero = Rate(reducing: 0, over: 1)

    /// `numerator/denominator`, e.g. `7/200`.
    public var description: String { "\(numerator)/\(denominator)" }

    static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}

extension Rate: Codable {
    private enum CodingKeys: String, CodingKey { case numerator, denominator }

    /// Decodes `{"numerator": 7, "denominator": 200}`, validating and reducing it like ``init(numerator:denominator:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(numerator: container.decode(Int64.self, forKey: .numerator),
                      denominator: container.decode(Int64.self, forKey: .denominator))
    }

    /// Encodes the reduced fraction as `{"numerator": 7, "denominator": 200}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
    }
}
