/// A customer as a portfolio file lists it: the facts the engine keeps plus the name and
/// payment decider, which stay with the host (``PortfolioDocument/customerNames``).
struct PortfolioCustomer: Codable {
    var id: CustomerID
    var displayName: String
    var creditStanding: CreditStanding
    var relationshipTier: RelationshipTier
    var paymentTerms: PaymentTerms
    var creditLimit: Money?
    var paymentDecider: String?
    var attributes: CustomerAttributes

    init(_ customer: StandardCustomer, name: String, decider: String?) {
        id = customer.customerID
        displayName = name
        creditStanding = customer.creditStanding
        relationshipTier = customer.relationshipTier
        paymentTerms = customer.paymentTerms
        creditLimit = customer.creditLimit
        paymentDecider = decider
        attributes = customer.attributes
    }

    var customer: StandardCustomer {
        StandardCustomer(customerID: id, creditStanding: creditStanding, relationshipTier: relationshipTier,
                         paymentTerms: paymentTerms, creditLimit: creditLimit, attributes: attributes)
    }
}
