import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct PlanningPropertyTests {
    @Test(arguments: [UInt64(1), 7, 42, 2026])
    func installmentsSumToTheAskAndTheAskNeverExceedsWhatIsOwed(seed: UInt64) throws {
        let portfolio = SyntheticCollectionFacts.portfolio(customers: 400, asOf: PlanningFixture.asOf, seed: seed)
        var rng = SeededRandomNumberGenerator(seed: seed ^ 0xABCD)
        let concessions: [Set<Concession>] = [[], [.installmentPlan], [.installmentPlan, .promotionSupport]]
        var requests = 0
        for facts in portfolio {
            let approved = concessions[Int(rng.next() % 3)]
            let planner = CollectionPlanner(approvedConcessions: approved)
            let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
            #expect(PlanGuardRails.violations(in: plan, approvedConcessions: approved).isEmpty)
            for line in plan.lines {
                #expect(line.owed.isPositive)
                guard let request = line.request else {
                    #expect(line.installments.isEmpty)
                    continue
                }
                requests += 1
                let sum = line.installments.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
                #expect(sum == request.amount.minorUnits)
                #expect(request.amount.minorUnits <= line.owed.minorUnits)
                #expect(request.amount.minorUnits >= Swift.min(line.target.amount.minorUnits, line.owed.minorUnits)
                        || facts.customer.relationshipTier == .core)
                #expect(request.payBy >= PlanningFixture.asOf)
                #expect(line.installments.allSatisfy { $0.amount.isPositive && $0.date >= request.payBy })
            }
            if let promised = facts.promises.openPromiseDate, !plan.isEmpty {
                #expect(try #require(plan.contacts.first).date <= max(promised, PlanningFixture.asOf))
            }
        }
        #expect(requests > 100)
    }

    @Test func askNeverExceedsOwedForRandomInputs() {
        var rng = SeededRandomNumberGenerator(seed: 99)
        let policy = StandardAskPolicy()
        for _ in 0..<5_000 {
            let owed = Int64(rng.next() % 1_000_000_000_000) + 1
            let expected = Int64(rng.next() % UInt64(owed)) + 1
            let ratio: Int? = rng.next() % 5 == 0 ? nil : Int(rng.next() % 12_000)
            let tier = RelationshipTier.allCases[Int(rng.next() % 4)]
            let decision = policy.ask(AskInput(expected: Money(minorUnits: expected, currency: .cny),
                                               owed: Money(minorUnits: owed, currency: .cny),
                                               paidToAskedBasisPoints: ratio, tier: tier))
            #expect(decision.amount.minorUnits <= owed)
            #expect(decision.amount.minorUnits >= expected)
        }
    }
}
