/// What the customer is doing with the excuse (contesting, deferring, pressuring), which decides how the collector answers.
public enum ExcuseIntent: String, Sendable, Hashable, Codable {
    /// A concrete problem to resolve (a defect, a missing invoice, a payment to trace):
    /// fix or verify it, then collect.
    case dispute
    /// A reason to pay later without contesting the debt: answer with facts and a firm plan.
    case deferral
    /// Pressure on the relationship ("we will stop buying"): answer calmly with the record.
    case leverage
    /// No excuse was given.
    case none

    /// The usual tactic behind a category; categories a host added count as deferrals.
    public init(category: ExcuseCategory) {
        switch category {
        case .productQuality, .serviceIssue, .promotionSupport, .billingDispute, .alreadyPaid:
            self = .dispute
        case .terminationThreat:
            self = .leverage
        case .notAnExcuse:
            self = .none
        default:
            self = .deferral
        }
    }
}
