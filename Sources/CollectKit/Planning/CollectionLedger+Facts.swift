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

    /// The facts of the customer in `slot`; `scratch` is reused across customers by
    /// whole-portfolio walks.
    func facts(forSlot slot: Int32, asOf: CalendarDate, scratch: inout CustomerAllocation) -> CustomerCollectionFacts {
        let id = customerID(ofSlot: slot)
        let extras = extras(ofSlot: slot)
        let currency = currency(ofSlot: Int(slot))
        var items: [OpenItem] = []
        if let currency, outstanding(ofSlot: slot, asOf: asOf) > 0 || !openColumnIsCurrent(asOf: asOf) {
            for (row, open) in openRows(ofSlot: slot, asOf: asOf).reversed() where open > 0 {
                items.append(OpenItem(receivableID: ReceivableID(rawValue: receivableKeys.string(row)),
                                      outstanding: Money(minorUnits: open, currency: currency),
                                      dueDate: CalendarDate(daysSinceEpoch: receivableDueDay[Int(row)]),
                                      reference: receivableReference[row]))
            }
        }
        var lastContact: ContactRecord?
        for index in LinkedPositions(head: customers[Int(slot)].contactHead, next: contactNext) {
            let contact = contacts[Int(index)]
            guard contact.date <= asOf else { continue }
            if lastContact.map({ (contact.date, contact.collectorID) > ($0.date, $0.collectorID) }) ?? true { lastContact = contact }
        }
        let excuses = extras.excuses.filter { $0.date <= asOf }
        let othersPaid = extras.paymentsToOthers
        return CustomerCollectionFacts(
            customer: customerTerms[Int(slot)].record(id).profile,
            openItems: items,
            promises: promiseSummary(slot: slot, customer: id, asOf: asOf, scratch: &scratch),
            askHistory: extras.asks.filter { $0.date <= asOf },
            excuses: excuses,
            hasCompetingCreditors: othersPaid > 0 || excuses.contains { $0.category == .paidOtherSupplier },
            knownPaymentsToOthers: othersPaid,
            lastContactDate: lastContact?.date,
            lastContactCollector: lastContact?.collectorID,
            collector: collector(ofSlot: slot))
    }

    /// The customer's promise record over the lookback window, in the planner's terms, from
    /// one allocation of the customer's payments.
    func promiseSummary(slot: Int32, customer: CustomerID, asOf: CalendarDate,
                        scratch a: inout CustomerAllocation) -> PromiseRecordSummary {
        let day = asOf.daysSinceEpoch
        guard LinkedPositions(head: customers[Int(slot)].promiseHead, next: promiseNext)
            .contains(where: { promiseFields[Int($0)].made <= day }) else { return .none }
        allocate(slot: Int(slot), asOf: asOf, into: &a)
        let record = promiseRecord(for: customer, from: asOf.adding(days: -Self.factsLookbackDays), through: asOf, allocated: a)
        var open: PromiseRecordSummary.OpenPromise?
        var lastBroken: CalendarDate?
        for position in a.order.indices {
            let index = Int(a.order[position])
            switch status(index: index, position: position, in: a, asOf: asOf) {
            case .open?, .dueToday?:
                if open == nil { open = .init(amount: promiseAmount(at: index), date: CalendarDate(daysSinceEpoch: promiseFields[index].due)) }
            case .broken?:
                let deadline = CalendarDate(daysSinceEpoch: deadlineDay(of: index))
                lastBroken = max(lastBroken ?? deadline, deadline)
            default:
                break
            }
        }
        return PromiseRecordSummary(made: record.made, kept: record.kept, partiallyKept: record.partiallyKept,
                                    broken: record.broken, weightedKeptRate: record.weightedKeptRate,
                                    credibility: record.credibility, openPromise: open, lastBrokenDate: lastBroken)
    }
}
