import Foundation
import Testing
@testable import CollectKit
import CollectKitTraining

@Suite struct NaiveBayesExcuseModelTests {
    static let examples = [
        ExcuseExample(id: "1", lang: "zh", text: "资金紧张,手头紧", label: .cashFlowTight),
        ExcuseExample(id: "2", lang: "zh", text: "最近手头有点紧", label: .cashFlowTight),
        ExcuseExample(id: "3", lang: "zh", text: "货有质量问题,漏液", label: .productQuality),
        ExcuseExample(id: "4", lang: "zh", text: "质量太差,客户退货", label: .productQuality),
        ExcuseExample(id: "5", lang: "en", text: "cash is tight right now", label: .cashFlowTight),
        ExcuseExample(id: "6", lang: "en", text: "the goods are defective and leaking", label: .productQuality),
    ]

    @Test func trainsAndClassifiesBothLanguages() throws {
        let model = try NaiveBayesExcuseModel.trained(on: Self.examples)
        let classifier = NaiveBayesExcuseClassifier(model: model)
        #expect(classifier.classify("手头紧").category == .cashFlowTight)
        #expect(classifier.classify("质量问题").category == .productQuality)
        #expect(classifier.classify("tight on cash").category == .cashFlowTight)
        #expect(classifier.classify("defective goods").category == .productQuality)
    }

    @Test func roundTripsThroughItsCompactFormat() throws {
        let model = try NaiveBayesExcuseModel.trained(on: Self.examples)
        let data = model.serialized()
        let restored = try NaiveBayesExcuseModel(serialized: data)
        #expect(restored == model)
        #expect(data.count < 2_000)
    }

    @Test func rejectsTruncatedAndForeignData() throws {
        let data = try NaiveBayesExcuseModel.trained(on: Self.examples).serialized()
        #expect(throws: CollectKitError.self) { try NaiveBayesExcuseModel(serialized: data.prefix(data.count - 3)) }
        #expect(throws: CollectKitError.self) { try NaiveBayesExcuseModel(serialized: Data("not a model".utf8)) }
        #expect(throws: CollectKitError.self) { try NaiveBayesExcuseModel(serialized: Data()) }
        do {
            _ = try NaiveBayesExcuseModel(serialized: Data("nope".utf8))
        } catch let error {
            #expect(error.kind == .invalidData)
            #expect(error.field == "model")
        }
    }

    @Test func learnsAHostsOwnCategory() throws {
        var model = NaiveBayesExcuseModel(categories: [.cashFlowTight])
        let custom = ExcuseCategory(rawValue: "waiting_for_project_payment")
        try model.learn("甲方项目款还没拨下来", as: custom)
        try model.learn("资金紧张", as: .cashFlowTight)
        #expect(model.categories == [.cashFlowTight, custom])
        #expect(NaiveBayesExcuseClassifier(model: model).classify("项目款没拨").category == custom)
    }

    @Test func bundledModelLoads() throws {
        let classifier = try NaiveBayesExcuseClassifier.bundled()
        #expect(Set(classifier.categories) == Set(ExcuseCategory.builtIn))
    }
}

@Suite struct ExcuseLexiconTests {
    @Test func parsesWeightsNegationAndHostCategories() throws {
        let lexicon = try ExcuseLexicon(tsv: ["# comment\n@negation\t1\t不是\nwaiting_for_project_payment\t3\t项目款\ncash_flow_tight\t2\t钱\n"])
        #expect(lexicon.categories == [ExcuseCategory(rawValue: "waiting_for_project_payment"), .cashFlowTight])
        #expect(lexicon.phraseCount == 2)
        let classifier = LexiconExcuseClassifier(lexicon: lexicon)
        #expect(classifier.classify("项目款没到").category.rawValue == "waiting_for_project_payment")
        #expect(classifier.classify("不是钱").category == .notAnExcuse)
        #expect(classifier.classify("不是钱").negatedCategories == [.cashFlowTight])
    }

    @Test func malformedLinesNameTheLine() {
        do {
            _ = try ExcuseLexicon(tsv: ["cash_flow_tight\t2\t钱\nbroken line without tabs\n"])
            Issue.record("expected an error")
        } catch let error {
            #expect(error.kind == .invalidData)
            #expect(error.field == "lexicon line 2")
        }
        #expect(throws: CollectKitError.self) { try ExcuseLexicon(tsv: ["slow_sales\tmany\t卖不动"]) }
        #expect(throws: CollectKitError.self) { try ExcuseLexicon(tsv: ["slow_sales\t2\t!!!"]) }
    }

    @Test func asciiPhrasesMatchWholeWordsUnlessStarred() throws {
        let lexicon = try ExcuseLexicon(tsv: ["already_paid\t3\tpaid\nproduct_quality\t3\tdefect*\n"])
        let classifier = LexiconExcuseClassifier(lexicon: lexicon)
        #expect(classifier.classify("unpaid balance").category == .notAnExcuse)
        #expect(classifier.classify("we paid").category == .alreadyPaid)
        #expect(classifier.classify("defective units").category == .productQuality)
    }

    @Test func bundledLexiconsCoverEveryBuiltInCategory() throws {
        let lexicon = try ExcuseLexicon.bundled()
        #expect(Set(lexicon.categories) == Set(ExcuseCategory.builtIn))
        #expect(lexicon.phraseCount > 1_500)
    }
}

@Suite struct ExcuseExampleTests {
    @Test func parsesJSONLinesWithAlsoAndUnknownFields() throws {
        let text = """
        {"id": "zh-0001", "lang": "zh", "text": "资金周转不开", "label": "cash_flow_tight"}

        {"id": "en-0042", "lang": "en", "text": "Our customers haven't paid", "label": "downstream_arrears", "also": ["product_quality"], "source": "x"}
        """
        let examples = try ExcuseExample.parseJSONLines(text)
        #expect(examples.count == 2)
        #expect(examples[1].acceptable == [.downstreamArrears, .productQuality])
        #expect(examples[0].also == nil)
    }

    @Test func malformedLineIsNamed() {
        do {
            _ = try ExcuseExample.parseJSONLines("{\"id\": \"1\"}")
            Issue.record("expected an error")
        } catch let error {
            #expect(error.kind == .invalidData)
            #expect(error.field == "line 1")
        }
    }
}
