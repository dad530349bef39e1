import Foundation

/// The composition root: one tenant's collections, built from a ``CollectionConfiguration``
/// and offering everything a CRM calls — record customers, receivables, payments and
/// promises, assess an excuse, review a message, plan a customer, build the worklist,
/// compute portfolio metrics.
///
/// An actor because a CRM records into one tenant's collections from many request handlers
/// at once. Its state is stored once, in columns laid out for the nightly work (see
/// <doc:IntegratingIntoACRM#Persisting-collections>): recording costs O(1) amortised and never copies what is
/// already recorded. Every accepted change returns a ``JournalEntry`` that the host appends
/// to its own store in the same transaction as its own write; ``snapshot()`` compacts.
/// Text judgements (excuses, messages) touch no state and are `nonisolated`: they never
/// wait for the actor. What the engine notices along the way (plugin failures, journal
/// writes, slow operations) goes to ``CollectionConfiguration/diagnostics``.
///
/// Two engines with different configurations run side by side in one process without
/// sharing anything.
public actor CollectionEngine {
    /// The configuration this engine was built from.
    public nonisolated let configuration: CollectionConfiguration
    /// Problems found while composing the plugins (a category defined twice, say), each
    /// naming the plugin; the engine works without the offending contribution. Each is also
    /// reported to ``CollectionConfiguration/diagnostics`` when the engine is built.
    public nonisolated let compositionProblems: [CollectKitError]

    private nonisolated let classifier: (any ExcuseClassifier)?
    private nonisolated let reviewer: any MessageReviewer
    private nonisolated let plugins: PluginComposition
    private nonisolated let worklistBuilder: WorklistBuilder
    private(set) var ledger: CollectionLedger
    private var window: JournalWindow

    /// An engine with no records yet.
    ///
    /// - Parameter configuration: The policies, plugins and hooks this tenant runs with; the
    ///   engine keeps it for its lifetime, so a new configuration means a new engine.
    public init(configuration: CollectionConfiguration) {
        self.init(configuration: configuration, ledger: CollectionLedger(policy: configuration.promisePolicy))
    }

    /// An engine restored from `snapshot` (empty when `nil`) followed by the journal
    /// entries after it: how a host resumes a tenant after a restart.
    ///
    /// Entries the snapshot already holds are skipped; the rest must follow on without gaps.
    ///
    /// - Parameters:
    ///   - configuration: The policies, plugins and hooks this tenant runs with.
    ///   - snapshot: The compaction point the host stored last, or `nil` when it has none
    ///     and the whole journal follows.
    ///   - journal: The entries the host stored after `snapshot`, in sequence order.
    /// - Throws: whatever ``replay(_:)`` throws; no engine is made then.
    /// - Complexity: O(1) to take over `snapshot`, whose storage is shared until a replayed
    ///   entry first changes it (each changed column is then copied once), plus what
    ///   recording each replayed entry's change costs.
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
            do {
                self.classifier = try StandardExcuseClassifier.shared.get()
            } catch {
                self.classifier = nil
                diagnostics.append(CollectKitError(kind: error.kind, field: "excuseClassifier", value: error.value,
                                                   reason: "the bundled classifier could not be loaded, so no text reads as an excuse: \(error.reason)"))
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
        self.compositionProblems = diagnostics
        if let report = configuration.diagnostics {
            for problem in diagnostics {
                report(CollectionDiagnostic(kind: .compositionProblem, operation: "init(configuration:)", error: problem))
            }
        }
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
    /// - Returns: The snapshot; its ``CollectionSnapshot/sequence`` is ``lastSequence``, the
    ///   journal entry it is current with.
    /// - Complexity: O(1): the snapshot shares storage with the engine until the engine next
    ///   records something.
    public func snapshot() -> CollectionSnapshot { CollectionSnapshot(ledger: ledger) }

    /// Applies journal entries another engine (or this one, before a restart) produced.
    ///
    /// Entries at or below ``lastSequence`` are already held and skipped; each further entry
    /// must have the next sequence number. All or nothing: on an error no entry of the call
    /// is applied.
    ///
    /// - Parameter entries: Entries in sequence order, as the host's store reads them back;
    ///   they may overlap the ones the engine already holds.
    /// - Returns: how many entries were applied.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the sequence number of an entry
    ///   out of order or conflicting with the entry held under its number, and the entry's own
    ///   validation error (an unknown customer, say) with its sequence number in `field`.
    /// - Complexity: O(n) for n entries, plus what recording each applied entry's change
    ///   costs.
    @discardableResult
    public func replay(_ entries: some Sequence<JournalEntry>) throws(CollectKitError) -> Int {
        try ledger.replay(entries, window: &window)
    }

    /// Undoes every change after `sequence`, newest first: what a host calls when its own
    /// transaction holding those entries failed.
    ///
    /// - Parameter sequence: The last entry to keep: the newest one the host's store holds.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when `sequence` is ahead of
    ///   ``lastSequence`` or further back than the engine's journal window
    ///   (``CollectionConfiguration/journalWindow``) reaches; nothing changes then, and the
    ///   host restores the engine from its store instead.
    /// - Complexity: O(n) for the n entries undone, plus the payment applications they made.
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
    ///
    /// - Parameter sequence: The newest entry the host has stored durably.
    /// - Complexity: O(n) amortised for the n entries forgotten.
    public func acknowledge(through sequence: UInt64) { window.drop(through: sequence) }

    /// The entries after `sequence`, oldest first, for a host that collects entries rather
    /// than taking each from the call that made it.
    ///
    /// - Parameter sequence: The newest entry the host already has.
    /// - Returns: The entries from `sequence + 1` through ``lastSequence``; empty when
    ///   `sequence` is not behind ``lastSequence``.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when some of them are no longer held.
    /// - Complexity: O(n) for the n entries returned.
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
        if let report = configuration.diagnostics {
            report(CollectionDiagnostic(kind: .journalWritten, operation: change.kind.description, sequence: entry.sequence, entryCount: 1))
        }
        return entry
    }

    /// Passes a diagnostic to the host's handler, if it set one.
    nonisolated func report(_ diagnostic: @autoclosure () -> CollectionDiagnostic) {
        configuration.diagnostics?(diagnostic())
    }

    /// Runs `work`, reporting it as slow when it takes longer than the configured threshold.
    /// The clock is read only when the host listens.
    nonisolated func timed<Result, Failure: Error>(_ operation: String, _ work: () throws(Failure) -> Result) throws(Failure) -> Result {
        guard let report = configuration.diagnostics else { return try work() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        let elapsed = clock.now - start
        if elapsed > configuration.slowOperationThreshold {
            report(CollectionDiagnostic(kind: .slowOperation, operation: operation, duration: elapsed))
        }
        return result
    }

    /// A plugin's failure, reported with the stage it failed in.
    nonisolated func reportPluginFailure(_ plugin: any CollectionPlugin, stage: String, _ error: CollectKitError) {
        report(CollectionDiagnostic(kind: .pluginFailed, operation: stage, error: error, plugin: plugin.name))
    }

    /// Adds a customer or updates its terms from the host's own customer value.
    ///
    /// The engine keeps a ``StandardCustomer`` copy of the facts its policies read; the host
    /// keeps its own value (with names and contacts) and finds it again by
    /// ``Customer/customerID``.
    ///
    /// - Parameter customer: Any ``Customer``: the host's own type or a ``StandardCustomer``.
    /// - Returns: The journal entry, or `nil` when nothing changed.
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` for an id that is empty, holds
    ///   control or invisible characters or is too long; ``CollectKitError/Kind/invalidCurrency``
    ///   for a credit limit in a currency the configuration's ``CurrencyTable`` does not know;
    ///   ``CollectKitError/Kind/invalidArgument`` for out-of-range terms.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func upsert(_ customer: some Customer) throws(CollectKitError) -> JournalEntry? {
        let record = try StandardCustomer(validating: customer, currencies: configuration.currencies)
        return try commit(.customer(record))
    }

    /// Records a receivable of a known customer; the customer's unapplied cash settles it.
    ///
    /// - Parameter receivable: A receivable of a customer already upserted; the first money
    ///   record fixes the customer's currency.
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
    /// - Parameters:
    ///   - payment: A payment by a customer already upserted; its allocations name the
    ///     receivables it settles first.
    ///   - promise: The promise the customer said the money is for, which takes it before
    ///     the customer's other promises; `nil` leaves it to the allocation order.
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
    /// - Parameter promise: Any ``Promise`` of a customer already upserted: the host's own
    ///   type or a ``StandardPromise``.
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer or
    ///   replaced promise, and the promise's own validation errors.
    /// - Complexity: O(1) amortised, plus O(c) for the c receivables it covers and a scan of
    ///   the tenant's few distinct contact channels.
    @discardableResult
    public func record(_ promise: some Promise) throws(CollectKitError) -> JournalEntry? {
        try commit(.promise(try StandardPromise(validating: promise, currencies: configuration.currencies).withoutCustomerWords))
    }

    /// Replaces an open promise with a renegotiated one.
    ///
    /// - Parameters:
    ///   - original: The open promise the customer renegotiated.
    ///   - replacement: The new promise; its ``Promise/replaces`` may be `nil` or `original`,
    ///     and is recorded as `original` either way.
    /// - Returns: the journal entry, or `nil` for an identical repeat.
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` when `replacement` names another
    ///   original, or `original` is another customer's, cancelled or already renegotiated;
    ///   ``CollectKitError/Kind/unknownReference`` for an unknown customer or original;
    ///   ``CollectKitError/Kind/invalidDate`` for a replacement made before the original; and
    ///   the replacement's own validation errors.
    /// - Complexity: O(1) amortised, plus O(c) for the c receivables the replacement covers
    ///   and a scan of the tenant's few distinct contact channels.
    @discardableResult
    public func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) -> JournalEntry? {
        let promise = try StandardPromise(validating: replacement, currencies: configuration.currencies)
        guard promise.replaces == nil || promise.replaces == original else {
            throw .invalidArgument(field: "promise[\(promise.promiseID)].replaces", value: promise.replaces?.rawValue ?? "",
                                   reason: "the replacement names another original than \(original)")
        }
        return try commit(.promise(StandardPromise(uncheckedID: promise.promiseID, customerID: promise.customerID, amount: promise.amount,
                                                  promisedDate: promise.promisedDate, madeOn: promise.madeOn,
                                                  collectorID: promise.collectorID, channel: promise.channel,
                                                  coveredReceivables: promise.coveredReceivables, customerWords: nil,
                                                  evidence: promise.evidence, replaces: original)))
    }

    /// Withdraws a promise from `date` on (the receivable was credited, the dispute upheld).
    ///
    /// - Parameters:
    ///   - id: The promise to withdraw.
    ///   - date: The first day it no longer counts; payments dated before it still do.
    /// - Returns: the journal entry, or `nil` when it was already cancelled that day.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown promise;
    ///   ``CollectKitError/Kind/invalidDate`` for a date before the promise was made;
    ///   ``CollectKitError/Kind/invalidArgument`` when it was cancelled on another day or
    ///   renegotiated (cancel its replacement instead).
    /// - Complexity: O(1).
    @discardableResult
    public func cancelPromise(_ id: PromiseID, on date: CalendarDate) throws(CollectKitError) -> JournalEntry? {
        try commit(.promiseCancelled(id, on: date))
    }

    /// Records a contact with a known customer.
    ///
    /// - Parameter contact: The contact; the "left without follow-up" signal looks for these
    ///   after a promised date.
    /// - Returns: the journal entry: every contact is recorded, even one like an earlier one.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func record(_ contact: ContactRecord) throws(CollectKitError) -> JournalEntry? {
        try commit(.contact(contact))
    }

    /// Records what a request to a known customer brought in.
    ///
    /// - Parameters:
    ///   - ask: What was asked for and what was paid; the ask policy anchors later requests
    ///     on the ratio between them.
    ///   - customer: The customer asked.
    /// - Returns: the journal entry: every outcome is recorded, even one like an earlier one.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer,
    ///   ``CollectKitError/Kind/currencyMismatch`` when the amount paid is in another currency
    ///   than the amount asked.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func record(_ ask: AskOutcome, for customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.ask(ask, customer: customer))
    }

    /// Records a reason a known customer gave, already classified (see
    /// ``recordExcuse(_:customer:on:)`` to classify text).
    ///
    /// - Parameters:
    ///   - excuse: The category and the day; repeated excuses show in plans and the worklist.
    ///   - customer: The customer who gave it.
    /// - Returns: the journal entry: every excuse is recorded, even one like an earlier one.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func record(_ excuse: ExcuseUse, for customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.excuse(excuse, customer: customer))
    }

    /// Makes `collector` responsible for `customer`.
    ///
    /// - Parameters:
    ///   - collector: The collector who takes the customer over; the worklist counts the
    ///     customer against this collector's capacity.
    ///   - customer: A known customer.
    /// - Returns: the journal entry, or `nil` when that collector was already assigned.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer,
    ///   ``CollectKitError/Kind/invalidIdentifier`` for an empty or malformed collector id,
    ///   ``CollectKitError/Kind/overflow`` when the engine's collector storage is full.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public func assign(_ collector: CollectorID, to customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.assignment(collector, customer: customer))
    }

    /// Notes that a known customer paid another supplier (their cash is contested).
    ///
    /// - Parameter customer: The customer who paid elsewhere.
    /// - Returns: the journal entry: each such payment counts, so every note is recorded.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(1).
    @discardableResult
    public func notePaymentToOtherSupplier(by customer: CustomerID) throws(CollectKitError) -> JournalEntry? {
        try commit(.paymentToOtherSupplier(customer: customer))
    }

    /// Makes room for a tenant of about this size before a bulk load, so no column is
    /// reallocated while recording (which copies it and faults in fresh memory). A hint: the
    /// engine grows past it as needed.
    ///
    /// - Parameters:
    ///   - customers: Customers expected in all, not in addition to those held.
    ///   - receivables: Receivables expected in all.
    ///   - payments: Payments expected in all; room for their applications to receivables
    ///     is reserved from this and `receivables`.
    ///   - promises: Promises expected in all.
    public func reserveCapacity(customers: Int = 0, receivables: Int = 0, payments: Int = 0, promises: Int = 0) {
        ledger.reserveCapacity(customers: Swift.max(0, customers), receivables: Swift.max(0, receivables),
                               payments: Swift.max(0, payments), promises: Swift.max(0, promises))
    }

    /// Records many changes as one: all are applied, or on the first error none is.
    ///
    /// The bulk path for loading a CRM's history; it takes the same checks as the single
    /// calls and journals each change.
    ///
    /// - Parameter changes: The changes in the order the CRM made them; a customer's upsert
    ///   comes before its records.
    /// - Returns: the journal entries of the changes that changed something, in order.
    /// - Throws: the first change's error, with its position in the batch in `field`.
    /// - Complexity: O(n) for n changes, plus what recording each one costs (and, on an
    ///   error, undoing those already applied).
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
        if !entries.isEmpty, let report = configuration.diagnostics {
            report(CollectionDiagnostic(kind: .journalWritten, operation: "record(contentsOf:)", sequence: ledger.sequence,
                                        entryCount: entries.count))
        }
        return entries
    }

    // MARK: Excuses

    /// Names the excuse in `text` and weighs it against `context`, with the plugins'
    /// categories and adjusters applied.
    ///
    /// Runs off the actor: classifying (perhaps on a remote model) never holds up recording.
    ///
    /// - Parameters:
    ///   - text: What the customer said.
    ///   - context: The facts the host knows; see ``excuseContext(for:asOf:)`` for the ones
    ///     the engine holds.
    /// - Returns: The assessment; unreadable text is not an excuse.
    /// - Throws: What the configured classifier throws (the built-in one never does).
    public nonisolated func assessExcuse(_ text: String, context: ExcuseContext = ExcuseContext()) async throws(CollectKitError) -> ExcuseAssessment {
        adjusted(try await classification(of: text), text: text, context: context)
    }

    /// Assesses what `customer` said on `date`, using what the engine knows as context,
    /// and records the excuse so repeated excuses show in plans and the worklist. The words
    /// themselves are not kept: only the category and the day.
    ///
    /// The classifier runs before the engine is entered, so a slow classifier does not
    /// hold up other calls; the context is read and the excuse recorded in one step after.
    ///
    /// - Parameters:
    ///   - text: What the customer said; only its category is kept.
    ///   - customer: A known customer.
    ///   - date: The day the customer said it, which the context is read as of.
    /// - Returns: The assessment and the journal entry of the excuse recorded.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and what
    ///   the configured classifier throws.
    /// - Complexity: O(the customer's promises and payments) on the actor, as
    ///   ``excuseContext(for:asOf:)``; the classifier's own time is spent off it.
    @discardableResult
    public nonisolated func recordExcuse(_ text: String, customer: CustomerID, on date: CalendarDate) async throws(CollectKitError) -> RecordedExcuse {
        let classification = try await classification(of: text)
        return try await record(classification, text: text, customer: customer, on: date)
    }

    private func record(_ classification: ExcuseClassification, text: String, customer: CustomerID,
                        on date: CalendarDate) throws(CollectKitError) -> RecordedExcuse {
        let context = try excuseContext(for: customer, asOf: date)
        let assessment = adjusted(classification, text: text, context: context)
        var entry: JournalEntry?
        if assessment.category != .notAnExcuse {
            entry = try commit(.excuse(ExcuseUse(category: assessment.category, date: date), customer: customer))
        }
        return RecordedExcuse(assessment: assessment, journalEntry: entry)
    }

    /// The facts the engine holds that an excuse can be weighed against.
    ///
    /// - Parameters:
    ///   - customer: A known customer.
    ///   - asOf: The day the excuse was given; later payments and promises do not count.
    /// - Returns: The customer's promise record (when they had promised by then) and last
    ///   payment; the host adds what only it knows before calling
    ///   ``assessExcuse(_:context:)``.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(the customer's promises and payments).
    public func excuseContext(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> ExcuseContext {
        let slot = try ledger.knownSlot(customer, field: "customerID")
        var scratch = CustomerAllocation()
        let summary = ledger.promiseSummary(slot: slot, customer: customer, asOf: asOf, scratch: &scratch)
        var context = ExcuseContext()
        if summary.made > 0 { context.promiseRecord = summary }
        if let last = ledger.lastPayment(ofSlot: slot, asOf: asOf) {
            context.lastPaymentAmount = last.amount
            context.lastPaymentDaysAgo = last.date.days(until: asOf)
        }
        return context
    }

    /// The classifier's reading of `text`, with a plugin-defined category put first when its
    /// own terms match clearly (confidence at least half): the host added it because it is
    /// more specific than the built-in one it would otherwise fall under (waiting for project
    /// payment is a kind of downstream arrears).
    private nonisolated func classification(of text: String) async throws(CollectKitError) -> ExcuseClassification {
        let base = try await classifier?.classify(text) ?? .notAnExcuse
        guard let lexicon = plugins.categoryLexicon else { return base }
        let found = lexicon.classify(text)
        guard plugins.definitions[found.category] != nil, found.confidence >= 5_000, let top = found.ranking.first else { return base }
        let cap = BasisPoints(found.confidence.value * 99 / 100)
        let others = base.ranking.filter { $0.category != found.category }.map {
            ExcuseClassification.RankedCategory(category: $0.category, confidence: Swift.min($0.confidence, cap))
        }
        return ExcuseClassification(ranking: [top] + others, evidence: found.evidence + base.evidence,
                                    negatedCategories: base.negatedCategories)
    }

    /// The assessment of a classification: counsel from the facts (a plugin's own for the
    /// categories it defined), then each plugin's adjuster. A failing adjuster is reported
    /// and skipped.
    private nonisolated func adjusted(_ classification: ExcuseClassification, text: String, context: ExcuseContext) -> ExcuseAssessment {
        var assessment = ExcuseAssessment(classification: classification, context: context)
        if let definition = plugins.definitions[classification.category] {
            assessment = assessment.replacingCounsel(talkingPointsChinese: definition.talkingPointsChinese,
                                                     talkingPointsEnglish: definition.talkingPointsEnglish,
                                                     verifyNextChinese: definition.verifyNextChinese,
                                                     verifyNextEnglish: definition.verifyNextEnglish)
        }
        for plugin in configuration.plugins {
            do { assessment = try plugin.adjust(assessment, context: context) } catch {
                reportPluginFailure(plugin, stage: "adjust(assessment)", error)
            }
        }
        return assessment
    }

    // MARK: Messages

    /// Reviews a collector's draft for the weak tactics that lose money.
    ///
    /// - Parameters:
    ///   - draft: The message the collector is about to send.
    ///   - context: What the company knows about the customer; without it every concession
    ///     reads as unapproved and rewrites keep placeholders.
    /// - Returns: The weak tactics found and how firm the draft is.
    public nonisolated func review(_ draft: String, context: MessageContext? = nil) -> MessageReview {
        reviewer.review(draft, context: context)
    }

    // MARK: Plans, worklist, metrics

    /// The collection plan for one customer as of `asOf`: the planner's
    /// ``StandardCollectionPlan``, then each plugin's adjustment, which may return a plan type
    /// of its own. An adjustment that throws or breaks a guard rail is discarded and
    /// reported to ``CollectionConfiguration/diagnostics``.
    ///
    /// - Parameters:
    ///   - customer: A known customer.
    ///   - asOf: The day to plan for.
    /// - Returns: The plan; a host whose plugin returns its own plan type casts to it.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and the
    ///   planner's errors.
    /// - Complexity: O(the customer's records).
    public func plan(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> any CollectionPlan {
        let facts = try ledger.facts(for: customer, asOf: asOf)
        var plan: any CollectionPlan = try timed("plan(for:asOf:)") { () throws(CollectKitError) in
            try configuration.planner.plan(for: facts, asOf: asOf)
        }
        for plugin in configuration.plugins {
            do {
                let adjusted = try plugin.adjust(plan, facts: facts)
                let violations = PlanGuardRails.violations(in: adjusted, approvedConcessions: configuration.approvedConcessions)
                guard violations.isEmpty, adjusted.customerID == plan.customerID, adjusted.asOf == plan.asOf,
                      Self.staysWithinOwed(adjusted, facts: facts) else {
                    let reason = violations.first.map { "the adjusted plan was discarded: \($0.reason)" }
                        ?? "the adjusted plan was discarded: it changes the customer or day, or asks for more than is owed"
                    reportPluginFailure(plugin, stage: "adjust(plan)",
                                        CollectKitError(kind: .guardRailViolation, field: "plan", value: customer.rawValue, reason: reason))
                    continue
                }
                plan = adjusted
            } catch {
                reportPluginFailure(plugin, stage: "adjust(plan)", error)
            }
        }
        return plan
    }

    /// The facts the planner sees for one customer.
    ///
    /// - Parameters:
    ///   - customer: A known customer.
    ///   - asOf: The day the facts describe.
    /// - Returns: The facts, as plain values a host can inspect or hand to its own planner.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(the customer's records).
    public func facts(for customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerCollectionFacts {
        try ledger.facts(for: customer, asOf: asOf)
    }

    /// Today's ranked actions across the portfolio, within each collector's capacity.
    ///
    /// Customers are read straight from the engine's storage in shards, one per core, and
    /// the shards merged, so the result is the same on any number of cores.
    ///
    /// - Parameter asOf: The day to rank for.
    /// - Returns: The day's actions, highest priority first and within each collector's
    ///   capacity, with the customers deferred or rejected.
    /// - Complexity: O(customers + their records), on every core.
    public func worklist(asOf: CalendarDate) -> Worklist {
        ledger.extendCustomerOrder()
        let ledger = self.ledger
        return timed("worklist(asOf:)") { worklistBuilder.build(ledger, asOf: asOf) }
    }

    /// Aging, DSO, best possible DSO, average days delinquent, CEI and promise kept rates,
    /// per currency, over ``CollectionConfiguration/metricsPeriodDays``.
    ///
    /// - Parameter asOf: The last day of the period.
    /// - Returns: The metrics per currency and the promise kept rates; ratios that are
    ///   undefined for the period (no sales, say) are `nil`.
    /// - Complexity: O(receivables) for aging and sales, plus the promises that fell due in
    ///   the period.
    public func metrics(asOf: CalendarDate) -> PortfolioMetrics {
        ledger.extendCustomerOrder()
        let ledger = self.ledger
        return timed("metrics(asOf:)") {
            PortfolioMetrics(ledger: ledger, asOf: asOf, periodDays: configuration.metricsPeriodDays,
                             buckets: configuration.agingBuckets, report: configuration.diagnostics)
        }
    }

    // MARK: Events

    /// Evaluates promises and escalation as of `asOf`, journals what it decided, returns
    /// what changed since the last evaluation, and passes each event to every plugin's
    /// observer, in plugin order. The same inputs always give the same events.
    ///
    /// - Parameter asOf: The day to judge promises and escalation on.
    /// - Returns: The events, and the journal entry of the decisions (`nil` when nothing
    ///   changed) for the host to store like any other.
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

    static func staysWithinOwed(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) -> Bool {
        var owed: [Currency: Int64] = [:]
        for item in facts.openItems { owed[item.outstanding.currency, default: 0] += item.outstanding.minorUnits }
        return plan.lines.allSatisfy { line in
            guard let request = line.request else { return true }
            return request.amount.minorUnits <= (owed[request.amount.currency] ?? 0)
        }
    }
}
