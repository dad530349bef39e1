extension CollectionLedger: Equatable {
    /// Equal when they hold the same facts: customers, records, applications, promises,
    /// contacts, history and reported outcomes. Storage details that depend on the order
    /// things were first seen (currency and channel codes), hash seeds and hints are not
    /// compared.
    static func == (lhs: CollectionLedger, rhs: CollectionLedger) -> Bool {
        guard lhs.policy == rhs.policy, lhs.sequence == rhs.sequence, lhs.lastEvaluatedOn == rhs.lastEvaluatedOn,
              lhs.customerKeys == rhs.customerKeys, lhs.customerTerms == rhs.customerTerms,
              lhs.customerExtras == rhs.customerExtras,
              lhs.receivableKeys == rhs.receivableKeys, lhs.receivableSlot == rhs.receivableSlot,
              lhs.receivableAmount == rhs.receivableAmount, lhs.receivableOpen == rhs.receivableOpen,
              lhs.receivableIssueDay == rhs.receivableIssueDay, lhs.receivableDueDay == rhs.receivableDueDay,
              lhs.receivableKind == rhs.receivableKind, lhs.receivableReference == rhs.receivableReference,
              lhs.paymentKeys == rhs.paymentKeys, lhs.paymentSlot == rhs.paymentSlot, lhs.paymentFields == rhs.paymentFields,
              lhs.paymentUnapplied == rhs.paymentUnapplied, lhs.paymentReference == rhs.paymentReference,
              lhs.paymentAllocations == rhs.paymentAllocations,
              lhs.applicationReceivable == rhs.applicationReceivable, lhs.applicationPayment == rhs.applicationPayment,
              lhs.applicationAmount == rhs.applicationAmount, lhs.applicationDay == rhs.applicationDay,
              lhs.promiseKeys == rhs.promiseKeys, lhs.promiseSlot == rhs.promiseSlot, lhs.promiseFields == rhs.promiseFields,
              lhs.promiseReplaces == rhs.promiseReplaces, lhs.promiseCovered == rhs.promiseCovered,
              lhs.promiseEvidence == rhs.promiseEvidence, lhs.reportedPhase == rhs.reportedPhase,
              lhs.contacts == rhs.contacts,
              lhs.customers.count == rhs.customers.count
        else { return false }
        for slot in lhs.customers.indices {
            let (l, r) = (lhs.customers[slot], rhs.customers[slot])
            guard l.isKnown == r.isKnown, l.billed == r.billed, l.open == r.open, l.unapplied == r.unapplied,
                  lhs.currency(ofSlot: slot) == rhs.currency(ofSlot: slot),
                  lhs.collector(ofSlot: Int32(slot)) == rhs.collector(ofSlot: Int32(slot)) else { return false }
        }
        for index in lhs.promiseFields.indices {
            guard lhs.promiseCollector(at: index) == rhs.promiseCollector(at: index),
                  lhs.channels[Int(lhs.promiseChannel[index])] == rhs.channels[Int(rhs.promiseChannel[index])] else { return false }
        }
        return true
    }
}
