import Testing
@testable import CollectKit

@Suite struct PromiseSignalTests {
    let day = PromiseFixture.day

    func kinds(_ signals: [PromiseSignal]) -> [PromiseSignal.Kind] { signals.map(\.kind) }

    /// The article: "你催一次,他办一点" — every chase brings a little money, never the promise.
    @Test func partialPayerPaysALittleEachTimeChased() throws {
        var ledger = PromiseLedger()
        for (i, date) in ["2026-03-05", "2026-03-15", "2026-03-25"].enumerated() {
            let promised = day(date)
            ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: promised.adding(days: -1), channel: .call))
            try ledger.record(StandardPromise(promiseID: PromiseID("P-\(i)"), customerID: "C-1", amount: PromiseFixture.yuan(10_000),
                                             promisedDate: promised, madeOn: promised.adding(days: -1), collectorID: "alice",
                                             customerWords: "这两天一定安排"))
            try ledger.recordPayment(Payment(id: PaymentID("B-\(i)"), customerID: "C-1", amount: PromiseFixture.yuan(2_000), date: promised))
            ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: promised.adding(days: 1), channel: .call))
        }
        let signals = ledger.signals(for: "C-1", asOf: day("2026-04-01"))
        let partial = try #require(signals.first { $0.kind == .partialPayer })
        #expect(partial.evidence == ["P-0", "P-1", "P-2"])
        #expect(partial.zh.contains("你催一次,他办一点"))
        #expect(partial.en.contains("3 promises"))
        #expect(!kinds(signals).contains(.promiseWithoutFollowUp))
        // 6 000 of 30 000 paid = 20%, at or under the 30% line: also a serial promiser.
        #expect(kinds(signals).contains(.serialPromiser))
    }

    @Test func serialPromiserMakesManyPromisesAndPaysLittle() throws {
        var ledger = PromiseLedger()
        for i in 0..<4 {
            let promised = day("2026-03-01").adding(days: 7 * i + 3)
            try ledger.record(StandardPromise(promiseID: PromiseID("P-\(i)"), customerID: "C-1", amount: PromiseFixture.yuan(5_000),
                                             promisedDate: promised, madeOn: promised.adding(days: -2), collectorID: "alice"))
            ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: promised, channel: .call))
        }
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 500, on: "2026-03-04"))
        let signals = ledger.signals(for: "C-1", asOf: day("2026-04-15"))
        #expect(kinds(signals) == [.serialPromiser])
        #expect(signals.first?.evidence.count == 4)
        #expect(signals.first?.zh.contains("CNY 20,000.00") == true)
        #expect(signals.first?.en.contains("2.5%") == true)
    }

    @Test func aBrokenPromiseNobodyFollowedUpIsFlaggedAfterTheWindow() throws {
        var ledger = PromiseLedger()     // follow-up window: 2 days
        try ledger.record(PromiseFixture.promise("P-1", yuan: 80_000, by: "2026-03-02", madeOn: "2026-03-01",
                                          words: "好的,我明天就给你办过去"))
        #expect(ledger.signals(for: "C-1", asOf: day("2026-03-04")).isEmpty)
        let flagged = ledger.signals(for: "C-1", asOf: day("2026-03-05"))
        #expect(kinds(flagged) == [.promiseWithoutFollowUp])
        #expect(flagged.first?.evidence == ["P-1"])
        #expect(flagged.first?.zh.contains("CNY 80,000.00") == true)
        ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: day("2026-03-03"), channel: .visit))
        #expect(ledger.signals(for: "C-1", asOf: day("2026-03-05")).isEmpty)
    }

    @Test func openPromisesBeyondWhatIsOwedAreOverPromising() throws {
        var ledger = PromiseLedger()
        try ledger.registerReceivable(Receivable(id: "INV-1", customerID: "C-1", amount: PromiseFixture.yuan(10_000),
                                                 issueDate: day("2026-02-01"), dueDate: day("2026-03-01")))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 8_000, by: "2026-03-20", madeOn: "2026-03-05"))
        #expect(ledger.signals(for: "C-1", asOf: day("2026-03-06")).isEmpty)
        try ledger.record(PromiseFixture.promise("P-2", yuan: 7_000, by: "2026-03-25", madeOn: "2026-03-06"))
        let signals = ledger.signals(for: "C-1", asOf: day("2026-03-06"))
        #expect(kinds(signals) == [.overPromising])
        #expect(signals.first?.evidence == ["P-1", "P-2"])
        #expect(signals.first?.en.contains("CNY 15,000.00") == true)
    }

    @Test func openPromisesBeyondTheBestMonthEverPaidAreOverPromising() throws {
        var ledger = PromiseLedger()
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 2_000, on: "2026-01-05"))
        try ledger.recordPayment(PromiseFixture.payment("B-2", yuan: 1_000, on: "2026-01-20"))
        try ledger.recordPayment(PromiseFixture.payment("B-3", yuan: 2_500, on: "2026-02-25"))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 3_000, by: "2026-03-20", madeOn: "2026-03-05"))
        #expect(ledger.signals(for: "C-1", asOf: day("2026-03-06")).isEmpty)   // best 30 days: 3 000
        try ledger.record(PromiseFixture.promise("P-2", yuan: 500, by: "2026-03-28", madeOn: "2026-03-06"))
        let signals = ledger.signals(for: "C-1", asOf: day("2026-03-06"))
        #expect(kinds(signals) == [.overPromising])
        #expect(signals.first?.zh.contains("CNY 3,000.00") == true)
    }

    @Test func openPromisesWithSeveralCollectors() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-20", madeOn: "2026-03-05", collector: "bob"))
        try ledger.record(PromiseFixture.promise("P-2", yuan: 1_000, by: "2026-03-21", madeOn: "2026-03-06", collector: "alice", channel: .chat))
        let signals = ledger.signals(for: "C-1", asOf: day("2026-03-07"))
        #expect(kinds(signals) == [.promisesToSeveralCollectors])
        #expect(signals.first?.collectors == ["alice", "bob"])
        #expect(signals.first?.evidence == ["P-1", "P-2"])
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-08"))
        #expect(ledger.signals(for: "C-1", asOf: day("2026-03-08")).isEmpty)
    }

    @Test func portfolioSignalsAreOrderedByCustomer() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-2", customer: "C-2", yuan: 10, by: "2026-03-02", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("P-1", customer: "C-1", yuan: 10, by: "2026-03-02", madeOn: "2026-03-01"))
        #expect(ledger.signals(asOf: day("2026-03-10")).map(\.customerID) == ["C-1", "C-2"])
    }
}
