import Benchmark
import BenchmarkSupport
import CollectKit
import CollectKitTesting

// Promise evaluation through the engine (issue 3's targets on the engine's own path):
// 2M promises and 2M payments of 1M customers (with their 10M receivables), a first
// evaluation ≤ 1 s on one core; and the memory the engine holds per promise.
//
// `evaluate(asOf:)` remembers what it reported, so every iteration rolls the engine back to
// the journal sequence before it (outside the timed span) and evaluates the same state.
let benchmarks: @Sendable () -> Void = {
    let evaluation = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 10)

    let pristine = Prepared<CollectionEngine>()
    Benchmark("Engine evaluation, 2M promises, 2M payments, 1M customers, first evaluation", configuration: evaluation) { benchmark in
        guard let engine = pristine.value else { return benchmark.error("setup did not load the engine") }
        let before = await engine.lastSequence
        benchmark.startMeasurement()
        let result = await Task.detached { await engine.evaluate(asOf: benchmarkDay) }.value
        benchmark.stopMeasurement()
        blackHole(result)
        try await Task.detached { try await engine.rollback(to: before) }.value
    } setup: {
        pristine.set(try await Task.detached { try await loadedEngine(crmTenant()) }.value)
    } teardown: {
        pristine.set(nil)
    }

    let yesterday = Prepared<CollectionEngine>()
    Benchmark("Engine evaluation, 2M promises, 2M payments, 1M customers, daily evaluation", configuration: evaluation) { benchmark in
        guard let engine = yesterday.value else { return benchmark.error("setup did not load the engine") }
        let before = await engine.lastSequence
        benchmark.startMeasurement()
        let result = await Task.detached { await engine.evaluate(asOf: benchmarkDay) }.value
        benchmark.stopMeasurement()
        blackHole(result)
        try await Task.detached { try await engine.rollback(to: before) }.value
    } setup: {
        let engine = try await Task.detached { try await loadedEngine(crmTenant()) }.value
        _ = await engine.evaluate(asOf: benchmarkDay.adding(days: -1))
        yesterday.set(engine)
    } teardown: {
        yesterday.set(nil)
    }

    // Memory: the growth of resident memory across recording 1M customers, 2M promises and
    // 2M payments (no receivables), divided by the promises: every column, index and list of
    // the customers and payments is charged to the promises.
    Benchmark("Engine memory per promise, 1M customers, 2M promises, 2M payments",
              configuration: .init(metrics: [.wallClock, .custom("engine resident MB"), .custom("bytes per promise")],
                                   timeUnits: .seconds, warmupIterations: 0, maxDuration: .seconds(300), maxIterations: 1)) { benchmark in
        let tenant = SyntheticPortfolio(seed: 2026, customerCount: 1_000_000, receivableCount: 0, promiseCount: 2_000_000,
                                        paymentCount: 2_000_000, asOf: benchmarkDay)
        let held = try await Task.detached { () async throws -> Int in
            let before = residentBytes()
            let engine = try await loadedEngine(tenant, journalWindow: 0)
            let held = residentBytes() - before
            withExtendedLifetime(engine) {}
            return held
        }.value
        benchmark.measurement(.custom("engine resident MB"), held >> 20)
        benchmark.measurement(.custom("bytes per promise"), held / 2_000_000)
    }
}
