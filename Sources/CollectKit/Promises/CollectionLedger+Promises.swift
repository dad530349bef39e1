/// Recording promises, renegotiations, cancellations and follow-up contacts.
///
/// Statuses are not stored; they are derived from the records for any `asOf` date (see
/// ``state(of:asOf:)``), which is why recording a payment or cancellation dated in the past
/// is safe.
///
/// ## Allocation
/// A payment dated `d` goes first to the promise it names, then to the customer's promises
/// that are live on `d` (made on or before `d`, not cancelled or replaced by `d`, not yet
/// fully paid): first those still open on `d` (deadline not yet passed), then, with what is
/// left, overdue ones (a late payment) — each group in order of promised date, then day
/// made, then id. Within a day, targeted payments are applied before untargeted ones, then
/// by payment id, so the outcome does not depend on the order the host recorded them in.
/// What no promise takes is kept as the customer's credit toward promises; it is never
/// dropped.
extension CollectionLedger {
    /// Records a promise; a promise with ``Promise/replaces`` set renegotiates that promise.
    /// Recording the identical promise again changes nothing.
    ///
    /// The customer's words are not stored: they are the host's free text (personal data),
    /// and the engine decides nothing from them.
    ///
    /// - Returns: how to undo it, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` / ``CollectKitError/Kind/invalidDate``
    ///   for an invalid promise, ``CollectKitError/Kind/duplicateIdentifier`` for a known id
    ///   with other content, ``CollectKitError/Kind/currencyMismatch`` for a currency other
    ///   than the customer's, ``CollectKitError/Kind/unknownReference`` for a replaced promise
    ///   that does not exist, ``CollectKitError/Kind/invalidArgument`` for a covered receivable
    ///   of another customer or a replacement that cannot apply.
    @discardableResult
    mutating func record(_ promise: StandardPromise, slot knownSlot: Int32? = nil,
                         existing found: Int32?? = nil) throws(CollectKitError) -> LedgerUndo? {
        let promise = promise.withoutCustomerWords
        if let existing = found ?? promisePosition(promise.promiseID) {
            guard self.promise(at: Int(existing)) == promise else {
                throw .duplicateIdentifier(field: "promise.id", value: promise.promiseID.rawValue)
            }
            return nil
        }
        try Self.requireBeforeSentinel(promise.promisedDate, field: "promise[\(promise.promiseID)].promisedDate")
        let known = knownSlot ?? customerSlot(promise.customerID)
        try requireCurrency(promise.amount.currency, slot: known, field: "promise[\(promise.promiseID)].amount")
        for receivableID in promise.coveredReceivables ?? [] {
            guard let row = receivableRow(receivableID) else { continue }
            guard receivableSlot[Int(row)] == known else {
                throw .invalidArgument(field: "promise[\(promise.promiseID)].coveredReceivables", value: receivableID.rawValue,
                                       reason: "the receivable belongs to customer \(customerID(ofSlot: receivableSlot[Int(row)]))")
            }
        }
        var original = Self.none
        if let replaced = promise.replaces {
            original = try checkReplacement(of: replaced, by: promise)
        }
        try requireCurrencyCapacity(promise.amount.currency)
        try promiseKeys.requireCapacity(for: promise.promiseID.rawValue, field: "promise.id")
        try promiseEvidence.requireCapacity(for: promise.evidence, field: "promise[\(promise.promiseID)].evidence")
        let knownCollector = collectorKeys.find(promise.collectorID.rawValue)
        if knownCollector == nil { try collectorKeys.requireCapacity(for: promise.collectorID.rawValue, field: "promise.collectorID") }
        try requireSlotCapacity(for: promise.customerID, known: known)

        let index = promiseKeys.append(promise.promiseID.rawValue)
        let (slot, added) = slot(known, for: promise.customerID)
        let s = Int(slot)
        let code = currencyCode(promise.amount.currency)
        let fixed = customers[s].currency == 0
        if fixed { customers[s].currency = code }
        let collector = knownCollector ?? collectorKeys.append(promise.collectorID.rawValue)
        let knownChannel = channels.firstIndex(of: promise.channel)
        if knownChannel == nil { channels.append(promise.channel) }
        promiseSlot.appendColumn(slot)
        promiseFields.appendColumn(PromiseAllocationFields(due: promise.promisedDate.daysSinceEpoch, made: promise.madeOn.daysSinceEpoch,
                                                     cancelledOn: Self.never, replacedOn: Self.never,
                                                     amount: promise.amount.minorUnits))
        promiseCollectorIndex.appendColumn(collector)
        promiseChannel.appendColumn(UInt16(knownChannel ?? channels.count - 1))
        promiseReplaces.appendColumn(original)
        if let covered = promise.coveredReceivables { promiseCovered[index] = covered }
        promiseEvidence.append(promise.evidence)
        promiseNext.appendColumn(customers[s].promiseHead)
        customers[s].promiseHead = index
        reportedPhase.appendColumn(Phase.none.rawValue)
        if original != Self.none { promiseFields[Int(original)].replacedOn = promise.madeOn.daysSinceEpoch }
        return .promise(position: index, replaced: original == Self.none ? nil : original, addedSlot: added, fixedCurrency: fixed,
                        addedCollector: knownCollector == nil, addedChannel: knownChannel == nil)
    }

    /// Withdraws a promise from `date` on (the receivable was credited, the dispute upheld).
    /// Payments dated before `date` still count toward it. Cancelling again on the same day
    /// changes nothing.
    ///
    /// - Returns: how to undo it, or `nil` for a repeat.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown promise,
    ///   ``CollectKitError/Kind/invalidDate`` for a date before the promise was made,
    ///   ``CollectKitError/Kind/invalidArgument`` if it was cancelled on another day or replaced.
    @discardableResult
    mutating func cancelPromise(_ id: PromiseID, on date: CalendarDate) throws(CollectKitError) -> LedgerUndo? {
        guard let position = promisePosition(id) else {
            throw .unknownReference(field: "cancellation.promiseID", value: id.rawValue, reason: "no such promise was recorded")
        }
        let index = Int(position)
        try Self.requireBeforeSentinel(date, field: "cancellation[\(id)].date")
        if promiseFields[index].cancelledOn == date.daysSinceEpoch { return nil }
        guard promiseFields[index].cancelledOn == Self.never else {
            throw .invalidArgument(field: "cancellation[\(id)].date", value: date.description,
                                   reason: "the promise was already cancelled on another day")
        }
        guard promiseFields[index].replacedOn == Self.never else {
            throw .invalidArgument(field: "cancellation.promiseID", value: id.rawValue,
                                   reason: "the promise was renegotiated; cancel its replacement instead")
        }
        let madeOn = CalendarDate(daysSinceEpoch: promiseFields[index].made)
        guard date >= madeOn else {
            throw CollectKitError(kind: .invalidDate, field: "cancellation[\(id)].date", value: date.description,
                                  reason: "before the promise was made on \(madeOn)")
        }
        promiseFields[index].cancelledOn = date.daysSinceEpoch
        return .cancellation(position: position)
    }

    /// Records that a collector contacted a customer; the "left without follow-up" signal
    /// looks for these after a promised date.
    @discardableResult
    mutating func record(_ contact: ContactRecord) throws(CollectKitError) -> LedgerUndo {
        let known = customerSlot(contact.customerID)
        try requireSlotCapacity(for: contact.customerID, known: known)
        let (slot, added) = slot(known, for: contact.customerID)
        contactNext.append(customers[Int(slot)].contactHead)
        customers[Int(slot)].contactHead = Int32(contacts.count)
        contacts.append(contact)
        return .contact(addedSlot: added)
    }

    /// Removes the promise recorded last (undo).
    mutating func removeLastPromise(replaced: Int32?, addedCollector: Bool, addedChannel: Bool) {
        let index = promiseCount - 1
        let slot = Int(promiseSlot[index])
        if let replaced { promiseFields[Int(replaced)].replacedOn = Self.never }
        customers[slot].promiseHead = promiseNext[index]
        promiseCovered[Int32(index)] = nil
        promiseKeys.removeLast()
        promiseSlot.removeLast()
        promiseFields.removeLast()
        promiseCollectorIndex.removeLast()
        promiseChannel.removeLast()
        promiseReplaces.removeLast()
        promiseEvidence.removeLast()
        promiseNext.removeLast()
        reportedPhase.removeLast()
        if addedCollector { collectorKeys.removeLast() }
        if addedChannel { channels.removeLast() }
    }

    /// Removes the contact recorded last (undo).
    mutating func removeLastContact() {
        guard let contact = contacts.popLast() else { return }
        let next = contactNext.removeLast()
        if let slot = customerSlot(contact.customerID) { customers[Int(slot)].contactHead = next }
    }

    func checkReplacement(of replaced: PromiseID, by promise: StandardPromise) throws(CollectKitError) -> Int32 {
        let field = "promise[\(promise.promiseID)].replaces"
        guard let index = promisePosition(replaced) else {
            throw .unknownReference(field: field, value: replaced.rawValue, reason: "there is no such promise to renegotiate")
        }
        let original = self.promise(at: Int(index))
        guard original.customerID == promise.customerID else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original belongs to another customer")
        }
        guard promiseFields[Int(index)].cancelledOn == Self.never else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original was cancelled")
        }
        guard promiseFields[Int(index)].replacedOn == Self.never else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original was already renegotiated")
        }
        guard promise.madeOn >= original.madeOn else {
            throw CollectKitError(kind: .invalidDate, field: "promise[\(promise.promiseID)].madeOn", value: promise.madeOn.description,
                                  reason: "a renegotiation cannot be made before the original (\(original.madeOn))")
        }
        return index
    }

    // MARK: Reading

    /// The promise with this id, if recorded.
    func promise(_ id: PromiseID) -> StandardPromise? {
        promisePosition(id).map { promise(at: Int($0)) }
    }

    /// The promise at `index`, as recorded (without the customer's words).
    func promise(at index: Int) -> StandardPromise {
        let replaced = promiseReplaces[index]
        return StandardPromise(uncheckedID: promiseID(at: index), customerID: customerID(ofSlot: promiseSlot[index]),
                              amount: promiseAmount(at: index),
                              promisedDate: CalendarDate(daysSinceEpoch: promiseFields[index].due),
                              madeOn: CalendarDate(daysSinceEpoch: promiseFields[index].made),
                              collectorID: promiseCollector(at: index), channel: channels[Int(promiseChannel[index])],
                              coveredReceivables: promiseCovered[Int32(index)], customerWords: nil,
                              evidence: promiseEvidence[Int32(index)],
                              replaces: replaced == Self.none ? nil : promiseID(at: Int(replaced)))
    }

    /// The id of the promise at `index`.
    func promiseID(at index: Int) -> PromiseID { PromiseID(rawValue: promiseKeys.string(Int32(index))) }

    /// The collector the promise at `index` was made to.
    func promiseCollector(at index: Int) -> CollectorID {
        CollectorID(rawValue: collectorKeys.string(promiseCollectorIndex[index]))
    }

    /// The amount of the promise at `index`.
    func promiseAmount(at index: Int) -> Money {
        Money(minorUnits: promiseFields[index].amount, currency: currency(ofSlot: Int(promiseSlot[index])) ?? .cny)
    }

    /// A customer's promises in recording order.
    func promises(of customer: CustomerID) -> [StandardPromise] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customers[Int(slot)].promiseHead, next: promiseNext).reversed().map { promise(at: Int($0)) }
    }

    /// A customer's payments in recording order.
    func payments(of customer: CustomerID) -> [Payment] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext).reversed().map { payment(at: $0) }
    }

    /// A customer's receivables in recording order.
    func receivables(of customer: CustomerID) -> [Receivable] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customers[Int(slot)].receivableHead, next: receivableNext).reversed().map { receivable(at: $0) }
    }

    /// A customer's contact records in recording order.
    func contacts(of customer: CustomerID) -> [ContactRecord] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customers[Int(slot)].contactHead, next: contactNext).reversed().map { contacts[Int($0)] }
    }

    /// The currency the customer's records must be in, once known.
    func currency(of customer: CustomerID) -> Currency? {
        customerSlot(customer).flatMap { currency(ofSlot: Int($0)) }
    }

    /// The number of promises recorded (all statuses).
    var promiseCount: Int { promiseFields.count }
    /// The number of payments recorded.
    var paymentCount: Int { paymentFields.count }
    /// The number of receivables recorded.
    var receivableCount: Int { receivableAmount.count }
}

extension StandardPromise {
    /// The promise as the ledger keeps it: the customer's words stay with the host.
    var withoutCustomerWords: StandardPromise {
        guard customerWords != nil else { return self }
        return StandardPromise(uncheckedID: promiseID, customerID: customerID, amount: amount, promisedDate: promisedDate, madeOn: madeOn,
                              collectorID: collectorID, channel: channel, coveredReceivables: coveredReceivables,
                              customerWords: nil, evidence: evidence, replaces: replaces)
    }
}
