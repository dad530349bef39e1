/// A sighting of a customer paying another supplier while owing us: their cash is contested,
/// which raises their priority on the worklist.
struct PortfolioPaymentToOther: Hashable, Sendable, Codable {
    /// The customer who paid someone else.
    var customerID: CustomerID
    /// When it was learnt.
    var date: CalendarDate
    /// Where the information came from, if noted.
    var reference: String?

    /// A payment-to-another-supplier record.
    init(customerID: CustomerID, date: CalendarDate, reference: String? = nil) {
        self.customerID = customerID
        self.date = date
        self.reference = reference
    }
}
