import CollectKit

/// Shorthands for building ledger records in tests; `try` keeps invalid fixtures visible.
enum Fixture {
    static func day(_ text: String) throws -> CalendarDate { try CalendarDate(iso8601: text) }

    static func cny(_ yuan: Int64) -> Money { Money(minorUnits: yuan * 100, currency: .cny) }
    static func usd(_ dollars: Int64) -> Money { Money(minorUnits: dollars * 100, currency: .usd) }

    static func invoice(_ id: ReceivableID, _ customer: CustomerID, _ amount: Money,
                        issued: String, due: String) throws -> Receivable {
        try Receivable(id: id, customerID: customer, amount: amount, issueDate: day(issued), dueDate: day(due))
    }

    static func payment(_ id: PaymentID, _ customer: CustomerID, _ amount: Money, on date: String,
                        allocations: [(ReceivableID, Money)] = []) throws -> Payment {
        try Payment(id: id, customerID: customer, amount: amount, date: day(date),
                    allocations: allocations.map { Payment.Allocation(receivableID: $0.0, amount: $0.1) })
    }
}
