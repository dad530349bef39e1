import Foundation

/// The JSON form: records, each fact once, in the order they were recorded, so reading it
/// back rebuilds the same state (applications included) rather than re-deriving it.
extension CollectionSnapshot: Codable {
    private enum CodingKeys: String, CodingKey {
        case formatVersion, sequence, policy, customers, receivables, promises, payments, applications, contacts,
             lastEvaluatedOn
    }

    private struct CustomerEntry: Codable {
        var customer: StandardCustomer
        var known: Bool?
        var currency: Currency?
        var collector: CollectorID?
        var excuses: [ExcuseUse]?
        var asks: [AskOutcome]?
        var paymentsToOthers: Int?
        var escalation: EscalationLevel?
    }

    private struct ReceivableEntry: Codable {
        var receivable: Receivable
        var open: Int64
    }

    private struct PromiseEntry: Codable {
        var promise: StandardPromise
        var cancelledOn: CalendarDate?
        var reported: UInt8?
    }

    private struct PaymentEntry: Codable {
        var payment: Payment
        var toward: PromiseID?
        var unapplied: Int64
    }

    private struct ApplicationEntry: Codable {
        var receivableID: ReceivableID
        var paymentID: PaymentID
        var amount: Int64
    }

    /// Encodes every record in recording order.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: whatever `encoder` throws.
    /// - Complexity: O(records).
    public func encode(to encoder: any Encoder) throws {
        let ledger = self.ledger
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatVersion, forKey: .formatVersion)
        try c.encode(ledger.sequence, forKey: .sequence)
        try c.encode(ledger.policy, forKey: .policy)
        try c.encode((0..<Int32(ledger.customers.count)).map { slot -> CustomerEntry in
            let extras = ledger.extras(ofSlot: slot)
            let id = ledger.customerID(ofSlot: slot)
            return CustomerEntry(customer: ledger.customerTerms[Int(slot)].record(id),
                                 known: ledger.customers[Int(slot)].isKnown ? nil : false,
                                 currency: ledger.currency(ofSlot: Int(slot)), collector: ledger.collector(ofSlot: slot),
                                 excuses: extras.excuses.isEmpty ? nil : extras.excuses, asks: extras.asks.isEmpty ? nil : extras.asks,
                                 paymentsToOthers: extras.paymentsToOthers == 0 ? nil : extras.paymentsToOthers,
                                 escalation: extras.escalation)
        }, forKey: .customers)
        try c.encode((0..<Int32(ledger.receivableCount)).map {
            ReceivableEntry(receivable: ledger.receivable(at: $0), open: ledger.receivableOpen[Int($0)])
        }, forKey: .receivables)
        try c.encode((0..<ledger.promiseCount).map { index -> PromiseEntry in
            let cancelled = ledger.promiseFields[index].cancelledOn
            let phase = ledger.reportedPhase[index]
            return PromiseEntry(promise: ledger.promise(at: index),
                                cancelledOn: cancelled == CollectionLedger.never ? nil : CalendarDate(daysSinceEpoch: cancelled),
                                reported: phase == Phase.none.rawValue ? nil : phase)
        }, forKey: .promises)
        try c.encode((0..<Int32(ledger.paymentCount)).map {
            PaymentEntry(payment: ledger.payment(at: $0), toward: ledger.target(ofPayment: $0), unapplied: ledger.paymentUnapplied[Int($0)])
        }, forKey: .payments)
        try c.encode(ledger.applicationAmount.indices.map { index in
            ApplicationEntry(receivableID: ReceivableID(rawValue: ledger.receivableKeys.string(ledger.applicationReceivable[index])),
                             paymentID: PaymentID(rawValue: ledger.paymentKeys.string(ledger.applicationPayment[index])),
                             amount: ledger.applicationAmount[index])
        }, forKey: .applications)
        try c.encode(ledger.contacts, forKey: .contacts)
        try c.encodeIfPresent(ledger.lastEvaluatedOn, forKey: .lastEvaluatedOn)
    }

    /// Decodes and checks a snapshot.
    ///
    /// - Parameter decoder: A decoder over what ``encode(to:)`` wrote.
    /// - Throws: ``CollectKitError/Kind/invalidData`` for a newer format, a record that
    ///   names a missing one, or figures that contradict each other; the records' own
    ///   validation errors.
    /// - Complexity: O(records).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(UInt32.self, forKey: .formatVersion)
        guard version <= Self.formatVersion else {
            throw CollectKitError.invalidData(field: "snapshot.formatVersion", value: String(version),
                                              reason: "written by a newer CollectKit; this build reads up to \(Self.formatVersion)")
        }
        var ledger = CollectionLedger(policy: try c.decode(PromisePolicy.self, forKey: .policy))
        ledger.sequence = try c.decode(UInt64.self, forKey: .sequence)
        func fail(_ field: String, _ value: String, _ reason: String) -> CollectKitError {
            .invalidData(field: "snapshot.\(field)", value: value, reason: reason)
        }
        for (index, entry) in try c.decode([CustomerEntry].self, forKey: .customers).enumerated() {
            let id = entry.customer.customerID
            guard ledger.customerSlot(id) == nil else { throw fail("customers[\(index)]", id.rawValue, "listed twice") }
            try ledger.customerKeys.requireCapacity(for: id.rawValue, field: "snapshot.customers")
            let slot = ledger.customerKeys.append(id.rawValue)
            var state = CustomerState()
            state.isKnown = entry.known ?? true
            if let currency = entry.currency {
                try ledger.requireCurrencyCapacity(currency)
                state.currency = ledger.currencyCode(currency)
            }
            if let collector = entry.collector {
                if let known = ledger.collectorKeys.find(collector.rawValue) { state.collector = known } else {
                    try ledger.collectorKeys.requireCapacity(for: collector.rawValue, field: "snapshot.collector")
                    state.collector = ledger.collectorKeys.append(collector.rawValue)
                }
            }
            ledger.customers.append(state)
            ledger.customerTerms.append(CustomerTerms(entry.customer))
            let extras = CustomerExtras(excuses: entry.excuses ?? [], asks: entry.asks ?? [],
                                        paymentsToOthers: max(0, entry.paymentsToOthers ?? 0), escalation: entry.escalation)
            if !extras.isEmpty { ledger.customerExtras[slot] = extras }
        }
        func slot(_ id: CustomerID, _ field: String, currency: Currency) throws(CollectKitError) -> Int32 {
            guard let slot = ledger.customerSlot(id) else { throw fail(field, id.rawValue, "no such customer in the snapshot") }
            if ledger.customers[Int(slot)].currency == 0 {
                // The customer's first money record fixes its currency, as recording does.
                try ledger.requireCurrencyCapacity(currency)
                ledger.customers[Int(slot)].currency = ledger.currencyCode(currency)
            }
            guard ledger.currency(ofSlot: Int(slot)) == currency else {
                throw fail(field, currency.code, "not the customer's currency")
            }
            return slot
        }
        for (index, entry) in try c.decode([ReceivableEntry].self, forKey: .receivables).enumerated() {
            let receivable = entry.receivable
            let customer = try slot(receivable.customerID, "receivables[\(index)]", currency: receivable.amount.currency)
            guard ledger.receivableRow(receivable.id) == nil else { throw fail("receivables[\(index)]", receivable.id.rawValue, "listed twice") }
            try ledger.receivableKeys.requireCapacity(for: receivable.id.rawValue, field: "snapshot.receivables")
            try ledger.receivableReference.requireCapacity(for: receivable.reference, field: "snapshot.receivables")
            ledger.receivableKeys.append(receivable.id.rawValue)
            ledger.receivableSlot.append(customer)
            ledger.receivableAmount.append(receivable.amount.minorUnits)
            ledger.receivableOpen.append(entry.open)
            ledger.receivableIssueDay.append(receivable.issueDate.daysSinceEpoch)
            ledger.receivableDueDay.append(receivable.dueDate.daysSinceEpoch)
            ledger.receivableKind.append(receivable.kind.code)
            ledger.receivableReference.append(receivable.reference)
        }
        for (index, entry) in try c.decode([PromiseEntry].self, forKey: .promises).enumerated() {
            let promise = entry.promise
            let customer = try slot(promise.customerID, "promises[\(index)]", currency: promise.amount.currency)
            guard ledger.promisePosition(promise.promiseID) == nil else { throw fail("promises[\(index)]", promise.promiseID.rawValue, "listed twice") }
            var replaced = CollectionLedger.none
            if let original = promise.replaces {
                guard let position = ledger.promisePosition(original) else {
                    throw fail("promises[\(index)].replaces", original.rawValue, "not an earlier promise")
                }
                replaced = position
                ledger.promiseFields[Int(position)].replacedOn = promise.madeOn.daysSinceEpoch
            }
            try ledger.promiseKeys.requireCapacity(for: promise.promiseID.rawValue, field: "snapshot.promises")
            try ledger.promiseEvidence.requireCapacity(for: promise.evidence, field: "snapshot.promises")
            ledger.promiseKeys.append(promise.promiseID.rawValue)
            ledger.promiseSlot.append(customer)
            ledger.promiseFields.append(PromiseAllocationFields(
                due: promise.promisedDate.daysSinceEpoch, made: promise.madeOn.daysSinceEpoch,
                cancelledOn: entry.cancelledOn?.daysSinceEpoch ?? CollectionLedger.never, replacedOn: CollectionLedger.never,
                amount: promise.amount.minorUnits))
            if let known = ledger.collectorKeys.find(promise.collectorID.rawValue) { ledger.promiseCollectorIndex.append(known) } else {
                try ledger.collectorKeys.requireCapacity(for: promise.collectorID.rawValue, field: "snapshot.promises")
                ledger.promiseCollectorIndex.append(ledger.collectorKeys.append(promise.collectorID.rawValue))
            }
            if let known = ledger.channels.firstIndex(of: promise.channel) { ledger.promiseChannel.append(UInt16(known)) } else {
                ledger.channels.append(promise.channel)
                ledger.promiseChannel.append(UInt16(ledger.channels.count - 1))
            }
            ledger.promiseReplaces.append(replaced)
            if let covered = promise.coveredReceivables { ledger.promiseCovered[Int32(index)] = covered }
            ledger.promiseEvidence.append(promise.evidence)
            ledger.reportedPhase.append(entry.reported ?? Phase.none.rawValue)
        }
        for (index, entry) in try c.decode([PaymentEntry].self, forKey: .payments).enumerated() {
            let payment = entry.payment
            let customer = try slot(payment.customerID, "payments[\(index)]", currency: payment.amount.currency)
            guard ledger.paymentRow(payment.id) == nil else { throw fail("payments[\(index)]", payment.id.rawValue, "listed twice") }
            var target = CollectionLedger.noTarget
            if let toward = entry.toward {
                guard let position = ledger.promisePosition(toward) else { throw fail("payments[\(index)].toward", toward.rawValue, "no such promise") }
                target = position
            }
            try ledger.paymentKeys.requireCapacity(for: payment.id.rawValue, field: "snapshot.payments")
            try ledger.paymentReference.requireCapacity(for: payment.reference, field: "snapshot.payments")
            let row = ledger.paymentKeys.append(payment.id.rawValue)
            ledger.paymentSlot.append(customer)
            ledger.paymentFields.append(PaymentAllocationFields(day: payment.date.daysSinceEpoch, target: target,
                                                                amount: payment.amount.minorUnits))
            ledger.paymentUnapplied.append(entry.unapplied)
            ledger.paymentReference.append(payment.reference)
            if !payment.allocations.isEmpty { ledger.paymentAllocations[row] = payment.allocations }
        }
        for (index, entry) in try c.decode([ApplicationEntry].self, forKey: .applications).enumerated() {
            guard let receivable = ledger.receivableRow(entry.receivableID), let payment = ledger.paymentRow(entry.paymentID) else {
                throw fail("applications[\(index)]", entry.receivableID.rawValue, "names a receivable or payment not in the snapshot")
            }
            ledger.applicationReceivable.append(receivable)
            ledger.applicationPayment.append(payment)
            ledger.applicationAmount.append(entry.amount)
            ledger.applicationDay.append(Swift.max(ledger.paymentFields[Int(payment)].day, ledger.receivableIssueDay[Int(receivable)]))
        }
        ledger.contacts = try c.decode([ContactRecord].self, forKey: .contacts)
        ledger.lastEvaluatedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .lastEvaluatedOn)
        try ledger.rebuildDerivedState()
        self.init(ledger: ledger)
    }

    /// The snapshot as JSON (sorted keys, so equal snapshots give equal bytes).
    ///
    /// - Returns: UTF-8 JSON for ``init(jsonRepresentation:)``.
    /// - Throws: ``CollectKitError/Kind/invalidData`` if encoding fails.
    /// - Complexity: O(records).
    public func jsonRepresentation() throws(CollectKitError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return try encoder.encode(self) } catch {
            throw .invalidData(field: "snapshot", value: "", reason: "could not encode: \(error)")
        }
    }

    /// Reads a snapshot from ``jsonRepresentation()`` output.
    ///
    /// - Parameter data: The JSON ``jsonRepresentation()`` wrote.
    /// - Throws: ``CollectKitError/Kind/invalidData`` for malformed JSON, a newer format or
    ///   inconsistent records; the records' own validation errors.
    /// - Complexity: O(records).
    public init(jsonRepresentation data: Data) throws(CollectKitError) {
        do { self = try JSONDecoder().decode(CollectionSnapshot.self, from: data) } catch let error as CollectKitError {
            throw error
        } catch {
            throw .invalidData(field: "snapshot", value: "", reason: "malformed snapshot: \(error)")
        }
    }
}
