/// Identifies a receivable (invoice, order, contract installment).
public struct ReceivableID: TextIdentifier {
    /// The host's identifier text.
    public let rawValue: String
    /// Wraps the host's identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
