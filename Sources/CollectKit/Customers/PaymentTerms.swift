/// When invoices fall due: a number of days after issue (net 30, 月结60天).
public struct PaymentTerms: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Days from issue to due date.
    public let netDays: Int

    /// Terms of `netDays` days (0…3650).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` outside that range.
    public init(netDays: Int) throws(CollectKitError) {
        guard (0...3650).contains(netDays) else {
            throw .invalidArgument(field: "paymentTerms.netDays", value: String(netDays),
                                   reason: "payment terms are between 0 and 3650 days")
        }
        self.netDays = netDays
    }

    private init(unchecked netDays: Int) { self.netDays = netDays }

    /// Due on receipt.
    public static let dueOnReceipt = PaymentTerms(unchecked: 0)
    /// Net 30 days.
    public static let net30 = PaymentTerms(unchecked: 30)
    /// Net 60 days.
    public static let net60 = PaymentTerms(unchecked: 60)
    /// Net 90 days.
    public static let net90 = PaymentTerms(unchecked: 90)

    /// The due date of an invoice issued on `issueDate`.
    public func dueDate(issuedOn issueDate: CalendarDate) -> CalendarDate { issueDate.adding(days: netDays) }

    /// `net 30`.
    public var description: String { "net \(netDays)" }

    /// Decodes and validates `{"netDays": 30}`.
    public init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case netDays }
        try self.init(netDays: decoder.container(keyedBy: Keys.self).decode(Int.self, forKey: .netDays))
    }
}
