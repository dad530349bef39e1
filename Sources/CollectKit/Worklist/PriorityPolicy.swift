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
