/// Escalation for the whole portfolio without building each customer's facts: the ladder
/// reads only the oldest overdue item, the broken promises of the last year, standing and
/// tier, and the ledger has all four at hand.
extension CollectionLedger {
    /// Each known customer's escalation level on `asOf` under `policy`, in customer-id order,
    /// leaving out customers with no level. `broken` holds, per rank in ``customerOrder``, the
    /// promises broken in the year up to `asOf` (from ``evaluate(asOf:transitions:broken:)``).
    ///
    /// The same levels as planning each customer (``CollectionPlanner`` feeds the policy the
    /// same four facts), at a fraction of the cost.
    ///
    /// - Complexity: O(customers) when `asOf` is on or after the latest application and issue
    ///   day (the oldest open item heads each customer's open list); otherwise O(records).
    func escalationLevels(asOf: CalendarDate, broken: [Int32], policy: any EscalationPolicy) -> [(slot: Int32, level: EscalationLevel)] {
        let current = openColumnIsCurrent(asOf: asOf)
        let day = Int(asOf.daysSinceEpoch)
        var levels: [(slot: Int32, level: EscalationLevel)] = []
        for (rank, slot) in customerOrder.enumerated() where customers[Int(slot)].isKnown {
            let state = customers[Int(slot)]
            var oldestDue = Int.max
            if current {
                if state.openHead != Self.none { oldestDue = Int(receivableDueDay[Int(state.openHead)]) }
            } else {
                for (row, open) in openRows(ofSlot: slot, asOf: asOf) where open > 0 {
                    oldestDue = Swift.min(oldestDue, Int(receivableDueDay[Int(row)]))
                }
            }
            let daysOverdue = oldestDue == .max ? 0 : Swift.max(0, day - oldestDue)
            let terms = customerTerms[Int(slot)]
            let input = EscalationInput(daysOverdue: daysOverdue, brokenPromises: rank < broken.count ? Int(broken[rank]) : 0,
                                        standing: terms.creditStanding, tier: terms.relationshipTier)
            if let level = policy.currentLevel(input) { levels.append((slot, level)) }
        }
        return levels
    }
}
