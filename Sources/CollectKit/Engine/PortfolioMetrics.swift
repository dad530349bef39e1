/// A portfolio's health in one currency: aging, DSO family, CEI and promise kept rates.
///
/// Conventions: the period is the ``PortfolioMetrics/periodDays`` days ending on `asOf`;
/// credit sales are the receivables issued in that period; beginning receivables are what
/// was outstanding the day before the period began; "current" means not yet due on `asOf`.
/// Ratios are `nil` where undefined (no sales, no resolved promises).
public struct CurrencyMetrics: Sendable {
    /// The currency every figure is in.
    public let currency: Currency
    /// Outstanding amounts by aging bucket.
    public let aging: CurrencyAging
    /// The mergeable sums behind DSO and CEI.
    public let totals: MetricTotals
    /// DSO, best possible DSO and average days delinquent; `nil` without credit sales.
    public let daysSalesOutstanding: DaysSalesOutstanding?
    /// Collection effectiveness index in percent; `nil` when undefined.
    public let collectionEffectivenessPercent: Double?
}

/// Portfolio metrics per currency, plus promise kept rates, as of a day.
public struct PortfolioMetrics: Sendable {
    /// The day the figures describe.
    public let asOf: CalendarDate
    /// The look-back period in days.
    public let periodDays: Int
    /// One entry per currency with receivables, sorted by code.
    public let currencies: [CurrencyMetrics]
    /// Promises resolved in the period (kept, partly kept, broken).
    public let promises: PromiseOutcomes
    /// Kept promises ÷ resolved promises, in percent; `nil` with none resolved.
    public var strictKeptPercent: Double? { try? promises.strictKeptPercent() }
    /// Fulfilment-weighted kept rate in percent; `nil` with none resolved.
    public var weightedKeptPercent: Double? { try? promises.weightedKeptPercent() }

    /// Computes the metrics of `ledger` as of `asOf` over the last `periodDays` days.
    init(ledger: CollectionLedger, asOf: CalendarDate, periodDays: Int, buckets: AgingBuckets = .standard) {
        var ledger = ledger
        let days = max(1, periodDays)
        let start = asOf.adding(days: -days)
        let aging = ledger.aging(asOf: asOf, buckets: buckets)
        let beginning = ledger.outstandingByCurrency(asOf: start)
        var sales = [Int64](repeating: 0, count: ledger.currencies.count)
        let codes = ledger.slotCurrencyCodes()
        let (from, through) = (start.daysSinceEpoch, asOf.daysSinceEpoch)
        for row in ledger.receivableAmount.indices where ledger.receivableIssueDay[row] > from && ledger.receivableIssueDay[row] <= through {
            sales[Int(codes[Int(ledger.receivableSlot[row])]) - 1] &+= ledger.receivableAmount[row]
        }
        var currencies: [CurrencyMetrics] = []
        for currencyAging in aging.currencies {
            let currency = currencyAging.currency
            guard let code = ledger.existingCurrencyCode(currency) else { continue }
            let begin = Money(minorUnits: beginning[Int(code) - 1], currency: currency)
            let current = currencyAging.amount(inBucket: 0)
            // The ledger bounds every total these read, so the constructors' checks cannot fail;
            // a currency whose figures do not check is left out rather than guessed.
            guard let period = try? SalesPeriod(creditSales: Money(minorUnits: sales[Int(code) - 1], currency: currency), days: days),
                  let snapshot = try? ReceivablesSnapshot(total: currencyAging.total, current: current),
                  let totals = try? MetricTotals(beginningReceivables: begin, sales: period, ending: snapshot)
            else { continue }
            currencies.append(CurrencyMetrics(currency: currency, aging: currencyAging, totals: totals,
                                              daysSalesOutstanding: try? totals.daysSalesOutstanding(),
                                              collectionEffectivenessPercent: try? totals.collectionEffectivenessPercent()))
        }
        self.asOf = asOf
        self.periodDays = days
        self.currencies = currencies
        self.promises = (try? PromiseOutcomes(fulfilmentPerMille: ledger.fulfilments(promisedAfter: start, through: asOf))) ?? .empty
    }
}
