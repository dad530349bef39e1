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
    ///   plus, once, a radix sort of the customers added since the last call, merged into id order;
    ///   memory beyond the records is the events, one customer's scratch arrays, and for the
    ///   duration of the call the records' positions grouped by customer (4 bytes per record
    ///   plus 12 per customer).
    public mutating func evaluate(asOf: CalendarDate) -> [PromiseEvent] {
        var events: [PromiseEvent] = []
        if lastEvaluatedOn == nil {
            // The first evaluation reports most promises made by `asOf`; reserving up front
            // spares copying millions of events each time the array would double.
            let day = asOf.daysSinceEpoch
            var made = 0
            for fields in promiseFields where fields.made <= day { made += 1 }
            events.reserveCapacity(made)
        }
        var scratch = CustomerAllocation()
        extendCustomerOrder()
        let day = asOf.daysSinceEpoch
        let grouped = CustomerGroupedPositions(order: customerOrder, promiseSlots: promiseSlot, paymentSlots: paymentSlot)
        for rank in customerOrder.indices {
            let promiseRange = Int(grouped.promiseStarts[rank])..<Int(grouped.promiseStarts[rank + 1])
            guard !promiseRange.isEmpty else { continue }
            scratch.order.removeAll(keepingCapacity: true)
            scratch.order.append(contentsOf: grouped.promises[promiseRange])
            scratch.paymentOrder.removeAll(keepingCapacity: true)
            for position in Int(grouped.paymentStarts[rank])..<Int(grouped.paymentStarts[rank + 1]) {
                let index = grouped.payments[position]
                if paymentFields[Int(index)].day <= day { scratch.paymentOrder.append(index) }
            }
            allocateGathered(asOf: asOf, into: &scratch)
            for position in scratch.order.indices {
                let index = Int(scratch.order[position])
                let status = status(index: index, position: position, in: scratch, asOf: asOf)
                let phase = Self.phase(of: status, promisedDay: promiseFields[index].due, asOf: asOf.daysSinceEpoch)
                guard phase.rawValue != reportedPhase[index] else { continue }
                reportedPhase[index] = phase.rawValue
                let kind: PromiseEvent.Kind
                switch phase {
                case .due: kind = .becameDue
                case .kept: kind = .kept
                case .partiallyKept: kind = .partiallyKept
                case .broken: kind = .broken
                case .none, .open, .renegotiated, .cancelled: continue
                }
                let promise = promises[index]
                events.append(PromiseEvent(kind: kind, promiseID: promise.id, customerID: promise.customerID,
                                           collectorID: promise.collectorID, asOf: asOf, status: status ?? .open))
            }
        }
        lastEvaluatedOn = asOf
        return events
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
            var key: UInt64 = 0, taken = 0
            for byte in ids[Int(slot)].rawValue.utf8 {
                guard byte < 0x80 else {
                    var plain = Array(slots)
                    plain.sort { ids[Int($0)] < ids[Int($1)] }
                    return plain
                }
                if taken < 8 { key = key << 8 | UInt64(byte); taken += 1 }
            }
            keys.append(taken == 0 ? 0 : key << (8 * UInt64(8 - taken)))
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
