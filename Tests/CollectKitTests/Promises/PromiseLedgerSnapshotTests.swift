import Foundation
import Testing
@testable import CollectKit

@Suite struct PromiseLedgerSnapshotTests {
    let day = PromiseFixture.day

    func sampleLedger() throws -> PromiseLedger {
        var ledger = PromiseLedger(policy: try PromisePolicy(graceDays: 1, keptThresholdBasisPoints: 9_500))
        try ledger.expectCurrency(.cny, for: "C-3")
        try ledger.registerReceivable(Receivable(id: "INV-1", customerID: "C-1", amount: PromiseFixture.yuan(9_000),
                                                 issueDate: day("2026-02-01"), dueDate: day("2026-03-01")))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 3_000, by: "2026-03-05", madeOn: "2026-03-01",
                                          words: "好的,我明天就给你办过去", covering: ["INV-1"]))
        try ledger.record(PromiseFixture.promise("P-2", yuan: 2_000, by: "2026-03-08", madeOn: "2026-03-01", collector: "bob"))
        try ledger.renegotiate("P-2", with: PromiseFixture.promise("P-3", yuan: 2_000, by: "2026-03-18", madeOn: "2026-03-06"))
        try ledger.record(PromiseFixture.promise("P-4", customer: "C-2", yuan: 500, by: "2026-03-09", madeOn: "2026-03-02"))
        try ledger.cancelPromise("P-4", on: day("2026-03-03"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-04"), toward: "P-3")
        try ledger.recordPayment(PromiseFixture.payment("B-2", yuan: 3_000, on: "2026-03-05"))
        ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: day("2026-03-06"), channel: .chat))
        _ = ledger.evaluate(asOf: day("2026-03-07"))
        return ledger
    }

    @Test func roundTripKeepsRecordsStatusesAndReportedEvents() throws {
        var original = try sampleLedger()
        let data = try original.jsonSnapshot()
        var restored = try PromiseLedger.fromJSONSnapshot(data)
        #expect(restored == original)
        #expect(try restored.jsonSnapshot() == data)
        let asOf = day("2026-03-20")
        #expect(restored.statuses(asOf: asOf) == original.statuses(asOf: asOf))
        #expect(restored.evaluate(asOf: day("2026-03-07")).isEmpty)   // already reported before saving
        #expect(restored.evaluate(asOf: asOf) == original.evaluate(asOf: asOf))
        #expect(restored.promise("P-1")?.customerWords == "好的,我明天就给你办过去")
    }

    @Test func aNewerSchemaVersionIsRejected() throws {
        var json = try #require(String(data: try sampleLedger().jsonSnapshot(), encoding: .utf8))
        json = json.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":2")
        let held = try sampleLedger()
        var ledger = held
        do {
            ledger = try PromiseLedger.fromJSONSnapshot(Data(json.utf8))
            Issue.record("no error")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.field == "PromiseLedger.schemaVersion")
            #expect(error.value == "2")
        }
        #expect(ledger == held)
    }

    @Test func corruptedSnapshotsAreInvalidData() throws {
        let data = try sampleLedger().jsonSnapshot()
        let truncated = data.prefix(data.count / 2)
        let cases: [Data] = [Data(truncated), Data("not json".utf8), Data("{}".utf8), Data("[1,2]".utf8)]
        for bad in cases {
            do { _ = try PromiseLedger.fromJSONSnapshot(bad); Issue.record("no error") } catch {
                #expect(error.kind == .invalidData)
            }
        }
    }

    @Test func contradictoryRecordsAreInvalidData() throws {
        let json = try #require(String(data: try sampleLedger().jsonSnapshot(), encoding: .utf8))
        let tampered = [
            // A payment recorded twice in the snapshot would be counted twice.
            json.replacingOccurrences(of: "\"id\":\"B-2\"", with: "\"id\":\"B-1\""),
            // A zero promise.
            json.replacingOccurrences(of: "\"minorUnits\":300000", with: "\"minorUnits\":0"),
            // A renegotiation of a promise that is not there.
            json.replacingOccurrences(of: "\"replaces\":\"P-2\"", with: "\"replaces\":\"P-404\""),
        ]
        for text in tampered {
            #expect(text != json)
            do { _ = try PromiseLedger.fromJSONSnapshot(Data(text.utf8)); Issue.record("no error") } catch {
                #expect(error.kind == .invalidData)
            }
        }
    }
}
