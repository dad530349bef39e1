/// Decides how often to contact a customer and when next.
///
/// Conformers guarantee: the interval is at least one day; the next contact is not before
/// `asOf`; and when a promise is open, the next contact is on or before its date (or today
/// if that date has passed), so no promise lapses without a check-in. The planner enforces
/// the last two again after calling the policy.
public protocol CadencePolicy: Sendable {
    /// The follow-up interval and the next contact date, with the reason.
    func cadence(_ input: CadenceInput) -> CadenceDecision
}

/// What a ``CadencePolicy`` decides from.
public struct CadenceInput: Hashable, Sendable {
    /// The day being planned.
    public var asOf: CalendarDate
    /// The customer's credit standing.
    public var standing: CreditStanding
    /// The promise record.
    public var promises: PromiseRecord
    /// Excuses given within the planner's look-back window (not counting `not_an_excuse`
    /// or reasons that proved to be real disputes).
    public var recentExcuses: Int
    /// When the customer was last contacted, if ever.
    public var lastContactDate: CalendarDate?
    /// Whether anything is past due.
    public var hasOverdue: Bool
    /// The earliest due date of what is not yet due, if anything.
    public var nextDueDate: CalendarDate?
    /// The customer's host-specific facts, for policies that depend on them (e.g. a stricter
    /// cadence for customers paid from construction projects).
    public var attributes: CustomerAttributes

    /// Creates an input.
    public init(asOf: CalendarDate, standing: CreditStanding, promises: PromiseRecord, recentExcuses: Int,
                lastContactDate: CalendarDate?, hasOverdue: Bool, nextDueDate: CalendarDate?,
                attributes: CustomerAttributes = CustomerAttributes()) {
        self.attributes = attributes
        self.asOf = asOf
        self.standing = standing
        self.promises = promises
        self.recentExcuses = recentExcuses
        self.lastContactDate = lastContactDate
        self.hasOverdue = hasOverdue
        self.nextDueDate = nextDueDate
    }
}

/// Why the next contact falls when it does.
public enum ContactPurpose: String, Hashable, Sendable, Codable, CaseIterable {
    /// Checking on an open promise on or before its date (or the day after it lapsed).
    case promiseCheckIn = "promise_check_in"
    /// Regular chasing of an overdue balance.
    case followUp = "follow_up"
    /// A reminder shortly before something falls due.
    case preDueReminder = "pre_due_reminder"

    /// The purpose's name in Chinese.
    public var chineseName: String {
        switch self {
        case .promiseCheckIn: "承诺到期跟进"
        case .followUp: "逾期催收"
        case .preDueReminder: "到期前提醒"
        }
    }

    /// The purpose's name in English, for sentences people read.
    public var englishName: String {
        switch self {
        case .promiseCheckIn: "promise check-in"
        case .followUp: "overdue follow-up"
        case .preDueReminder: "reminder before the due date"
        }
    }
}

/// A ``CadencePolicy``'s answer.
public struct CadenceDecision: Hashable, Sendable {
    /// Days between contacts; at least 1.
    public var intervalDays: Int
    /// The next contact date.
    public var nextContact: CalendarDate
    /// What the next contact is for.
    public var purpose: ContactPurpose
    /// Why.
    public var rationale: Rationale

    /// Creates a decision.
    public init(intervalDays: Int, nextContact: CalendarDate, purpose: ContactPurpose, rationale: Rationale) {
        self.intervalDays = intervalDays
        self.nextContact = nextContact
        self.purpose = purpose
        self.rationale = rationale
    }
}
