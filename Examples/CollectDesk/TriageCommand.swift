import CollectKit

/// `collect-desk triage "TEXT" [--customer ID]`: names the excuse in what a customer said,
/// with confidence, the words that gave it away, how it squares with what we know (with
/// `--customer`, their promise and payment record), what to verify and what to say.
enum TriageCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard !options.arguments.isEmpty else {
            throw UsageError(message: "triage needs the customer's words in quotes", command: "triage")
        }
        let text = options.arguments.joined(separator: " ")
        let lang = options.language
        let engine: CollectionEngine
        var context = ExcuseContext()
        if let query = options.values["--customer"] {
            let desk = try await Desk.open(options)
            let customer = try PlanCommand.find(query, in: desk)
            context = try await desk.engine.excuseContext(for: customer, asOf: desk.asOf)
            engine = desk.engine
            print(lang.pick("Customer: ", "客户:") + desk.label(customer))
        } else {
            engine = CollectionEngine(configuration: Desk.configuration(language: lang))
        }
        let assessment = try await engine.assessExcuse(text, context: context)
        print(lang.pick("category: ", "类别:") + lang.category(assessment.category)
              + lang.pick(" · confidence ", " · 置信度 ") + percent(assessment.confidence))
        for runnerUp in assessment.classification.ranking.dropFirst().prefix(2) where runnerUp.confidence >= 500 {
            print(lang.pick("  also possible: ", "  也可能:") + lang.category(runnerUp.category) + " " + percent(runnerUp.confidence))
        }
        print(lang.pick("intent: ", "意图:") + assessment.intent.rawValue
              + lang.pick(" · credibility: ", " · 可信度:") + (lang.isChinese ? assessment.credibility.chineseName : assessment.credibility.englishName))
        for reason in assessment.credibilityReasons {
            print("  - " + reason.text(in: lang))
        }
        if !assessment.classification.evidence.isEmpty {
            print(lang.pick("evidence:", "依据:"))
            for evidence in assessment.classification.evidence {
                print("  \"\(evidence.text)\" → \(evidence.category.rawValue)" + (evidence.isNegated ? lang.pick(" (negated)", "(否定)") : ""))
            }
        }
        let verify = lang.isChinese ? assessment.verifyNextChinese : assessment.verifyNextEnglish
        if !verify.isEmpty {
            print(lang.pick("verify next:", "下一步核实:"))
            for item in verify { print("  - " + item) }
        }
        let points = lang.isChinese ? assessment.talkingPointsChinese : assessment.talkingPointsEnglish
        if !points.isEmpty {
            print(lang.pick("talking points:", "话术要点:"))
            for point in points { print("  - " + point) }
        }
        return 0
    }
}
