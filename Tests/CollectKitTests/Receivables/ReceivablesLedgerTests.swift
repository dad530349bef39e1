import CollectKitTesting
import Foundation
import Testing
@testable import CollectKit

@Suite("Receivables: recording, applications and balances")
struct ReceivablesLedgerTests {
    typealias F = Fixture

    func ledger(_ receivables: [Receivable], _ payments: [Payment] = []) throws -> CollectionLedger {
        var ledger = CollectionLedger()
        for receivable in receivables { try ledger.record(receivable) }
        for payment in payments { try ledger.record(payment) }
        return ledger
    }

    /// 华盛 owes three invoices: A (due 03-01), B (due 02-01, the oldest by due date), C (due 04-01).
    func huashengLedger() throws -> CollectionLedger {
        try ledger([
            F.invoice("A", "C1", F.cny(100_000), issued: "2026-01-01", due: "2026-03-01"),
            F.invoice("B", "C1", F.cny(50_000), issued: "2026-01-02", due: "2026-02-01"),
            F.invoice("C", "C1", F.cny(80_000), issued: "2026-02-01", due: "2026-04-01"),
            F.invoice("X", "C2", F.cny(30_000), issued: "2026-01-05", due: "2026-02-04"),
        ])
    }

    @Test func unallocatedPaymentsSettleTheOldestDueFirst() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(120_000), on: "2026-03-05"))
        let asOf = try F.day("2026-03-31")
        #expect(ledger.outstanding("B", asOf: asOf) == F.cny(0))
        #expect(ledger.outstanding("A", asOf: asOf) == F.cny(30_000))
        #expect(ledger.outstanding("C", asOf: asOf) == F.cny(80_000))
        #expect(ledger.outstanding(for: "C1", asOf: asOf) == F.cny(110_000))
        #expect(ledger.outstanding(for: "C2", asOf: asOf) == F.cny(30_000))
        #expect(ledger.outstandingByCurrency(asOf: asOf) == [14_000_000])
        #expect(ledger.settlements(of: "P1").map(\.receivableID) == ["B", "A"])
    }

    @Test func explicitAllocationsComeFirstThenOldest() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(90_000), on: "2026-03-05", allocations: [("C", F.cny(60_000))]))
        let asOf = try F.day("2026-03-31")
        #expect(ledger.outstanding("C", asOf: asOf) == F.cny(20_000))
        #expect(ledger.outstanding("B", asOf: asOf) == F.cny(20_000))
        #expect(ledger.outstanding("A", asOf: asOf) == F.cny(100_000))
        #expect(ledger.settlements(of: "P1") == [
            Payment.Allocation(receivableID: "C", amount: F.cny(60_000)),
            Payment.Allocation(receivableID: "B", amount: F.cny(30_000)),
        ])
        #expect(ledger.credit(for: "C1", asOf: asOf) == F.cny(0))
    }

    @Test func anAllocationBeyondWhatIsOpenFlowsToTheOldest() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(50_000), on: "2026-03-01", allocations: [("C", F.cny(30_000))]))
        try ledger.record(F.payment("P2", "C1", F.cny(60_000), on: "2026-03-02", allocations: [("C", F.cny(60_000))]))
        let asOf = try F.day("2026-03-02")
        // P1: 30 000 to C, 20 000 to B. P2: C has 50 000 open, the other 10 000 goes to B.
        #expect(ledger.outstanding("C", asOf: asOf) == F.cny(0))
        #expect(ledger.outstanding("B", asOf: asOf) == F.cny(20_000))
        #expect(ledger.outstanding("A", asOf: asOf) == F.cny(100_000))
    }

    @Test func tiesAreBrokenByIssueDateThenBillingOrder() throws {
        var ledger = try ledger([
            F.invoice("R-2", "C1", F.cny(10), issued: "2026-01-01", due: "2026-02-01"),
            F.invoice("R-1", "C1", F.cny(10), issued: "2026-01-01", due: "2026-02-01"),
            F.invoice("R-0", "C1", F.cny(10), issued: "2026-01-02", due: "2026-02-01"),
        ])
        try ledger.record(F.payment("P", "C1", F.cny(25), on: "2026-02-10"))
        #expect(ledger.settlements(of: "P").map(\.receivableID) == ["R-2", "R-1", "R-0"])
        #expect(ledger.outstanding("R-0", asOf: try F.day("2026-02-10")) == F.cny(5))
    }

    @Test func overpaymentIsUnappliedCashThatLaterInvoicesTake() throws {
        var ledger = try ledger([F.invoice("A", "C1", F.cny(1_500), issued: "2026-01-01", due: "2026-01-31")],
                                [F.payment("P", "C1", F.cny(2_000), on: "2026-01-20")])
        let january = try F.day("2026-01-31")
        #expect(ledger.credit(for: "C1", asOf: january) == F.cny(500))
        #expect(ledger.outstanding("A", asOf: january) == F.cny(0))
        #expect(ledger.customers[0].unapplied == 50_000)

        try ledger.record(F.invoice("B", "C1", F.cny(800), issued: "2026-02-10", due: "2026-03-12"))
        let february = try F.day("2026-02-28")
        #expect(ledger.credit(for: "C1", asOf: february) == F.cny(0))
        #expect(ledger.outstanding("B", asOf: february) == F.cny(300))
        // The cash was applied when B was issued, not before: on 02-09 it was still unapplied.
        #expect(ledger.credit(for: "C1", asOf: try F.day("2026-02-09")) == F.cny(500))
        #expect(ledger.settlements(of: "P").map(\.receivableID) == ["A", "B"])
    }

    @Test func onlyRecordsDatedByAsOfCount() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(50_000), on: "2026-03-05"))
        let before = try F.day("2026-01-31")
        #expect(ledger.outstanding("B", asOf: before) == F.cny(50_000))
        #expect(ledger.outstanding("C", asOf: before) == nil) // issued 2026-02-01
        #expect(ledger.outstanding(for: "C1", asOf: before) == F.cny(150_000))
        #expect(ledger.outstanding("B", asOf: try F.day("2026-03-05")) == F.cny(0))
    }

    @Test func aSecondCurrencyForACustomerIsRejected() throws {
        var ledger = try huashengLedger()
        let snapshot = ledger
        let error = #expect(throws: CollectKitError.self) {
            try ledger.record(F.invoice("U", "C1", F.usd(2_000), issued: "2026-01-10", due: "2026-01-20"))
        }
        #expect(error?.kind == .currencyMismatch)
        #expect(error?.field == "receivable[U].amount")
        #expect(error?.value == "USD")
        #expect(ledger == snapshot)
        // Another customer may deal in dollars.
        try ledger.record(F.invoice("U", "C3", F.usd(2_000), issued: "2026-01-10", due: "2026-01-20"))
        try ledger.record(F.payment("PU", "C3", F.usd(500), on: "2026-02-01"))
        let asOf = try F.day("2026-03-31")
        #expect(ledger.outstanding(for: "C3", asOf: asOf) == F.usd(1_500))
        #expect(ledger.aging(asOf: asOf).currencies.map(\.currency) == [.cny, .usd])
    }

    @Test func recordingTheSameRecordTwiceChangesNothing() throws {
        var ledger = try huashengLedger()
        let payment = try F.payment("P1", "C1", F.cny(10), on: "2026-03-05")
        #expect(try ledger.record(payment) != nil)
        let snapshot = ledger
        #expect(try ledger.record(payment) == nil)
        #expect(try ledger.record(F.invoice("A", "C1", F.cny(100_000), issued: "2026-01-01", due: "2026-03-01")) == nil)
        #expect(ledger == snapshot)
        #expect(ledger.receivableCount == 4)
        #expect(ledger.paymentCount == 1)
    }

    @Test func aDuplicateIDWithOtherContentIsRejectedAndChangesNothing() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(10), on: "2026-03-05"))
        let snapshot = ledger
        let receivableError = #expect(throws: CollectKitError.self) {
            try ledger.record(F.invoice("A", "C1", F.cny(100_001), issued: "2026-01-01", due: "2026-03-01"))
        }
        #expect(receivableError?.kind == .duplicateIdentifier)
        #expect(receivableError?.value == "A")
        let paymentError = #expect(throws: CollectKitError.self) {
            try ledger.record(F.payment("P1", "C1", F.cny(11), on: "2026-03-05"))
        }
        #expect(paymentError?.kind == .duplicateIdentifier)
        #expect(paymentError?.value == "P1")
        #expect(ledger == snapshot)
    }

    @Test func allocationsToUnknownOrForeignReceivablesAreRejected() throws {
        var ledger = try huashengLedger()
        let snapshot = ledger
        let unknown = #expect(throws: CollectKitError.self) {
            try ledger.record(F.payment("P1", "C1", F.cny(100), on: "2026-03-05", allocations: [("NOPE", F.cny(100))]))
        }
        #expect(unknown?.kind == .unknownReference)
        #expect(unknown?.value == "NOPE")
        let foreign = #expect(throws: CollectKitError.self) {
            try ledger.record(F.payment("P2", "C1", F.cny(100), on: "2026-03-05", allocations: [("X", F.cny(100))]))
        }
        #expect(foreign?.kind == .unknownReference)
        #expect(foreign?.value == "X")
        #expect(ledger == snapshot)
    }

    @Test func anOverflowingTotalIsRejected() throws {
        var ledger = CollectionLedger()
        let huge = Money(minorUnits: .max - 10, currency: .cny)
        try ledger.record(Receivable(id: "H1", customerID: "C1", amount: huge,
                                     issueDate: F.day("2026-01-01"), dueDate: F.day("2026-01-01")))
        let snapshot = ledger
        let error = #expect(throws: CollectKitError.self) {
            try ledger.record(F.invoice("H2", "C2", F.cny(1), issued: "2026-01-01", due: "2026-01-01"))
        }
        #expect(error?.kind == .overflow)
        #expect(ledger == snapshot)
    }

    /// Seeded tenants recorded into the ledger and into the plain reference give the same
    /// open amounts, unapplied cash and aging on days before, between and after the records.
    @Test(arguments: [UInt64(1), 7, 2026])
    func theLedgerAgreesWithThePlainReference(seed: UInt64) throws {
        let asOf = try F.day("2026-11-27")
        let tenant = SyntheticPortfolio(seed: seed, customerCount: 150, receivableCount: 900, promiseCount: 200,
                                        paymentCount: 500, asOf: asOf)
        var ledger = CollectionLedger()
        var reference = ReferenceReceivables()
        // Interleave receivables and payments so unapplied cash meets later invoices.
        var random = SeededRandomNumberGenerator(seed: seed)
        var changes = tenant.allChanges
        changes.shuffle(using: &random)
        for change in changes {
            switch change {
            case .receivable(let receivable):
                try ledger.record(receivable)
                reference.record(receivable)
            case .payment(let payment, _):
                guard payment.allocations.allSatisfy({ ledger.receivableRow($0.receivableID) != nil }) else { continue }
                try ledger.record(payment)
                reference.record(payment)
            default:
                continue
            }
        }
        #expect(ledger.paymentCount > 300)
        #expect(ledger.customers.contains { $0.unapplied > 0 })
        for date in [asOf.adding(days: -400), asOf.adding(days: -200), asOf.adding(days: -30), asOf, asOf.adding(days: 120)] {
            let expected = reference.open(asOf: date)
            var billedByCustomer: [CustomerID: Int64] = [:]
            for item in reference.items where item.receivable.issueDate <= date {
                #expect(ledger.outstanding(item.receivable.id, asOf: date)?.minorUnits == expected[item.receivable.id])
                billedByCustomer[item.receivable.customerID, default: 0] += expected[item.receivable.id] ?? 0
            }
            for (customer, open) in billedByCustomer { #expect(ledger.outstanding(for: customer, asOf: date)?.minorUnits == open) }
            for index in 0..<150 {
                let customer = SyntheticPortfolio.customerID(index)
                #expect((ledger.credit(for: customer, asOf: date)?.minorUnits ?? 0) == reference.unapplied(customer, asOf: date))
            }
            #expect(ledger.aging(asOf: date) == (try reference.aging(asOf: date)))
        }
    }
}
