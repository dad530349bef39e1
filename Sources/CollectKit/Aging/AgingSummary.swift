/// Outstanding amounts by aging bucket and currency: a mergeable summary (a monoid).
///
/// Summaries of disjoint sets of customers merge into the summary of their union, whatever
/// way the customers were split, so a host can age shards of its portfolio in separate jobs
/// and merge the results. ``empty`` is the identity of ``merging(_:)``.
public struct AgingSummary: Hashable, Sendable, Codable {
    /// The bucket configuration every figure here uses.
    public let buckets: AgingBuckets
    /// One entry per currency with anything outstanding, ordered by currency code.
    public private(set) var currencies: [CurrencyAging]

    /// A summary with nothing in it, for `buckets`.
    public static func empty(buckets: AgingBuckets) -> AgingSummary { AgingSummary(buckets: buckets, currencies: []) }

    /// A summary with nothing in it, for the ``AgingBuckets/standard`` buckets.
    public static let empty = AgingSummary.empty(buckets: .standard)

    init(buckets: AgingBuckets, currencies: [CurrencyAging]) {
        self.buckets = buckets
        self.currencies = currencies
    }

    /// The figures for one currency, if anything is outstanding in it.
    public subscript(currency: Currency) -> CurrencyAging? {
        currencies.first { $0.currency == currency }
    }

    /// Adds an open amount `daysPastDue` days past due.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` if a bucket's total would overflow; the
    ///   summary is then unchanged.
    public mutating func add(_ amount: Money, daysPastDue: Int) throws(CollectKitError) {
        let bucket = buckets.index(daysPastDue: daysPastDue)
        let index: Int
        if let existing = currencies.firstIndex(where: { $0.currency == amount.currency }) {
            index = existing
        } else {
            store(CurrencyAging(currency: amount.currency, bucketCount: buckets.count))
            index = currencies.firstIndex { $0.currency == amount.currency } ?? 0
        }
        let (sum, overflow) = currencies[index].amounts[bucket].addingReportingOverflow(amount.minorUnits)
        guard !overflow else { throw .overflow(field: "aging[\(amount.currency)][\(bucket)]", value: String(amount.minorUnits)) }
        // Mutating in place, not through a copy, keeps adding free of array allocations.
        currencies[index].amounts[bucket] = sum
        currencies[index].counts[bucket] += 1
    }

    /// The summary of both summaries' receivables together.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when the bucket configurations
    ///   differ, ``CollectKitError/Kind/overflow`` when a total would overflow.
    public func merging(_ other: AgingSummary) throws(CollectKitError) -> AgingSummary {
        guard other.buckets == buckets else {
            throw .invalidArgument(field: "aging.buckets", value: "\(other.buckets.overdueUpperBounds)",
                                   reason: "summaries with different buckets \(buckets.overdueUpperBounds) cannot merge")
        }
        var merged = self
        for theirs in other.currencies {
            var entry = merged[theirs.currency] ?? CurrencyAging(currency: theirs.currency, bucketCount: buckets.count)
            for bucket in 0..<buckets.count {
                let (sum, overflow) = entry.amounts[bucket].addingReportingOverflow(theirs.amounts[bucket])
                guard !overflow else {
                    throw .overflow(field: "aging[\(theirs.currency)][\(bucket)]", value: String(theirs.amounts[bucket]))
                }
                entry.amounts[bucket] = sum
                entry.counts[bucket] += theirs.counts[bucket]
            }
            merged.store(entry)
        }
        return merged
    }

    mutating func store(_ entry: CurrencyAging) {
        if let index = currencies.firstIndex(where: { $0.currency == entry.currency }) {
            currencies[index] = entry
        } else {
            currencies.append(entry)
            currencies.sort { $0.currency.code < $1.currency.code }
        }
    }
}
