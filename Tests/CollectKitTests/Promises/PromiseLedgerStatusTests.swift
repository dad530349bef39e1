import Testing
@testable import CollectKit

@Suite struct PromiseLedgerStatusTests {
    let day = PromiseFixture.day

    /// The article: "好的,我明天就给你办过去" — and nothing arrives.
    @Test func tomorrowPromiseWithNoPaymentIsBroken() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 80_000, by: "2026-03-02", madeOn: "2026-03-01",
                                          words: "好的,我明天就给你办过去"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-02-28")) == nil)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-01")) == .open)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-02")) == .dueToday)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-03")) == .broken)
    }

    @Test func fullPaymentByTheDateIsKeptEvenBeforeIt() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-05"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-04")) == .open)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-05")) == .kept)
        #expect(ledger.status(of: "P-1", asOf: day("2026-04-30")) == .kept)
        let state = try #require(ledger.state(of: "P-1", asOf: day("2026-04-30")))
        #expect(state.paid == PromiseFixture.yuan(1_000))
        #expect(state.fulfilledOn == day("2026-03-05"))
    }

    @Test func halfPaidIsPartiallyKeptWithExactFraction() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 3_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-09"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-11")) == .partiallyKept(fulfilledBasisPoints: 3_333))
    }

    @Test func latePaymentCountsTowardThePromiseButNotItsOutcome() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 500, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 500, on: "2026-03-14"))
        let state = try #require(ledger.state(of: "P-1", asOf: day("2026-03-20")))
        #expect(state.status == .broken)
        #expect(state.paid == PromiseFixture.yuan(500))
        #expect(state.paidByDeadline.isZero)
        #expect(state.fulfilledOn == day("2026-03-14"))
        #expect(try ledger.customerCredit(for: "C-1", asOf: day("2026-03-20")) == PromiseFixture.yuan(0))
    }

    @Test func graceDaysAndNinetyFivePercentThresholdComeFromThePolicy() throws {
        let policy = try PromisePolicy(graceDays: 3, keptThresholdBasisPoints: 9_500)
        var ledger = PromiseLedger(policy: policy)
        try ledger.record(PromiseFixture.promise("P-1", yuan: 10_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("P-2", customer: "C-2", yuan: 10_000, by: "2026-03-10", madeOn: "2026-03-01"))
        // 9 500.00 of 10 000.00 paid within grace: kept at exactly 95%.
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 9_500, on: "2026-03-13"))
        // 9 499.99: one fen short.
        try ledger.recordPayment(Payment(id: "B-2", customerID: "C-2", amount: Money(minorUnits: 949_999, currency: .cny),
                                         date: day("2026-03-12")))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-12")) == .open)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-14")) == .kept)
        #expect(ledger.status(of: "P-2", asOf: day("2026-03-14")) == .partiallyKept(fulfilledBasisPoints: 9_499))
    }

    @Test func invalidPolicyValuesAreTypedErrors() {
        do { _ = try PromisePolicy(keptThresholdBasisPoints: 10_001); Issue.record("no error") } catch {
            #expect(error.kind == .invalidArgument)
            #expect(error.field == "PromisePolicy.keptThresholdBasisPoints")
        }
        #expect(throws: CollectKitError.self) { try PromisePolicy(graceDays: -1) }
        #expect(throws: CollectKitError.self) { try PromisePolicy(credibilityHalfLifeDays: .nan) }
    }

    @Test func paymentsGoToTheEarliestPromisedDateFirst() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("LATE", yuan: 1_000, by: "2026-03-20", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("EARLY", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-02"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_500, on: "2026-03-05"))
        #expect(ledger.state(of: "EARLY", asOf: day("2026-03-05"))?.paid == PromiseFixture.yuan(1_000))
        #expect(ledger.state(of: "LATE", asOf: day("2026-03-05"))?.paid == PromiseFixture.yuan(500))
    }

    @Test func aPaymentNamingItsPromiseGoesThereFirst() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("EARLY", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("LATE", yuan: 1_000, by: "2026-03-20", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_200, on: "2026-03-05"), toward: "LATE")
        #expect(ledger.state(of: "LATE", asOf: day("2026-03-05"))?.paid == PromiseFixture.yuan(1_000))
        #expect(ledger.state(of: "EARLY", asOf: day("2026-03-05"))?.paid == PromiseFixture.yuan(200))
    }

    @Test func overpaymentIsKeptAsCreditNotLost() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_250, on: "2026-03-08"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-08")) == .kept)
        #expect(try ledger.customerCredit(for: "C-1", asOf: day("2026-03-08")) == PromiseFixture.yuan(250))
        #expect(try ledger.totalPaid(by: "C-1", asOf: day("2026-03-08")) == PromiseFixture.yuan(1_250))
    }

    @Test func samePaymentTwiceIsANoOpButDifferentContentIsAnError() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 400, on: "2026-03-08"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 400, on: "2026-03-08"))
        #expect(ledger.paymentCount == 1)
        #expect(ledger.state(of: "P-1", asOf: day("2026-03-09"))?.paid == PromiseFixture.yuan(400))
        let before = ledger
        do {
            try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 401, on: "2026-03-08"))
            Issue.record("no error")
        } catch {
            #expect(error.kind == .duplicateIdentifier)
            #expect(error.value == "B-1")
        }
        #expect(ledger == before)
        // Same money, now aimed at a promise: also different content.
        #expect(throws: CollectKitError.self) { try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 400, on: "2026-03-08"), toward: "P-1") }
        #expect(ledger == before)
    }

    @Test func samePromiseTwiceIsANoOpButDifferentContentIsAnError() throws {
        var ledger = PromiseLedger()
        let promise = try PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01")
        try ledger.record(promise)
        try ledger.record(promise)
        #expect(ledger.promiseCount == 1)
        let before = ledger
        do { try ledger.record(PromiseFixture.promise("P-1", yuan: 999, by: "2026-03-10", madeOn: "2026-03-01")); Issue.record("no error") }
        catch { #expect(error.kind == .duplicateIdentifier) }
        #expect(ledger == before)
    }

    @Test func renegotiationReplacesTheOriginalFromTheDayItWasMade() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 2_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 300, on: "2026-03-04"))
        try ledger.renegotiate("P-1", with: PromiseFixture.promise("P-2", yuan: 1_700, by: "2026-03-25", madeOn: "2026-03-06"))
        try ledger.recordPayment(PromiseFixture.payment("B-2", yuan: 1_700, on: "2026-03-20"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-05")) == .open)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-06")) == .renegotiated)
        #expect(ledger.state(of: "P-1", asOf: day("2026-03-30"))?.paid == PromiseFixture.yuan(300))
        #expect(ledger.status(of: "P-2", asOf: day("2026-03-30")) == .kept)
        #expect(ledger.promise("P-2")?.replaces == "P-1")
        #expect(try ledger.customerCredit(for: "C-1", asOf: day("2026-03-30")) == PromiseFixture.yuan(0))
    }

    @Test func renegotiatingANonexistentPromiseFailsAndChangesNothing() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 2_000, by: "2026-03-10", madeOn: "2026-03-01"))
        let before = ledger
        do {
            try ledger.renegotiate("GHOST", with: PromiseFixture.promise("P-2", yuan: 1_700, by: "2026-03-25", madeOn: "2026-03-06"))
            Issue.record("no error")
        } catch {
            #expect(error.kind == .unknownReference)
            #expect(error.value == "GHOST")
        }
        #expect(ledger == before)
        #expect(ledger.promise("P-2") == nil)
        #expect(ledger.customerIDs == ["C-1"])
    }

    @Test func renegotiatingTwiceOrACancelledPromiseIsRejected() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 2_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.renegotiate("P-1", with: PromiseFixture.promise("P-2", yuan: 2_000, by: "2026-03-25", madeOn: "2026-03-06"))
        let before = ledger
        #expect(throws: CollectKitError.self) {
            try ledger.renegotiate("P-1", with: PromiseFixture.promise("P-3", yuan: 2_000, by: "2026-03-28", madeOn: "2026-03-07"))
        }
        try ledger.record(PromiseFixture.promise("Q-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.cancelPromise("Q-1", on: day("2026-03-02"))
        #expect(throws: CollectKitError.self) {
            try ledger.renegotiate("Q-1", with: PromiseFixture.promise("Q-2", yuan: 100, by: "2026-03-28", madeOn: "2026-03-07"))
        }
        #expect(ledger.promise("P-3") == nil && ledger.promise("Q-2") == nil)
        #expect(before.promiseCount + 1 == ledger.promiseCount)
    }

    @Test func cancelledPromiseTakesNoLaterMoney() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 1_000, by: "2026-03-10", madeOn: "2026-03-01"))
        try ledger.cancelPromise("P-1", on: day("2026-03-03"))
        try ledger.cancelPromise("P-1", on: day("2026-03-03"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-05"))
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-02")) == .open)
        #expect(ledger.status(of: "P-1", asOf: day("2026-03-20")) == .cancelled)
        #expect(try ledger.customerCredit(for: "C-1", asOf: day("2026-03-20")) == PromiseFixture.yuan(1_000))
        let before = ledger
        #expect(throws: CollectKitError.self) { try ledger.cancelPromise("P-1", on: day("2026-03-04")) }
        #expect(throws: CollectKitError.self) { try ledger.cancelPromise("NOPE", on: day("2026-03-04")) }
        #expect(ledger == before)
    }

    @Test func aCurrencyOtherThanTheCustomersIsRejectedAndChangesNothing() throws {
        var ledger = PromiseLedger()
        try ledger.registerReceivable(Receivable(id: "INV-1", customerID: "C-1", amount: PromiseFixture.yuan(5_000),
                                                 issueDate: day("2026-02-01"), dueDate: day("2026-03-01")))
        let before = ledger
        let dollars = try StandardPromise(promiseID: "P-1", customerID: "C-1", amount: Money(minorUnits: 100_00, currency: .usd),
                                         promisedDate: day("2026-03-10"), madeOn: day("2026-03-01"), collectorID: "alice")
        do { try ledger.record(dollars); Issue.record("no error") } catch {
            #expect(error.kind == .currencyMismatch)
            #expect(error.field == "promise[P-1].amount")
            #expect(error.value == "USD")
        }
        #expect(throws: CollectKitError.self) {
            try ledger.recordPayment(Payment(id: "B-1", customerID: "C-1", amount: Money(minorUnits: 1, currency: .usd),
                                             date: day("2026-03-02")))
        }
        #expect(ledger == before)
        // Fixed by a customer's first payment, when it comes before any receivable or promise.
        try ledger.recordPayment(Payment(id: "B-9", customerID: "C-9", amount: Money(minorUnits: 1, currency: .usd), date: day("2026-03-02")))
        #expect(throws: CollectKitError.self) {
            try ledger.record(PromiseFixture.promise("P-9", customer: "C-9", yuan: 1, by: "2026-03-10", madeOn: "2026-03-01"))
        }
        #expect(ledger.currency(of: "C-9") == .usd)
    }

    @Test func coveredReceivableOfAnotherCustomerIsRejected() throws {
        var ledger = PromiseLedger()
        try ledger.registerReceivable(Receivable(id: "INV-1", customerID: "C-2", amount: PromiseFixture.yuan(5_000),
                                                 issueDate: day("2026-02-01"), dueDate: day("2026-03-01")))
        #expect(throws: CollectKitError.self) {
            try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01", covering: ["INV-1"]))
        }
        try ledger.record(PromiseFixture.promise("P-2", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01", covering: ["INV-UNKNOWN"]))
        #expect(ledger.promiseCount == 1)
    }

    @Test func aPaymentForAnUnknownOrForeignPromiseIsRejected() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", customer: "C-2", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01"))
        let before = ledger
        #expect(throws: CollectKitError.self) { try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 100, on: "2026-03-02"), toward: "P-1") }
        #expect(throws: CollectKitError.self) { try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 100, on: "2026-03-02"), toward: "P-404") }
        #expect(ledger == before)
    }
}

@Suite struct PromiseAllocationOrderTests {
    @Test func todaysPromiseTakesTheMoneyBeforeAnOldBrokenOne() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("OLD", yuan: 1_000, by: "2026-03-02", madeOn: "2026-03-01"))
        try ledger.record(PromiseFixture.promise("NEW", yuan: 1_000, by: "2026-03-12", madeOn: "2026-03-10"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_400, on: "2026-03-12"))
        let asOf = PromiseFixture.day("2026-03-20")
        #expect(ledger.status(of: "NEW", asOf: asOf) == .kept)
        #expect(ledger.status(of: "OLD", asOf: asOf) == .broken)
        // The 400 left over settles the old promise late rather than becoming credit.
        #expect(ledger.state(of: "OLD", asOf: asOf)?.paid == PromiseFixture.yuan(400))
        #expect(try ledger.customerCredit(for: "C-1", asOf: asOf) == PromiseFixture.yuan(0))
    }

    @Test func allocationDoesNotDependOnRecordingOrder() throws {
        let promises = [
            try PromiseFixture.promise("A", yuan: 700, by: "2026-03-10", madeOn: "2026-03-01"),
            try PromiseFixture.promise("B", yuan: 700, by: "2026-03-10", madeOn: "2026-03-01"),
            try PromiseFixture.promise("C", yuan: 700, by: "2026-03-15", madeOn: "2026-03-02"),
        ]
        let payments = [
            try PromiseFixture.payment("X", yuan: 500, on: "2026-03-09"),
            try PromiseFixture.payment("Y", yuan: 500, on: "2026-03-09"),
            try PromiseFixture.payment("Z", yuan: 600, on: "2026-03-14"),
        ]
        var forward = PromiseLedger(), backward = PromiseLedger()
        for p in promises { try forward.record(p) }
        for p in payments { try forward.recordPayment(p, toward: p.id == "Y" ? "C" : nil) }
        for p in promises.reversed() { try backward.record(p) }
        for p in payments.reversed() { try backward.recordPayment(p, toward: p.id == "Y" ? "C" : nil) }
        let asOf = PromiseFixture.day("2026-03-20")
        #expect(forward.statuses(asOf: asOf) == backward.statuses(asOf: asOf))
        // 9th: Y (aimed at C) is applied first, then X to A (earliest date, then id).
        // 14th: Z goes to C, still running, then its last 400 to the overdue A and B, late.
        #expect(forward.statuses(asOf: asOf) == ["A": .partiallyKept(fulfilledBasisPoints: 7_142), "B": .broken, "C": .kept])
        #expect(forward.state(of: "B", asOf: asOf)?.paid == PromiseFixture.yuan(200))
    }
}

@Suite struct PromiseLedgerOverflowTests {
    @Test func paymentsWhoseTotalWouldOverflowAreRejectedWhenRecorded() throws {
        var ledger = PromiseLedger()
        let half = Int64.max / 2 + 1
        try ledger.recordPayment(Payment(id: "B-1", customerID: "C-1", amount: Money(minorUnits: half, currency: .cny),
                                         date: PromiseFixture.day("2026-03-01")))
        let before = ledger
        do {
            try ledger.recordPayment(Payment(id: "B-2", customerID: "C-1", amount: Money(minorUnits: half, currency: .cny),
                                             date: PromiseFixture.day("2026-03-01")))
            Issue.record("no error")
        } catch {
            #expect(error.kind == .overflow)
            #expect(error.field == "payment[B-2].amount")
        }
        #expect(ledger == before)
        // Every total the ledger states is bounded by what it accepted, so none traps.
        #expect(try ledger.customerCredit(for: "C-1", asOf: PromiseFixture.day("2026-03-02"))?.minorUnits == half)
        #expect(try ledger.totalPaid(by: "C-1", asOf: PromiseFixture.day("2026-03-02"))?.minorUnits == half)
        #expect(ledger.signals(for: "C-1", asOf: PromiseFixture.day("2026-03-02")).isEmpty)
    }
}
