import Testing
@testable import CollectKit

@Suite struct PromiseEventTests {
    let day = PromiseFixture.day

    @Test func eachChangeIsReportedOnce() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-05", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("P-2", yuan: 1_000, by: "2026-03-05", madeOn: "2026-03-01", collector: "bob"))
        try ledger.record(PromiseFixture.promise("P-3", customer: "C-2", yuan: 600, by: "2026-03-06", madeOn: "2026-03-01"))
        #expect(ledger.evaluate(asOf: day("2026-03-04")).isEmpty)

        let due = ledger.evaluate(asOf: day("2026-03-05"))
        #expect(due.map(\.kind) == [.becameDue, .becameDue])
        #expect(due.map(\.promiseID) == ["P-1", "P-2"])
        #expect(due.map(\.collectorID) == ["alice", "bob"])
        #expect(ledger.evaluate(asOf: day("2026-03-05")).isEmpty)

        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_500, on: "2026-03-05"))
        try ledger.recordPayment(PromiseFixture.payment("B-2", customer: "C-2", yuan: 600, on: "2026-03-06"))
        let later = ledger.evaluate(asOf: day("2026-03-08"))
        #expect(later.map(\.kind) == [.kept, .partiallyKept, .kept])
        #expect(later.map(\.promiseID) == ["P-1", "P-2", "P-3"])
        #expect(later[1].status == .partiallyKept(fulfilledBasisPoints: 5_000))
        #expect(ledger.lastEvaluatedOn == day("2026-03-08"))
        #expect(ledger.evaluate(asOf: day("2026-03-30")).isEmpty)
    }

    @Test func skippingPastTheDeadlineReportsOnlyTheOutcome() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 80_000, by: "2026-03-02", madeOn: "2026-03-01",
                                          words: "好的,我明天就给你办过去"))
        let events = ledger.evaluate(asOf: day("2026-03-10"))
        #expect(events.count == 1)
        #expect(events.first?.kind == .broken)
    }

    @Test func graceDaysDoNotRepeatBecameDue() throws {
        var ledger = PromiseLedger(policy: try PromisePolicy(graceDays: 2))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01"))
        #expect(ledger.evaluate(asOf: day("2026-03-02")).map(\.kind) == [.becameDue])
        #expect(ledger.evaluate(asOf: day("2026-03-03")).isEmpty)
        #expect(ledger.evaluate(asOf: day("2026-03-04")).isEmpty)
        #expect(ledger.evaluate(asOf: day("2026-03-05")).map(\.kind) == [.broken])
    }

    @Test func cancelledAndRenegotiatedPromisesRaiseNoEvents() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("P-2", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01"))
        try ledger.cancelPromise("P-1", on: day("2026-03-01"))
        try ledger.renegotiate("P-2", with: PromiseFixture.promise("P-3", yuan: 100, by: "2026-04-01", madeOn: "2026-03-01"))
        #expect(ledger.evaluate(asOf: day("2026-03-10")).isEmpty)
    }

    @Test func theValueFormLeavesTheOriginalUntouchedAndIsDeterministic() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01"))
        var copy = ledger, other = ledger
        let first = copy.evaluate(asOf: day("2026-03-03"))
        let second = other.evaluate(asOf: day("2026-03-03"))
        #expect(first == second)
        #expect(first.map(\.kind) == [.broken])
        #expect(copy.evaluate(asOf: day("2026-03-03")).isEmpty)
        #expect(ledger.lastEvaluatedOn == nil)
    }
}
