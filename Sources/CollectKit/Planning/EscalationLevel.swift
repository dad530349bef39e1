/// A rung of the escalation ladder, from a reminder to legal action.
public enum EscalationLevel: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A courteous reminder by message.
    case reminder = 1
    /// A firm call naming amount and date.
    case firmCall = 2
    /// A visit in person.
    case visit = 3
    /// The collector's manager takes part.
    case manager = 4
    /// Shipments stop and credit is held until paid (停止发货/冻结信用).
    case creditHold = 5
    /// Legal action (律师函/诉讼).
    case legal = 6

    /// Orders by severity.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The channel a contact at this level uses.
    public var channel: ContactChannel {
        switch self {
        case .reminder: .chat
        case .firmCall, .manager: .call
        case .visit: .visit
        case .creditHold, .legal: .letter
        }
    }

    /// The intensity of a contact at this level.
    public var intensity: ContactIntensity {
        switch self {
        case .reminder: .reminder
        case .firmCall, .visit, .manager: .firm
        case .creditHold, .legal: .formal
        }
    }

    /// The level's name in Chinese.
    public var chineseName: String {
        switch self {
        case .reminder: "提醒"
        case .firmCall: "电话催收"
        case .visit: "上门拜访"
        case .manager: "上级介入"
        case .creditHold: "停止发货/冻结信用"
        case .legal: "法律途径"
        }
    }

    /// The level's name in English.
    public var englishName: String {
        switch self {
        case .reminder: "reminder"
        case .firmCall: "firm call"
        case .visit: "visit"
        case .manager: "manager involved"
        case .creditHold: "stop shipment / credit hold"
        case .legal: "legal action"
        }
    }
}

/// When a rung of the ladder is reached: after `daysOverdue` days past due, or after
/// `brokenPromises` broken promises, whichever comes first (`nil` = not by that route).
public struct EscalationTrigger: Hashable, Sendable, Codable {
    /// Days past due of the oldest overdue item that reach the rung.
    public var daysOverdue: Int?
    /// Broken promises that reach the rung.
    public var brokenPromises: Int?

    /// Creates a trigger.
    public init(daysOverdue: Int?, brokenPromises: Int? = nil) {
        self.daysOverdue = daysOverdue
        self.brokenPromises = brokenPromises
    }

    /// Whether the trigger fires for this many days overdue and broken promises.
    public func fires(daysOverdue days: Int, brokenPromises broken: Int) -> Bool {
        if let threshold = daysOverdue, days >= threshold { return true }
        if let threshold = brokenPromises, broken >= threshold { return true }
        return false
    }
}

/// One rung with its trigger and whether the customer has reached it.
public struct EscalationStep: Hashable, Sendable {
    /// The rung.
    public var level: EscalationLevel
    /// What reaches it.
    public var trigger: EscalationTrigger
    /// Whether the customer's situation fires the trigger.
    public var isReached: Bool

    /// Creates a step.
    public init(level: EscalationLevel, trigger: EscalationTrigger, isReached: Bool) {
        self.level = level
        self.trigger = trigger
        self.isReached = isReached
    }
}

/// The whole ladder for one customer: every rung with its trigger, and the current rung.
public struct EscalationLadder: Hashable, Sendable {
    /// The rungs from reminder to legal.
    public var steps: [EscalationStep]
    /// The highest rung reached; `nil` while nothing is overdue and no promise is broken.
    public var current: EscalationLevel?
    /// Why.
    public var rationale: Rationale

    /// Creates a ladder.
    public init(steps: [EscalationStep], current: EscalationLevel?, rationale: Rationale) {
        self.steps = steps
        self.current = current
        self.rationale = rationale
    }
}
