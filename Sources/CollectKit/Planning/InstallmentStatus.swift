/// Where one installment of a collection plan stands (the 回款计划 statuses of Chinese CRMs).
public enum InstallmentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not yet due and nothing received (待回款).
    case pending
    /// Part received, not yet past its date (部分回款).
    case partiallyPaid = "partially_paid"
    /// Received in full (已回款).
    case paid
    /// Its date has passed and it is not fully received, whether or not part came in (已逾期).
    case overdue

    /// The status of an installment of `amount` with `paid` received, due `date`, on `asOf`.
    ///
    /// Fully paid wins; otherwise a passed date (strictly before `asOf`) makes it overdue even
    /// when part was received, because the shortfall is what the collector must chase.
    public static func of(amount: Money, paid: Money, date: CalendarDate, asOf: CalendarDate) -> Self {
        if paid.minorUnits >= amount.minorUnits { return .paid }
        if date < asOf { return .overdue }
        return paid.isPositive ? .partiallyPaid : .pending
    }

    /// The status's name in Chinese.
    public var chineseName: String {
        switch self {
        case .pending: "待回款"
        case .partiallyPaid: "部分回款"
        case .paid: "已回款"
        case .overdue: "已逾期"
        }
    }

    /// The status's name in English.
    public var englishName: String {
        switch self {
        case .pending: "pending"
        case .partiallyPaid: "partly paid"
        case .paid: "paid"
        case .overdue: "overdue"
        }
    }
}
