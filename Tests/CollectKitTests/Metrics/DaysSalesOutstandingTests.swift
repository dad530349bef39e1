import Testing
@testable import CollectKit

@Suite struct DaysSalesOutstandingTests {
    @Test func simpleDSOTextbookExample() throws {
        // 200,000 ÷ 2,000,000 × 365 = 36.5 days.
        let year = try SalesPeriod(creditSales: metricsYuan(2_000_000), days: 365)
        #expect(try DaysSalesOutstanding.simple(receivables: metricsYuan(200_000), sales: year) == 36.5)
    }

    @Test func bestPossibleAndAverageDaysDelinquent() throws {
        // DSO 25,000 ÷ 15,000 × 30 = 50; best possible 6,000 ÷ 15,000 × 30 = 12; ADD 50 − 12 = 38.
        let snapshot = try ReceivablesSnapshot(total: metricsYuan(25_000), current: metricsYuan(6_000))
        let month = try SalesPeriod(creditSales: metricsYuan(15_000), days: 30)
        let dso = try DaysSalesOutstanding(receivables: snapshot, sales: month)
        #expect(dso.days == 50)
        #expect(dso.bestPossibleDays == 12)
        #expect(dso.averageDaysDelinquent == 38)
        #expect(snapshot.pastDue == metricsYuan(19_000))
    }

    @Test func zeroSalesIsUndefinedNotACrash() throws {
        let empty = try SalesPeriod(creditSales: .zero(.cny), days: 30)
        #expect(metricsErrorKind { try DaysSalesOutstanding.simple(receivables: metricsYuan(1), sales: empty) } == .undefinedMetric)
    }

    @Test func badInputsAreTypedErrors() throws {
        let month = try SalesPeriod(creditSales: metricsYuan(100), days: 30)
        let dollars = Money(minorUnits: 100, currency: .usd)
        #expect(metricsErrorKind { try DaysSalesOutstanding.simple(receivables: dollars, sales: month) } == .currencyMismatch)
        #expect(metricsErrorKind { try DaysSalesOutstanding.simple(receivables: metricsYuan(-1), sales: month) } == .invalidAmount)
        #expect(metricsErrorKind { try SalesPeriod(creditSales: metricsYuan(-5), days: 30) } == .invalidAmount)
        #expect(metricsErrorKind { try SalesPeriod(creditSales: metricsYuan(5), days: 0) } == .invalidArgument)
        #expect(metricsErrorKind { try SalesPeriod(creditSales: metricsYuan(5), days: 36_601) } == .invalidArgument)
        #expect(metricsErrorKind { try ReceivablesSnapshot(total: metricsYuan(5), current: metricsYuan(6)) } == .invalidAmount)
        #expect(metricsErrorKind { try ReceivablesSnapshot(total: metricsYuan(5), current: dollars) } == .currencyMismatch)
        do { _ = try SalesPeriod(creditSales: metricsYuan(5), days: -3); Issue.record("no error") } catch {
            #expect(error.field == "salesPeriod.days")
            #expect(error.value == "-3")
        }
    }

    @Test func hugeAmountsStayFiniteAndClose() throws {
        // receivables × days overflows Int64 here; the Double fallback must stay accurate.
        let sales = try SalesPeriod(creditSales: Money(minorUnits: .max, currency: .cny), days: 365)
        let dso = try DaysSalesOutstanding.simple(receivables: Money(minorUnits: .max / 2, currency: .cny), sales: sales)
        #expect(abs(dso - 182.5) < 1e-9)
    }
}

@Suite struct CountbackDSOTests {
    // Worked by hand, calendar months ending 2026-03-31, receivables 250,000:
    //   March    sales 100,000 (31 days): 250,000 − 100,000 = 150,000 left, 31 days
    //   February sales 120,000 (28 days): 150,000 − 120,000 =  30,000 left, 59 days
    //   January  sales  90,000 (31 days): 30,000 < 90,000 → 30,000 ÷ 90,000 × 31 = 10⅓
    //   countback DSO = 59 + 10⅓ = 69⅓ days.
    // With 30-day months the same sales give 30 + 30 + 30,000 ÷ 90,000 × 30 = 70 days.
    let monthlySales = [metricsYuan(100_000), metricsYuan(120_000), metricsYuan(90_000)]

    @Test func calendarMonthsWorkedExample() throws {
        let asOf = try CalendarDate(year: 2026, month: 3, day: 31)
        let months = try SalesPeriod.calendarMonths(endingIn: asOf, monthlySales: monthlySales)
        #expect(months.map(\.days) == [31, 28, 31])
        let dso = try DaysSalesOutstanding.countback(receivables: metricsYuan(250_000), months: months)
        #expect(abs(dso - (59 + 31.0 / 3)) < 1e-12)
    }

    @Test func thirtyDayMonthsWorkedExample() throws {
        let months = try SalesPeriod.thirtyDayMonths(monthlySales: monthlySales)
        #expect(try DaysSalesOutstanding.countback(receivables: metricsYuan(250_000), months: months) == 70)
    }

    @Test func leapFebruaryAndYearBoundary() throws {
        // Ending 2024-03-15: March 31, February 29 (leap), January 31, December 2023 31.
        let asOf = try CalendarDate(year: 2024, month: 3, day: 15)
        let months = try SalesPeriod.calendarMonths(endingIn: asOf, monthlySales: Array(repeating: metricsYuan(1), count: 4))
        #expect(months.map(\.days) == [31, 29, 31, 31])
        let back = try SalesPeriod.calendarMonths(endingIn: CalendarDate(year: 2026, month: 1, day: 10),
                                                  monthlySales: [metricsYuan(1), metricsYuan(1)])
        #expect(back.map(\.days) == [31, 31])
    }

    @Test func exactMonthBoundaryAndZeroReceivables() throws {
        let months = try SalesPeriod.thirtyDayMonths(monthlySales: monthlySales)
        #expect(try DaysSalesOutstanding.countback(receivables: metricsYuan(220_000), months: months) == 60)
        #expect(try DaysSalesOutstanding.countback(receivables: .zero(.cny), months: months) == 0)
    }

    @Test func zeroSalesMonthIsSkippedWhole() throws {
        // 0 sales in the newest month: it is fully "consumed" (adds its 30 days), no division.
        let months = try SalesPeriod.thirtyDayMonths(monthlySales: [.zero(.cny), metricsYuan(100)])
        #expect(try DaysSalesOutstanding.countback(receivables: metricsYuan(50), months: months) == 45)
    }

    @Test func tooShortHistoryIsUndefined() throws {
        let months = try SalesPeriod.thirtyDayMonths(monthlySales: monthlySales)
        #expect(metricsErrorKind { try DaysSalesOutstanding.countback(receivables: metricsYuan(400_000), months: months) } == .undefinedMetric)
        #expect(metricsErrorKind { try DaysSalesOutstanding.countback(receivables: metricsYuan(1), months: []) } == .undefinedMetric)
        let dollars = try SalesPeriod.thirtyDayMonths(monthlySales: [Money(minorUnits: 5, currency: .usd)])
        #expect(metricsErrorKind { try DaysSalesOutstanding.countback(receivables: metricsYuan(1), months: dollars) } == .currencyMismatch)
        do { _ = try SalesPeriod.thirtyDayMonths(monthlySales: [metricsYuan(1), metricsYuan(-1)]); Issue.record("no error") } catch {
            #expect(error.field == "monthlySales[1]")
        }
    }
}
