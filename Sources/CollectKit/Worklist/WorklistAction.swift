/// One thing to do today: who chases whom, what to ask for and by when, how, and why.
public struct WorklistAction: Hashable, Sendable, Codable {
    /// The customer to contact.
    public let customerID: CustomerID
    /// The collector who does it.
    public let collector: CollectorID
    /// Whether the customer had no assigned collector (the action went to the last contact's
    /// collector or the fallback queue).
    public let isFallbackAssignment: Bool
    /// What to ask for, one per currency (sorted by currency code); never empty.
    public let requests: [CollectionRequest]
    /// How to make contact.
    public let channel: ContactChannel
    /// How hard to press.
    public let intensity: ContactIntensity
    /// What the contact is for.
    public let purpose: ContactPurpose
    /// The current escalation rung, if any.
    public let escalation: EscalationLevel?
    /// How urgent, with the parts.
    public let priority: PriorityScore
    /// Days past due of the oldest overdue item.
    public let daysOverdue: Int
    /// The customer's promise credibility, 0…10,000 basis points.
    public let credibility: BasisPoints
    /// The follow-up interval in days.
    public let cadenceDays: Int

    /// Creates an action; ``CollectionEngine/worklist(asOf:)`` is the usual source.
    public init(customerID: CustomerID, collector: CollectorID, isFallbackAssignment: Bool, requests: [CollectionRequest],
                channel: ContactChannel, intensity: ContactIntensity, purpose: ContactPurpose, escalation: EscalationLevel?,
                priority: PriorityScore, daysOverdue: Int, credibility: BasisPoints, cadenceDays: Int) {
        self.customerID = customerID
        self.collector = collector
        self.isFallbackAssignment = isFallbackAssignment
        self.requests = requests
        self.channel = channel
        self.intensity = intensity
        self.purpose = purpose
        self.escalation = escalation
        self.priority = priority
        self.daysOverdue = daysOverdue
        self.credibility = credibility
        self.cadenceDays = cadenceDays
    }

    /// Why this action is on today's list, built when read.
    public var why: Rationale {
        let ask: RationaleValue = requests.count == 1
            ? .money(requests[0].amount)
            : .label(requests.map { MoneyText.plain($0.amount) }.joined(separator: " + "))
        return Rationale(
            code: "worklist." + purpose.rawValue,
            zh: "{purposeZh}:通过{channelZh}({intensityZh})要求 {ask} 于 {payBy} 前回款。最久逾期 {days} 天,承诺可信度 {credibility},跟进间隔 {cadence} 天;优先级 {points} 分(金额 {amountPoints}、逾期 {overduePoints}、承诺 {promisePoints}、可信度 {credibilityPoints}、竞争与久未跟进 {competitionPoints})。",
            en: "{purposeEn}: by {channelEn} ({intensityEn}), ask for {ask} by {payBy}. Oldest item {days} days overdue, promise credibility {credibility}, cadence {cadence} days; priority {points} points (amount {amountPoints}, overdue {overduePoints}, promises {promisePoints}, credibility {credibilityPoints}, competition and time unchased {competitionPoints}).",
            inputs: [
                RationaleInput("purposeZh", .label(purpose.chineseName)),
                RationaleInput("purposeEn", .label(purpose.rawValue)),
                RationaleInput("channelZh", .label(channel.chineseName)),
                RationaleInput("channelEn", .label(channel.rawValue)),
                RationaleInput("intensityZh", .label(intensity.chineseName)),
                RationaleInput("intensityEn", .label(intensity.rawValue)),
                RationaleInput("ask", ask),
                RationaleInput("payBy", .date(requests.map(\.payBy).min() ?? CalendarDate(daysSinceEpoch: 0))),
                RationaleInput("days", .days(daysOverdue)),
                RationaleInput("credibility", .basisPoints(credibility)),
                RationaleInput("cadence", .days(cadenceDays)),
                RationaleInput("points", .count(priority.points)),
                RationaleInput("amountPoints", .count(priority.amountPoints)),
                RationaleInput("overduePoints", .count(priority.overduePoints)),
                RationaleInput("promisePoints", .count(priority.promisePoints)),
                RationaleInput("credibilityPoints", .count(priority.credibilityPoints)),
                RationaleInput("competitionPoints", .count(priority.competitionPoints)),
            ])
    }

    /// Ranking order: higher priority first, then customer id ascending.
    static func ranksBefore(_ lhs: WorklistAction, _ rhs: WorklistAction) -> Bool {
        let left = lhs.priority.points, right = rhs.priority.points
        return left != right ? left > right : lhs.customerID < rhs.customerID
    }
}
