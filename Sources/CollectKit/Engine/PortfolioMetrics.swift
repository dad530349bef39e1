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

    /// Computes the metrics of `portfolio` as of `asOf` over the last `periodDays` days.
    public init(portfolio: CollectionPortfolio, asOf: CalendarDate, periodDays: Int, buckets: AgingBuckets = .standard) {
        let days = max(1, periodDays)
        let start = asOf.adding(days: -days)
        let ending = portfolio.receivables.balances(asOf: asOf)
        let beginning = portfolio.receivables.balances(asOf: start)
        let aging = ending.aging(buckets: buckets)
        var sales: [Currency: Int64] = [:]
        for receivable in portfolio.receivables.receivables where receivable.issueDate > start && receivable.issueDate <= asOf {
            sales[receivable.amount.currency, default: 0] &+= receivable.amount.minorUnits
        }
        var currencies: [CurrencyMetrics] = []
        for currencyAging in aging.currencies.sorted(by: { $0.currency.code < $1.currency.code }) {
            let currency = currencyAging.currency
            let begin = beginning.portfolioOutstanding[currency] ?? .zero(currency)
            let current = currencyAging.amount(inBucket: 0)
            guard let period = try? SalesPeriod(creditSales: Money(minorUnits: sales[currency] ?? 0, currency: currency), days: days),
                  let snapshot = try? ReceivablesSnapshot(total: currencyAging.total, current: current),
                  let totals = try? MetricTotals(beginningReceivables: begin, sales: period, ending: snapshot)
            else { continue }
            currencies.append(CurrencyMetrics(currency: currency, aging: currencyAging, totals: totals,
                                              daysSalesOutstanding: try? totals.daysSalesOutstanding(),
                                              collectionEffectivenessPercent: try? totals.collectionEffectivenessPercent()))
        }
        // Each promise whose deadline fell in the period and that has an outcome counts once.
        var fulfilment: [Int] = []
        for customer in portfolio.customerIDs {
            for promise in portfolio.promises.promises(of: customer)
            where promise.promisedDate > start && promise.promisedDate <= asOf {
                switch portfolio.promises.status(of: promise.id, asOf: asOf) {
                case .kept?: fulfilment.append(1000)
                case .partiallyKept(let basisPoints)?: fulfilment.append(basisPoints / 10)
                case .broken?: fulfilment.append(0)
                default: break
                }
            }
        }
        self.asOf = asOf
        self.periodDays = days
        self.currencies = currencies
        self.promises = (try? PromiseOutcomes(fulfilmentPerMille: fulfilment)) ?? .empty
    }
}
