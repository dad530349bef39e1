/// Something that happened in a tenant's collections that a CRM may want to act on
/// (create a task, notify a manager, post to a timeline).
///
/// Events carry identifiers and amounts, never customer names or contact details.
public enum CollectionEvent: Hashable, Sendable {
    /// A promise became due, was kept, partly kept or broken (see ``PromiseEvent``).
    case promise(PromiseEvent)
    /// A customer's escalation ladder reached a new, higher level.
    case escalationReached(customer: CustomerID, level: EscalationLevel, asOf: CalendarDate)
}
