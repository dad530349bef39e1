/// Customers and what the engine remembers about them beyond money and promises.
extension CollectionLedger {
    /// Adds a customer or replaces the terms of one with the same id.
    ///
    /// - Returns: how to undo it, or `nil` when the customer is already known with the same terms.
    @discardableResult
    mutating func upsert(_ record: StandardCustomer) throws(CollectKitError) -> LedgerUndo? {
        let known = customerSlot(record.customerID)
        let terms = CustomerTerms(record)
        if let known, customers[Int(known)].isKnown, customerTerms[Int(known)] == terms { return nil }
        try requireSlotCapacity(for: record.customerID, known: known)
        let (slot, added) = slot(known, for: record.customerID)
        let previous = customerTerms[Int(slot)], wasKnown = customers[Int(slot)].isKnown
        customerTerms[Int(slot)] = terms
        customers[Int(slot)].isKnown = true
        return .customer(slot: slot, added: added, previous: previous, wasKnown: wasKnown)
    }

    /// What the engine keeps about a known customer.
    func customerRecord(_ id: CustomerID) -> StandardCustomer? {
        guard let slot = customerSlot(id), customers[Int(slot)].isKnown else { return nil }
        return customerTerms[Int(slot)].record(id)
    }

    /// The slot of a customer a host upserted.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` naming `field` otherwise.
    func knownSlot(_ id: CustomerID, field: @autoclosure () -> String) throws(CollectKitError) -> Int32 {
        try knownSlot(id, probe: customerKeys.probe(id.rawValue), field: field())
    }

    /// ``knownSlot(_:field:)`` finishing a lookup started with `probe`.
    @inline(__always)
    func knownSlot(_ id: CustomerID, probe: IdentifierTable.Probe, field: @autoclosure () -> String) throws(CollectKitError) -> Int32 {
        guard let slot = customerKeys.find(id.rawValue, probe: probe), customers[Int(slot)].isKnown else {
            throw .unknownReference(field: field(), value: id.rawValue,
                                    reason: "no customer with this id; add it with upsert(_:) first")
        }
        return slot
    }

    /// Records a reason a known customer gave for not paying.
    @discardableResult
    mutating func record(_ excuse: ExcuseUse, for customer: CustomerID) throws(CollectKitError) -> LedgerUndo {
        let slot = try knownSlot(customer, field: "excuse.customerID")
        customerExtras[slot, default: CustomerExtras()].excuses.append(excuse)
        return .excuse(slot: slot)
    }

    /// Records what a request to a known customer brought in.
    @discardableResult
    mutating func record(_ ask: AskOutcome, for customer: CustomerID) throws(CollectKitError) -> LedgerUndo {
        let slot = try knownSlot(customer, field: "ask.customerID")
        try ask.asked.requireSameCurrency(ask.paid, field: "ask.paid")
        customerExtras[slot, default: CustomerExtras()].asks.append(ask)
        return .ask(slot: slot)
    }

    /// Notes that a known customer paid another supplier (their cash is contested).
    @discardableResult
    mutating func notePaymentToOtherSupplier(by customer: CustomerID) throws(CollectKitError) -> LedgerUndo {
        let slot = try knownSlot(customer, field: "paymentToOtherSupplier.customerID")
        customerExtras[slot, default: CustomerExtras()].paymentsToOthers += 1
        return .paymentToOtherSupplier(slot: slot)
    }

    /// Makes `collector` responsible for a known customer.
    ///
    /// - Returns: how to undo it, or `nil` when the collector was already assigned.
    @discardableResult
    mutating func assign(_ collector: CollectorID, to customer: CustomerID) throws(CollectKitError) -> LedgerUndo? {
        let slot = try knownSlot(customer, field: "assignment.customerID")
        let existing = collectorKeys.find(collector.rawValue)
        if let existing, customers[Int(slot)].collector == existing { return nil }
        if existing == nil { try collectorKeys.requireCapacity(for: collector.rawValue, field: "assignment.collectorID") }
        let index = existing ?? collectorKeys.append(collector.rawValue)
        let previous = customers[Int(slot)].collector
        customers[Int(slot)].collector = index
        return .assignment(slot: slot, previous: previous, addedCollector: existing == nil)
    }

    /// The collector assigned to a slot, if any.
    func collector(ofSlot slot: Int32) -> CollectorID? {
        let index = customers[Int(slot)].collector
        return index < 0 ? nil : CollectorID(rawValue: collectorKeys.string(index))
    }

    /// The excuses, asks, payments to others and escalation of a slot.
    func extras(ofSlot slot: Int32) -> CustomerExtras { customerExtras[slot] ?? CustomerExtras() }
}
