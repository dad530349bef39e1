/// Scratch space for allocating one customer's payments to their promises; reused across
/// customers so evaluating a whole portfolio allocates almost nothing per customer.
struct CustomerAllocation {
    /// Promise indices in allocation order (promised date, day made, id).
    var order: [Int32] = []
    /// Payment indices in application order (date, targeted first, id).
    var paymentOrder: [Int32] = []
    /// Money allocated from payments dated on or before `asOf`, by position in `order`.
    var paid: [Int64] = []
    /// Money allocated from payments dated on or before each promise's deadline.
    var paidByDeadline: [Int64] = []
    /// The day the kept threshold was first reached, or `CollectionLedger.never`.
    var fulfilledOn: [Int32] = []
    /// Money no promise took.
    var credit: Int64 = 0
    /// Whether `credit` exceeded `Int64` minor units (it is then clamped).
    var creditOverflowed = false
}

extension CustomerAllocation {
    /// Runs `body` with the allocation as read-only buffers.
    func withAllocated<R>(_ body: (AllocatedPromises) -> R) -> R {
        order.withUnsafeBufferPointer { order in
            paid.withUnsafeBufferPointer { paid in
                paidByDeadline.withUnsafeBufferPointer { paidByDeadline in
                    fulfilledOn.withUnsafeBufferPointer { fulfilledOn in
                        body(AllocatedPromises(order: order, paid: paid, paidByDeadline: paidByDeadline, fulfilledOn: fulfilledOn))
                    }
                }
            }
        }
    }
}

/// One customer's promises in allocation order with the money each took, as the record and
/// summary read them.
struct AllocatedPromises {
    /// Promise positions in allocation order.
    var order: UnsafeBufferPointer<Int32>
    /// Money allocated, by position in `order`.
    var paid: UnsafeBufferPointer<Int64>
    /// Money allocated by each promise's deadline, by position in `order`.
    var paidByDeadline: UnsafeBufferPointer<Int64>
    /// The day each reached the kept threshold, or never, by position in `order`.
    var fulfilledOn: UnsafeBufferPointer<Int32>
}

/// One customer's records and money columns as the allocation core reads and writes them:
/// views into a ``CustomerAllocation``'s arrays, or into the arrays a whole-portfolio
/// evaluation reuses for every customer.
struct AllocationBuffers {
    /// Promise indices; sorted in place into allocation order.
    var order: UnsafeMutableBufferPointer<Int32>
    /// Payment indices dated on or before the day judged; sorted in place into application order.
    var payments: UnsafeMutableBufferPointer<Int32>
    /// Money allocated, by position in `order`; at least `order.count` entries.
    var paid: UnsafeMutableBufferPointer<Int64>
    /// Money allocated by each promise's deadline, by position in `order`; at least `order.count` entries.
    var paidByDeadline: UnsafeMutableBufferPointer<Int64>
    /// The day the kept threshold was reached, by position in `order`; at least `order.count` entries.
    var fulfilledOn: UnsafeMutableBufferPointer<Int32>
}

/// The part of a promise's life the event stream reports on.
enum Phase: UInt8 {
    case none = 0, open, due, kept, partiallyKept, broken, renegotiated, cancelled
}

extension CollectionLedger {
    /// Whether `paid` reaches `threshold` basis points of `amount`, exactly (no overflow, no
    /// floating point).
    static func reaches(_ paid: Int64, of amount: Int64, basisPoints threshold: Int) -> Bool {
        let lhs = paid.multipliedFullWidth(by: 10_000)
        let rhs = amount.multipliedFullWidth(by: Int64(threshold))
        return lhs.high != rhs.high ? lhs.high > rhs.high : lhs.low >= rhs.low
    }

    /// `paid / amount` in basis points, rounded down; `paid` is at most `amount`.
    static func basisPoints(_ paid: Int64, of amount: Int64) -> Int {
        guard amount > 0, paid > 0 else { return 0 }
        guard paid < amount else { return 10_000 }
        return Int(amount.dividingFullWidth(paid.multipliedFullWidth(by: 10_000)).quotient)
    }

    /// Promise order for allocation: promised date, then day made, then id.
    func promiseOrderedBefore(_ l: Int32, _ r: Int32) -> Bool {
        let il = Int(l), ir = Int(r)
        if promiseFields[il].due != promiseFields[ir].due { return promiseFields[il].due < promiseFields[ir].due }
        if promiseFields[il].made != promiseFields[ir].made { return promiseFields[il].made < promiseFields[ir].made }
        return promiseKeys.precedes(l, r)
    }

    /// Payment order for allocation: date, then payments naming a promise, then id.
    func paymentOrderedBefore(_ l: Int32, _ r: Int32) -> Bool {
        let il = Int(l), ir = Int(r)
        if paymentFields[il].day != paymentFields[ir].day { return paymentFields[il].day < paymentFields[ir].day }
        let tl = paymentFields[il].target != Self.noTarget, tr = paymentFields[ir].target != Self.noTarget
        if tl != tr { return tl }
        return paymentKeys.precedes(l, r)
    }

    /// Allocates the customer's payments dated on or before `asOf` to their promises.
    ///
    /// Allocation of a payment never depends on later payments, so the result for `asOf` is a
    /// prefix of the result for any later day: statuses on different days are consistent.
    ///
    /// - Complexity: O(p log p + q log q + q·p) for p promises and q payments of the customer;
    ///   up to ``insertionSortLimit`` records are insertion-sorted, which beats a general sort.
    func allocate(slot: Int, asOf: CalendarDate, into a: inout CustomerAllocation) {
        let day = asOf.daysSinceEpoch
        a.order.removeAll(keepingCapacity: true)
        a.order.append(contentsOf: LinkedPositions(head: customers[slot].promiseHead, next: promiseNext))
        a.paymentOrder.removeAll(keepingCapacity: true)
        for index in LinkedPositions(head: customers[slot].paymentHead, next: paymentNext) where paymentFields[Int(index)].day <= day {
            a.paymentOrder.append(index)
        }
        allocateGathered(asOf: asOf, into: &a)
    }

    /// Allocates as ``allocate(slot:asOf:into:)`` does, once `a.order` holds the customer's
    /// promises and `a.paymentOrder` its payments dated on or before `asOf`, in any order.
    func allocateGathered(asOf: CalendarDate, into a: inout CustomerAllocation) {
        let count = a.order.count
        a.paid.removeAll(keepingCapacity: true)
        a.paid.append(contentsOf: repeatElement(0, count: count))
        a.paidByDeadline.removeAll(keepingCapacity: true)
        a.paidByDeadline.append(contentsOf: repeatElement(0, count: count))
        a.fulfilledOn.removeAll(keepingCapacity: true)
        a.fulfilledOn.append(contentsOf: repeatElement(Self.never, count: count))
        let (credit, overflowed) = a.order.withUnsafeMutableBufferPointer { order in
            a.paymentOrder.withUnsafeMutableBufferPointer { payments in
                a.paid.withUnsafeMutableBufferPointer { paid in
                    a.paidByDeadline.withUnsafeMutableBufferPointer { paidByDeadline in
                        a.fulfilledOn.withUnsafeMutableBufferPointer { fulfilledOn in
                            allocate(AllocationBuffers(order: order, payments: payments, paid: paid,
                                                       paidByDeadline: paidByDeadline, fulfilledOn: fulfilledOn))
                        }
                    }
                }
            }
        }
        a.credit = credit
        a.creditOverflowed = overflowed
    }

    /// The allocation itself, on one customer's records in `b`: sorts `b.order` and
    /// `b.payments` in place, fills the first `b.order.count` entries of the money columns and
    /// returns the credit (clamped at `Int64.max`) and whether it overflowed.
    ///
    /// It works on buffers so a whole-portfolio run can hand it slices of one grouped array
    /// and reused columns: per customer that costs no array bookkeeping (uniqueness checks,
    /// resizing), which on a million customers is more than the allocation itself.
    func allocate(_ b: AllocationBuffers) -> (credit: Int64, overflowed: Bool) {
        let threshold = policy.keptThresholdBasisPoints
        var order = b.order, payments = b.payments
        let paid = b.paid, paidByDeadline = b.paidByDeadline, fulfilledOn = b.fulfilledOn
        // Buffers are not bounds-checked in release builds; the callers size the columns, and
        // this keeps a future caller's mistake a crash rather than a write past them.
        precondition(paid.count >= order.count && paidByDeadline.count >= order.count && fulfilledOn.count >= order.count,
                     "allocation columns shorter than the customer's promises")
        // Insertion sort: a customer has a handful of records, and a closure-based sort would
        // copy the ledger's storage references for every customer. Past a few dozen records
        // (a hostile or runaway feed) the quadratic sort would stall evaluation, so sort there.
        if order.count > Self.insertionSortLimit {
            order.sort { promiseOrderedBefore($0, $1) }
        } else if order.count > 1 {
            for i in 1..<order.count {
                let item = order[i]
                var j = i
                while j > 0, promiseOrderedBefore(item, order[j - 1]) {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = item
            }
        }
        if payments.count > Self.insertionSortLimit {
            payments.sort { paymentOrderedBefore($0, $1) }
        } else if payments.count > 1 {
            for i in 1..<payments.count {
                let item = payments[i]
                var j = i
                while j > 0, paymentOrderedBefore(item, payments[j - 1]) {
                    payments[j] = payments[j - 1]
                    j -= 1
                }
                payments[j] = item
            }
        }
        let count = order.count
        for position in 0..<count {
            paid[position] = 0
            paidByDeadline[position] = 0
            fulfilledOn[position] = Self.never
        }
        var credit: Int64 = 0
        var creditOverflowed = false
        var firstUnpaid = 0

        func isLive(_ index: Int, on date: Int32) -> Bool {
            let date = Swift.min(date, Self.lastDay)
            return promiseFields[index].made <= date && promiseFields[index].cancelledOn > date && promiseFields[index].replacedOn > date
        }
        func apply(_ remaining: inout Int64, to position: Int, on date: Int32) {
            let index = Int(order[position])
            let amount = promiseFields[index].amount
            let take = min(remaining, amount - paid[position])
            guard take > 0 else { return }
            remaining -= take
            paid[position] += take
            if date <= deadlineDay(of: index) { paidByDeadline[position] += take }
            if fulfilledOn[position] == Self.never, Self.reaches(paid[position], of: amount, basisPoints: threshold) {
                fulfilledOn[position] = date
            }
        }

        for paymentIndex in payments {
            let date = paymentFields[Int(paymentIndex)].day
            var remaining = paymentFields[Int(paymentIndex)].amount
            let target = paymentFields[Int(paymentIndex)].target
            if target != Self.noTarget, let position = order.firstIndex(of: target), isLive(Int(target), on: date) {
                apply(&remaining, to: position, on: date)
            }
            while firstUnpaid < count, paid[firstUnpaid] >= promiseFields[Int(order[firstUnpaid])].amount {
                firstUnpaid += 1
            }
            // Promises still running take the money first; only what is left settles promises
            // already past their deadline (a late payment), so paying today's promise never
            // silently goes to an old broken one.
            for pass in 0..<2 {
                let overdue = pass == 1
                var position = firstUnpaid
                while remaining > 0, position < count {
                    let index = Int(order[position])
                    if (deadlineDay(of: index) < date) == overdue, isLive(index, on: date) {
                        apply(&remaining, to: position, on: date)
                    }
                    position += 1
                }
            }
            let (sum, overflow) = credit.addingReportingOverflow(remaining)
            if overflow { creditOverflowed = true }
            credit = overflow ? .max : sum
        }
        return (credit, creditOverflowed)
    }

    /// The status of the promise at `index` (position `position` in `a`) on `asOf`; `nil`
    /// before the promise was made.
    func status(index: Int, position: Int, in a: CustomerAllocation, asOf: CalendarDate) -> PromiseStatus? {
        status(index: index, paid: a.paid[position], paidByDeadline: a.paidByDeadline[position], asOf: asOf)
    }

    /// The status of the promise at `index` on `asOf` given the money allocated to it; `nil`
    /// before the promise was made.
    func status(index: Int, paid: Int64, paidByDeadline: Int64, asOf: CalendarDate) -> PromiseStatus? {
        let day = Swift.min(asOf.daysSinceEpoch, Self.lastDay)
        guard promiseFields[index].made <= day else { return nil }
        if promiseFields[index].cancelledOn <= day { return .cancelled }
        if promiseFields[index].replacedOn <= day { return .renegotiated }
        return outcome(index: index, paid: paid, paidByDeadline: paidByDeadline, asOf: day)
    }

    /// The status a promise earns from its payments alone, ignoring cancellation and
    /// renegotiation.
    func outcome(index: Int, paid: Int64, paidByDeadline: Int64, asOf day: Int32) -> PromiseStatus {
        let amount = promiseFields[index].amount
        let threshold = policy.keptThresholdBasisPoints
        if day <= deadlineDay(of: index) {
            if Self.reaches(paid, of: amount, basisPoints: threshold) { return .kept }
            return day == promiseFields[index].due ? .dueToday : .open
        }
        if Self.reaches(paidByDeadline, of: amount, basisPoints: threshold) { return .kept }
        if paidByDeadline > 0 { return .partiallyKept(fulfilledBasisPoints: Self.basisPoints(paidByDeadline, of: amount)) }
        return .broken
    }

    // MARK: Queries

    /// Where a promise stands on `asOf`, with the money behind it; `nil` for an unknown
    /// promise or a day before it was made.
    ///
    /// - Complexity: allocates the customer's payments: O(p log p + q log q) for that customer.
    func state(of id: PromiseID, asOf: CalendarDate) -> PromiseState? {
        guard let index = promisePosition(id), let slot = Optional(promiseSlot[Int(index)]) else { return nil }
        var a = CustomerAllocation()
        allocate(slot: Int(slot), asOf: asOf, into: &a)
        guard let position = a.order.firstIndex(of: index),
              let status = status(index: Int(index), position: position, in: a, asOf: asOf) else { return nil }
        let promise = promise(at: Int(index))
        let fulfilled = a.fulfilledOn[position]
        return PromiseState(promiseID: id, status: status, asOf: asOf,
                            paid: Money(minorUnits: a.paid[position], currency: promise.amount.currency),
                            paidByDeadline: Money(minorUnits: a.paidByDeadline[position], currency: promise.amount.currency),
                            fulfilledOn: fulfilled == Self.never ? nil : CalendarDate(daysSinceEpoch: fulfilled))
    }

    /// The status of a promise on `asOf`; `nil` for an unknown promise or a day before it was made.
    func status(of id: PromiseID, asOf: CalendarDate) -> PromiseStatus? {
        state(of: id, asOf: asOf)?.status
    }

    /// Money the customer paid by `asOf` that no promise took (overpayment or money paid
    /// without a promise), in the customer's currency; `nil` for an unknown customer or one
    /// whose currency is not yet known.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` if the credit does not fit in `Int64` minor units.
    func customerCredit(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> Money? {
        guard let slot = customerSlot(customer), let currency = currency(ofSlot: Int(slot)) else { return nil }
        var a = CustomerAllocation()
        allocate(slot: Int(slot), asOf: asOf, into: &a)
        guard !a.creditOverflowed else {
            throw .overflow(field: "customerCredit[\(customer)]", value: "more than \(Int64.max) minor units")
        }
        return Money(minorUnits: a.credit, currency: currency)
    }

    /// Everything the customer paid by `asOf`, in the customer's currency.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` if the total does not fit.
    func totalPaid(by customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> Money? {
        guard let slot = customerSlot(customer), let currency = currency(ofSlot: Int(slot)) else { return nil }
        var total = Money.zero(currency)
        for index in LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext) where paymentFields[Int(index)].day <= asOf.daysSinceEpoch {
            total = try total.adding(Money(minorUnits: paymentFields[Int(index)].amount, currency: currency))
        }
        return total
    }
}

