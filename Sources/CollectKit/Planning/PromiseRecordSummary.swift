/// What the customer's promise record says, in the few numbers the planner needs.
///
/// The engine fills this from the promise ledger (kept rates, credibility); a host without
/// a ledger can fill the counts alone and let the planner derive the rest. Every field has a
/// neutral default, so ``none`` describes a customer who never promised anything.
public struct PromiseRecordSummary: Hashable, Sendable, Codable {
    /// A promise not yet resolved: how much the customer said they would pay, and by when.
    public struct OpenPromise: Hashable, Sendable, Codable {
        /// The promised amount.
        public var amount: Money
        /// The promised pay-by date; a check-in is always planned on or before it.
        public var date: CalendarDate
        /// Creates an open promise.
        public init(amount: Money, date: CalendarDate) {
            self.amount = amount
            self.date = date
        }
    }

    /// Promises made and resolved (kept, partly kept or broken).
    public var made: Int
    /// Promises kept in full and on time.
    public var kept: Int
    /// Promises kept only in part ("你催一次,他办一点").
    public var partiallyKept: Int
    /// Promises broken outright.
    public var broken: Int
    /// The ledger's amount-weighted kept rate, 0…1; `nil` derives one from the counts.
    public var weightedKeptRate: Double?
    /// The ledger's estimate that the next promise will be kept, 0…1; `nil` derives one.
    public var credibility: Double?
    /// The promise currently open, if any.
    public var openPromise: OpenPromise?
    /// When the most recent promise was broken, if ever.
    public var lastBrokenDate: CalendarDate?

    /// Creates a summary; all fields default to "no record".
    public init(made: Int = 0, kept: Int = 0, partiallyKept: Int = 0, broken: Int = 0,
                weightedKeptRate: Double? = nil, credibility: Double? = nil,
                openPromise: OpenPromise? = nil, lastBrokenDate: CalendarDate? = nil) {
        self.made = made
        self.kept = kept
        self.partiallyKept = partiallyKept
        self.broken = broken
        self.weightedKeptRate = weightedKeptRate
        self.credibility = credibility
        self.openPromise = openPromise
        self.lastBrokenDate = lastBrokenDate
    }

    /// No promises on record.
    public static let none = PromiseRecordSummary()

    /// The kept rate to use: the ledger's when given (clamped to 0…1), otherwise
    /// (kept + ½ partly kept) ÷ resolved, and `nil` with nothing resolved.
    public var effectiveKeptRate: Double? {
        if let weightedKeptRate, weightedKeptRate.isFinite { return min(1, max(0, weightedKeptRate)) }
        let resolved = kept + partiallyKept + broken
        guard resolved > 0 else { return nil }
        return (Double(kept) + 0.5 * Double(partiallyKept)) / Double(resolved)
    }

    /// The credibility to use: the ledger's when given (clamped to 0…1), otherwise a
    /// Laplace-smoothed kept rate (kept + ½ partly kept + 1) ÷ (resolved + 2), which is 0.5
    /// for a customer with no record.
    public var effectiveCredibility: Double {
        if let credibility, credibility.isFinite { return min(1, max(0, credibility)) }
        let resolved = max(0, kept) + max(0, partiallyKept) + max(0, broken)
        return (Double(max(0, kept)) + 0.5 * Double(max(0, partiallyKept)) + 1) / Double(resolved + 2)
    }
}
