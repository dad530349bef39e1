import Benchmark
import BenchmarkSupport
import CollectKit
import CollectKitTesting

// The worklist and plans through the engine (issue 5's targets on the engine's own path):
// the worklist for 1M customers with 10M receivables, 2M promises and 2M payments ≤ 2 s on
// both cores; one customer's plan ≤ 50 µs.
let benchmarks: @Sendable () -> Void = {
    let loaded = Prepared<CollectionEngine>()
    Benchmark("Engine worklist, 1M customers, 10M receivables, 2M promises, 2M payments",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
                                   timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 10)) { benchmark in
        guard let engine = loaded.value else { return benchmark.error("setup did not load the engine") }
        benchmark.startMeasurement()
        let worklist = await Task.detached { await engine.worklist(asOf: benchmarkDay) }.value
        benchmark.stopMeasurement()
        blackHole(worklist)
    } setup: {
        loaded.set(try await Task.detached { try await loadedEngine(crmTenant()) }.value)
    } teardown: {
        loaded.set(nil)
    }

    // One plan per customer, through the engine: each iteration plans 1,000 customers spread
    // over the tenant; the figures are per plan (scaling factor .kilo).
    let small = Prepared<CollectionEngine>()
    Benchmark("Engine plan for one customer (average over 1,000 customers)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .microseconds,
                                   warmupIterations: 3, scalingFactor: .kilo, maxDuration: .seconds(10), maxIterations: 1_000)) { benchmark in
        guard let engine = small.value else { return benchmark.error("setup did not load the engine") }
        let customers = benchmark.scaledIterations.map { SyntheticPortfolio.customerID($0 * 97 % 100_000) }
        benchmark.startMeasurement()
        let plans = await Task.detached { () async -> Int in
            var planned = 0
            for customer in customers where (try? await engine.plan(for: customer, asOf: benchmarkDay)) != nil { planned += 1 }
            return planned
        }.value
        benchmark.stopMeasurement()
        blackHole(plans)
    } setup: {
        small.set(try await Task.detached { try await loadedEngine(crmTenant(customers: 100_000)) }.value)
    } teardown: {
        small.set(nil)
    }
}
