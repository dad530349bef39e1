extension CollectionPortfolio {
    /// How far back promise records and excuses count when building facts.
    public static let factsLookbackDays = 365

    /// What the planner and worklist need to know about one customer as of `asOf`.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public func facts(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerCollectionFacts {
        guard customers[customer] != nil else {
            throw CollectKitError(kind: .unknownReference, field: "customerID", value: customer.rawValue,
                                  reason: "no customer with this id")
        }
        let balances = receivables.filter { $0 == customer }.balances(asOf: asOf)
        return facts(for: customer, openItems: Self.openItems(in: balances)[customer] ?? [], asOf: asOf)
    }

    /// Facts for every customer, in id order. Balances are computed once for the portfolio.
    ///
    /// - Complexity: O(receivables + payments + promises), plus sorting.
    public func allFacts(asOf: CalendarDate) -> [CustomerCollectionFacts] {
        let openItems = Self.openItems(in: receivables.balances(asOf: asOf))
        return customerIDs.map { facts(for: $0, openItems: openItems[$0] ?? [], asOf: asOf) }
    }

    private static func openItems(in balances: ReceivableBalances) -> [CustomerID: [OpenItem]] {
        var items: [CustomerID: [OpenItem]] = [:]
        for line in balances.lines where line.outstanding.isPositive {
            let receivable = line.receivable
            items[receivable.customerID, default: []].append(
                OpenItem(receivableID: receivable.id, outstanding: line.outstanding,
                         dueDate: receivable.dueDate, reference: receivable.reference))
        }
        return items
    }

    private func facts(for id: CustomerID, openItems: [OpenItem], asOf: CalendarDate) -> CustomerCollectionFacts {
        let profile = customers[id] ?? CustomerProfile(id: id, displayName: id.rawValue)
        let contacts = promises.contacts(of: id).filter { $0.date <= asOf }
        let lastContact = contacts.max { ($0.date, $0.collectorID) < ($1.date, $1.collectorID) }
        let excuseUses = (excuses[id] ?? []).filter { $0.date <= asOf }
        let othersPaid = knownPaymentsToOthers[id] ?? 0
        return CustomerCollectionFacts(
            customer: profile,
            openItems: openItems,
            promises: promiseSummary(for: id, asOf: asOf),
            askHistory: (asks[id] ?? []).filter { $0.date <= asOf },
            excuses: excuseUses,
            hasCompetingCreditors: othersPaid > 0 || excuseUses.contains { $0.category == .paidOtherSupplier },
            knownPaymentsToOthers: othersPaid,
            lastContactDate: lastContact?.date,
            lastContactCollector: lastContact?.collectorID,
            collector: assignments[id])
    }

    /// The customer's promise record over the lookback window, in the planner's terms.
    func promiseSummary(for id: CustomerID, asOf: CalendarDate) -> PromiseRecordSummary {
        let made = promises.promises(of: id).filter { $0.madeOn <= asOf }
        guard !made.isEmpty,
              let record = try? promises.promiseRecord(for: id, from: asOf.adding(days: -Self.factsLookbackDays), through: asOf)
        else { return .none }
        var open: PromiseRecordSummary.OpenPromise?
        var lastBroken: CalendarDate?
        for promise in made.sorted(by: { ($0.promisedDate, $0.id) < ($1.promisedDate, $1.id) }) {
            switch promises.status(of: promise.id, asOf: asOf) {
            case .open?, .dueToday?:
                if open == nil { open = .init(amount: promise.amount, date: promise.promisedDate) }
            case .broken?:
                let deadline = promise.promisedDate.adding(days: promises.policy.graceDays)
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
