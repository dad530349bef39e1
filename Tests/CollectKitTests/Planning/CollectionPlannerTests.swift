import Testing
@testable import CollectKit

@Suite struct CollectionPlannerTests {
    let planner = CollectionPlanner()

    /// The article's distributor: owes 300,000 of which 100,000 is overdue, pays about 55% of
    /// what is asked, has pleaded tight cash twice.
    func articleFacts() -> CustomerCollectionFacts {
        CustomerCollectionFacts(
            customer: PlanningFixture.customer("D-001", standing: .fair),
            openItems: [PlanningFixture.item("INV-1", PlanningFixture.cny(60_000), dueIn: -20),
                        PlanningFixture.item("INV-2", PlanningFixture.cny(40_000), dueIn: -5),
                        PlanningFixture.item("INV-3", PlanningFixture.cny(200_000), dueIn: 45)],
            promises: PromiseRecord(made: 4, kept: 1, partiallyKept: 2, broken: 1),
            askHistory: PlanningFixture.history(paidPercent: 55),
            excuses: [ExcuseUse(category: .cashFlowTight, date: PlanningFixture.day(-10), outcome: .partlyPaid),
                      ExcuseUse(category: .cashFlowTight, date: PlanningFixture.day(-3)),
                      ExcuseUse(category: .paidOtherSupplier, date: PlanningFixture.day(-40), outcome: .notPaid)],
            lastContactDate: PlanningFixture.day(-3), collector: "li.na")
    }

    @Test func articleCustomerGetsAnAnchoredPlan() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: PlanningFixture.asOf)
        let line = try #require(plan.lines.first)
        #expect(plan.lines.count == 1)
        #expect(line.owed == PlanningFixture.cny(300_000))
        #expect(line.overdue == PlanningFixture.cny(100_000))
        #expect(line.maxDaysOverdue == 20)
        #expect(line.target.amount == PlanningFixture.cny(100_000))
        #expect(line.target.by == PlanningFixture.day(30))
        let request = try #require(line.request)
        #expect(request.amount == PlanningFixture.cny(180_000))
        #expect(request.payBy == PlanningFixture.day(7))
        // No installment concession approved: one installment for the whole ask, covering the oldest receivables first.
        #expect(line.installments.count == 1)
        #expect(line.installments[0].amount == PlanningFixture.cny(180_000))
        #expect(line.installments[0].status == .pending)
        #expect(line.installments[0].receivableIDs == ["INV-1", "INV-2", "INV-3"])
        // fair 7 days, broken promise halves to 4, two partials take 2 off, three recent excuses take 2 off → 1.
        #expect(plan.cadenceDays == 1)
        #expect(plan.contacts.map(\.date) == [PlanningFixture.asOf, PlanningFixture.day(1), PlanningFixture.day(2)])
        #expect(plan.contacts.first?.date == PlanningFixture.asOf)
        #expect(plan.escalation.current == .firmCall)
        #expect(plan.contacts.first?.channel == .call)
        #expect(plan.tactics.map(\.category) == [.cashFlowTight, .paidOtherSupplier])
        #expect(plan.tactics[0].timesUsed == 2)
        #expect(plan.tactics[0].concession == nil)
        #expect(plan.tactics[0].zh.contains("CNY 180,000.00"))
        #expect(!plan.tactics[0].zh.contains("100000"))
        #expect(PlanGuardRails.violations(in: plan, approvedConcessions: []).isEmpty)
    }

    @Test func everyNumberExplainsItselfInBothLanguages() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: PlanningFixture.asOf)
        let line = try #require(plan.lines.first)
        let ask = try #require(line.requestRationale)
        #expect(ask.value(named: "expected") == .money(PlanningFixture.cny(100_000)))
        #expect(ask.value(named: "ratio") == .basisPoints(5_500))
        #expect(ask.zh.contains("55.00%") && ask.en.contains("55.00%"))
        #expect(line.target.rationale.en.contains("CNY 100,000.00"))
        #expect(line.target.rationale.zh.contains("30 天"))
        #expect(plan.cadenceRationale.value(named: "interval") == .days(1))
        #expect(!plan.escalation.rationale.zh.isEmpty && !plan.escalation.rationale.en.isEmpty)
        #expect(line.scheduleRationale?.code == "schedule.single")
        #expect(line.scheduleRationale?.en.contains(PlanningFixture.day(7).description) == true)
    }

    @Test func approvedInstallmentPlanSplitsTheAskExactly() throws {
        let planner = CollectionPlanner(approvedConcessions: [.installmentPlan])
        var facts = articleFacts()
        facts.promises = .none
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        let line = try #require(plan.lines.first)
        #expect(line.installments.map(\.amount) == [PlanningFixture.cny(60_000), PlanningFixture.cny(60_000), PlanningFixture.cny(60_000)])
        #expect(line.installments.map(\.date) == [PlanningFixture.day(7), PlanningFixture.day(12), PlanningFixture.day(17)])
        #expect(line.installments.map(\.receivableIDs) == [["INV-1"], ["INV-2", "INV-3"], ["INV-3"]])
        #expect(line.scheduleRationale?.code == "schedule.installments")
        #expect(line.scheduleRationale?.value(named: "parts") == .count(3))
        #expect(plan.tactics.first?.concession == .installmentPlan)
        #expect(plan.tactics.first?.zh.contains("分期") == true)
    }

    @Test func emptyApprovedListNeverOffersAConcession() throws {
        let plan = try planner.plan(for: articleFacts(), asOf: PlanningFixture.asOf)
        #expect(plan.tactics.allSatisfy { $0.concession == nil })
        #expect(plan.tactics.allSatisfy { !$0.zh.contains("分期") })
        #expect(plan.lines.allSatisfy { $0.installments.count == 1 })
    }

    @Test func customerWhoOwesNothingGetsAnEmptyPlan() throws {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("C-0"),
                                            openItems: [PlanningFixture.item("INV-0", PlanningFixture.cny(0), dueIn: -10)])
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.isEmpty)
        #expect(plan.contacts.isEmpty)
        #expect(plan.tactics.isEmpty)
        #expect(plan.escalation.current == nil)
    }

    @Test func severalCurrenciesGiveOneLineEach() throws {
        let facts = CustomerCollectionFacts(
            customer: PlanningFixture.customer("C-2"),
            openItems: [PlanningFixture.item("A", PlanningFixture.usd(5_000), dueIn: -3), PlanningFixture.item("B", PlanningFixture.cny(20_000), dueIn: -3),
                        PlanningFixture.item("C", PlanningFixture.usd(1_000), dueIn: 10)])
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.lines.map(\.currency) == [.cny, .usd])
        #expect(plan.lines[0].owed == PlanningFixture.cny(20_000))
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(20_000))   // default ask 25,000 capped at owed
        #expect(plan.lines[1].target.amount == PlanningFixture.usd(6_000))
        #expect(plan.lines[1].request?.amount == PlanningFixture.usd(6_000))
        for line in plan.lines { #expect(line.installments.allSatisfy { $0.amount.currency == line.currency }) }
    }

    @Test func everyPromiseBrokenEscalatesAndTightens() throws {
        var facts = articleFacts()
        facts.customer = PlanningFixture.customer("C-3", standing: .poor)
        facts.promises = PromiseRecord(made: 5, broken: 5, lastBrokenDate: PlanningFixture.day(-1))
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.cadenceDays == 1)
        #expect(plan.escalation.current == .creditHold)
        #expect(plan.contacts.first?.channel == .letter)
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(180_000))
    }

    @Test func noHistoryStillGivesAPlan() throws {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("C-4", standing: .unknown),
                                            openItems: [PlanningFixture.item("X", PlanningFixture.cny(100_000), dueIn: -1),
                                                        PlanningFixture.item("Y", PlanningFixture.cny(100_000), dueIn: 90)])
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(130_000))
        #expect(plan.lines[0].requestRationale?.code == "ask.default")
        #expect(plan.cadenceDays == 5)
        #expect(plan.contacts.first?.date == PlanningFixture.asOf)
    }

    @Test func dueDatesFarInThePastAndFuture() throws {
        let ancient = CustomerCollectionFacts(customer: PlanningFixture.customer("C-5"),
                                              openItems: [OpenItem(receivableID: "OLD", outstanding: PlanningFixture.cny(9_000),
                                                                   dueDate: CalendarDate(daysSinceEpoch: -700_000))])
        let plan = try planner.plan(for: ancient, asOf: PlanningFixture.asOf)
        #expect(plan.escalation.current == .legal)
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(9_000))

        let distant = CustomerCollectionFacts(customer: PlanningFixture.customer("C-6"),
                                              openItems: [OpenItem(receivableID: "FAR", outstanding: PlanningFixture.cny(9_000),
                                                                   dueDate: CalendarDate(daysSinceEpoch: .max))])
        let future = try planner.plan(for: distant, asOf: PlanningFixture.asOf)
        #expect(future.lines[0].request == nil)
        #expect(future.lines[0].installments.isEmpty)
        #expect(future.lines[0].target.amount == PlanningFixture.cny(0))
        #expect(future.contacts.first?.purpose == .preDueReminder)
        #expect(future.tactics.isEmpty)
    }

    @Test func notYetDueAmountIsRequestedByItsDueDate() throws {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("C-7", tier: .core),
                                            openItems: [PlanningFixture.item("N", PlanningFixture.cny(50_000), dueIn: 12)])
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(50_000))
        #expect(plan.lines[0].request?.payBy == PlanningFixture.day(12))
        #expect(plan.contacts.map(\.date) == [PlanningFixture.day(9), PlanningFixture.day(13), PlanningFixture.day(20)])
        #expect(plan.contacts.map(\.purpose) == [.preDueReminder, .followUp, .followUp])
        #expect(plan.contacts.map(\.channel) == [.chat, .chat, .chat])
    }

    @Test func openPromiseGetsACheckInOnItsDate() throws {
        var facts = articleFacts()
        facts.customer = PlanningFixture.customer("C-8", standing: .excellent)
        facts.promises = PromiseRecord(openPromiseAmount: PlanningFixture.cny(50_000), openPromiseDate: PlanningFixture.day(4))
        facts.excuses = []
        facts.lastContactDate = PlanningFixture.day(-1)
        let plan = try planner.plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.contacts.first?.date == PlanningFixture.day(4))
        #expect(plan.contacts.first?.purpose == .promiseCheckIn)
    }

    @Test func negativeOutstandingIsATypedError() {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("C-9"),
                                            openItems: [PlanningFixture.item("NEG", PlanningFixture.cny(-5), dueIn: -1)])
        #expect { try planner.plan(for: facts, asOf: PlanningFixture.asOf) } throws: { error in
            let error = error as? CollectKitError
            return error?.kind == .invalidAmount && error?.field == "openItems[NEG].outstanding"
        }
    }

    @Test func overflowingTotalsAreATypedError() {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("C-10"),
                                            openItems: [PlanningFixture.item("A", Money(minorUnits: .max, currency: .cny), dueIn: -1),
                                                        PlanningFixture.item("B", Money(minorUnits: .max, currency: .cny), dueIn: -1)])
        #expect(throws: CollectKitError.self) { try planner.plan(for: facts, asOf: PlanningFixture.asOf) }
    }

    @Test func misbehavingAskPolicyIsClampedToWhatIsOwed() throws {
        struct Greedy: AskPolicy {
            func ask(_ input: AskInput) -> AskDecision {
                AskDecision(amount: Money(minorUnits: input.owed.minorUnits * 10, currency: input.owed.currency),
                            ratioBasisPoints: 1, rationale: Rationale(code: "greedy", zh: "", en: "", inputs: []))
            }
        }
        let planner = CollectionPlanner(askPolicy: Greedy())
        let plan = try planner.plan(for: articleFacts(), asOf: PlanningFixture.asOf)
        #expect(plan.lines[0].request?.amount == PlanningFixture.cny(300_000))
        #expect(plan.lines[0].installments.map(\.amount) == [PlanningFixture.cny(300_000)])
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
        #expect(throws: CollectKitError.self) { try CollectionRequest(amount: PlanningFixture.cny(0), payBy: PlanningFixture.asOf) }
        #expect(throws: CollectKitError.self) { try CollectionRequest(amount: PlanningFixture.cny(-1), payBy: PlanningFixture.asOf) }
    }

    @Test func guardRailsCatchAForeignPlan() {
        struct SloppyPlan: CollectionPlan {
            var customerID: CustomerID = "X"
            var asOf = PlanningFixture.asOf
            var lines: [CollectionPlanLine]
            var cadenceDays = 7
            var contacts: [ScheduledContact] = []
            var cadenceRationale = Rationale(code: "x", zh: "", en: "", inputs: [])
            var escalation = StandardEscalationPolicy().ladder(EscalationInput(daysOverdue: 0, brokenPromises: 0,
                                                                               standing: .good, tier: .regular))
            var tactics: [ExcuseTactic]
        }
        let request = try? CollectionRequest(amount: PlanningFixture.cny(500), payBy: PlanningFixture.asOf)
        let line = CollectionPlanLine(
            currency: .cny, owed: PlanningFixture.cny(100), overdue: PlanningFixture.cny(100), maxDaysOverdue: 3,
            target: CollectionTarget(amount: PlanningFixture.cny(100), by: PlanningFixture.asOf,
                                     rationale: Rationale(code: "t", zh: "", en: "", inputs: [])),
            request: request, requestRationale: nil,
            installments: [Installment(sequence: 1, amount: PlanningFixture.cny(400), date: PlanningFixture.asOf, received: PlanningFixture.cny(0),
                                       receivableIDs: [], asOf: PlanningFixture.asOf)])
        let tactic = ExcuseTactic(category: .cashFlowTight, timesUsed: 1, lastUsed: PlanningFixture.asOf, concession: .lateFeeWaiver,
                                  zh: "我们的考核指标是 {ask}", en: "ok", inputs: [])
        let problems = PlanGuardRails.violations(in: SloppyPlan(lines: [line], tactics: [tactic]), approvedConcessions: [])
        #expect(problems.count == 4)
    }
}

@Suite struct CollectionPlannerExcuseTests {
    @Test func provenDisputesDoNotTightenTheCadence() throws {
        let items = [PlanningFixture.item("Q-1", PlanningFixture.cny(10_000), dueIn: -10)]
        let disputes = [ExcuseUse(category: .productQuality, date: PlanningFixture.day(-5), outcome: .confirmedDispute),
                        ExcuseUse(category: .productQuality, date: PlanningFixture.day(-2), outcome: .confirmedDispute)]
        let excuses = disputes.map { ExcuseUse(category: $0.category, date: $0.date, outcome: .notPaid) }
        let planner = CollectionPlanner()
        let proven = try planner.plan(for: CustomerCollectionFacts(customer: PlanningFixture.customer("Q"), openItems: items,
                                                                  excuses: disputes), asOf: PlanningFixture.asOf)
        let unproven = try planner.plan(for: CustomerCollectionFacts(customer: PlanningFixture.customer("Q"), openItems: items,
                                                                    excuses: excuses), asOf: PlanningFixture.asOf)
        #expect(proven.cadenceDays == 7)
        #expect(unproven.cadenceDays == 5)
        #expect(unproven.tactics.map(\.category) == [.productQuality])
        #expect(unproven.tactics.first?.timesUsed == 2)
    }

    @Test func excusesOutsideTheLookbackAreIgnored() throws {
        let facts = CustomerCollectionFacts(customer: PlanningFixture.customer("O"),
                                            openItems: [PlanningFixture.item("O-1", PlanningFixture.cny(10_000), dueIn: -10)],
                                            excuses: [ExcuseUse(category: .slowSales, date: PlanningFixture.day(-200)),
                                                      ExcuseUse(category: .slowSales, date: PlanningFixture.day(-150))])
        let plan = try CollectionPlanner().plan(for: facts, asOf: PlanningFixture.asOf)
        #expect(plan.tactics.isEmpty)
        #expect(plan.cadenceDays == 7)
    }
}
