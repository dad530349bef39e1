import Foundation
import Testing
@testable import CollectKit
import CollectKitTraining

/// The hand-written evaluation sets in Documentation/evaluation: the held-out half must stay
/// out of training and keep its score; the sets the lexicons and model learnt from must stay
/// learnt.
@Suite struct ExcuseEvaluationSetTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/evaluation")

    static let trainingFiles = [
        "excuses-probe-1.jsonl", "excuses-probe-2-tune.jsonl", "excuses-probe-3-train.jsonl",
        "excuses-probe-4-train.jsonl", "excuses-probe-5-train.jsonl", "excuses-probe-6-train.jsonl",
        "excuses-probe-7-tune.jsonl",
    ]

    static func load(_ name: String) throws -> [ExcuseExample] {
        let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return try ExcuseExample.parseJSONLines(text)
    }

    /// Macro-F1 as the data README scores it: a prediction in `label ∪ also` is a true
    /// positive for the prediction, anything else a false positive for it and a false negative
    /// for the label; the mean F1 over the categories that occur as a label.
    static func macroF1(_ examples: [ExcuseExample], _ predictions: [ExcuseCategory]) -> Double {
        var truePositives: [ExcuseCategory: Int] = [:], falsePositives: [ExcuseCategory: Int] = [:]
        var falseNegatives: [ExcuseCategory: Int] = [:]
        for (example, predicted) in zip(examples, predictions) {
            if example.acceptable.contains(predicted) {
                truePositives[predicted, default: 0] += 1
            } else {
                falsePositives[predicted, default: 0] += 1
                falseNegatives[example.label, default: 0] += 1
            }
        }
        let labels = Set(examples.map(\.label))
        let scores = labels.map { label -> Double in
            let tp = Double(truePositives[label] ?? 0)
            let precisionDenominator = tp + Double(falsePositives[label] ?? 0)
            let recallDenominator = tp + Double(falseNegatives[label] ?? 0)
            guard precisionDenominator > 0, recallDenominator > 0, tp > 0 else { return 0 }
            let precision = tp / precisionDenominator, recall = tp / recallDenominator
            return 2 * precision * recall / (precision + recall)
        }
        return scores.reduce(0, +) / Double(max(1, scores.count))
    }

    static func predictions(_ examples: [ExcuseExample]) throws -> [ExcuseCategory] {
        let classifier = try #require(defaultClassifier)
        var buffer = ExcuseScoringBuffer()
        return examples.map { classifier.topCategory(of: $0.text, buffer: &buffer).category }
    }

    @Test func scoringMatchesTheReadmeOnATinyCase() {
        let examples = [
            ExcuseExample(id: "1", lang: "zh", text: "", label: .cashFlowTight),
            ExcuseExample(id: "2", lang: "zh", text: "", label: .cashFlowTight, also: [.vaguePromise]),
            ExcuseExample(id: "3", lang: "zh", text: "", label: .productQuality),
        ]
        // An `also` category counts as right; vague_promise is never a label, so it is not averaged.
        let score = Self.macroF1(examples, [.cashFlowTight, .vaguePromise, .productQuality])
        #expect(abs(score - (1.0 + 1.0) / 2) < 1e-9)
        // cash_flow_tight: one hit, one miss → precision 1, recall 1/2, F1 2/3.
        let missed = Self.macroF1(examples, [.slowSales, .cashFlowTight, .productQuality])
        #expect(abs(missed - (2.0 / 3 + 1) / 2) < 1e-9)
    }

    @Test func holdoutStaysOutOfTraining() throws {
        for (name, size) in [("excuses-probe-2-holdout.jsonl", 216), ("excuses-probe-7-holdout.jsonl", 93)] {
            let holdout = try Self.load(name)
            #expect(holdout.count == size)
            #expect(Set(holdout.map(\.label)).count == 13)
            #expect(Set(holdout.map(\.lang)) == ["zh", "en"])
            var seen = Set<String>()
            for name in Self.trainingFiles { seen.formUnion(try Self.load(name).map(\.text)) }
            let leaked = holdout.filter { seen.contains($0.text) }.map(\.id)
            #expect(leaked.isEmpty, "\(name): held-out lines also in training files: \(leaked)")
        }
    }

    /// Regression floors, not targets: probe-2's holdout measured 0.888 after the lexicons
    /// were tuned, 0.911 once English words also gave character 4-grams; probe-7's held-out
    /// half measured 0.990 before any change and 0.979 after.
    @Test(arguments: [("excuses-probe-2-holdout.jsonl", 0.89), ("excuses-probe-7-holdout.jsonl", 0.95)])
    func holdoutKeepsItsScore(_ name: String, _ floor: Double) throws {
        let holdout = try Self.load(name)
        let score = Self.macroF1(holdout, try Self.predictions(holdout))
        #expect(score >= floor, "\(name) macro-F1 \(score)")
    }

    @Test(arguments: trainingFiles)
    func learntSetsStayLearnt(_ name: String) throws {
        let examples = try Self.load(name)
        let predictions = try Self.predictions(examples)
        let misses = zip(examples, predictions).filter { !$0.0.acceptable.contains($0.1) }.map { "\($0.0.id) → \($0.1)" }
        #expect(examples.count >= 100)
        #expect(Double(misses.count) <= Double(examples.count) * 0.02, "missed: \(misses)")
    }
}
