import CollectKit

/// `collect-desk review "DRAFT" [--customer ID]`: flags the weak tactics in a collector's
/// draft (pleading, quota disclosure, unapproved incentives, vague requests, passive
/// closings), says why each costs money, and proposes a firmer rewrite. With `--customer`
/// the rewrite uses what the customer owes and the plan's pay-by date.
enum ReviewCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard !options.arguments.isEmpty else {
            throw UsageError(message: "review needs the draft message in quotes", command: "review")
        }
        let draft = options.arguments.joined(separator: " ")
        let lang = options.language
        var context: MessageContext?
        let engine: CollectionEngine
        if let query = options.values["--customer"] {
            let desk = try await Desk.open(options)
            let customer = try PlanCommand.find(query, in: desk)
            let plan = try await desk.engine.plan(for: customer, asOf: desk.asOf)
            let request = plan.lines.compactMap(\.request).first
            context = MessageContext(amountOwed: request?.amount ?? plan.lines.first?.owed,
                                     agreedDates: request.map { [$0.payBy] } ?? [])
            engine = desk.engine
        } else {
            engine = CollectionEngine(configuration: Desk.configuration(language: lang))
        }
        let review = engine.review(draft, context: context)
        let findingLanguage: Language = lang.isChinese ? .chinese : .english
        if review.findings.isEmpty {
            print(lang.pick("No weak tactics found.", "未发现软弱的催收说法。"))
        } else {
            print(lang.pick("\(review.findings.count) findings: ", "发现 \(review.findings.count) 处问题:")
                  + review.flags.map(\.rawValue).joined(separator: ", "))
        }
        for finding in review.findings {
            print("- \(finding.flag.rawValue): \"\(finding.text)\"")
            print("  " + lang.pick("why it costs money: ", "为什么会少收钱:") + finding.whyItCostsMoney.text(in: findingLanguage))
        }
        let firmness = review.firmness
        print(lang.pick("names amount: \(yes(firmness.namesAmount)) · deadline: \(yes(firmness.namesDeadline)) · next step: \(yes(firmness.namesNextStep)) · factual: \(yes(firmness.staysFactual))",
                        "写明金额:\(yes(firmness.namesAmount)) · 期限:\(yes(firmness.namesDeadline)) · 下一步:\(yes(firmness.namesNextStep)) · 就事论事:\(yes(firmness.staysFactual))"))
        if let rewrite = review.findings.first?.rewrite {
            print(lang.pick("rewrite: ", "建议改写:") + rewrite)
        }
        return 0
    }

    private static func yes(_ value: Bool) -> String { value ? "✓" : "✗" }
}
