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
    ///   plus O(c log c) once for c new customers since the last call (kept in id order);
    ///   memory beyond the records is the events plus one customer's scratch arrays.
    public mutating func evaluate(asOf: CalendarDate) -> [PromiseEvent] {
        var events: [PromiseEvent] = []
        var scratch = CustomerAllocation()
        extendCustomerOrder()
        for slot32 in customerOrder where customerPromiseHead[Int(slot32)] != Self.none {
            let slot = Int(slot32)
            allocate(slot: slot, asOf: asOf, into: &scratch)
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
    static func sortedByID(_ slots: Range<Int32>, ids: [CustomerID]) -> [Int32] {
        var keyed: [(key: UInt64, slot: Int32)] = []
        keyed.reserveCapacity(slots.count)
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
            keyed.append((taken == 0 ? 0 : key << (8 * UInt64(8 - taken)), slot))
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : ids[Int($0.slot)] < ids[Int($1.slot)] }
        return keyed.map(\.slot)
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
