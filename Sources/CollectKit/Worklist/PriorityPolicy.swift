import Foundation

/// Decides how urgently a customer should be chased today.
///
/// Conformers guarantee a deterministic score for equal inputs (the worklist must come out
/// the same however the portfolio is sharded); higher points mean more urgent. The worklist
/// breaks ties by customer id.
public protocol PriorityPolicy: Sendable {
    /// The score and its parts.
    func priority(_ input: PriorityInput) -> PriorityScore
}

/// What a ``PriorityPolicy`` decides from.
public struct PriorityInput: Hashable, Sendable {
    /// What is being requested today, in major units, weighted by currency (see
    /// ``WorklistConfiguration/currencyWeights``). Only used for ranking, never as money.
    public var amountAtStake: Double
    /// Days past due of the oldest overdue item.
    public var daysOverdue: Int
    /// An open promise falls due today.
    public var promiseDueToday: Bool
    /// A promise was broken within the last week (or an open one lapsed unresolved).
    public var promiseJustBroken: Bool
    /// How credible the customer's promises are, 0…10,000 basis points.
    public var credibility: BasisPoints
    /// The customer is known to owe other suppliers who chase them.
    public var hasCompetingCreditors: Bool
    /// Payments to other suppliers heard of recently.
    public var knownPaymentsToOthers: Int
    /// Days since the last contact; `nil` if never contacted.
    public var daysSinceLastContact: Int?
    /// The customer's follow-up interval.
    public var cadenceDays: Int

    /// Creates an input.
    public init(amountAtStake: Double, daysOverdue: Int, promiseDueToday: Bool, promiseJustBroken: Bool,
                credibility: BasisPoints, hasCompetingCreditors: Bool, knownPaymentsToOthers: Int,
                daysSinceLastContact: Int?, cadenceDays: Int) {
        self.amountAtStake = amountAtStake
        self.daysOverdue = daysOverdue
        self.promiseDueToday = promiseDueToday
        self.promiseJustBroken = promiseJustBroken
        self.credibility = credibility
        self.hasCompetingCreditors = hasCompetingCreditors
        self.knownPaymentsToOthers = knownPaymentsToOthers
        self.daysSinceLastContact = daysSinceLastContact
        self.cadenceDays = cadenceDays
    }
}

/// A priority in whole points, with the part each factor contributed (for the rationale).
public struct PriorityScore: Hashable, Sendable, Comparable, Codable {
    /// Points for the amount at stake.
    public var amountPoints: Int
    /// Points for days overdue.
    public var overduePoints: Int
    /// Points for a promise due today or just broken.
    public var promisePoints: Int
    /// Points for low credibility.
    public var credibilityPoints: Int
    /// Points for competition for the customer's cash and for going unchased.
    public var competitionPoints: Int

    /// Creates a score from its parts.
    public init(amountPoints: Int, overduePoints: Int, promisePoints: Int, credibilityPoints: Int, competitionPoints: Int) {
        self.amountPoints = amountPoints
        self.overduePoints = overduePoints
        self.promisePoints = promisePoints
        self.credibilityPoints = credibilityPoints
        self.competitionPoints = competitionPoints
    }

    /// The total.
    public var points: Int { amountPoints + overduePoints + promisePoints + credibilityPoints + competitionPoints }

    /// Orders by total points.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.points < rhs.points }
}

/// The standard weighting:
/// - amount: 200 × log10(1 + amount at stake) (100,000 → 1,000 points; ten times the money
///   is worth 200 more points);
/// - days overdue: 1 per day, up to 365 days;
/// - promise: 250 if one is due today, 350 if one was just broken (both can apply);
/// - credibility: 200 × (1 − credibility), rounded;
/// - competition: with competing creditors, 100 + 10 per day beyond the cadence since the
///   last contact (never contacted counts as 30 days, capped at 30) + 25 per known payment
///   to others (up to 4) — whoever chases most gets paid first; without competitors, going
///   unchased beyond the cadence still adds 5 per day (up to 30 days).
public struct StandardPriorityPolicy: PriorityPolicy {
    /// Creates the policy.
    public init() {}

    /// Scores as documented on the type.
    public func priority(_ input: PriorityInput) -> PriorityScore {
        let amount = input.amountAtStake.isFinite ? Swift.max(0, input.amountAtStake) : 0
        let amountPoints = Int((200 * log10(1 + amount)).rounded())
        let overduePoints = Swift.min(365, Swift.max(0, input.daysOverdue))
        let promisePoints = (input.promiseDueToday ? 250 : 0) + (input.promiseJustBroken ? 350 : 0)
        let credibility = Swift.min(10_000, Swift.max(0, input.credibility.value))
        let credibilityPoints = (200 * (10_000 - credibility) + 5_000) / 10_000
        let unchased = Swift.min(30, Swift.max(0, (input.daysSinceLastContact ?? 30 + input.cadenceDays) - input.cadenceDays))
        let competitionPoints = input.hasCompetingCreditors
            ? 100 + 10 * unchased + 25 * Swift.min(4, Swift.max(0, input.knownPaymentsToOthers))
            : 5 * unchased
        return PriorityScore(amountPoints: amountPoints, overduePoints: overduePoints, promisePoints: promisePoints,
                             credibilityPoints: credibilityPoints, competitionPoints: competitionPoints)
    }
}
