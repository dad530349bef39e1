/// Identifies a promise to pay, as the CRM keys it.
///
/// A top-level type (not nested in ``Promise``) because protocols cannot nest types.
public struct PromiseID: TextIdentifier {
    /// The host's identifier text.
    public let rawValue: String
    /// Wraps the host's identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
