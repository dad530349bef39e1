import Foundation
import Synchronization
import Testing
import CollectKit

/// Collects what a plugin observes, across tasks.
private final class EventLog: Sendable {
    private let events = Mutex<[CollectionEvent]>([])
    func append(_ event: CollectionEvent) { events.withLock { $0.append(event) } }
    var all: [CollectionEvent] { events.withLock { $0 } }
}

/// What an engine reported to its configuration's diagnostics handler.
final class DiagnosticLog: Sendable {
    private let diagnostics = Mutex<[CollectionDiagnostic]>([])
    func append(_ diagnostic: CollectionDiagnostic) { diagnostics.withLock { $0.append(diagnostic) } }
    var all: [CollectionDiagnostic] { diagnostics.withLock { $0 } }
    func of(_ kind: CollectionDiagnostic.Kind) -> [CollectionDiagnostic] { all.filter { $0.kind == kind } }
    /// A configuration reporting into this log.
    func configured(_ configuration: CollectionConfiguration = CollectionConfiguration()) -> CollectionConfiguration {
        var configuration = configuration
        configuration.diagnostics = { [self] in append($0) }
        return configuration
    }
}

/// A classifier behind a network call: it suspends before answering, like a remote model.
private final class SuspendingClassifier: ExcuseClassifier {
    let calls: Mutex<Int> = Mutex(0)
    func classify(_ text: String) async throws(CollectKitError) -> ExcuseClassification {
        calls.withLock { $0 += 1 }
        try? await Task.sleep(for: .milliseconds(5))
        guard !text.contains("error") else {
            throw CollectKitError(kind: .invalidData, field: "classifier", value: "remote", reason: "the model is unreachable")
        }
        return ExcuseClassification(ranking: [.init(category: text.contains("钱") ? .cashFlowTight : .notAnExcuse, confidence: 8_000)])
    }
}

/// A plan type of a plugin's own, carrying what the standard plan cannot: the project's milestone.
private struct MilestonePlan: CollectionPlan {
    var base: any CollectionPlan
    var milestone: CalendarDate
    var customerID: CustomerID { base.customerID }
    var asOf: CalendarDate { base.asOf }
    var lines: [CollectionPlanLine] { get { base.lines } set { base.lines = newValue } }
    var cadenceDays: Int { get { base.cadenceDays } set { base.cadenceDays = newValue } }
    var contacts: [ScheduledContact] { get { base.contacts } set { base.contacts = newValue } }
    var cadenceRationale: Rationale { get { base.cadenceRationale } set { base.cadenceRationale = newValue } }
    var escalation: EscalationLadder { get { base.escalation } set { base.escalation = newValue } }
    var tactics: [ExcuseTactic] { get { base.tactics } set { base.tactics = newValue } }
}

private struct MilestonePlugin: CollectionPlugin {
    var name: String { "milestones" }
    func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan {
        var plan = MilestonePlan(base: plan, milestone: plan.asOf.adding(days: 10))
        plan.cadenceDays = 3
        return plan
    }
}

/// Asks for more than is owed: a guard rail the engine enforces on every plugin.
private struct GreedyPlugin: CollectionPlugin {
    var name: String { "greedy" }
    func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan {
        var plan = plan
        for index in plan.lines.indices {
            guard let request = plan.lines[index].request else { continue }
            plan.lines[index].request = try CollectionRequest(amount: Money(minorUnits: request.amount.minorUnits * 10,
                                                                            currency: request.amount.currency), payBy: request.payBy)
        }
        return plan
    }
}

private extension ExcuseCategory {
    static let waitingForProjectPayment = ExcuseCategory(rawValue: "waiting_for_project_payment")
    static let harvestNotSold = ExcuseCategory(rawValue: "harvest_not_sold")
}

private struct ProjectPlugin: CollectionPlugin {
    let log: EventLog
    var name: String { "project" }
    var excuseCategories: [ExcuseCategoryDefinition] {
        [ExcuseCategoryDefinition(
            category: .waitingForProjectPayment, chineseName: "等工程款", englishName: "waiting for project payment",
            chineseTerms: [.init("工程款", weight: 5), .init("甲方没付", weight: 5), .init("项目款没下来", weight: 5)],
            englishTerms: [.init("project payment", weight: 5), .init("main contractor hasn't paid", weight: 5)],
            talkingPointsChinese: ["请提供甲方付款节点,我们按节点安排分期。"],
            talkingPointsEnglish: ["Share the project's payment milestones; we will schedule against them."])]
    }
    func observe(_ event: CollectionEvent) { log.append(event) }
}

private struct FarmPlugin: CollectionPlugin {
    var name: String { "farm" }
    var excuseCategories: [ExcuseCategoryDefinition] {
        [ExcuseCategoryDefinition(category: .harvestNotSold, chineseName: "粮还没卖", englishName: "harvest not sold",
                                  chineseTerms: [.init("粮还没卖", weight: 5)], englishTerms: [.init("harvest not sold", weight: 5)])]
    }
}

private struct ThrowingPlugin: CollectionPlugin {
    var name: String { "broken-plugin" }
    func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan {
        throw CollectKitError(kind: .invalidArgument, field: "plan", value: "x", reason: "always fails")
    }
    func adjust(_ assessment: ExcuseAssessment, context: ExcuseContext) throws(CollectKitError) -> ExcuseAssessment {
        throw CollectKitError(kind: .invalidArgument, field: "assessment", value: "x", reason: "always fails")
    }
}

/// Registers a category that the project plugin also defines.
private struct DuplicatingPlugin: CollectionPlugin {
    var name: String { "duplicating" }
    var excuseCategories: [ExcuseCategoryDefinition] {
        [ExcuseCategoryDefinition(category: .waitingForProjectPayment, chineseName: "重复", englishName: "duplicate"),
         ExcuseCategoryDefinition(category: .cashFlowTight, chineseName: "内置", englishName: "built-in")]
    }
}

@Suite struct CollectionEngineTests {
    private func day(_ text: String) throws(CollectKitError) -> CalendarDate { try CalendarDate(iso8601: text) }
    private func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .cny) }

    private func seeded(_ engine: CollectionEngine) async throws {
        try await engine.upsert(StandardCustomer(customerID: "C1", creditStanding: .poor))
        try await engine.record(Receivable(id: "R1", customerID: "C1", amount: yuan(100_000),
                                           issueDate: day("2026-08-01"), dueDate: day("2026-08-31")))
        try await engine.record(StandardPromise(promiseID: "PR1", customerID: "C1", amount: yuan(50_000),
                                               promisedDate: day("2026-11-20"), madeOn: day("2026-11-10"), collectorID: "alice"))
        try await engine.assign("alice", to: "C1")
    }

    @Test func pluginCategoryIsRecognisedAndAnsweredWithItsTalkingPoints() async throws {
        var configuration = CollectionConfiguration()
        configuration.plugins = [ProjectPlugin(log: EventLog())]
        let engine = CollectionEngine(configuration: configuration)
        let assessment = try await engine.assessExcuse("甲方没付工程款,我们也没办法")
        #expect(assessment.category == .waitingForProjectPayment)
        #expect(assessment.talkingPointsChinese == ["请提供甲方付款节点,我们按节点安排分期。"])
        #expect(assessment.evidence.contains { $0.text == "工程款" })
        // Built-in categories still win where they apply.
        #expect(try await engine.assessExcuse("最近资金紧张,下个月再说").category == .cashFlowTight)
    }

    @Test func twoTenantsSideBySideNeverSeeEachOthersConfiguration() async throws {
        var projectConfiguration = CollectionConfiguration()
        projectConfiguration.plugins = [ProjectPlugin(log: EventLog())]
        projectConfiguration.approvedConcessions = [.installmentPlan]
        var farmConfiguration = CollectionConfiguration()
        farmConfiguration.plugins = [FarmPlugin()]
        let project = CollectionEngine(configuration: projectConfiguration)
        let farm = CollectionEngine(configuration: farmConfiguration)

        func repeated(_ engine: CollectionEngine, _ text: String) async throws -> [ExcuseCategory] {
            var categories: [ExcuseCategory] = []
            for _ in 0..<200 { categories.append(try await engine.assessExcuse(text).category) }
            return categories
        }
        async let projectResults = repeated(project, "甲方没付工程款")
        async let farmResults = repeated(farm, "粮还没卖,等卖了再说")
        let (p, f) = try await (projectResults, farmResults)
        #expect(Set(p) == [.waitingForProjectPayment])
        #expect(Set(f) == [.harvestNotSold])
        #expect(try await farm.assessExcuse("甲方没付工程款").category != .waitingForProjectPayment)
        #expect(try await project.assessExcuse("粮还没卖").category != .harvestNotSold)
        #expect(farm.configuration.approvedConcessions.isEmpty)

        try await seeded(project)
        #expect(await farm.snapshot().customerCount == 0)
    }

    @Test func throwingAndDuplicatingPluginsAreReportedAndTheEngineKeepsWorking() async throws {
        let log = DiagnosticLog()
        var configuration = log.configured()
        configuration.plugins = [ProjectPlugin(log: EventLog()), DuplicatingPlugin(), ThrowingPlugin()]
        let engine = CollectionEngine(configuration: configuration)
        #expect(engine.compositionProblems.map(\.value).sorted() == ["cash_flow_tight", "waiting_for_project_payment"])
        #expect(engine.compositionProblems.allSatisfy { $0.field == "plugin[duplicating].excuseCategories" })
        #expect(log.of(.compositionProblem).map(\.error) == engine.compositionProblems)

        try await seeded(engine)
        let plan = try await engine.plan(for: "C1", asOf: day("2026-11-27"))
        #expect(plan.lines.first?.request?.amount.minorUnits ?? 0 > 0)
        #expect(log.of(.pluginFailed).map(\.plugin) == ["broken-plugin"])
        #expect(log.of(.pluginFailed).map(\.operation) == ["adjust(plan)"])
        #expect(log.of(.pluginFailed).first?.error?.reason == "always fails")
        let assessment = try await engine.recordExcuse("甲方没付工程款", customer: "C1", on: day("2026-11-27")).assessment
        #expect(assessment.category == .waitingForProjectPayment)
        #expect(log.of(.pluginFailed).map(\.operation) == ["adjust(plan)", "adjust(assessment)"])
        // Text judgements off the actor report their plugin failures too.
        _ = try await engine.assessExcuse("最近资金紧张")
        #expect(log.of(.pluginFailed).count == 3)
    }

    @Test func everyAcceptedChangeIsReportedAsAJournalWrite() async throws {
        let log = DiagnosticLog()
        let engine = CollectionEngine(configuration: log.configured())
        try await seeded(engine)
        let writes = log.of(.journalWritten)
        #expect(writes.map(\.sequence) == [1, 2, 3, 4])
        #expect(writes.map(\.operation) == ["customer", "receivable", "promise", "assignment"])
        // A repeat changes nothing and writes nothing; a rejected change writes nothing either.
        try await engine.assign("alice", to: "C1")
        await #expect(throws: CollectKitError.self) { try await engine.assign("bob", to: "nobody") }
        #expect(log.of(.journalWritten).count == 4)
        // A batch is one write of many entries.
        try await engine.record(contentsOf: [.contact(ContactRecord(customerID: "C1", collectorID: "alice", date: day("2026-11-20"), channel: .call)),
                                             .paymentToOtherSupplier(customer: "C1")])
        #expect(log.of(.journalWritten).last.map { ($0.operation, $0.entryCount, $0.sequence) } ?? ("", nil, nil) == ("record(contentsOf:)", 2, 6))
    }

    @Test func slowOperationsAreReportedPastTheThreshold() async throws {
        let log = DiagnosticLog()
        var configuration = log.configured()
        configuration.slowOperationThreshold = .zero
        let engine = CollectionEngine(configuration: configuration)
        try await seeded(engine)
        _ = await engine.worklist(asOf: try day("2026-11-27"))
        _ = await engine.metrics(asOf: try day("2026-11-27"))
        #expect(log.of(.slowOperation).map(\.operation) == ["worklist(asOf:)", "metrics(asOf:)"])
        #expect(log.of(.slowOperation).allSatisfy { ($0.duration ?? .zero) > .zero })
        // Without a handler nothing is timed or reported, and nothing fails.
        let quiet = CollectionEngine(configuration: CollectionConfiguration())
        try await seeded(quiet)
        _ = await quiet.worklist(asOf: try day("2026-11-27"))
    }

    @Test func aClassifierThatSuspendsIsUsedEndToEnd() async throws {
        let classifier = SuspendingClassifier()
        var configuration = CollectionConfiguration()
        configuration.excuseClassifier = classifier
        let engine = CollectionEngine(configuration: configuration)
        try await seeded(engine)
        let recorded = try await engine.recordExcuse("没钱,下个月再说", customer: "C1", on: day("2026-11-27"))
        #expect(recorded.assessment.category == .cashFlowTight)
        #expect(recorded.assessment.confidence == 8_000)
        // Counsel comes from the engine's facts, whatever classified the words: one broken promise.
        #expect(recorded.assessment.talkingPointsEnglish.contains { $0.contains("1 earlier promises were missed") })
        #expect(recorded.journalEntry?.change.kind == .excuse)
        let facts = try await engine.facts(for: "C1", asOf: day("2026-11-27"))
        #expect(facts.excuses.map(\.category) == [.cashFlowTight])
        // While it waits on the model, the engine keeps recording.
        async let slow = engine.assessExcuse("钱还没到")
        try await engine.assign("bob", to: "C1")
        #expect(try await slow.category == .cashFlowTight)
        #expect(classifier.calls.withLock { $0 } == 2)
        // A classifier's failure reaches the caller, and nothing is recorded.
        let before = await engine.lastSequence
        await #expect { try await engine.recordExcuse("error", customer: "C1", on: day("2026-11-27")) } throws: {
            ($0 as? CollectKitError)?.reason == "the model is unreachable"
        }
        #expect(await engine.lastSequence == before)
    }

    @Test func aPluginMayReturnAPlanTypeOfItsOwn() async throws {
        var configuration = CollectionConfiguration()
        configuration.plugins = [MilestonePlugin()]
        let engine = CollectionEngine(configuration: configuration)
        try await seeded(engine)
        let plan = try await engine.plan(for: "C1", asOf: day("2026-11-27"))
        let milestone = try #require(plan as? MilestonePlan)
        #expect(milestone.milestone == (try day("2026-12-07")))
        #expect(milestone.cadenceDays == 3)
        #expect(milestone.guardRailViolations(approvedConcessions: []).isEmpty)
    }

    @Test func anAdjustedPlanThatAsksForMoreThanIsOwedIsDiscarded() async throws {
        let log = DiagnosticLog()
        var configuration = log.configured()
        configuration.plugins = [GreedyPlugin()]
        let engine = CollectionEngine(configuration: configuration)
        try await seeded(engine)
        let plan = try await engine.plan(for: "C1", asOf: day("2026-11-27"))
        #expect(plan is StandardCollectionPlan)
        #expect(plan.lines.first?.request.map { $0.amount.minorUnits <= yuan(100_000).minorUnits } == true)
        let failure = try #require(log.of(.pluginFailed).first)
        #expect(failure.plugin == "greedy")
        #expect(failure.error?.kind == .guardRailViolation)
        #expect(failure.error?.reason.contains("more than") == true)
    }

    @Test func evaluationEmitsPromiseAndEscalationEventsOnceAndObserversSeeThem() async throws {
        let log = EventLog()
        var configuration = CollectionConfiguration()
        configuration.plugins = [ProjectPlugin(log: log)]
        let engine = CollectionEngine(configuration: configuration)
        try await seeded(engine)
        let first = await engine.evaluate(asOf: try day("2026-11-27")).events
        #expect(first.contains { if case .promise(let event) = $0 { event.kind == .broken } else { false } })
        #expect(first.contains { if case .escalationReached(customer: "C1", _, _) = $0 { true } else { false } })
        #expect(log.all == first)
        // Nothing changed since: no events, and a restarted engine remembers what it announced.
        #expect(await engine.evaluate(asOf: try day("2026-11-27")).events.isEmpty)
        let restarted = try CollectionEngine(configuration: configuration, restoring: await engine.snapshot())
        #expect(await restarted.evaluate(asOf: try day("2026-11-27")).events.isEmpty)
    }

    @Test func worklistAndMetricsComeFromTheSamePortfolio() async throws {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await seeded(engine)
        let worklist = await engine.worklist(asOf: try day("2026-11-27"))
        #expect(worklist.actions.map(\.customerID) == ["C1"])
        #expect(worklist.actions.first?.collector == "alice")
        let metrics = await engine.metrics(asOf: try day("2026-11-27"))
        #expect(metrics.currencies.map(\.currency) == [.cny])
        #expect(metrics.currencies.first?.aging.total == yuan(100_000))
        #expect(metrics.promisesSettled == 1)
        #expect(metrics.keptRate == 0)
    }

    @Test func taskLocalBindingIsPerTask() async throws {
        let a = CollectionEngine(configuration: CollectionConfiguration())
        let b = CollectionEngine(configuration: CollectionConfiguration())
        #expect(CollectionEngine.current == nil)
        async let seenA = withCollectionEngine(a) { CollectionEngine.current === a }
        async let seenB = withCollectionEngine(b) { CollectionEngine.current === b }
        #expect(await seenA)
        #expect(await seenB)
        #expect(CollectionEngine.current == nil)
    }
}
