/// The aging of a ``ReceivableColumns`` portfolio: bucket totals for the portfolio and,
/// optionally, for every customer.
///
/// Per-customer totals take `customerCount × buckets.count × 8` bytes (48 MB for a million
/// customers and six buckets), so they are only computed when asked for.
public struct ColumnarAging: Sendable, Equatable {
    /// The bucket configuration.
    public let buckets: AgingBuckets
    /// The currency of every amount.
    public let currency: Currency
    /// Outstanding minor units per bucket for the whole portfolio.
    public let totals: [Int64]
    /// Rows per bucket.
    public let counts: [Int]
    /// Per-customer totals, row-major (`customer * buckets.count + bucket`); empty unless requested.
    public let customerTotals: [Int64]

    /// A customer's outstanding minor units in one bucket, or nil without per-customer totals.
    public func amount(customer: Int, bucket: Int) -> Int64? {
        let index = customer * buckets.count + bucket
        guard customerTotals.indices.contains(index), (0..<buckets.count).contains(bucket) else { return nil }
        return customerTotals[index]
    }

    /// The portfolio figures as an ``AgingSummary``, to merge with summaries from the value path.
    public var summary: AgingSummary {
        var entry = CurrencyAging(currency: currency, bucketCount: buckets.count)
        entry.amounts = totals
        entry.counts = counts
        return AgingSummary(buckets: buckets, currencies: counts.contains { $0 > 0 } ? [entry] : [])
    }
}

extension ReceivableColumns {
    /// Ages every row as of `asOf`.
    ///
    /// One pass over the columns without branches in the loop body: days past due are
    /// clamped and looked up in a bucket-by-day table; totals need no overflow checks
    /// because the columns' initializer bounded their sum.
    ///
    /// - Parameter perCustomer: whether to compute ``ColumnarAging/customerTotals``.
    /// - Complexity: O(*n* + customers × buckets when `perCustomer`).
    public func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard, perCustomer: Bool = true) -> ColumnarAging {
        let bucketCount = buckets.count
        // table[d] is the bucket of d days past due for d in 0...cap; everything later is in the last.
        let cap = (buckets.overdueUpperBounds.last ?? 0) + 1
        let table = (0...cap).map { UInt8(buckets.index(daysPastDue: $0)) }
        var totals = [Int64](repeating: 0, count: bucketCount)
        var counts = [Int](repeating: 0, count: bucketCount)
        var customerTotals = [Int64](repeating: 0, count: perCustomer ? customerCount * bucketCount : 0)
        let today = Int(asOf.daysSinceEpoch)
        let rows = count
        table.withUnsafeBufferPointer { table in
        totals.withUnsafeMutableBufferPointer { totals in
        counts.withUnsafeMutableBufferPointer { counts in
        customerTotals.withUnsafeMutableBufferPointer { perCustomerTotals in
        customerIndex.withUnsafeBufferPointer { customers in
        openMinorUnits.withUnsafeBufferPointer { amounts in
        dueDay.withUnsafeBufferPointer { dueDays in
            for row in 0..<rows {
                let days = min(max(today &- Int(dueDays[row]), 0), cap)
                let bucket = Int(table[days])
                let amount = amounts[row]
                totals[bucket] &+= amount
                counts[bucket] &+= 1
                if perCustomer {
                    perCustomerTotals[Int(customers[row]) &* bucketCount &+ bucket] &+= amount
                }
            }
        }}}}}}}
        return ColumnarAging(buckets: buckets, currency: currency, totals: totals, counts: counts,
                             customerTotals: customerTotals)
    }
}
