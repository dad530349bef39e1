import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct WorklistTests {
    func overdueCustomer(_ id: String, amount: Int64, days: Int, collector: CollectorID?,
                         standing: CreditStanding = .fair) -> CustomerCollectionFacts {
        CustomerCollectionFacts(customer: PlanningFixture.customer(id, standing: standing),
                                openItems: [PlanningFixture.item(id + "-1", PlanningFixture.cny(amount), dueIn: -days)],
                                collector: collector)
    }

    @Test func emptyPortfolioGivesAnEmptyWorklist() {
        let worklist = WorklistBuilder().build([CustomerCollectionFacts](), asOf: PlanningFixture.asOf)
        #expect(worklist.actions.isEmpty)
        #expect(worklist.deferred.isEmpty)
        #expect(worklist.rejectedCount == 0)
    }

    @Test func actionsSayWhoWhatHowAndWhy() throws {
        let facts = CustomerCollectionFacts(
            customer: PlanningFixture.customer("D-001", standing: .fair),
            openItems: [PlanningFixture.item("INV-1", PlanningFixture.cny(100_000), dueIn: -20),
                        PlanningFixture.item("INV-3", PlanningFixture.cny(200_000), dueIn: 45)],
            askHistory: PlanningFixture.history(paidPercent: 55), collector: "li.na")
        let worklist = WorklistBuilder().build([facts], asOf: PlanningFixture.asOf)
        let action = try #require(worklist.actions.first)
        #expect(action.collector == "li.na")
        #expect(!action.isFallbackAssignment)
        #expect(action.requests.map(\.amount) == [PlanningFixture.cny(180_000)])
        #expect(action.requests.map(\.payBy) == [PlanningFixture.day(7)])
        #expect(action.escalation == .firmCall)
        #expect(action.channel == .call)
        #expect(action.purpose == .followUp)
        #expect(action.why.zh.contains("CNY 180,000.00"))
        #expect(action.why.en.contains("20 days overdue"))
        #expect(action.why.value(named: "points") == .count(action.priority.points))
    }

    @Test func rankingWeighsAmountOverdueAndPromises() {
        var promised = overdueCustomer("P", amount: 1_000, days: 2, collector: "a")
        promised.promises = PromiseRecord(openPromiseAmount: PlanningFixture.cny(1_000), openPromiseDate: PlanningFixture.asOf)
        let portfolio = [
            overdueCustomer("SMALL", amount: 1_000, days: 2, collector: "a"),
            overdueCustomer("BIG", amount: 900_000, days: 2, collector: "a"),
            overdueCustomer("OLD", amount: 1_000, days: 200, collector: "a"),
            promised,
        ]
        let ids = WorklistBuilder().build(portfolio, asOf: PlanningFixture.asOf).actions.map(\.customerID)
        // 900,000 at stake outranks a promise due today, which outranks a small but old item.
        #expect(ids == ["BIG", "P", "OLD", "SMALL"])
    }

    @Test func longUnchasedCustomerWithOtherCreditorsMovesUp() {
        var contested = overdueCustomer("B", amount: 10_000, days: 10, collector: "a")
        contested.hasCompetingCreditors = true
        contested.lastContactDate = PlanningFixture.day(-30)
        var quiet = overdueCustomer("A", amount: 10_000, days: 10, collector: "a")
        quiet.lastContactDate = PlanningFixture.day(-30)
        let ids = WorklistBuilder().build([quiet, contested], asOf: PlanningFixture.asOf).actions.map(\.customerID)
        #expect(ids == ["B", "A"])
    }

    @Test func tiesAreBrokenByCustomerID() {
        let portfolio = ["C-3", "C-1", "C-2"].map { overdueCustomer($0, amount: 5_000, days: 5, collector: "a") }
        let ids = WorklistBuilder().build(portfolio, asOf: PlanningFixture.asOf).actions.map(\.customerID)
        #expect(ids == ["C-1", "C-2", "C-3"])
    }

    @Test func capacityPerCollectorIsHonouredAndTheRestDeferred() {
        var portfolio: [CustomerCollectionFacts] = []
        for index in 0..<10 { portfolio.append(overdueCustomer("A\(index)", amount: Int64(1_000 * (index + 1)), days: 5, collector: "a")) }
        for index in 0..<3 { portfolio.append(overdueCustomer("B\(index)", amount: 500, days: 5, collector: "b")) }
        let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: 4, capacityOverrides: ["b": 1]))
        let worklist = builder.build(portfolio, asOf: PlanningFixture.asOf)
        #expect(worklist.actions(for: "a").map(\.customerID) == ["A9", "A8", "A7", "A6"])
        #expect(worklist.actions(for: "b").count == 1)
        #expect(worklist.deferred == ["a": 6, "b": 2])
        #expect(worklist.collectors == ["a", "b"])
    }

    @Test func unassignedCustomersGoToTheFallbackQueue() throws {
        let portfolio = [overdueCustomer("U", amount: 5_000, days: 5, collector: nil)]
        let builder = WorklistBuilder(configuration: WorklistConfiguration(fallbackCollector: "team.lead"))
        let action = try #require(builder.build(portfolio, asOf: PlanningFixture.asOf).actions.first)
        #expect(action.collector == "team.lead")
        #expect(action.isFallbackAssignment)
    }

    @Test func customersNotDueTodayOrOwingNothingAreSkipped() {
        var recent = overdueCustomer("R", amount: 5_000, days: 5, collector: "a", standing: .excellent)
        recent.lastContactDate = PlanningFixture.day(-1)   // next contact in 13 days
        let nothing = CustomerCollectionFacts(customer: PlanningFixture.customer("N"), collector: "a")
        let notDue = CustomerCollectionFacts(customer: PlanningFixture.customer("F"),
                                             openItems: [PlanningFixture.item("F-1", PlanningFixture.cny(100), dueIn: 200)], collector: "a")
        #expect(WorklistBuilder().build([recent, nothing, notDue], asOf: PlanningFixture.asOf).actions.isEmpty)
    }

    @Test func invalidFactsAreRejectedNotFatal() {
        let bad = CustomerCollectionFacts(customer: PlanningFixture.customer("BAD"),
                                          openItems: [PlanningFixture.item("X", PlanningFixture.cny(-1), dueIn: -3)], collector: "a")
        let good = overdueCustomer("GOOD", amount: 100, days: 3, collector: "a")
        let worklist = WorklistBuilder().build([bad, good], asOf: PlanningFixture.asOf)
        #expect(worklist.actions.map(\.customerID) == ["GOOD"])
        #expect(worklist.rejectedCount == 1)
        #expect(worklist.rejections.first?.field.hasPrefix("customer[BAD].") == true)
        #expect(worklist.rejections.first?.kind == .invalidAmount)
    }

    @Test func promiseDueTodayIsAlwaysCheckedEvenForGoodCustomers() throws {
        var facts = overdueCustomer("G", amount: 5_000, days: 5, collector: "a", standing: .excellent)
        facts.lastContactDate = PlanningFixture.day(-1)
        facts.promises = PromiseRecord(openPromiseAmount: PlanningFixture.cny(5_000), openPromiseDate: PlanningFixture.asOf)
        let action = try #require(WorklistBuilder().build([facts], asOf: PlanningFixture.asOf).actions.first)
        #expect(action.purpose == .promiseCheckIn)
        #expect(action.priority.promisePoints == 250)
    }
}

@Suite struct WorklistAssignmentTests {
    @Test func lastContactCollectorKeepsAnUnassignedCustomer() throws {
        var facts = CustomerCollectionFacts(customer: PlanningFixture.customer("L"),
                                            openItems: [PlanningFixture.item("L-1", PlanningFixture.cny(5_000), dueIn: -9)])
        facts.lastContactCollector = "wang.fang"
        facts.lastContactDate = PlanningFixture.day(-20)
        let action = try #require(WorklistBuilder().build([facts], asOf: PlanningFixture.asOf).actions.first)
        #expect(action.collector == "wang.fang")
        #expect(action.isFallbackAssignment)
    }

    @Test func factsDescriptionRedactsTheName() {
        let facts = CustomerCollectionFacts(customer: StandardCustomer(customerID: "C-1"))
        #expect(!facts.description.contains("张三"))
        #expect(!String(reflecting: facts).contains("张三"))
        #expect(facts.description.contains("C-1"))
    }
}
