import Foundation
import Testing

/// Runs the built collect-desk binary (SwiftPM builds it next to the test bundle) and checks
/// its report on the bundled sample portfolio.
@Suite("collect-desk")
struct CollectDeskTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let products = Bundle.main.bundleURL
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("collect-desk") }
        let binary = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func printsTheSamplePortfolioAging() throws {
        let (status, output) = try run([])
        #expect(status == 0)
        #expect(output.hasPrefix("Receivables aging as of 2026-11-27 (56 customers)"))
        for line in ["Portfolio aging · CNY", "Portfolio aging · HKD", "Portfolio aging · USD",
                     "Top 10 customers by overdue amount · CNY", "Over 180 days"] {
            #expect(output.split(separator: "\n").contains { $0.hasPrefix(line) || $0.hasPrefix("  " + line) }, "\(line)")
        }
    }

    @Test func speaksChineseAndTakesADate() throws {
        let (status, output) = try run(["--lang", "zh", "--as-of", "2026-06-30"])
        #expect(status == 0)
        #expect(output.hasPrefix("应收账款账龄（截至 2026-06-30，56 家客户）"))
        #expect(output.split(separator: "\n").contains { $0.hasPrefix("逾期金额前 10 名客户 · CNY") })
    }

    @Test func rejectsABadDate() throws {
        let (status, output) = try run(["--as-of", "2026-02-30"])
        #expect(status == 2)
        #expect(output.hasPrefix("collect-desk: invalid_date"))
    }
}
