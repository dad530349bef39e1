import Benchmark
import CollectKit
import CollectKitTesting
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

// Issue 3: evaluating 2M promises against 1M payments for 1M customers takes ≤ 1 s on one
// core, and the ledger costs ≤ 100 bytes per promise beyond the promise records themselves.
//
// The records are generated and recorded once, in `setup:`, outside every measured region.
// `evaluate(asOf:)` mutates (it remembers what it reported), so each iteration evaluates a
// fresh copy of the prepared ledger: the copy itself is a reference-count bump (CoW); the
// first write inside `evaluate` copies only the 1-byte-per-promise `reportedPhase` column
// (2 MB, well under a millisecond), which is counted as part of the evaluation.
//
// Two cases are measured:
// - "first evaluation": a ledger never evaluated, so the run includes the one-off sort of
//   its 1M customers by id. This is the case the ≤ 1 s target is checked against (worst case).
// - "daily evaluation": the prepared ledger was already evaluated on the previous day, so the
//   customer order is known and only promises whose status changed overnight report events —
//   what a host's nightly job pays.

let asOf = CalendarDate(daysSinceEpoch: 20_784) // 2026-11-27
let customerCount = 1_000_000, promiseCount = 2_000_000, paymentCount = 1_000_000

/// Holds what `setup:` prepares for the measured closure (which cannot take parameters).
final class Prepared<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)
    func set(_ value: Value?) { storage.withLock { $0 = value } }
    var value: Value? { storage.withLock { $0 } }
}

/// The process's resident memory now, from `/proc/self/statm` (0 where it cannot be read).
/// Large arrays are mmapped by the allocator and returned when freed, so the difference
/// across building the ledger is the memory the ledger holds, array slack included.
func residentBytes() -> Int {
    #if canImport(Glibc)
    let file = open("/proc/self/statm", O_RDONLY)
    guard file >= 0 else { return 0 }
    defer { close(file) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
    guard count > 0 else { return 0 }
    // "size resident shared ...": the second field, in pages.
    let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
    guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
    return pages * sysconf(Int32(_SC_PAGESIZE))
    #else
    return 0
    #endif
}

/// Times one `evaluate(asOf:)` of a copy of the prepared ledger: the measured body both
/// evaluation benchmarks share (they differ only in how `setup:` prepares the ledger).
func measureEvaluation(of prepared: Prepared<PromiseLedger>, _ benchmark: Benchmark) {
    guard var ledger = prepared.value else { return benchmark.error("setup did not build the ledger") }
    benchmark.startMeasurement()
    let events = ledger.evaluate(asOf: asOf)
    benchmark.stopMeasurement()
    blackHole(events)
    blackHole(ledger)
}

let benchmarks: @Sendable () -> Void = {
    let evaluation = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(30),
        maxIterations: 10
    )

    let pristine = Prepared<PromiseLedger>()
    Benchmark("Evaluate 2M promises, 1M payments, 1M customers, first evaluation (includes customer sort)",
              configuration: evaluation) { benchmark in
        measureEvaluation(of: pristine, benchmark)
    } setup: {
        pristine.set(SyntheticPromises(seed: 3, customerCount: customerCount, promiseCount: promiseCount,
                                       paymentCount: paymentCount, asOf: asOf).ledger())
    } teardown: {
        pristine.set(nil)
    }

    let evaluatedYesterday = Prepared<PromiseLedger>()
    Benchmark("Evaluate 2M promises, 1M payments, 1M customers, daily evaluation (evaluated the day before)",
              configuration: evaluation) { benchmark in
        measureEvaluation(of: evaluatedYesterday, benchmark)
    } setup: {
        var ledger = SyntheticPromises(seed: 3, customerCount: customerCount, promiseCount: promiseCount,
                                       paymentCount: paymentCount, asOf: asOf).ledger()
        blackHole(ledger.evaluate(asOf: asOf.adding(days: -1)))
        evaluatedYesterday.set(ledger)
    } teardown: {
        evaluatedYesterday.set(nil)
    }

    // Memory: the heap the ledger holds beyond its records. The records' own bytes (the
    // PaymentPromise and Payment values, which the host's input holds too) are subtracted;
    // everything else — side columns, hash indexes, per-customer lists, array slack — is
    // charged to the promises, payments' and customers' share included, which makes the
    // per-promise figure stricter than the target asks. Identifiers here are ≤ 15 UTF-8
    // bytes, so they live inline in the records and add no heap of their own.
    // Memory is read from /proc/self/statm just before and after recording; the benchmark's
    // own sampled peak resident delta (which also sees the transient copies made while arrays
    // grow) is shown beside it.
    let records = Prepared<SyntheticPromises>()
    Benchmark("Build ledger of 2M promises, 1M payments, 1M customers (memory per promise)",
              configuration: .init(
                  metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal,
                            .custom("ledger resident MB"), .custom("bytes per promise beyond records")],
                  timeUnits: .milliseconds,
                  warmupIterations: 0,
                  maxDuration: .seconds(60),
                  maxIterations: 3
              )) { benchmark in
        guard let input = records.value else { return benchmark.error("setup did not generate the records") }
        let before = residentBytes()
        benchmark.startMeasurement()
        let ledger = input.ledger()
        benchmark.stopMeasurement()
        let held = residentBytes() - before
        let recordBytes = ledger.promiseCount * MemoryLayout<PaymentPromise>.stride
            + ledger.paymentCount * MemoryLayout<Payment>.stride
        benchmark.measurement(.custom("ledger resident MB"), held / 1_000_000)
        benchmark.measurement(.custom("bytes per promise beyond records"), (held - recordBytes) / Swift.max(1, ledger.promiseCount))
        blackHole(ledger)
    } setup: {
        records.set(SyntheticPromises(seed: 3, customerCount: customerCount, promiseCount: promiseCount,
                                      paymentCount: paymentCount, asOf: asOf))
    } teardown: {
        records.set(nil)
    }
}
