import BuildingMaterials
import CollectKit
import CollectKitTesting
import Testing

@Suite struct BuildingMaterialsPluginTests {
    private let asOf = ConformanceFixtures.asOf

    private func projectAttributes(milestoneInDays: Int = 2, milestoneYuan: Int64 = 120_000) -> CustomerAttributes {
        var attributes = CustomerAttributes()
        attributes[.isProjectCustomer] = true
        attributes[.nextMilestoneDate] = asOf.adding(days: milestoneInDays)
        attributes[.nextMilestoneAmount] = Money(minorUnits: milestoneYuan * 100, currency: .cny)
        return attributes
    }

    @Test func pluginPassesTheConformanceChecks() async {
        #expect(await PluginConformance.check(BuildingMaterialsPlugin(), approvedConcessions: [.installmentPlan]) == [])
    }

    @Test func policiesPassTheConformanceChecks() {
        let mixed = [CustomerAttributes(), projectAttributes(), projectAttributes(milestoneInDays: -3, milestoneYuan: 1)]
        #expect(PolicyConformance.check(MilestoneAskPolicy(), attributes: mixed) == [])
        #expect(PolicyConformance.check(ProjectCadencePolicy(), attributes: mixed) == [])
    }

    @Test(arguments: ["甲方的工程款还没拨下来", "项目款还没到,到了就给你", "開發商沒給錢,我們也沒辦法",
                      "The main contractor hasn't paid us for the site yet"])
    func projectExcusesAreRecognised(_ text: String) async throws {
        let engine = CollectionEngine(configuration: .buildingMaterials())
        let assessment = try await engine.assessExcuse(text)
        #expect(assessment.category == .waitingForProjectPayment)
        #expect(!assessment.talkingPointsEnglish.isEmpty)
    }

    @Test func ordinaryExcusesStayBuiltIn() async throws {
        let engine = CollectionEngine(configuration: .buildingMaterials())
        #expect(try await engine.assessExcuse("最近资金紧张,下个月再说").category == .cashFlowTight)
        #expect(try await engine.assessExcuse("上批货有质量问题").category == .productQuality)
    }

    @Test func askIsCappedAtTheMilestoneButNeverBelowExpected() {
        let policy = MilestoneAskPolicy()
        let yuan = { (amount: Int64) in Money(minorUnits: amount * 100, currency: .cny) }
        // Anchored: 100,000 expected at a 55% ratio → 180,000; the milestone releases 120,000.
        let capped = policy.ask(AskInput(expected: yuan(100_000), owed: yuan(300_000), paidToAskedBasisPoints: 5_500,
                                         tier: .regular, asOf: asOf, attributes: projectAttributes()))
        #expect(capped.amount == yuan(120_000))
        #expect(capped.rationale.code == "ask.milestone")
        // A milestone smaller than what we expect does not lower the expectation.
        let floor = policy.ask(AskInput(expected: yuan(100_000), owed: yuan(300_000), paidToAskedBasisPoints: 5_500,
                                        tier: .regular, asOf: asOf, attributes: projectAttributes(milestoneYuan: 50_000)))
        #expect(floor.amount == yuan(100_000))
        // Customers not on projects get the standard anchored ask.
        let standard = policy.ask(AskInput(expected: yuan(100_000), owed: yuan(300_000), paidToAskedBasisPoints: 5_500,
                                           tier: .regular, asOf: asOf))
        #expect(standard.amount == yuan(180_000))
    }

    @Test func projectCustomersAreFollowedTighterAndOnTheMilestoneDay() {
        let policy = ProjectCadencePolicy()
        let input = { (attributes: CustomerAttributes) in
            CadenceInput(asOf: self.asOf, standing: .good, promises: .none, recentExcuses: 0,
                         lastContactDate: self.asOf.adding(days: -1), hasOverdue: true, nextDueDate: nil, attributes: attributes)
        }
        let ordinary = policy.cadence(input(CustomerAttributes()))
        let project = policy.cadence(input(projectAttributes(milestoneInDays: 2)))
        #expect(ordinary.intervalDays == 10)
        #expect(project.intervalDays == 4)
        #expect(project.nextContact == asOf.adding(days: 2))
    }

    @Test func engineWithThePluginPlansAgainstTheMilestone() async throws {
        let engine = CollectionEngine(configuration: .buildingMaterials())
        #expect(engine.compositionProblems.isEmpty)
        try await engine.upsert(StandardCustomer(customerID: "JZ-001", creditStanding: .fair,
                                            attributes: projectAttributes()))
        try await engine.record(Receivable(id: "INV-1", customerID: "JZ-001", amount: Money(minorUnits: 10_000_000, currency: .cny),
                                           issueDate: asOf.adding(days: -75), dueDate: asOf.adding(days: -45)))
        try await engine.record(Receivable(id: "INV-2", customerID: "JZ-001", amount: Money(minorUnits: 20_000_000, currency: .cny),
                                           issueDate: asOf.adding(days: -5), dueDate: asOf.adding(days: 55)))
        try await engine.record(AskOutcome(asked: Money(minorUnits: 20_000_000, currency: .cny),
                                           paid: Money(minorUnits: 11_000_000, currency: .cny), date: asOf.adding(days: -120)),
                                for: "JZ-001")
        try await engine.record(ContactRecord(customerID: "JZ-001", collectorID: "li", date: asOf.adding(days: -1), channel: .call))
        let plan = try await engine.plan(for: "JZ-001", asOf: asOf)
        #expect(plan.lines.first?.request?.amount == Money(minorUnits: 12_000_000, currency: .cny))
        #expect(plan.contacts.first?.date == asOf.adding(days: 2))
        #expect(engine.review("王总,不急,等工程款下来再说").has(.passiveClose))
    }
}
