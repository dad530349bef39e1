/// Identifies a payment received from a customer.
public struct PaymentID: TextIdentifier {
    /// The host's identifier text.
    public let rawValue: String
    /// Wraps the host's identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
