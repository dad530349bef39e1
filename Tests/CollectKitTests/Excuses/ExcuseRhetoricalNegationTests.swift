import Testing
@testable import CollectKit

/// 「你们不是说…吗」 asks "weren't you saying…?": a phrase that contains the negation cue uses
/// it up, so the complaint that follows is not read as denied.
@Suite struct ExcuseRhetoricalNegationTests {
    @Test func aPhraseThatContainsTheCueStopsItNegatingWhatFollows() throws {
        let lexicon = try ExcuseLexicon(tsv: [
            "@negation\t1\t不是\nbilling_dispute\t0\t你们不是说\npromotion_support\t3\t返利\ncash_flow_tight\t3\t没钱\n",
        ])
        let classifier = LexiconExcuseClassifier(lexicon: lexicon)
        let asked = classifier.assess("你们不是说返利")
        #expect(asked.category == .promotionSupport)
        #expect(asked.negatedCategories.isEmpty)
        // Without the absorbing phrase the cue still denies.
        let denied = classifier.assess("不是没钱")
        #expect(denied.negatedCategories == [.cashFlowTight])
        #expect(denied.category == .notAnExcuse)
    }

    @Test func bundledClassifierReadsRhetoricalQuestionsAsComplaints() throws {
        let classifier = try #require(defaultClassifier)
        let rebate = classifier.assess("你们不是说给返利吗,钱呢")
        #expect(rebate.category == .promotionSupport)
        #expect(!rebate.negatedCategories.contains(.promotionSupport))
        #expect(classifier.assess("你们不是答应派促销员吗").category == .promotionSupport)
        #expect(classifier.assess("我们不是已经付了吗").category == .alreadyPaid)
    }

    @Test func literalDenialsStillCountAgainstTheirCategory() throws {
        let classifier = try #require(defaultClassifier)
        let assessment = classifier.assess("不是钱的问题,是你们的货有问题")
        #expect(assessment.category == .productQuality)
        #expect(assessment.negatedCategories.contains(.cashFlowTight))
        #expect(classifier.assess("不是没钱,是质量不行").category == .productQuality)
    }
}
