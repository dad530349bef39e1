import Foundation
import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct WorklistShardingTests {
    func fingerprint(_ worklist: Worklist) -> [String] {
        worklist.actions.map { "\($0.customerID)|\($0.collector)|\($0.priority.points)|\($0.requests.map(\.amount.minorUnits))" }
    }

    @Test(arguments: [UInt64(3), 11, 500])
    func anyShardingGivesTheSameWorklist(seed: UInt64) {
        let portfolio = SyntheticCollectionFacts.portfolio(customers: 1_500, asOf: PlanningFixture.asOf, seed: seed, collectors: 6)
        let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: 15, capacityOverrides: ["collector-2": 3]))
        let whole = builder.build(portfolio, asOf: PlanningFixture.asOf)
        #expect(whole.actions.count > 50)
        var rng = SeededRandomNumberGenerator(seed: seed)
        for _ in 0..<4 {
            // Random assignment of customers to shards, then merge in a random order and grouping.
            let shardCount = Int(rng.next() % 7) + 1
            var shards = [[CustomerCollectionFacts]](repeating: [], count: shardCount)
            for facts in portfolio { shards[Int(rng.next() % UInt64(shardCount))].append(facts) }
            var summaries = shards.map { builder.summarize($0, asOf: PlanningFixture.asOf) }
            summaries.shuffle(using: &rng)
            while summaries.count > 1 {
                let a = summaries.removeLast()
                let b = summaries.removeLast()
                summaries.insert(rng.next() % 2 == 0 ? a.merging(b) : b.merging(a), at: Int(rng.next() % UInt64(summaries.count + 1)))
            }
            let merged = (summaries.first ?? .empty).merging(.empty)
            let sharded = builder.worklist(from: merged, asOf: PlanningFixture.asOf)
            #expect(fingerprint(sharded) == fingerprint(whole))
            #expect(sharded.deferred == whole.deferred)
            #expect(sharded.rejectedCount == whole.rejectedCount)
            #expect(merged.customersConsidered == portfolio.count)
        }
    }

    @Test func concurrentBuildEqualsSequentialBuild() async {
        let portfolio = SyntheticCollectionFacts.portfolio(customers: 2_000, asOf: PlanningFixture.asOf, seed: 77)
        let builder = WorklistBuilder()
        let sequential = builder.build(portfolio, asOf: PlanningFixture.asOf)
        let concurrent = await builder.build(portfolio, asOf: PlanningFixture.asOf, shards: 4)
        #expect(fingerprint(concurrent) == fingerprint(sequential))
        let empty = await builder.build([], asOf: PlanningFixture.asOf, shards: 4)
        #expect(empty.actions.isEmpty)
    }

    @Test func capacityAppliesPerCollectorAfterMerging() {
        let portfolio = SyntheticCollectionFacts.portfolio(customers: 3_000, asOf: PlanningFixture.asOf, seed: 5, collectors: 3)
        let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: 10))
        let worklist = builder.build(portfolio, asOf: PlanningFixture.asOf)
        for collector in worklist.collectors { #expect(worklist.actions(for: collector).count == 10) }
        #expect(worklist.collectors.contains("unassigned"))
        #expect(zip(worklist.actions, worklist.actions.dropFirst()).allSatisfy { !WorklistAction.ranksBefore($1, $0) })
    }

    @Test func summariesSurviveAJSONRoundTrip() throws {
        var portfolio = SyntheticCollectionFacts.portfolio(customers: 1_200, asOf: PlanningFixture.asOf, seed: 8, collectors: 4)
        portfolio.append(CustomerCollectionFacts(customer: PlanningFixture.customer("BAD"),
                                                 openItems: [PlanningFixture.item("X", PlanningFixture.cny(-1), dueIn: -3)]))
        let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: 12))
        let whole = builder.build(portfolio, asOf: PlanningFixture.asOf)
        let first = builder.summarize(portfolio[..<600], asOf: PlanningFixture.asOf)
        let second = builder.summarize(portfolio[600...], asOf: PlanningFixture.asOf)
        let shipped = try JSONDecoder().decode(WorklistSummary.self, from: JSONEncoder().encode(second))
        let worklist = builder.worklist(from: first.merging(shipped), asOf: PlanningFixture.asOf)
        #expect(fingerprint(worklist) == fingerprint(whole))
        #expect(worklist.deferred == whole.deferred)
        #expect(worklist.rejections.map { $0.field.hasPrefix("customer[BAD].") } == [true])
        #expect(worklist.rejections.first?.kind == .invalidAmount)
    }

    @Test func unknownSchemaVersionIsATypedError() {
        let json = Data(#"{"version": 99, "queues": [], "rejections": [], "rejectedCount": 0, "customersConsidered": 0}"#.utf8)
        #expect { try JSONDecoder().decode(WorklistSummary.self, from: json) } throws: { error in
            (error as? CollectKitError)?.kind == .invalidData
        }
    }
}
