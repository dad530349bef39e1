/// A change in a promise's standing that a CRM may act on (create a task, notify a collector).
public struct PromiseEvent: Hashable, Sendable, Codable {
    /// What changed: an open vocabulary with four built-in kinds.
    public struct Kind: OpenVocabulary {
        /// The stable snake_case label.
        public let rawValue: String
        /// A kind with this label.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The promised date arrived and the money has not.
        public static let becameDue = Self(rawValue: "became_due")
        /// The promise was kept.
        public static let kept = Self(rawValue: "kept")
        /// The deadline passed with only part of the money paid.
        public static let partiallyKept = Self(rawValue: "partially_kept")
        /// The deadline passed with nothing paid.
        public static let broken = Self(rawValue: "broken")
    }

    /// What changed.
    public let kind: Kind
    /// The promise it concerns.
    public let promiseID: PromiseID
    /// The customer who made the promise.
    public let customerID: CustomerID
    /// The collector the promise was made to (who should act).
    public let collectorID: CollectorID
    /// The evaluation day on which the change was noticed.
    public let asOf: CalendarDate
    /// The status that produced the event.
    public let status: PromiseStatus
}
