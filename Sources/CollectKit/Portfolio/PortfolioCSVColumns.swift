/// The columns of the CSV portfolio format and the document fields they fill.
///
/// One CSV holds every kind of record; the `record` column says which (`customer`,
/// `receivable`, `payment`, `promise`, `contact`, `excuse`, `ask`, `assignment`,
/// `payment_to_other`) and each kind reads the columns it needs, leaving the others empty.
enum PortfolioCSVColumns {
    /// Every column the format knows, in the order the documentation lists them.
    static let all: [String] = [
        "record", "id", "customer", "name", "standing", "tier", "terms_days", "credit_limit", "decider",
        "kind", "amount", "currency", "issue_date", "due_date", "date", "promised_date", "reference",
        "allocations", "collector", "channel", "replaces", "text", "category", "outcome", "asked", "paid",
    ]

    /// The section of ``PortfolioDocument`` each record kind goes to.
    static let sections: [String: String] = [
        "customer": "customers", "receivable": "receivables", "payment": "payments", "promise": "promises",
        "contact": "contacts", "excuse": "excuses", "ask": "asks", "assignment": "assignments",
        "payment_to_other": "paymentsToOthers",
    ]

    private static let columnsByField: [String: String] = [
        "customerID": "customer", "displayName": "name", "creditStanding": "standing", "relationshipTier": "tier",
        "paymentTerms": "terms_days", "netDays": "terms_days", "creditLimit": "credit_limit", "paymentDecider": "decider",
        "issueDate": "issue_date", "dueDate": "due_date", "promisedDate": "promised_date", "madeOn": "date",
        "collectorID": "collector", "customerWords": "text", "receivable": "id", "payment": "id", "promise": "id",
        "coveredReceivables": "reference", "target": "id", "excuse": "customer", "ask": "customer",
        "assignment": "customer", "paymentsToOthers": "customer", "contact": "customer",
    ]

    /// The CSV column for a document field name (`issueDate` → `issue_date`).
    static func column(forField field: String) -> String {
        columnsByField[field] ?? field
    }
}
