/// A yearly interest rate held as an exact fraction, so interest on money never passes
/// through floating point.
///
/// 10% a year is `AnnualInterestRate(percent: 10)` = 1000 basis points = 1/10; 8.25% is
/// `AnnualInterestRate(basisPoints: 825)`; odd rates such as 1/3% are
/// `AnnualInterestRate(numerator: 1, denominator: 300)`.
public struct AnnualInterestRate: Hashable, Sendable {
    /// The rate's numerator; zero or more.
    public let numerator: Int64
    /// The rate's denominator; at least 1. The rate is `numerator ÷ denominator` per year.
    public let denominator: Int64

    /// A rate of `numerator ÷ denominator` per year (not reduced; equal rates may compare unequal).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a negative numerator, a
    ///   denominator below 1, or a denominator above 10¹² (which keeps the interest arithmetic
    ///   inside 64 bits).
    public init(numerator: Int64, denominator: Int64) throws(CollectKitError) {
        guard numerator >= 0 else {
            throw .invalidArgument(field: "annualInterestRate.numerator", value: String(numerator),
                                   reason: "an interest rate is zero or more")
        }
        guard (1...1_000_000_000_000).contains(denominator) else {
            throw .invalidArgument(field: "annualInterestRate.denominator", value: String(denominator),
                                   reason: "a rate's denominator is between 1 and 10^12")
        }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A rate in basis points (hundredths of a percent): 825 for 8.25% a year.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a negative rate.
    public init(basisPoints: Int64) throws(CollectKitError) {
        try self.init(numerator: basisPoints, denominator: 10_000)
    }

    /// A rate in whole percent: 10 for 10% a year.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a negative rate.
    public init(percent: Int64) throws(CollectKitError) {
        try self.init(numerator: percent, denominator: 100)
    }
}
