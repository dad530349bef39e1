/// How a customer has kept their promises to pay: the record a collector looks at before
/// believing the next one, and what the planner, the worklist and excuse counsel read.
///
/// The engine fills every field from what it recorded (``CollectionEngine/promiseRecord(for:from:through:)``).
/// A host planning without an engine can fill the counts alone and let the ``effectiveKeptRate``
/// and ``effectiveCredibility`` be derived; every field has a neutral default, so ``none``
/// describes a customer who never promised anything.
public struct PromiseRecord: Hashable, Sendable, Codable {
    /// Promises whose promised date falls in the window, made by its last day.
    public var made: Int
    /// Of those, kept in full by their deadline.
    public var kept: Int
    /// Of those, kept only in part by their deadline ("你催一次,他办一点").
    public var partiallyKept: Int
    /// Of those, broken: nothing arrived by the deadline.
    public var broken: Int
    /// Of those, still open on the window's last day.
    public var open: Int
    /// Of those, replaced before their deadline (replaced after it, they count by outcome).
    public var renegotiated: Int
    /// Of those, cancelled.
    public var cancelled: Int
    /// Σ fulfilment ÷ settled (kept + partly kept + broken), where a kept promise counts in
    /// full, a partly kept one its fulfilled share and a broken one nothing; `nil` with
    /// nothing settled or unknown.
    public var weightedKeptRate: BasisPoints?
    /// The estimated chance that the next promise will be kept, smoothed and
    /// recency-weighted (see ``PromisePolicy``); `nil` when unknown.
    public var credibility: BasisPoints?
    /// Mean days from promised date to the day the money reached the kept threshold (0 when
    /// on time), over settled promises eventually fulfilled; `nil` when none was.
    public var averageDaysLate: Double?
    /// The amount of the promise currently open, if any.
    public var openPromiseAmount: Money?
    /// The pay-by date of the promise currently open; a check-in is always planned on or
    /// before it.
    public var openPromiseDate: CalendarDate?
    /// When the most recent promise was broken, if ever.
    public var lastBrokenDate: CalendarDate?

    /// A record; every field defaults to "no record". Negative counts are read as zero.
    public init(made: Int = 0, kept: Int = 0, partiallyKept: Int = 0, broken: Int = 0, open: Int = 0,
                renegotiated: Int = 0, cancelled: Int = 0, weightedKeptRate: BasisPoints? = nil,
                credibility: BasisPoints? = nil, averageDaysLate: Double? = nil, openPromiseAmount: Money? = nil,
                openPromiseDate: CalendarDate? = nil, lastBrokenDate: CalendarDate? = nil) {
        self.made = Swift.max(0, made)
        self.kept = Swift.max(0, kept)
        self.partiallyKept = Swift.max(0, partiallyKept)
        self.broken = Swift.max(0, broken)
        self.open = Swift.max(0, open)
        self.renegotiated = Swift.max(0, renegotiated)
        self.cancelled = Swift.max(0, cancelled)
        self.weightedKeptRate = weightedKeptRate
        self.credibility = credibility
        self.averageDaysLate = averageDaysLate
        self.openPromiseAmount = openPromiseAmount
        self.openPromiseDate = openPromiseDate
        self.lastBrokenDate = lastBrokenDate
    }

    /// No promises on record.
    public static let none = PromiseRecord()

    /// Promises settled: kept, partly kept or broken.
    public var settled: Int { Self.saturatingSum(Swift.max(0, kept), Swift.max(0, partiallyKept), Swift.max(0, broken)) }

    /// Kept ÷ settled; `nil` with nothing settled.
    public var keptRate: BasisPoints? {
        BasisPoints(part: Int64(Swift.max(0, kept)), of: Int64(settled))
    }

    /// The kept rate to plan with: ``weightedKeptRate`` when known (clamped to the whole),
    /// otherwise (kept + ½ partly kept) ÷ settled; `nil` with nothing settled.
    public var effectiveKeptRate: BasisPoints? {
        if let weightedKeptRate { return Self.clamped(weightedKeptRate) }
        return BasisPoints(part: 2 * Int64(Swift.max(0, kept)) + Int64(Swift.max(0, partiallyKept)), of: 2 * Int64(settled))
    }

    /// The credibility to plan with: ``credibility`` when known (clamped to the whole),
    /// otherwise a Laplace-smoothed kept rate (kept + ½ partly kept + 1) ÷ (settled + 2),
    /// which is 5,000 basis points for a customer with no record.
    public var effectiveCredibility: BasisPoints {
        if let credibility { return Self.clamped(credibility) }
        let part = 2 * Int64(Swift.max(0, kept)) + Int64(Swift.max(0, partiallyKept)) + 2
        return BasisPoints(part: part, of: 2 * Int64(settled) + 4) ?? 5_000
    }

    private static func clamped(_ value: BasisPoints) -> BasisPoints {
        BasisPoints(Swift.min(10_000, Swift.max(0, value.value)))
    }

    /// Counts come from hosts; `Int.max` plus one must not trap.
    private static func saturatingSum(_ values: Int...) -> Int {
        values.reduce(0) { total, value in
            let (sum, overflow) = total.addingReportingOverflow(value)
            return overflow ? Int.max : sum
        }
    }
}
