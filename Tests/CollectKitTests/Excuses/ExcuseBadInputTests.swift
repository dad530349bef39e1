import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct ExcuseBadInputTests {
    static let inputs: [String] = [
        "", "   \t\n  ", "😀😀😀🙏🙏", "\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}", "！？。，、……",
        "Привет, как дела? Всё хорошо", "مرحبا كيف حالك", "こんにちは、元気ですか", "안녕하세요",
        "\u{200D}\u{FE0F}\u{202E}abc\u{202C}", "ок ok 好 😀 مرحبا", String(repeating: "a", count: 5_000),
        "\u{10FFFF}\u{E000}\u{FFFD}",
    ]

    @Test(arguments: inputs)
    func oddInputGivesAValidLowStakesAssessment(_ text: String) throws {
        let classifier = try #require(defaultClassifier)
        let assessment = classifier.assess(text)
        #expect(assessment.category == .notAnExcuse || assessment.confidence < 6_000)
        #expect(assessment.ranking.allSatisfy { (0...10_000).contains($0.confidence.value) })
        for evidence in assessment.evidence {
            #expect(evidence.range.lowerBound >= text.startIndex && evidence.range.upperBound <= text.endIndex)
        }
        var buffer = ExcuseScoringBuffer()
        #expect(classifier.topCategory(of: text, buffer: &buffer).confidence <= .whole)
    }

    @Test func emptyAndBlankAreNotExcuses() throws {
        let classifier = try #require(defaultClassifier)
        #expect(classifier.assess("").category == .notAnExcuse)
        #expect(classifier.assess("  \n ").category == .notAnExcuse)
        #expect(classifier.assess("😀🙏").category == .notAnExcuse)
        #expect(try NaiveBayesExcuseClassifier.bundled().classify("").category == .notAnExcuse)
        #expect(try LexiconExcuseClassifier.bundled().assess("").category == .notAnExcuse)
    }

    @Test func oneMegabyteOfTextIsAssessed() throws {
        let classifier = try #require(defaultClassifier)
        let chunk = "最近资金紧张 cash is tight 😀 \u{1}"
        var text = ""
        while text.utf8.count < 1_000_000 { text += chunk }
        let assessment = classifier.assess(text)
        #expect(assessment.category == .cashFlowTight)
        #expect(assessment.evidence.count <= 64)
        var buffer = ExcuseScoringBuffer()
        #expect(classifier.topCategory(of: text, buffer: &buffer).category == .cashFlowTight)
    }

    @Test func randomTextNeverBreaksTheClassifier() throws {
        let classifier = try #require(defaultClassifier)
        var random = SeededRandomNumberGenerator(seed: 0xE0C5_E5)
        let pool: [Character] = Array("钱货不是问题資金緊張 abcXYZ019,.!?'\"\t\n😀🙏\u{0}\u{7F}éßЖ中文ーア한\u{200D}%")
        var buffer = ExcuseScoringBuffer()
        for _ in 0..<300 {
            let length = Int.random(in: 0..<60, using: &random)
            let text = String((0..<length).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] })
            let assessment = classifier.assess(text)
            #expect(assessment.ranking.allSatisfy { (0...10_000).contains($0.confidence.value) })
            #expect(classifier.topCategory(of: text, buffer: &buffer).category == assessment.category)
            for evidence in assessment.evidence { #expect(String(text[evidence.range]) == evidence.text) }
        }
    }
}
