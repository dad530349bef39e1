extension CollectionLedger {
    /// The last day money counts as on time for the promise at `index`: its promised day plus
    /// the policy's grace, saturating at the last representable day so that a promise dated
    /// near `Int32.max` is not judged against a deadline that wrapped into the past.
    func deadlineDay(of index: Int) -> Int32 {
        let (day, overflow) = promiseFields[index].due.addingReportingOverflow(Int32(policy.graceDays))
        return overflow ? .max : day
    }
}

extension CollectionLedger {
    /// Up to this many promises or payments of one customer are insertion-sorted; more are
    /// sorted in O(n log n).
    static let insertionSortLimit = 32
}

extension CollectionLedger {
    /// The last day the ledger tells apart: `Int32.max` itself marks "not cancelled" and
    /// "not replaced", so days after this one are read as this one.
    static let lastDay = never - 1

    /// Rejects a promise or cancellation dated on the sentinel day, which would read as
    /// "never" (a pay-by date 5.8 million years ahead is hostile input, not a plan).
    static func requireBeforeSentinel(_ date: CalendarDate, field: String) throws(CollectKitError) {
        guard date.daysSinceEpoch <= lastDay else {
            throw CollectKitError(kind: .invalidDate, field: field, value: date.description,
                                  reason: "the ledger reads dates up to \(CalendarDate(daysSinceEpoch: lastDay))")
        }
    }
}
