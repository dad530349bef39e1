/// Decides the escalation ladder (dunning levels) for a customer.
///
/// Conformers guarantee that ``currentLevel(_:)`` equals the `current` of ``ladder(_:)``
/// for the same input (the worklist uses the cheap one, plans the full one).
public protocol EscalationPolicy: Sendable {
    /// The full ladder with triggers.
    func ladder(_ input: EscalationInput) -> EscalationLadder
    /// Only the current rung, without building the ladder.
    func currentLevel(_ input: EscalationInput) -> EscalationLevel?
}

/// What an ``EscalationPolicy`` decides from.
public struct EscalationInput: Hashable, Sendable {
    /// Days past due of the oldest overdue item (0 when nothing is overdue).
    public var daysOverdue: Int
    /// Broken promises on record.
    public var brokenPromises: Int
    /// The customer's standing.
    public var standing: CreditStanding
    /// The relationship tier.
    public var tier: RelationshipTier

    /// Creates an input.
    public init(daysOverdue: Int, brokenPromises: Int, standing: CreditStanding, tier: RelationshipTier) {
        self.daysOverdue = daysOverdue
        self.brokenPromises = brokenPromises
        self.standing = standing
        self.tier = tier
    }
}
