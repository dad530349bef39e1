import Foundation
import Testing
import CollectKit

/// The README's quick start, compiled and run. `readmeShowsThisCode` keeps the two in step:
/// the lines between the markers below must appear verbatim in README.md.
@Suite struct ReadmeQuickStartTests {
    @Test func quickStartRuns() async throws {
        var printed: [String] = []
        func print(_ value: Any) { printed.append("\(value)") }
        // BEGIN QUICKSTART
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await engine.upsert(StandardCustomer(customerID: "C-001", creditStanding: .fair))
        try await engine.record(Receivable(id: "INV-1", customerID: "C-001",
                                           amount: Money.parse("18.5万元", currency: .cny),   // ¥185,000.00
                                           issueDate: CalendarDate(iso8601: "2026-09-01"),
                                           dueDate: CalendarDate(iso8601: "2026-09-30")))
        let entry = try await engine.record(Payment(id: "P-1", customerID: "C-001",
                                                    amount: Money.parse("¥60,000", currency: .cny),
                                                    date: CalendarDate(iso8601: "2026-10-15")))
        // Store `entry` in the same transaction as your own payment row: see "Persisting collections".
        let today = try CalendarDate(iso8601: "2026-11-27")
        let balance = try await engine.balance(of: "C-001", asOf: today)
        print(balance.outstanding?.formatted(MoneyFormatter(language: .chinese)) ?? "")   // ¥125,000.00
        if let aging = await engine.aging(asOf: today)[.cny] {
            print(aging.amount(inBucket: 2).formatted())                            // ¥125,000.00 in 31–60 days
        }
        let plan = try await engine.plan(for: "C-001", asOf: today)
        print(plan.lines.first?.request?.amount.formatted() ?? "")                  // what to ask for, and why
        // END QUICKSTART
        #expect(printed.prefix(2) == ["¥125,000.00", "¥125,000.00"])
        #expect(entry?.sequence == 3)
        #expect(printed.count == 3 && printed[2].hasPrefix("¥"))
        #expect(AgingBuckets.standard.label(ofBucket: 2) == "31–60 days")
    }

    @Test func readmeShowsThisCode() throws {
        let testFile = URL(fileURLWithPath: #filePath)
        let root = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: testFile, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// BEGIN QUICKSTART") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// END QUICKSTART") })
        let snippet = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }
        for line in snippet {
            #expect(readme.contains(line), "README.md lacks: \(line)")
        }
    }
}
