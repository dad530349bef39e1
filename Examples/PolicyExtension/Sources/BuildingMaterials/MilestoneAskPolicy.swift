import CollectKit

/// Anchors the ask like the standard policy, but for a project customer never above what
/// the project's next milestone releases to them: asking for more than the customer can
/// receive only teaches them to ignore the figure. Never below what we expect, never above
/// what is owed.
public struct MilestoneAskPolicy: AskPolicy {
    /// The policy for everyone else and the anchored figure for project customers.
    public var base: any AskPolicy

    /// A policy over `base` (the standard anchored ask by default).
    public init(base: any AskPolicy = StandardAskPolicy()) {
        self.base = base
    }

    /// The base ask, capped at the next milestone's amount for project customers.
    public func ask(_ input: AskInput) -> AskDecision {
        let decision = base.ask(input)
        guard input.attributes[.isProjectCustomer] == true,
              let milestone = input.attributes[.nextMilestoneAmount],
              milestone.currency == input.expected.currency,
              decision.amount.currency == input.expected.currency,
              milestone.minorUnits < decision.amount.minorUnits else { return decision }
        let capped = max(input.expected.minorUnits, min(milestone.minorUnits, input.owed.minorUnits))
        guard capped < decision.amount.minorUnits else { return decision }
        let amount = Money(minorUnits: capped, currency: input.expected.currency)
        return AskDecision(
            amount: amount, ratioBasisPoints: decision.ratioBasisPoints,
            rationale: Rationale(code: "ask.milestone",
                                 zh: "工程项目客户:锚定报价{anchored}超过下一节点拨款{milestone},按节点可付的{ask}提出(不低于预期{expected})",
                                 en: "Project customer: the anchored ask {anchored} exceeds the next milestone's {milestone}; asking {ask}, what it can pay (not below the expected {expected})",
                                 inputs: ["anchored": .money(decision.amount),
                                          "milestone": .money(milestone),
                                          "ask": .money(amount),
                                          "expected": .money(input.expected)]))
    }
}
