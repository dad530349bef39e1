/// The collection effectiveness index (CEI): the share of what could have been collected in a
/// period that was collected, as a percentage.
///
/// Convention (the standard form):
///
///     CEI = (beginning receivables + credit sales − ending total receivables)
///         ÷ (beginning receivables + credit sales − ending current receivables) × 100
///
/// The numerator is what was collected; the denominator is what was collectible (everything
/// except what was not yet due at the end). **Credit sales are the whole period's credit
/// sales** by default (``CreditSalesBasis/periodTotal``). Some sources compute a multi-month
/// CEI with *average monthly* sales instead; choose ``CreditSalesBasis/monthlyAverage(months:)``
/// for that. The average is applied exactly (every term is scaled by the month count rather
/// than dividing money), so no rounding enters either form.
///
/// Example: beginning 300,000, credit sales 700,000, ending total 20,000, ending current 0 →
/// 980,000 ÷ 1,000,000 × 100 = 98%.
enum CollectionEffectivenessIndex {
    /// Which credit-sales figure enters the formula.
    enum CreditSalesBasis: Hashable, Sendable {
        /// The period's total credit sales (the standard form).
        case periodTotal
        /// The period's credit sales divided by `months` (the monthly-average variant).
        case monthlyAverage(months: Int)
    }

    /// CEI in percent (98.0 for 98%); 100 means everything collectible was collected.
    ///
    /// Precision: the numerator and denominator are exact integers; the one division is
    /// correctly rounded. A result above 100 means more was collected than was past due
    /// (customers paid early); a negative one means receivables grew by more than credit sales,
    /// i.e. the inputs include debits that are not credit sales.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``,
    ///   ``CollectKitError/Kind/invalidAmount`` for negative amounts,
    ///   ``CollectKitError/Kind/invalidArgument`` for a month count below 1,
    ///   ``CollectKitError/Kind/undefinedMetric`` when nothing was collectible (denominator ≤ 0),
    ///   ``CollectKitError/Kind/overflow`` when the scaled terms exceed 64 bits.
    static func percent(beginningReceivables: Money, creditSales: Money, ending: ReceivablesSnapshot,
                               basis: CreditSalesBasis = .periodTotal) throws(CollectKitError) -> Double {
        try beginningReceivables.requireSameCurrency(creditSales, field: "creditSales")
        try beginningReceivables.requireSameCurrency(ending.total, field: "ending.total")
        try requireNonNegative(beginningReceivables, field: "beginningReceivables")
        try requireNonNegative(creditSales, field: "creditSales")
        var scale: Int64 = 1
        if case .monthlyAverage(let months) = basis {
            guard months >= 1 else {
                throw .invalidArgument(field: "basis.months", value: String(months),
                                       reason: "an average needs at least one month")
            }
            scale = Int64(months)
        }
        // Multiplying every term by `scale` turns sales ÷ months into plain sales: exact.
        func scaled(_ amount: Money, _ field: String) throws(CollectKitError) -> Int64 {
            let (value, overflow) = amount.minorUnits.multipliedReportingOverflow(by: scale)
            guard !overflow else { throw .overflow(field: field, value: "\(amount.minorUnits) × \(scale)") }
            return value
        }
        func checkedSum(_ a: Int64, _ b: Int64, minus c: Int64) throws(CollectKitError) -> Int64 {
            let (sum, o1) = a.addingReportingOverflow(b)
            let (difference, o2) = sum.subtractingReportingOverflow(c)
            guard !o1, !o2 else { throw .overflow(field: "collectionEffectivenessIndex", value: "\(a) + \(b) − \(c)") }
            return difference
        }
        let start = try scaled(beginningReceivables, "beginningReceivables")
        let sales = creditSales.minorUnits
        let collected = try checkedSum(start, sales, minus: try scaled(ending.total, "ending.total"))
        let collectible = try checkedSum(start, sales, minus: try scaled(ending.current, "ending.current"))
        guard collectible > 0 else {
            throw .undefinedMetric(field: "ending.current", value: "\(ending.current.minorUnits) \(ending.current.currency)",
                                   reason: "nothing was collectible in the period, so CEI has no value")
        }
        return metricRatio(collected, times: 100, over: collectible)
    }
}
