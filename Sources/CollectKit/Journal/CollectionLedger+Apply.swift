/// Applying a ``CollectionChange``: the one path every change takes, whether a CRM records
/// it, a batch loads it or a journal replays it.
extension CollectionLedger {
    /// Validates and applies `change`.
    ///
    /// Money, promises and contacts must name a customer the host upserted first.
    ///
    /// - Returns: how to undo it, or `nil` when it changes nothing (an identical repeat).
    /// - Throws: the change's validation error; nothing changes then.
    @discardableResult
    mutating func apply(_ change: CollectionChange) throws(CollectKitError) -> LedgerUndo? {
        switch change {
        case .customer(let record):
            return try upsert(record)
        case .receivable(let receivable):
            // Both lookups start before either finishes, so their memory misses overlap.
            let customer = customerKeys.probe(receivable.customerID.rawValue)
            let own = receivableKeys.probe(receivable.id.rawValue)
            let slot = try knownSlot(receivable.customerID, probe: customer, field: "receivable[\(receivable.id)].customerID")
            return try record(receivable, slot: slot, existing: receivableKeys.find(receivable.id.rawValue, probe: own))
        case .payment(let payment, let target):
            let customer = customerKeys.probe(payment.customerID.rawValue)
            let own = paymentKeys.probe(payment.id.rawValue)
            let slot = try knownSlot(payment.customerID, probe: customer, field: "payment[\(payment.id)].customerID")
            return try record(payment, toward: target, slot: slot, existing: paymentKeys.find(payment.id.rawValue, probe: own))
        case .promise(let promise):
            let customer = customerKeys.probe(promise.customerID.rawValue)
            let own = promiseKeys.probe(promise.promiseID.rawValue)
            let slot = try knownSlot(promise.customerID, probe: customer, field: "promise[\(promise.promiseID)].customerID")
            return try record(promise, slot: slot, existing: promiseKeys.find(promise.promiseID.rawValue, probe: own))
        case .promiseCancelled(let id, let date):
            return try cancelPromise(id, on: date)
        case .contact(let contact):
            _ = try knownSlot(contact.customerID, field: "contact.customerID")
            try contact.collectorID.validate()
            return try record(contact)
        case .excuse(let excuse, let customer):
            return try record(excuse, for: customer)
        case .ask(let ask, let customer):
            return try record(ask, for: customer)
        case .assignment(let collector, let customer):
            try collector.validate()
            return try assign(collector, to: customer)
        case .paymentToOtherSupplier(let customer):
            return try notePaymentToOtherSupplier(by: customer)
        case .evaluation(let record):
            return try apply(record)
        }
    }

    /// Sets the decisions of an evaluation again (a replayed journal).
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for a promise or customer the
    ///   ledger does not hold, ``CollectKitError/Kind/invalidData`` for an unknown phase.
    @discardableResult
    mutating func apply(_ record: EvaluationRecord) throws(CollectKitError) -> LedgerUndo {
        var transitions: [PhaseTransition] = []
        transitions.reserveCapacity(record.phases.count)
        for change in record.phases {
            guard let position = promisePosition(change.promiseID) else {
                throw .unknownReference(field: "evaluation.phases", value: change.promiseID.rawValue, reason: "no such promise was recorded")
            }
            guard Phase(rawValue: change.phase) != nil else {
                throw .invalidData(field: "evaluation.phases[\(change.promiseID)]", value: String(change.phase), reason: "an unknown phase")
            }
            transitions.append(PhaseTransition(position: position, from: reportedPhase[Int(position)], to: change.phase))
        }
        var escalations: [EscalationTransition] = []
        for change in record.escalations {
            let slot = try knownSlot(change.customerID, field: "evaluation.escalations")
            escalations.append(EscalationTransition(slot: slot, from: customerExtras[slot]?.escalation, to: change.level))
        }
        let previousDay = lastEvaluatedOn
        for transition in transitions { reportedPhase[Int(transition.position)] = transition.to }
        for escalation in escalations { customerExtras[escalation.slot, default: CustomerExtras()].escalation = escalation.to }
        lastEvaluatedOn = record.asOf
        return .evaluation(previousDay: previousDay, transitions: transitions, escalations: escalations)
    }
}
