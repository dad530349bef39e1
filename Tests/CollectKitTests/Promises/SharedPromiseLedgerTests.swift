import Testing
@testable import CollectKit

@Suite struct SharedPromiseLedgerTests {
    let day = PromiseFixture.day

    /// 50 writers × 200 payments, replays of other writers' payments, rejected payments and
    /// evaluators running alongside: every total exact, every event reported exactly once.
    @Test func concurrentWritersLoseAndDuplicateNothing() async throws {
        let customers = 100
        var initial = PromiseLedger()
        for c in 0..<customers {
            try initial.record(PromiseFixture.promise(PromiseID("P-\(c)-0"), customer: CustomerID("C-\(c)"), yuan: 40,
                                               by: "2026-03-10", madeOn: "2026-03-01"))
            try initial.record(PromiseFixture.promise(PromiseID("P-\(c)-1"), customer: CustomerID("C-\(c)"), yuan: 60,
                                               by: "2026-03-20", madeOn: "2026-03-01"))
        }
        let shared = SharedPromiseLedger(initial)
        let start = day("2026-03-05")

        @Sendable func payment(_ k: Int) throws(CollectKitError) -> Payment {
            try Payment(id: PaymentID("B-\(k)"), customerID: CustomerID("C-\(k % customers)"),
                        amount: PromiseFixture.yuan(1), date: start.adding(days: (k / customers) % 10))
        }

        let events = try await withThrowingTaskGroup(of: [PromiseEvent].self, returning: [PromiseEvent].self) { group in
            for writer in 0..<50 {
                group.addTask {
                    for i in 0..<200 {
                        let k = writer * 200 + i
                        try await shared.recordPayment(payment(k))
                        // Replaying another writer's payment is a no-op whether or not it has arrived.
                        try await shared.recordPayment(payment((k * 7_919) % 10_000))
                        let foreign = try Payment(id: PaymentID("USD-\(k)"), customerID: CustomerID("C-\(k % customers)"),
                                                  amount: Money(minorUnits: 1, currency: .usd), date: start)
                        do { try await shared.recordPayment(foreign); Issue.record("accepted a USD payment") } catch {
                            #expect(CollectKitError.Kind.currencyMismatch ~= error)
                        }
                    }
                    return []
                }
            }
            for _ in 0..<5 {
                group.addTask {
                    var seen: [PromiseEvent] = []
                    for _ in 0..<40 {
                        seen += await shared.evaluate(asOf: PromiseFixture.day("2026-03-09"))
                        await Task.yield()
                    }
                    return seen
                }
            }
            var all: [PromiseEvent] = []
            for try await batch in group { all += batch }
            return all
        }
        let finalFirst = await shared.evaluate(asOf: day("2026-03-09"))
        let firstRound = events + finalFirst
        #expect(firstRound.count == customers)
        #expect(Set(firstRound.map(\.promiseID)) == Set((0..<customers).map { PromiseID("P-\($0)-0") }))
        #expect(firstRound.allSatisfy { $0.kind == .kept })

        let ledger = await shared.snapshot()
        #expect(ledger.paymentCount == 10_000)
        let asOf = day("2026-03-31")
        for c in 0..<customers {
            let customer = CustomerID("C-\(c)")
            #expect(try ledger.totalPaid(by: customer, asOf: asOf) == PromiseFixture.yuan(100))
            #expect(try ledger.customerCredit(for: customer, asOf: asOf) == PromiseFixture.yuan(0))
            #expect(ledger.state(of: PromiseID("P-\(c)-0"), asOf: asOf)?.paid == PromiseFixture.yuan(40))
            #expect(ledger.state(of: PromiseID("P-\(c)-1"), asOf: asOf)?.paid == PromiseFixture.yuan(60))
        }
        let secondRound = await shared.evaluate(asOf: asOf)
        #expect(secondRound.count == customers)
        #expect(Set(secondRound.map(\.promiseID)).count == customers)
        #expect(secondRound.allSatisfy { $0.kind == .kept && $0.promiseID.rawValue.hasSuffix("-1") })
    }

    @Test func aFailedTransactionAppliesNothing() async throws {
        let shared = SharedPromiseLedger()
        try await shared.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        let before = await shared.snapshot()
        do {
            try await shared.transaction { (ledger: inout PromiseLedger) throws(CollectKitError) in
                try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 50, on: "2026-03-02"))
                try ledger.cancelPromise("P-404", on: PromiseFixture.day("2026-03-02"))
            }
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unknownReference)
        }
        #expect(await shared.snapshot() == before)
        try await shared.transaction { (ledger: inout PromiseLedger) throws(CollectKitError) in
            try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 50, on: "2026-03-02"))
        }
        #expect(await shared.snapshot().paymentCount == 1)
    }
}
