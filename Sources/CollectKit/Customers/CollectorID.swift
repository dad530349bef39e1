/// Identifies a collector (the salesperson or agent who chases payment).
public struct CollectorID: TextIdentifier {
    /// The host's identifier text.
    public let rawValue: String
    /// Wraps the host's identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
}
