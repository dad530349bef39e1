import Foundation

/// A ledger is stored as its records, not its indexes: decoding replays them through the
/// same validating operations, so a snapshot that was edited by hand or truncated cannot
/// produce a ledger that recording could not.
extension PromiseLedger: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, policy, expectedCurrencies, receivables, promises, cancellations, payments, contacts,
             lastEvaluatedOn, reported
    }

    private struct ExpectedCurrency: Codable {
        let customerID: CustomerID
        let currency: Currency
    }

    private struct PaymentEntry: Codable {
        let payment: Payment
        let target: PromiseID?
    }

    private struct Cancellation: Codable {
        let promiseID: PromiseID
        let date: CalendarDate
    }

    private struct Reported: Codable {
        let promiseID: PromiseID
        let phase: UInt8
    }

    /// Decodes a snapshot, replaying its records through the validating operations.
    ///
    /// - Throws: ``CollectKitError`` of kind ``CollectKitError/Kind/invalidData`` for a snapshot
    ///   from a newer schema version, a missing or malformed field, or records that
    ///   contradict each other.
    public init(from decoder: any Decoder) throws {
        let c: KeyedDecodingContainer<CodingKeys>
        let version: Int
        do {
            c = try decoder.container(keyedBy: CodingKeys.self)
            version = try c.decode(Int.self, forKey: .schemaVersion)
        } catch {
            throw CollectKitError.invalidData(field: "PromiseLedger.schemaVersion", value: "",
                                              reason: "not a promise ledger snapshot: \(error)")
        }
        guard (1...Self.currentSchemaVersion).contains(version) else {
            throw CollectKitError.invalidData(field: "PromiseLedger.schemaVersion", value: String(version),
                                              reason: "this build reads schema versions 1...\(Self.currentSchemaVersion)")
        }
        do {
            var ledger = PromiseLedger(policy: try c.decode(PromisePolicy.self, forKey: .policy))
            for expected in try c.decodeIfPresent([ExpectedCurrency].self, forKey: .expectedCurrencies) ?? [] {
                try ledger.expectCurrency(expected.currency, for: expected.customerID)
            }
            for receivable in try c.decodeIfPresent([Receivable].self, forKey: .receivables) ?? [] {
                try ledger.registerReceivable(receivable)
            }
            for promise in try c.decode([PaymentPromise].self, forKey: .promises) {
                guard ledger.promisePosition(promise.id) == nil else {
                    throw CollectKitError.duplicateIdentifier(field: "promise.id", value: promise.id.rawValue)
                }
                try ledger.record(promise)
            }
            for cancellation in try c.decodeIfPresent([Cancellation].self, forKey: .cancellations) ?? [] {
                try ledger.cancelPromise(cancellation.promiseID, on: cancellation.date)
            }
            for entry in try c.decode([PaymentEntry].self, forKey: .payments) {
                guard ledger.paymentPosition(entry.payment.id) == nil else {
                    throw CollectKitError.duplicateIdentifier(field: "payment.id", value: entry.payment.id.rawValue)
                }
                try ledger.recordPayment(entry.payment, toward: entry.target)
            }
            for contact in try c.decodeIfPresent([ContactRecord].self, forKey: .contacts) ?? [] {
                ledger.recordContact(contact)
            }
            for reported in try c.decodeIfPresent([Reported].self, forKey: .reported) ?? [] {
                guard let index = ledger.promisePosition(reported.promiseID), Phase(rawValue: reported.phase) != nil else {
                    throw CollectKitError.invalidData(field: "PromiseLedger.reported", value: reported.promiseID.rawValue,
                                                      reason: "an unknown promise or phase")
                }
                ledger.reportedPhase[Int(index)] = reported.phase
            }
            ledger.lastEvaluatedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .lastEvaluatedOn)
            self = ledger
        } catch let error as CollectKitError where error.kind == .invalidData {
            throw error
        } catch {
            throw CollectKitError.invalidData(field: "PromiseLedger", value: "", reason: "the snapshot is inconsistent: \(error)")
        }
    }

    /// Encodes the records, the policy and which events were already reported.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
        try c.encode(policy, forKey: .policy)
        try c.encode(declaredCurrencies.sorted { $0.key < $1.key }.map { ExpectedCurrency(customerID: $0.key, currency: $0.value) },
                     forKey: .expectedCurrencies)
        try c.encode(receivables, forKey: .receivables)
        try c.encode(promises, forKey: .promises)
        var cancellations: [Cancellation] = []
        for index in promises.indices where promiseFields[index].cancelledOn != Self.never {
            cancellations.append(Cancellation(promiseID: promises[index].id, date: CalendarDate(daysSinceEpoch: promiseFields[index].cancelledOn)))
        }
        try c.encode(cancellations, forKey: .cancellations)
        try c.encode(payments.indices.map { index in
            PaymentEntry(payment: payments[index],
                         target: paymentFields[index].target == Self.noTarget ? nil : promises[Int(paymentFields[index].target)].id)
        }, forKey: .payments)
        try c.encode(contacts, forKey: .contacts)
        try c.encodeIfPresent(lastEvaluatedOn, forKey: .lastEvaluatedOn)
        var reported: [Reported] = []
        for index in promises.indices where reportedPhase[index] != Phase.none.rawValue {
            reported.append(Reported(promiseID: promises[index].id, phase: reportedPhase[index]))
        }
        try c.encode(reported, forKey: .reported)
    }

    /// The ledger as JSON (sorted keys, so equal ledgers give equal bytes).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if encoding fails.
    public func jsonSnapshot() throws(CollectKitError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return try encoder.encode(self) } catch {
            throw .invalidData(field: "PromiseLedger", value: "", reason: "could not encode: \(error)")
        }
    }

    /// Reads a ledger from ``jsonSnapshot()`` output. A failure leaves whatever ledger the caller
    /// holds untouched, since the result is a new value.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` for malformed JSON, a newer schema
    ///   version, or inconsistent records.
    public static func fromJSONSnapshot(_ data: Data) throws(CollectKitError) -> PromiseLedger {
        do { return try JSONDecoder().decode(PromiseLedger.self, from: data) } catch let error as CollectKitError {
            throw error.kind == .invalidData ? error
                : .invalidData(field: "PromiseLedger", value: "", reason: "the snapshot is inconsistent: \(error)")
        } catch {
            throw .invalidData(field: "PromiseLedger", value: "", reason: "malformed snapshot: \(error)")
        }
    }
}
