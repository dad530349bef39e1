import CollectKit
import CollectKitTesting
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// 2026-11-27, the day every benchmark tenant is generated for.
public let benchmarkDay = CalendarDate(daysSinceEpoch: 20_784)

/// Holds what `setup:` prepares for the measured closure (which cannot take parameters).
public final class Prepared<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)
    /// An empty holder.
    public init() {}
    /// Stores a value (or clears it with `nil`).
    public func set(_ value: Value?) { storage.withLock { $0 = value } }
    /// The stored value.
    public var value: Value? { storage.withLock { $0 } }
}

/// The process's resident memory now, from `/proc/self/statm` (0 where it cannot be read).
public func residentBytes() -> Int {
    #if canImport(Glibc)
    let file = open("/proc/self/statm", O_RDONLY)
    guard file >= 0 else { return 0 }
    defer { close(file) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
    guard count > 0 else { return 0 }
    let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
    guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
    return pages * sysconf(Int32(_SC_PAGESIZE))
    #else
    return 0
    #endif
}

/// The CRM-sized tenant of the engine benchmarks: 1M customers, 10M receivables, 2M promises
/// and 2M payments, generated a record at a time from a seed.
public func crmTenant(customers: Int = 1_000_000) -> SyntheticPortfolio {
    SyntheticPortfolio(seed: 2026, customerCount: customers, receivableCount: customers * 10,
                       promiseCount: customers * 2, paymentCount: customers * 2, asOf: benchmarkDay)
}

/// An engine holding `tenant`, loaded through the public batch call in chunks of 10,000 (the
/// benchmark's own arrays stay one chunk long), with `journalWindow` entries kept.
public func loadedEngine(_ tenant: SyntheticPortfolio, journalWindow: Int = 10_000) async throws -> CollectionEngine {
    var configuration = CollectionConfiguration()
    configuration.journalWindow = journalWindow
    let engine = CollectionEngine(configuration: configuration)
    var start = 0
    while start < tenant.changeCount {
        let end = Swift.min(tenant.changeCount, start + 10_000)
        try await engine.record(contentsOf: tenant.changes(start..<end))
        start = end
    }
    return engine
}

/// Records one change through the single-record call a CRM request handler makes.
public func recordOne(_ change: CollectionChange, in engine: CollectionEngine) async throws {
    switch change {
    case .customer(let record): try await engine.upsert(record)
    case .receivable(let receivable): try await engine.record(receivable)
    case .payment(let payment, let toward): try await engine.record(payment, toward: toward)
    case .promise(let promise): try await engine.record(promise)
    case .promiseCancelled(let id, let date): try await engine.cancelPromise(id, on: date)
    case .contact(let contact): try await engine.record(contact)
    case .excuse(let excuse, let customer): try await engine.record(excuse, for: customer)
    case .ask(let ask, let customer): try await engine.record(ask, for: customer)
    case .assignment(let collector, let customer): try await engine.assign(collector, to: customer)
    case .paymentToOtherSupplier(let customer): try await engine.notePaymentToOtherSupplier(by: customer)
    case .evaluation: try await engine.record(contentsOf: [change])
    }
}

/// Seconds in a duration, as a Double.
public func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
