/// One past request and what it brought in, as a portfolio document records it; the
/// planner's anchored ask learns each customer's paid-to-asked ratio from these.
public struct PortfolioAsk: Hashable, Sendable, Codable {
    /// Who was asked.
    public var customerID: CustomerID
    /// How much was asked for.
    public var asked: Money
    /// How much came in for it; same currency as ``asked``.
    public var paid: Money
    /// The day of the request.
    public var date: CalendarDate

    /// An ask record.
    public init(customerID: CustomerID, asked: Money, paid: Money, date: CalendarDate) {
        self.customerID = customerID
        self.asked = asked
        self.paid = paid
        self.date = date
    }

    /// The engine's value for this record.
    public var outcome: AskOutcome { AskOutcome(asked: asked, paid: paid, date: date) }
}
