/// CollectKit's own ``Customer``: a plain value a host fills from its records.
///
/// Its `description` redacts the name and the payment decider, so logging a profile does
/// not leak personal data; `unredactedDescription` is there for a host that opts in.
public struct CustomerProfile: Customer, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The customer's identifier.
    public var id: CustomerID
    /// The customer's name (company or person).
    public var displayName: String
    /// Credit standing.
    public var creditStanding: CreditStanding
    /// Relationship tier.
    public var relationshipTier: RelationshipTier
    /// Payment terms.
    public var paymentTerms: PaymentTerms
    /// Credit limit, if set.
    public var creditLimit: Money?
    /// Who decides payment at the customer.
    public var paymentDecider: String?
    /// Host-specific facts.
    public var attributes: CustomerAttributes

    /// Creates a profile; only the id and name are required.
    public init(
        id: CustomerID,
        displayName: String,
        creditStanding: CreditStanding = .unknown,
        relationshipTier: RelationshipTier = .regular,
        paymentTerms: PaymentTerms = .net30,
        creditLimit: Money? = nil,
        paymentDecider: String? = nil,
        attributes: CustomerAttributes = CustomerAttributes()
    ) {
        self.id = id
        self.displayName = displayName
        self.creditStanding = creditStanding
        self.relationshipTier = relationshipTier
        self.paymentTerms = paymentTerms
        self.creditLimit = creditLimit
        self.paymentDecider = paymentDecider
        self.attributes = attributes
    }

    /// Copies any ``Customer`` into a profile.
    public init(_ customer: some Customer) {
        self.init(id: customer.id, displayName: customer.displayName, creditStanding: customer.creditStanding,
                  relationshipTier: customer.relationshipTier, paymentTerms: customer.paymentTerms,
                  creditLimit: customer.creditLimit, paymentDecider: customer.paymentDecider,
                  attributes: customer.attributes)
    }

    /// Id, standing and tier; the name and decider are redacted.
    public var description: String {
        "CustomerProfile(id: \(id), name: <redacted>, credit: \(creditStanding.rawValue), tier: \(relationshipTier.rawValue))"
    }

    /// Same as `description`: personal data stays redacted in debuggers and logs too.
    public var debugDescription: String { description }

    /// The full description including personal data, for hosts that opt in.
    public var unredactedDescription: String {
        "CustomerProfile(id: \(id), name: \(displayName), credit: \(creditStanding.rawValue), tier: \(relationshipTier.rawValue), decider: \(paymentDecider ?? "-"))"
    }
}

extension CustomerProfile: RedactedReflection {}
