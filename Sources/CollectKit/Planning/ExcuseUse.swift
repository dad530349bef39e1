/// One time the customer gave a reason for not paying, and what happened after.
public struct ExcuseUse: Hashable, Sendable, Codable {
    /// What happened after the excuse.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// The customer paid in full afterwards.
        case paid
        /// The customer paid part of what was asked.
        case partlyPaid = "partly_paid"
        /// Nothing was paid.
        case notPaid = "not_paid"
        /// The reason turned out to be a real dispute (e.g. a proven defect).
        case confirmedDispute = "confirmed_dispute"
        /// Not known yet.
        case unknown
    }

    /// The excuse's category (from the excuse classifier or the collector's notes).
    public var category: ExcuseCategory
    /// When the customer gave it.
    public var date: CalendarDate
    /// What happened after.
    public var outcome: Outcome

    /// Creates an excuse record.
    public init(category: ExcuseCategory, date: CalendarDate, outcome: Outcome = .unknown) {
        self.category = category
        self.date = date
        self.outcome = outcome
    }
}
