/// A portfolio's health in one currency: aging, DSO family, CEI and promise kept rates.
///
/// Conventions: the period is the ``PortfolioMetrics/periodDays`` days ending on `asOf`;
/// credit sales are the receivables issued in that period; beginning receivables are what
/// was outstanding the day before the period began; "current" means not yet due on `asOf`.
/// Ratios are `nil` where undefined (no sales, no settled promises).
public struct CurrencyMetrics: Sendable, Hashable {
    /// The currency every figure is in.
    public let currency: Currency
    /// Outstanding amounts by aging bucket.
    public let aging: CurrencyAging
    /// What was outstanding the day before the period began.
    public let beginningReceivables: Money
    /// Receivables issued in the period.
    public let creditSales: Money
    /// What is outstanding on `asOf`.
    public let endingReceivables: Money
    /// The part of ``endingReceivables`` not yet due.
    public let endingCurrent: Money
    /// DSO: ending receivables ÷ credit sales × the period's days; `nil` without credit sales.
    public let daysSalesOutstanding: Double?
    /// Best possible DSO: the DSO if every customer paid on its due date (current receivables
    /// ÷ credit sales × days); `nil` without credit sales.
    public let bestPossibleDaysSalesOutstanding: Double?
    /// Average days delinquent: past-due receivables ÷ credit sales × days; `nil` without
    /// credit sales.
    public let averageDaysDelinquent: Double?
    /// Collection effectiveness index: what was collected of what was collectible, 0…10,000
    /// basis points; `nil` when nothing was collectible.
    public let collectionEffectiveness: BasisPoints?
}

/// Portfolio metrics per currency, plus promise kept rates, as of a day.
public struct PortfolioMetrics: Sendable, Hashable {
    /// The day the figures describe.
    public let asOf: CalendarDate
    /// The look-back period in days.
    public let periodDays: Int
    /// One entry per currency with receivables, sorted by code.
    public let currencies: [CurrencyMetrics]
    /// Promises that fell due in the period and are settled (kept, partly kept or broken).
    public let promisesSettled: Int
    /// Of those, kept in full.
    public let promisesKept: Int
    /// Kept ÷ settled; a half-paid promise counts as not kept. `nil` with none settled.
    public let keptRate: BasisPoints?
    /// Mean fulfilment of the settled promises, so a half-paid promise counts half; `nil`
    /// with none settled.
    public let weightedKeptRate: BasisPoints?

    /// Computes the metrics of `ledger` as of `asOf` over the last `periodDays` days; a
    /// figure that cannot be computed is left out and reported to `report`.
    init(ledger: CollectionLedger, asOf: CalendarDate, periodDays: Int, buckets: AgingBuckets = .standard,
         report: (@Sendable (CollectionDiagnostic) -> Void)? = nil) {
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
        func handled(_ error: CollectKitError) {
            report?(CollectionDiagnostic(kind: .conditionHandled, operation: "metrics(asOf:)", error: error))
        }
        // Undefined figures (no credit sales, nothing collectible) are expected and simply nil;
        // anything else is reported as well.
        func figure<Value>(_ compute: () throws(CollectKitError) -> Value) -> Value? {
            do { return try compute() } catch {
                if error.kind != .undefinedMetric { handled(error) }
                return nil
            }
        }
        var currencies: [CurrencyMetrics] = []
        for currencyAging in aging.currencies {
            let currency = currencyAging.currency
            guard let code = ledger.existingCurrencyCode(currency) else { continue }
            let begin = Money(minorUnits: beginning[Int(code) - 1], currency: currency)
            let current = currencyAging.amount(inBucket: 0)
            let credit = Money(minorUnits: sales[Int(code) - 1], currency: currency)
            // The ledger bounds every total these read, so the constructors' checks hold; a
            // currency whose figures do not check is left out, never guessed, and reported.
            let totals: MetricTotals
            do throws(CollectKitError) {
                totals = try MetricTotals(beginningReceivables: begin, sales: SalesPeriod(creditSales: credit, days: days),
                                          ending: ReceivablesSnapshot(total: currencyAging.total, current: current))
            } catch {
                handled(error)
                continue
            }
            let dso = figure { () throws(CollectKitError) in try totals.daysSalesOutstanding() }
            let effectiveness = figure { () throws(CollectKitError) in try totals.collectionEffectivenessPercent() }
                .map { BasisPoints(fraction: $0 / 100) }
            currencies.append(CurrencyMetrics(
                currency: currency, aging: currencyAging, beginningReceivables: begin, creditSales: credit,
                endingReceivables: currencyAging.total, endingCurrent: current, daysSalesOutstanding: dso?.days,
                bestPossibleDaysSalesOutstanding: dso?.bestPossibleDays, averageDaysDelinquent: dso?.averageDaysDelinquent,
                collectionEffectiveness: effectiveness))
        }
        self.asOf = asOf
        self.periodDays = days
        self.currencies = currencies
        var outcomes = PromiseOutcomes.empty
        do throws(CollectKitError) {
            outcomes = try PromiseOutcomes(fulfilmentPerMille: ledger.fulfilments(promisedAfter: start, through: asOf))
        } catch {
            handled(error)
        }
        self.promisesSettled = Int(outcomes.resolvedCount)
        self.promisesKept = Int(outcomes.keptCount)
        self.keptRate = BasisPoints(part: outcomes.keptCount, of: outcomes.resolvedCount)
        self.weightedKeptRate = BasisPoints(part: outcomes.fulfilmentPerMilleSum,
                                            of: outcomes.resolvedCount.multipliedReportingOverflow(by: 1_000).partialValue)
    }
}
