import Foundation
import Testing
@testable import CollectKit

/// The default classifier, loaded once for all suites (loading is the expensive part).
let defaultClassifier: StandardExcuseClassifier? = try? StandardExcuseClassifier.bundled()

@Suite struct ExcuseClassificationTests {
    /// The article's own excuses, in its words.
    static let articleExcuses: [(String, ExcuseCategory)] = [
        ("产品质量问题", .productQuality),
        ("售后服务问题", .serviceIssue),
        ("活动支持问题", .promotionSupport),
        ("中止合作", .terminationThreat),
        ("货款刚被其他厂商拿走", .paidOtherSupplier),
        ("下游客户欠款较多", .downstreamArrears),
        ("最近资金紧张", .cashFlowTight),
        ("我明天就给你办过去", .vaguePromise),
    ]

    @Test(arguments: articleExcuses)
    func ensembleNamesTheArticlesExcuses(_ text: String, _ expected: ExcuseCategory) throws {
        let classifier = try #require(defaultClassifier)
        let assessment = classifier.assess(text)
        #expect(assessment.category == expected)
        #expect(assessment.confidence > 5_000)
        #expect(assessment.evidence.contains { $0.category == expected && !$0.isNegated })
    }

    @Test(arguments: articleExcuses)
    func lexiconAloneNamesTheArticlesExcuses(_ text: String, _ expected: ExcuseCategory) throws {
        let classifier = try LexiconExcuseClassifier.bundled()
        #expect(classifier.assess(text).category == expected)
    }

    @Test(arguments: [
        ("最近周转不灵,手头紧", ExcuseCategory.cashFlowTight),
        ("老板不在,没人签字", .approvalPending),
        ("票没到,财务不给付", .billingDispute),
        ("货卖不动,全压在仓库", .slowSales),
        ("钱被隔壁厂家拿走了", .paidOtherSupplier),
        ("下家欠我们好多钱,回笼不了", .downstreamArrears),
        ("上週已經匯過去了,水單稍後傳給你", .alreadyPaid),
        ("老細仲未返,冇人簽字", .approvalPending),
        ("Cash is tight this month, can you give us a few weeks?", .cashFlowTight),
        ("We're waiting on our customers to pay us", .downstreamArrears),
        ("The boss hasn't signed off yet", .approvalPending),
        ("The invoice never arrived", .billingDispute),
        ("We wired it last week, check your account", .alreadyPaid),
        ("The stock is just sitting in the warehouse, it's not moving", .slowSales),
        ("Your technician never showed up", .serviceIssue),
        ("You promised co-op advertising money and rebates", .promotionSupport),
        ("Keep chasing me and we'll switch to another supplier", .terminationThreat),
        ("Will sort it asap", .vaguePromise),
        ("Half the units arrived cracked, the batch is defective", .productQuality),
        ("好的,周五下午三点前转20万,回单发你", .notAnExcuse),
        ("Hi Tom, hope you had a good weekend", .notAnExcuse),
    ])
    func ensembleGeneralisesToColloquialPhrasing(_ text: String, _ expected: ExcuseCategory) throws {
        let classifier = try #require(defaultClassifier)
        #expect(classifier.assess(text).category == expected)
    }

    @Test func negatedMoneyMeansTheGoods() throws {
        let classifier = try #require(defaultClassifier)
        let text = "不是钱的问题,是货的问题"
        let assessment = classifier.assess(text)
        #expect(assessment.category == .productQuality)
        #expect(assessment.negatedCategories.contains(.cashFlowTight))
        #expect(assessment.ranking.first { $0.category == .cashFlowTight }.map { $0.confidence < 500 } ?? true)
        let goods = try #require(assessment.evidence.first { $0.category == .productQuality })
        #expect(goods.text == "货的问题")
        #expect(String(text[goods.range]) == "货的问题")
        let money = try #require(assessment.evidence.first { $0.category == .cashFlowTight })
        #expect(money.isNegated)
    }

    @Test func negationEvidenceKeepsTheTraditionalOriginal() throws {
        let classifier = try #require(defaultClassifier)
        let text = "不是錢的問題,是貨的問題"
        let assessment = classifier.assess(text)
        #expect(assessment.category == .productQuality)
        #expect(assessment.evidence.contains { $0.text == "貨的問題" && String(text[$0.range]) == "貨的問題" })
    }

    @Test func englishNegationPointsAway() throws {
        let classifier = try #require(defaultClassifier)
        let quality = classifier.assess("It's not about the money, the last shipment failed our QC inspection")
        #expect(quality.category == .productQuality)
        #expect(quality.negatedCategories.contains(.cashFlowTight))
        let cash = classifier.assess("It's not the invoice, we just don't have the cash")
        #expect(cash.category == .cashFlowTight)
        #expect(cash.negatedCategories.contains(.billingDispute))
    }

    @Test func postfixDenialsCountAgainst() throws {
        let classifier = try #require(defaultClassifier)
        #expect(classifier.assess("质量没问题,就是发票还没到").category == .billingDispute)
        #expect(classifier.assess("Quality's fine, we just never received the invoice").category == .billingDispute)
    }

    @Test func intentSeparatesDisputesFromDeferrals() throws {
        let classifier = try #require(defaultClassifier)
        #expect(classifier.assess("货有问题,漏液").intent == .dispute)
        #expect(classifier.assess("发票抬头开错了").intent == .dispute)
        #expect(classifier.assess("最近资金紧张").intent == .deferral)
        #expect(classifier.assess("明天就给你办过去").intent == .deferral)
        #expect(classifier.assess("再催我们就换供应商").intent == .leverage)
        #expect(ExcuseIntent(category: ExcuseCategory(rawValue: "waiting_for_project_payment")) == .deferral)
    }

    @Test func rankingIsSortedAndBounded() throws {
        let classifier = try #require(defaultClassifier)
        let ranking = classifier.assess("钱都压在货上了,卖不动").ranking
        #expect(!ranking.isEmpty)
        #expect(zip(ranking, ranking.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        #expect(ranking.allSatisfy { (0...10_000).contains($0.confidence.value) })
        // Each confidence is rounded to a basis point, so the sum may pass the whole by that.
        #expect(ranking.map(\.confidence.value).reduce(0, +) <= 10_000 + ranking.count)
    }

    @Test func fastPathAgreesWithAssessment() throws {
        let classifier = try #require(defaultClassifier)
        var buffer = ExcuseScoringBuffer()
        for (text, _) in Self.articleExcuses + [("Cash is tight", .cashFlowTight), ("", .notAnExcuse)] {
            #expect(classifier.topCategory(of: text, buffer: &buffer).category == classifier.assess(text).category)
        }
    }

    @Test func syncClassifierServesTheAsyncProtocol() async throws {
        let classifier: any ExcuseClassifier = try LexiconExcuseClassifier.bundled()
        let classification = try await classifier.classify("最近资金紧张")
        #expect(classification.category == .cashFlowTight)
        #expect(classification.evidence.map(\.text) == ["资金紧张"])
    }

    @Test func batchTriageAgreesWithOneAtATime() throws {
        let classifier = try StandardExcuseClassifier.bundled()
        let texts = Self.articleExcuses.map(\.0) + ["", "Cash is tight", "好的"]
        #expect(classifier.topCategories(of: texts) == texts.map { classifier.topCategory(of: $0) })
        #expect(classifier.topCategories(of: texts).prefix(Self.articleExcuses.count).map(\.category) == Self.articleExcuses.map(\.1))
    }

    @Test func categoriesHaveChineseAndEnglishNames() {
        for category in ExcuseCategory.builtIn {
            #expect(category.chineseName != category.rawValue)
            #expect(category.englishName != category.rawValue)
        }
        #expect(ExcuseCategory.cashFlowTight.chineseName == "资金紧张")
        #expect(ExcuseCategory(rawValue: "custom_one").chineseName == "custom_one")
    }
}
