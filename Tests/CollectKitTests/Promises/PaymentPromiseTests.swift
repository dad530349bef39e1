import Testing
@testable import CollectKit

@Suite struct StandardPromiseTests {
    @Test func zeroAndNegativeAmountsAreRejectedNamingTheField() throws {
        for amount: Int64 in [0, -5] {
            do {
                _ = try PromiseFixture.promise("P-1", yuan: amount, by: "2026-03-10", madeOn: "2026-03-01")
                Issue.record("no error for \(amount)")
            } catch {
                #expect(error.kind == .invalidAmount)
                #expect(error.field == "promise[P-1].amount")
            }
        }
    }

    @Test func promisedDateBeforeMadeIsRejected() throws {
        do {
            _ = try PromiseFixture.promise("P-1", yuan: 100, by: "2026-02-28", madeOn: "2026-03-01")
            Issue.record("no error")
        } catch {
            #expect(error.kind == .invalidDate)
            #expect(error.field == "promise[P-1].promisedDate")
            #expect(error.value == "2026-02-28")
        }
    }

    @Test func aPromiseCannotReplaceItself() {
        #expect(throws: CollectKitError.self) {
            try PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-10", madeOn: "2026-03-01", replaces: "P-1")
        }
    }

    @Test func customerWordsAreRedactedInDescriptions() throws {
        let promise = try PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01",
                                          words: "好的,我明天就给你办过去,找王会计 13800138000")
        #expect(!promise.description.contains("13800138000"))
        #expect(!promise.debugDescription.contains("王会计"))
        #expect(promise.description.contains("<redacted>"))
        #expect(promise.description.contains("P-1"))
    }

    @Test func aHostTypeConformsAndIsCopiedValidated() throws {
        struct CRMPromise: Promise, Identifiable {
            var id: UUID = UUID()              // the CRM's own key: CollectKit never reads it
            var promiseID: PromiseID
            var customerID: CustomerID
            var amount: Money
            var promisedDate: CalendarDate
            var madeOn: CalendarDate
            var collectorID: CollectorID
            var channel: ContactChannel
        }
        let host = CRMPromise(promiseID: "X-9", customerID: "C-7", amount: PromiseFixture.yuan(50), promisedDate: PromiseFixture.day("2026-05-05"),
                              madeOn: PromiseFixture.day("2026-05-01"), collectorID: "bob", channel: .visit)
        var ledger = PromiseLedger()
        try ledger.record(host)
        let stored = try #require(ledger.promise("X-9"))
        #expect(stored.channel == .visit)
        #expect(stored.replaces == nil)
        #expect(stored.amount.minorUnits == 5_000)
    }

    @Test func decodingValidates() throws {
        let json = #"{"id":"P-1","customerID":"C-1","amount":{"minorUnits":0,"currency":"CNY"},"promisedDate":"2026-03-02","madeOn":"2026-03-01","collectorID":"a"}"#
        #expect(throws: (any Error).self) { try JSONDecoder().decode(StandardPromise.self, from: Data(json.utf8)) }
    }
}

import Foundation

@Suite struct PromiseLedgerDescriptionTests {
    @Test func ledgerDescriptionCarriesCountsNotWords() throws {
        var ledger = PromiseLedger()
        try ledger.record(PromiseFixture.promise("P-1", yuan: 100, by: "2026-03-02", madeOn: "2026-03-01", words: "王总说明天一定付"))
        #expect(ledger.description == "CollectionLedger(customers: 1, receivables: 0, payments: 0, promises: 1, contacts: 0, sequence: 0, lastEvaluatedOn: never)")
        #expect(!String(reflecting: ledger).contains("王总"))
    }
}
