/// How to reverse one accepted change to a ``CollectionLedger``.
///
/// Changes append rows or change a few fields, so each undo names the rows or keeps the few
/// values it overwrote; undoing happens newest first (a batch that fails part-way, or a
/// rollback to a journal sequence number), which is what lets appended rows simply be
/// removed again.
enum LedgerUndo: Sendable {
    case customer(slot: Int32, added: Bool, previous: CustomerTerms, wasKnown: Bool)
    case receivable(row: Int32, firstApplication: Int, addedSlot: Bool, fixedCurrency: Bool)
    case payment(row: Int32, firstApplication: Int, addedSlot: Bool, fixedCurrency: Bool)
    case promise(position: Int32, replaced: Int32?, addedSlot: Bool, fixedCurrency: Bool, addedCollector: Bool, addedChannel: Bool)
    case cancellation(position: Int32)
    case contact(addedSlot: Bool)
    case excuse(slot: Int32)
    case ask(slot: Int32)
    case paymentToOtherSupplier(slot: Int32)
    case assignment(slot: Int32, previous: Int32, addedCollector: Bool)
    case evaluation(previousDay: CalendarDate?, transitions: [PhaseTransition], escalations: [EscalationTransition])
    /// A replayed entry that changed nothing.
    case nothing
}

/// A customer whose remembered escalation level an evaluation raised.
struct EscalationTransition: Sendable, Equatable {
    var slot: Int32
    var from: EscalationLevel?
    var to: EscalationLevel
}

extension CollectionLedger {
    /// Reverses `change`; changes are undone newest first.
    mutating func undo(_ change: LedgerUndo) {
        switch change {
        case let .customer(slot, added, previous, wasKnown):
            if added { removeLastSlot() } else {
                customerTerms[Int(slot)] = previous
                customers[Int(slot)].isKnown = wasKnown
            }
        case let .receivable(_, firstApplication, addedSlot, fixedCurrency):
            undoApplications(from: firstApplication)
            let slot = receivableSlot[receivableSlot.count - 1]
            removeLastReceivable()
            finishUndo(slot: slot, addedSlot: addedSlot, fixedCurrency: fixedCurrency)
        case let .payment(_, firstApplication, addedSlot, fixedCurrency):
            undoApplications(from: firstApplication)
            let slot = paymentSlot[paymentSlot.count - 1]
            removeLastPayment()
            finishUndo(slot: slot, addedSlot: addedSlot, fixedCurrency: fixedCurrency)
        case let .promise(_, replaced, addedSlot, fixedCurrency, addedCollector, addedChannel):
            let slot = promiseSlot[promiseSlot.count - 1]
            removeLastPromise(replaced: replaced, addedCollector: addedCollector, addedChannel: addedChannel)
            finishUndo(slot: slot, addedSlot: addedSlot, fixedCurrency: fixedCurrency)
        case let .cancellation(position):
            promiseFields[Int(position)].cancelledOn = Self.never
        case let .contact(addedSlot):
            removeLastContact()
            if addedSlot { removeLastSlot() }
        case let .excuse(slot):
            customerExtras[slot]?.excuses.removeLast()
            dropEmptyExtras(slot)
        case let .ask(slot):
            customerExtras[slot]?.asks.removeLast()
            dropEmptyExtras(slot)
        case let .paymentToOtherSupplier(slot):
            customerExtras[slot]?.paymentsToOthers -= 1
            dropEmptyExtras(slot)
        case let .assignment(slot, previous, addedCollector):
            customers[Int(slot)].collector = previous
            if addedCollector { collectorKeys.removeLast() }
        case let .evaluation(previousDay, transitions, escalations):
            for transition in transitions.reversed() { reportedPhase[Int(transition.position)] = transition.from }
            for escalation in escalations.reversed() {
                customerExtras[escalation.slot, default: CustomerExtras()].escalation = escalation.from
                dropEmptyExtras(escalation.slot)
            }
            lastEvaluatedOn = previousDay
        case .nothing:
            break
        }
    }

    private mutating func finishUndo(slot: Int32, addedSlot: Bool, fixedCurrency: Bool) {
        if addedSlot { removeLastSlot() } else if fixedCurrency { customers[Int(slot)].currency = 0 }
    }

    mutating func dropEmptyExtras(_ slot: Int32) {
        if customerExtras[slot]?.isEmpty == true { customerExtras[slot] = nil }
    }
}
