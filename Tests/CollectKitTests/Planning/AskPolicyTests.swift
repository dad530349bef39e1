import Testing
@testable import CollectKit

@Suite struct AskPolicyTests {
    let policy = StandardAskPolicy()

    @Test func articleCaseAsksOneHundredEightyThousand() {
        // 吊筑高台: expect 100,000 from a customer who pays about 55% of what is asked → ask 180,000.
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(100_000), owed: PlanningFixture.cny(500_000),
                                           paidToAskedBasisPoints: 5_500, tier: .regular))
        #expect(decision.amount == PlanningFixture.cny(180_000))
        #expect(decision.ratioBasisPoints == 5_500)
        #expect(decision.rationale.code == "ask.anchored")
        #expect(decision.rationale.value(named: "ratio") == .basisPoints(5_500))
        #expect(decision.rationale.en.contains("55.00%"))
        #expect(decision.rationale.zh.contains("CNY 100,000.00"))
    }

    @Test func ratioFromHistoryGivesTheSameAsk() throws {
        let ratio = try #require(PlanningFixture.history(paidPercent: 55).paidToAskedBasisPoints)
        #expect(ratio == 5_500)
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(100_000), owed: PlanningFixture.cny(1_000_000),
                                           paidToAskedBasisPoints: ratio, tier: .new))
        #expect(decision.amount == PlanningFixture.cny(180_000))
    }

    @Test func coreLoyalCustomerIsAskedForWhatIsExpected() {
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(100_000), owed: PlanningFixture.cny(500_000),
                                           paidToAskedBasisPoints: 5_500, tier: .core))
        #expect(decision.amount == PlanningFixture.cny(100_000))
        #expect(decision.rationale.code == "ask.core")
    }

    @Test func noHistoryUsesTheDefaultRatio() {
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(100_000), owed: PlanningFixture.cny(500_000),
                                           paidToAskedBasisPoints: nil, tier: .regular))
        #expect(decision.amount == PlanningFixture.cny(130_000))   // 125,000 rounds to 2 significant figures
        #expect(decision.ratioBasisPoints == 8_000)
        #expect(decision.rationale.code == "ask.default")
    }

    @Test func neverAsksMoreThanIsOwed() {
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(100_000), owed: PlanningFixture.cny(150_000),
                                           paidToAskedBasisPoints: 5_500, tier: .regular))
        #expect(decision.amount == PlanningFixture.cny(150_000))
        #expect(decision.rationale.code == "ask.capped")
    }

    @Test func roundingNeverFallsBelowExpected() {
        // 104,000 ÷ 100% = 104,000; the nearest round figure 100,000 is too low, so round up.
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(104_000), owed: PlanningFixture.cny(900_000),
                                           paidToAskedBasisPoints: 10_000, tier: .regular))
        #expect(decision.amount == PlanningFixture.cny(110_000))
    }

    @Test func customerWhoNeverPaysIsAnchoredAtTheMinimumRatio() {
        let decision = policy.ask(AskInput(expected: PlanningFixture.cny(10_000), owed: PlanningFixture.cny(1_000_000),
                                           paidToAskedBasisPoints: 0, tier: .regular))
        #expect(decision.amount == PlanningFixture.cny(50_000))
        #expect(decision.ratioBasisPoints == 2_000)
    }

    @Test func hugeAmountsDoNotOverflow() {
        let huge = Money(minorUnits: Int64.max / 2, currency: .cny)
        let decision = policy.ask(AskInput(expected: huge, owed: Money(minorUnits: .max, currency: .cny),
                                           paidToAskedBasisPoints: 5_500, tier: .regular))
        #expect(decision.amount.minorUnits <= Int64.max)
        #expect(decision.amount.minorUnits >= huge.minorUnits)
    }

    @Test func speakableFigures() {
        #expect(SpeakableAmount.nearest(Money(minorUnits: 18_181_818, currency: .cny)) == PlanningFixture.cny(180_000))
        #expect(SpeakableAmount.nearest(PlanningFixture.cny(4_750)) == PlanningFixture.cny(4_800))
        #expect(SpeakableAmount.nearest(Money(minorUnits: 4_732, currency: .jpy)) == Money(minorUnits: 4_700, currency: .jpy))
        #expect(SpeakableAmount.nearest(Money(minorUnits: 1_234, currency: .cny)) == PlanningFixture.cny(12))
        #expect(SpeakableAmount.up(PlanningFixture.cny(181_000)) == PlanningFixture.cny(190_000))
        #expect(SpeakableAmount.up(PlanningFixture.cny(180_000)) == PlanningFixture.cny(180_000))
    }

    @Test func historyRatioIgnoresUnusableOutcomesAndClampsOverpayment() {
        let outcomes = [
            AskOutcome(asked: PlanningFixture.cny(100), paid: PlanningFixture.cny(150), date: PlanningFixture.day(-1)),  // counts as 100%
            AskOutcome(asked: PlanningFixture.cny(100), paid: PlanningFixture.cny(50), date: PlanningFixture.day(-2)),   // 50%
            AskOutcome(asked: PlanningFixture.cny(0), paid: PlanningFixture.cny(10), date: PlanningFixture.day(-3)),     // skipped
            AskOutcome(asked: PlanningFixture.cny(100), paid: PlanningFixture.usd(10), date: PlanningFixture.day(-4)),   // skipped
        ]
        #expect(outcomes.paidToAskedBasisPoints == 7_500)
        #expect([AskOutcome]().paidToAskedBasisPoints == nil)
    }
}
