import Testing
@testable import CollectKit

@Suite struct EscalationPolicyTests {
    let policy = StandardEscalationPolicy()

    func level(days: Int, broken: Int = 0, standing: CreditStanding = .fair, tier: RelationshipTier = .regular) -> EscalationLevel? {
        let input = EscalationInput(daysOverdue: days, brokenPromises: broken, standing: standing, tier: tier)
        let ladder = policy.ladder(input)
        #expect(ladder.current == policy.currentLevel(input))
        return ladder.current
    }

    @Test func ladderClimbsWithDaysOverdue() {
        #expect(level(days: 0) == nil)
        #expect(level(days: 1) == .reminder)
        #expect(level(days: 15) == .firmCall)
        #expect(level(days: 30) == .visit)
        #expect(level(days: 60) == .manager)
        #expect(level(days: 90) == .creditHold)
        #expect(level(days: 180) == .legal)
        #expect(level(days: 5_000) == .legal)
    }

    @Test func brokenPromisesEscalateButNeverToLegal() {
        #expect(level(days: 0, broken: 1) == .firmCall)
        #expect(level(days: 2, broken: 3) == .manager)
        #expect(level(days: 2, broken: 40) == .creditHold)
    }

    @Test func poorCreditEscalatesSoonerCoreLater() {
        #expect(level(days: 8, standing: .poor) == .firmCall)
        #expect(level(days: 29, tier: .core) == .reminder)
        #expect(level(days: 30, tier: .core) == .firmCall)
    }

    @Test func ladderListsEveryRungWithItsTrigger() {
        let ladder = policy.ladder(EscalationInput(daysOverdue: 40, brokenPromises: 0, standing: .good, tier: .regular))
        #expect(ladder.steps.map(\.level) == EscalationLevel.allCases)
        #expect(ladder.steps.filter(\.isReached).map(\.level) == [.reminder, .firmCall, .visit])
        #expect(ladder.steps[5].trigger == EscalationTrigger(daysOverdue: 180, brokenPromises: nil))
        #expect(ladder.rationale.zh.contains("上门拜访"))
        #expect(ladder.rationale.en.contains("40 days overdue"))
    }
}
