/// The additive numerators and denominators behind the portfolio metrics, for one shard of
/// customers or the whole portfolio.
///
/// `MetricTotals` is a monoid: ``empty`` is the identity and ``merging(_:)`` is associative
/// and commutative. A host can therefore compute one value per customer (or per shard, in its
/// own job system), merge them in any grouping, and get exactly the figures it would get from
/// the portfolio in one piece, because every metric here is a ratio of sums.
///
/// All contributions must be in one currency and cover the same period length; convert
/// currencies before aggregating. Countback DSO is not included: it needs per-month sales,
/// which a host aggregates as a list of ``SalesPeriod`` sums and passes to
/// ``DaysSalesOutstanding/countback(receivables:months:)``.
struct MetricTotals: Hashable, Sendable {
    /// The currency of every amount; nil only for ``empty``.
    let currency: Currency?
    /// The length of the period every contribution covers; nil only for ``empty``.
    let periodDays: Int?
    /// Receivables open at the start of the period, in minor units.
    let beginningReceivablesMinorUnits: Int64
    /// Credit sales over the period, in minor units.
    let creditSalesMinorUnits: Int64
    /// All receivables open at the end of the period, in minor units.
    let endingReceivablesMinorUnits: Int64
    /// The not-yet-due part of the ending receivables, in minor units.
    let endingCurrentMinorUnits: Int64
    /// Resolved promises and how they turned out.
    let promises: PromiseOutcomes

    /// Nothing counted yet: the identity for ``merging(_:)``.
    static let empty = MetricTotals(currency: nil, periodDays: nil, sums: (0, 0, 0, 0), promises: .empty)

    private init(currency: Currency?, periodDays: Int?, sums: (Int64, Int64, Int64, Int64), promises: PromiseOutcomes) {
        self.currency = currency
        self.periodDays = periodDays
        (beginningReceivablesMinorUnits, creditSalesMinorUnits, endingReceivablesMinorUnits, endingCurrentMinorUnits) = sums
        self.promises = promises
    }

    /// One customer's (or one shard's) contribution over a period.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` when the amounts differ in currency,
    ///   ``CollectKitError/Kind/invalidAmount`` for negative beginning receivables.
    init(beginningReceivables: Money, sales: SalesPeriod, ending: ReceivablesSnapshot,
                promises: PromiseOutcomes = .empty) throws(CollectKitError) {
        try beginningReceivables.requireSameCurrency(sales.creditSales, field: "sales.creditSales")
        try beginningReceivables.requireSameCurrency(ending.total, field: "ending.total")
        try requireNonNegative(beginningReceivables, field: "beginningReceivables")
        self.init(currency: beginningReceivables.currency, periodDays: sales.days,
                  sums: (beginningReceivables.minorUnits, sales.creditSales.minorUnits,
                         ending.total.minorUnits, ending.current.minorUnits),
                  promises: promises)
    }

    /// Both totals together.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` for different currencies,
    ///   ``CollectKitError/Kind/invalidArgument`` for different period lengths,
    ///   ``CollectKitError/Kind/overflow`` past 64-bit minor units.
    func merging(_ other: MetricTotals) throws(CollectKitError) -> MetricTotals {
        if let mine = currency, let theirs = other.currency, mine != theirs {
            throw .currencyMismatch(field: "metricTotals.currency", expected: mine, found: theirs)
        }
        if let mine = periodDays, let theirs = other.periodDays, mine != theirs {
            throw .invalidArgument(field: "metricTotals.periodDays", value: String(theirs),
                                   reason: "cannot merge a \(theirs)-day period into a \(mine)-day one")
        }
        func add(_ a: Int64, _ b: Int64, _ field: String) throws(CollectKitError) -> Int64 {
            let (sum, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { throw .overflow(field: "metricTotals.\(field)", value: "\(a) + \(b)") }
            return sum
        }
        return MetricTotals(
            currency: currency ?? other.currency, periodDays: periodDays ?? other.periodDays,
            sums: (try add(beginningReceivablesMinorUnits, other.beginningReceivablesMinorUnits, "beginningReceivables"),
                   try add(creditSalesMinorUnits, other.creditSalesMinorUnits, "creditSales"),
                   try add(endingReceivablesMinorUnits, other.endingReceivablesMinorUnits, "endingReceivables"),
                   try add(endingCurrentMinorUnits, other.endingCurrentMinorUnits, "endingCurrent")),
            promises: try promises.merging(other.promises))
    }

    /// Simple DSO, best possible DSO and ADD over the merged period.
    ///
    /// - Throws: ``CollectKitError/Kind/undefinedMetric`` for ``empty`` or zero credit sales.
    func daysSalesOutstanding() throws(CollectKitError) -> DaysSalesOutstanding {
        let (currency, days) = try requireContributions()
        return try DaysSalesOutstanding(receivables: endingSnapshot(currency), sales: SalesPeriod(
            creditSales: Money(minorUnits: creditSalesMinorUnits, currency: currency), days: days))
    }

    /// CEI in percent over the merged period (see ``CollectionEffectivenessIndex``).
    ///
    /// - Throws: ``CollectKitError/Kind/undefinedMetric`` for ``empty`` or when nothing was
    ///   collectible; otherwise as ``CollectionEffectivenessIndex/percent(beginningReceivables:creditSales:ending:basis:)``.
    func collectionEffectivenessPercent(
        basis: CollectionEffectivenessIndex.CreditSalesBasis = .periodTotal) throws(CollectKitError) -> Double {
        let (currency, _) = try requireContributions()
        return try CollectionEffectivenessIndex.percent(
            beginningReceivables: Money(minorUnits: beginningReceivablesMinorUnits, currency: currency),
            creditSales: Money(minorUnits: creditSalesMinorUnits, currency: currency),
            ending: endingSnapshot(currency), basis: basis)
    }

    private func requireContributions() throws(CollectKitError) -> (Currency, Int) {
        guard let currency, let periodDays else {
            throw .undefinedMetric(field: "metricTotals", value: "empty",
                                   reason: "no contributions have been merged in")
        }
        return (currency, periodDays)
    }

    private func endingSnapshot(_ currency: Currency) throws(CollectKitError) -> ReceivablesSnapshot {
        try ReceivablesSnapshot(total: Money(minorUnits: endingReceivablesMinorUnits, currency: currency),
                                current: Money(minorUnits: endingCurrentMinorUnits, currency: currency))
    }
}
