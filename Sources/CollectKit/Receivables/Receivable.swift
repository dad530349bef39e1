/// Money a customer owes us under one document: an invoice, an order, or one installment
/// of a contract (合同回款计划的一期).
public struct Receivable: Identifiable, Hashable, Sendable, Codable {
    /// What kind of document the receivable comes from.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A sales invoice (发票).
        case invoice
        /// An order billed without an invoice yet (订单).
        case order
        /// One installment of a contract's payment schedule (合同分期).
        case contractInstallment = "contract_installment"

        /// The kind's one-byte storage code.
        var code: UInt8 {
            switch self {
            case .invoice: 0
            case .order: 1
            case .contractInstallment: 2
            }
        }

        /// The kind stored under `code` (an invoice for an unknown code).
        init(code: UInt8) {
            switch code {
            case 1: self = .order
            case 2: self = .contractInstallment
            default: self = .invoice
            }
        }
    }

    /// The receivable's identifier.
    public let id: ReceivableID
    /// Who owes it.
    public let customerID: CustomerID
    /// The kind of document.
    public let kind: Kind
    /// The amount billed; always positive.
    public let amount: Money
    /// When it was issued.
    public let issueDate: CalendarDate
    /// When it falls due; never before the issue date.
    public let dueDate: CalendarDate
    /// The host's document reference (invoice number, contract number), if any.
    public let reference: String?

    /// Creates a receivable after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for a zero or negative amount,
    ///   ``CollectKitError/Kind/invalidDate`` for a due date before the issue date.
    public init(id: ReceivableID, customerID: CustomerID, kind: Kind = .invoice, amount: Money,
                issueDate: CalendarDate, dueDate: CalendarDate, reference: String? = nil) throws(CollectKitError) {
        guard amount.isPositive else {
            throw .invalidAmount(field: "receivable[\(id)].amount", value: "\(amount.minorUnits) \(amount.currency)",
                                 reason: "a receivable's amount must be greater than zero")
        }
        guard dueDate >= issueDate else {
            throw CollectKitError(kind: .invalidDate, field: "receivable[\(id)].dueDate", value: dueDate.description,
                                  reason: "the due date is before the issue date \(issueDate)")
        }
        self.id = id
        self.customerID = customerID
        self.kind = kind
        self.amount = amount
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.reference = reference
    }

    /// A receivable from stored fields that were validated when first recorded.
    init(uncheckedID id: ReceivableID, customerID: CustomerID, kind: Kind, amount: Money,
         issueDate: CalendarDate, dueDate: CalendarDate, reference: String?) {
        self.id = id
        self.customerID = customerID
        self.kind = kind
        self.amount = amount
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.reference = reference
    }

    /// Days past due on `asOf`: zero while not yet due (the due date itself is not overdue).
    public func daysPastDue(asOf: CalendarDate) -> Int { max(0, dueDate.days(until: asOf)) }

    private enum CodingKeys: String, CodingKey { case id, customerID, kind, amount, issueDate, dueDate, reference }

    /// Decodes and validates, so a stored receivable is as trustworthy as a constructed one.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(id: c.decode(ReceivableID.self, forKey: .id),
                      customerID: c.decode(CustomerID.self, forKey: .customerID),
                      kind: c.decodeIfPresent(Kind.self, forKey: .kind) ?? .invoice,
                      amount: c.decode(Money.self, forKey: .amount),
                      issueDate: c.decode(CalendarDate.self, forKey: .issueDate),
                      dueDate: c.decode(CalendarDate.self, forKey: .dueDate),
                      reference: c.decodeIfPresent(String.self, forKey: .reference))
    }
}
