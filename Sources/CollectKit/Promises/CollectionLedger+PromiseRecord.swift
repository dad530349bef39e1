import Foundation

extension CollectionLedger {
    /// The customer's promise record for promises whose promised date falls in
    /// `from...through`, judged on `through`.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidDate`` when `from` is after `through`.
    func promiseRecord(for customer: CustomerID, from: CalendarDate,
                              through: CalendarDate) throws(CollectKitError) -> PromiseRecord {
        guard from <= through else {
            throw CollectKitError(kind: .invalidDate, field: "promiseRecord.from", value: from.description,
                                  reason: "the window starts after it ends (\(through))")
        }
        var a = CustomerAllocation()
        if let slot = customerSlot(customer) { allocate(slot: Int(slot), asOf: through, into: &a) }
        return promiseRecord(for: customer, from: from, through: through, allocated: a)
    }

    /// The promise record from an allocation of the customer's payments as of `through`
    /// (so a caller that needs both allocates once).
    func promiseRecord(for customer: CustomerID, from: CalendarDate, through: CalendarDate,
                       allocated a: CustomerAllocation) -> PromiseRecord {
        a.withAllocated { promiseRecord(for: customer, from: from, through: through, allocated: $0) }
    }

    /// The promise record from one customer's allocation as of `through`, however it was made
    /// (per customer, or in a whole-portfolio walk).
    func promiseRecord(for customer: CustomerID, from: CalendarDate, through: CalendarDate,
                       allocated a: AllocatedPromises) -> PromiseRecord {
        var made = 0, kept = 0, partial = 0, broken = 0, open = 0, renegotiated = 0, cancelled = 0
        var fulfilment = 0.0, lateDays = 0, lateCount = 0
        var weighted = 0.0, weights = 0.0
        do {
            for position in a.order.indices {
                let index = Int(a.order[position])
                let fields = promiseFields[index]
                guard fields.due >= from.daysSinceEpoch, fields.due <= through.daysSinceEpoch,
                      fields.made <= through.daysSinceEpoch else { continue }
                made += 1
                let plain = status(index: index, paid: a.paid[position], paidByDeadline: a.paidByDeadline[position], asOf: through)
                guard let status = settled(plain, index: index, paid: a.paid[position], paidByDeadline: a.paidByDeadline[position],
                                           asOf: through) else { continue }
                let share: Double
                switch status {
                case .kept: kept += 1; share = 1
                case .partiallyKept(let bp): partial += 1; share = Double(bp) / 10_000
                case .broken: broken += 1; share = 0
                case .renegotiated: renegotiated += 1; continue
                case .cancelled: cancelled += 1; continue
                case .open, .dueToday: open += 1; continue
                }
                fulfilment += share
                let age = Double(max(0, CalendarDate(daysSinceEpoch: deadlineDay(of: index)).days(until: through)))
                let weight = pow(0.5, age / policy.credibilityHalfLifeDays)
                weighted += weight * share
                weights += weight
                let fulfilledOn = a.fulfilledOn[position]
                if fulfilledOn != Self.never {
                    lateDays += max(0, Int(fulfilledOn) - Int(fields.due))
                    lateCount += 1
                }
            }
        }
        let settled = kept + partial + broken
        let alpha = policy.credibilityPriorKept, beta = policy.credibilityPriorNotKept
        return PromiseRecord(
            made: made, kept: kept, partiallyKept: partial, broken: broken, open: open, renegotiated: renegotiated,
            cancelled: cancelled,
            weightedKeptRate: settled == 0 ? nil : BasisPoints(fraction: fulfilment / Double(settled)),
            credibility: BasisPoints(fraction: (alpha + weighted) / (alpha + beta + weights)),
            averageDaysLate: lateCount == 0 ? nil : Double(lateDays) / Double(lateCount))
    }

    /// The status used for a customer's record: like ``status(of:asOf:)``, except that a
    /// promise renegotiated or cancelled after its deadline keeps the outcome it had already
    /// earned, so renegotiating a broken promise does not erase it from the record.
    func settledStatus(index: Int, position: Int, in a: CustomerAllocation, asOf: CalendarDate) -> PromiseStatus? {
        settled(status(index: index, position: position, in: a, asOf: asOf), index: index,
                paid: a.paid[position], paidByDeadline: a.paidByDeadline[position], asOf: asOf)
    }

    /// `status` as the record counts it: a promise renegotiated or cancelled after its
    /// deadline keeps the outcome it had earned.
    @inline(__always)
    func settled(_ status: PromiseStatus?, index: Int, paid: Int64, paidByDeadline: Int64, asOf: CalendarDate) -> PromiseStatus? {
        guard let status else { return nil }
        switch status {
        case .renegotiated, .cancelled:
            let deadline = deadlineDay(of: index)
            let endedOn = min(promiseFields[index].cancelledOn, promiseFields[index].replacedOn)
            guard endedOn > deadline else { return status }
            return outcome(index: index, paid: paid, paidByDeadline: paidByDeadline, asOf: asOf.daysSinceEpoch)
        default:
            return status
        }
    }
}
