/// A contact with a customer about payment: evidence that a promise was followed up.
public struct ContactRecord: Hashable, Sendable, Codable {
    /// Who was contacted.
    public let customerID: CustomerID
    /// Who made the contact.
    public let collectorID: CollectorID
    /// The day of the contact.
    public let date: CalendarDate
    /// How.
    public let channel: ContactChannel

    /// A contact on `date` by `collectorID` with `customerID` via `channel`.
    public init(customerID: CustomerID, collectorID: CollectorID, date: CalendarDate, channel: ContactChannel) {
        self.customerID = customerID
        self.collectorID = collectorID
        self.date = date
        self.channel = channel
    }
}
