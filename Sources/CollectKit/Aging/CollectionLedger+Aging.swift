/// Aging straight from the receivable columns: the path the engine's metrics take.
extension CollectionLedger {
    /// Rows aged in one pass before their per-bucket sums are folded; see ``aging(asOf:buckets:)``.
    static let agingBanks = 4

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
    func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard) -> AgingSummary {
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
        table.withUnsafeBufferPointer { table in
        totals.withUnsafeMutableBufferPointer { totals in
        counts.withUnsafeMutableBufferPointer { counts in
        open.withUnsafeBufferPointer { amounts in
        receivableDueDay.withUnsafeBufferPointer { dueDays in
        receivableSlot.withUnsafeBufferPointer { slots in
        codes.withUnsafeBufferPointer { codes in
            for row in 0..<rows {
                let amount = amounts[row]
                guard amount > 0 else { continue }
                let days = Swift.min(Swift.max(today &- Int(dueDays[row]), 0), cap)
                let currency = codes.isEmpty ? 0 : Int(codes[Int(slots[row])]) &- 1
                let cell = (row & (banks &- 1)) &* width &+ currency &* bucketCount &+ Int(table[days])
                counts[cell] &+= 1
                totals[cell] &+= amount
            }
        }}}}}}}
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
