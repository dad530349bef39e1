import CollectKitTesting
import Testing
@testable import CollectKit

@Suite("Portfolio aging and merging")
struct AgingSummaryTests {
    typealias F = Fixture

    @Test func agingPutsOutstandingAmountsInTheirBuckets() throws {
        var ledger = CollectionLedger()
        for receivable in [
            try F.invoice("N", "C1", F.cny(1_000), issued: "2026-11-01", due: "2026-12-01"),  // not yet due
            try F.invoice("D", "C1", F.cny(2_000), issued: "2026-10-01", due: "2026-11-27"),  // due today: not overdue
            try F.invoice("A", "C1", F.cny(3_000), issued: "2026-10-01", due: "2026-10-28"),  // 30 days
            try F.invoice("B", "C2", F.cny(4_000), issued: "2026-08-01", due: "2026-09-27"),  // 61 days
            try F.invoice("Z", "C2", F.cny(5_000), issued: "2025-01-01", due: "2025-03-01"),  // over 180
            try F.invoice("U", "C3", F.usd(700), issued: "2026-06-01", due: "2026-07-01"),    // 149 days
        ] { try ledger.record(receivable) }
        try ledger.record(F.payment("P", "C2", F.cny(4_500), on: "2026-11-20"))  // settles Z down to 500
        let aging = ledger.aging(asOf: try F.day("2026-11-27"))
        let cny = try #require(aging[.cny])
        #expect(cny.amounts == [300_000, 300_000, 0, 400_000, 0, 50_000])
        #expect(cny.counts == [2, 1, 0, 1, 0, 1])
        #expect(cny.total == F.cny(10_500))
        #expect(cny.overdue == F.cny(7_500))
        #expect(aging[.usd]?.amounts == [0, 0, 0, 0, 70_000, 0])
        #expect(aging.currencies.map(\.currency) == [.cny, .usd])
        // The week before, the payment had not arrived.
        #expect(ledger.aging(asOf: try F.day("2026-11-19"))[.cny]?.total == F.cny(15_000))
    }

    @Test func emptyIsTheIdentityAndBucketsMustMatch() throws {
        let asOf = try F.day("2026-11-27")
        let tenant = SyntheticPortfolio(seed: 3, customerCount: 40, receivableCount: 200, paymentCount: 60, asOf: asOf)
        var ledger = CollectionLedger()
        for change in tenant.allChanges { try ledger.apply(change) }
        let aging = ledger.aging(asOf: asOf)
        #expect(try AgingSummary.empty.merging(aging) == aging)
        #expect(try aging.merging(.empty) == aging)
        let other = AgingSummary.empty(buckets: try AgingBuckets(overdueUpperBounds: [30]))
        let error = #expect(throws: CollectKitError.self) { try aging.merging(other) }
        #expect(error?.kind == .invalidArgument)
    }

    /// A host that shards its customers over several engines merges their agings into the
    /// aging of one engine holding everyone.
    @Test(arguments: [UInt64(11), 42, 977])
    func shardingTheCustomersAnyWayGivesTheSameAging(seed: UInt64) throws {
        let asOf = try F.day("2026-11-27")
        let tenant = SyntheticPortfolio(seed: seed, customerCount: 120, receivableCount: 800, paymentCount: 300, asOf: asOf)
        var whole = CollectionLedger()
        for change in tenant.allChanges { try whole.apply(change) }
        let aging = whole.aging(asOf: asOf)
        #expect(aging.currencies.count == 2)
        var random = SeededRandomNumberGenerator(seed: seed &* 31)
        for _ in 0..<5 {
            let shardCount = Int.random(in: 1...7, using: &random)
            var shardOf: [CustomerID: Int] = [:]
            var shards = [CollectionLedger](repeating: CollectionLedger(), count: shardCount)
            for change in tenant.allChanges {
                guard let customer = change.customerID else { continue }
                if shardOf[customer] == nil { shardOf[customer] = Int.random(in: 0..<shardCount, using: &random) }
                try shards[shardOf[customer] ?? 0].apply(change)
            }
            var summaries = shards.map { $0.aging(asOf: asOf) }
            summaries.shuffle(using: &random)
            var merged = AgingSummary.empty
            for summary in summaries { merged = try merged.merging(summary) }
            #expect(merged == aging)
        }
    }
}
