import Testing
@testable import CollectKit

@Suite struct CollectionPlannerTests {
    let planner = CollectionPlanner()

    /// The article's distributor: owes 300,000 of which 100,000 is overdue, pays about 55% of
    /// what is asked, has pleaded tight cash twice.
    func articleFacts() -> CustomerCollectionFacts {
        CustomerCollectionFacts(
            customer: Fixture.customer("D-001", standing: .fair),
            openItems: [Fixture.item("INV-1", Fixture.cny(60_000), dueIn: -20),
                        Fixture.item("INV-2", Fixture.cny(40_000), dueIn: -5),
                        Fixture.item("INV-3", Fixture.cny(200_000), dueIn: 45)],
            promises: PromiseRecordSummary(made: 4, kept: 1, partiallyKept: 2, broken: 1),
            askHistory: Fixture.history(paidPercent: 55),
            excuses: [ExcuseUse(category: .cashFlowTight, date: Fixture.day(-10), outcome: .partlyPaid),
                      ExcuseUse(category: .cashFlowTight, date: Fixture.day(-3)),
                      ExcuseUse(category: .paidOtherSupplier, date: Fixture.day(-40), outcome: .notPaid)],
            lastContactDate: Fixture.day(-3), collector: "li.na")
    }

    @Test func articleCustomerGetsAnAnchoredPlan() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: Fixture.asOf)
        let line = try #require(plan.lines.first)
        #expect(plan.lines.count == 1)
        #expect(line.owed == Fixture.cny(300_000))
        #expect(line.overdue == Fixture.cny(100_000))
        #expect(line.maxDaysOverdue == 20)
        #expect(line.target.amount == Fixture.cny(100_000))
        #expect(line.target.by == Fixture.day(30))
        let request = try #require(line.request)
        #expect(request.amount == Fixture.cny(180_000))
        #expect(request.payBy == Fixture.day(7))
        // No installment concession approved: one installment for the whole ask, covering the oldest receivables first.
        #expect(line.installments.count == 1)
        #expect(line.installments[0].amount == Fixture.cny(180_000))
        #expect(line.installments[0].status == .pending)
        #expect(line.installments[0].receivableIDs == ["INV-1", "INV-2", "INV-3"])
        // fair 7 days, broken promise halves to 4, two partials take 2 off, three recent excuses take 2 off → 1.
        #expect(plan.cadenceDays == 1)
        #expect(plan.contacts.map(\.date) == [Fixture.asOf, Fixture.day(1), Fixture.day(2)])
        #expect(plan.contacts.first?.date == Fixture.asOf)
        #expect(plan.escalation.current == .firmCall)
        #expect(plan.contacts.first?.channel == .phone)
        #expect(plan.tactics.map(\.category) == [.cashFlowTight, .paidOtherSupplier])
        #expect(plan.tactics[0].timesUsed == 2)
        #expect(plan.tactics[0].concession == nil)
        #expect(plan.tactics[0].zh.contains("180000.00 CNY"))
        #expect(!plan.tactics[0].zh.contains("100000"))
        #expect(PlanGuardRails.violations(in: plan, approvedConcessions: []).isEmpty)
    }

    @Test func everyNumberExplainsItselfInBothLanguages() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: Fixture.asOf)
        let line = try #require(plan.lines.first)
        let ask = try #require(line.requestRationale)
        #expect(ask.input(named: "expected")?.value == .money(Fixture.cny(100_000)))
        #expect(ask.input(named: "ratio")?.value == .basisPoints(5_500))
        #expect(ask.zh.contains("55.00%") && ask.en.contains("55.00%"))
        #expect(line.target.rationale.en.contains("100000.00 CNY"))
        #expect(line.target.rationale.zh.contains("30 天"))
        #expect(plan.cadenceRationale.input(named: "interval")?.value == .days(1))
        #expect(!plan.escalation.rationale.zh.isEmpty && !plan.escalation.rationale.en.isEmpty)
        #expect(line.scheduleRationale?.code == "schedule.single")
        #expect(line.scheduleRationale?.en.contains(Fixture.day(7).description) == true)
    }

    @Test func approvedInstallmentPlanSplitsTheAskExactly() throws {
        let planner = CollectionPlanner(approvedConcessions: [.installmentPlan])
        var facts = articleFacts()
        facts.promises = .none
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        let line = try #require(plan.lines.first)
        #expect(line.installments.map(\.amount) == [Fixture.cny(60_000), Fixture.cny(60_000), Fixture.cny(60_000)])
        #expect(line.installments.map(\.date) == [Fixture.day(7), Fixture.day(12), Fixture.day(17)])
        #expect(line.installments.map(\.receivableIDs) == [["INV-1"], ["INV-2", "INV-3"], ["INV-3"]])
        #expect(line.scheduleRationale?.code == "schedule.installments")
        #expect(line.scheduleRationale?.input(named: "parts")?.value == .count(3))
        #expect(plan.tactics.first?.concession == .installmentPlan)
        #expect(plan.tactics.first?.zh.contains("分期") == true)
    }

    @Test func emptyApprovedListNeverOffersAConcession() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: Fixture.asOf)
        #expect(plan.tactics.allSatisfy { $0.concession == nil })
        #expect(plan.tactics.allSatisfy { !$0.zh.contains("分期") })
        #expect(plan.lines.allSatisfy { $0.installments.count == 1 })
    }

    @Test func customerWhoOwesNothingGetsAnEmptyPlan() throws {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("C-0"),
                                            openItems: [Fixture.item("INV-0", Fixture.cny(0), dueIn: -10)])
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.isEmpty)
        #expect(plan.contacts.isEmpty)
        #expect(plan.tactics.isEmpty)
        #expect(plan.escalation.current == nil)
    }

    @Test func severalCurrenciesGiveOneLineEach() throws {
        let facts = CustomerCollectionFacts(
            customer: Fixture.customer("C-2"),
            openItems: [Fixture.item("A", Fixture.usd(5_000), dueIn: -3), Fixture.item("B", Fixture.cny(20_000), dueIn: -3),
                        Fixture.item("C", Fixture.usd(1_000), dueIn: 10)])
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.lines.map(\.currency) == [.cny, .usd])
        #expect(plan.lines[0].owed == Fixture.cny(20_000))
        #expect(plan.lines[0].request?.amount == Fixture.cny(20_000))   // default ask 25,000 capped at owed
        #expect(plan.lines[1].target.amount == Fixture.usd(6_000))
        #expect(plan.lines[1].request?.amount == Fixture.usd(6_000))
        for line in plan.lines { #expect(line.installments.allSatisfy { $0.amount.currency == line.currency }) }
    }

    @Test func everyPromiseBrokenEscalatesAndTightens() throws {
        var facts = articleFacts()
        facts.customer = Fixture.customer("C-3", standing: .poor)
        facts.promises = PromiseRecordSummary(made: 5, broken: 5, lastBrokenDate: Fixture.day(-1))
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.cadenceDays == 1)
        #expect(plan.escalation.current == .creditHold)
        #expect(plan.contacts.first?.channel == .letter)
        #expect(plan.lines[0].request?.amount == Fixture.cny(180_000))
    }

    @Test func noHistoryStillGivesAPlan() throws {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("C-4", standing: .unknown),
                                            openItems: [Fixture.item("X", Fixture.cny(100_000), dueIn: -1),
                                                        Fixture.item("Y", Fixture.cny(100_000), dueIn: 90)])
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.lines[0].request?.amount == Fixture.cny(130_000))
        #expect(plan.lines[0].requestRationale?.code == "ask.default")
        #expect(plan.cadenceDays == 5)
        #expect(plan.contacts.first?.date == Fixture.asOf)
    }

    @Test func dueDatesFarInThePastAndFuture() throws {
        let ancient = CustomerCollectionFacts(customer: Fixture.customer("C-5"),
                                              openItems: [OpenItem(receivableID: "OLD", outstanding: Fixture.cny(9_000),
                                                                   dueDate: CalendarDate(daysSinceEpoch: -700_000))])
        let plan = try planner.plan(for: ancient, asOf: Fixture.asOf)
        #expect(plan.escalation.current == .legal)
        #expect(plan.lines[0].request?.amount == Fixture.cny(9_000))

        let distant = CustomerCollectionFacts(customer: Fixture.customer("C-6"),
                                              openItems: [OpenItem(receivableID: "FAR", outstanding: Fixture.cny(9_000),
                                                                   dueDate: CalendarDate(daysSinceEpoch: .max))])
        let future = try planner.plan(for: distant, asOf: Fixture.asOf)
        #expect(future.lines[0].request == nil)
        #expect(future.lines[0].installments.isEmpty)
        #expect(future.lines[0].target.amount == Fixture.cny(0))
        #expect(future.contacts.first?.purpose == .preDueReminder)
        #expect(future.tactics.isEmpty)
    }

    @Test func notYetDueAmountIsRequestedByItsDueDate() throws {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("C-7", tier: .core),
                                            openItems: [Fixture.item("N", Fixture.cny(50_000), dueIn: 12)])
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.lines[0].request?.amount == Fixture.cny(50_000))
        #expect(plan.lines[0].request?.payBy == Fixture.day(12))
        #expect(plan.contacts.map(\.date) == [Fixture.day(9), Fixture.day(13), Fixture.day(20)])
        #expect(plan.contacts.map(\.purpose) == [.preDueReminder, .followUp, .followUp])
        #expect(plan.contacts.map(\.channel) == [.message, .message, .message])
    }

    @Test func openPromiseGetsACheckInOnItsDate() throws {
        var facts = articleFacts()
        facts.customer = Fixture.customer("C-8", standing: .excellent)
        facts.promises = PromiseRecordSummary(openPromise: .init(amount: Fixture.cny(50_000), date: Fixture.day(4)))
        facts.excuses = []
        facts.lastContactDate = Fixture.day(-1)
        let plan = try planner.plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.contacts.first?.date == Fixture.day(4))
        #expect(plan.contacts.first?.purpose == .promiseCheckIn)
    }

    @Test func negativeOutstandingIsATypedError() {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("C-9"),
                                            openItems: [Fixture.item("NEG", Fixture.cny(-5), dueIn: -1)])
        #expect { try planner.plan(for: facts, asOf: Fixture.asOf) } throws: { error in
            let error = error as? CollectKitError
            return error?.kind == .invalidAmount && error?.field == "openItems[NEG].outstanding"
        }
    }

    @Test func overflowingTotalsAreATypedError() {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("C-10"),
                                            openItems: [Fixture.item("A", Money(minorUnits: .max, currency: .cny), dueIn: -1),
                                                        Fixture.item("B", Money(minorUnits: .max, currency: .cny), dueIn: -1)])
        #expect(throws: CollectKitError.self) { try planner.plan(for: facts, asOf: Fixture.asOf) }
    }

    @Test func misbehavingAskPolicyIsClampedToWhatIsOwed() throws {
        struct Greedy: AskPolicy {
            func ask(_ input: AskInput) -> AskDecision {
                AskDecision(amount: Money(minorUnits: input.owed.minorUnits * 10, currency: input.owed.currency),
                            ratioBasisPoints: 1, rationale: Rationale(code: "greedy", zh: "", en: "", inputs: []))
            }
        }
        let planner = CollectionPlanner(askPolicy: Greedy())
        let plan = try planner.plan(for: articleFacts(), asOf: Fixture.asOf)
        #expect(plan.lines[0].request?.amount == Fixture.cny(300_000))
        #expect(plan.lines[0].installments.map(\.amount) == [Fixture.cny(300_000)])
    }

    @Test func tacticBookRefusesQuotaTalk() {
        let entry = ExcuseTacticBook.Entry(zh: "我这个月的任务还差十万,帮帮忙", en: "Help me reach my quota")
        #expect { try ExcuseTacticBook.standard.adding(entry, for: .cashFlowTight) } throws: { error in
            (error as? CollectKitError)?.kind == .guardRailViolation
        }
        let quotaInEnglish = ExcuseTacticBook.Entry(zh: "请付款 {ask}", en: "Our monthly TARGET is close")
        #expect(throws: CollectKitError.self) { try ExcuseTacticBook.empty.adding(quotaInEnglish, for: .vaguePromise) }
        let fine = ExcuseTacticBook.Entry(zh: "请在 {payBy} 前支付 {ask}。", en: "Please pay {ask} by {payBy}.")
        #expect(throws: Never.self) { try ExcuseTacticBook.empty.adding(fine, for: .vaguePromise) }
    }

    @Test func standardTalkingPointsNeverDiscloseTargets() {
        for category in ExcuseCategory.builtIn {
            guard let entry = ExcuseTacticBook.standard.entry(for: category) else { continue }
            for text in [entry.zh, entry.en, entry.concessionZh, entry.concessionEn] {
                #expect(PlanGuardRails.quotaDisclosure(in: text) == nil, "\(category): \(text)")
                #expect(!text.contains("{expected}") && !text.contains("{target}"))
            }
            #expect(entry.zh.contains("{ask}") && entry.zh.contains("{payBy}"), "\(category) must name amount and date")
            #expect(entry.en.contains("{ask}") && entry.en.contains("{payBy}"), "\(category) must name amount and date")
        }
        #expect(ExcuseTacticBook.standard.entry(for: .notAnExcuse) == nil)
    }

    @Test func requestWithoutAmountCannotBeMade() {
        #expect(throws: CollectKitError.self) { try CollectionRequest(amount: Fixture.cny(0), payBy: Fixture.asOf) }
        #expect(throws: CollectKitError.self) { try CollectionRequest(amount: Fixture.cny(-1), payBy: Fixture.asOf) }
    }

    @Test func guardRailsCatchAForeignPlan() {
        struct SloppyPlan: CollectionPlan {
            var customerID: CustomerID = "X"
            var asOf = Fixture.asOf
            var lines: [CollectionPlanLine]
            var cadenceDays = 7
            var contacts: [ScheduledContact] = []
            var cadenceRationale = Rationale(code: "x", zh: "", en: "", inputs: [])
            var escalation = StandardEscalationPolicy().ladder(EscalationInput(daysOverdue: 0, brokenPromises: 0,
                                                                               standing: .good, tier: .regular))
            var tactics: [ExcuseTactic]
        }
        let request = try? CollectionRequest(amount: Fixture.cny(500), payBy: Fixture.asOf)
        let line = CollectionPlanLine(
            currency: .cny, owed: Fixture.cny(100), overdue: Fixture.cny(100), maxDaysOverdue: 3,
            target: CollectionTarget(amount: Fixture.cny(100), by: Fixture.asOf,
                                     rationale: Rationale(code: "t", zh: "", en: "", inputs: [])),
            request: request, requestRationale: nil,
            installments: [Installment(sequence: 1, amount: Fixture.cny(400), date: Fixture.asOf, received: Fixture.cny(0),
                                       receivableIDs: [], asOf: Fixture.asOf)])
        let tactic = ExcuseTactic(category: .cashFlowTight, timesUsed: 1, lastUsed: Fixture.asOf, concession: .lateFeeWaiver,
                                  zh: "我们的考核指标是 {ask}", en: "ok", inputs: [])
        let problems = PlanGuardRails.violations(in: SloppyPlan(lines: [line], tactics: [tactic]), approvedConcessions: [])
        #expect(problems.count == 4)
    }
}

@Suite struct CollectionPlannerExcuseTests {
    @Test func provenDisputesDoNotTightenTheCadence() throws {
        let items = [Fixture.item("Q-1", Fixture.cny(10_000), dueIn: -10)]
        let disputes = [ExcuseUse(category: .productQuality, date: Fixture.day(-5), outcome: .confirmedDispute),
                        ExcuseUse(category: .productQuality, date: Fixture.day(-2), outcome: .confirmedDispute)]
        let excuses = disputes.map { ExcuseUse(category: $0.category, date: $0.date, outcome: .notPaid) }
        let planner = CollectionPlanner()
        let proven = try planner.plan(for: CustomerCollectionFacts(customer: Fixture.customer("Q"), openItems: items,
                                                                  excuses: disputes), asOf: Fixture.asOf)
        let unproven = try planner.plan(for: CustomerCollectionFacts(customer: Fixture.customer("Q"), openItems: items,
                                                                    excuses: excuses), asOf: Fixture.asOf)
        #expect(proven.cadenceDays == 7)
        #expect(unproven.cadenceDays == 5)
        #expect(unproven.tactics.map(\.category) == [.productQuality])
        #expect(unproven.tactics.first?.timesUsed == 2)
    }

    @Test func excusesOutsideTheLookbackAreIgnored() throws {
        let facts = CustomerCollectionFacts(customer: Fixture.customer("O"),
                                            openItems: [Fixture.item("O-1", Fixture.cny(10_000), dueIn: -10)],
                                            excuses: [ExcuseUse(category: .slowSales, date: Fixture.day(-200)),
                                                      ExcuseUse(category: .slowSales, date: Fixture.day(-150))])
        let plan = try CollectionPlanner().plan(for: facts, asOf: Fixture.asOf)
        #expect(plan.tactics.isEmpty)
        #expect(plan.cadenceDays == 7)
    }
}
