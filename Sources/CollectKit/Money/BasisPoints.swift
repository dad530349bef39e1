/// A fraction in hundredths of a percent: CollectKit's one unit for shares, rates and
/// confidences (10,000 basis points are the whole).
///
/// Integers keep fractions exact and comparable across the API: a promise kept rate of
/// `BasisPoints(8_000)`, an ask that expects `BasisPoints(5_556)` of what is owed, a
/// classifier confident to `BasisPoints(9_120)`. Apply one to money through ``rate``, which
/// is exact. Values outside 0…10,000 are allowed where a share can exceed the whole (an
/// anchored ask is 180 % of the expected amount); each property documents its range.
public struct BasisPoints: Hashable, Comparable, Sendable, Codable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The number of basis points.
    public var value: Int

    /// The whole: 10,000 basis points, 100 %.
    public static let whole = BasisPoints(10_000)
    /// Nothing: 0 basis points.
    public static let zero = BasisPoints(0)

    /// `value` basis points.
    public init(_ value: Int) { self.value = value }

    /// `value` basis points, written as an integer literal.
    public init(integerLiteral value: Int) { self.value = value }

    /// The share `part / whole`, rounded half away from zero to the nearest basis point;
    /// `nil` when `whole` is zero.
    ///
    /// Exact for any 64-bit inputs: the product is formed in 128 bits.
    public init?(part: Int64, of whole: Int64) {
        guard whole != 0 else { return nil }
        let negative = (part < 0) != (whole < 0) && part != 0
        let divisor = whole.magnitude
        let product = UInt64(10_000).multipliedFullWidth(by: part.magnitude)
        // A quotient beyond 64 bits (a share above 2^64 basis points) saturates.
        guard product.high < divisor else {
            self.value = negative ? Int.min : Int.max
            return
        }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = remainder >= divisor - remainder && quotient < .max ? quotient + 1 : quotient
        let clamped = Int(Swift.min(rounded, UInt64(Int.max)))
        self.value = negative ? -clamped : clamped
    }

    /// The nearest basis point to `fraction` (0.5 is 5,000), clamped to ±1,000,000 % and 0
    /// for a non-finite input. For figures that are measured rather than counted, such as
    /// a softmax confidence.
    public init(fraction: Double) {
        guard fraction.isFinite else { self.value = 0; return }
        self.value = Int((Swift.min(Swift.max(fraction, -100), 100) * 10_000).rounded())
    }

    /// The exact rate, for applying to money with ``Money/applying(_:rounding:)``.
    public var rate: Rate { .basisPoints(Int64(value)) }

    /// The fraction as a floating-point number (5,000 basis points are 0.5), for display
    /// and statistics; never for money.
    public var fraction: Double { Double(value) / 10_000 }

    /// Orders by value.
    public static func < (lhs: BasisPoints, rhs: BasisPoints) -> Bool { lhs.value < rhs.value }

    /// A percentage with at most two decimals: "80%", "55.56%".
    public var description: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / 100, hundredths = magnitude % 100
        if hundredths == 0 { return "\(sign)\(whole)%" }
        let decimals = hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
        return "\(sign)\(whole).\(decimals)%"
    }

    /// Decodes a bare integer.
    public init(from decoder: any Decoder) throws {
        self.value = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Encodes a bare integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
