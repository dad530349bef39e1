import CollectKit

/// Customers and situations that conformance checks run plugins and policies against:
/// nothing owed, current, long overdue, promises broken, several currencies, core and new.
public enum ConformanceFixtures {
    /// The day the fixtures describe.
    public static let asOf = CalendarDate(daysSinceEpoch: 20_784) // 2026-11-27

    /// A spread of customers covering the planner's edge cases.
    public static func facts() -> [CustomerCollectionFacts] {
        func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .cny) }
        func item(_ id: String, _ money: Money, dueDaysAgo: Int) -> OpenItem {
            OpenItem(receivableID: ReceivableID(id), outstanding: money, dueDate: asOf.adding(days: -dueDaysAgo))
        }
        return [
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-nothing-owed", creditStanding: .good)),
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-current", creditStanding: .excellent),
                                    openItems: [item("B1", yuan(50_000), dueDaysAgo: -10)]),
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-overdue", creditStanding: .poor),
                                    openItems: [item("C1", yuan(120_000), dueDaysAgo: 95), item("C2", yuan(60_000), dueDaysAgo: 20)],
                                    promises: PromiseRecord(made: 4, kept: 1, partiallyKept: 1, broken: 2,
                                                                   weightedKeptRate: 3_750, credibility: 3_000,
                                                                   lastBrokenDate: asOf.adding(days: -3)),
                                    askHistory: [AskOutcome(asked: yuan(180_000), paid: yuan(99_000), date: asOf.adding(days: -60))],
                                    excuses: [ExcuseUse(category: .cashFlowTight, date: asOf.adding(days: -5), outcome: .notPaid)],
                                    hasCompetingCreditors: true, knownPaymentsToOthers: 2,
                                    lastContactDate: asOf.adding(days: -12), collector: "fixture-collector"),
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-two-currencies", creditStanding: .fair),
                                    openItems: [item("D1", yuan(30_000), dueDaysAgo: 40),
                                                item("D2", Money(minorUnits: 1_250_000, currency: .usd), dueDaysAgo: 200)]),
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-core", creditStanding: .good,
                                                              relationshipTier: .core),
                                    openItems: [item("E1", yuan(900_000), dueDaysAgo: 15)]),
            CustomerCollectionFacts(customer: StandardCustomer(customerID: "fixture-tiny", creditStanding: .unknown,
                                                              relationshipTier: .new),
                                    openItems: [item("F1", Money(minorUnits: 1, currency: .cny), dueDaysAgo: 3000)]),
        ]
    }

    /// Things customers say, in both languages, including empty and hostile text.
    public static let utterances: [String] = [
        "", "   ", "😀🙏", "最近资金紧张,下个月再说", "货有质量问题,客户都退回来了", "好的,我明天就给你办过去",
        "Our customers haven't paid us yet", "We already wired it last week", "不是钱的问题,是你们的货有问题",
        String(repeating: "款", count: 10_000), "\u{0}\u{1}\u{7F}", "OK 收到 👍",
    ]
}
