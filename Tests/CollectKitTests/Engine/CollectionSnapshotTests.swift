import Foundation
import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct CollectionSnapshotTests {
    let day = PromiseFixture.day

    func sampleLedger() throws -> CollectionLedger {
        var ledger = CollectionLedger(policy: try PromisePolicy(graceDays: 1, keptThresholdBasisPoints: 9_500))
        for id in ["C-1", "C-2", "C-3"] as [CustomerID] { try ledger.upsert(StandardCustomer(customerID: id, creditStanding: .fair)) }
        try ledger.assign("alice", to: "C-1")
        try ledger.registerReceivable(Receivable(id: "INV-1", customerID: "C-1", amount: PromiseFixture.yuan(9_000),
                                                 issueDate: day("2026-02-01"), dueDate: day("2026-03-01"), reference: "发票 0042"))
        try ledger.registerReceivable(Receivable(id: "INV-2", customerID: "C-1", amount: PromiseFixture.yuan(500),
                                                 issueDate: day("2026-03-10"), dueDate: day("2026-04-10")))
        try ledger.record(PromiseFixture.promise("P-1", yuan: 3_000, by: "2026-03-05", madeOn: "2026-03-01",
                                                 words: "好的,我明天就给你办过去", covering: ["INV-1"]))
        try ledger.record(PromiseFixture.promise("P-2", yuan: 2_000, by: "2026-03-08", madeOn: "2026-03-01", collector: "bob"))
        try ledger.renegotiate("P-2", with: PromiseFixture.promise("P-3", yuan: 2_000, by: "2026-03-18", madeOn: "2026-03-06"))
        try ledger.record(PromiseFixture.promise("P-4", customer: "C-2", yuan: 500, by: "2026-03-09", madeOn: "2026-03-02"))
        try ledger.cancelPromise("P-4", on: day("2026-03-03"))
        try ledger.recordPayment(PromiseFixture.payment("B-1", yuan: 1_000, on: "2026-03-04"), toward: "P-3")
        try ledger.recordPayment(PromiseFixture.payment("B-2", yuan: 9_000, on: "2026-03-05"))   // overpays: INV-2 takes the rest later
        try ledger.record(ExcuseUse(category: .cashFlowTight, date: day("2026-03-06")), for: "C-1")
        try ledger.record(AskOutcome(asked: PromiseFixture.yuan(5_000), paid: PromiseFixture.yuan(3_000), date: day("2026-03-01")), for: "C-1")
        ledger.recordContact(ContactRecord(customerID: "C-1", collectorID: "alice", date: day("2026-03-06"), channel: .chat))
        _ = ledger.evaluate(asOf: day("2026-03-07"))
        return ledger
    }

    @Test func jsonRoundTripKeepsRecordsApplicationsStatusesAndReportedEvents() throws {
        var original = try sampleLedger()
        let data = try original.jsonSnapshot()
        var restored = try CollectionLedger.fromJSONSnapshot(data)
        #expect(restored == original)
        #expect(try restored.jsonSnapshot() == data)
        let asOf = day("2026-03-20")
        #expect(restored.statuses(asOf: asOf) == original.statuses(asOf: asOf))
        #expect(restored.aging(asOf: asOf) == original.aging(asOf: asOf))
        #expect(restored.evaluate(asOf: day("2026-03-07")).isEmpty)   // already reported before saving
        #expect(restored.evaluate(asOf: asOf) == original.evaluate(asOf: asOf))
    }

    @Test func binaryRoundTripIsTheSameLedger() throws {
        let original = try sampleLedger()
        let restored = try original.binaryRoundTrip()
        #expect(restored == original)
        #expect(CollectionSnapshot(ledger: restored).binaryRepresentation() == CollectionSnapshot(ledger: original).binaryRepresentation())
        // The identifier indexes travel with the snapshot: lookups work without rebuilding them.
        #expect(restored.receivableRow("INV-2") == 1)
        #expect(restored.promisePosition("P-3") == 2)
        #expect(restored.customers.map(\.open) == original.customers.map(\.open))
    }

    @Test func theCustomersWordsAreNotKept() throws {
        let ledger = try sampleLedger()
        #expect(ledger.promise("P-1")?.customerWords == nil)
        let json = try #require(String(data: try ledger.jsonSnapshot(), encoding: .utf8))
        #expect(!json.contains("明天就给你办过去"))
        let binary = CollectionSnapshot(ledger: ledger).binaryRepresentation()
        #expect(binary.range(of: Data("明天".utf8)) == nil)
    }

    @Test func aNewerFormatIsRejected() throws {
        var json = try #require(String(data: try sampleLedger().jsonSnapshot(), encoding: .utf8))
        json = json.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":2")
        do {
            _ = try CollectionLedger.fromJSONSnapshot(Data(json.utf8))
            Issue.record("no error")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.field == "snapshot.formatVersion")
            #expect(error.value == "2")
        }
        var binary = CollectionSnapshot(ledger: try sampleLedger()).binaryRepresentation()
        binary[8] = 9   // the format version follows the 8-byte magic
        do { _ = try CollectionSnapshot(binaryRepresentation: binary); Issue.record("no error") } catch {
            #expect(error.field == "snapshot.formatVersion")
        }
    }

    @Test func corruptedSnapshotsAreInvalidData() throws {
        let data = try sampleLedger().jsonSnapshot()
        let truncated = data.prefix(data.count / 2)
        let cases: [Data] = [Data(truncated), Data("not json".utf8), Data("{}".utf8), Data("[1,2]".utf8)]
        for bad in cases {
            do { _ = try CollectionLedger.fromJSONSnapshot(bad); Issue.record("no error") } catch {
                #expect(error.kind == .invalidData)
            }
        }
        let binary = CollectionSnapshot(ledger: try sampleLedger()).binaryRepresentation()
        for length in stride(from: 0, to: binary.count, by: max(1, binary.count / 97)) {
            do { _ = try CollectionSnapshot(binaryRepresentation: binary.prefix(length)); Issue.record("accepted \(length) bytes") } catch {
                #expect(error.kind == .invalidData)
            }
        }
    }

    @Test func everyFlippedByteIsRejectedOrReadBackAsALedgerRecordingCouldProduce() throws {
        let binary = CollectionSnapshot(ledger: try sampleLedger()).binaryRepresentation()
        var rng = SeededRandomNumberGenerator(seed: 17)
        for _ in 0..<400 {
            var bytes = binary
            let position = Int(rng.next() % UInt64(bytes.count))
            bytes[position] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            // Either a typed error, or a ledger whose columns agree with each other (checked
            // by reading it back again).
            if let snapshot = try? CollectionSnapshot(binaryRepresentation: bytes) {
                let again = try CollectionSnapshot(binaryRepresentation: snapshot.binaryRepresentation())
                #expect(again == snapshot)
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
            // An open amount that disagrees with the applications against it.
            json.replacingOccurrences(of: "\"open\":0", with: "\"open\":1"),
        ]
        for text in tampered {
            #expect(text != json)
            do { _ = try CollectionLedger.fromJSONSnapshot(Data(text.utf8)); Issue.record("no error") } catch {
                #expect(error.kind == .invalidData || error.kind == .invalidAmount)
            }
        }
    }
}
