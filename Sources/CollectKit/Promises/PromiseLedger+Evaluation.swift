extension PromiseLedger {
    /// Judges every promise as of `asOf` and returns what changed since the previous
    /// evaluation: promises that became due, were kept, partly kept or broken.
    ///
    /// Each promise reports each of those phases at most once per change: evaluating the same
    /// day twice returns no events the second time. A promise whose deadline passed between
    /// two evaluations reports only its outcome, not the "became due" it skipped. Cancelled and
    /// renegotiated promises produce no events. Events are ordered by customer id, then
    /// promise id, so the same records always give the same events in the same order,
    /// whatever order they were recorded in.
    ///
    /// This is the entry point for whole-portfolio runs (and benchmarks).
    ///
    /// - Complexity: O(n log k) for n promises and payments, k per customer; memory beyond the
    ///   records is the events plus one customer's scratch arrays.
    public mutating func evaluate(asOf: CalendarDate) -> [PromiseEvent] {
        var events: [PromiseEvent] = []
        var scratch = CustomerAllocation()
        for slot in customerIDs.indices where !customerPromises[slot].isEmpty {
            allocate(slot: slot, asOf: asOf, into: &scratch)
            for position in scratch.order.indices {
                let index = Int(scratch.order[position])
                let status = status(index: index, position: position, in: scratch, asOf: asOf)
                let phase = Self.phase(of: status, promisedDay: promiseDue[index], asOf: asOf.daysSinceEpoch)
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
        events.sort { $0.customerID != $1.customerID ? $0.customerID < $1.customerID : $0.promiseID < $1.promiseID }
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
        for slot in customerIDs.indices where !customerPromises[slot].isEmpty {
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
