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
    func adjust(_ plan: StandardCollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> StandardCollectionPlan {
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
        try await engine.upsert(CustomerProfile(id: "C1", displayName: "华东建材", creditStanding: .poor))
        try await engine.record(Receivable(id: "R1", customerID: "C1", amount: yuan(100_000),
                                           issueDate: day("2026-08-01"), dueDate: day("2026-08-31")))
        try await engine.record(PaymentPromise(id: "PR1", customerID: "C1", amount: yuan(50_000),
                                               promisedDate: day("2026-11-20"), madeOn: day("2026-11-10"), collectorID: "alice"))
        try await engine.assign("alice", to: "C1")
    }

    @Test func pluginCategoryIsRecognisedAndAnsweredWithItsTalkingPoints() async throws {
        var configuration = CollectionConfiguration()
        configuration.plugins = [ProjectPlugin(log: EventLog())]
        let engine = CollectionEngine(configuration: configuration)
        let assessment = engine.assessExcuse("甲方没付工程款,我们也没办法")
        #expect(assessment.category == .waitingForProjectPayment)
        #expect(assessment.talkingPointsChinese == ["请提供甲方付款节点,我们按节点安排分期。"])
        #expect(assessment.evidence.contains { $0.text == "工程款" })
        // Built-in categories still win where they apply.
        #expect(engine.assessExcuse("最近资金紧张,下个月再说").category == .cashFlowTight)
    }

    @Test func twoTenantsSideBySideNeverSeeEachOthersConfiguration() async throws {
        var projectConfiguration = CollectionConfiguration()
        projectConfiguration.plugins = [ProjectPlugin(log: EventLog())]
        projectConfiguration.approvedConcessions = [.installmentPlan]
        var farmConfiguration = CollectionConfiguration()
        farmConfiguration.plugins = [FarmPlugin()]
        let project = CollectionEngine(configuration: projectConfiguration)
        let farm = CollectionEngine(configuration: farmConfiguration)

        async let projectResults: [ExcuseCategory] = (0..<200).map { _ in project.assessExcuse("甲方没付工程款").category }
        async let farmResults: [ExcuseCategory] = (0..<200).map { _ in farm.assessExcuse("粮还没卖,等卖了再说").category }
        let (p, f) = await (projectResults, farmResults)
        #expect(Set(p) == [.waitingForProjectPayment])
        #expect(Set(f) == [.harvestNotSold])
        #expect(farm.assessExcuse("甲方没付工程款").category != .waitingForProjectPayment)
        #expect(project.assessExcuse("粮还没卖").category != .harvestNotSold)
        #expect(farm.configuration.approvedConcessions.isEmpty)

        try await seeded(project)
        #expect(await farm.snapshot().customerCount == 0)
    }

    @Test func throwingAndDuplicatingPluginsAreReportedAndTheEngineKeepsWorking() async throws {
        var configuration = CollectionConfiguration()
        configuration.plugins = [ProjectPlugin(log: EventLog()), DuplicatingPlugin(), ThrowingPlugin()]
        let engine = CollectionEngine(configuration: configuration)
        #expect(engine.compositionDiagnostics.map(\.value).sorted() == ["cash_flow_tight", "waiting_for_project_payment"])
        #expect(engine.compositionDiagnostics.allSatisfy { $0.field == "plugin[duplicating].excuseCategories" })

        try await seeded(engine)
        let plan = try await engine.plan(for: "C1", asOf: day("2026-11-27"))
        #expect(plan.lines.first?.request?.amount.minorUnits ?? 0 > 0)
        let failures = await engine.pluginDiagnostics()
        #expect(failures.map(\.field) == ["plugin[broken-plugin].adjust(plan)"])
        let assessment = try await engine.recordExcuse("甲方没付工程款", customer: "C1", on: day("2026-11-27")).assessment
        #expect(assessment.category == .waitingForProjectPayment)
        #expect(await engine.pluginDiagnostics().count == 2)
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
        #expect(metrics.strictKeptPercent == 0)
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
