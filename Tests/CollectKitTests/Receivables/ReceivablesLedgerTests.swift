import CollectKit
import CollectKitTesting
import Foundation
import Testing

@Suite("Receivables ledger: recording and balances")
struct ReceivablesLedgerTests {
    typealias F = Fixture

    /// 华盛 owes three invoices: A (due 03-01), B (due 02-01, the oldest by due date), C (due 04-01).
    func huashengLedger() throws -> ReceivablesLedger {
        try ReceivablesLedger(receivables: [
            F.invoice("A", "C1", F.cny(100_000), issued: "2026-01-01", due: "2026-03-01"),
            F.invoice("B", "C1", F.cny(50_000), issued: "2026-01-02", due: "2026-02-01"),
            F.invoice("C", "C1", F.cny(80_000), issued: "2026-02-01", due: "2026-04-01"),
            F.invoice("X", "C2", F.cny(30_000), issued: "2026-01-05", due: "2026-02-04"),
        ], payments: [])
    }

    @Test func unallocatedPaymentsSettleTheOldestDueFirst() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(120_000), on: "2026-03-05"))
        let balances = ledger.balances(asOf: try F.day("2026-03-31"))
        #expect(balances.outstanding("B") == F.cny(0))
        #expect(balances.outstanding("A") == F.cny(30_000))
        #expect(balances.outstanding("C") == F.cny(80_000))
        #expect(balances.outstanding(for: "C1") == [.cny: F.cny(110_000)])
        #expect(balances.outstanding(for: "C2") == [.cny: F.cny(30_000)])
        #expect(balances.portfolioOutstanding == [.cny: F.cny(140_000)])
        #expect(balances.applications.first?.settlements.map(\.receivableID) == ["B", "A"])
    }

    @Test func explicitAllocationsComeFirstThenOldest() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(90_000), on: "2026-03-05", allocations: [("C", F.cny(60_000))]))
        let balances = ledger.balances(asOf: try F.day("2026-03-31"))
        #expect(balances.outstanding("C") == F.cny(20_000))
        #expect(balances.outstanding("B") == F.cny(20_000))
        #expect(balances.outstanding("A") == F.cny(100_000))
        let application = try #require(balances.applications.first)
        #expect(application.settlements == [
            Payment.Allocation(receivableID: "C", amount: F.cny(60_000)),
            Payment.Allocation(receivableID: "B", amount: F.cny(30_000)),
        ])
        #expect(application.credit == F.cny(0))
    }

    @Test func anAllocationBeyondWhatIsOpenFlowsToTheOldest() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(50_000), on: "2026-03-01", allocations: [("C", F.cny(30_000))]))
        try ledger.record(F.payment("P2", "C1", F.cny(60_000), on: "2026-03-02", allocations: [("C", F.cny(60_000))]))
        let balances = ledger.balances(asOf: try F.day("2026-03-02"))
        // P1: 30 000 to C, 20 000 to B. P2: C has 50 000 open, the other 10 000 goes to B.
        #expect(balances.outstanding("C") == F.cny(0))
        #expect(balances.outstanding("B") == F.cny(20_000))
        #expect(balances.outstanding("A") == F.cny(100_000))
    }

    @Test func tiesAreBrokenByIssueDateThenID() throws {
        var ledger = try ReceivablesLedger(receivables: [
            F.invoice("R-2", "C1", F.cny(10), issued: "2026-01-01", due: "2026-02-01"),
            F.invoice("R-1", "C1", F.cny(10), issued: "2026-01-01", due: "2026-02-01"),
            F.invoice("R-0", "C1", F.cny(10), issued: "2026-01-02", due: "2026-02-01"),
        ], payments: [])
        try ledger.record(F.payment("P", "C1", F.cny(25), on: "2026-02-10"))
        let balances = ledger.balances(asOf: try F.day("2026-02-10"))
        #expect(balances.applications.first?.settlements.map(\.receivableID) == ["R-1", "R-2", "R-0"])
        #expect(balances.outstanding("R-0") == F.cny(5))
    }

    @Test func overpaymentIsKeptAsCreditAndLaterInvoicesUseIt() throws {
        var ledger = try ReceivablesLedger(
            receivables: [F.invoice("A", "C1", F.cny(1_500), issued: "2026-01-01", due: "2026-01-31")],
            payments: [F.payment("P", "C1", F.cny(2_000), on: "2026-01-20")])
        let january = ledger.balances(asOf: try F.day("2026-01-31"))
        #expect(january.credit(for: "C1") == [.cny: F.cny(500)])
        #expect(january.portfolioCredit == [.cny: F.cny(500)])
        #expect(january.outstanding("A") == F.cny(0))
        let application = try #require(january.applications.first)
        #expect(application.appliedTotal.minorUnits + application.credit.minorUnits == application.amount.minorUnits)

        try ledger.record(F.invoice("B", "C1", F.cny(800), issued: "2026-02-10", due: "2026-03-12"))
        let february = ledger.balances(asOf: try F.day("2026-02-28"))
        #expect(february.credit(for: "C1").isEmpty)
        #expect(february.outstanding("B") == F.cny(300))
    }

    @Test func onlyRecordsDatedByAsOfCount() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(50_000), on: "2026-03-05"))
        let before = ledger.balances(asOf: try F.day("2026-01-31"))
        #expect(before.outstanding("B") == F.cny(50_000))
        #expect(before.outstanding("C") == nil) // issued 2026-02-01
        #expect(before.applications.isEmpty)
        #expect(before.outstanding(for: "C1") == [.cny: F.cny(150_000)])
        let onTheDay = ledger.balances(asOf: try F.day("2026-03-05"))
        #expect(onTheDay.outstanding("B") == F.cny(0))
    }

    @Test func customersOweInEachCurrencySeparately() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.invoice("U", "C1", F.usd(2_000), issued: "2026-01-10", due: "2026-01-20"))
        try ledger.record(F.payment("PU", "C1", F.usd(500), on: "2026-02-01"))
        let balances = ledger.balances(asOf: try F.day("2026-03-31"))
        #expect(balances.outstanding(for: "C1") == [.cny: F.cny(230_000), .usd: F.usd(1_500)])
        #expect(balances.portfolioOutstanding == [.cny: F.cny(260_000), .usd: F.usd(1_500)])
        #expect(balances.customerIDs == ["C1", "C2"])
    }

    @Test func recordingTheSameRecordTwiceIsANoOp() throws {
        var ledger = try huashengLedger()
        let payment = try F.payment("P1", "C1", F.cny(10), on: "2026-03-05")
        try ledger.record(payment)
        let snapshot = ledger
        try ledger.record(payment)
        try ledger.record(F.invoice("A", "C1", F.cny(100_000), issued: "2026-01-01", due: "2026-03-01"))
        #expect(ledger == snapshot)
        #expect(ledger.receivables.count == 4)
        #expect(ledger.payments.count == 1)
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

    @Test func aPaymentInAnotherCurrencyThanItsReceivableIsRejected() throws {
        var ledger = try huashengLedger()
        let snapshot = ledger
        let error = #expect(throws: CollectKitError.self) {
            try ledger.record(F.payment("P1", "C1", F.usd(100), on: "2026-03-05", allocations: [("A", F.usd(100))]))
        }
        #expect(error?.kind == .currencyMismatch)
        #expect(error?.field == "payment[P1].allocations[A]")
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
        var ledger = ReceivablesLedger()
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

    @Test func codableRoundTripKeepsEveryRecord() throws {
        var ledger = try huashengLedger()
        try ledger.record(F.payment("P1", "C1", F.cny(90_000), on: "2026-03-05", allocations: [("C", F.cny(60_000))]))
        let data = try JSONEncoder().encode(ledger)
        let decoded = try JSONDecoder().decode(ReceivablesLedger.self, from: data)
        #expect(decoded == ledger)
        #expect(decoded.balances(asOf: try F.day("2026-12-31")) == ledger.balances(asOf: try F.day("2026-12-31")))
    }

    @Test(arguments: [UInt64(1), 7, 2026])
    func paymentsEqualSettlementsPlusCreditExactly(seed: UInt64) throws {
        let asOf = try F.day("2026-11-27")
        let ledger = SyntheticPortfolio(seed: seed, customerCount: 150, receivableCount: 900, asOf: asOf).ledger()
        #expect(ledger.payments.count > 100)
        for date in [asOf.adding(days: -200), asOf, asOf.adding(days: 120)] {
            let balances = ledger.balances(asOf: date)
            var received: [Currency: Int64] = [:], settled: [Currency: Int64] = [:], credit: [Currency: Int64] = [:]
            for application in balances.applications {
                #expect(application.appliedTotal.minorUnits + application.credit.minorUnits == application.amount.minorUnits)
                received[application.amount.currency, default: 0] += application.amount.minorUnits
                settled[application.amount.currency, default: 0] += application.appliedTotal.minorUnits
                credit[application.amount.currency, default: 0] += application.credit.minorUnits
            }
            let expectedCount = ledger.payments.filter { $0.date <= date }.count
            #expect(balances.applications.count == expectedCount)
            var billed: [Currency: Int64] = [:]
            for line in balances.lines {
                billed[line.receivable.amount.currency, default: 0] += line.receivable.amount.minorUnits
                #expect(line.outstanding.minorUnits >= 0 && line.outstanding.minorUnits <= line.receivable.amount.minorUnits)
            }
            for (currency, total) in billed {
                #expect(balances.portfolioOutstanding[currency]?.minorUnits == total - (settled[currency] ?? 0))
            }
            for (currency, total) in received {
                #expect(total == (settled[currency] ?? 0) + (credit[currency] ?? 0))
                #expect((balances.portfolioCredit[currency]?.minorUnits ?? 0) == (credit[currency] ?? 0))
            }
        }
    }
}
