/// Whether a draft asks the way the article teaches: a specific amount, a specific deadline,
/// a next step the collector will take, and nothing but facts.
public struct FirmnessSummary: Hashable, Sendable, Codable {
    /// The draft names a concrete amount ("18万", "¥182,000", "the 40k").
    public let namesAmount: Bool
    /// The draft names a concrete deadline ("4月15日17:00前", "by Friday 3pm"); "尽快" and "ASAP" are not deadlines.
    public let namesDeadline: Bool
    /// The draft says what happens next ("我周五上午去拿回单", "I'll call Thursday to confirm").
    public let namesNextStep: Bool
    /// The draft argues from facts: no pleading, no quota or policy disclosure, no invented concession.
    public let staysFactual: Bool

    /// A summary from its four answers.
    public init(namesAmount: Bool, namesDeadline: Bool, namesNextStep: Bool, staysFactual: Bool) {
        self.namesAmount = namesAmount
        self.namesDeadline = namesDeadline
        self.namesNextStep = namesNextStep
        self.staysFactual = staysFactual
    }

    /// All four hold: the draft is ready to send.
    public var isFirm: Bool { namesAmount && namesDeadline && namesNextStep && staysFactual }
}
