/// A sighting of a customer paying another supplier while owing us: their cash is contested,
/// which raises their priority on the worklist.
public struct PortfolioPaymentToOther: Hashable, Sendable, Codable {
    /// The customer who paid someone else.
    public var customerID: CustomerID
    /// When it was learnt.
    public var date: CalendarDate
    /// Where the information came from, if noted.
    public var reference: String?

    /// A payment-to-another-supplier record.
    public init(customerID: CustomerID, date: CalendarDate, reference: String? = nil) {
        self.customerID = customerID
        self.date = date
        self.reference = reference
    }
}
