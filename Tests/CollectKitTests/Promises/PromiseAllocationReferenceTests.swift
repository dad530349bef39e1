import Testing
import CollectKitTesting
@testable import CollectKit

/// The promise allocation rule written out plainly, from its documentation and sharing no
/// code with the ledger's allocation core (which sorts positions in place in buffers, walks
/// two passes from a cursor and remembers the first unpaid promise): the fast path must give
/// the same money and statuses on seeded ledgers with renegotiations, cancellations,
/// targeted, late and early payments.
@Suite struct PromiseAllocationReferenceTests {
    /// One promise as the reference sees it.
    struct Promised {
        var promise: StandardPromise
        var cancelledOn: CalendarDate?
        var replacedOn: CalendarDate?
        var paid: Int64 = 0
        var paidByDeadline: Int64 = 0
    }

    /// The rule, per customer: payments dated by `asOf`, in order of date, those naming a
    /// promise first, then by id. Each goes first to the promise it names if that promise is
    /// live on the payment's day (made by then, neither cancelled nor replaced by then), up
    /// to what that promise still lacks; then to the customer's other live promises whose
    /// deadline (promised date plus grace) has not passed on that day, earliest promised
    /// date first (then day made, then id); then to live promises already past their
    /// deadline, in the same order. Money counts toward the deadline when paid on or before it.
    static func reference(promises: [Promised], payments: [(Payment, PromiseID?)], policy: PromisePolicy,
                          asOf: CalendarDate) -> [PromiseID: Promised] {
        var byID: [PromiseID: Promised] = [:]
        for promise in promises { byID[promise.promise.promiseID] = promise }
        let order = promises.map(\.promise).sorted { ($0.promisedDate, $0.madeOn, $0.promiseID) < ($1.promisedDate, $1.madeOn, $1.promiseID) }.map(\.promiseID)
        func isLive(_ p: Promised, on day: CalendarDate) -> Bool {
            p.promise.madeOn <= day && (p.cancelledOn.map { $0 > day } ?? true) && (p.replacedOn.map { $0 > day } ?? true)
        }
        func deadline(_ p: Promised) -> CalendarDate { p.promise.promisedDate.adding(days: policy.graceDays) }
        func pay(_ id: PromiseID, _ money: inout Int64, on day: CalendarDate) {
            guard var p = byID[id] else { return }
            let take = min(money, p.promise.amount.minorUnits - p.paid)
            guard take > 0 else { return }
            money -= take
            p.paid += take
            if day <= deadline(p) { p.paidByDeadline += take }
            byID[id] = p
        }
        let due = payments.filter { $0.0.date <= asOf }.sorted { l, r in
            if l.0.date != r.0.date { return l.0.date < r.0.date }
            if (l.1 != nil) != (r.1 != nil) { return l.1 != nil }
            return l.0.id < r.0.id
        }
        for (payment, target) in due {
            var money = payment.amount.minorUnits
            let day = payment.date
            if let target, let p = byID[target], isLive(p, on: day) { pay(target, &money, on: day) }
            for overdue in [false, true] {
                for id in order where money > 0 {
                    guard let p = byID[id], isLive(p, on: day), (deadline(p) < day) == overdue else { continue }
                    pay(id, &money, on: day)
                }
            }
        }
        return byID
    }

    /// The status the documentation gives for a promise with this money on `asOf`.
    static func status(_ p: Promised, policy: PromisePolicy, asOf: CalendarDate) -> PromiseStatus? {
        guard p.promise.madeOn <= asOf else { return nil }
        if let cancelled = p.cancelledOn, cancelled <= asOf { return .cancelled }
        if let replaced = p.replacedOn, replaced <= asOf { return .renegotiated }
        let amount = p.promise.amount.minorUnits
        func reaches(_ paid: Int64) -> Bool { paid * 10_000 >= amount * Int64(policy.keptThresholdBasisPoints) }
        if asOf <= p.promise.promisedDate.adding(days: policy.graceDays) {
            if reaches(p.paid) { return .kept }
            return asOf == p.promise.promisedDate ? .dueToday : .open
        }
        if reaches(p.paidByDeadline) { return .kept }
        if p.paidByDeadline > 0 { return .partiallyKept(fulfilledBasisPoints: Int(p.paidByDeadline * 10_000 / amount)) }
        return .broken
    }

    @Test(arguments: [11, 12, 13, 14, 15, 16] as [UInt64])
    func theFastPathMatchesThePlainRule(seed: UInt64) throws {
        let portfolio = try PromiseLedgerPropertyTests.portfolio(seed: seed)
        let policy = try PromisePolicy(graceDays: Int(seed % 3), keptThresholdBasisPoints: seed % 2 == 0 ? 10_000 : 9_500)
        var ledger = CollectionLedger(policy: policy)
        for promise in portfolio.promises { try ledger.record(promise) }
        for (payment, target) in portfolio.payments { try ledger.record(payment, toward: target) }
        for (id, date) in portfolio.cancellations { try ledger.cancelPromise(id, on: date) }
        #expect(portfolio.payments.contains { $0.1 != nil } && !portfolio.cancellations.isEmpty)
        #expect(portfolio.promises.contains { $0.replaces != nil })

        var promised: [PromiseID: Promised] = [:]
        for promise in portfolio.promises { promised[promise.promiseID] = Promised(promise: promise) }
        for promise in portfolio.promises {
            if let original = promise.replaces { promised[original]?.replacedOn = promise.madeOn }
        }
        for (id, date) in portfolio.cancellations { promised[id]?.cancelledOn = date }
        var checked = 0
        for offset in stride(from: 0, through: 120, by: 3) {
            let asOf = PromiseLedgerPropertyTests.base.adding(days: offset)
            let fast = ledger.statuses(asOf: asOf)
            for customer in Set(portfolio.promises.map(\.customerID)) {
                let own = portfolio.promises.filter { $0.customerID == customer }.compactMap { promised[$0.promiseID] }
                let expected = Self.reference(promises: own, payments: portfolio.payments.filter { $0.0.customerID == customer },
                                              policy: policy, asOf: asOf)
                for (id, p) in expected {
                    #expect(fast[id] == Self.status(p, policy: policy, asOf: asOf), "\(id) on day \(offset)")
                    if let state = ledger.state(of: id, asOf: asOf) {
                        #expect(state.paid.minorUnits == p.paid, "\(id) paid on day \(offset)")
                        #expect(state.paidByDeadline.minorUnits == p.paidByDeadline, "\(id) paid by deadline on day \(offset)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 500)
    }
}
