/// A reason a customer gave for not paying, as a portfolio document records it: what they
/// said and when, and — when the host already knows — its category and what happened after.
///
/// A record without a category is classified when the portfolio is loaded into an engine
/// (``CollectionEngine/importing(_:configuration:)``), so a CRM can hand over raw notes.
struct PortfolioExcuse: Hashable, Sendable, Codable {
    /// Who said it.
    var customerID: CustomerID
    /// The day it was said.
    var date: CalendarDate
    /// The customer's words; never empty.
    var text: String
    /// The excuse category, if the host classified it already.
    var category: ExcuseCategory?
    /// What happened after; `unknown` when not recorded.
    var outcome: ExcuseUse.Outcome?

    /// An excuse record.
    init(customerID: CustomerID, date: CalendarDate, text: String,
                category: ExcuseCategory? = nil, outcome: ExcuseUse.Outcome? = nil) {
        self.customerID = customerID
        self.date = date
        self.text = text
        self.category = category
        self.outcome = outcome
    }
}
