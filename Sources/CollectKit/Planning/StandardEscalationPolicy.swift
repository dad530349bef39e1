/// The standard ladder: reminder from the first day overdue; firm call at 15 days or one
/// broken promise; visit at 30 days or two; manager at 60 days or three; stop shipment /
/// credit hold at 90 days or four; legal at 180 days (broken promises alone never send a
/// customer to court).
///
/// For poor or unknown standing the day thresholds are halved (rounded up), because a
/// customer with poor credit is followed tightly; core customers get them doubled.
public struct StandardEscalationPolicy: EscalationPolicy {
    /// Creates the policy.
    public init() {}

    private static let baseDays: [Int] = [1, 15, 30, 60, 90, 180]
    private static let baseBroken: [Int?] = [nil, 1, 2, 3, 4, nil]

    private func trigger(at index: Int, for input: EscalationInput) -> EscalationTrigger {
        var days = Self.baseDays[index]
        if index > 0 {
            switch (input.tier, input.standing) {
            case (.core, _): days *= 2
            case (_, .poor), (_, .unknown): days = (days + 1) / 2
            default: break
            }
        }
        return EscalationTrigger(daysOverdue: days, brokenPromises: Self.baseBroken[index])
    }

    /// The current rung as documented on the type.
    public func currentLevel(_ input: EscalationInput) -> EscalationLevel? {
        var current: EscalationLevel?
        for (index, level) in EscalationLevel.allCases.enumerated()
        where trigger(at: index, for: input).fires(daysOverdue: input.daysOverdue, brokenPromises: input.brokenPromises) {
            current = level
        }
        return current
    }

    /// The full ladder as documented on the type.
    public func ladder(_ input: EscalationInput) -> EscalationLadder {
        var steps: [EscalationStep] = []
        steps.reserveCapacity(6)
        var current: EscalationLevel?
        for (index, level) in EscalationLevel.allCases.enumerated() {
            let trigger = trigger(at: index, for: input)
            let reached = trigger.fires(daysOverdue: input.daysOverdue, brokenPromises: input.brokenPromises)
            if reached { current = level }
            steps.append(EscalationStep(level: level, trigger: trigger, isReached: reached))
        }
        let rationale = Rationale(
            code: "escalation." + (current.map { String($0.rawValue) } ?? "none"),
            zh: "最久逾期 {days} 天、违约承诺 {broken} 次({standing},{tier}),当前升级至:{level}。",
            en: "Oldest item {days} days overdue, {broken} broken promises ({standingEn}, {tierEn}): current rung {levelEn}.",
            inputs: [
                RationaleInput("days", .days(input.daysOverdue)),
                RationaleInput("broken", .count(input.brokenPromises)),
                RationaleInput("standing", .label(input.standing.chineseName)),
                RationaleInput("standingEn", .label(input.standing.rawValue)),
                RationaleInput("tier", .label(input.tier.chineseName)),
                RationaleInput("tierEn", .label(input.tier.rawValue)),
                RationaleInput("level", .label(current?.chineseName ?? "无需升级")),
                RationaleInput("levelEn", .label(current?.englishName ?? "none")),
            ])
        return EscalationLadder(steps: steps, current: current, rationale: rationale)
    }
}
