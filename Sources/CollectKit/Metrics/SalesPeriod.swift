/// Credit sales booked over a number of days: the denominator of DSO and one month of a
/// countback.
///
/// Only credit sales belong here (cash sales never become receivables). The day count is the
/// period's length, e.g. 365 for a year, 90 for a quarter, 28…31 for a calendar month.
struct SalesPeriod: Hashable, Sendable {
    /// Credit sales in the period; zero or more.
    let creditSales: Money
    /// The period's length in days; 1 … 36,600 (a century, which keeps day sums far from overflow).
    let days: Int

    /// Creates a period after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for negative sales,
    ///   ``CollectKitError/Kind/invalidArgument`` for a day count outside 1…36,600.
    init(creditSales: Money, days: Int) throws(CollectKitError) {
        try requireNonNegative(creditSales, field: "salesPeriod.creditSales")
        guard (1...36_600).contains(days) else {
            throw .invalidArgument(field: "salesPeriod.days", value: String(days),
                                   reason: "a sales period lasts between one day and a century")
        }
        self.creditSales = creditSales
        self.days = days
    }

    /// Calendar months, most recent first, ending with the month that contains `asOf`; each
    /// month's length is its real length in the Gregorian calendar (February 28 or 29).
    ///
    /// `monthlySales[0]` is the month of `asOf`, `monthlySales[1]` the month before, and so on.
    /// The month of `asOf` counts in full even when `asOf` is not its last day, so pass a
    /// month-end `asOf` for the textbook countback.
    ///
    /// - Throws: as ``init(creditSales:days:)``, with the month's position in the field name.
    static func calendarMonths(endingIn asOf: CalendarDate,
                                      monthlySales: [Money]) throws(CollectKitError) -> [SalesPeriod] {
        var (year, month, _) = asOf.components
        var periods: [SalesPeriod] = []
        periods.reserveCapacity(monthlySales.count)
        for (index, sales) in monthlySales.enumerated() {
            do {
                periods.append(try SalesPeriod(creditSales: sales,
                                               days: CalendarDate.daysInMonth(year: year, month: month)))
            } catch {
                throw CollectKitError(kind: error.kind, field: "monthlySales[\(index)]",
                                      value: error.value, reason: error.reason)
            }
            if month == 1 { month = 12; year -= 1 } else { month -= 1 }
        }
        return periods
    }

    /// Months of exactly 30 days each, most recent first: the simplified countback some
    /// textbooks and ERPs use. Prefer ``calendarMonths(endingIn:monthlySales:)``.
    ///
    /// - Throws: as ``init(creditSales:days:)``.
    static func thirtyDayMonths(monthlySales: [Money]) throws(CollectKitError) -> [SalesPeriod] {
        var periods: [SalesPeriod] = []
        for (index, sales) in monthlySales.enumerated() {
            do { periods.append(try SalesPeriod(creditSales: sales, days: 30)) } catch {
                throw CollectKitError(kind: error.kind, field: "monthlySales[\(index)]",
                                      value: error.value, reason: error.reason)
            }
        }
        return periods
    }
}
