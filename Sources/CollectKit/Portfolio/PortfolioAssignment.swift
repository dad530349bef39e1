/// Which collector owns a customer, as a portfolio document records it.
struct PortfolioAssignment: Hashable, Sendable, Codable {
    /// The customer.
    var customerID: CustomerID
    /// The collector responsible for them.
    var collectorID: CollectorID

    /// An assignment record.
    init(customerID: CustomerID, collectorID: CollectorID) {
        self.customerID = customerID
        self.collectorID = collectorID
    }
}
