extension PromiseLedger {
    /// Judges every promise as of `asOf` and returns what changed since the previous
    /// evaluation: promises that became due, were kept, partly kept or broken.
    ///
    /// Each promise reports each of those phases at most once per change: evaluating the same
    /// day twice returns no events the second time. A promise whose deadline passed between
    /// two evaluations reports only its outcome, not the "became due" it skipped. Cancelled and
    /// renegotiated promises produce no events. Events are ordered by customer id, then
    /// promised date, day made and promise id, so the same records always give the same
    /// events in the same order, whatever order they were recorded in.
    ///
    /// This is the entry point for whole-portfolio runs (and benchmarks).
    ///
    /// - Complexity: O(n) for n promises and payments when customers have a handful each,
    ///   plus, once, a radix sort of the customers added since the last call, merged into id order.
    ///   Memory beyond the records is the events and, for the duration of the call, the records'
    ///   positions grouped by customer (4 bytes per record plus 12 per customer), one customer's
    ///   money columns, 8 bytes per event noted by the walk and, when events are many, 4 bytes
    ///   per promise mapping each to its event.
    public mutating func evaluate(asOf: CalendarDate) -> [PromiseEvent] {
        extendCustomerOrder()
        let day = asOf.daysSinceEpoch
        var changes: [ReportedChange] = []
        if lastEvaluatedOn == nil {
            // The first evaluation reports most promises made by `asOf`; reserving up front
            // spares copying the list each time it would double.
            var made = 0
            for fields in promiseFields where fields.made <= day { made += 1 }
            changes.reserveCapacity(made)
        }
        var grouped = CustomerGroupedPositions(order: customerOrder, promiseSlots: promiseSlot, paymentSlots: paymentSlot,
                                               paymentFields: paymentFields, lastPaymentDay: day)
        // The reported phases are moved out while the walk writes them, so it can read the
        // rest of the ledger without an overlapping access to `self`.
        var phases: [UInt8] = []
        swap(&phases, &reportedPhase)
        noteChanges(asOf: asOf, grouped: &grouped, phases: &phases, into: &changes)
        swap(&phases, &reportedPhase)
        lastEvaluatedOn = asOf
        return events(for: changes, asOf: asOf)
    }

    /// Allocates every customer's payments in `grouped`, customer by customer in id order, and
    /// notes each promise whose phase differs from the one in `phases` (recording the new one)
    /// and that reports an event, in report order.
    ///
    /// Not `mutating`: a mutating walk would let the closures below capture `self` inout, and
    /// each call on it from there copies the whole ledger value (a retain and release per
    /// column, per customer).
    func noteChanges(asOf: CalendarDate, grouped: inout CustomerGroupedPositions, phases: inout [UInt8],
                     into changes: inout [ReportedChange]) {
        let day = asOf.daysSinceEpoch
        let promiseStarts = grouped.promiseStarts, paymentStarts = grouped.paymentStarts
        var paid = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var paidByDeadline = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var fulfilledOn = [Int32](repeating: Self.never, count: grouped.largestPromiseGroup)
        // Moved out, so each array has one reference and taking its buffer does not copy it.
        var groupedPromises = grouped.promises, groupedPayments = grouped.payments
        grouped = CustomerGroupedPositions()
        // Buffers, not arrays, inside the walk: per customer, array slicing and resetting costs
        // uniqueness checks and resizing that add up to more than the allocation itself.
        withBuffers(&groupedPromises, &groupedPayments, &paid, &paidByDeadline, &fulfilledOn,
                    &phases) { groupedPromises, groupedPayments, paid, paidByDeadline, fulfilledOn, phases in
            for rank in 0..<promiseStarts.count - 1 {
                let promiseRange = Int(promiseStarts[rank])..<Int(promiseStarts[rank + 1])
                guard !promiseRange.isEmpty else { continue }
                let paymentRange = Int(paymentStarts[rank])..<Int(paymentStarts[rank + 1])
                let order = UnsafeMutableBufferPointer(rebasing: groupedPromises[promiseRange])
                _ = allocate(AllocationBuffers(order: order,
                                               payments: UnsafeMutableBufferPointer(rebasing: groupedPayments[paymentRange]),
                                               paid: paid, paidByDeadline: paidByDeadline, fulfilledOn: fulfilledOn))
                for position in order.indices {
                    let index = Int(order[position])
                    let status = status(index: index, paid: paid[position], paidByDeadline: paidByDeadline[position], asOf: asOf)
                    let phase = Self.phase(of: status, promisedDay: promiseFields[index].due, asOf: day)
                    guard phase.rawValue != phases[index] else { continue }
                    phases[index] = phase.rawValue
                    switch phase {
                    case .due, .kept, .partiallyKept, .broken:
                        if let change = ReportedChange(index: Int32(index), status: status ?? .open) { changes.append(change) }
                    case .none, .open, .renegotiated, .cancelled: continue
                    }
                }
            }
        }
    }

    /// The events for `changes`, in the same order.
    ///
    /// Each event copies three identifiers out of a promise record, and `changes` name
    /// promises in customer order: scattered over hundreds of megabytes, each read a cache
    /// and TLB miss the processor can overlap only a few of. When events are many (a first
    /// evaluation), the promises are read in recording order instead — a stream the hardware
    /// prefetches — and each event is written to its place; a written miss does not stall
    /// the loop as a read one does. On a million customers that made building the events of a
    /// first evaluation about three times faster. Few events (a daily run) are read directly,
    /// which spares streaming through every promise for a handful.
    func events(for changes: [ReportedChange], asOf: CalendarDate) -> [PromiseEvent] {
        func event(_ change: ReportedChange, _ promise: Int) -> PromiseEvent {
            PromiseEvent(kind: change.kind, promiseID: promises[promise].id, customerID: promises[promise].customerID,
                         collectorID: promises[promise].collectorID, asOf: asOf, status: change.status)
        }
        guard changes.count >= promises.count / 8 else { return changes.map { event($0, Int($0.index)) } }
        var eventPosition = [Int32](repeating: -1, count: promises.count)
        for (position, change) in changes.enumerated() {
            // The walk notes each promise at most once; should that ever not hold, the direct
            // path stays correct where the scatter would leave an event unwritten.
            guard eventPosition[Int(change.index)] < 0 else { return changes.map { event($0, Int($0.index)) } }
            eventPosition[Int(change.index)] = Int32(position)
        }
        return [PromiseEvent](unsafeUninitializedCapacity: changes.count) { buffer, initialized in
            for promise in eventPosition.indices where eventPosition[promise] >= 0 {
                let position = Int(eventPosition[promise])
                buffer.initializeElement(at: position, to: event(changes[position], promise))
            }
            // Every position was written: `eventPosition` maps the promises of `changes` one to one.
            initialized = changes.count
        }
    }

    /// Runs `body` with the arrays' buffers (one nested closure each, so the walk reads as one
    /// loop).
    private func withBuffers<A, B, C, D, E, F>(
        _ a: inout [A], _ b: inout [B], _ c: inout [C], _ d: inout [D], _ e: inout [E], _ f: inout [F],
        _ body: (UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>, UnsafeMutableBufferPointer<C>,
                 UnsafeMutableBufferPointer<D>, UnsafeMutableBufferPointer<E>, UnsafeMutableBufferPointer<F>) -> Void
    ) {
        a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeMutableBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    d.withUnsafeMutableBufferPointer { d in
                        e.withUnsafeMutableBufferPointer { e in
                            f.withUnsafeMutableBufferPointer { f in body(a, b, c, d, e, f) }
                        }
                    }
                }
            }
        }
    }

    /// The non-mutating form of ``evaluate(asOf:)``: the events and the ledger that remembers
    /// having reported them.
    public func evaluated(asOf: CalendarDate) -> (events: [PromiseEvent], ledger: PromiseLedger) {
        var copy = self
        let events = copy.evaluate(asOf: asOf)
        return (events, copy)
    }

    /// Every promise's status on `asOf`, keyed by id, without recording anything.
    public func statuses(asOf: CalendarDate) -> [PromiseID: PromiseStatus] {
        var result: [PromiseID: PromiseStatus] = [:]
        result.reserveCapacity(promises.count)
        var scratch = CustomerAllocation()
        for slot in customerIDs.indices where customerPromiseHead[slot] != Self.none {
            allocate(slot: slot, asOf: asOf, into: &scratch)
            for position in scratch.order.indices {
                let index = Int(scratch.order[position])
                if let status = status(index: index, position: position, in: scratch, asOf: asOf) {
                    result[promises[index].id] = status
                }
            }
        }
        return result
    }

    /// Brings ``customerOrder`` up to date: sorts the customers added since the last call and
    /// merges them in.
    mutating func extendCustomerOrder() {
        guard customerOrder.count < customerIDs.count else { return }
        let ids = customerIDs
        let added = Self.sortedByID(Int32(customerOrder.count)..<Int32(ids.count), ids: ids)
        guard !customerOrder.isEmpty else { customerOrder = added; return }
        var merged: [Int32] = []
        merged.reserveCapacity(ids.count)
        var i = 0, j = 0
        while i < customerOrder.count || j < added.count {
            if j == added.count || (i < customerOrder.count && ids[Int(customerOrder[i])] < ids[Int(added[j])]) {
                merged.append(customerOrder[i]); i += 1
            } else {
                merged.append(added[j]); j += 1
            }
        }
        customerOrder = merged
    }

    /// `slots` in the order of their customers' ids (`CustomerID`'s `<`).
    ///
    /// When every id is ASCII (the usual case), `String`'s order is byte order, so the slots
    /// are sorted by the ids' first eight bytes packed into an integer and the text is compared
    /// only on ties: the same order at a fraction of the cost of a million string comparisons.
    /// The integers are radix-sorted a byte at a time (skipping bytes every id shares, such as
    /// a common prefix), which beats a comparison sort's ~20 closure calls per customer.
    static func sortedByID(_ slots: Range<Int32>, ids: [CustomerID]) -> [Int32] {
        var keys: [UInt64] = []
        var order: [Int32] = []
        keys.reserveCapacity(slots.count)
        order.reserveCapacity(slots.count)
        for slot in slots {
            guard let key = asciiPrefixKey(ids[Int(slot)].rawValue) else {
                var plain = Array(slots)
                plain.sort { ids[Int($0)] < ids[Int($1)] }
                return plain
            }
            keys.append(key)
            order.append(slot)
        }
        radixSort(keys: &keys, carrying: &order)
        // Ids sharing their first eight bytes are ordered by their full text.
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] == keys[start] { end += 1 }
            if end - start > 1 { order[start..<end].sort { ids[Int($0)] < ids[Int($1)] } }
            start = end
        }
        return order
    }

    /// The first eight bytes of ASCII `text`, big-endian and zero-padded (so integer order is
    /// byte order), or `nil` if `text` is not ASCII.
    static func asciiPrefixKey(_ text: String) -> UInt64? {
        func key(_ bytes: some Collection<UInt8>) -> UInt64? {
            var key: UInt64 = 0, taken: UInt64 = 0, any: UInt8 = 0
            for byte in bytes {
                any |= byte
                if taken < 8 { key = key << 8 | UInt64(byte); taken += 1 }
            }
            guard any < 0x80 else { return nil }
            return taken == 0 ? 0 : key << (8 * (8 - taken))
        }
        // Reading the bytes in place (identifiers are native or small strings) costs a fraction
        // of iterating the UTF-8 view, which a million customers notice.
        if let inPlace = text.utf8.withContiguousStorageIfAvailable({ key($0) }) { return inPlace }
        return key(text.utf8)
    }

    /// Sorts `keys` ascending, moving `values` (same count) alike; stable, least significant
    /// byte first. A byte on which every key agrees needs no pass.
    static func radixSort(keys: inout [UInt64], carrying values: inout [Int32]) {
        let count = keys.count
        guard count > 1, values.count == count else { return }
        var spareKeys = [UInt64](repeating: 0, count: count)
        var spareValues = [Int32](repeating: 0, count: count)
        var starts = [Int](repeating: 0, count: 256)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            for bucket in 0..<256 { starts[bucket] = 0 }
            for key in keys { starts[Int(truncatingIfNeeded: key &>> shift) & 0xFF] += 1 }
            if starts.contains(count) { continue }
            var total = 0
            for bucket in 0..<256 {
                let size = starts[bucket]
                starts[bucket] = total
                total += size
            }
            keys.withUnsafeBufferPointer { sourceKeys in
                values.withUnsafeBufferPointer { sourceValues in
                    spareKeys.withUnsafeMutableBufferPointer { targetKeys in
                        spareValues.withUnsafeMutableBufferPointer { targetValues in
                            starts.withUnsafeMutableBufferPointer { next in
                                for i in 0..<count {
                                    let key = sourceKeys[i]
                                    let bucket = Int(truncatingIfNeeded: key &>> shift) & 0xFF
                                    let target = next[bucket]
                                    next[bucket] = target &+ 1
                                    targetKeys[target] = key
                                    targetValues[target] = sourceValues[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &spareKeys)
            swap(&values, &spareValues)
        }
    }

    static func phase(of status: PromiseStatus?, promisedDay: Int32, asOf day: Int32) -> Phase {
        switch status {
        case nil: return .none
        // Within the grace days a promise is still open but already due: it stays "due" so
        // the event is reported once, not again after each grace day.
        case .open?: return day > promisedDay ? .due : .open
        case .dueToday?: return .due
        case .kept?: return .kept
        case .partiallyKept?: return .partiallyKept
        case .broken?: return .broken
        case .renegotiated?: return .renegotiated
        case .cancelled?: return .cancelled
        }
    }
}
