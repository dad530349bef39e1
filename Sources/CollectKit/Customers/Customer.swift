/// A customer who owes money: what CollectKit needs to know to plan collection.
///
/// One of CollectKit's four extension protocols. A CRM's own account type conforms as it
/// is, whatever its own `id` is, by naming the ``CustomerID`` CollectKit knows it by and,
/// optionally, the facts it has; everything else has a default:
///
/// ```swift
/// struct Account: Identifiable, Customer {   // the CRM's existing type
///     var id: UUID                            // the CRM's own key, untouched
///     var accountNo: String
///     var rating: Int                         // 0–100
///     var customerID: CustomerID { CustomerID(accountNo) }
///     var creditStanding: CreditStanding { rating >= 70 ? .good : .fair }
/// }
/// ```
///
/// Plans, worklist actions and events carry the ``CustomerID``; the host finds its own
/// value with it. Names and contacts never need to reach CollectKit.
///
/// Conformers guarantee that `customerID` is stable for the life of the customer and that
/// the properties are cheap to read. The engine checks the id and the credit limit's
/// currency when the customer is recorded (``StandardCustomer/init(validating:currencies:)``).
public protocol Customer: Sendable {
    /// The identifier CollectKit knows the customer by: stable, non-empty, without control
    /// or invisible characters, at most 256 bytes.
    var customerID: CustomerID { get }
    /// How creditworthy the customer is; drives follow-up tightness. Default: `.unknown`.
    var creditStanding: CreditStanding { get }
    /// How important and settled the relationship is. Default: `.regular`.
    var relationshipTier: RelationshipTier { get }
    /// When invoices fall due. Default: net 30.
    var paymentTerms: PaymentTerms { get }
    /// The credit limit, if one is set. Default: none.
    var creditLimit: Money? { get }
    /// Host-specific facts. Default: empty.
    var attributes: CustomerAttributes { get }
}

extension Customer {
    /// Defaults to `.unknown`: no information means close follow-up.
    public var creditStanding: CreditStanding { .unknown }
    /// Defaults to `.regular`.
    public var relationshipTier: RelationshipTier { .regular }
    /// Defaults to net 30.
    public var paymentTerms: PaymentTerms { .net30 }
    /// Defaults to no limit.
    public var creditLimit: Money? { nil }
    /// Defaults to an empty bag.
    public var attributes: CustomerAttributes { CustomerAttributes() }
}
