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
    static let blockSize = 512

    /// Ages every row as of `asOf`.
    ///
    /// One pass over the columns without branches in the loop body: days past due are
    /// clamped and looked up in a bucket-by-day table; totals need no overflow checks
    /// because the columns' initializer bounded their sum. Bucket totals are spread over
    /// four banks by row so that consecutive rows in the same bucket do not wait on each
    /// other's additions. Per-customer cells are computed a block of rows at a time and then
    /// added to, so that random customer order keeps many memory accesses in flight.
    /// Per-customer totals live in memory advised for huge pages where the platform offers
    /// them: zeroing 48 MB of 4 KB pages (12 000 page faults) takes about as long as aging
    /// ten million grouped rows.
    ///
    /// - Parameters:
    ///   - asOf: the day days past due are counted to.
    ///   - buckets: the aging buckets.
    ///   - perCustomer: whether to compute ``ColumnarAging/customerTotals``
    ///     (`customerCount × buckets.count × 8` bytes).
    /// - Complexity: O(*n* + customers × buckets when `perCustomer`).
    public func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard, perCustomer: Bool = true) -> ColumnarAging {
        let bucketCount = buckets.count
        // table[d] is the bucket of d days past due for d in 0...cap; everything later is in the last.
        let cap = (buckets.overdueUpperBounds.last ?? 0) + 1
        let table = (0...cap).map { UInt8(buckets.index(daysPastDue: $0)) }
        let banks = 4
        var bankedTotals = [Int64](repeating: 0, count: banks * bucketCount)
        var bankedCounts = [Int](repeating: 0, count: banks * bucketCount)
        let cells = perCustomer ? customerCount * bucketCount : 0
        var customerTotals = [Int64](unsafeUninitializedCapacity: cells) { buffer, initialized in
            LargeAllocation.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = cells
        }
        let today = Int(asOf.daysSinceEpoch)
        let rows = count
        table.withUnsafeBufferPointer { table in
        bankedTotals.withUnsafeMutableBufferPointer { totals in
        bankedCounts.withUnsafeMutableBufferPointer { counts in
        customerTotals.withUnsafeMutableBufferPointer { perCustomerTotals in
        customerIndex.withUnsafeBufferPointer { customers in
        openMinorUnits.withUnsafeBufferPointer { amounts in
        dueDay.withUnsafeBufferPointer { dueDays in
            if perCustomer {
                // Two phases per block: first the cells, then the scattered additions. The
                // second loop is so short that many cache misses are in flight at once,
                // which matters when customers come in random order.
                withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.blockSize) { cellOf in
                    var start = 0
                    while start < rows {
                        let end = min(start &+ Self.blockSize, rows)
                        for row in start..<end {
                            let days = min(max(today &- Int(dueDays[row]), 0), cap)
                            let bucket = Int(table[days])
                            let slot = (row & (banks - 1)) &* bucketCount &+ bucket
                            counts[slot] &+= 1
                            totals[slot] &+= amounts[row]
                            cellOf[row &- start] = Int(customers[row]) &* bucketCount &+ bucket
                        }
                        for row in start..<end { perCustomerTotals[cellOf[row &- start]] &+= amounts[row] }
                        start = end
                    }
                }
            } else {
                for row in 0..<rows {
                    let days = min(max(today &- Int(dueDays[row]), 0), cap)
                    let slot = (row & (banks - 1)) &* bucketCount &+ Int(table[days])
                    counts[slot] &+= 1
                    totals[slot] &+= amounts[row]
                }
            }
        }}}}}}}
        var totals = [Int64](repeating: 0, count: bucketCount)
        var counts = [Int](repeating: 0, count: bucketCount)
        for bank in 0..<banks {
            for bucket in 0..<bucketCount {
                totals[bucket] &+= bankedTotals[bank * bucketCount + bucket]
                counts[bucket] &+= bankedCounts[bank * bucketCount + bucket]
            }
        }
        return ColumnarAging(buckets: buckets, currency: currency, totals: totals, counts: counts,
                             customerTotals: customerTotals)
    }
}
