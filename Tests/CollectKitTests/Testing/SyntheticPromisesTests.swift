import Testing
import CollectKitTesting
@testable import CollectKit

/// The benchmark generator: deterministic, and every record it makes is one the ledger accepts.
@Suite struct SyntheticPromisesTests {
    static let asOf = CalendarDate(daysSinceEpoch: 20_784)

    @Test func sameSeedGivesSameRecords() {
        let first = SyntheticPromises(seed: 9, customerCount: 50, promiseCount: 200, paymentCount: 100, asOf: Self.asOf)
        let second = SyntheticPromises(seed: 9, customerCount: 50, promiseCount: 200, paymentCount: 100, asOf: Self.asOf)
        let other = SyntheticPromises(seed: 10, customerCount: 50, promiseCount: 200, paymentCount: 100, asOf: Self.asOf)
        #expect(first.promises == second.promises)
        #expect(first.payments == second.payments)
        #expect(first.paymentTargets == second.paymentTargets)
        #expect(first.promises != other.promises)
    }

    @Test func ledgerAcceptsEveryRecordAndDatesStayInRange() {
        let records = SyntheticPromises(seed: 4, customerCount: 100, promiseCount: 1_000, paymentCount: 500, asOf: Self.asOf)
        #expect(records.promises.count == 1_000)
        #expect(records.payments.count == 500)
        let ledger = records.ledger()
        #expect(ledger.promiseCount == 1_000)
        #expect(ledger.paymentCount == 500)
        #expect(ledger.customerCount <= 100)
        #expect(records.payments.allSatisfy { $0.date <= Self.asOf })
        #expect(records.promises.allSatisfy { $0.madeOn <= Self.asOf && $0.madeOn >= Self.asOf.adding(days: -89) })
        let targeted = records.paymentTargets.compactMap { $0 }.count
        #expect(targeted > 100 && targeted < 250) // about a third
        for (payment, target) in zip(records.payments, records.paymentTargets) {
            guard let target else { continue }
            #expect(ledger.promise(target)?.customerID == payment.customerID)
        }
    }

    @Test func evaluationReportsEveryKindOfOutcome() {
        var ledger = SyntheticPromises(seed: 4, customerCount: 100, promiseCount: 1_000, paymentCount: 500, asOf: Self.asOf).ledger()
        let kinds = Set(ledger.evaluate(asOf: Self.asOf).map(\.kind))
        #expect(kinds == [.becameDue, .kept, .partiallyKept, .broken])
    }
}
