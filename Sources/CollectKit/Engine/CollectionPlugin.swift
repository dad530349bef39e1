/// Extends a tenant's ``CollectionEngine``: new excuse categories, adjustments to
/// assessments and plans, extra message-review phrases, and reactions to events.
///
/// Plugins are listed in ``CollectionConfiguration/plugins``, never registered globally, so
/// each tenant composes its own engine. Every member has a default that contributes
/// nothing; a plugin implements only what it needs.
///
/// ## Order
/// Plugins run in the order they are listed. Each adjuster receives the result of the
/// previous plugin's adjuster, so a later plugin sees (and may refine) an earlier one's work.
/// Observers are called in the same order.
///
/// ## What every plugin must guarantee
/// - **Purity and determinism.** Adjusters are pure functions of their inputs: the same
///   assessment, plan or facts give the same result, with no hidden state and no I/O.
/// - **No lost money.** A plan adjuster may reschedule, reword or tighten, but the returned
///   plan keeps every request's amount within what the customer owes, keeps installments
///   summing to their request, and passes ``CollectionPlan/guardRailViolations(approvedConcessions:)`` (no unapproved concession, no
///   disclosed target, every request with an amount and a date). The engine checks this and
///   discards an adjustment that breaks it.
/// - **Unique vocabulary.** Categories it defines do not clash with built-ins or with other
///   plugins' (the engine keeps the first definition and reports the clash).
/// - **No personal data in events or errors.** Observers must not copy customer names or
///   contact details into logs.
/// - **Fast, non-blocking observers.** ``observe(_:)`` is called on the engine's executor;
///   hand slow work (network, database) to your own task.
///
/// A plugin that throws does not stop the engine: the engine keeps the unadjusted result and
/// reports the error, naming the plugin, to ``CollectionConfiguration/diagnostics``.
/// `CollectKitTesting.PluginConformance` checks these guarantees in a plugin's own tests.
public protocol CollectionPlugin: Sendable {
    /// A stable, unique name used in diagnostics, e.g. `"building-materials"`.
    var name: String { get }

    /// Excuse categories this plugin adds, with their lexicon terms and talking points.
    var excuseCategories: [ExcuseCategoryDefinition] { get }

    /// Extra phrases for message review (e.g. trade-specific concessions or pleading).
    var messageReviewPhrases: [MessageReviewPhrase] { get }

    /// Refines an excuse assessment (e.g. raises credibility when the host's facts confirm it).
    func adjust(_ assessment: ExcuseAssessment, context: ExcuseContext) throws(CollectKitError) -> ExcuseAssessment

    /// Refines a collection plan (e.g. aligns dates to project milestones).
    ///
    /// - Parameters:
    ///   - plan: The planner's plan, as adjusted by the plugins listed before this one.
    ///   - facts: The facts the plan was made from.
    /// - Returns: The plan with this plugin's changes: the same value changed in place, or a
    ///   plan type of the plugin's own. It must pass
    ///   ``CollectionPlan/guardRailViolations(approvedConcessions:)`` and keep the customer
    ///   and day, or the engine discards it.
    /// - Throws: A ``CollectKitError`` when the plugin cannot adjust this plan; the engine
    ///   keeps the plan as it was and reports the error.
    func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan

    /// Reacts to an event (promise kept or broken, escalation reached).
    func observe(_ event: CollectionEvent)
}

extension CollectionPlugin {
    /// No new categories.
    public var excuseCategories: [ExcuseCategoryDefinition] { [] }
    /// No new phrases.
    public var messageReviewPhrases: [MessageReviewPhrase] { [] }
    /// Leaves the assessment as it is.
    public func adjust(_ assessment: ExcuseAssessment, context: ExcuseContext) throws(CollectKitError) -> ExcuseAssessment { assessment }
    /// Leaves the plan as it is.
    public func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan { plan }
    /// Ignores the event.
    public func observe(_ event: CollectionEvent) {}
}
