/// Which collector owns a customer, as a portfolio document records it.
public struct PortfolioAssignment: Hashable, Sendable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The collector responsible for them.
    public var collectorID: CollectorID

    /// An assignment record.
    public init(customerID: CustomerID, collectorID: CollectorID) {
        self.customerID = customerID
        self.collectorID = collectorID
    }
}
