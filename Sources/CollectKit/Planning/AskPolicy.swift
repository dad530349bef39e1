/// Decides how much to ask a customer for, given what we expect to collect.
///
/// Conformers guarantee, for an input whose `expected` is positive and not above `owed`:
/// the decided amount is in the same currency, at least `expected`, and never more than
/// `owed`. The planner clamps to `owed` anyway, as a second line of defence.
public protocol AskPolicy: Sendable {
    /// The amount to request and why.
    func ask(_ input: AskInput) -> AskDecision
}

/// What an ``AskPolicy`` decides from.
public struct AskInput: Hashable, Sendable {
    /// What we expect to collect (the target).
    public var expected: Money
    /// Everything the customer owes in this currency: the ask's hard ceiling.
    public var owed: Money
    /// The customer's historical paid-to-asked ratio in basis points; `nil` without history.
    public var paidToAskedBasisPoints: Int?
    /// The relationship tier (core loyal customers are not anchored).
    public var tier: RelationshipTier
    /// The day being planned, when the planner knows it.
    public var asOf: CalendarDate?
    /// The customer's host-specific facts, for policies that depend on them (e.g. an ask
    /// aligned to the milestones of the project that pays the customer).
    public var attributes: CustomerAttributes

    /// Creates an input.
    public init(expected: Money, owed: Money, paidToAskedBasisPoints: Int?, tier: RelationshipTier,
                asOf: CalendarDate? = nil, attributes: CustomerAttributes = CustomerAttributes()) {
        self.asOf = asOf
        self.attributes = attributes
        self.expected = expected
        self.owed = owed
        self.paidToAskedBasisPoints = paidToAskedBasisPoints
        self.tier = tier
    }
}

/// An ``AskPolicy``'s answer.
public struct AskDecision: Hashable, Sendable {
    /// The amount to request.
    public var amount: Money
    /// The ratio the amount was anchored on, in basis points (10 000 when not anchored).
    public var ratioBasisPoints: Int
    /// Why.
    public var rationale: Rationale

    /// Creates a decision.
    public init(amount: Money, ratioBasisPoints: Int, rationale: Rationale) {
        self.amount = amount
        self.ratioBasisPoints = ratioBasisPoints
        self.rationale = rationale
    }
}
