/// Aging straight from the receivable columns: the path the engine's metrics take.
extension CollectionLedger {
    /// Rows aged in one pass before their per-bucket sums are folded; see ``aging(asOf:buckets:)``.
    static let agingBanks = 4
    /// Rows from which aging splits its pass over two cores (below it, the second thread's
    /// start-up costs more than it saves).
    static let agingParallelRows = 1 << 20

    /// The portfolio's outstanding receivables on `asOf`, by currency and days past due.
    ///
    /// One pass over the open-amount and due-day columns without branches on the bucket:
    /// days past due are clamped and looked up in a bucket-by-day table; totals need no
    /// overflow checks because recording bounded each currency's billed total. Sums are
    /// spread over four banks by row so consecutive rows in the same bucket do not wait on
    /// each other's additions. A portfolio in one currency reads no customer column at all.
    ///
    /// - Complexity: O(receivables) when `asOf` is on or after the latest recorded
    ///   application (the nightly case); O(receivables + applications) for an earlier day.
    func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard, parallelFrom: Int = agingParallelRows) -> AgingSummary {
        let bucketCount = buckets.count, currencyCount = currencies.count
        guard currencyCount > 0, !receivableAmount.isEmpty else { return .empty(buckets: buckets) }
        let cap = (buckets.overdueUpperBounds.last ?? 0) + 1
        let table = (0...cap).map { UInt8(buckets.index(daysPastDue: $0)) }
        let banks = Self.agingBanks, width = currencyCount * bucketCount
        var totals = [Int64](repeating: 0, count: banks * width)
        var counts = [Int](repeating: 0, count: banks * width)
        let open = openAmounts(asOf: asOf)
        let codes = currencyCount == 1 ? [] : slotCurrencyCodes()
        let today = Int(asOf.daysSinceEpoch)
        let rows = open.count
        // Two halves on two cores once the columns outgrow the caches; each half sums into
        // its own banks, so the halves share nothing but read-only columns.
        let halves = rows >= Swift.max(2, parallelFrom) ? 2 : 1
        var second = halves == 2 ? [Int64](repeating: 0, count: banks * width) : []
        var secondCounts = halves == 2 ? [Int](repeating: 0, count: banks * width) : []
        table.withUnsafeBufferPointer { table in
        open.withUnsafeBufferPointer { amounts in
        receivableDueDay.withUnsafeBufferPointer { dueDays in
        receivableSlot.withUnsafeBufferPointer { slots in
        codes.withUnsafeBufferPointer { codes in
            let columns = AgingColumns(table: table, amounts: amounts, dueDays: dueDays, slots: slots, codes: codes,
                                       today: today, cap: cap, bucketCount: bucketCount, width: width)
            if halves == 1 {
                columns.sum(0..<rows, into: &totals, counts: &counts)
            } else {
                let middle = rows / 2
                _ = Concurrently.run({ columns.sum(0..<middle, into: &totals, counts: &counts) },
                                     { columns.sum(middle..<rows, into: &second, counts: &secondCounts) })
            }
        }}}}}
        for cell in second.indices {
            totals[cell] &+= second[cell]
            counts[cell] &+= secondCounts[cell]
        }
        var summary = AgingSummary.empty(buckets: buckets)
        for code in 0..<currencyCount {
            var entry = CurrencyAging(currency: currencies[code], bucketCount: bucketCount)
            for bucket in 0..<bucketCount {
                for bank in 0..<banks {
                    entry.amounts[bucket] &+= totals[bank * width + code * bucketCount + bucket]
                    entry.counts[bucket] &+= counts[bank * width + code * bucketCount + bucket]
                }
            }
            if entry.counts.contains(where: { $0 > 0 }) { summary.store(entry) }
        }
        return summary
    }
}

/// The read-only columns one aging pass reads, and the pass itself over a range of rows.
private struct AgingColumns {
    let table: UnsafeBufferPointer<UInt8>
    let amounts: UnsafeBufferPointer<Int64>
    let dueDays: UnsafeBufferPointer<Int32>
    let slots: UnsafeBufferPointer<Int32>
    let codes: UnsafeBufferPointer<UInt16>
    let today: Int, cap: Int, bucketCount: Int, width: Int

    /// Adds the open amounts of `rows` into `totals` and `counts`, spread over the banks.
    func sum(_ rows: Range<Int>, into totals: inout [Int64], counts: inout [Int]) {
        let banks = CollectionLedger.agingBanks
        totals.withUnsafeMutableBufferPointer { totals in
        counts.withUnsafeMutableBufferPointer { counts in
            for row in rows {
                let amount = amounts[row]
                guard amount > 0 else { continue }
                let days = Swift.min(Swift.max(today &- Int(dueDays[row]), 0), cap)
                let currency = codes.isEmpty ? 0 : Int(codes[Int(slots[row])]) &- 1
                let cell = (row & (banks &- 1)) &* width &+ currency &* bucketCount &+ Int(table[days])
                counts[cell] &+= 1
                totals[cell] &+= amount
            }
        }}
    }
}
