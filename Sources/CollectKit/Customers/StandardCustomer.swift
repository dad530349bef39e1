/// The default ``Customer``, and what the engine keeps about each customer: the facts its
/// policies read, and no personal data.
///
/// A host with its own customer type hands that to ``CollectionEngine/upsert(_:)``; the
/// engine copies the facts into a `StandardCustomer`. Names, contacts and payment deciders
/// stay with the host, which finds its own value again by ``customerID``; journal entries
/// and snapshots therefore never carry them, and erasing a person is the host's own
/// delete. Put no personal data in ``attributes`` either: they are journaled.
public struct StandardCustomer: Customer, Hashable, Sendable, Codable {
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

    /// The facts of any ``Customer``.
    public init(_ customer: some Customer) {
        self.init(customerID: customer.customerID, creditStanding: customer.creditStanding,
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

    /// Copies a host's customer at the engine's boundary, checking what a host
    /// conformance could get wrong.
    ///
    /// - Parameters:
    ///   - customer: Any ``Customer``.
    ///   - currencies: The currencies the tenant deals in.
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` for an id that is empty, holds
    ///   control or invisible characters or is too long; ``CollectKitError/Kind/invalidCurrency``
    ///   for a credit limit in a currency `currencies` does not know;
    ///   ``CollectKitError/Kind/invalidAmount`` for a negative credit limit.
    public init(validating customer: some Customer, currencies: CurrencyTable) throws(CollectKitError) {
        self.init(customer)
        try customerID.validate()
        if let limit = creditLimit {
            guard currencies.contains(limit.currency) else {
                throw CollectKitError(kind: .invalidCurrency, field: "customer[\(customerID)].creditLimit", value: limit.currency.code,
                                      reason: "the currency is not in the tenant's currency table")
            }
            guard limit.minorUnits >= 0 else {
                throw .invalidAmount(field: "customer[\(customerID)].creditLimit", value: String(limit.minorUnits),
                                     reason: "a credit limit cannot be negative")
            }
        }
    }
}

/// A ``StandardCustomer`` without its id, as the ledger stores it per customer slot.
struct CustomerTerms: Hashable, Sendable {
    var creditStanding: CreditStanding = .unknown
    var relationshipTier: RelationshipTier = .regular
    var paymentTerms: PaymentTerms = .net30
    var creditLimit: Money?
    var attributes = CustomerAttributes()

    init() {}

    init(_ record: StandardCustomer) {
        creditStanding = record.creditStanding
        relationshipTier = record.relationshipTier
        paymentTerms = record.paymentTerms
        creditLimit = record.creditLimit
        attributes = record.attributes
    }

    func record(_ id: CustomerID) -> StandardCustomer {
        StandardCustomer(customerID: id, creditStanding: creditStanding, relationshipTier: relationshipTier,
                       paymentTerms: paymentTerms, creditLimit: creditLimit, attributes: attributes)
    }
}
