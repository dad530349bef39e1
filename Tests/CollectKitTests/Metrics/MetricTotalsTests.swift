import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct MetricTotalsTests {
    @Test func portfolioExampleThroughTotals() throws {
        // Two customers whose sums are the ADD example: receivables 25,000 (6,000 current), sales 15,000 in 30 days.
        let a = try MetricTotals(beginningReceivables: metricsYuan(10_000), sales: SalesPeriod(creditSales: metricsYuan(9_000), days: 30),
                                 ending: ReceivablesSnapshot(total: metricsYuan(20_000), current: metricsYuan(1_000)),
                                 promises: PromiseOutcomes(kept: 6, broken: 0))
        let b = try MetricTotals(beginningReceivables: metricsYuan(5_000), sales: SalesPeriod(creditSales: metricsYuan(6_000), days: 30),
                                 ending: ReceivablesSnapshot(total: metricsYuan(5_000), current: metricsYuan(5_000)),
                                 promises: PromiseOutcomes(kept: 0, broken: 2, partialPerMille: [500, 500]))
        let total = try MetricTotals.empty.merging(a).merging(b)
        let dso = try total.daysSalesOutstanding()
        #expect(dso.days == 50)
        #expect(dso.bestPossibleDays == 12)
        #expect(dso.averageDaysDelinquent == 38)
        // CEI: (15,000 + 15,000 − 25,000) ÷ (15,000 + 15,000 − 6,000) = 5,000 ÷ 24,000 = 20.833…%
        #expect(abs(try total.collectionEffectivenessPercent() - 500.0 / 24) < 1e-12)
        #expect(try total.promises.strictKeptPercent() == 60)
        #expect(try total.promises.weightedKeptPercent() == 70)
    }

    @Test func emptyAndMismatchesAreTypedErrors() throws {
        #expect(metricsErrorKind { try MetricTotals.empty.daysSalesOutstanding() } == .undefinedMetric)
        #expect(metricsErrorKind { try MetricTotals.empty.collectionEffectivenessPercent() } == .undefinedMetric)
        let cny = try MetricTotals(beginningReceivables: .zero(.cny), sales: SalesPeriod(creditSales: metricsYuan(1), days: 30),
                                   ending: ReceivablesSnapshot(total: .zero(.cny), current: .zero(.cny)))
        let usd = try MetricTotals(beginningReceivables: .zero(.usd), sales: SalesPeriod(creditSales: .zero(.usd), days: 30),
                                   ending: ReceivablesSnapshot(total: .zero(.usd), current: .zero(.usd)))
        let quarter = try MetricTotals(beginningReceivables: .zero(.cny), sales: SalesPeriod(creditSales: metricsYuan(1), days: 90),
                                       ending: ReceivablesSnapshot(total: .zero(.cny), current: .zero(.cny)))
        #expect(metricsErrorKind { try cny.merging(usd) } == .currencyMismatch)
        #expect(metricsErrorKind { try cny.merging(quarter) } == .invalidArgument)
        #expect(metricsErrorKind {
            try MetricTotals(beginningReceivables: .zero(.usd), sales: SalesPeriod(creditSales: metricsYuan(1), days: 30),
                             ending: ReceivablesSnapshot(total: .zero(.cny), current: .zero(.cny)))
        } == .currencyMismatch)
    }

    /// One random customer's contribution, amounts up to 10 million yuan.
    private func randomCustomer(_ rng: inout SeededRandomNumberGenerator) throws -> MetricTotals {
        let total = Int64.random(in: 0...1_000_000_000, using: &rng)
        let current = Int64.random(in: 0...total, using: &rng)
        let fractions = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            [0, 250, 500, 1000, 1000][Int.random(in: 0...4, using: &rng)]
        }
        return try MetricTotals(
            beginningReceivables: Money(minorUnits: .random(in: 0...1_000_000_000, using: &rng), currency: .cny),
            sales: SalesPeriod(creditSales: Money(minorUnits: .random(in: 0...1_000_000_000, using: &rng), currency: .cny), days: 90),
            ending: ReceivablesSnapshot(total: Money(minorUnits: total, currency: .cny), current: Money(minorUnits: current, currency: .cny)),
            promises: PromiseOutcomes(fulfilmentPerMille: fractions))
    }

    @Test(arguments: [UInt64(7), 42, 2026])
    func shardedMergeEqualsWholePortfolio(seed: UInt64) throws {
        var rng = SeededRandomNumberGenerator(seed: seed)
        let customers = try (0..<400).map { _ in try randomCustomer(&rng) }

        // Whole portfolio in one fold, and independently summed with plain integers.
        let whole = try customers.reduce(MetricTotals.empty) { try $0.merging($1) }
        let sales = customers.reduce(Int64(0)) { $0 + $1.creditSalesMinorUnits }
        let ending = customers.reduce(Int64(0)) { $0 + $1.endingReceivablesMinorUnits }
        #expect(whole.creditSalesMinorUnits == sales)
        #expect(whole.endingReceivablesMinorUnits == ending)
        #expect(whole.promises.resolvedCount == customers.reduce(Int64(0)) { $0 + $1.promises.resolvedCount })

        // Random shards, each folded on its own, merged in a shuffled order.
        let shardCount = Int.random(in: 2...9, using: &rng)
        var shards = Array(repeating: MetricTotals.empty, count: shardCount)
        for customer in customers {
            let index = Int.random(in: 0..<shardCount, using: &rng)
            shards[index] = try shards[index].merging(customer)
        }
        shards.shuffle(using: &rng)
        let merged = try shards.reduce(MetricTotals.empty) { try $0.merging($1) }
        // And merged right-to-left, to exercise associativity.
        let rightFold = try shards.reversed().reduce(MetricTotals.empty) { try $1.merging($0) }

        #expect(merged == whole)
        #expect(rightFold == whole)
        #expect(try merged.daysSalesOutstanding() == whole.daysSalesOutstanding())
        #expect(try merged.collectionEffectivenessPercent() == whole.collectionEffectivenessPercent())
        #expect(try merged.promises.weightedKeptPercent() == whole.promises.weightedKeptPercent())
        // The merged DSO is the ratio of the sums, not an average of per-customer DSOs.
        #expect(try merged.daysSalesOutstanding().days == Double(ending) * 90 / Double(sales))
        #expect(try MetricTotals.empty.merging(whole) == whole)
        #expect(try whole.merging(.empty) == whole)
    }
}
