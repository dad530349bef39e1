/// A warning pattern in how a customer makes and keeps promises (the article's fourth
/// point), with the promises that show it and a sentence a collector can read.
public struct PromiseSignal: Hashable, Sendable {
    /// Which pattern: an open vocabulary with the article's five built-in patterns.
    public struct Kind: OpenVocabulary {
        /// The stable snake_case label.
        public let rawValue: String
        /// A kind with this label.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Pays a little each time chased (你催一次,他办一点): repeated partial fulfilment.
        public static let partialPayer = Self(rawValue: "partial_payer")
        /// Many promises, little paid.
        public static let serialPromiser = Self(rawValue: "serial_promiser")
        /// A promised date passed unpaid and nobody contacted the customer within the
        /// policy's follow-up window.
        public static let promiseWithoutFollowUp = Self(rawValue: "promise_without_follow_up")
        /// Open promises add up to more than is owed, or more than the customer has ever paid
        /// in a period of the same length.
        public static let overPromising = Self(rawValue: "over_promising")
        /// Open promises for one customer recorded by different collectors: the same cash may
        /// be promised to several people.
        public static let promisesToSeveralCollectors = Self(rawValue: "promises_to_several_collectors")
    }

    /// Which pattern.
    public let kind: Kind
    /// Whose behaviour.
    public let customerID: CustomerID
    /// The day the pattern was judged on.
    public let asOf: CalendarDate
    /// The promises that show it, by id.
    public let evidence: [PromiseID]
    /// The collectors involved (for several-collectors: all of them; otherwise those the
    /// evidence promises were made to), sorted.
    public let collectors: [CollectorID]
    /// The finding in Chinese, with its figures.
    public let zh: String
    /// The finding in English, with its figures.
    public let en: String
}
