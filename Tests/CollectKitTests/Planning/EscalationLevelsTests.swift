import Testing
import CollectKitTesting
@testable import CollectKit

/// The engine's portfolio-wide escalation (read from the ledger's columns) gives the level
/// planning each customer gives, on seeded tenants, on the nightly day and on earlier days.
@Suite struct EscalationLevelsTests {
    @Test(arguments: [2, 9] as [UInt64])
    func theColumnarLevelsAreThePlannersLevels(seed: UInt64) throws {
        let asOf = CalendarDate(daysSinceEpoch: 20_784)
        let tenant = SyntheticPortfolio(seed: seed, customerCount: 400, receivableCount: 3_000, promiseCount: 900, paymentCount: 900,
                                        asOf: asOf)
        var ledger = CollectionLedger()
        for change in tenant.allChanges { try ledger.apply(change) }
        ledger.extendCustomerOrder()
        let planner = CollectionPlanner()
        var levels = 0
        for day in [asOf, asOf.adding(days: -45)] {
            var copy = ledger
            var transitions: [PhaseTransition] = []
            var broken: [Int32] = []
            _ = copy.evaluate(asOf: day, transitions: &transitions, broken: &broken)
            let fast = Dictionary(uniqueKeysWithValues: copy.escalationLevels(asOf: day, broken: broken, policy: planner.escalationPolicy)
                .map { (copy.customerID(ofSlot: $0.slot), $0.level) })
            for index in 0..<400 {
                let customer = SyntheticPortfolio.customerID(index)
                let plan = try planner.plan(for: ledger.facts(for: customer, asOf: day), asOf: day)
                #expect(fast[customer] == plan.escalation.current, "\(customer) on \(day)")
                if fast[customer] != nil { levels += 1 }
            }
        }
        #expect(levels > 200)
    }
}
