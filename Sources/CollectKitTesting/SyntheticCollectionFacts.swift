import CollectKit

/// Seeded synthetic portfolios of ``CustomerCollectionFacts`` for property tests and
/// benchmarks: the same seed always gives the same portfolio.
public enum SyntheticCollectionFacts {
    /// A portfolio of `customers` customers as of `asOf`, with on average `receivablesPerCustomer`
    /// open items and `promisesPerCustomer` promises each, spread over `collectors` collectors
    /// (about 5% unassigned). Some customers owe in two currencies, some owe nothing, some have
    /// open promises, excuses and competing creditors.
    public static func portfolio(customers: Int, asOf: CalendarDate, seed: UInt64, collectors: Int = 20,
                                 receivablesPerCustomer: Int = 10, promisesPerCustomer: Int = 2) -> [CustomerCollectionFacts] {
        var rng = SeededRandomNumberGenerator(seed: seed)
        var result: [CustomerCollectionFacts] = []
        result.reserveCapacity(Swift.max(0, customers))
        let standings = CreditStanding.allCases
        let tiers = RelationshipTier.allCases
        let excuseCategories = ExcuseCategory.builtIn
        for index in 0..<Swift.max(0, customers) {
            let id = CustomerID(rawValue: "C" + String(index))
            let profile = StandardCustomer(customerID: id,
                                          creditStanding: standings[Int(rng.next() % UInt64(standings.count))],
                                          relationshipTier: tiers[Int(rng.next() % UInt64(tiers.count))])
            let itemCount = Int(rng.next() % UInt64(2 * receivablesPerCustomer + 1))
            let secondCurrency = rng.next() % 10 == 0
            var items: [OpenItem] = []
            items.reserveCapacity(itemCount)
            for item in 0..<itemCount {
                let currency: Currency = secondCurrency && item % 3 == 0 ? .usd : .cny
                let minor = Int64(rng.next() % 50_000_000)
                let due = asOf.adding(days: Int(rng.next() % 400) - 250)
                items.append(OpenItem(receivableID: ReceivableID(rawValue: id.rawValue + "-" + String(item)),
                                      outstanding: Money(minorUnits: minor, currency: currency), dueDate: due))
            }
            let made = Int(rng.next() % UInt64(2 * promisesPerCustomer + 1))
            let kept = made == 0 ? 0 : Int(rng.next() % UInt64(made + 1))
            let partial = made - kept == 0 ? 0 : Int(rng.next() % UInt64(made - kept + 1))
            let open: (amount: Money, date: CalendarDate)? = rng.next() % 4 == 0
                ? (Money(minorUnits: Int64(rng.next() % 10_000_000) + 1, currency: .cny),
                   asOf.adding(days: Int(rng.next() % 15) - 7))
                : nil
            let promises = PromiseRecord(made: made, kept: kept, partiallyKept: partial,
                                                broken: made - kept - partial, openPromiseAmount: open?.amount,
                                                openPromiseDate: open?.date,
                                                lastBrokenDate: made - kept - partial > 0 ? asOf.adding(days: -Int(rng.next() % 30)) : nil)
            var history: [AskOutcome] = []
            if rng.next() % 3 != 0 {
                let asked = Int64(rng.next() % 10_000_000) + 100
                history.append(AskOutcome(asked: Money(minorUnits: asked, currency: .cny),
                                          paid: Money(minorUnits: Int64(rng.next() % UInt64(asked + 1)), currency: .cny),
                                          date: asOf.adding(days: -30)))
            }
            var excuses: [ExcuseUse] = []
            for _ in 0..<Int(rng.next() % 3) {
                excuses.append(ExcuseUse(category: excuseCategories[Int(rng.next() % UInt64(excuseCategories.count))],
                                         date: asOf.adding(days: -Int(rng.next() % 120))))
            }
            let collector: CollectorID? = rng.next() % 20 == 0
                ? nil : CollectorID(rawValue: "collector-" + String(rng.next() % UInt64(Swift.max(1, collectors))))
            result.append(CustomerCollectionFacts(
                customer: profile, openItems: items, promises: promises, askHistory: history, excuses: excuses,
                hasCompetingCreditors: rng.next() % 3 == 0, knownPaymentsToOthers: Int(rng.next() % 4),
                lastContactDate: rng.next() % 5 == 0 ? nil : asOf.adding(days: -Int(rng.next() % 40)),
                lastContactCollector: nil, collector: collector))
        }
        return result
    }
}
