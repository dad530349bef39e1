import Testing
@testable import CollectKit

@Suite struct DunningPolicyTests {
    @Test func erpnextWorkedExample() throws {
        // 100 × 10% × 15 ÷ 365 = 0.410958… → 0.41; total 100 + 0.41 + 10 = 110.41.
        let policy = try DunningPolicy(annualRate: .percent(10), fee: metricsYuan(10))
        let charge = try policy.charge(outstanding: metricsYuan(100), daysOverdue: 15)
        #expect(charge.interest.minorUnits == 41)
        #expect(charge.total.minorUnits == 11_041)
        #expect(charge.charges.minorUnits == 1_041)
        let byDate = try policy.charge(outstanding: metricsYuan(100),
                                       dueDate: CalendarDate(iso8601: "2026-03-01"), asOf: CalendarDate(iso8601: "2026-03-16"))
        #expect(byDate == charge)
    }

    @Test func roundsHalfAwayFromZeroAndHonoursYearLength() throws {
        // 73.00 at 10% for 1 day over 365: 7,300 × 1,000 × 1 ÷ 3,650,000 = 2 exactly → 0.02.
        // 18.25 at 10% for 1 day: 1,825 × 1,000 ÷ 3,650,000 = 0.5 → rounds up to 0.01.
        let rate = Rate.basisPoints(1_000)
        let policy = try DunningPolicy(annualRate: rate, fee: .zero(.cny))
        #expect(try policy.charge(outstanding: Money(minorUnits: 7_300, currency: .cny), daysOverdue: 1).interest.minorUnits == 2)
        #expect(try policy.charge(outstanding: Money(minorUnits: 1_825, currency: .cny), daysOverdue: 1).interest.minorUnits == 1)
        // 360-day year: 100 × 10% × 36 ÷ 360 = 1.00 exactly.
        let banking = try DunningPolicy(annualRate: rate, fee: .zero(.cny), daysInYear: 360)
        #expect(try banking.charge(outstanding: metricsYuan(100), daysOverdue: 36).interest == metricsYuan(1))
        // A rational rate, 1/300 a year, on 3,650.00 for 3 days: 365,000 × 1 × 3 ÷ (300 × 365) = 10 → 0.10.
        let third = try DunningPolicy(annualRate: Rate(numerator: 1, denominator: 300), fee: .zero(.cny))
        #expect(try third.charge(outstanding: metricsYuan(3_650), daysOverdue: 3).interest.minorUnits == 10)
    }

    @Test func yenHasNoMinorUnit() throws {
        // ¥10,000 JPY at 14.6% for 10 days = 10,000 × 0.146 × 10 ÷ 365 = 40 yen exactly.
        let policy = try DunningPolicy(annualRate: .basisPoints(1_460), fee: .zero(.jpy))
        #expect(try policy.charge(outstanding: Money(minorUnits: 10_000, currency: .jpy), daysOverdue: 10).interest.minorUnits == 40)
    }

    @Test func badInputsAreTypedErrors() throws {
        let policy = try DunningPolicy(annualRate: .percent(10), fee: metricsYuan(10))
        #expect(metricsErrorKind { try policy.charge(outstanding: Money(minorUnits: 1, currency: .usd), daysOverdue: 1) } == .currencyMismatch)
        #expect(metricsErrorKind { try policy.charge(outstanding: metricsYuan(-1), daysOverdue: 1) } == .invalidAmount)
        #expect(metricsErrorKind { try policy.charge(outstanding: metricsYuan(1), daysOverdue: -1) } == .invalidArgument)
        #expect(metricsErrorKind {
            try policy.charge(outstanding: metricsYuan(1), dueDate: CalendarDate(iso8601: "2026-03-02"), asOf: CalendarDate(iso8601: "2026-03-01"))
        } == .invalidArgument)
        #expect(metricsErrorKind { try policy.charge(outstanding: Money(minorUnits: .max, currency: .cny), daysOverdue: 36_500) } == .overflow)
        #expect(metricsErrorKind { try policy.charge(outstanding: Money(minorUnits: .max - 500, currency: .cny), daysOverdue: 0) } == .overflow)
        #expect(metricsErrorKind { try DunningPolicy(annualRate: .basisPoints(-1), fee: metricsYuan(1)) } == .invalidArgument)
                #expect(metricsErrorKind { try DunningPolicy(annualRate: .percent(1), fee: metricsYuan(-1)) } == .invalidAmount)
        #expect(metricsErrorKind { try DunningPolicy(annualRate: .percent(1), fee: metricsYuan(1), daysInYear: 364) } == .invalidArgument)
    }
}

