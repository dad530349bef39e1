import Testing
@testable import CollectKit

@Suite struct ConcurrentEngineTests {
    let day = PromiseFixture.day

    /// 50 writers × 200 payments, replays of other writers' payments, rejected payments and
    /// evaluators running alongside: every total exact, every event reported exactly once,
    /// every accepted change journaled once under its own sequence number.
    @Test func concurrentWritersLoseAndDuplicateNothing() async throws {
        let customers = 100
        var configuration = CollectionConfiguration()
        configuration.journalWindow = 0
        let engine = CollectionEngine(configuration: configuration)
        for c in 0..<customers {
            try await engine.upsert(StandardCustomer(customerID: CustomerID("C-\(c)")))
            try await engine.record(PromiseFixture.promise(PromiseID("P-\(c)-0"), customer: CustomerID("C-\(c)"), yuan: 40,
                                                           by: "2026-03-10", madeOn: "2026-03-01"))
            try await engine.record(PromiseFixture.promise(PromiseID("P-\(c)-1"), customer: CustomerID("C-\(c)"), yuan: 60,
                                                           by: "2026-03-20", madeOn: "2026-03-01"))
        }
        let setupSequence = await engine.lastSequence
        let start = day("2026-03-05")

        @Sendable func payment(_ k: Int) throws(CollectKitError) -> Payment {
            try Payment(id: PaymentID("B-\(k)"), customerID: CustomerID("C-\(k % customers)"),
                        amount: PromiseFixture.yuan(1), date: start.adding(days: (k / customers) % 10))
        }

        let (events, sequences) = try await withThrowingTaskGroup(of: ([PromiseEvent], [UInt64]).self) { group in
            for writer in 0..<50 {
                group.addTask {
                    var sequences: [UInt64] = []
                    for i in 0..<200 {
                        let k = writer * 200 + i
                        if let entry = try await engine.record(payment(k)) { sequences.append(entry.sequence) }
                        // Replaying another writer's payment is a no-op whether or not it has arrived.
                        if let entry = try await engine.record(payment((k * 7_919) % 10_000)) { sequences.append(entry.sequence) }
                        let foreign = try Payment(id: PaymentID("USD-\(k)"), customerID: CustomerID("C-\(k % customers)"),
                                                  amount: Money(minorUnits: 1, currency: .usd), date: start)
                        do { try await engine.record(foreign); Issue.record("accepted a USD payment") } catch {
                            #expect(CollectKitError.Kind.currencyMismatch ~= error)
                        }
                    }
                    return ([], sequences)
                }
            }
            for _ in 0..<5 {
                group.addTask {
                    var seen: [PromiseEvent] = []
                    var sequences: [UInt64] = []
                    for _ in 0..<40 {
                        let evaluation = await engine.evaluate(asOf: PromiseFixture.day("2026-03-09"))
                        seen += evaluation.events.compactMap { if case .promise(let event) = $0 { event } else { nil } }
                        if let entry = evaluation.journalEntry { sequences.append(entry.sequence) }
                        await Task.yield()
                    }
                    return (seen, sequences)
                }
            }
            var all: [PromiseEvent] = [], sequences: [UInt64] = []
            for try await (batch, numbers) in group {
                all += batch
                sequences += numbers
            }
            return (all, sequences)
        }
        let finalFirst = await engine.evaluate(asOf: day("2026-03-09")).events.compactMap { event -> PromiseEvent? in
            if case .promise(let promise) = event { promise } else { nil }
        }
        let firstRound = events + finalFirst
        #expect(firstRound.count == customers)
        #expect(Set(firstRound.map(\.promiseID)) == Set((0..<customers).map { PromiseID("P-\($0)-0") }))
        #expect(firstRound.allSatisfy { $0.kind == .kept })
        // 10 000 payments and each evaluation that changed something, numbered without gaps.
        let evaluations = sequences.count - 10_000
        #expect(evaluations >= 1)
        #expect(Set(sequences).count == sequences.count)
        #expect(sequences.min() == setupSequence + 1)
        #expect(sequences.max() == setupSequence + UInt64(sequences.count))

        let snapshot = await engine.snapshot()
        #expect(snapshot.paymentCount == 10_000)
        let asOf = day("2026-03-31")
        for c in 0..<customers {
            let customer = CustomerID("C-\(c)")
            #expect(try snapshot.ledger.totalPaid(by: customer, asOf: asOf) == PromiseFixture.yuan(100))
            #expect(try snapshot.ledger.customerCredit(for: customer, asOf: asOf) == PromiseFixture.yuan(0))
            #expect(await engine.state(of: PromiseID("P-\(c)-0"), asOf: asOf)?.paid == PromiseFixture.yuan(40))
            #expect(await engine.state(of: PromiseID("P-\(c)-1"), asOf: asOf)?.paid == PromiseFixture.yuan(60))
        }
        let secondRound = await engine.evaluate(asOf: asOf).events
        #expect(secondRound.count == customers)
        #expect(secondRound.allSatisfy {
            if case .promise(let event) = $0 { event.kind == .kept && event.promiseID.rawValue.hasSuffix("-1") } else { false }
        })
    }

    @Test func aFailedBatchAppliesNothing() async throws {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await engine.upsert(StandardCustomer(customerID: "C-1"))
        try await engine.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        let before = await engine.snapshot()
        do {
            try await engine.record(contentsOf: [
                .payment(PromiseFixture.payment("B-1", yuan: 50, on: "2026-03-02"), toward: nil),
                .promiseCancelled("P-404", on: PromiseFixture.day("2026-03-02")),
            ])
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unknownReference)
            #expect(error.field == "batch[1].cancellation.promiseID")
        }
        #expect(await engine.snapshot() == before)
        let entries = try await engine.record(contentsOf: [.payment(PromiseFixture.payment("B-1", yuan: 50, on: "2026-03-02"), toward: nil)])
        #expect(entries.map(\.sequence) == [before.sequence + 1])
        #expect(await engine.snapshot().paymentCount == 1)
    }
}
