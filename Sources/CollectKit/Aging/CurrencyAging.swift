/// Outstanding amounts in one currency, split by aging bucket.
public struct CurrencyAging: Hashable, Sendable, Codable {
    /// The currency of every amount here.
    public let currency: Currency
    /// Outstanding minor units per bucket, in bucket order.
    public internal(set) var amounts: [Int64]
    /// How many open receivables fall in each bucket.
    public internal(set) var counts: [Int]

    /// Zero in every one of `bucketCount` buckets.
    public init(currency: Currency, bucketCount: Int) {
        self.currency = currency
        self.amounts = Array(repeating: 0, count: bucketCount)
        self.counts = Array(repeating: 0, count: bucketCount)
    }

    /// Everything outstanding in this currency.
    public var total: Money { Money(minorUnits: amounts.reduce(0, +), currency: currency) }

    /// Everything past due (all buckets but the first).
    public var overdue: Money { Money(minorUnits: amounts.dropFirst().reduce(0, +), currency: currency) }

    /// The amount in bucket `index`.
    public func amount(inBucket index: Int) -> Money { Money(minorUnits: amounts[index], currency: currency) }
}
