/// Identifies a customer: the CRM's own account key, kept as text.
///
/// A top-level type (not nested in ``Customer``) because protocols cannot nest types.
public struct CustomerID: TextIdentifier {
    /// The host's identifier text.
    public let rawValue: String
    /// Wraps the host's identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
