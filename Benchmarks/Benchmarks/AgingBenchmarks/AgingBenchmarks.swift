import Benchmark
import BenchmarkSupport
import CollectKit
import CollectKitTesting

// Aging through the engine: 10M receivables of 1M customers, target ≤ 0.15 s (and at least
// 5× ahead of DuckDB on the same rows: Benchmarks/duckdb/). The engine ages straight from
// its receivable columns; the call runs in a detached task, as a request handler's would.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 20)

    // Receivables only: the rows Benchmarks/duckdb/export-aging-rows writes for DuckDB.
    let unpaid = Prepared<CollectionEngine>()
    Benchmark("Engine aging, 10M receivables, 1M customers", configuration: configuration) { benchmark in
        guard let engine = unpaid.value else { return benchmark.error("setup did not load the engine") }
        benchmark.startMeasurement()
        let aging = await Task.detached { await engine.aging(asOf: benchmarkDay) }.value
        benchmark.stopMeasurement()
        blackHole(aging)
    } setup: {
        let receivablesOnly = SyntheticPortfolio(seed: 2026, customerCount: 1_000_000, receivableCount: 10_000_000, asOf: benchmarkDay)
        unpaid.set(try await Task.detached { try await loadedEngine(receivablesOnly) }.value)
    } teardown: {
        unpaid.set(nil)
    }

    // With 2M payments applied, aged as of 90 days ago: the applications made since are
    // replayed backwards from the columns.
    let paid = Prepared<CollectionEngine>()
    Benchmark("Engine aging as of 90 days ago, 10M receivables, 2M payments", configuration: configuration) { benchmark in
        guard let engine = paid.value else { return benchmark.error("setup did not load the engine") }
        benchmark.startMeasurement()
        let aging = await Task.detached { await engine.aging(asOf: benchmarkDay.adding(days: -90)) }.value
        benchmark.stopMeasurement()
        blackHole(aging)
    } setup: {
        paid.set(try await Task.detached { try await loadedEngine(crmTenant()) }.value)
    } teardown: {
        paid.set(nil)
    }
}
