extension DaysSalesOutstanding {
    /// Countback DSO: how many days of the most recent sales the receivables represent.
    ///
    /// Starting from the most recent month, each month's credit sales are subtracted from the
    /// receivables and its days added, until what remains is less than a month's sales; that
    /// month then contributes `remaining ÷ its sales × its days`. Unlike simple DSO it is not
    /// distorted by growing or seasonal sales, since it weighs only the months the receivables
    /// came from.
    ///
    /// Month lengths are whatever the periods say: build them with
    /// ``SalesPeriod/calendarMonths(endingIn:monthlySales:)`` for real calendar months
    /// (CollectKit's recommended convention) or ``SalesPeriod/thirtyDayMonths(monthlySales:)``
    /// for 30-day months. Receivables exactly equal to the sales of the newest *n* months give
    /// exactly their days. Precision: whole months add exact integers; the last month's
    /// fraction is one correctly rounded division.
    ///
    /// Example (calendar months ending 2026-03-31): receivables 250,000; March 100,000,
    /// February 120,000, January 90,000 → 31 + 28 + 30,000 ÷ 90,000 × 31 = 69.33… days.
    ///
    /// - Parameters:
    ///   - receivables: Receivables open at the end of the newest month.
    ///   - months: Sales periods, most recent first.
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``,
    ///   ``CollectKitError/Kind/invalidAmount`` for negative receivables,
    ///   ``CollectKitError/Kind/undefinedMetric`` when the months' sales together are less than
    ///   the receivables (the history is too short to count back through).
    static func countback(receivables: Money, months: [SalesPeriod]) throws(CollectKitError) -> Double {
        try requireNonNegative(receivables, field: "receivables")
        var remaining = receivables.minorUnits
        var wholeDays = 0
        for (index, month) in months.enumerated() {
            if remaining == 0 { break }
            try receivables.requireSameCurrency(month.creditSales, field: "months[\(index)].creditSales")
            let sales = month.creditSales.minorUnits
            if remaining >= sales {
                remaining -= sales
                wholeDays += month.days
            } else {
                // remaining < sales here, so sales > 0: no division by zero.
                return Double(wholeDays) + metricRatio(remaining, times: Int64(month.days), over: sales)
            }
        }
        guard remaining == 0 else {
            throw .undefinedMetric(field: "months", value: "\(months.count) months",
                                   reason: "their credit sales are \(remaining) minor units short of the receivables; supply more months")
        }
        return Double(wholeDays)
    }
}
