// aging-comparison: the engine's aging of 10M receivables of 1M customers, timed, and the
// same rows written out for DuckDB (Benchmarks/duckdb/compare.sh runs both in one minute).
//
//   swift run -c release aging-comparison /tmp/aging-rows.bin
import BenchmarkSupport
import CollectKit
import CollectKitTesting
import Foundation

let path = CommandLine.arguments.dropFirst().first ?? "/tmp/aging-rows.bin"
let tenant = SyntheticPortfolio(seed: 2026, customerCount: 1_000_000, receivableCount: 10_000_000, asOf: benchmarkDay)

let task = Task.detached { () async throws -> Void in
    let engine = try await loadedEngine(tenant)
    let clock = ContinuousClock()
    var runs: [Double] = []
    var summary = AgingSummary.empty
    for _ in 0..<7 {
        let start = clock.now
        summary = await engine.aging(asOf: benchmarkDay)
        runs.append(seconds(clock.now - start))
    }
    runs.sort()
    print("engine aging of 10M receivables: median \(String(format: "%.4f", runs[runs.count / 2])) s, best \(String(format: "%.4f", runs[0])) s")
    for currency in summary.currencies {
        print("  \(currency.currency.code): " + currency.amounts.map(String.init).joined(separator: " "))
    }
    // Rows: customer (Int32), currency (0 CNY, 1 USD as UInt8), amount (Int64), due day (Int32).
    var customers: [Int32] = [], currencies: [UInt8] = [], amounts: [Int64] = [], dues: [Int32] = []
    for change in tenant.changes(tenant.customerCount..<tenant.customerCount + tenant.receivableCount) {
        guard case .receivable(let receivable) = change else { continue }
        let index = Int32(receivable.customerID.rawValue.dropFirst()) ?? 0
        customers.append(index)
        currencies.append(receivable.amount.currency == .usd ? 1 : 0)
        amounts.append(receivable.amount.minorUnits)
        dues.append(receivable.dueDate.daysSinceEpoch)
    }
    var data = Data()
    for column in [customers.withUnsafeBytes { Data($0) }, currencies.withUnsafeBytes { Data($0) },
                   amounts.withUnsafeBytes { Data($0) }, dues.withUnsafeBytes { Data($0) }] { data.append(column) }
    try data.write(to: URL(fileURLWithPath: path))
    print("wrote \(customers.count) rows to \(path); as of day \(benchmarkDay.daysSinceEpoch)")
}
try await task.value
