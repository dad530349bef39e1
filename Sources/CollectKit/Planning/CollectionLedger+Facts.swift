/// The facts the planner and the worklist read, built from one customer's rows.
extension CollectionLedger {
    /// How far back promise records and excuses count when building facts.
    static let factsLookbackDays = 365

    /// What the planner and worklist need to know about one upserted customer as of `asOf`.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(the customer's records).
    func facts(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerCollectionFacts {
        let slot = try knownSlot(customer, field: "customerID")
        var scratch = CustomerAllocation()
        return facts(forSlot: slot, asOf: asOf, scratch: &scratch)
    }

    /// The facts of the customer in `slot`; `scratch` is reused across customers.
    func facts(forSlot slot: Int32, asOf: CalendarDate, scratch: inout CustomerAllocation) -> CustomerCollectionFacts {
        let id = customerID(ofSlot: slot)
        return facts(forSlot: slot, id: id, asOf: asOf, promises: promiseSummary(slot: slot, customer: id, asOf: asOf, scratch: &scratch))
    }

    /// The facts of the customer in `slot`, given its promise summary (a whole-portfolio walk
    /// computes those for every customer at once).
    ///
    /// Open items come oldest due first, as payments settle them. A whole-portfolio walk that
    /// only ranks customers (the worklist: policies see amounts and dates, never receivable
    /// ids) passes `withReceivableIDs: false` and the collectors' ids, and skips making ten
    /// million identifier strings.
    func facts(forSlot slot: Int32, id: CustomerID, asOf: CalendarDate, promises: PromiseRecord,
               withReceivableIDs: Bool = true, collectors: [CollectorID]? = nil) -> CustomerCollectionFacts {
        let extras = customerExtras[slot]
        var items: [OpenItem] = []
        if let currency = currency(ofSlot: Int(slot)) {
            if openColumnIsCurrent(asOf: asOf) {
                var row = customers[Int(slot)].openHead
                while row != Self.none {
                    items.append(openItem(row, open: receivableOpen[Int(row)], currency: currency, withID: withReceivableIDs))
                    row = receivableOpenNext[Int(row)]
                }
            } else {
                var rows = openRows(ofSlot: slot, asOf: asOf).filter { $0.open > 0 }
                rows.sort { receivableSettlesBefore($0.row, $1.row) }
                items = rows.map { openItem($0.row, open: $0.open, currency: currency, withID: withReceivableIDs) }
            }
        }
        var lastContact: ContactRecord?
        for index in LinkedPositions(head: customers[Int(slot)].contactHead, next: contactNext) {
            let contact = contacts[Int(index)]
            guard contact.date <= asOf else { continue }
            if lastContact.map({ (contact.date, contact.collectorID) > ($0.date, $0.collectorID) }) ?? true { lastContact = contact }
        }
        let excuses = extras?.excuses.filter { $0.date <= asOf } ?? []
        let othersPaid = extras?.paymentsToOthers ?? 0
        return CustomerCollectionFacts(
            customer: customerTerms[Int(slot)].record(id),
            openItems: items,
            promises: promises,
            askHistory: extras?.asks.filter { $0.date <= asOf } ?? [],
            excuses: excuses,
            hasCompetingCreditors: othersPaid > 0 || excuses.contains { $0.category == .paidOtherSupplier },
            knownPaymentsToOthers: othersPaid,
            lastContactDate: lastContact?.date,
            lastContactCollector: lastContact?.collectorID,
            collector: collectors.map { index in customers[Int(slot)].collector < 0 ? nil : index[Int(customers[Int(slot)].collector)] }
                ?? collector(ofSlot: slot))
    }

    private func openItem(_ row: Int32, open: Int64, currency: Currency, withID: Bool) -> OpenItem {
        OpenItem(receivableID: ReceivableID(rawValue: withID ? receivableKeys.string(row) : ""),
                 outstanding: Money(minorUnits: open, currency: currency),
                 dueDate: CalendarDate(daysSinceEpoch: receivableDueDay[Int(row)]), reference: withID ? receivableReference[row] : nil)
    }

    /// The customer's promise record over the lookback window, in the planner's terms, from
    /// one allocation of the customer's payments.
    func promiseSummary(slot: Int32, customer: CustomerID, asOf: CalendarDate,
                        scratch a: inout CustomerAllocation) -> PromiseRecord {
        let day = asOf.daysSinceEpoch
        guard LinkedPositions(head: customers[Int(slot)].promiseHead, next: promiseNext)
            .contains(where: { promiseFields[Int($0)].made <= day }) else { return .none }
        allocate(slot: Int(slot), asOf: asOf, into: &a)
        return a.withAllocated { promiseSummary(customer: customer, asOf: asOf, allocated: $0) }
    }

    /// The summary from one customer's allocation as of `asOf`; `.none` when no promise was
    /// made by then.
    func promiseSummary(customer: CustomerID, asOf: CalendarDate, allocated a: AllocatedPromises) -> PromiseRecord {
        let day = asOf.daysSinceEpoch
        guard a.order.contains(where: { promiseFields[Int($0)].made <= day }) else { return .none }
        let record = promiseRecord(for: customer, from: asOf.adding(days: -Self.factsLookbackDays), through: asOf, allocated: a)
        var open: (amount: Money, date: CalendarDate)?
        var lastBroken: CalendarDate?
        for position in a.order.indices {
            let index = Int(a.order[position])
            switch status(index: index, paid: a.paid[position], paidByDeadline: a.paidByDeadline[position], asOf: asOf) {
            case .open?, .dueToday?:
                if open == nil { open = (promiseAmount(at: index), CalendarDate(daysSinceEpoch: promiseFields[index].due)) }
            case .broken?:
                let deadline = CalendarDate(daysSinceEpoch: deadlineDay(of: index))
                lastBroken = max(lastBroken ?? deadline, deadline)
            default:
                break
            }
        }
        var summary = record
        summary.openPromiseAmount = open?.amount
        summary.openPromiseDate = open?.date
        summary.lastBrokenDate = lastBroken
        return summary
    }
}
