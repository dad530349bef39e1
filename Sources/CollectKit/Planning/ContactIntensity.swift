/// How hard a contact presses.
public enum ContactIntensity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A courteous reminder.
    case reminder
    /// A firm request naming the amount and the date.
    case firm
    /// A formal step with stated consequences (credit hold, legal).
    case formal

    /// Orders from gentlest to hardest.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .reminder: 0
        case .firm: 1
        case .formal: 2
        }
    }

    /// The intensity's name in Chinese.
    public var chineseName: String {
        switch self {
        case .reminder: "提醒"
        case .firm: "坚决催收"
        case .formal: "正式通知"
        }
    }

    /// The intensity's name in English, for sentences people read.
    public var englishName: String {
        switch self {
        case .reminder: "reminder"
        case .firm: "firm request"
        case .formal: "formal notice"
        }
    }
}
