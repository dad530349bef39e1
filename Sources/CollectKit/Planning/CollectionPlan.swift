/// A plan for collecting what one customer owes, as of a date.
///
/// One of CollectKit's four extension protocols, and what ``CollectionEngine/plan(for:asOf:)``
/// returns. ``StandardCollectionPlan`` (made by ``CollectionPlanner``) is the default. A
/// plugin adjusts plans through this protocol (``CollectionPlugin/adjust(_:facts:)``):
/// it may change the parts in place or return a plan type of its own that carries more
/// (a project's milestones, say), which the host then casts to. Every conformer guarantees
/// the article's guard rails, which ``guardRailViolations(approvedConcessions:)`` checks:
/// - every request names a positive amount and a date, and never exceeds what is owed;
/// - the installments of a line sum exactly to its request;
/// - tactics offer only approved concessions and never mention the internal target.
public protocol CollectionPlan: Sendable {
    /// The customer planned for.
    var customerID: CustomerID { get }
    /// The day the plan was made for.
    var asOf: CalendarDate { get }
    /// One line per currency owed, sorted by currency code; empty when nothing is owed.
    var lines: [CollectionPlanLine] { get set }
    /// The follow-up interval in days.
    var cadenceDays: Int { get set }
    /// The next contacts, earliest first.
    var contacts: [ScheduledContact] { get set }
    /// Why the cadence and the next contact are what they are.
    var cadenceRationale: Rationale { get set }
    /// The escalation ladder with triggers and the current rung.
    var escalation: EscalationLadder { get set }
    /// Answers to the excuses this customer has used, most used first.
    var tactics: [ExcuseTactic] { get set }
}

extension CollectionPlan {
    /// Whether the plan has nothing to collect (the customer owes nothing).
    public var isEmpty: Bool { lines.isEmpty }
}
