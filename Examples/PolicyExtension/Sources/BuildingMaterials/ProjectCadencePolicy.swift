import CollectKit

/// Follows project customers more tightly than others: at most every `projectIntervalDays`
/// days, and always on the day of the project's next payment milestone, when the money the
/// customer is waiting for arrives and other suppliers will be calling too.
public struct ProjectCadencePolicy: CadencePolicy {
    /// The policy for everyone else and the starting point for project customers.
    public var base: any CadencePolicy
    /// The longest interval for a project customer.
    public var projectIntervalDays: Int

    /// A policy over `base` (the standard one by default).
    public init(base: any CadencePolicy = StandardCadencePolicy(), projectIntervalDays: Int = 4) {
        self.base = base
        self.projectIntervalDays = max(1, projectIntervalDays)
    }

    /// The base cadence, tightened for project customers.
    public func cadence(_ input: CadenceInput) -> CadenceDecision {
        var decision = base.cadence(input)
        guard input.attributes[.isProjectCustomer] == true else { return decision }
        let interval = min(decision.intervalDays, projectIntervalDays)
        var next = min(decision.nextContact, input.asOf.adding(days: interval))
        if let milestone = input.attributes[.nextMilestoneDate], milestone >= input.asOf, milestone < next {
            next = milestone
            return CadenceDecision(
                intervalDays: interval, nextContact: next, purpose: decision.purpose,
                rationale: Rationale(code: "cadence.project.milestone",
                                     zh: "工程项目客户:跟进间隔不超过{interval}天;付款节点{next}当天联系,抢在其他供应商之前",
                                     en: "Project customer: follow up at least every {interval} days; call on the milestone day {next}, before other suppliers do",
                                     inputs: ["interval": .days(interval), "next": .date(next)]))
        }
        decision = CadenceDecision(
            intervalDays: interval, nextContact: next, purpose: decision.purpose,
            rationale: Rationale(code: "cadence.project",
                                 zh: "工程项目客户:跟进间隔不超过{interval}天,下次联系{next}",
                                 en: "Project customer: follow up at least every {interval} days; next contact {next}",
                                 inputs: ["interval": .days(interval), "next": .date(next)]))
        return decision
    }
}
