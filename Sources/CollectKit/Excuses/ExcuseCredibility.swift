/// How well an excuse fits the facts the host supplied: a judgement to act on, never a
/// verdict that the customer is lying. The facts behind it are in
/// ``ExcuseAssessment/credibilityReasons``.
public enum ExcuseCredibility: String, Sendable, Hashable, Codable, CaseIterable {
    /// The facts support the excuse: resolve it first.
    case consistent
    /// The facts point the other way: answer with them and hold to the plan.
    case inconsistent
    /// No fact bears on it yet: verify before accepting or rejecting it.
    case unverified

    /// The judgement in Chinese: 「与事实相符」.
    public var chineseName: String {
        switch self {
        case .consistent: "与事实相符"
        case .inconsistent: "与事实不符"
        case .unverified: "有待核实"
        }
    }

    /// The judgement in English: "consistent with the facts".
    public var englishName: String {
        switch self {
        case .consistent: "consistent with the facts"
        case .inconsistent: "at odds with the facts"
        case .unverified: "not yet verified"
        }
    }
}
