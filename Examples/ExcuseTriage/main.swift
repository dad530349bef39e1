// excuse-triage: classify what customers say when payment is late, and measure the classifier.
// Commands and options: `usage` below, or `excuse-triage --help`.
//
// Subcommands are entries in `subcommands` below: add one by adding a function and a line.
import CollectKit
import CollectKitTraining
import Foundation

/// Options shared by every subcommand, parsed from `--name value` pairs.
struct Options {
    var classifier = "ensemble"
    var bayesWeight = StandardExcuseClassifier.defaultBayesWeight
    var decisiveMargin = StandardExcuseClassifier.defaultDecisiveMargin
    var negationPenalty = StandardExcuseClassifier.defaultNegationPenalty
    var model: String?
    var alpha = 0.2
    var positional: [String] = []

    init(_ arguments: ArraySlice<String>) throws {
        var rest = arguments
        while let argument = rest.popFirst() {
            switch argument {
            case "--classifier": classifier = try Self.value(&rest, argument)
            case "--bayes-weight": bayesWeight = Float(try Self.value(&rest, argument)) ?? bayesWeight
            case "--decisive-margin": decisiveMargin = Float(try Self.value(&rest, argument)) ?? decisiveMargin
            case "--negation-penalty": negationPenalty = Float(try Self.value(&rest, argument)) ?? negationPenalty
            case "--model": model = try Self.value(&rest, argument)
            case "--alpha": alpha = Double(try Self.value(&rest, argument)) ?? alpha
            case let option where option.hasPrefix("--") && option.count > 2:
                throw UsageError("unknown option \(option)")
            default: positional.append(argument)
            }
        }
    }

    private static func value(_ rest: inout ArraySlice<String>, _ name: String) throws -> String {
        guard let value = rest.popFirst() else { throw UsageError("\(name) needs a value") }
        return value
    }
}

/// A mistake in how the tool was called: exit status 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Input that cannot be read: exit status 1, like invalid input.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A classifier's fast path, whatever its type.
typealias TopCategory = (String, inout ExcuseScoringBuffer) -> ExcuseClassification.RankedCategory
/// A classifier's full reading of one utterance, with evidence.
typealias Classify = (String) -> ExcuseClassification

func makeClassifier(_ options: Options, bayes: NaiveBayesExcuseClassifier? = nil) throws -> (Classify, TopCategory) {
    var bayes = bayes
    if bayes == nil, let path = options.model {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("cannot read \(path)") }
        bayes = NaiveBayesExcuseClassifier(model: try NaiveBayesExcuseModel(serialized: data), alpha: options.alpha)
    }
    switch options.classifier {
    case "lexicon":
        let lexicon = try LexiconExcuseClassifier.bundled()
        return (lexicon.classify, lexicon.topCategory(of:buffer:))
    case "normalize": // normalisation alone, to see what the classifiers add to it
        var storage: [UInt8] = []
        return (try LexiconExcuseClassifier.bundled().classify, { text, _ in
            .init(category: .notAnExcuse, confidence: BasisPoints(TextNormalizer.standard.normalizedBytes(of: text, into: &storage) % 10_000))
        })
    case "bayes":
        let model = try bayes ?? NaiveBayesExcuseClassifier.bundled()
        return (model.classify, model.topCategory(of:buffer:))
    case "ensemble":
        let ensemble = StandardExcuseClassifier(lexicon: try LexiconExcuseClassifier.bundled(),
                                                bayes: try bayes ?? NaiveBayesExcuseClassifier.bundled(),
                                                bayesWeight: options.bayesWeight,
                                                decisiveMargin: options.decisiveMargin,
                                                negationPenalty: options.negationPenalty)
        return (ensemble.classify, ensemble.topCategory(of:buffer:))
    default: throw UsageError("unknown classifier \(options.classifier); use lexicon, bayes or ensemble")
    }
}

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw InputError("cannot read \(path) as UTF-8")
    }
    return text
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

// MARK: classify

func classify(_ options: Options) throws {
    let (classify, _) = try makeClassifier(options)
    var texts: [String] = []
    if let path = options.positional.first {
        let content = try readText(path)
        if path.hasSuffix(".jsonl") {
            for line in content.split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                texts.append(text)
            }
        } else {
            texts = content.split(separator: "\n").map(String.init)
        }
    } else {
        while let line = readLine() { texts.append(line) }
    }
    for text in texts {
        let assessment = ExcuseAssessment(classification: classify(text))
        print("\(text)")
        print("  → \(assessment.category) (\(assessment.category.chineseName) / \(assessment.category.englishName)) confidence \(assessment.confidence), \(assessment.intent.rawValue)")
        let evidence = assessment.classification.evidence.map { "\($0.isNegated ? "not " : "")\($0.category): \($0.text)" }
        if !evidence.isEmpty { print("  evidence: " + evidence.joined(separator: "; ")) }
        if !assessment.classification.negatedCategories.isEmpty {
            print("  denied: " + assessment.classification.negatedCategories.map(\.rawValue).joined(separator: ", "))
        }
        for (zh, en) in zip(assessment.talkingPointsChinese, assessment.talkingPointsEnglish) {
            print("  · \(zh)\n    \(en)")
        }
    }
}

// MARK: scoring

/// Per-category counts under the data README's scoring: the top category against {label} ∪ also.
struct Score {
    var truePositives: [ExcuseCategory: Int] = [:]
    var falsePositives: [ExcuseCategory: Int] = [:]
    var falseNegatives: [ExcuseCategory: Int] = [:]
    var labels: Set<ExcuseCategory> = []
    var confusion: [ExcuseCategory: [ExcuseCategory: Int]] = [:]

    mutating func add(_ example: ExcuseExample, predicted: ExcuseCategory) {
        labels.insert(example.label)
        confusion[example.label, default: [:]][predicted, default: 0] += 1
        if example.acceptable.contains(predicted) {
            truePositives[predicted, default: 0] += 1
        } else {
            falsePositives[predicted, default: 0] += 1
            falseNegatives[example.label, default: 0] += 1
        }
    }

    func metrics(_ category: ExcuseCategory) -> (precision: Double, recall: Double, f1: Double) {
        let tp = Double(truePositives[category] ?? 0)
        let fp = Double(falsePositives[category] ?? 0), fn = Double(falseNegatives[category] ?? 0)
        let precision = tp + fp == 0 ? 0 : tp / (tp + fp)
        let recall = tp + fn == 0 ? 0 : tp / (tp + fn)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    var macroF1: Double {
        guard !labels.isEmpty else { return 0 }
        return labels.map { metrics($0).f1 }.reduce(0, +) / Double(labels.count)
    }
}

func scores(_ examples: [ExcuseExample], predictions: [ExcuseCategory]) -> (zh: Score, en: Score, all: Score) {
    var zh = Score(), en = Score(), all = Score()
    for (example, predicted) in zip(examples, predictions) {
        all.add(example, predicted: predicted)
        if example.lang == "en" { en.add(example, predicted: predicted) } else { zh.add(example, predicted: predicted) }
    }
    return (zh, en, all)
}

func printReport(_ examples: [ExcuseExample], predictions: [ExcuseCategory], details: Bool) {
    let (zh, en, all) = scores(examples, predictions: predictions)
    if details {
        let categories = all.labels.union(predictions).sorted()
        print("category                precision recall f1     support")
        for category in categories {
            let m = all.metrics(category)
            let support = examples.filter { $0.label == category }.count
            print(category.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)
                  + "\(format(m.precision))     \(format(m.recall))  \(format(m.f1))  \(support)")
        }
        print("\nconfusion (rows: label, columns: predicted; abbreviations are the first 4 letters)")
        print("     " + categories.map { String($0.rawValue.prefix(4)).padding(toLength: 5, withPad: " ", startingAt: 0) }.joined())
        for row in categories where all.labels.contains(row) {
            let cells = categories.map { String(all.confusion[row]?[$0] ?? 0).padding(toLength: 5, withPad: " ", startingAt: 0) }
            print(String(row.rawValue.prefix(4)).padding(toLength: 5, withPad: " ", startingAt: 0) + cells.joined())
        }
        print("")
    }
    print("macro-F1 zh=\(format(zh.macroF1)) en=\(format(en.macroF1)) all=\(format(all.macroF1))")
}

// MARK: evaluate

func evaluate(_ options: Options) throws {
    guard let path = options.positional.first else { throw UsageError("--evaluate needs FILE.jsonl") }
    let examples = try ExcuseExample.parseJSONLines(readText(path))
    let (_, top) = try makeClassifier(options)
    var buffer = ExcuseScoringBuffer()
    let predictions = examples.map { top($0.text, &buffer).category }
    if ProcessInfo.processInfo.environment["EXCUSE_TRIAGE_ERRORS"] != nil {
        for (example, predicted) in zip(examples, predictions) where !example.acceptable.contains(predicted) {
            print("MISS \(example.id) \(example.label) → \(predicted): \(example.text)")
        }
    }
    printReport(examples, predictions: predictions, details: true)
}

// MARK: cross-validate

func crossValidate(_ options: Options) throws {
    guard let path = options.positional.first else { throw UsageError("--cross-validate needs FILE.jsonl") }
    let examples = try ExcuseExample.parseJSONLines(readText(path))
    let folds = 5
    var predictions = [ExcuseCategory](repeating: .notAnExcuse, count: examples.count)
    for fold in 0..<folds {
        let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
        let model = try NaiveBayesExcuseModel.trained(on: training)
        let (_, top) = try makeClassifier(options, bayes: NaiveBayesExcuseClassifier(model: model, alpha: options.alpha))
        var buffer = ExcuseScoringBuffer()
        for index in examples.indices where index % folds == fold {
            predictions[index] = top(examples[index].text, &buffer).category
        }
    }
    if ProcessInfo.processInfo.environment["EXCUSE_TRIAGE_ERRORS"] != nil {
        for (example, predicted) in zip(examples, predictions) where !example.acceptable.contains(predicted) {
            print("MISS \(example.id) \(example.label) → \(predicted): \(example.text)")
        }
    }
    print("5-fold cross-validation, classifier \(options.classifier) (lexicon fixed, naive Bayes retrained per fold)")
    printReport(examples, predictions: predictions, details: false)
}

// MARK: throughput

func throughput(_ options: Options) throws {
    guard let path = options.positional.first else { throw UsageError("--throughput needs FILE.txt") }
    let lines = try readText(path).split(separator: "\n").map(String.init)
    let loadClock = ContinuousClock()
    let loadStart = loadClock.now
    let (_, top) = try makeClassifier(options)
    print("loaded lexicons and model in \(loadClock.now - loadStart)")
    var buffer = ExcuseScoringBuffer()
    var checksum = 0
    let clock = ContinuousClock()
    let cpuStart = threadCPUSeconds()
    let start = clock.now
    for line in lines { checksum &+= top(line, &buffer).category.rawValue.utf8.count }
    let elapsed = clock.now - start
    let cpu = threadCPUSeconds() - cpuStart
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // On a shared machine wall time includes waiting for a core; CPU time shows the work itself.
    print("classifier \(options.classifier), checksum \(checksum), CPU time \(format(cpu)) s: \(Int(Double(lines.count) / max(cpu, 1e-9))) utt/s of CPU")
    print("\(lines.count) utterances in \(format(seconds)) s: \(Int(Double(lines.count) / max(seconds, 1e-9))) utt/s")
}

/// CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

// MARK: train

func train(_ options: Options) throws {
    guard options.positional.count == 2 else { throw UsageError("--train needs FILE.jsonl OUT.model") }
    let examples = try ExcuseExample.parseJSONLines(readText(options.positional[0]))
    let model = try NaiveBayesExcuseModel.trained(on: examples)
    try model.serialized().write(to: URL(fileURLWithPath: options.positional[1]))
    print("trained on \(examples.count) examples, wrote \(options.positional[1])")
}

// MARK: main

let subcommands: [String: (Options) throws -> Void] = [
    "--evaluate": evaluate,
    "--cross-validate": crossValidate,
    "--throughput": throughput,
    "--train": train,
]

/// What `--help` prints.
let usage = """
USAGE:
  excuse-triage [--classifier lexicon|bayes|ensemble] [FILE.jsonl]   classify stdin lines or a JSONL file
  excuse-triage --evaluate FILE.jsonl                                 P/R/F1, confusion matrix, macro-F1
  excuse-triage --cross-validate FILE.jsonl                           5-fold CV (lexicon fixed, naive Bayes retrained)
  excuse-triage --throughput FILE.txt                                 utterances per second (default classifier)
  excuse-triage --train FILE.jsonl OUT.model                          train and save a naive Bayes model
  excuse-triage review [FILE.jsonl | --evaluate FILE.jsonl | --throughput [N]]  review collectors' drafts

OPTIONS:
  --model FILE.model  --alpha A  --bayes-weight W  --decisive-margin M  --negation-penalty P

EXIT STATUS: 0 success, 1 unreadable or invalid input, 2 usage error.

"""

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
    print(usage, terminator: "")
    exit(0)
}
if arguments.first == "review" {
    exit(runReviewCommand(Array(arguments)))
}
do {
    if let first = arguments.first, let run = subcommands[first] {
        try run(Options(arguments.dropFirst()))
    } else {
        try classify(Options(arguments))
    }
} catch let error as UsageError {
    FileHandle.standardError.write(Data("excuse-triage: \(error)\nRun 'excuse-triage --help' for usage.\n".utf8))
    exit(2)
} catch {
    FileHandle.standardError.write(Data("excuse-triage: \(error)\n".utf8))
    exit(1)
}
