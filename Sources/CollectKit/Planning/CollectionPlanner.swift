/// Makes a ``StandardCollectionPlan`` for one customer as of a date, from plain
/// ``CustomerCollectionFacts`` and a set of policies.
///
/// How the numbers are made, per currency the customer owes in:
/// - **target**: what is overdue plus what falls due within ``horizonDays`` (default 30),
///   by the end of the horizon;
/// - **ask**: the ``AskPolicy``'s anchored figure (expected ÷ paid-to-asked ratio), clamped
///   to what is owed; no request when nothing is due within the horizon;
/// - **pay-by**: ``payWithinDays`` (default 7) from today when something is overdue,
///   otherwise the earliest due date within the horizon;
/// - **installments**: one, unless ``Concession/installmentPlan`` is approved and the
///   customer recently cited tight cash or unpaid downstream customers: then up to
///   ``maxInstallments`` (default 3), one cadence interval apart, summing exactly to the ask.
///
/// A customer who owes nothing gets an empty plan (``CollectionPlan/isEmpty``), not an error.
///
/// - Complexity: O(n log n) in the customer's open items and excuses; no text is rendered
///   while planning (rationales render when read).
public struct CollectionPlanner: Sendable {
    /// Decides the ask.
    public var askPolicy: any AskPolicy
    /// Decides follow-up cadence.
    public var cadencePolicy: any CadencePolicy
    /// Decides the escalation ladder.
    public var escalationPolicy: any EscalationPolicy
    /// Talking points per excuse category.
    public var tacticBook: ExcuseTacticBook
    /// The concessions collectors may offer; empty offers none.
    public var approvedConcessions: Set<Concession>
    /// Days ahead whose due amounts count toward the target.
    public var horizonDays: Int
    /// Days from today by which an overdue amount is requested.
    public var payWithinDays: Int
    /// Days back in which excuses count as recent.
    public var excuseLookbackDays: Int
    /// The most installments a request is split into.
    public var maxInstallments: Int
    /// How many upcoming contacts a plan lists.
    public var contactsAhead: Int

    /// Creates a planner; every parameter has the documented default.
    public init(askPolicy: any AskPolicy = StandardAskPolicy(),
                cadencePolicy: any CadencePolicy = StandardCadencePolicy(),
                escalationPolicy: any EscalationPolicy = StandardEscalationPolicy(),
                tacticBook: ExcuseTacticBook = .standard,
                approvedConcessions: Set<Concession> = [],
                horizonDays: Int = 30, payWithinDays: Int = 7, excuseLookbackDays: Int = 90,
                maxInstallments: Int = 3, contactsAhead: Int = 3) {
        self.askPolicy = askPolicy
        self.cadencePolicy = cadencePolicy
        self.escalationPolicy = escalationPolicy
        self.tacticBook = tacticBook
        self.approvedConcessions = approvedConcessions
        self.horizonDays = Swift.max(0, horizonDays)
        self.payWithinDays = Swift.max(0, payWithinDays)
        self.excuseLookbackDays = Swift.max(0, excuseLookbackDays)
        self.maxInstallments = Swift.max(1, maxInstallments)
        self.contactsAhead = Swift.max(1, contactsAhead)
    }

    /// The plan for `facts`' customer as of `asOf`.
    ///
    /// - Parameters:
    ///   - facts: What is known about the customer, from an engine or straight from a CRM.
    ///   - asOf: The day to plan from; items due before it are overdue.
    /// - Returns: The plan, with one line per currency owed; empty for a customer who owes
    ///   nothing.
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for a negative outstanding amount
    ///   (naming the receivable), ``CollectKitError/Kind/overflow`` when a customer's totals
    ///   do not fit in 64 bits, ``CollectKitError/Kind/guardRailViolation`` if a custom policy
    ///   produced a plan that breaks a guard rail.
    /// - Complexity: O(n log n) in the customer's open items and excuses.
    public func plan(for facts: CustomerCollectionFacts, asOf: CalendarDate) throws(CollectKitError) -> StandardCollectionPlan {
        let situation = try assess(facts, asOf: asOf)
        let escalationInput = situation.escalationInput(facts)
        let ladder = escalationPolicy.ladder(escalationInput)
        let cadence = situation.cadence
        guard !situation.exposures.isEmpty else {
            return StandardCollectionPlan(customerID: facts.customerID, asOf: asOf, lines: [], cadenceDays: cadence.intervalDays,
                                          contacts: [], cadenceRationale: cadence.rationale, escalation: ladder, tactics: [])
        }

        let usesInstallments = approvedConcessions.contains(.installmentPlan) && maxInstallments > 1
            && facts.excuses.contains { excuse in
                (excuse.category == .cashFlowTight || excuse.category == .downstreamArrears) && isRecent(excuse.date, asOf: asOf)
            }
        var lines: [CollectionPlanLine] = []
        lines.reserveCapacity(situation.exposures.count)
        for exposure in situation.exposures {
            let figures = try requestFigures(for: exposure, facts: facts, ratio: situation.ratioBasisPoints, asOf: asOf)
            var installments: [Installment] = []
            if let request = figures.request {
                installments = schedule(request, exposure: exposure, facts: facts, parts: usesInstallments ? maxInstallments : 1,
                                        interval: cadence.intervalDays, latest: asOf.adding(days: horizonDays), asOf: asOf)
            }
            lines.append(CollectionPlanLine(
                currency: exposure.currency, owed: Money(minorUnits: exposure.owed, currency: exposure.currency),
                overdue: Money(minorUnits: exposure.overdue, currency: exposure.currency),
                maxDaysOverdue: exposure.maxDaysOverdue, target: target(of: exposure, asOf: asOf), request: figures.request,
                requestRationale: figures.request == nil ? nil : figures.decision.rationale, installments: installments,
                scheduleRationale: figures.request.map { scheduleRationale($0, parts: installments.count,
                                                                          interval: cadence.intervalDays,
                                                                          split: usesInstallments) }))
        }

        let level = ladder.current
        var contacts: [ScheduledContact] = []
        contacts.reserveCapacity(contactsAhead)
        // After a pre-due reminder, the next contact is the day after the due date (chasing
        // if unpaid); otherwise contacts repeat at the cadence.
        let followUpStart = cadence.purpose == .preDueReminder
            ? Swift.max(cadence.nextContact.adding(days: 1), (situation.nextDueDate ?? cadence.nextContact).adding(days: 1))
            : cadence.nextContact.adding(days: cadence.intervalDays)
        for index in 0..<contactsAhead {
            let date = index == 0 ? cadence.nextContact : followUpStart.adding(days: (index - 1) * cadence.intervalDays)
            let purpose: ContactPurpose = index == 0 ? cadence.purpose : .followUp
            let channel = purpose == .preDueReminder ? ContactChannel.chat : (level?.channel ?? .chat)
            let intensity = purpose == .preDueReminder ? ContactIntensity.reminder : (level?.intensity ?? .reminder)
            contacts.append(ScheduledContact(date: date, channel: channel, intensity: intensity, purpose: purpose))
        }

        let plan = StandardCollectionPlan(customerID: facts.customerID, asOf: asOf, lines: lines,
                                          cadenceDays: cadence.intervalDays, contacts: contacts,
                                          cadenceRationale: cadence.rationale, escalation: ladder,
                                          tactics: tactics(for: facts, lines: lines, asOf: asOf))
        try checkStructure(plan)
        return plan
    }

    // MARK: - Shared with the worklist

    /// One currency's exposure, in minor units.
    struct Exposure {
        var currency: Currency
        var owed: Int64 = 0
        var overdue: Int64 = 0
        var dueInHorizon: Int64 = 0
        var maxDaysOverdue = 0
        var earliestUpcomingInHorizon: CalendarDate?
        var earliestUpcoming: CalendarDate?
    }

    /// What the plan and the worklist both need, computed once without rendering text.
    struct Situation {
        var exposures: [Exposure]
        var ratioBasisPoints: Int?
        var recentExcuses: Int
        var hasOverdue: Bool
        var maxDaysOverdue: Int
        var nextDueDate: CalendarDate?
        var cadence: CadenceDecision

        func escalationInput(_ facts: CustomerCollectionFacts) -> EscalationInput {
            EscalationInput(daysOverdue: maxDaysOverdue, brokenPromises: facts.promises.broken,
                            standing: facts.customer.creditStanding, tier: facts.customer.relationshipTier)
        }
    }

    func isRecent(_ date: CalendarDate, asOf: CalendarDate) -> Bool {
        date <= asOf && date.days(until: asOf) <= excuseLookbackDays
    }

    func assess(_ facts: CustomerCollectionFacts, asOf: CalendarDate) throws(CollectKitError) -> Situation {
        let horizonEnd = asOf.adding(days: horizonDays)
        var exposures: [Exposure] = []
        // Read items in place: copying each one would retain its strings for nothing.
        try facts.openItems.withUnsafeBufferPointer { (items) throws(CollectKitError) in
            for position in items.indices {
                let amount = items[position].outstanding.minorUnits
                guard amount >= 0 else {
                    throw .invalidAmount(field: "openItems[\(items[position].receivableID)].outstanding", value: String(amount),
                                         reason: "an outstanding amount cannot be negative; record credits as payments")
                }
                guard amount > 0 else { continue }
                let dueDate = items[position].dueDate
                var index = 0
                while index < exposures.count, exposures[index].currency != items[position].outstanding.currency { index += 1 }
                if index == exposures.count { exposures.append(Exposure(currency: items[position].outstanding.currency)) }
                let (owed, overflow) = exposures[index].owed.addingReportingOverflow(amount)
                guard !overflow else {
                    throw .overflow(field: "openItems[\(items[position].receivableID)].outstanding", value: String(amount))
                }
                exposures[index].owed = owed
                if dueDate < asOf {
                    exposures[index].overdue += amount
                    exposures[index].dueInHorizon += amount
                    exposures[index].maxDaysOverdue = Swift.max(exposures[index].maxDaysOverdue, dueDate.days(until: asOf))
                } else {
                    if dueDate <= horizonEnd {
                        exposures[index].dueInHorizon += amount
                        if exposures[index].earliestUpcomingInHorizon.map({ dueDate < $0 }) ?? true {
                            exposures[index].earliestUpcomingInHorizon = dueDate
                        }
                    }
                    if exposures[index].earliestUpcoming.map({ dueDate < $0 }) ?? true {
                        exposures[index].earliestUpcoming = dueDate
                    }
                }
            }
        }
        if exposures.count > 1 { exposures.sort { $0.currency.code < $1.currency.code } }
        var recent = 0
        // A reason that proved to be a real dispute is not held against the customer's cadence.
        for excuse in facts.excuses where isRecent(excuse.date, asOf: asOf) && excuse.category != .notAnExcuse
            && excuse.outcome != .confirmedDispute { recent += 1 }
        var hasOverdue = false
        var maxDays = 0
        var nextDue: CalendarDate?
        for exposure in exposures {
            if exposure.overdue > 0 { hasOverdue = true }
            maxDays = Swift.max(maxDays, exposure.maxDaysOverdue)
            if let due = exposure.earliestUpcoming, nextDue.map({ due < $0 }) ?? true { nextDue = due }
        }
        var cadence = cadencePolicy.cadence(CadenceInput(
            asOf: asOf, standing: facts.customer.creditStanding, promises: facts.promises, recentExcuses: recent,
            lastContactDate: facts.lastContactDate, hasOverdue: hasOverdue, nextDueDate: nextDue,
            attributes: facts.customer.attributes))
        // The protocol's guarantees, enforced whatever the policy did.
        cadence.intervalDays = Swift.max(1, cadence.intervalDays)
        if cadence.nextContact < asOf { cadence.nextContact = asOf }
        if let promised = facts.promises.openPromiseDate {
            let checkIn = Swift.max(promised, asOf)
            if checkIn < cadence.nextContact {
                cadence.nextContact = checkIn
                cadence.purpose = .promiseCheckIn
            }
        }
        return Situation(exposures: exposures, ratioBasisPoints: facts.askHistory.paidToAskedBasisPoints,
                         recentExcuses: recent, hasOverdue: hasOverdue, maxDaysOverdue: maxDays, nextDueDate: nextDue,
                         cadence: cadence)
    }

    struct RequestFigures {
        var decision: AskDecision
        var request: CollectionRequest?
    }

    /// The target of one currency: overdue plus what falls due within the horizon.
    func target(of exposure: Exposure, asOf: CalendarDate) -> CollectionTarget {
        let currency = exposure.currency
        let expected = Money(minorUnits: exposure.dueInHorizon, currency: currency)
        let horizonEnd = asOf.adding(days: horizonDays)
        return CollectionTarget(
            amount: expected, by: horizonEnd,
            rationale: Rationale(code: "target.due_within_horizon",
                                 zh: "逾期 {overdue} 加上 {horizon} 天内到期的款项,预期在 {by} 前收回 {expected}。",
                                 en: "Overdue {overdue} plus what falls due within {horizon} days: expect {expected} by {by}.",
                                 inputs: [RationaleInput("overdue", .money(Money(minorUnits: exposure.overdue, currency: currency))),
                                          RationaleInput("horizon", .days(horizonDays)),
                                          RationaleInput("expected", .money(expected)),
                                          RationaleInput("by", .date(horizonEnd))]))
    }

    /// The ask and the request of one currency (no request when nothing is due within the horizon).
    func requestFigures(for exposure: Exposure, facts: CustomerCollectionFacts, ratio: Int?,
                        asOf: CalendarDate) throws(CollectKitError) -> RequestFigures {
        let currency = exposure.currency
        let expected = Money(minorUnits: exposure.dueInHorizon, currency: currency)
        let owed = Money(minorUnits: exposure.owed, currency: currency)
        var decision = askPolicy.ask(AskInput(expected: expected, owed: owed, paidToAskedBasisPoints: ratio,
                                              tier: facts.customer.relationshipTier, asOf: asOf,
                                              attributes: facts.customer.attributes))
        // Never more than owed, whatever the policy said; a foreign-currency answer is ignored.
        if decision.amount.currency != currency {
            decision.amount = Money(minorUnits: Swift.min(exposure.dueInHorizon, exposure.owed), currency: currency)
        } else if decision.amount.minorUnits > exposure.owed {
            decision.amount = owed
        }
        guard exposure.dueInHorizon > 0, decision.amount.isPositive else {
            return RequestFigures(decision: decision, request: nil)
        }
        let payBy: CalendarDate
        if exposure.overdue > 0 {
            payBy = asOf.adding(days: payWithinDays)
        } else {
            payBy = Swift.max(asOf, exposure.earliestUpcomingInHorizon ?? asOf.adding(days: payWithinDays))
        }
        return RequestFigures(decision: decision,
                              request: try CollectionRequest(amount: decision.amount, payBy: payBy))
    }

    // MARK: - Plan parts

    private func schedule(_ request: CollectionRequest, exposure: Exposure, facts: CustomerCollectionFacts, parts: Int,
                          interval: Int, latest: CalendarDate, asOf: CalendarDate) -> [Installment] {
        let currency = request.amount.currency
        let total = request.amount.minorUnits
        let granularity = SpeakableAmount.step(forMinorUnits: total / Int64(Swift.max(1, parts)), currency: currency)
        let shares = InstallmentSplitter.split(total: total, parts: parts, granularity: granularity)
        var items = facts.openItems.filter { $0.outstanding.currency == currency && $0.outstanding.isPositive }
        items.sort { ($0.dueDate, $0.receivableID) < ($1.dueDate, $1.receivableID) }
        var itemIndex = 0
        var leftOnItem = items.first?.outstanding.minorUnits ?? 0
        var installments: [Installment] = []
        installments.reserveCapacity(shares.count)
        for (index, share) in shares.enumerated() {
            var ids: [ReceivableID] = []
            var need = share
            while need > 0, itemIndex < items.count {
                if ids.last != items[itemIndex].receivableID { ids.append(items[itemIndex].receivableID) }
                let take = Swift.min(need, leftOnItem)
                need -= take
                leftOnItem -= take
                if leftOnItem == 0 {
                    itemIndex += 1
                    leftOnItem = itemIndex < items.count ? items[itemIndex].outstanding.minorUnits : 0
                }
            }
            var date = request.payBy.adding(days: index * interval)
            if index > 0, date > latest { date = Swift.max(latest, request.payBy) }
            installments.append(Installment(sequence: index + 1, amount: Money(minorUnits: share, currency: currency),
                                            date: date, received: .zero(currency), receivableIDs: ids, asOf: asOf))
        }
        return installments
    }

    private func scheduleRationale(_ request: CollectionRequest, parts: Int, interval: Int, split: Bool) -> Rationale {
        let inputs = [RationaleInput("parts", .count(parts)), RationaleInput("payBy", .date(request.payBy)),
                      RationaleInput("interval", .days(interval)), RationaleInput("payWithin", .days(payWithinDays))]
        if split {
            return Rationale(code: "schedule.installments",
                             zh: "已批准分期回款且客户近期称资金紧张或下游欠款:分 {parts} 期,首期 {payBy},每期间隔 {interval} 天(跟进间隔),不晚于目标日期。",
                             en: "Installments are approved and the customer recently cited tight cash or unpaid customers: {parts} installments from {payBy}, {interval} days apart (the cadence), none after the target date.",
                             inputs: inputs)
        }
        return Rationale(code: "schedule.single",
                         zh: "一次性回款:{payBy} 前付清(逾期款 {payWithin} 天内,未到期款按到期日);未批准分期或客户未提出资金困难。",
                         en: "One payment by {payBy} (overdue amounts within {payWithin} days, others by their due date); installments are not approved or not called for.",
                         inputs: inputs)
    }

    private func tactics(for facts: CustomerCollectionFacts, lines: [CollectionPlanLine], asOf: CalendarDate) -> [ExcuseTactic] {
        let requests = lines.compactMap(\.request)
        guard !requests.isEmpty, !facts.excuses.isEmpty else { return [] }
        var usage: [ExcuseCategory: (count: Int, last: CalendarDate)] = [:]
        for excuse in facts.excuses where isRecent(excuse.date, asOf: asOf) && excuse.category != .notAnExcuse {
            let previous = usage[excuse.category]
            usage[excuse.category] = ((previous?.count ?? 0) + 1, Swift.max(previous?.last ?? excuse.date, excuse.date))
        }
        guard !usage.isEmpty else { return [] }
        let askValue: RationaleValue = requests.count == 1
            ? .money(requests[0].amount)
            : .label(requests.map { MoneyText.plain($0.amount) }.joined(separator: " + "))
        let payBy = requests.map(\.payBy).min() ?? asOf
        let inputs = [RationaleInput("ask", askValue), RationaleInput("payBy", .date(payBy))]
        var result: [ExcuseTactic] = []
        for (category, use) in usage {
            guard let entry = tacticBook.entry(for: category) else { continue }
            let offered = entry.concession.flatMap { approvedConcessions.contains($0) ? $0 : nil }
            result.append(ExcuseTactic(category: category, timesUsed: use.count, lastUsed: use.last, concession: offered,
                                       zh: offered == nil ? entry.zh : entry.zh + entry.concessionZh,
                                       en: offered == nil ? entry.en : entry.en + entry.concessionEn, inputs: inputs))
        }
        result.sort { ($0.timesUsed, $1.category) > ($1.timesUsed, $0.category) }
        return result
    }

    /// The structural guard rails, checked without rendering any text.
    private func checkStructure(_ plan: StandardCollectionPlan) throws(CollectKitError) {
        for line in plan.lines {
            guard let request = line.request else { continue }
            var sum: Int64 = 0
            for installment in line.installments { sum &+= installment.amount.minorUnits }
            guard request.amount.minorUnits <= line.owed.minorUnits, sum == request.amount.minorUnits else {
                throw .guardRailViolation(field: "plan[\(plan.customerID)].lines[\(line.currency)]",
                                          value: String(request.amount.minorUnits),
                                          reason: "a request must not exceed what is owed and its installments must sum to it")
            }
        }
        for tactic in plan.tactics {
            if let concession = tactic.concession, !approvedConcessions.contains(concession) {
                throw .guardRailViolation(field: "plan[\(plan.customerID)].tactics[\(tactic.category)]",
                                          value: concession.rawValue, reason: "the concession is not approved")
            }
        }
    }
}
