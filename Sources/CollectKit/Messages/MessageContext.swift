/// What the collector's company knows about this customer, so a review can tell an approved
/// concession from an invented one and build a firmer rewrite from real figures.
///
/// Every field is optional: a review without context treats every concession as unapproved
/// and leaves placeholders (`[金额]`, `[date]`) in rewrites.
public struct MessageContext: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The incentives the company really approved for this customer, as written in the
    /// approval ("季度返点2%", "1% early settlement discount"). Anything else offered is unapproved.
    public var approvedIncentives: [String]
    /// What the customer owes now, used in rewrites.
    public var amountOwed: Money?
    /// Agreed or required pay-by dates, earliest first; the first is the rewrite's deadline.
    public var agreedDates: [CalendarDate]
    /// The statement or invoice reference the request rests on (`"2026-03 对账单"`, `"INV-5521"`).
    public var statementReference: String?
    /// How the collector addresses the customer ("王总", "Mr. Patel"). Personal data: redacted
    /// from `description`.
    public var addressee: String?

    /// A context; everything defaults to unknown.
    public init(approvedIncentives: [String] = [], amountOwed: Money? = nil, agreedDates: [CalendarDate] = [],
                statementReference: String? = nil, addressee: String? = nil) {
        self.approvedIncentives = approvedIncentives
        self.amountOwed = amountOwed
        self.agreedDates = agreedDates
        self.statementReference = statementReference
        self.addressee = addressee
    }

    /// A summary without the addressee's name.
    public var description: String {
        let amount = amountOwed.map { "\($0.minorUnits) minor \($0.currency.code)" } ?? "unknown"
        return "MessageContext(approvedIncentives: \(approvedIncentives.count), amountOwed: \(amount), "
            + "agreedDates: \(agreedDates.map(\.description)), statementReference: \(statementReference ?? "none"), "
            + "addressee: \(addressee == nil ? "none" : "<redacted>"))"
    }

    /// Same as ``description``: the addressee stays redacted in debug output too.
    public var debugDescription: String { description }
}

extension MessageContext: RedactedReflection {}
