/// What the collector asks the customer to pay, and by when: always both.
///
/// The initializer refuses a zero or negative amount, so a plan cannot contain a request
/// without an amount and a date (the article's vague, goodwill-only ask).
public struct CollectionRequest: Hashable, Sendable, Codable {
    /// The amount requested; always positive.
    public let amount: Money
    /// The date by which it is requested.
    public let payBy: CalendarDate

    /// Creates a request.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for an amount that is not positive.
    public init(amount: Money, payBy: CalendarDate) throws(CollectKitError) {
        guard amount.isPositive else {
            throw .invalidAmount(field: "request.amount", value: String(amount.minorUnits),
                                 reason: "a request must name a positive amount")
        }
        self.amount = amount
        self.payBy = payBy
    }

    private enum CodingKeys: String, CodingKey { case amount, payBy }

    /// Decodes and validates, so a stored request is as trustworthy as a constructed one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(amount: container.decode(Money.self, forKey: .amount),
                      payBy: container.decode(CalendarDate.self, forKey: .payBy))
    }
}
