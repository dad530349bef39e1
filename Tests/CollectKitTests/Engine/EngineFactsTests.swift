import Foundation
import Testing
import CollectKit

@Suite struct EngineFactsTests {
    private func day(_ text: String) throws(CollectKitError) -> CalendarDate { try CalendarDate(iso8601: text) }
    private func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .cny) }

    /// A customer who owes 100,000 (due 2026-10-31), paid 30,000, promised the rest for
    /// 2026-11-20 and broke it, then cited tight cash.
    private func engine() async throws -> CollectionEngine {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await engine.upsert(StandardCustomer(customerID: "C1", creditStanding: .fair))
        try await engine.upsert(StandardCustomer(customerID: "C2", creditStanding: .excellent))
        try await engine.record(Receivable(id: "R1", customerID: "C1", amount: yuan(100_000),
                                           issueDate: day("2026-10-01"), dueDate: day("2026-10-31")))
        try await engine.record(Payment(id: "P1", customerID: "C1", amount: yuan(30_000), date: day("2026-11-05")))
        try await engine.record(StandardPromise(promiseID: "PR1", customerID: "C1", amount: yuan(70_000),
                                               promisedDate: day("2026-11-20"), madeOn: day("2026-11-06"),
                                               collectorID: "alice", customerWords: "好的,我明天就给你办过去"))
        try await engine.record(ContactRecord(customerID: "C1", collectorID: "alice", date: day("2026-11-06"), channel: .call))
        try await engine.record(ExcuseUse(category: .cashFlowTight, date: day("2026-11-24"), outcome: .notPaid), for: "C1")
        try await engine.record(AskOutcome(asked: yuan(180_000), paid: yuan(100_000), date: day("2026-06-01")), for: "C1")
        try await engine.assign("alice", to: "C1")
        return engine
    }

    @Test func factsJoinRecordsHistoryAndAssignments() async throws {
        let facts = try await engine().facts(for: "C1", asOf: day("2026-11-27"))
        #expect(facts.openItems.map(\.outstanding) == [yuan(70_000)])
        #expect(facts.promises.made == 1)
        #expect(facts.promises.broken == 1)
        #expect(facts.promises.openPromiseDate == nil)
        #expect(facts.excuses.map(\.category) == [.cashFlowTight])
        #expect(facts.askHistory.paidToAskedBasisPoints == 5_555)
        #expect(facts.lastContactDate == (try day("2026-11-06")))
        #expect(facts.collector == "alice")
        #expect(facts.hasCompetingCreditors == false)
        // The engine keeps no names: the host finds its own by the id.
        #expect(facts.customer.customerID == "C1")
        #expect(facts.customer.creditStanding == .fair)
    }

    @Test func factsAsOfAnEarlierDayIgnoreLaterRecords() async throws {
        let engine = try await engine()
        let facts = try await engine.facts(for: "C1", asOf: day("2026-11-10"))
        #expect(facts.openItems.map(\.outstanding) == [yuan(70_000)])
        #expect(facts.promises.openPromiseAmount == yuan(70_000))
        #expect(facts.excuses.isEmpty)
        // Before the payment took effect the whole invoice was open.
        let before = try await engine.facts(for: "C1", asOf: day("2026-11-01"))
        #expect(before.openItems.map(\.outstanding) == [yuan(100_000)])
        let balance = try await engine.balance(of: "C1", asOf: day("2026-11-01"))
        #expect(balance.outstanding == yuan(100_000))
        #expect(balance.overdue == yuan(100_000))
    }

    @Test func customersComeInIdOrderAndOwingNothingIsNoAction() async throws {
        let engine = try await engine()
        #expect(await engine.customerIDs == ["C1", "C2"])
        #expect(try await engine.facts(for: "C2", asOf: day("2026-11-27")).openItems.isEmpty)
        #expect(await engine.worklist(asOf: try day("2026-11-27")).actions.map(\.customerID) == ["C1"])
    }

    @Test func unknownCustomersAreRejectedAndNothingChanges() async throws {
        let engine = try await engine()
        let before = await engine.snapshot()
        do {
            try await engine.record(Payment(id: "P9", customerID: "nobody", amount: yuan(1), date: day("2026-11-01")))
            Issue.record("accepted a payment from an unknown customer")
        } catch {
            #expect(error.kind == .unknownReference)
            #expect(error.value == "nobody")
        }
        // A duplicate payment id with other content fails before anything is applied.
        await #expect(throws: CollectKitError.self) {
            try await engine.record(Payment(id: "P1", customerID: "C1", amount: self.yuan(31_000), date: self.day("2026-11-05")))
        }
        #expect(await engine.snapshot() == before)
    }

    @Test func snapshotRoundTripsAndRejectsNewerFormats() async throws {
        let original = try await engine().snapshot()
        let data = try JSONEncoder().encode(original)
        let decoded = try JSONDecoder().decode(CollectionSnapshot.self, from: data)
        #expect(decoded == original)
        let restored = try CollectionEngine(configuration: CollectionConfiguration(), restoring: decoded)
        #expect(try await restored.facts(for: "C1", asOf: day("2026-11-27")).openItems.map(\.outstanding) == [yuan(70_000)])

        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["formatVersion"] = 99
        let newer = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(CollectionSnapshot.self, from: newer) }
    }
}
