/// What the engine keeps about a customer: the facts its policies read, and no personal
/// data.
///
/// The name and payment decider of a ``Customer`` stay with the host, which finds its own
/// customer value by ``customerID``; journal entries and snapshots therefore never carry
/// them, and erasing a person is the host's own delete. Put no personal data in
/// ``attributes`` either: they are journaled.
public struct CustomerRecord: Hashable, Sendable, Codable {
    /// The customer's identifier.
    public var customerID: CustomerID
    /// Credit standing.
    public var creditStanding: CreditStanding
    /// Relationship tier.
    public var relationshipTier: RelationshipTier
    /// Payment terms.
    public var paymentTerms: PaymentTerms
    /// Credit limit, if set.
    public var creditLimit: Money?
    /// Host-specific facts the policies and plugins read.
    public var attributes: CustomerAttributes

    /// The record of any ``Customer``: everything but its name and payment decider.
    public init(_ customer: some Customer) {
        self.init(customerID: customer.id, creditStanding: customer.creditStanding,
                  relationshipTier: customer.relationshipTier, paymentTerms: customer.paymentTerms,
                  creditLimit: customer.creditLimit, attributes: customer.attributes)
    }

    /// A record from its parts; only the id is required.
    public init(customerID: CustomerID, creditStanding: CreditStanding = .unknown, relationshipTier: RelationshipTier = .regular,
                paymentTerms: PaymentTerms = .net30, creditLimit: Money? = nil, attributes: CustomerAttributes = CustomerAttributes()) {
        self.customerID = customerID
        self.creditStanding = creditStanding
        self.relationshipTier = relationshipTier
        self.paymentTerms = paymentTerms
        self.creditLimit = creditLimit
        self.attributes = attributes
    }

    /// The record as a profile for the planner: the id stands in for the name.
    var profile: CustomerProfile {
        CustomerProfile(id: customerID, displayName: customerID.rawValue, creditStanding: creditStanding,
                        relationshipTier: relationshipTier, paymentTerms: paymentTerms, creditLimit: creditLimit,
                        attributes: attributes)
    }
}

/// A ``CustomerRecord`` without its id, as the ledger stores it per customer slot.
struct CustomerTerms: Hashable, Sendable {
    var creditStanding: CreditStanding = .unknown
    var relationshipTier: RelationshipTier = .regular
    var paymentTerms: PaymentTerms = .net30
    var creditLimit: Money?
    var attributes = CustomerAttributes()

    init() {}

    init(_ record: CustomerRecord) {
        creditStanding = record.creditStanding
        relationshipTier = record.relationshipTier
        paymentTerms = record.paymentTerms
        creditLimit = record.creditLimit
        attributes = record.attributes
    }

    func record(_ id: CustomerID) -> CustomerRecord {
        CustomerRecord(customerID: id, creditStanding: creditStanding, relationshipTier: relationshipTier,
                       paymentTerms: paymentTerms, creditLimit: creditLimit, attributes: attributes)
    }
}

extension CustomerRecord: Customer {
    /// The customer's identifier.
    public var id: CustomerID { customerID }
}
