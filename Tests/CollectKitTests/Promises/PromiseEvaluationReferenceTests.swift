import Testing
import CollectKitTesting
@testable import CollectKit

/// `evaluate(asOf:)` on seeded ledgers against a naive reference built from
/// `statuses(asOf:)`: every event, its fields and the order of the whole list, on the first
/// evaluation and on later ones (with customers added in between, so the remembered customer
/// order is extended, not rebuilt).
@Suite struct PromiseEvaluationReferenceTests {
    static let asOf = CalendarDate(daysSinceEpoch: 20_784)

    /// What the reference remembers between evaluations: the last phase seen per promise.
    struct Reference {
        enum Phase: Equatable { case open, due, kept, partiallyKept, broken, withdrawn }
        var reported: [PromiseID: Phase] = [:]

        /// The events a promise ledger should report on `asOf`, computed the slow way: every
        /// promise's status from `statuses(asOf:)`, compared with the phase reported before,
        /// sorted by customer id, promised date, day made and promise id.
        mutating func events(of ledger: PromiseLedger, asOf: CalendarDate) -> [PromiseEvent] {
            let statuses = ledger.statuses(asOf: asOf)
            var changed: [(StandardPromise, PromiseEvent.Kind, PromiseStatus)] = []
            for customer in ledger.customerIDs {
                for promise in ledger.promises(of: customer) {
                    guard let status = statuses[promise.promiseID] else { continue }
                    let phase: Phase
                    let kind: PromiseEvent.Kind?
                    switch status {
                    case .open where asOf > promise.promisedDate, .dueToday: (phase, kind) = (.due, .becameDue)
                    case .open: (phase, kind) = (.open, nil)
                    case .kept: (phase, kind) = (.kept, .kept)
                    case .partiallyKept: (phase, kind) = (.partiallyKept, .partiallyKept)
                    case .broken: (phase, kind) = (.broken, .broken)
                    case .renegotiated, .cancelled: (phase, kind) = (.withdrawn, nil)
                    }
                    guard reported[promise.promiseID] != phase else { continue }
                    reported[promise.promiseID] = phase
                    if let kind { changed.append((promise, kind, status)) }
                }
            }
            changed.sort { l, r in
                let a = l.0, b = r.0
                if a.customerID != b.customerID { return a.customerID < b.customerID }
                if a.promisedDate != b.promisedDate { return a.promisedDate < b.promisedDate }
                if a.madeOn != b.madeOn { return a.madeOn < b.madeOn }
                return a.promiseID < b.promiseID
            }
            return changed.map { promise, kind, status in
                PromiseEvent(kind: kind, promiseID: promise.promiseID, customerID: promise.customerID,
                             collectorID: promise.collectorID, asOf: asOf, status: status)
            }
        }
    }

    /// The synthetic records with customer ids rewritten, so ids that share long prefixes or
    /// are not ASCII go through the same comparison as plain ones.
    static func renamed(_ records: SyntheticPromises, _ name: (CustomerID) -> CustomerID) throws -> ([StandardPromise], [(Payment, PromiseID?)]) {
        let promises = try records.promises.map { p in
            try StandardPromise(promiseID: p.promiseID, customerID: name(p.customerID), amount: p.amount, promisedDate: p.promisedDate,
                               madeOn: p.madeOn, collectorID: p.collectorID)
        }
        let payments = try zip(records.payments, records.paymentTargets).map { payment, target in
            (try Payment(id: payment.id, customerID: name(payment.customerID), amount: payment.amount, date: payment.date), target)
        }
        return (promises, payments)
    }

    @Test(arguments: [3, 17, 2026] as [UInt64])
    func firstAndLaterEvaluationsMatchTheReference(seed: UInt64) throws {
        let records = SyntheticPromises(seed: seed, customerCount: 400, promiseCount: 1_600, paymentCount: 900, asOf: Self.asOf)
        var ledger = records.ledger()
        var reference = Reference()
        let first = ledger.evaluate(asOf: Self.asOf.adding(days: -10))
        #expect(first.count > 500)
        #expect(first == reference.events(of: ledger, asOf: Self.asOf.adding(days: -10)))
        for offset in [-3, 0, 0, 4, 40] {
            let day = Self.asOf.adding(days: offset)
            #expect(ledger.evaluate(asOf: day) == reference.events(of: ledger, asOf: day), "day \(offset)")
        }
    }

    @Test(arguments: [5, 6] as [UInt64])
    func customersAddedBetweenEvaluationsKeepTheOrder(seed: UInt64) throws {
        let records = SyntheticPromises(seed: seed, customerCount: 300, promiseCount: 900, paymentCount: 500, asOf: Self.asOf)
        // Long shared prefixes, non-ASCII ids and ids that are prefixes of each other.
        let (promises, payments) = try Self.renamed(records) { id in
            switch id.rawValue.utf8.count % 3 {
            case 0: CustomerID("CUSTOMER-LONG-PREFIX-" + id.rawValue)
            case 1: CustomerID("客户-" + id.rawValue)
            default: id
            }
        }
        var ledger = PromiseLedger()
        var reference = Reference()
        let half = promises.count / 2
        for promise in promises[..<half] { try ledger.record(promise) }
        let early = Self.asOf.adding(days: -20)
        let firstEvents = ledger.evaluate(asOf: early)
        #expect(!firstEvents.isEmpty)
        #expect(firstEvents == reference.events(of: ledger, asOf: early))
        for promise in promises[half...] { try ledger.record(promise) }
        for (payment, target) in payments { try ledger.recordPayment(payment, toward: target) }
        #expect(ledger.evaluate(asOf: Self.asOf) == reference.events(of: ledger, asOf: Self.asOf))
    }

    @Test(arguments: [1, 42] as [UInt64])
    func cancelledAndRenegotiatedPromisesMatchTheReference(seed: UInt64) throws {
        let portfolio = try PromiseLedgerPropertyTests.portfolio(seed: seed)
        var ledger = try PromiseLedgerPropertyTests.ledger(portfolio, reversedPayments: true)
        var reference = Reference()
        var reported = 0
        for offset in stride(from: 0, through: 100, by: 9) {
            let day = PromiseLedgerPropertyTests.base.adding(days: offset)
            let events = ledger.evaluate(asOf: day)
            reported += events.count
            #expect(events == reference.events(of: ledger, asOf: day), "day \(offset)")
        }
        #expect(reported > 10)
    }
}
