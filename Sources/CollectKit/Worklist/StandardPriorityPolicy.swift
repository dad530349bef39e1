import Foundation

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
