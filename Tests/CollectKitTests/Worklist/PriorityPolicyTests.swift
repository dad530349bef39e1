import Testing
@testable import CollectKit

@Suite struct PriorityPolicyTests {
    let policy = StandardPriorityPolicy()

    func input(amount: Double = 100_000, days: Int = 0, dueToday: Bool = false, broken: Bool = false,
               credibility: BasisPoints = 5_000, competing: Bool = false, paymentsToOthers: Int = 0,
               sinceContact: Int? = 0, cadence: Int = 7) -> PriorityInput {
        PriorityInput(amountAtStake: amount, daysOverdue: days, promiseDueToday: dueToday, promiseJustBroken: broken,
                      credibility: credibility, hasCompetingCreditors: competing, knownPaymentsToOthers: paymentsToOthers,
                      daysSinceLastContact: sinceContact, cadenceDays: cadence)
    }

    @Test func factorsAddUpAsDocumented() {
        let score = policy.priority(input(amount: 99_999, days: 30, dueToday: true, credibility: 2_500))
        #expect(score.amountPoints == 1_000)
        #expect(score.overduePoints == 30)
        #expect(score.promisePoints == 250)
        #expect(score.credibilityPoints == 150)
        #expect(score.competitionPoints == 0)
        #expect(score.points == 1_430)
    }

    @Test func moreAtStakeMoreOverdueAndBrokenPromisesRankHigher() {
        #expect(policy.priority(input(amount: 1_000_000)) > policy.priority(input(amount: 10_000)))
        #expect(policy.priority(input(days: 90)) > policy.priority(input(days: 10)))
        #expect(policy.priority(input(broken: true)) > policy.priority(input(dueToday: true)))
        #expect(policy.priority(input(credibility: 1_000)) > policy.priority(input(credibility: 9_000)))
    }

    @Test func competingCreditorsAndNeglectRaisePriority() {
        let chased = policy.priority(input(competing: true, sinceContact: 2))
        let neglected = policy.priority(input(competing: true, paymentsToOthers: 2, sinceContact: 27))
        #expect(chased.competitionPoints == 100)
        #expect(neglected.competitionPoints == 100 + 10 * 20 + 50)
        #expect(policy.priority(input(sinceContact: 17)).competitionPoints == 50)
        #expect(policy.priority(input(competing: true, sinceContact: nil)).competitionPoints == 400)
    }

    @Test func nonFiniteAndOutOfRangeInputsDoNotCrash() {
        let score = policy.priority(input(amount: .infinity, credibility: -5_000))
        #expect(score.amountPoints == 0)
        #expect(score.credibilityPoints == 200)
        #expect(policy.priority(input(credibility: 25_000)).credibilityPoints == 0)
    }
}
