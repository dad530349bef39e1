import Testing
@testable import CollectKit

@Suite struct ExcuseAssessmentContextTests {
    private func ranking(_ category: ExcuseCategory) -> [ExcuseClassification.RankedCategory] {
        [.init(category: category, confidence: 9_000), .init(category: .notAnExcuse, confidence: 1_000)]
    }

    private func assess(_ category: ExcuseCategory, _ context: ExcuseContext) -> ExcuseAssessment {
        ExcuseAssessment(classification: ExcuseClassification(ranking: ranking(category)), context: context)
    }

    @Test func slowSalesIsAnsweredWithOrdersAndSellThrough() throws {
        let context = ExcuseContext(
            recentOrderTotal: try Money(major: 120_000, currency: .cny), recentOrderCount: 3, recentPeriodDays: 30,
            stockDays: 28, regionalStockDays: 40)
        let assessment = assess(.slowSales, context)
        #expect(assessment.credibility == .inconsistent)
        #expect(assessment.talkingPointsChinese.contains { $0.hasPrefix("您最近30天从我们这里进货12万,库存周转28天,比同区域快") })
        #expect(assessment.talkingPointsEnglish.contains { $0.hasPrefix("You bought CNY 120,000 from us in the last 30 days") })
        #expect(assessment.credibilityReasons.map(\.chinese).contains("库存周转28天,比同区域的40天快"))
    }

    @Test func slowSalesIsConsistentWhenStockReallySits() {
        let assessment = assess(.slowSales, ExcuseContext(stockDays: 90, regionalStockDays: 35))
        #expect(assessment.credibility == .consistent)
    }

    @Test func qualityClaimWeighedAgainstComplaints() {
        #expect(assess(.productQuality, ExcuseContext(openQualityComplaints: 0, openReturns: 0)).credibility == .inconsistent)
        #expect(assess(.productQuality, ExcuseContext(openQualityComplaints: 2)).credibility == .consistent)
        #expect(assess(.productQuality, ExcuseContext()).credibility == .unverified)
        #expect(!assess(.productQuality, ExcuseContext()).verifyNextChinese.isEmpty)
    }

    @Test func alreadyPaidChecksTheLastPayment() throws {
        let recent = ExcuseContext(lastPaymentAmount: try Money(major: 50_000, currency: .cny), lastPaymentDaysAgo: 2)
        #expect(assess(.alreadyPaid, recent).credibility == .consistent)
        let old = ExcuseContext(lastPaymentAmount: try Money(major: 50_000, currency: .cny), lastPaymentDaysAgo: 60)
        let assessment = assess(.alreadyPaid, old)
        #expect(assessment.credibility == .inconsistent)
        #expect(assessment.credibilityReasons.map(\.chinese) == ["最近一笔到账是60天前的5万"])
    }

    @Test func vaguePromiseWeighedAgainstThePromiseRecord() {
        let poor = assess(.vaguePromise, ExcuseContext(promiseRecord: .init(kept: 1, broken: 3), sameExcuseLastOutcome: .notPaid))
        #expect(poor.credibility == .inconsistent)
        #expect(poor.credibilityReasons.map(\.english).contains("past promises kept 25% of the time, 3 broken"))
        #expect(poor.talkingPointsChinese.contains("之前有3次约定没有按时到账,这次我们定一个具体金额和日期。"))
        let good = assess(.vaguePromise, ExcuseContext(promiseRecord: .init(kept: 9, broken: 1)))
        #expect(good.credibility == .consistent)
    }

    @Test func cashClaimWeighedAgainstPaymentsToOthers() throws {
        let context = ExcuseContext(recentPaymentsToOthers: try Money(major: 35_000, currency: .cny))
        #expect(assess(.cashFlowTight, context).credibility == .inconsistent)
        #expect(assess(.paidOtherSupplier, context).credibility == .consistent)
    }

    @Test func talkingPointsNeverAccuse() throws {
        let context = ExcuseContext(
            promiseRecord: .init(kept: 0, broken: 4),
            recentOrderTotal: try Money(major: 80_000, currency: .cny), recentOrderCount: 2, recentPeriodDays: 30,
            stockDays: 20, regionalStockDays: 30, openQualityComplaints: 0,
            lastPaymentAmount: try Money(major: 1_000, currency: .cny), lastPaymentDaysAgo: 90,
            recentPaymentsToOthers: try Money(major: 10_000, currency: .cny), sameExcuseLastOutcome: .notPaid)
        for category in ExcuseCategory.builtIn {
            let assessment = assess(category, context)
            let all = assessment.talkingPointsChinese + assessment.talkingPointsEnglish
                + assessment.credibilityReasons.map(\.chinese) + assessment.credibilityReasons.map(\.english)
            for line in all {
                #expect(!line.lowercased().contains("lying") && !line.lowercased().contains("liar"))
                #expect(!line.contains("骗") && !line.contains("撒谎"))
            }
            if category != .notAnExcuse { #expect(!assessment.verifyNextEnglish.isEmpty || !assessment.talkingPointsEnglish.isEmpty) }
        }
    }

    @Test func confidenceIsClamped() {
        #expect(ExcuseClassification.RankedCategory(category: .slowSales, confidence: 70_000).confidence == .whole)
        #expect(ExcuseClassification.RankedCategory(category: .slowSales, confidence: BasisPoints(.min)).confidence == .zero)
        #expect(BasisPoints(fraction: .nan) == .zero)
        #expect(BasisPoints(fraction: .infinity) == .zero)
    }
}

@Suite struct ExcuseRepetitionTests {
    private func day(_ d: Int) throws -> CalendarDate { try CalendarDate(year: 2026, month: 3, day: d) }

    @Test func thirdCashFlowExcuseAfterTwoBrokenPromises() throws {
        let history = [
            ExcuseUse(category: .cashFlowTight, date: try day(2), outcome: .notPaid),
            ExcuseUse(category: .slowSales, date: try day(9), outcome: .paid),
            ExcuseUse(category: .cashFlowTight, date: try day(16), outcome: .notPaid),
        ]
        let repetition = try #require(ExcuseRepetition(category: .cashFlowTight, history: history))
        #expect(repetition.occurrence == 3)
        #expect(repetition.summaryEnglish == "third time: cash flow; the last two ended in broken promises")
        #expect(repetition.summaryChinese == "第三次以资金紧张为由;前两次都以失约告终")
    }

    @Test func firstUseIsNoRepetition() throws {
        let history = [ExcuseUse(category: .slowSales, date: try day(1), outcome: .paid)]
        #expect(ExcuseRepetition(category: .cashFlowTight, history: history) == nil)
        let second = try #require(ExcuseRepetition(category: .slowSales, history: history))
        #expect(second.summaryEnglish == "second time: slow sales; the last one ended in payment as promised")
    }

    @Test func orderOfHistoryDoesNotMatter() throws {
        let history = [
            ExcuseUse(category: .approvalPending, date: try day(20), outcome: .notPaid),
            ExcuseUse(category: .approvalPending, date: try day(1), outcome: .paid),
        ]
        let repetition = try #require(ExcuseRepetition(category: .approvalPending, history: history))
        #expect(repetition.earlierOutcomes == [.paid, .notPaid])
        #expect(repetition.summaryEnglish == "third time: approval pending; the last one ended in a broken promise")
    }

    @Test func allRepetitionsInAHistory() throws {
        let history = [
            ExcuseUse(category: .cashFlowTight, date: try day(1), outcome: .notPaid),
            ExcuseUse(category: .cashFlowTight, date: try day(8), outcome: .notPaid),
            ExcuseUse(category: .cashFlowTight, date: try day(15)),
            ExcuseUse(category: .billingDispute, date: try day(3), outcome: .confirmedDispute),
        ]
        let all = ExcuseRepetition.all(in: history)
        #expect(all.count == 1)
        #expect(all.first?.summaryEnglish == "third time: cash flow; the last two ended in broken promises")
    }
}
