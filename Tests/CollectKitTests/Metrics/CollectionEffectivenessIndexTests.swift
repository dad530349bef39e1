import Testing
@testable import CollectKit

@Suite struct CollectionEffectivenessIndexTests {
    @Test func standardFormWorkedExample() throws {
        // (300,000 + 700,000 − 20,000) ÷ (300,000 + 700,000 − 0) × 100 = 980,000 ÷ 1,000,000 = 98%.
        let ending = try ReceivablesSnapshot(total: metricsYuan(20_000), current: .zero(.cny))
        let cei = try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(300_000),
                                                           creditSales: metricsYuan(700_000), ending: ending)
        #expect(cei == 98)
    }

    @Test func monthlyAverageVariantDiffersFromStandardForm() throws {
        // Quarter: beginning 100,000; sales 300,000; ending total 120,000 of which 90,000 current.
        // Standard:        (100,000 + 300,000 − 120,000) ÷ (100,000 + 300,000 − 90,000) = 280,000 ÷ 310,000 = 90.3225…%
        // Monthly average: (100,000 + 100,000 − 120,000) ÷ (100,000 + 100,000 − 90,000) =  80,000 ÷ 110,000 = 72.7272…%
        let ending = try ReceivablesSnapshot(total: metricsYuan(120_000), current: metricsYuan(90_000))
        let standard = try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(100_000),
                                                                creditSales: metricsYuan(300_000), ending: ending)
        let averaged = try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(100_000),
                                                                creditSales: metricsYuan(300_000), ending: ending,
                                                                basis: .monthlyAverage(months: 3))
        #expect(abs(standard - 2800.0 / 31) < 1e-12)
        #expect(abs(averaged - 800.0 / 11) < 1e-12)
    }

    @Test func badInputsAreTypedErrors() throws {
        let ending = try ReceivablesSnapshot(total: metricsYuan(10), current: metricsYuan(10))
        // Everything still current, no sales and nothing at the start: nothing was collectible.
        #expect(metricsErrorKind {
            try CollectionEffectivenessIndex.percent(beginningReceivables: .zero(.cny), creditSales: metricsYuan(10), ending: ending)
        } == .undefinedMetric)
        #expect(metricsErrorKind {
            try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(1), creditSales: Money(minorUnits: 1, currency: .usd), ending: ending)
        } == .currencyMismatch)
        #expect(metricsErrorKind {
            try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(-1), creditSales: metricsYuan(10), ending: ending)
        } == .invalidAmount)
        #expect(metricsErrorKind {
            try CollectionEffectivenessIndex.percent(beginningReceivables: metricsYuan(100), creditSales: metricsYuan(10), ending: ending,
                                                     basis: .monthlyAverage(months: 0))
        } == .invalidArgument)
        let huge = Money(minorUnits: .max / 2, currency: .cny)
        #expect(metricsErrorKind {
            try CollectionEffectivenessIndex.percent(beginningReceivables: huge, creditSales: metricsYuan(10), ending: ending,
                                                     basis: .monthlyAverage(months: 3))
        } == .overflow)
    }
}
