/// One past request and what it brought in, as a portfolio document records it; the
/// planner's anchored ask learns each customer's paid-to-asked ratio from these.
struct PortfolioAsk: Hashable, Sendable, Codable {
    /// Who was asked.
    var customerID: CustomerID
    /// How much was asked for.
    var asked: Money
    /// How much came in for it; same currency as ``asked``.
    var paid: Money
    /// The day of the request.
    var date: CalendarDate

    /// An ask record.
    init(customerID: CustomerID, asked: Money, paid: Money, date: CalendarDate) {
        self.customerID = customerID
        self.asked = asked
        self.paid = paid
        self.date = date
    }

    /// The engine's value for this record.
    var outcome: AskOutcome { AskOutcome(asked: asked, paid: paid, date: date) }
}
