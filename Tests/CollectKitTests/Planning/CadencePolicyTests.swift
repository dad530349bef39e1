import Testing
@testable import CollectKit

@Suite struct CadencePolicyTests {
    let policy = StandardCadencePolicy()

    func decide(_ standing: CreditStanding, promises: PromiseRecord = .none, excuses: Int = 0,
                lastContact: CalendarDate? = PlanningFixture.day(-1), hasOverdue: Bool = true,
                nextDue: CalendarDate? = nil) -> CadenceDecision {
        policy.cadence(CadenceInput(asOf: PlanningFixture.asOf, standing: standing, promises: promises, recentExcuses: excuses,
                                    lastContactDate: lastContact, hasOverdue: hasOverdue, nextDueDate: nextDue))
    }

    @Test func intervalFollowsCreditStanding() {
        #expect(decide(.excellent).intervalDays == 14)
        #expect(decide(.good).intervalDays == 10)
        #expect(decide(.fair).intervalDays == 7)
        #expect(decide(.poor).intervalDays == 3)
        #expect(decide(.unknown).intervalDays == 5)
    }

    @Test func brokenPromisesHalveTheInterval() {
        let decision = decide(.good, promises: PromiseRecord(made: 2, kept: 1, broken: 1))
        #expect(decision.intervalDays == 5)
        #expect(decision.rationale.code == "cadence.broken_promises")
    }

    @Test func partialPaymentPatternAndExcusesTighten() {
        #expect(decide(.fair, promises: PromiseRecord(made: 3, kept: 1, partiallyKept: 2)).intervalDays == 5)
        #expect(decide(.fair, excuses: 3).intervalDays == 5)
        #expect(decide(.poor, promises: PromiseRecord(made: 4, broken: 4), excuses: 3).intervalDays == 1)
    }

    @Test func cleanRecordLoosens() {
        let decision = decide(.good, promises: PromiseRecord(made: 5, kept: 5))
        #expect(decision.intervalDays == 13)
        #expect(decision.rationale.code == "cadence.good_record")
    }

    @Test func nextContactIsLastContactPlusInterval() {
        let decision = decide(.fair, lastContact: PlanningFixture.day(-2))
        #expect(decision.nextContact == PlanningFixture.day(5))
        #expect(decision.purpose == .followUp)
        #expect(decide(.fair, lastContact: nil).nextContact == PlanningFixture.asOf)
        #expect(decide(.fair, lastContact: PlanningFixture.day(-30)).nextContact == PlanningFixture.asOf)
    }

    @Test func openPromiseIsNeverLeftWithoutACheckIn() {
        let promise = PromiseRecord(openPromiseAmount: PlanningFixture.cny(50_000), openPromiseDate: PlanningFixture.day(2))
        let decision = decide(.excellent, promises: promise, lastContact: PlanningFixture.day(-1))
        #expect(decision.nextContact == PlanningFixture.day(2))
        #expect(decision.purpose == .promiseCheckIn)
        let lapsed = PromiseRecord(openPromiseAmount: PlanningFixture.cny(50_000), openPromiseDate: PlanningFixture.day(-3))
        #expect(decide(.excellent, promises: lapsed).nextContact == PlanningFixture.asOf)
    }

    @Test func notYetDueGetsAPreDueReminder() {
        let decision = decide(.fair, lastContact: nil, hasOverdue: false, nextDue: PlanningFixture.day(20))
        #expect(decision.nextContact == PlanningFixture.day(17))
        #expect(decision.purpose == .preDueReminder)
    }

    @Test func rationaleNamesItsInputsInBothLanguages() {
        let decision = decide(.poor, promises: PromiseRecord(made: 1, broken: 1))
        #expect(decision.rationale.zh.contains("信誉较差"))
        #expect(decision.rationale.en.contains("broken 1"))
        #expect(decision.rationale.value(named: "interval") == .days(2))
    }
}
