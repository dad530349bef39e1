/// A customer who owes money: what CollectKit needs to know to plan collection.
///
/// One of CollectKit's four extension protocols. A CRM's own account type conforms by
/// naming its id and, optionally, the facts it has; everything else has a default:
///
/// ```swift
/// struct Account: Customer {          // the CRM's existing type
///     var accountNo: String
///     var rating: Int                 // 0–100
///     var id: CustomerID { CustomerID(accountNo) }
///     var creditStanding: CreditStanding { (try? CreditStanding(score: rating)) ?? .unknown }
/// }
/// ```
///
/// Conformers guarantee that `id` is stable for the life of the customer and that the
/// properties are cheap to read (the worklist reads them for every customer).
public protocol Customer: Identifiable, Sendable where ID == CustomerID {
    /// A display name for people (reports, talking points). Not used for matching, and
    /// redacted from CollectKit's own descriptions and errors.
    var displayName: String { get }
    /// How creditworthy the customer is; drives follow-up tightness. Default: `.unknown`.
    var creditStanding: CreditStanding { get }
    /// How important and settled the relationship is. Default: `.regular`.
    var relationshipTier: RelationshipTier { get }
    /// When invoices fall due. Default: net 30.
    var paymentTerms: PaymentTerms { get }
    /// The credit limit, if one is set. Default: none.
    var creditLimit: Money? { get }
    /// Who at the customer decides payment (a name or role such as "财务总监"), if known.
    var paymentDecider: String? { get }
    /// Host-specific facts. Default: empty.
    var attributes: CustomerAttributes { get }
}

extension Customer {
    /// Defaults to the id's text, so a conformer without names still prints something.
    public var displayName: String { id.rawValue }
    /// Defaults to `.unknown`: no information means close follow-up.
    public var creditStanding: CreditStanding { .unknown }
    /// Defaults to `.regular`.
    public var relationshipTier: RelationshipTier { .regular }
    /// Defaults to net 30.
    public var paymentTerms: PaymentTerms { .net30 }
    /// Defaults to no limit.
    public var creditLimit: Money? { nil }
    /// Defaults to unknown.
    public var paymentDecider: String? { nil }
    /// Defaults to an empty bag.
    public var attributes: CustomerAttributes { CustomerAttributes() }
}
