import Benchmark
import CollectKit
import CollectKitTesting
import Synchronization

// Issue 5: the worklist for 1M customers with ~10M receivables and ~2M promises in ≤ 2 s using
// both cores, and one customer's full collection plan in ≤ 50 µs.
// Portfolios are generated in `setup:`, outside every measured region.

let asOf = CalendarDate(daysSinceEpoch: 20_784) // 2026-11-27

/// Holds what `setup:` prepares for the measured closure (which cannot take parameters).
final class Prepared<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)
    func set(_ value: Value?) { storage.withLock { $0 = value } }
    var value: Value? { storage.withLock { $0 } }
}

let benchmarks: @Sendable () -> Void = {
    // 1M customers, on average 10 open items and 2 promises each (SyntheticCollectionFacts'
    // defaults): ~10M receivables, ~2M promises.
    let portfolio = Prepared<[CustomerCollectionFacts]>()
    Benchmark("Worklist for 1M customers, ~10M receivables, ~2M promises, 2 shards",
              configuration: .init(
                  metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
                  timeUnits: .milliseconds,
                  warmupIterations: 1,
                  maxDuration: .seconds(60),
                  maxIterations: 10
              )) { benchmark in
        guard let facts = portfolio.value else { return benchmark.error("setup did not build the portfolio") }
        benchmark.startMeasurement()
        let worklist = await WorklistBuilder().build(facts, asOf: asOf, shards: 2)
        benchmark.stopMeasurement()
        blackHole(worklist)
    } setup: {
        portfolio.set(SyntheticCollectionFacts.portfolio(customers: 1_000_000, asOf: asOf, seed: 1))
    } teardown: {
        portfolio.set(nil)
    }

    // One plan per customer: each iteration plans 1,000 different customers (a seeded mix of
    // one- and two-currency customers, with and without promises, excuses and competing
    // creditors); the figures are per plan (scaling factor .kilo).
    let sample = Prepared<[CustomerCollectionFacts]>()
    Benchmark("One customer's collection plan (average over 1,000 customers)",
              configuration: .init(
                  metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
                  timeUnits: .microseconds,
                  warmupIterations: 3,
                  scalingFactor: .kilo,
                  maxDuration: .seconds(10),
                  maxIterations: 1_000
              )) { benchmark in
        guard let facts = sample.value, facts.count >= benchmark.scaledIterations.count else {
            return benchmark.error("setup did not build the sample")
        }
        let planner = CollectionPlanner()
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(try? planner.plan(for: facts[index], asOf: asOf))
        }
        benchmark.stopMeasurement()
    } setup: {
        sample.set(SyntheticCollectionFacts.portfolio(customers: 1_000, asOf: asOf, seed: 1))
    } teardown: {
        sample.set(nil)
    }

    // The heaviest customer of that sample (most open items): the plan's worst case.
    let heaviest = Prepared<CustomerCollectionFacts>()
    Benchmark("One customer's collection plan, heaviest of 1,000 customers",
              configuration: .init(
                  metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
                  timeUnits: .microseconds,
                  warmupIterations: 10,
                  maxDuration: .seconds(10),
                  maxIterations: 10_000
              )) { benchmark in
        guard let facts = heaviest.value else { return benchmark.error("setup did not pick the customer") }
        let planner = CollectionPlanner()
        benchmark.startMeasurement()
        blackHole(try? planner.plan(for: facts, asOf: asOf))
        benchmark.stopMeasurement()
    } setup: {
        let facts = SyntheticCollectionFacts.portfolio(customers: 1_000, asOf: asOf, seed: 1)
        heaviest.set(facts.max { $0.openItems.count < $1.openItems.count })
    } teardown: {
        heaviest.set(nil)
    }
}
