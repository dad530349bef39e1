import Foundation
import CollectKitTesting
@testable import CollectKit

/// The promise tests speak of a promise ledger; the promise rules now live on the engine's
/// one store, which these names reach.
typealias PromiseLedger = CollectionLedger

extension CollectionLedger {
    /// Records a payment, optionally toward a promise.
    mutating func recordPayment(_ payment: Payment, toward target: PromiseID? = nil) throws(CollectKitError) {
        try record(payment, toward: target)
    }

    /// Records a contact.
    mutating func recordContact(_ contact: ContactRecord) { _ = try? record(contact) }

    /// Records a receivable.
    mutating func registerReceivable(_ receivable: Receivable) throws(CollectKitError) { try record(receivable) }

    /// Records any conforming promise.
    mutating func record(_ promise: some Promise) throws(CollectKitError) { try record(StandardPromise(promise)) }

    /// Evaluates, without keeping the phase transitions.
    mutating func evaluate(asOf: CalendarDate) -> [PromiseEvent] {
        var transitions: [PhaseTransition] = []
        return evaluate(asOf: asOf, transitions: &transitions)
    }
}

extension CollectionLedger {
    /// Replaces `original` with `replacement` (the engine's renegotiation, on the ledger).
    mutating func renegotiate(_ original: PromiseID, with replacement: StandardPromise) throws(CollectKitError) {
        try record(StandardPromise(uncheckedID: replacement.promiseID, customerID: replacement.customerID, amount: replacement.amount,
                                  promisedDate: replacement.promisedDate, madeOn: replacement.madeOn,
                                  collectorID: replacement.collectorID, channel: replacement.channel,
                                  coveredReceivables: replacement.coveredReceivables, customerWords: nil,
                                  evidence: replacement.evidence, replaces: original))
    }

    /// The customers in slot order (the order first seen).
    var customerIDs: [CustomerID] { (0..<Int32(customers.count)).map(customerID(ofSlot:)) }
}

extension CollectionLedger {
    /// The ledger as snapshot JSON.
    func jsonSnapshot() throws(CollectKitError) -> Data { try CollectionSnapshot(ledger: self).jsonRepresentation() }

    /// A ledger read from snapshot JSON.
    static func fromJSONSnapshot(_ data: Data) throws(CollectKitError) -> CollectionLedger {
        try CollectionSnapshot(jsonRepresentation: data).ledger
    }

    /// The ledger through the binary snapshot and back.
    func binaryRoundTrip() throws(CollectKitError) -> CollectionLedger {
        try CollectionSnapshot(binaryRepresentation: CollectionSnapshot(ledger: self).binaryRepresentation()).ledger
    }
}

extension SyntheticPromises {
    /// Every promise, then every payment, recorded into `ledger` (an empty one by default).
    func ledger(_ ledger: CollectionLedger = CollectionLedger()) -> CollectionLedger {
        var ledger = ledger
        for promise in promises { _ = try? ledger.record(promise) }
        for (payment, target) in zip(payments, paymentTargets) { _ = try? ledger.record(payment, toward: target) }
        return ledger
    }
}
