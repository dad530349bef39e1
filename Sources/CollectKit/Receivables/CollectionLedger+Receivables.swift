/// Recording receivables and payments, and applying payments to receivables.
///
/// A payment settles first the receivables it names (up to what is open on each), then the
/// customer's other open receivables, oldest due first (then issued first, then billed first);
/// what is left is the customer's unapplied cash, which settles receivables recorded later,
/// oldest payment first. Each application is stored with the day it took effect (the later
/// of the payment's day and the receivable's issue day), so balances on any past day are
/// derived from the same stored facts.
///
/// Every operation validates everything that can fail before it changes anything.
extension CollectionLedger {
    /// Records a receivable, applying the customer's unapplied cash to it.
    ///
    /// - Returns: how to undo it, or `nil` when the identical receivable was already recorded
    ///   (a replayed feed changes nothing).
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` for a known id with other
    ///   content, ``CollectKitError/Kind/currencyMismatch`` for a currency other than the
    ///   customer's, ``CollectKitError/Kind/overflow`` when a total would pass 64 bits.
    /// `slot` is the customer's slot and `existing` the result of looking up the id, when the
    /// caller has done so.
    ///
    /// - Complexity: O(1) amortised, plus the customer's payments when the customer has
    ///   unapplied cash.
    @discardableResult
    mutating func record(_ receivable: Receivable, slot knownSlot: Int32? = nil,
                         existing found: Int32?? = nil) throws(CollectKitError) -> LedgerUndo? {
        if let existing = found ?? receivableRow(receivable.id) {
            guard self.receivable(at: existing) == receivable else {
                throw .duplicateIdentifier(field: "receivable.id", value: receivable.id.rawValue)
            }
            return nil
        }
        let known = knownSlot ?? customerSlot(receivable.customerID)
        let currency = receivable.amount.currency, amount = receivable.amount.minorUnits
        try requireCurrency(currency, slot: known, field: "receivable[\(receivable.id)].amount")
        try requireCurrencyCapacity(currency)
        let currencyTotal = try Self.checkedSum(currencyTotal(currencyBilled, currency), amount) {
            "receivable[\(receivable.id)].amount"
        }
        let customerTotal = try Self.checkedSum(known.map { customers[Int($0)].billed } ?? 0, amount) {
            "receivable[\(receivable.id)].amount"
        }
        try receivableKeys.requireCapacity(for: receivable.id.rawValue, field: "receivable.id")
        try receivableReference.requireCapacity(for: receivable.reference, field: "receivable[\(receivable.id)].reference")
        try requireSlotCapacity(for: receivable.customerID, known: known)

        let row = receivableKeys.append(receivable.id.rawValue)
        let (slot, added) = slot(known, for: receivable.customerID)
        let s = Int(slot)
        let code = currencyCode(currency)
        let fixed = customers[s].currency == 0
        if fixed { customers[s].currency = code }
        currencyBilled[Int(code) - 1] = currencyTotal
        receivableSlot.appendColumn(slot)
        receivableAmount.appendColumn(amount)
        receivableOpen.appendColumn(amount)
        receivableIssueDay.appendColumn(receivable.issueDate.daysSinceEpoch)
        receivableDueDay.appendColumn(receivable.dueDate.daysSinceEpoch)
        receivableKind.appendColumn(receivable.kind.code)
        receivableReference.append(receivable.reference)
        receivableNext.appendColumn(customers[s].receivableHead)
        receivableOpenPrev.appendColumn(Self.none)
        receivableOpenNext.appendColumn(Self.none)
        customers[s].receivableHead = row
        linkOpen(row)
        customers[s].billed = customerTotal
        customers[s].open &+= amount
        latestIssueDay = Swift.max(latestIssueDay, receivable.issueDate.daysSinceEpoch)
        let firstApplication = applicationAmount.count
        if customers[s].unapplied > 0 { applyUnappliedCash(slot: slot, to: row) }
        return .receivable(row: row, firstApplication: firstApplication, addedSlot: added, fixedCurrency: fixed)
    }

    /// Records a payment, optionally naming the promise it pays, and applies it to
    /// receivables.
    ///
    /// - Returns: how to undo it, or `nil` when the identical payment (same target) was
    ///   already recorded.
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` for a known id with other
    ///   content or target; ``CollectKitError/Kind/unknownReference`` for an allocation to an
    ///   unknown receivable, a receivable of another customer or an unknown target promise;
    ///   ``CollectKitError/Kind/invalidArgument`` for a promise of another customer;
    ///   ``CollectKitError/Kind/currencyMismatch``; ``CollectKitError/Kind/overflow``.
    /// - Complexity: O(k log k) for the customer's k receivables, independent of the
    ///   portfolio's size.
    @discardableResult
    mutating func record(_ payment: Payment, toward target: PromiseID? = nil, slot knownSlot: Int32? = nil,
                         existing found: Int32?? = nil) throws(CollectKitError) -> LedgerUndo? {
        let known = knownSlot ?? customerSlot(payment.customerID)
        var targetPosition = Self.noTarget
        if let target {
            guard let position = promisePosition(target) else {
                throw .unknownReference(field: "payment[\(payment.id)].target", value: target.rawValue,
                                        reason: "no such promise was recorded")
            }
            guard promiseSlot[Int(position)] == known else {
                throw .invalidArgument(field: "payment[\(payment.id)].target", value: target.rawValue,
                                       reason: "the promise belongs to another customer")
            }
            targetPosition = position
        }
        if let existing = found ?? paymentRow(payment.id) {
            guard self.payment(at: existing) == payment, paymentFields[Int(existing)].target == targetPosition else {
                throw .duplicateIdentifier(field: "payment.id", value: payment.id.rawValue)
            }
            return nil
        }
        let currency = payment.amount.currency, amount = payment.amount.minorUnits
        try requireCurrency(currency, slot: known, field: "payment[\(payment.id)].amount")
        var named: [(row: Int32, amount: Int64)] = []
        for allocation in payment.allocations {
            guard let row = receivableRow(allocation.receivableID) else {
                throw .unknownReference(field: "payment[\(payment.id)].allocations", value: allocation.receivableID.rawValue,
                                        reason: "no receivable with this id is recorded")
            }
            guard receivableSlot[Int(row)] == known else {
                throw .unknownReference(field: "payment[\(payment.id)].allocations", value: allocation.receivableID.rawValue,
                                        reason: "the receivable belongs to another customer than the payer \(payment.customerID)")
            }
            named.append((row, allocation.amount.minorUnits))
        }
        try requireCurrencyCapacity(currency)
        let received = try Self.checkedSum(currencyTotal(currencyReceived, currency), amount) { "payment[\(payment.id)].amount" }
        try paymentKeys.requireCapacity(for: payment.id.rawValue, field: "payment.id")
        try paymentReference.requireCapacity(for: payment.reference, field: "payment[\(payment.id)].reference")
        try requireSlotCapacity(for: payment.customerID, known: known)

        let row = paymentKeys.append(payment.id.rawValue)
        let (slot, added) = slot(known, for: payment.customerID)
        let s = Int(slot)
        let code = currencyCode(currency)
        let fixed = customers[s].currency == 0
        if fixed { customers[s].currency = code }
        currencyReceived[Int(code) - 1] = received
        paymentSlot.appendColumn(slot)
        paymentFields.appendColumn(PaymentAllocationFields(day: payment.date.daysSinceEpoch, target: targetPosition, amount: amount))
        paymentUnapplied.appendColumn(amount)
        paymentReference.append(payment.reference)
        if !payment.allocations.isEmpty { paymentAllocations[row] = payment.allocations }
        paymentNext.appendColumn(customers[s].paymentHead)
        customers[s].paymentHead = row
        customers[s].unapplied &+= amount
        let firstApplication = applicationAmount.count
        for (receivable, limit) in named { apply(payment: row, to: receivable, upTo: limit) }
        if paymentUnapplied[Int(row)] > 0, customers[s].open > 0 { applyOldestFirst(payment: row, slot: slot) }
        return .payment(row: row, firstApplication: firstApplication, addedSlot: added, fixedCurrency: fixed)
    }

    /// Moves up to `limit` of the payment's unapplied money onto the receivable's open amount.
    private mutating func apply(payment: Int32, to receivable: Int32, upTo limit: Int64) {
        let take = Swift.min(limit, paymentUnapplied[Int(payment)], receivableOpen[Int(receivable)])
        guard take > 0 else { return }
        let slot = Int(receivableSlot[Int(receivable)])
        paymentUnapplied[Int(payment)] -= take
        receivableOpen[Int(receivable)] -= take
        if receivableOpen[Int(receivable)] == 0 { unlinkOpen(receivable) }
        customers[slot].unapplied -= take
        customers[slot].open -= take
        let day = Swift.max(paymentFields[Int(payment)].day, receivableIssueDay[Int(receivable)])
        applicationReceivable.appendColumn(receivable)
        applicationPayment.appendColumn(payment)
        applicationAmount.appendColumn(take)
        applicationDay.appendColumn(day)
        applicationNext.appendColumn(customers[slot].applicationHead)
        customers[slot].applicationHead = Int32(applicationAmount.count - 1)
        latestApplicationDay = Swift.max(latestApplicationDay, day)
    }

    /// Applies what is left of a payment to the customer's open receivables, oldest due first:
    /// a walk along the open list that stops when the money runs out.
    private mutating func applyOldestFirst(payment: Int32, slot: Int32) {
        var row = customers[Int(slot)].openHead
        while row != Self.none, paymentUnapplied[Int(payment)] > 0 {
            let next = receivableOpenNext[Int(row)]
            apply(payment: payment, to: row, upTo: .max)
            row = next
        }
    }

    /// Puts `row` into its customer's open list at its place in settlement order. Rows come
    /// mostly in due order, so the walk back from the tail is usually one step.
    mutating func linkOpen(_ row: Int32) {
        let slot = Int(receivableSlot[Int(row)])
        let tail = customers[slot].openTail
        let (due, issue) = (receivableDueDay[Int(row)], receivableIssueDay[Int(row)])
        // After the tail when it is due later, or as late and issued no earlier: rows are
        // compared last by recording order, and this row is the newest. Appending reads no
        // other row (the tail's days are kept on the customer), only writes the tail's link.
        if tail == Self.none || due > customers[slot].openTailDue
            || (due == customers[slot].openTailDue && issue >= customers[slot].openTailIssue) {
            receivableOpenPrev[Int(row)] = tail
            receivableOpenNext[Int(row)] = Self.none
            if tail == Self.none { customers[slot].openHead = row } else { receivableOpenNext[Int(tail)] = row }
            setOpenTail(row, slot: slot)
            return
        }
        var after = tail
        while after != Self.none, receivableSettlesBefore(row, after) { after = receivableOpenPrev[Int(after)] }
        let next = after == Self.none ? customers[slot].openHead : receivableOpenNext[Int(after)]
        receivableOpenPrev[Int(row)] = after
        receivableOpenNext[Int(row)] = next
        if after == Self.none { customers[slot].openHead = row } else { receivableOpenNext[Int(after)] = row }
        if next == Self.none { setOpenTail(row, slot: slot) } else { receivableOpenPrev[Int(next)] = row }
    }

    /// Makes `row` (or none) the customer's last open receivable, remembering its days.
    @inline(__always)
    mutating func setOpenTail(_ row: Int32, slot: Int) {
        customers[slot].openTail = row
        if row != Self.none {
            customers[slot].openTailDue = receivableDueDay[Int(row)]
            customers[slot].openTailIssue = receivableIssueDay[Int(row)]
        }
    }

    /// Takes `row` out of its customer's open list.
    mutating func unlinkOpen(_ row: Int32) {
        let slot = Int(receivableSlot[Int(row)])
        let prev = receivableOpenPrev[Int(row)], next = receivableOpenNext[Int(row)]
        if prev == Self.none { customers[slot].openHead = next } else { receivableOpenNext[Int(prev)] = next }
        if next == Self.none { setOpenTail(prev, slot: slot) } else { receivableOpenPrev[Int(next)] = prev }
        receivableOpenPrev[Int(row)] = Self.none
        receivableOpenNext[Int(row)] = Self.none
    }

    /// Applies the customer's unapplied cash to a newly recorded receivable, oldest payment
    /// first.
    private mutating func applyUnappliedCash(slot: Int32, to receivable: Int32) {
        var payments: [Int32] = []
        for row in LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext)
        where paymentUnapplied[Int(row)] > 0 {
            payments.append(row)
        }
        for payment in payments.reversed() {
            guard receivableOpen[Int(receivable)] > 0 else { break }
            apply(payment: payment, to: receivable, upTo: .max)
        }
    }

    /// The order receivables are settled in: due first, then issued first, then billed first
    /// (recording order), so a day's batch of invoices with the same terms is settled in the
    /// order it was billed and joins the open list at its end.
    @inline(__always)
    func receivableSettlesBefore(_ lhs: Int32, _ rhs: Int32) -> Bool {
        let l = Int(lhs), r = Int(rhs)
        if receivableDueDay[l] != receivableDueDay[r] { return receivableDueDay[l] < receivableDueDay[r] }
        if receivableIssueDay[l] != receivableIssueDay[r] { return receivableIssueDay[l] < receivableIssueDay[r] }
        return lhs < rhs
    }

    /// Reverses the applications from `first` on, newest first.
    mutating func undoApplications(from first: Int) {
        while applicationAmount.count > first {
            let index = applicationAmount.count - 1
            let receivable = Int(applicationReceivable[index]), payment = Int(applicationPayment[index])
            let amount = applicationAmount[index]
            let slot = Int(receivableSlot[receivable])
            let wasSettled = receivableOpen[receivable] == 0
            receivableOpen[receivable] += amount
            if wasSettled { linkOpen(Int32(receivable)) }
            paymentUnapplied[payment] += amount
            customers[slot].open += amount
            customers[slot].unapplied += amount
            customers[slot].applicationHead = applicationNext[index]
            applicationReceivable.removeLast()
            applicationPayment.removeLast()
            applicationAmount.removeLast()
            applicationDay.removeLast()
            applicationNext.removeLast()
        }
    }

    /// Removes the receivable recorded last (undo).
    mutating func removeLastReceivable() {
        let row = receivableAmount.count - 1
        let slot = Int(receivableSlot[row])
        let code = Int(customers[slot].currency) - 1
        if code >= 0 { currencyBilled[code] -= receivableAmount[row] }
        customers[slot].billed -= receivableAmount[row]
        customers[slot].open -= receivableOpen[row]
        customers[slot].receivableHead = receivableNext[row]
        if receivableOpen[row] > 0 { unlinkOpen(Int32(row)) }
        receivableOpenPrev.removeLast()
        receivableOpenNext.removeLast()
        receivableKeys.removeLast()
        receivableSlot.removeLast()
        receivableAmount.removeLast()
        receivableOpen.removeLast()
        receivableIssueDay.removeLast()
        receivableDueDay.removeLast()
        receivableKind.removeLast()
        receivableReference.removeLast()
        receivableNext.removeLast()
    }

    /// Removes the payment recorded last (undo).
    mutating func removeLastPayment() {
        let row = paymentFields.count - 1
        let slot = Int(paymentSlot[row])
        let code = Int(customers[slot].currency) - 1
        if code >= 0 { currencyReceived[code] -= paymentFields[row].amount }
        customers[slot].unapplied -= paymentUnapplied[row]
        customers[slot].paymentHead = paymentNext[row]
        paymentAllocations[Int32(row)] = nil
        paymentKeys.removeLast()
        paymentSlot.removeLast()
        paymentFields.removeLast()
        paymentUnapplied.removeLast()
        paymentReference.removeLast()
        paymentNext.removeLast()
    }

    // MARK: Reading records back

    /// The receivable at `row`, as recorded.
    func receivable(at row: Int32) -> Receivable {
        let r = Int(row)
        let slot = receivableSlot[r]
        return Receivable(uncheckedID: ReceivableID(rawValue: receivableKeys.string(row)), customerID: customerID(ofSlot: slot),
                          kind: Receivable.Kind(code: receivableKind[r]),
                          amount: Money(minorUnits: receivableAmount[r], currency: currency(ofSlot: Int(slot)) ?? .cny),
                          issueDate: CalendarDate(daysSinceEpoch: receivableIssueDay[r]),
                          dueDate: CalendarDate(daysSinceEpoch: receivableDueDay[r]), reference: receivableReference[row])
    }

    /// The payment at `row`, as recorded.
    func payment(at row: Int32) -> Payment {
        let r = Int(row)
        let slot = paymentSlot[r]
        return Payment(uncheckedID: PaymentID(rawValue: paymentKeys.string(row)), customerID: customerID(ofSlot: slot),
                       amount: Money(minorUnits: paymentFields[r].amount, currency: currency(ofSlot: Int(slot)) ?? .cny),
                       date: CalendarDate(daysSinceEpoch: paymentFields[r].day),
                       allocations: paymentAllocations[row] ?? [], reference: paymentReference[row])
    }

    /// The promise a payment names, if any.
    func target(ofPayment row: Int32) -> PromiseID? {
        let target = paymentFields[Int(row)].target
        return target == Self.noTarget ? nil : promiseID(at: Int(target))
    }

    static let noTarget: Int32 = -1

    /// `total + amount`, or an overflow error naming `field`.
    @inline(__always)
    static func checkedSum(_ total: Int64, _ amount: Int64, field: () -> String) throws(CollectKitError) -> Int64 {
        let (sum, overflow) = total.addingReportingOverflow(amount)
        guard !overflow else { throw .overflow(field: field(), value: "\(total) + \(amount)") }
        return sum
    }
}
