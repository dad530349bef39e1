import Foundation
import Testing
import CollectKit

@Suite struct CollectionPortfolioTests {
    private func day(_ text: String) throws(CollectKitError) -> CalendarDate { try CalendarDate(iso8601: text) }
    private func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .cny) }

    /// A customer who owes 100,000 (due 2026-10-31), paid 30,000, promised the rest for
    /// 2026-11-20 and broke it, then cited tight cash.
    private func portfolio() throws -> CollectionPortfolio {
        var portfolio = CollectionPortfolio()
        portfolio.upsert(CustomerProfile(id: "C1", displayName: "华东建材", creditStanding: .fair))
        portfolio.upsert(CustomerProfile(id: "C2", displayName: "温州五金", creditStanding: .excellent))
        try portfolio.record(Receivable(id: "R1", customerID: "C1", amount: yuan(100_000),
                                        issueDate: day("2026-10-01"), dueDate: day("2026-10-31")))
        try portfolio.record(Payment(id: "P1", customerID: "C1", amount: yuan(30_000), date: day("2026-11-05")))
        try portfolio.record(PaymentPromise(id: "PR1", customerID: "C1", amount: yuan(70_000),
                                            promisedDate: day("2026-11-20"), madeOn: day("2026-11-06"),
                                            collectorID: "alice", customerWords: "好的,我明天就给你办过去"))
        try portfolio.record(ContactRecord(customerID: "C1", collectorID: "alice", date: day("2026-11-06"), channel: .call))
        try portfolio.record(ExcuseUse(category: .cashFlowTight, date: day("2026-11-24"), outcome: .notPaid), for: "C1")
        try portfolio.record(AskOutcome(asked: yuan(180_000), paid: yuan(100_000), date: day("2026-06-01")), for: "C1")
        try portfolio.assign("alice", to: "C1")
        return portfolio
    }

    @Test func factsJoinLedgersHistoryAndAssignments() throws {
        let facts = try portfolio().facts(for: "C1", asOf: day("2026-11-27"))
        #expect(facts.openItems.map(\.outstanding) == [yuan(70_000)])
        #expect(facts.promises.made == 1)
        #expect(facts.promises.broken == 1)
        #expect(facts.promises.openPromise == nil)
        #expect(facts.excuses.map(\.category) == [.cashFlowTight])
        #expect(facts.askHistory.paidToAskedBasisPoints == 5_555)
        #expect(facts.lastContactDate == (try day("2026-11-06")))
        #expect(facts.collector == "alice")
        #expect(facts.hasCompetingCreditors == false)
    }

    @Test func factsAsOfAnEarlierDayIgnoreLaterRecords() throws {
        let facts = try portfolio().facts(for: "C1", asOf: day("2026-11-10"))
        #expect(facts.openItems.map(\.outstanding) == [yuan(70_000)])
        #expect(facts.promises.openPromise?.amount == yuan(70_000))
        #expect(facts.excuses.isEmpty)
    }

    @Test func allFactsCoversEveryCustomerInIdOrder() throws {
        let all = try portfolio().allFacts(asOf: day("2026-11-27"))
        #expect(all.map(\.customerID) == ["C1", "C2"])
        #expect(all[1].openItems.isEmpty)
    }

    @Test func unknownCustomersAreRejectedAndNothingChanges() throws {
        var portfolio = try portfolio()
        let before = portfolio
        do {
            try portfolio.record(Payment(id: "P9", customerID: "nobody", amount: yuan(1), date: day("2026-11-01")))
            Issue.record("accepted a payment from an unknown customer")
        } catch {
            #expect(error.kind == .unknownReference)
            #expect(error.value == "nobody")
        }
        // A duplicate payment id with other content fails in the receivables ledger: no half-application.
        #expect(throws: CollectKitError.self) {
            try portfolio.record(Payment(id: "P1", customerID: "C1", amount: self.yuan(31_000), date: self.day("2026-11-05")))
        }
        #expect(portfolio == before)
    }

    @Test func snapshotRoundTripsAndRejectsNewerSchemas() throws {
        let original = try portfolio()
        let data = try JSONEncoder().encode(original)
        let decoded = try JSONDecoder().decode(CollectionPortfolio.self, from: data)
        #expect(decoded == original)
        #expect(try decoded.facts(for: "C1", asOf: day("2026-11-27")) == original.facts(for: "C1", asOf: day("2026-11-27")))

        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["schemaVersion"] = 99
        let newer = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(CollectionPortfolio.self, from: newer) }
    }
}
