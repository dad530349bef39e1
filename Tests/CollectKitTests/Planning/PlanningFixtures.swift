import CollectKit

/// Small builders shared by the planning and worklist tests.
enum PlanningFixture {
    static let asOf = CalendarDate(daysSinceEpoch: 20_500)   // 2026-02-15

    static func cny(_ major: Int64) -> Money { Money(minorUnits: major * 100, currency: .cny) }
    static func usd(_ major: Int64) -> Money { Money(minorUnits: major * 100, currency: .usd) }

    static func day(_ offset: Int) -> CalendarDate { asOf.adding(days: offset) }

    static func item(_ id: String, _ amount: Money, dueIn offset: Int) -> OpenItem {
        OpenItem(receivableID: ReceivableID(id), outstanding: amount, dueDate: day(offset))
    }

    static func customer(_ id: String, standing: CreditStanding = .fair, tier: RelationshipTier = .regular) -> StandardCustomer {
        StandardCustomer(customerID: CustomerID(id), creditStanding: standing, relationshipTier: tier)
    }

    /// A customer who has historically paid `percent`% of what was asked.
    static func history(paidPercent percent: Int64) -> [AskOutcome] {
        [AskOutcome(asked: cny(100_000), paid: cny(percent * 1_000), date: day(-60))]
    }
}
