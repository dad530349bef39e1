/// Days sales outstanding (DSO) with its two companions, best possible DSO and average days
/// delinquent (ADD), all over one ``SalesPeriod``.
///
/// Conventions (the usual textbook ones):
/// - **DSO** = total receivables ÷ credit sales × days in the period.
/// - **Best possible DSO** = current (not yet due) receivables ÷ credit sales × days: the DSO
///   the portfolio would have if every customer paid exactly on its due date.
/// - **ADD** = DSO − best possible DSO = past-due receivables ÷ credit sales × days: how many
///   days of sales are late. It is computed from past-due receivables directly, so it is as
///   exact as the other two rather than the difference of two rounded numbers.
///
/// Day counts are `Double`s: they are not money. Each is one integer product divided once, so
/// it is correctly rounded whenever the product fits 64 bits (see the precision note on
/// ``simple(receivables:sales:)``).
///
/// Example: receivables 25,000 of which 6,000 current, 30-day credit sales 15,000 →
/// DSO 50, best possible 12, ADD 38.
struct DaysSalesOutstanding: Hashable, Sendable {
    /// DSO in days.
    let days: Double
    /// Best possible DSO in days.
    let bestPossibleDays: Double
    /// Average days delinquent: ``days`` − ``bestPossibleDays``.
    let averageDaysDelinquent: Double

    /// Computes all three figures.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` when receivables and sales differ in
    ///   currency, ``CollectKitError/Kind/undefinedMetric`` when credit sales are zero.
    init(receivables: ReceivablesSnapshot, sales: SalesPeriod) throws(CollectKitError) {
        days = try Self.simple(receivables: receivables.total, sales: sales)
        bestPossibleDays = try Self.simple(receivables: receivables.current, sales: sales)
        averageDaysDelinquent = try Self.simple(receivables: receivables.pastDue, sales: sales)
    }

    /// Simple DSO: `receivables ÷ creditSales × days`.
    ///
    /// Precision: `receivables × days` is formed exactly in `Int64` minor units and divided
    /// once, so the result is the correctly rounded `Double` (200,000 on 2,000,000 over 365
    /// days is exactly 36.5). Only beyond 9.2 × 10¹⁸ does the product fall back to floating
    /// point, with a relative error below 10⁻¹⁵.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch``,
    ///   ``CollectKitError/Kind/invalidAmount`` for negative receivables,
    ///   ``CollectKitError/Kind/undefinedMetric`` when credit sales are zero.
    static func simple(receivables: Money, sales: SalesPeriod) throws(CollectKitError) -> Double {
        try sales.creditSales.requireSameCurrency(receivables, field: "receivables")
        try requireNonNegative(receivables, field: "receivables")
        guard sales.creditSales.isPositive else {
            throw .undefinedMetric(field: "salesPeriod.creditSales", value: "0 \(sales.creditSales.currency)",
                                   reason: "DSO divides by credit sales, which are zero")
        }
        return metricRatio(receivables.minorUnits, times: Int64(sales.days), over: sales.creditSales.minorUnits)
    }
}
