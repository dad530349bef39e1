import CollectKit

/// Checks that a ``CollectionPlugin`` keeps the guarantees its protocol documents.
///
/// Call it from the plugin's own tests:
///
/// ```swift
/// @Test func pluginConforms() async {
///     #expect(await PluginConformance.check(BuildingMaterialsPlugin()) == [])
/// }
/// ```
public enum PluginConformance {
    /// Words that would disclose the collector's own target or quota in a talking point.
    static let disclosureWords = ["任务", "指标", "考核", "业绩", "quota", "target", "kpi", "commission"]

    /// Every guarantee `plugin` breaks on the fixtures (and on `facts`/`utterances` if given).
    public static func check(_ plugin: some CollectionPlugin,
                             facts: [CustomerCollectionFacts] = ConformanceFixtures.facts(),
                             utterances: [String] = ConformanceFixtures.utterances,
                             asOf: CalendarDate = ConformanceFixtures.asOf,
                             approvedConcessions: Set<Concession> = []) async -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        if plugin.name.allSatisfy(\.isWhitespace) {
            failures.append(.init(check: "name", detail: "the plugin's name is empty"))
        }
        failures += await checkCategories(plugin)
        for phrase in plugin.messageReviewPhrases where phrase.text.allSatisfy(\.isWhitespace) {
            failures.append(.init(check: "messageReviewPhrases", detail: "a phrase is empty"))
        }
        failures += checkAssessments(plugin, utterances: utterances)
        failures += checkPlans(plugin, facts: facts, asOf: asOf, approvedConcessions: approvedConcessions)
        return failures
    }

    private static func checkCategories(_ plugin: some CollectionPlugin) async -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        var seen: Set<ExcuseCategory> = []
        var configuration = CollectionConfiguration()
        configuration.plugins = [plugin]
        let engine = CollectionEngine(configuration: configuration)
        for diagnostic in engine.compositionProblems {
            failures.append(.init(check: "composition", detail: diagnostic.description))
        }
        for definition in plugin.excuseCategories {
            let label = definition.category.rawValue
            if ExcuseCategory.builtIn.contains(definition.category) {
                failures.append(.init(check: "category.unique", detail: "\(label) is a built-in category"))
            }
            if !seen.insert(definition.category).inserted {
                failures.append(.init(check: "category.unique", detail: "\(label) is defined twice"))
            }
            if label.isEmpty || !label.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" || ("0"..."9").contains($0) }) {
                failures.append(.init(check: "category.label", detail: "\"\(label)\" is not a snake_case label"))
            }
            if definition.chineseName.isEmpty || definition.englishName.isEmpty {
                failures.append(.init(check: "category.names", detail: "\(label) needs a Chinese and an English name"))
            }
            if definition.chineseTerms.isEmpty || definition.englishTerms.isEmpty {
                failures.append(.init(check: "category.terms", detail: "\(label) needs terms in both languages"))
            }
            if definition.talkingPointsChinese.isEmpty || definition.talkingPointsEnglish.isEmpty {
                failures.append(.init(check: "category.talkingPoints", detail: "\(label) needs talking points in both languages"))
            }
            for point in definition.talkingPointsChinese + definition.talkingPointsEnglish {
                let lowered = point.lowercased()
                if let word = disclosureWords.first(where: { lowered.contains($0) }) {
                    failures.append(.init(check: "category.talkingPoints.disclosure",
                                          detail: "\(label): a talking point mentions \"\(word)\": \(point)"))
                }
            }
            for term in definition.chineseTerms + definition.englishTerms {
                let found: ExcuseCategory
                do { found = try await engine.assessExcuse(term.phrase).category } catch {
                    failures.append(.init(check: "category.terms.recognised", detail: "\"\(term.phrase)\" could not be assessed: \(error)"))
                    continue
                }
                if found != definition.category {
                    failures.append(.init(check: "category.terms.recognised",
                                          detail: "\"\(term.phrase)\" is assessed as \(found), not \(label)"))
                }
            }
        }
        return failures
    }

    private static func checkAssessments(_ plugin: some CollectionPlugin, utterances: [String]) -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        let classifier: StandardExcuseClassifier
        do { classifier = try StandardExcuseClassifier.bundled() } catch {
            return [.init(check: "fixtures", detail: "the bundled classifier could not be loaded: \(error)")]
        }
        for text in utterances {
            let base = classifier.assess(text)
            let preview = String(text.prefix(30))
            do {
                let once = try plugin.adjust(base, context: ExcuseContext())
                let twice = try plugin.adjust(base, context: ExcuseContext())
                if once.classification != twice.classification || once.talkingPointsChinese != twice.talkingPointsChinese {
                    failures.append(.init(check: "assessment.deterministic", detail: "two adjustments of \"\(preview)\" differ"))
                }
                if once.classification.ranking.contains(where: { !(0...10_000).contains($0.confidence.value) }) {
                    failures.append(.init(check: "assessment.confidence", detail: "a confidence outside 0…10,000 basis points for \"\(preview)\""))
                }
            } catch {
                failures.append(.init(check: "assessment.throws", detail: "\"\(preview)\": \(error)"))
            }
        }
        return failures
    }

    private static func checkPlans(_ plugin: some CollectionPlugin, facts: [CustomerCollectionFacts], asOf: CalendarDate,
                                   approvedConcessions: Set<Concession>) -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        let planner = CollectionPlanner(approvedConcessions: approvedConcessions)
        for customer in facts {
            let plan: StandardCollectionPlan
            do { plan = try planner.plan(for: customer, asOf: asOf) } catch {
                failures.append(.init(check: "fixtures", detail: "the planner rejects \(customer.customerID): \(error)"))
                continue
            }
            let id = customer.customerID
            do {
                let once = try plugin.adjust(plan, facts: customer)
                let twice = try plugin.adjust(plan, facts: customer)
                if !Self.samePlan(once, twice) {
                    failures.append(.init(check: "plan.deterministic", detail: "two adjustments of \(id)'s plan differ"))
                }
                if once.customerID != id {
                    failures.append(.init(check: "plan.customer", detail: "the adjusted plan for \(id) names \(once.customerID)"))
                }
                for problem in once.guardRailViolations(approvedConcessions: approvedConcessions) {
                    failures.append(.init(check: "plan.guardRails", detail: "\(id): \(problem)"))
                }
                for line in once.lines {
                    guard let request = line.request else { continue }
                    let scheduled = line.installments.reduce(Int64(0)) { $0 &+ $1.amount.minorUnits }
                    if !line.installments.isEmpty, scheduled != request.amount.minorUnits {
                        failures.append(.init(check: "plan.installments",
                                              detail: "\(id) \(line.currency): installments sum to \(scheduled), request is \(request.amount.minorUnits)"))
                    }
                }
            } catch {
                failures.append(.init(check: "plan.throws", detail: "\(id): \(error)"))
            }
        }
        return failures
    }

    /// Whether two plans, of any types, say the same thing.
    static func samePlan(_ a: any CollectionPlan, _ b: any CollectionPlan) -> Bool {
        a.customerID == b.customerID && a.asOf == b.asOf && a.lines == b.lines && a.cadenceDays == b.cadenceDays
            && a.contacts == b.contacts && a.cadenceRationale == b.cadenceRationale && a.escalation == b.escalation
            && a.tactics == b.tactics
    }
}
