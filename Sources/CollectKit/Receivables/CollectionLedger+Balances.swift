/// Balances on any day, derived from the stored applications.
///
/// On day `d` a receivable counts once issued (issue day ≤ `d`) and owes its amount less the
/// applications that took effect by `d`. When `d` is on or after every recorded issue and
/// application day (the nightly case), that is exactly the stored open amount, and nothing
/// is replayed.
extension CollectionLedger {
    /// Whether the stored open amounts are the balances of `asOf`.
    @inline(__always)
    func openColumnIsCurrent(asOf: CalendarDate) -> Bool {
        asOf.daysSinceEpoch >= latestApplicationDay && asOf.daysSinceEpoch >= latestIssueDay
    }

    /// Each receivable's open amount on `asOf` (zero when not yet issued), for a day before
    /// the latest application or issue; the stored column otherwise.
    ///
    /// - Complexity: O(1) when current; else O(receivables + applications).
    func openAmounts(asOf: CalendarDate) -> [Int64] {
        guard !openColumnIsCurrent(asOf: asOf) else { return receivableOpen }
        let day = asOf.daysSinceEpoch
        var open = receivableOpen
        for index in applicationAmount.indices where applicationDay[index] > day {
            open[Int(applicationReceivable[index])] += applicationAmount[index]
        }
        if latestIssueDay > day {
            for row in open.indices where receivableIssueDay[row] > day { open[row] = 0 }
        }
        return open
    }

    /// The open amount on `asOf` of each of one customer's receivables issued by then, in
    /// chain order (newest first).
    ///
    /// - Complexity: O(the customer's receivables and applications).
    func openRows(ofSlot slot: Int32, asOf: CalendarDate) -> [(row: Int32, open: Int64)] {
        let day = asOf.daysSinceEpoch
        var rows: [(row: Int32, open: Int64)] = []
        for row in LinkedPositions(head: customers[Int(slot)].receivableHead, next: receivableNext)
        where receivableIssueDay[Int(row)] <= day {
            rows.append((row, receivableOpen[Int(row)]))
        }
        guard day < latestApplicationDay else { return rows }
        var later: [Int32: Int64] = [:]
        for index in LinkedPositions(head: customers[Int(slot)].applicationHead, next: applicationNext)
        where applicationDay[Int(index)] > day {
            later[applicationReceivable[Int(index)], default: 0] += applicationAmount[Int(index)]
        }
        guard !later.isEmpty else { return rows }
        return rows.map { ($0.row, $0.open + (later[$0.row] ?? 0)) }
    }

    /// What one customer owes on `asOf`.
    func outstanding(ofSlot slot: Int32, asOf: CalendarDate) -> Int64 {
        if openColumnIsCurrent(asOf: asOf) { return customers[Int(slot)].open }
        return openRows(ofSlot: slot, asOf: asOf).reduce(0) { $0 + $1.open }
    }

    /// Money one customer paid by `asOf` that no receivable had taken by then.
    func unapplied(ofSlot slot: Int32, asOf: CalendarDate) -> Int64 {
        let day = asOf.daysSinceEpoch
        if openColumnIsCurrent(asOf: asOf),
           paymentsAreDatedBy(day, slot: slot) { return customers[Int(slot)].unapplied }
        var total: Int64 = 0
        for row in LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext)
        where paymentFields[Int(row)].day <= day {
            total += paymentFields[Int(row)].amount
        }
        for index in LinkedPositions(head: customers[Int(slot)].applicationHead, next: applicationNext)
        where applicationDay[Int(index)] <= day {
            total -= applicationAmount[Int(index)]
        }
        return total
    }

    private func paymentsAreDatedBy(_ day: Int32, slot: Int32) -> Bool {
        LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext).allSatisfy { paymentFields[Int($0)].day <= day }
    }

    /// What the whole portfolio owes on `asOf`, per currency code (index + 1 into
    /// ``currencies``): billed by then less applied by then.
    ///
    /// - Complexity: O(receivables + applications), sequential.
    func outstandingByCurrency(asOf: CalendarDate) -> [Int64] {
        var totals = [Int64](repeating: 0, count: currencies.count)
        let code = slotCurrencyCodes()
        let day = asOf.daysSinceEpoch
        if openColumnIsCurrent(asOf: asOf) {
            for row in receivableOpen.indices { totals[Int(code[Int(receivableSlot[row])]) &- 1] &+= receivableOpen[row] }
            return totals
        }
        for row in receivableAmount.indices where receivableIssueDay[row] <= day {
            totals[Int(code[Int(receivableSlot[row])]) &- 1] &+= receivableAmount[row]
        }
        for index in applicationAmount.indices where applicationDay[index] <= day {
            totals[Int(code[Int(receivableSlot[Int(applicationReceivable[index])])]) &- 1] &-= applicationAmount[index]
        }
        return totals
    }

    /// Each slot's currency code, as a compact column the portfolio walks look up by slot
    /// (two bytes a customer stay in cache where the whole customer record would not).
    func slotCurrencyCodes() -> [UInt16] { customers.map(\.currency) }
}

extension CollectionLedger {
    /// The customer's latest payment dated on or before `asOf` (ties by id), if any.
    func lastPayment(ofSlot slot: Int32, asOf: CalendarDate) -> Payment? {
        var best: Int32?
        for row in LinkedPositions(head: customers[Int(slot)].paymentHead, next: paymentNext)
        where paymentFields[Int(row)].day <= asOf.daysSinceEpoch {
            guard let current = best else { best = row; continue }
            let (day, bestDay) = (paymentFields[Int(row)].day, paymentFields[Int(current)].day)
            if day > bestDay || (day == bestDay && paymentKeys.precedes(current, row)) { best = row }
        }
        return best.map { payment(at: $0) }
    }
}
