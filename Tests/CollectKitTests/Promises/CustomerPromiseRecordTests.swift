import Testing
@testable import CollectKit

@Suite struct PromiseRecordTests {
    let day = PromiseFixture.day

    /// The example: 10 promises, 6 kept, 2 half paid, 2 broken → 60% strict, 70% weighted.
    @Test func tenPromisesSixKeptTwoHalfTwoBroken() throws {
        var ledger = PromiseLedger()
        for i in 1...10 {
            let promised = day("2026-03-01").adding(days: i * 2)
            try ledger.record(StandardPromise(promiseID: PromiseID("P-\(i)"), customerID: "C-1", amount: PromiseFixture.yuan(1_000),
                                             promisedDate: promised, madeOn: promised.adding(days: -1), collectorID: "alice"))
            let paid: Int64 = i <= 6 ? 1_000 : i <= 8 ? 500 : 0
            if paid > 0 {
                try ledger.recordPayment(Payment(id: PaymentID("B-\(i)"), customerID: "C-1", amount: PromiseFixture.yuan(paid), date: promised))
            }
        }
        let record = try ledger.promiseRecord(for: "C-1", from: day("2026-03-01"), through: day("2026-03-31"))
        #expect(record.made == 10)
        #expect(record.kept == 6)
        #expect(record.partiallyKept == 2)
        #expect(record.broken == 2)
        #expect(record.open == 0)
        #expect(record.keptRate == 6_000)
        #expect(record.weightedKeptRate == 7_000)
        #expect(record.averageDaysLate == 0)
        #expect(record.effectiveCredibility > 5_000 && record.effectiveCredibility < 7_000)
    }

    @Test func averageDaysLateCountsLateFulfilment() throws {
        var ledger = PromiseLedger(policy: try PromisePolicy(graceDays: 5))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("P-2", customer: "C-1", yuan: 100, by: "2026-03-20", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 100, on: "2026-03-13"), toward: "P-1")
        try ledger.recordPayment(PromiseFixture.payment("B-2", yuan: 100, on: "2026-03-30"), toward: "P-2")
        let record = try ledger.promiseRecord(for: "C-1", from: day("2026-03-01"), through: day("2026-04-30"))
        #expect(record.kept == 1)
        #expect(record.broken == 1)
        #expect(record.averageDaysLate == 6.5)   // (3 + 10) / 2
    }

    @Test func oneKeptPromiseIsNotFullyCredible() throws {
        var ledger = PromiseLedger()
        let none = try ledger.promiseRecord(for: "NEW", from: day("2026-01-01"), through: day("2026-03-31"))
        #expect(none.effectiveCredibility == 5_000)
        #expect(none.keptRate == nil)
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 100, on: "2026-03-10"))
        let fresh = try ledger.promiseRecord(for: "C-1", from: day("2026-01-01"), through: day("2026-03-10"))
        #expect(fresh.keptRate == .whole)
        #expect(fresh.credibility == 6_000)      // (2 + 1) / (4 + 1)
        // Ninety days later (one half-life) the kept promise weighs 0.5: (2 + 0.5) / (4 + 0.5).
        let aged = try ledger.promiseRecord(for: "C-1", from: day("2026-01-01"), through: day("2026-06-08"))
        #expect(aged.credibility == 5_556)       // 55.56%
    }

    @Test func recentBehaviourWeighsMore() throws {
        func ledger(keptFirst: Bool) throws -> PromiseLedger {
            var ledger = PromiseLedger()
            try ledger.record(PromiseFixture.promise("OLD", yuan: 100, by: "2025-06-01", madeOn: "2025-05-30"))
            try ledger.record(PromiseFixture.promise("NEW", yuan: 100, by: "2026-03-01", madeOn: "2026-02-27"))
            try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 100, on: keptFirst ? "2025-06-01" : "2026-03-01"),
                                     toward: keptFirst ? "OLD" : "NEW")
            return ledger
        }
        let improving = try ledger(keptFirst: false).promiseRecord(for: "C-1", from: day("2025-01-01"), through: day("2026-03-02"))
        let slipping = try ledger(keptFirst: true).promiseRecord(for: "C-1", from: day("2025-01-01"), through: day("2026-03-02"))
        #expect(improving.keptRate == slipping.keptRate)
        #expect(improving.effectiveCredibility > 5_000)
        #expect(slipping.effectiveCredibility < 5_000)
    }

    @Test func renegotiatingABrokenPromiseDoesNotEraseIt() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01"))
        try ledger.renegotiate("P-1", with: PromiseFixture.promise("P-2", yuan: 100, by: "2026-03-20", madeOn: "2026-03-05"))
        try ledger.record(PromiseFixture.promise("Q-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.renegotiate("Q-1", with: PromiseFixture.promise("Q-2", yuan: 100, by: "2026-03-25", madeOn: "2026-03-05"))
        let record = try ledger.promiseRecord(for: "C-1", from: day("2026-03-01"), through: day("2026-03-12"))
        #expect(record.broken == 1)         // P-1 was already broken when renegotiated
        #expect(record.renegotiated == 1)   // Q-1 was replaced before its date
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-12")) == .renegotiated)
    }

    @Test func aWindowThatEndsBeforeItStartsIsRejected() {
        let ledger = PromiseLedger()
        #expect(throws: CollectKitError.self) { try ledger.promiseRecord(for: "C-1", from: day("2026-03-02"), through: day("2026-03-01")) }
    }
}
