import Testing
import CollectKitTesting
@testable import CollectKit

/// Random portfolios from fixed seeds: money is conserved, recording order does not matter,
/// and failed operations change nothing.
@Suite struct PromiseLedgerPropertyTests {
    struct Portfolio {
        var promises: [StandardPromise] = []
        var payments: [(Payment, PromiseID?)] = []
        var cancellations: [(PromiseID, CalendarDate)] = []
    }

    static let base = PromiseFixture.day("2026-01-01")

    static func portfolio(seed: UInt64) throws -> Portfolio {
        var rng = SeededRandomNumberGenerator(seed: seed)
        var result = Portfolio()
        for c in 0..<12 {
            let customer = CustomerID("C-\(c)")
            var ids: [PromiseID] = []
            for p in 0..<Int.random(in: 0...6, using: &rng) {
                let made = base.adding(days: Int.random(in: 0...60, using: &rng))
                let id = PromiseID("P-\(c)-\(p)")
                let replaces: PromiseID? = ids.isEmpty || Int.random(in: 0..<5, using: &rng) != 0 ? nil : ids.last
                if let replaces, let original = result.promises.first(where: { $0.promiseID == replaces }), original.madeOn > made { continue }
                if let replaces, result.promises.contains(where: { $0.replaces == replaces }) { continue }
                try result.promises.append(StandardPromise(
                    promiseID: id, customerID: customer, amount: Money(minorUnits: Int64.random(in: 1...500_000, using: &rng), currency: .cny),
                    promisedDate: made.adding(days: Int.random(in: 0...20, using: &rng)), madeOn: made,
                    collectorID: CollectorID("K-\(Int.random(in: 0..<3, using: &rng))"), replaces: replaces))
                ids.append(id)
            }
            for q in 0..<Int.random(in: 0...8, using: &rng) {
                let payment = try Payment(id: PaymentID("B-\(c)-\(q)"), customerID: customer,
                                          amount: Money(minorUnits: Int64.random(in: 1...300_000, using: &rng), currency: .cny),
                                          date: base.adding(days: Int.random(in: 0...90, using: &rng)))
                let target = ids.isEmpty || Bool.random(using: &rng) ? nil : ids.randomElement(using: &rng)
                result.payments.append((payment, target))
            }
        }
        let replaced = Set(result.promises.compactMap(\.replaces))
        for promise in result.promises where !replaced.contains(promise.promiseID) && Int.random(in: 0..<8, using: &rng) == 0 {
            result.cancellations.append((promise.promiseID, promise.madeOn.adding(days: Int.random(in: 0...10, using: &rng))))
        }
        return result
    }

    static func ledger(_ p: Portfolio, reversedPayments: Bool) throws -> PromiseLedger {
        var ledger = PromiseLedger()
        for promise in p.promises { try ledger.record(promise) }
        for (id, date) in p.cancellations { try ledger.cancelPromise(id, on: date) }
        for (payment, target) in reversedPayments ? p.payments.reversed() : p.payments {
            try ledger.recordPayment(payment, toward: target)
        }
        return ledger
    }

    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func moneyIsConservedAndOrderDoesNotMatter(seed: UInt64) throws {
        let p = try Self.portfolio(seed: seed)
        let forward = try Self.ledger(p, reversedPayments: false)
        let backward = try Self.ledger(p, reversedPayments: true)
        for offset in stride(from: 0, through: 120, by: 7) {
            let asOf = Self.base.adding(days: offset)
            #expect(forward.statuses(asOf: asOf) == backward.statuses(asOf: asOf))
            for customer in forward.customerIDs {
                var allocated: Int64 = 0
                for promise in forward.promises(of: customer) {
                    guard let state = forward.state(of: promise.promiseID, asOf: asOf) else { continue }
                    #expect(state.paid.minorUnits <= promise.amount.minorUnits)
                    #expect(state.paidByDeadline.minorUnits <= state.paid.minorUnits)
                    allocated += state.paid.minorUnits
                }
                // Promises not yet made on asOf have nothing allocated, so every fen is in a
                // promise or in credit.
                let credit = try forward.customerCredit(for: customer, asOf: asOf)?.minorUnits ?? 0
                let total = try forward.totalPaid(by: customer, asOf: asOf)?.minorUnits ?? 0
                #expect(allocated + credit == total)
            }
        }
        var f = forward, b = backward
        var eventsF: [PromiseEvent] = [], eventsB: [PromiseEvent] = []
        for offset in stride(from: 0, through: 120, by: 5) {
            eventsF += f.evaluate(asOf: Self.base.adding(days: offset))
            eventsB += b.evaluate(asOf: Self.base.adding(days: offset))
        }
        #expect(eventsF == eventsB)
        let restored = try PromiseLedger.fromJSONSnapshot(try f.jsonSnapshot())
        #expect(restored == f)
    }

    @Test(arguments: [7, 8, 9] as [UInt64])
    func failedOperationsChangeNothing(seed: UInt64) throws {
        var rng = SeededRandomNumberGenerator(seed: seed)
        let p = try Self.portfolio(seed: seed)
        var ledger = try Self.ledger(p, reversedPayments: false)
        _ = ledger.evaluate(asOf: Self.base.adding(days: 30))
        let snapshot = try ledger.jsonSnapshot()
        let before = ledger
        for round in 0..<60 {
            let existing = try #require(p.promises.randomElement(using: &rng))
            let customer = existing.customerID
            do {
                switch round % 6 {
                case 0:
                    try ledger.record(StandardPromise(promiseID: PromiseID("X-\(round)"), customerID: customer,
                                                     amount: Money(minorUnits: 5, currency: .usd), promisedDate: Self.base,
                                                     madeOn: Self.base, collectorID: "K"))
                case 1:
                    try ledger.renegotiate(PromiseID("GHOST-\(round)"), with: StandardPromise(
                        promiseID: PromiseID("R-\(round)"), customerID: customer, amount: Money(minorUnits: 5, currency: .cny),
                        promisedDate: Self.base, madeOn: Self.base, collectorID: "K"))
                case 2:
                    guard let (payment, target) = p.payments.randomElement(using: &rng) else { continue }
                    try ledger.recordPayment(Payment(id: payment.id, customerID: payment.customerID,
                                                     amount: Money(minorUnits: payment.amount.minorUnits + 1, currency: .cny),
                                                     date: payment.date), toward: target)
                case 3:
                    try ledger.cancelPromise(PromiseID("NOPE-\(round)"), on: Self.base)
                case 4:
                    try ledger.record(StandardPromise(promiseID: existing.promiseID, customerID: existing.customerID,
                                                     amount: Money(minorUnits: existing.amount.minorUnits + 1, currency: .cny),
                                                     promisedDate: existing.promisedDate, madeOn: existing.madeOn,
                                                     collectorID: existing.collectorID))
                default:
                    try ledger.recordPayment(Payment(id: PaymentID("T-\(round)"), customerID: "OTHER", amount: Money(minorUnits: 1, currency: .cny),
                                                     date: Self.base), toward: existing.promiseID)
                }
                Issue.record("round \(round) was accepted")
            } catch {
                #expect(ledger == before, "round \(round): \(error)")
            }
        }
        #expect(try ledger.jsonSnapshot() == snapshot)
    }
}
