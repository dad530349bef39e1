/// CollectKit's default ``CollectionPlan``, produced by ``CollectionPlanner``.
public struct StandardCollectionPlan: CollectionPlan, Hashable {
    /// The customer planned for.
    public let customerID: CustomerID
    /// The day the plan was made for.
    public let asOf: CalendarDate
    /// One line per currency owed, sorted by currency code.
    public var lines: [CollectionPlanLine]
    /// The follow-up interval in days.
    public var cadenceDays: Int
    /// The next contacts, earliest first.
    public var contacts: [ScheduledContact]
    /// Why the cadence and next contact are what they are.
    public var cadenceRationale: Rationale
    /// The escalation ladder.
    public var escalation: EscalationLadder
    /// Answers to the customer's excuses.
    public var tactics: [ExcuseTactic]

    /// Creates a plan; ``CollectionPlanner`` is the usual source.
    public init(customerID: CustomerID, asOf: CalendarDate, lines: [CollectionPlanLine], cadenceDays: Int,
                contacts: [ScheduledContact], cadenceRationale: Rationale, escalation: EscalationLadder,
                tactics: [ExcuseTactic]) {
        self.customerID = customerID
        self.asOf = asOf
        self.lines = lines
        self.cadenceDays = cadenceDays
        self.contacts = contacts
        self.cadenceRationale = cadenceRationale
        self.escalation = escalation
        self.tactics = tactics
    }
}
