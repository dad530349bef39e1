/// CollectKit's default ``CollectionPlan``, produced by ``CollectionPlanner``.
public struct StandardCollectionPlan: CollectionPlan, Hashable {
    /// The customer planned for.
    public let customerID: CustomerID
    /// The day the plan was made for.
    public let asOf: CalendarDate
    /// One line per currency owed, sorted by currency code.
    public let lines: [CollectionPlanLine]
    /// The follow-up interval in days.
    public let cadenceDays: Int
    /// The next contacts, earliest first.
    public let contacts: [ScheduledContact]
    /// Why the cadence and next contact are what they are.
    public let cadenceRationale: Rationale
    /// The escalation ladder.
    public let escalation: EscalationLadder
    /// Answers to the customer's excuses.
    public let tactics: [ExcuseTactic]

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
