extension ReceivableBalances {
    /// The aging of each customer's outstanding receivables as of ``asOf``; customers who owe
    /// nothing are left out.
    public func agingByCustomer(buckets: AgingBuckets = .standard) -> [CustomerID: AgingSummary] {
        var result: [CustomerID: AgingSummary] = [:]
        for line in lines where line.outstanding.isPositive {
            // The ledger bounds every currency's billed total, so no bucket can overflow.
            try? result[line.receivable.customerID, default: .empty(buckets: buckets)]
                .add(line.outstanding, daysPastDue: line.receivable.daysPastDue(asOf: asOf))
        }
        return result
    }

    /// The aging of the whole portfolio's outstanding receivables as of ``asOf``.
    public func aging(buckets: AgingBuckets = .standard) -> AgingSummary {
        var summary = AgingSummary.empty(buckets: buckets)
        for line in lines where line.outstanding.isPositive {
            try? summary.add(line.outstanding, daysPastDue: line.receivable.daysPastDue(asOf: asOf))
        }
        return summary
    }
}

extension ReceivablesLedger {
    /// The portfolio's aging as of `asOf`: ``balances(asOf:)`` then ``ReceivableBalances/aging(buckets:)``.
    public func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard) -> AgingSummary {
        balances(asOf: asOf).aging(buckets: buckets)
    }
}
