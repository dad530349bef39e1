import Benchmark
import CollectKit
import CollectKitTesting

// 10M receivables of 1M customers: targets are ≤ 0.15 s in random order, ≤ 0.05 s grouped
// by customer, and peak memory ≤ 1.5 × the columns' 160 MB. Each iteration generates its
// portfolio outside the measured interval, so only aging is timed.
let benchmarks: @Sendable () -> Void = {
    let asOf = CalendarDate(daysSinceEpoch: 20_784) // 2026-11-27
    let portfolio = SyntheticPortfolio(seed: 2026, customerCount: 1_000_000, receivableCount: 10_000_000, asOf: asOf)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(30),
        maxIterations: 10
    )

    for order in SyntheticPortfolio.Order.allCases {
        let name = order == .random ? "random order" : "grouped by customer"
        Benchmark("Aging 10M receivables, 1M customers, \(name), per-customer totals",
                  configuration: configuration) { benchmark in
            let columns = portfolio.columns(order: order)
            benchmark.startMeasurement()
            blackHole(columns.aging(asOf: asOf, perCustomer: true))
            benchmark.stopMeasurement()
        }
        Benchmark("Aging 10M receivables, 1M customers, \(name), portfolio totals only",
                  configuration: configuration) { benchmark in
            let columns = portfolio.columns(order: order)
            benchmark.startMeasurement()
            blackHole(columns.aging(asOf: asOf, perCustomer: false))
            benchmark.stopMeasurement()
        }
    }

    // The value-type path a CRM uses for one tenant: apply payments, then age by customer.
    let ledgerPortfolio = SyntheticPortfolio(seed: 7, customerCount: 10_000, receivableCount: 100_000, asOf: asOf)
    Benchmark("Ledger balances and aging by customer, 100k receivables, 10k customers",
              configuration: configuration) { benchmark in
        let ledger = ledgerPortfolio.ledger()
        benchmark.startMeasurement()
        let balances = ledger.balances(asOf: asOf)
        blackHole(balances.agingByCustomer())
        blackHole(balances.aging())
        benchmark.stopMeasurement()
    }
}
