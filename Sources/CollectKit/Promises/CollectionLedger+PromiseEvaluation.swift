extension CollectionLedger {
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
    /// `transitions` receives every promise whose remembered phase changed, with the phase it
    /// had before, so the change can be journaled and undone.
    ///
    /// - Complexity: O(n) for n promises and payments when customers have a handful each,
    ///   plus, once, a radix sort of the customers added since the last call, merged into id order.
    ///   Memory beyond the records is the events and, for the duration of the call, the records'
    ///   positions grouped by customer (4 bytes per record plus 12 per customer), one customer's
    ///   money columns, 8 bytes per event noted by the walk and, when events are many, 4 bytes
    ///   per promise mapping each to its event.
    mutating func evaluate(asOf: CalendarDate, transitions: inout [PhaseTransition]) -> [PromiseEvent] {
        var broken: [Int32] = []
        return evaluate(asOf: asOf, transitions: &transitions, broken: &broken)
    }

    /// ``evaluate(asOf:transitions:)``, also counting per customer rank (``customerOrder``)
    /// the promises broken in the year up to `asOf`, which escalation reads.
    mutating func evaluate(asOf: CalendarDate, transitions: inout [PhaseTransition], broken: inout [Int32]) -> [PromiseEvent] {
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
        noteChanges(asOf: asOf, grouped: &grouped, phases: &phases, into: &changes, transitions: &transitions, broken: &broken)
        swap(&phases, &reportedPhase)
        lastEvaluatedOn = asOf
        return events(for: changes, asOf: asOf)
    }

    /// Allocates every customer's payments in `grouped`, customer by customer in id order, and
    /// notes each promise whose phase differs from the one in `phases` (recording the new one)
    /// and that reports an event, in report order. `broken` receives, per customer rank, the
    /// promises due in the year up to `asOf` that were broken (what escalation counts).
    func noteChanges(asOf: CalendarDate, grouped: inout CustomerGroupedPositions, phases: inout [UInt8],
                     into changes: inout [ReportedChange], transitions: inout [PhaseTransition], broken: inout [Int32]) {
        let day = asOf.daysSinceEpoch
        let lookbackStart = asOf.adding(days: -Self.factsLookbackDays).daysSinceEpoch
        broken = Array(repeating: 0, count: grouped.promiseStarts.count - 1)
        phases.withUnsafeMutableBufferPointer { phases in
        broken.withUnsafeMutableBufferPointer { broken in
            walkAllocations(asOf: asOf, grouped: &grouped) { rank, order, paid, paidByDeadline in
                for position in order.indices {
                    let index = Int(order[position])
                    let status = status(index: index, paid: paid[position], paidByDeadline: paidByDeadline[position], asOf: asOf)
                    let fields = promiseFields[index]
                    if fields.due >= lookbackStart, fields.due <= day, fields.made <= day,
                       settled(status, index: index, paid: paid[position], paidByDeadline: paidByDeadline[position], asOf: asOf) == .broken {
                        broken[rank] += 1
                    }
                    let phase = Self.phase(of: status, promisedDay: fields.due, asOf: day)
                    guard phase.rawValue != phases[index] else { continue }
                    transitions.append(PhaseTransition(position: Int32(index), from: phases[index], to: phase.rawValue))
                    phases[index] = phase.rawValue
                    switch phase {
                    case .due, .kept, .partiallyKept, .broken:
                        if let change = ReportedChange(index: Int32(index), status: status ?? .open) { changes.append(change) }
                    case .none, .open, .renegotiated, .cancelled: continue
                    }
                }
            }
        }}
    }

    /// Allocates every customer's payments dated by `asOf` to their promises, customer by
    /// customer in the order `grouped` holds them, and hands `body` each customer's rank, its
    /// promises in allocation order and the money each took (all on and by its deadline).
    ///
    /// Not `mutating`: a mutating walk would let the closures capture `self` inout, and each
    /// call on it from there copies the whole ledger value (a retain and release per column,
    /// per customer). Buffers, not arrays, inside the walk: per customer, array slicing and
    /// resetting costs uniqueness checks and resizing that add up to more than the
    /// allocation itself.
    func walkAllocations(asOf: CalendarDate, grouped: inout CustomerGroupedPositions,
                         _ body: (_ rank: Int, _ order: UnsafeMutableBufferPointer<Int32>,
                                  _ paid: UnsafeMutableBufferPointer<Int64>, _ paidByDeadline: UnsafeMutableBufferPointer<Int64>) -> Void) {
        let promiseStarts = grouped.promiseStarts, paymentStarts = grouped.paymentStarts
        var paid = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var paidByDeadline = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var fulfilledOn = [Int32](repeating: Self.never, count: grouped.largestPromiseGroup)
        // Moved out, so each array has one reference and taking its buffer does not copy it.
        var groupedPromises = grouped.promises, groupedPayments = grouped.payments
        grouped = CustomerGroupedPositions()
        withBuffers(&groupedPromises, &groupedPayments, &paid, &paidByDeadline,
                    &fulfilledOn) { groupedPromises, groupedPayments, paid, paidByDeadline, fulfilledOn in
            for rank in 0..<promiseStarts.count - 1 {
                let promiseRange = Int(promiseStarts[rank])..<Int(promiseStarts[rank + 1])
                guard !promiseRange.isEmpty else { continue }
                let paymentRange = Int(paymentStarts[rank])..<Int(paymentStarts[rank + 1])
                let order = UnsafeMutableBufferPointer(rebasing: groupedPromises[promiseRange])
                _ = allocate(AllocationBuffers(order: order,
                                               payments: UnsafeMutableBufferPointer(rebasing: groupedPayments[paymentRange]),
                                               paid: paid, paidByDeadline: paidByDeadline, fulfilledOn: fulfilledOn))
                body(rank, order, paid, paidByDeadline)
            }
        }
    }

    /// The fulfilment, in per mille, of each promise whose promised date falls in
    /// `(after, through]` and that has an outcome by `through` (kept 1000, partly kept its
    /// share, broken 0); open, renegotiated and cancelled promises are left out.
    ///
    /// - Complexity: one walk over every customer's promises and payments.
    mutating func fulfilments(promisedAfter after: CalendarDate, through: CalendarDate) -> [Int] {
        extendCustomerOrder()
        let (from, to) = (after.daysSinceEpoch, through.daysSinceEpoch)
        var grouped = CustomerGroupedPositions(order: customerOrder, promiseSlots: promiseSlot, paymentSlots: paymentSlot,
                                               paymentFields: paymentFields, lastPaymentDay: to)
        var fulfilment: [Int] = []
        walkAllocations(asOf: through, grouped: &grouped) { _, order, paid, paidByDeadline in
            for position in order.indices {
                let index = Int(order[position])
                guard promiseFields[index].due > from && promiseFields[index].due <= to else { continue }
                switch status(index: index, paid: paid[position], paidByDeadline: paidByDeadline[position], asOf: through) {
                case .kept?: fulfilment.append(1000)
                case .partiallyKept(let basisPoints)?: fulfilment.append(basisPoints / 10)
                case .broken?: fulfilment.append(0)
                default: break
                }
            }
        }
        return fulfilment
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
            PromiseEvent(kind: change.kind, promiseID: promiseID(at: promise), customerID: customerID(ofSlot: promiseSlot[promise]),
                         collectorID: promiseCollector(at: promise), asOf: asOf, status: change.status)
        }
        guard changes.count >= promiseCount / 8 else { return changes.map { event($0, Int($0.index)) } }
        var eventPosition = [Int32](repeating: -1, count: promiseCount)
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

    /// Every promise's status on `asOf`, keyed by id, without recording anything.
    func statuses(asOf: CalendarDate) -> [PromiseID: PromiseStatus] {
        var result: [PromiseID: PromiseStatus] = [:]
        result.reserveCapacity(promiseCount)
        var scratch = CustomerAllocation()
        for slot in customers.indices where customers[slot].promiseHead != Self.none {
            allocate(slot: slot, asOf: asOf, into: &scratch)
            for position in scratch.order.indices {
                let index = Int(scratch.order[position])
                if let status = status(index: index, position: position, in: scratch, asOf: asOf) {
                    result[promiseID(at: index)] = status
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

/// A promise whose remembered phase an evaluation changed: what the journal records and
/// what undoing the evaluation restores.
struct PhaseTransition: Sendable, Equatable {
    /// The promise's position.
    var position: Int32
    /// Its phase before the evaluation.
    var from: UInt8
    /// Its phase after.
    var to: UInt8
}

extension CollectionLedger {
    /// Visits the customers at `ranks` of `grouped` (built over ``customerOrder``) in order,
    /// handing `body` each one's rank, slot and, when it has promises, its allocation as of
    /// `asOf`. Reads only: the ranges of `grouped` it sorts are copied first, so shards of one
    /// portfolio can walk at once.
    func walkCustomers(_ ranks: Range<Int>, grouped: CustomerGroupedPositions, asOf: CalendarDate,
                       _ body: (_ rank: Int, _ slot: Int32, _ promises: AllocatedPromises?) -> Void) {
        guard !ranks.isEmpty else { return }
        let promiseBase = Int(grouped.promiseStarts[ranks.lowerBound]), paymentBase = Int(grouped.paymentStarts[ranks.lowerBound])
        var promises = Array(grouped.promises[promiseBase..<Int(grouped.promiseStarts[ranks.upperBound])])
        var payments = Array(grouped.payments[paymentBase..<Int(grouped.paymentStarts[ranks.upperBound])])
        var paid = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var paidByDeadline = [Int64](repeating: 0, count: grouped.largestPromiseGroup)
        var fulfilledOn = [Int32](repeating: Self.never, count: grouped.largestPromiseGroup)
        let order = customerOrder
        withBuffers(&promises, &payments, &paid, &paidByDeadline, &fulfilledOn) { promises, payments, paid, paidByDeadline, fulfilledOn in
            for rank in ranks {
                let promiseRange = Int(grouped.promiseStarts[rank]) - promiseBase..<Int(grouped.promiseStarts[rank + 1]) - promiseBase
                guard !promiseRange.isEmpty else { body(rank, order[rank], nil); continue }
                let paymentRange = Int(grouped.paymentStarts[rank]) - paymentBase..<Int(grouped.paymentStarts[rank + 1]) - paymentBase
                let positions = UnsafeMutableBufferPointer(rebasing: promises[promiseRange])
                _ = allocate(AllocationBuffers(order: positions, payments: UnsafeMutableBufferPointer(rebasing: payments[paymentRange]),
                                               paid: paid, paidByDeadline: paidByDeadline, fulfilledOn: fulfilledOn))
                let count = positions.count
                body(rank, order[rank], AllocatedPromises(
                    order: UnsafeBufferPointer(positions), paid: UnsafeBufferPointer(rebasing: paid[..<count]),
                    paidByDeadline: UnsafeBufferPointer(rebasing: paidByDeadline[..<count]),
                    fulfilledOn: UnsafeBufferPointer(rebasing: fulfilledOn[..<count])))
            }
        }
    }
}
