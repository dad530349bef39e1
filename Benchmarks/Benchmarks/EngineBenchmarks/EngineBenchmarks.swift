import Benchmark
import BenchmarkSupport
import CollectKit
import CollectKitTesting
import Foundation

// Issue 13, the engine at CRM scale, through the public engine API only: 1M customers,
// 10M receivables, 2M promises and 2M payments.
// - Recording one call at a time ≥ 1M records/s on one core (a CRM request handler's path),
//   and in batches ≥ 3M records/s; the per-record cost of the last million receivables
//   within 2× of the first million's.
// - The nightly work (a daily evaluation, the worklist, the metrics) ≤ 3 s on two cores.
// - The engine's resident memory growth ≤ 2 GB.
// - Restoring from a binary snapshot of that tenant plus 1M journal entries, decoding
//   included, ≤ 2 s; encoding the entries is measured on its own.
// Every call runs in a detached (nonisolated) task, as a server's request handlers do: from
// the main actor each hop to the engine would cost tens of microseconds. Input is generated
// a chunk of 10,000 records at a time outside the timed spans, so the benchmark's own arrays
// stay small and do not count as the engine's memory.

let tenant = crmTenant()
let receivablesStart = tenant.customerCount, receivablesEnd = tenant.customerCount + tenant.receivableCount

/// Records the whole tenant into a fresh engine, a chunk at a time, and reports throughput.
func measureRecording(_ benchmark: Benchmark, batched: Bool) async throws {
    let report = try await Task.detached { @Sendable () async throws -> [String: Int] in
        var configuration = CollectionConfiguration()
        configuration.journalWindow = 10_000
        let engine = CollectionEngine(configuration: configuration)
        let clock = ContinuousClock()
        let before = residentBytes()
        var total = Duration.zero, firstMillion = Duration.zero, lastMillion = Duration.zero
        var start = 0
        while start < tenant.changeCount {
            let end = Swift.min(tenant.changeCount, start + 10_000)
            let changes = tenant.changes(start..<end)
            let began = clock.now
            if batched {
                try await engine.record(contentsOf: changes)
            } else {
                for change in changes { try await recordOne(change, in: engine) }
            }
            let spent = clock.now - began
            total += spent
            if start >= receivablesStart, end <= receivablesStart + 1_000_000 { firstMillion += spent }
            if start >= receivablesEnd - 1_000_000, end <= receivablesEnd { lastMillion += spent }
            start = end
        }
        let grown = residentBytes() - before
        withExtendedLifetime(engine) {}
        return ["records/s": Int(Double(tenant.changeCount) / seconds(total)),
                "receivables/s, first million": Int(1_000_000 / seconds(firstMillion)),
                "receivables/s, last million": Int(1_000_000 / seconds(lastMillion)),
                "engine resident growth MB": grown >> 20]
    }.value
    for (name, value) in report { benchmark.measurement(.custom(name, polarity: name.hasSuffix("MB") ? .prefersSmaller : .prefersLarger), value) }
}

let benchmarks: @Sendable () -> Void = {
    let recording = Benchmark.Configuration(
        metrics: [.wallClock, .custom("records/s", polarity: .prefersLarger),
                  .custom("receivables/s, first million", polarity: .prefersLarger),
                  .custom("receivables/s, last million", polarity: .prefersLarger),
                  .custom("engine resident growth MB")],
        timeUnits: .seconds, warmupIterations: 0, maxDuration: .seconds(900), maxIterations: 2)

    Benchmark("Engine: record 15M changes one call at a time (1M customers, 10M receivables, 2M promises, 2M payments)",
              configuration: recording) { benchmark in
        try await measureRecording(benchmark, batched: false)
    }

    Benchmark("Engine: record 15M changes in batches of 10,000", configuration: recording) { benchmark in
        try await measureRecording(benchmark, batched: true)
    }

    // The nightly work on a tenant evaluated the day before. Each iteration rolls the
    // evaluation back afterwards (outside the timed span), so every iteration does the
    // same day's work.
    let loaded = Prepared<CollectionEngine>()
    Benchmark("Engine: nightly work (daily evaluation, worklist, metrics), 1M customers",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
                                   warmupIterations: 1, maxDuration: .seconds(120), maxIterations: 8)) { benchmark in
        guard let engine = loaded.value else { return benchmark.error("setup did not load the engine") }
        let before = await engine.lastSequence
        benchmark.startMeasurement()
        let nightly = await Task.detached { () async -> Int in
            let evaluation = await engine.evaluate(asOf: benchmarkDay)
            let worklist = await engine.worklist(asOf: benchmarkDay)
            let metrics = await engine.metrics(asOf: benchmarkDay)
            return evaluation.events.count + worklist.actions.count + metrics.currencies.count
        }.value
        benchmark.stopMeasurement()
        blackHole(nightly)
        try await Task.detached { try await engine.rollback(to: before) }.value
    } setup: {
        let engine = try await Task.detached { try await loadedEngine(tenant) }.value
        _ = await engine.evaluate(asOf: benchmarkDay.adding(days: -1))
        loaded.set(engine)
    } teardown: {
        loaded.set(nil)
    }

    // A snapshot of the tenant less its last million payments, and those payments as the
    // journal after it.
    let persisted = Prepared<(snapshot: Data, journal: Data, entries: [JournalEntry])>()
    Benchmark("Engine: restore from a binary snapshot of 1M customers plus 1M journal entries",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta], timeUnits: .milliseconds,
                                   warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 5)) { benchmark in
        guard let input = persisted.value else { return benchmark.error("setup did not persist the tenant") }
        benchmark.startMeasurement()
        let engine = try await Task.detached { () throws -> CollectionEngine in
            let snapshot = try CollectionSnapshot(binaryRepresentation: input.snapshot)
            let journal = try JournalEntry.entries(fromBinary: input.journal)
            return try CollectionEngine(configuration: CollectionConfiguration(), restoring: snapshot, replaying: journal)
        }.value
        benchmark.stopMeasurement()
        blackHole(engine)
    } setup: {
        let input = try await Task.detached { () async throws -> (Data, Data, [JournalEntry]) in
            var configuration = CollectionConfiguration()
            configuration.journalWindow = 0
            let engine = CollectionEngine(configuration: configuration)
            let split = tenant.changeCount - 1_000_000
            var start = 0
            while start < split {
                let end = Swift.min(split, start + 10_000)
                try await engine.record(contentsOf: tenant.changes(start..<end))
                start = end
            }
            let snapshot = await engine.snapshot().binaryRepresentation()
            var entries: [JournalEntry] = []
            entries.reserveCapacity(1_000_000)
            while start < tenant.changeCount {
                let end = Swift.min(tenant.changeCount, start + 10_000)
                entries += try await engine.record(contentsOf: tenant.changes(start..<end))
                start = end
            }
            return (snapshot, JournalEntry.binaryRepresentation(of: entries), entries)
        }.value
        persisted.set((input.0, input.1, input.2))
    } teardown: {
        persisted.set(nil)
    }

    Benchmark("Engine: encode 1M journal entries (binary)",
              configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds,
                                   warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 10)) { benchmark in
        guard let entries = persisted.value?.entries else { return benchmark.error("setup did not record the entries") }
        benchmark.startMeasurement()
        blackHole(JournalEntry.binaryRepresentation(of: entries))
        benchmark.stopMeasurement()
    } setup: {
        let entries = try await Task.detached { () async throws -> [JournalEntry] in
            let small = crmTenant(customers: 100_000)
            var configuration = CollectionConfiguration()
            configuration.journalWindow = 0
            let engine = CollectionEngine(configuration: configuration)
            var entries: [JournalEntry] = []
            var start = 0
            while entries.count < 1_000_000, start < small.changeCount {
                let end = Swift.min(small.changeCount, start + 10_000)
                entries += try await engine.record(contentsOf: small.changes(start..<end))
                start = end
            }
            return Array(entries.prefix(1_000_000))
        }.value
        persisted.set((Data(), Data(), entries))
    } teardown: {
        persisted.set(nil)
    }
}
