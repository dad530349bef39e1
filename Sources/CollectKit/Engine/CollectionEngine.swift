import Foundation

/// The composition root: one tenant's collections, built from a ``CollectionConfiguration``
/// and offering everything a CRM calls — record customers, receivables, payments and
/// promises, assess an excuse, review a message, plan a customer, build the worklist,
/// compute portfolio metrics.
///
/// An actor because a CRM records into one tenant's collections from many request handlers
/// at once. Its state is stored once, in columns laid out for the nightly work (see
/// <doc:PersistingCollections>): recording costs O(1) amortised and never copies what is
/// already recorded. Every accepted change returns a ``JournalEntry`` that the host appends
/// to its own store in the same transaction as its own write; ``snapshot()`` compacts.
/// Text judgements (excuses, messages) touch no state and are `nonisolated`: they never
/// wait for the actor.
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
    private(set) var ledger: CollectionLedger
    private var window: JournalWindow
    private var pluginFailures: [CollectKitError] = []

    /// An engine with no records yet.
    public init(configuration: CollectionConfiguration) {
        self.init(configuration: configuration, ledger: CollectionLedger(policy: configuration.promisePolicy))
    }

    /// An engine restored from `snapshot` (empty when `nil`) followed by the journal
    /// entries after it: how a host resumes a tenant after a restart.
    ///
    /// Entries the snapshot already holds are skipped; the rest must follow on without gaps.
    ///
    /// - Throws: whatever ``replay(_:)`` throws; no engine is made then.
    public init(configuration: CollectionConfiguration, restoring snapshot: CollectionSnapshot?,
                replaying journal: some Sequence<JournalEntry> = [JournalEntry]()) throws(CollectKitError) {
        var ledger = snapshot?.ledger ?? CollectionLedger(policy: configuration.promisePolicy)
        var window = JournalWindow(capacity: configuration.journalWindow)
        _ = try ledger.replay(journal, window: &window)
        self.init(configuration: configuration, ledger: ledger, window: window)
    }

    private init(configuration: CollectionConfiguration, ledger: CollectionLedger, window: JournalWindow? = nil) {
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
        self.ledger = ledger
        self.window = window ?? JournalWindow(capacity: configuration.journalWindow)
    }

    // MARK: Persistence

    /// The sequence number of the last journal entry applied (0 before any).
    public var lastSequence: UInt64 { ledger.sequence }

    /// Everything recorded, as one value to persist for compaction: a host stores it with
    /// its ``CollectionSnapshot/sequence`` and may then drop the journal entries up to that
    /// number.
    ///
    /// - Complexity: O(1): the snapshot shares storage with the engine until the engine next
    ///   records something.
    public func snapshot() -> CollectionSnapshot { CollectionSnapshot(ledger: ledger) }

    /// Applies journal entries another engine (or this one, before a restart) produced.
    ///
    /// Entries at or below ``lastSequence`` are already held and skipped; each further entry
    /// must have the next sequence number. All or nothing: on an error no entry of the call
    /// is applied.
    ///
    /// - Returns: how many entries were applied.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the sequence number of an entry
    ///   out of order or conflicting with the entry held under its number, and the entry's own
    ///   validation error (an unknown customer, say) with its sequence number in `field`.
    @discardableResult
    public func replay(_ entries: some Sequence<JournalEntry>) throws(CollectKitError) -> Int {
        try ledger.replay(entries, window: &window)
    }

    /// Undoes every change after `sequence`, newest first: what a host calls when its own
    /// transaction holding those entries failed.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when `sequence` is ahead of
    ///   ``lastSequence`` or further back than the engine's journal window
    ///   (``CollectionConfiguration/journalWindow``) reaches; nothing changes then, and the
    ///   host restores the engine from its store instead.
    public func rollback(to sequence: UInt64) throws(CollectKitError) {
        guard sequence <= ledger.sequence else {
            throw .invalidArgument(field: "rollback.sequence", value: String(sequence),
                                   reason: "ahead of the last applied entry \(ledger.sequence)")
        }
        let needed = ledger.sequence - sequence
        guard needed <= UInt64(window.count), needed == 0 || (window.firstSequence ?? .max) <= sequence + 1 else {
            throw .invalidArgument(field: "rollback.sequence", value: String(sequence),
                                   reason: "the engine no longer holds the entries after it; restore from the host's store")
        }
        while ledger.sequence > sequence, let (entry, undo) = window.removeLast() {
            ledger.undo(undo)
            ledger.sequence = entry.sequence - 1
        }
    }

    /// Tells the engine the host has durably stored every entry up to `sequence`, so it need
    /// not keep them for ``rollback(to:)`` or ``entries(after:)``.
    public func acknowledge(through sequence: UInt64) { window.drop(through: sequence) }

    /// The entries after `sequence`, oldest first, for a host that collects entries rather
    /// than taking each from the call that made it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when some of them are no longer held.
    public func entries(after sequence: UInt64) throws(CollectKitError) -> [JournalEntry] {
        guard let entries = window.entries(after: sequence, upTo: ledger.sequence) else {
            throw .invalidArgument(field: "entries.after", value: String(sequence),
                                   reason: "the engine no longer holds every entry after it")
        }
        return entries
    }

    // MARK: Recording

    /// Applies one change and journals it.
    private func commit(_ change: CollectionChange) throws(CollectKitError) -> JournalEntry? {
        guard let undo = try ledger.apply(change) else { return nil }
        ledger.sequence += 1
        let entry = JournalEntry(sequence: ledger.sequence, change: change)
        window.append(entry, undo: undo)
        return entry
    }

    /// Adds a customer or updates its terms. The engine keeps a ``CustomerRecord``: the
    /// customer's name and payment decider stay with the host.
    ///
    /// - Returns: the journal entry, or `nil` when nothing changed.
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` for an id that is empty, holds
    ///   control characters or is too long.
    @discardableResult
    public func upsert(_ customer: some Customer) throws(CollectKitError) -> JournalEntry? {
        let record = CustomerRecord(customer)
        try record.customerID.validate()
        return try commit(.customer(record))
    }

    /// Records a receivable of a known customer; the customer's unapplied cash settles it.
    ///
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer,
    ///   ``CollectKitError/Kind/duplicateIdentifier`` for a known id with other content,
    ///   ``CollectKitError/Kind/currencyMismatch`` for a second currency.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func record(_ receivable: Receivable) throws(CollectKitError) -> JournalEntry? {
        try commit(.receivable(receivable))
    }

    /// Records a payment, optionally naming the promise it pays, and applies it to the
    /// customer's receivables (the ones it names, then oldest due first).
    ///
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, receivable
    ///   or promise; ``CollectKitError/Kind/duplicateIdentifier``;
    ///   ``CollectKitError/Kind/currencyMismatch`` for a second currency.
    /// - Complexity: O(k log k) for the customer's k receivables.
    @discardableResult
    public func record(_ payment: Payment, toward promise: PromiseID? = nil) throws(CollectKitError) -> JournalEntry? {
        try commit(.payment(payment, toward: promise))
    }

    /// Records a promise to pay; one whose ``Promise/replaces`` is set renegotiates that
    /// promise. The customer's own words are not kept.
    ///
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer or
    ///   replaced promise, and the promise's own validation errors.
    @discardableResult
    public func record(_ promise: some Promise) throws(CollectKitError) -> JournalEntry? {
        try commit(.promise(try PaymentPromise(promise).withoutCustomerWords))
    }

    /// Replaces an open promise with a renegotiated one.
    ///
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    @discardableResult
    public func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) -> JournalEntry? {
        let promise = try PaymentPromise(replacement)
        guard promise.replaces == nil || promise.replaces == original else {
            throw .invalidArgument(field: "promise[\(promise.id)].replaces", value: promise.replaces?.rawValue ?? "",
                                   reason: "the replacement names another original than \(original)")
        }
        return try commit(.promise(PaymentPromise(uncheckedID: promise.id, customerID: promise.customerID, amount: promise.amount,
                                                  promisedDate: promise.promisedDate, madeOn: promise.madeOn,
                                                  collectorID: promise.collectorID, channel: promise.channel,
                                                  coveredReceivables: promise.coveredReceivables, customerWords: nil,
                                                  evidence: promise.evidence, replaces: original)))
    }

    /// Withdraws a promise from `date` on (the receivable was credited, the dispute upheld).
    ///
    /// - Returns: the journal entry, or `nil` when it was already cancelled that day.
    @discardableResult
    public func cancelPromise(_ id: PromiseID, on date: CalendarDate) throws(CollectKitError) -> JournalEntry? {
        try commit(.promiseCancelled(id, on: date))
    }

    /// Records a contact with a known customer.
    @discardableResult
    public func record(_ contact: ContactRecord) throws(CollectKitError) -> JournalEntry? {
        try commit(.contact(contact))
    }

    /// Records what a request to a known customer brought in.
    @discardableResult
    public func record(_ ask: AskOutcome, for customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.ask(ask, customer: customer))
    }

    /// Records a reason a known customer gave, already classified (see
    /// ``recordExcuse(_:customer:on:)`` to classify text).
    @discardableResult
    public func record(_ excuse: ExcuseUse, for customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.excuse(excuse, customer: customer))
    }

    /// Makes `collector` responsible for `customer`.
    ///
    /// - Returns: the journal entry, or `nil` when that collector was already assigned.
    @discardableResult
    public func assign(_ collector: CollectorID, to customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.assignment(collector, customer: customer))
    }

    /// Notes that a known customer paid another supplier (their cash is contested).
    @discardableResult
    public func notePaymentToOtherSupplier(by customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.paymentToOtherSupplier(customer: customer))
    }

    /// Makes room for a tenant of about this size before a bulk load, so no column is
    /// reallocated while recording (which copies it and faults in fresh memory). A hint: the
    /// engine grows past it as needed.
    public func reserveCapacity(customers: Int = 0, receivables: Int = 0, payments: Int = 0, promises: Int = 0) {
        ledger.reserveCapacity(customers: Swift.max(0, customers), receivables: Swift.max(0, receivables),
                               payments: Swift.max(0, payments), promises: Swift.max(0, promises))
    }

    /// Records many changes as one: all are applied, or on the first error none is.
    ///
    /// The bulk path for loading a CRM's history; it takes the same checks as the single
    /// calls and journals each change.
    ///
    /// - Returns: the journal entries of the changes that changed something, in order.
    /// - Throws: the first change's error, with its position in the batch in `field`.
    @discardableResult
    public func record(contentsOf changes: some Sequence<CollectionChange>) throws(CollectKitError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        var undos: [LedgerUndo] = []
        let startSequence = ledger.sequence
        var position = 0
        do {
            for change in changes {
                let journaled = change.journaled
                if let undo = try ledger.apply(journaled) {
                    ledger.sequence += 1
                    entries.append(JournalEntry(sequence: ledger.sequence, change: journaled))
                    undos.append(undo)
                }
                position += 1
            }
        } catch {
            for undo in undos.reversed() { ledger.undo(undo) }
            ledger.sequence = startSequence
            throw CollectKitError(kind: error.kind, field: "batch[\(position)].\(error.field)", value: error.value, reason: error.reason)
        }
        for (entry, undo) in zip(entries, undos) { window.append(entry, undo: undo) }
        return entries
    }

    /// Errors plugins threw since the engine was built, each naming the plugin; the engine
    /// used the unadjusted result in each case.
    public func pluginDiagnostics() -> [CollectKitError] { pluginFailures }

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

    /// Assesses what `customer` said on `date`, using what the engine knows as context,
    /// and records the excuse so repeated excuses show in plans and the worklist. The words
    /// themselves are not kept: only the category and the day.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    @discardableResult
    public func recordExcuse(_ text: String, customer: CustomerID, on date: CalendarDate) throws(CollectKitError) -> RecordedExcuse {
        let context = try excuseContext(for: customer, asOf: date)
        var assessment = assessmentBeforeAdjusters(text, context: context)
        for plugin in configuration.plugins {
            do { assessment = try plugin.adjust(assessment, context: context) } catch {
                pluginFailures.append(Self.pluginError(plugin, stage: "adjust(assessment)", error))
            }
        }
        var entry: JournalEntry?
        if assessment.category != .notAnExcuse {
            entry = try commit(.excuse(ExcuseUse(category: assessment.category, date: date), customer: customer))
        }
        return RecordedExcuse(assessment: assessment, journalEntry: entry)
    }

    /// The facts the engine holds that an excuse can be weighed against.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public func excuseContext(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> ExcuseContext {
        let slot = try ledger.knownSlot(customer, field: "customerID")
        var scratch = CustomerAllocation()
        let summary = ledger.promiseSummary(slot: slot, customer: customer, asOf: asOf, scratch: &scratch)
        var context = ExcuseContext()
        if summary.made > 0 {
            context.promiseRecord = .init(kept: summary.kept, broken: summary.broken)
        }
        if let last = ledger.lastPayment(ofSlot: slot, asOf: asOf) {
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
    /// - Complexity: O(the customer's records).
    public func plan(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> StandardCollectionPlan {
        let facts = try ledger.facts(for: customer, asOf: asOf)
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
    /// - Complexity: O(the customer's records).
    public func facts(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerCollectionFacts {
        try ledger.facts(for: customer, asOf: asOf)
    }

    /// Today's ranked actions across the portfolio, within each collector's capacity.
    ///
    /// Customers are read straight from the engine's storage in shards, one per core, and
    /// the shards' summaries merged (see ``WorklistSummary``).
    ///
    /// - Complexity: O(customers + their records), on every core.
    public func worklist(asOf: CalendarDate) -> Worklist {
        ledger.extendCustomerOrder()
        return worklistBuilder.build(ledger, asOf: asOf)
    }

    /// Aging, DSO, best possible DSO, average days delinquent, CEI and promise kept rates,
    /// per currency, over ``CollectionConfiguration/metricsPeriodDays``.
    ///
    /// - Complexity: O(receivables) for aging and sales, plus the promises that fell due in
    ///   the period.
    public func metrics(asOf: CalendarDate) -> PortfolioMetrics {
        ledger.extendCustomerOrder()
        return PortfolioMetrics(ledger: ledger, asOf: asOf, periodDays: configuration.metricsPeriodDays,
                         buckets: configuration.agingBuckets)
    }

    // MARK: Events

    /// Evaluates promises and escalation as of `asOf`, journals what it decided, returns
    /// what changed since the last evaluation, and passes each event to every plugin's
    /// observer, in plugin order. The same inputs always give the same events.
    ///
    /// - Complexity: O(promises + payments), plus one facts pass over customers who owe
    ///   something or have promised something.
    @discardableResult
    public func evaluate(asOf: CalendarDate) -> CollectionEvaluation {
        ledger.extendCustomerOrder()
        let previousDay = ledger.lastEvaluatedOn
        var transitions: [PhaseTransition] = []
        var broken: [Int32] = []
        var events = ledger.evaluate(asOf: asOf, transitions: &transitions, broken: &broken).map(CollectionEvent.promise)
        let reached = ledger.escalationLevels(asOf: asOf, broken: broken, policy: configuration.planner.escalationPolicy)
        var escalations: [EscalationTransition] = []
        for (slot, level) in reached {
            let previous = ledger.customerExtras[slot]?.escalation
            guard previous.map({ level > $0 }) ?? true else { continue }
            escalations.append(EscalationTransition(slot: slot, from: previous, to: level))
            ledger.customerExtras[slot, default: CustomerExtras()].escalation = level
        }
        // Read through one local copy: each read of the actor's property would copy the
        // ledger value (a retain per column) for every promise named.
        let ledger = self.ledger
        for escalation in escalations {
            events.append(.escalationReached(customer: ledger.customerID(ofSlot: escalation.slot), level: escalation.to, asOf: asOf))
        }
        var entry: JournalEntry?
        if !transitions.isEmpty || !escalations.isEmpty || previousDay != asOf {
            let record = EvaluationRecord(
                asOf: asOf,
                phases: transitions.map { PromisePhaseChange(promiseID: ledger.promiseID(at: Int($0.position)), phase: $0.to) },
                escalations: escalations.map { EscalationChange(customerID: ledger.customerID(ofSlot: $0.slot), level: $0.to) })
            self.ledger.sequence += 1
            let journaled = JournalEntry(sequence: self.ledger.sequence, change: .evaluation(record))
            window.append(journaled, undo: .evaluation(previousDay: previousDay, transitions: transitions, escalations: escalations))
            entry = journaled
        }
        for event in events {
            for plugin in configuration.plugins { plugin.observe(event) }
        }
        return CollectionEvaluation(events: events, journalEntry: entry)
    }

    private static func pluginError(_ plugin: any CollectionPlugin, stage: String, _ error: CollectKitError) -> CollectKitError {
        CollectKitError(kind: error.kind, field: "plugin[\(plugin.name)].\(stage)", value: error.value,
                        reason: "\(error.field): \(error.reason)")
    }

    static func staysWithinOwed(_ plan: StandardCollectionPlan, facts: CustomerCollectionFacts) -> Bool {
        var owed: [Currency: Int64] = [:]
        for item in facts.openItems { owed[item.outstanding.currency, default: 0] += item.outstanding.minorUnits }
        return plan.lines.allSatisfy { line in
            guard let request = line.request else { return true }
            return request.amount.minorUnits <= (owed[request.amount.currency] ?? 0)
        }
    }
}
