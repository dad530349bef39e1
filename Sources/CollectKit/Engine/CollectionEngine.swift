import Foundation

/// The composition root: one tenant's collections, built from a ``CollectionConfiguration``
/// and offering everything a CRM calls — record promises and payments, assess an excuse,
/// review a message, plan a customer, build the worklist, compute portfolio metrics.
///
/// An actor because a CRM records into one tenant's portfolio from many request handlers at
/// once. The state is a ``CollectionPortfolio`` value: take a ``snapshot()`` to persist it and
/// pass it back to ``init(configuration:portfolio:)`` to resume. Text judgements (excuses,
/// messages) touch no state and are `nonisolated`: they never wait for the actor.
///
/// Two engines with different configurations run side by side in one process without
/// sharing anything.
public actor CollectionEngine {
    /// The configuration this engine was built from.
    public nonisolated let configuration: CollectionConfiguration
    /// Problems found while composing the plugins (a category defined twice, say), each
    /// naming the plugin. The engine works without the offending contribution.
    public nonisolated let compositionDiagnostics: [CollectKitError]

    private nonisolated let classifier: (any ExcuseClassifier)?
    private nonisolated let reviewer: any MessageReviewer
    private nonisolated let plugins: PluginComposition
    private nonisolated let worklistBuilder: WorklistBuilder
    private var portfolio: CollectionPortfolio
    private var pluginFailures: [CollectKitError] = []

    /// An engine over `portfolio` (empty by default) configured by `configuration`.
    public init(configuration: CollectionConfiguration, portfolio: CollectionPortfolio? = nil) {
        self.configuration = configuration
        let composition = PluginComposition(plugins: configuration.plugins)
        self.plugins = composition
        var diagnostics = composition.diagnostics
        if let classifier = configuration.excuseClassifier {
            self.classifier = classifier
        } else {
            self.classifier = EnsembleExcuseClassifier.standard
            if EnsembleExcuseClassifier.standard == nil {
                diagnostics.append(CollectKitError(kind: .invalidData, field: "excuseClassifier", value: "bundled",
                                                   reason: "the bundled lexicons or model are missing; excuses assess as not_an_excuse"))
            }
        }
        if let reviewer = configuration.messageReviewer {
            self.reviewer = reviewer
        } else {
            do {
                self.reviewer = try StandardMessageReviewer(additionalPhrases: composition.reviewPhrases)
            } catch {
                // Without the bundled phrases the plugins' phrases still apply.
                self.reviewer = StandardMessageReviewer(lexicon: MessageReviewLexicon(phrases: []),
                                                        additionalPhrases: composition.reviewPhrases)
                diagnostics.append(error)
            }
        }
        self.compositionDiagnostics = diagnostics
        var worklist = configuration.worklist
        worklist.planner = configuration.planner
        self.worklistBuilder = WorklistBuilder(configuration: worklist)
        self.portfolio = portfolio ?? CollectionPortfolio(promisePolicy: configuration.promisePolicy)
    }

    /// The portfolio as it stands, to persist.
    public func snapshot() -> CollectionPortfolio { portfolio }

    /// Errors plugins threw since the engine was built, each naming the plugin; the engine
    /// used the unadjusted result in each case.
    public func pluginDiagnostics() -> [CollectKitError] { pluginFailures }

    // MARK: Recording

    /// Adds or updates a customer.
    public func upsert(_ customer: some Customer) { portfolio.upsert(customer) }

    /// Records a receivable. See ``CollectionPortfolio/record(_:)-(Receivable)``.
    public func record(_ receivable: Receivable) throws(CollectKitError) { try portfolio.record(receivable) }

    /// Records a payment. See ``CollectionPortfolio/record(_:)-(Payment)``.
    public func record(_ payment: Payment) throws(CollectKitError) { try portfolio.record(payment) }

    /// Records a promise to pay.
    public func record(_ promise: some Promise) throws(CollectKitError) { try portfolio.record(promise) }

    /// Replaces an open promise with a renegotiated one.
    public func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) {
        try portfolio.renegotiate(original, with: replacement)
    }

    /// Records a contact with a customer.
    public func record(_ contact: ContactRecord) throws(CollectKitError) { try portfolio.record(contact) }

    /// Records what a request brought in.
    public func record(_ ask: AskOutcome, for customer: CustomerID) throws(CollectKitError) {
        try portfolio.record(ask, for: customer)
    }

    /// Makes `collector` responsible for `customer`.
    public func assign(_ collector: CollectorID, to customer: CustomerID) throws(CollectKitError) {
        try portfolio.assign(collector, to: customer)
    }

    // MARK: Excuses

    /// Names the excuse in `text` and weighs it against `context`, with plugin categories
    /// and adjusters applied. Never fails: unreadable text is not an excuse.
    public nonisolated func assessExcuse(_ text: String, context: ExcuseContext = ExcuseContext()) -> ExcuseAssessment {
        var assessment = classifier?.assess(text, context: context)
            ?? ExcuseAssessment(ranking: [], evidence: [], negatedCategories: [], context: context)
        assessment = applyPluginCategories(to: assessment, text: text, context: context)
        for plugin in configuration.plugins {
            // A failing plugin leaves the assessment as it was (reported by recordExcuse).
            if let adjusted = try? plugin.adjust(assessment, context: context) { assessment = adjusted }
        }
        return assessment
    }

    /// Assesses what `customer` said on `date`, using what the portfolio knows as context,
    /// and records the excuse so repeated excuses show in plans and the worklist.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public func recordExcuse(_ text: String, customer: CustomerID, on date: CalendarDate) throws(CollectKitError) -> ExcuseAssessment {
        let context = excuseContext(for: customer, asOf: date)
        var assessment = assessmentBeforeAdjusters(text, context: context)
        for plugin in configuration.plugins {
            do { assessment = try plugin.adjust(assessment, context: context) } catch {
                pluginFailures.append(Self.pluginError(plugin, stage: "adjust(assessment)", error))
            }
        }
        if assessment.category != .notAnExcuse {
            try portfolio.record(ExcuseUse(category: assessment.category, date: date), for: customer)
        }
        return assessment
    }

    /// The facts the portfolio holds that an excuse can be weighed against.
    public func excuseContext(for customer: CustomerID, asOf: CalendarDate) -> ExcuseContext {
        let summary = portfolio.promiseSummary(for: customer, asOf: asOf)
        var context = ExcuseContext()
        if summary.made > 0 {
            context.promiseRecord = .init(kept: summary.kept, broken: summary.broken)
        }
        if let last = portfolio.receivables.payments.filter({ $0.customerID == customer && $0.date <= asOf })
            .max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            context.lastPaymentToUs = .init(amount: last.amount, daysAgo: last.date.days(until: asOf))
        }
        return context
    }

    private nonisolated func assessmentBeforeAdjusters(_ text: String, context: ExcuseContext) -> ExcuseAssessment {
        let assessment = classifier?.assess(text, context: context)
            ?? ExcuseAssessment(ranking: [], evidence: [], negatedCategories: [], context: context)
        return applyPluginCategories(to: assessment, text: text, context: context)
    }

    /// Lets a plugin-defined category win when its own terms match clearly (confidence at
    /// least 0.5): the host added it because it is more specific than the built-in one it
    /// would otherwise fall under (waiting for project payment is a kind of downstream
    /// arrears). It is answered with the plugin's talking points.
    private nonisolated func applyPluginCategories(to assessment: ExcuseAssessment, text: String,
                                                   context: ExcuseContext) -> ExcuseAssessment {
        guard let lexicon = plugins.categoryLexicon else { return assessment }
        let found = lexicon.assess(text, context: context)
        guard let definition = plugins.definitions[found.category],
              found.confidence >= 0.5
        else { return assessment }
        var ranking = [found.ranking[0]]
        ranking += assessment.ranking.filter { $0.category != found.category }.map {
            .init(category: $0.category, confidence: min($0.confidence, found.confidence * 0.99))
        }
        let merged = ExcuseAssessment(ranking: ranking, evidence: found.evidence + assessment.evidence,
                                      negatedCategories: assessment.negatedCategories, context: context)
        return merged.replacingCounsel(talkingPointsChinese: definition.talkingPointsChinese,
                                       talkingPointsEnglish: definition.talkingPointsEnglish,
                                       verifyNextChinese: definition.verifyNextChinese,
                                       verifyNextEnglish: definition.verifyNextEnglish)
    }

    // MARK: Messages

    /// Reviews a collector's draft for the weak tactics that lose money.
    public nonisolated func review(_ draft: String, context: MessageContext? = nil) -> MessageReview {
        reviewer.review(draft, context: context)
    }

    // MARK: Plans, worklist, metrics

    /// The collection plan for one customer as of `asOf`, with plugin adjusters applied.
    /// An adjustment that throws or breaks a guard rail is discarded and recorded.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and the
    ///   planner's errors.
    public func plan(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> StandardCollectionPlan {
        let facts = try portfolio.facts(for: customer, asOf: asOf)
        var plan = try configuration.planner.plan(for: facts, asOf: asOf)
        for plugin in configuration.plugins {
            do {
                let adjusted = try plugin.adjust(plan, facts: facts)
                let violations = PlanGuardRails.violations(in: adjusted, approvedConcessions: configuration.approvedConcessions)
                guard violations.isEmpty, adjusted.customerID == plan.customerID, Self.staysWithinOwed(adjusted, facts: facts) else {
                    pluginFailures.append(CollectKitError(kind: .guardRailViolation, field: "plugin[\(plugin.name)].adjust(plan)",
                                                          value: customer.rawValue,
                                                          reason: "the adjusted plan breaks a guard rail and was discarded"))
                    continue
                }
                plan = adjusted
            } catch {
                pluginFailures.append(Self.pluginError(plugin, stage: "adjust(plan)", error))
            }
        }
        return plan
    }

    /// The facts the planner sees for one customer.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public func facts(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerCollectionFacts {
        try portfolio.facts(for: customer, asOf: asOf)
    }

    /// Today's ranked actions across the portfolio, within each collector's capacity.
    public func worklist(asOf: CalendarDate) -> Worklist {
        worklistBuilder.build(portfolio.allFacts(asOf: asOf), asOf: asOf)
    }

    /// Aging, DSO, best possible DSO, average days delinquent, CEI and promise kept rates,
    /// per currency, over ``CollectionConfiguration/metricsPeriodDays``.
    public func metrics(asOf: CalendarDate) -> PortfolioMetrics {
        PortfolioMetrics(portfolio: portfolio, asOf: asOf, periodDays: configuration.metricsPeriodDays,
                         buckets: configuration.agingBuckets)
    }

    // MARK: Events

    /// Evaluates promises and escalation as of `asOf`, returns what changed since the last
    /// evaluation, and passes each event to every plugin's observer, in plugin order.
    /// The same inputs always give the same events.
    public func evaluate(asOf: CalendarDate) -> [CollectionEvent] {
        var promises = portfolio.promises
        var events = promises.evaluate(asOf: asOf).map(CollectionEvent.promise)
        portfolio.promises = promises
        for facts in portfolio.allFacts(asOf: asOf) {
            guard let plan = try? configuration.planner.plan(for: facts, asOf: asOf),
                  let level = plan.escalation.current else { continue }
            if portfolio.escalations[facts.customerID].map({ level > $0 }) ?? true {
                portfolio.escalations[facts.customerID] = level
                events.append(.escalationReached(customer: facts.customerID, level: level, asOf: asOf))
            }
        }
        for event in events {
            for plugin in configuration.plugins { plugin.observe(event) }
        }
        return events
    }

    private static func pluginError(_ plugin: any CollectionPlugin, stage: String, _ error: CollectKitError) -> CollectKitError {
        CollectKitError(kind: error.kind, field: "plugin[\(plugin.name)].\(stage)", value: error.value,
                        reason: "\(error.field): \(error.reason)")
    }

    private static func staysWithinOwed(_ plan: StandardCollectionPlan, facts: CustomerCollectionFacts) -> Bool {
        var owed: [Currency: Int64] = [:]
        for item in facts.openItems { owed[item.outstanding.currency, default: 0] += item.outstanding.minorUnits }
        return plan.lines.allSatisfy { line in
            guard let request = line.request else { return true }
            return request.amount.minorUnits <= (owed[request.amount.currency] ?? 0)
        }
    }
}
