/// The rules the engine judges promises by: how late is still on time, how much
/// counts as kept, and the thresholds of the article's warning signals.
///
/// Fractions are basis points (1/10 000) so that "kept at 95%" is exact integer arithmetic
/// on money, never a `Double` comparison.
public struct PromisePolicy: Hashable, Sendable, Codable {
    /// Days after the promised date that money may arrive and still count as on time.
    public let graceDays: Int
    /// The share of the promised amount that counts as kept, in basis points: 10 000 = 100%,
    /// 9 500 = 95% (tolerating small rounding or bank fees).
    public let keptThresholdBasisPoints: Int
    /// Days after a promised date within which a collector should contact the customer if the
    /// money has not arrived; past this with no ``ContactRecord`` the promise is "left without
    /// follow-up".
    public let followUpWindowDays: Int
    /// How far back the pattern signals look, in days before the evaluation date.
    public let signalLookbackDays: Int
    /// How many partly kept promises within the lookback make a partial payer.
    public let partialPayerMinimumCount: Int
    /// How many promises within the lookback, with little paid, make a serial promiser.
    public let serialPromiserMinimumCount: Int
    /// At or below this share of the promised money paid (basis points), a customer with many
    /// promises is a serial promiser.
    public let serialPromiserMaximumPaidBasisPoints: Int
    /// The length of the period, in days, whose best-ever payments open promises are compared
    /// with for over-promising.
    public let overPromisingPeriodDays: Int
    /// The credibility prior: pseudo-count of kept promises (Beta α).
    public let credibilityPriorKept: Double
    /// The credibility prior: pseudo-count of not-kept promises (Beta β).
    public let credibilityPriorNotKept: Double
    /// Half-life, in days, of a promise's weight in the credibility estimate.
    public let credibilityHalfLifeDays: Double

    /// A policy after validating every field.
    ///
    /// The default credibility prior is Beta(2, 2): a customer with no record is 50% credible,
    /// and one kept promise lifts that to 60%, not 100%.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` naming the field out of range.
    public init(graceDays: Int = 0, keptThresholdBasisPoints: Int = 10_000, followUpWindowDays: Int = 2,
                signalLookbackDays: Int = 180, partialPayerMinimumCount: Int = 2,
                serialPromiserMinimumCount: Int = 3, serialPromiserMaximumPaidBasisPoints: Int = 3_000,
                overPromisingPeriodDays: Int = 30, credibilityPriorKept: Double = 2,
                credibilityPriorNotKept: Double = 2, credibilityHalfLifeDays: Double = 90) throws(CollectKitError) {
        func check(_ ok: Bool, _ field: String, _ value: some CustomStringConvertible, _ reason: String) throws(CollectKitError) {
            guard ok else { throw .invalidArgument(field: "PromisePolicy.\(field)", value: value.description, reason: reason) }
        }
        try check((0...366).contains(graceDays), "graceDays", graceDays, "must be between 0 and 366")
        try check((1...10_000).contains(keptThresholdBasisPoints), "keptThresholdBasisPoints", keptThresholdBasisPoints,
                  "must be between 1 and 10000 basis points")
        try check((0...366).contains(followUpWindowDays), "followUpWindowDays", followUpWindowDays, "must be between 0 and 366")
        try check((1...36_600).contains(signalLookbackDays), "signalLookbackDays", signalLookbackDays, "must be between 1 and 36600")
        try check(partialPayerMinimumCount >= 1, "partialPayerMinimumCount", partialPayerMinimumCount, "must be at least 1")
        try check(serialPromiserMinimumCount >= 1, "serialPromiserMinimumCount", serialPromiserMinimumCount, "must be at least 1")
        try check((0...10_000).contains(serialPromiserMaximumPaidBasisPoints), "serialPromiserMaximumPaidBasisPoints",
                  serialPromiserMaximumPaidBasisPoints, "must be between 0 and 10000")
        try check((1...3_660).contains(overPromisingPeriodDays), "overPromisingPeriodDays", overPromisingPeriodDays,
                  "must be between 1 and 3660")
        try check(credibilityPriorKept > 0 && credibilityPriorKept.isFinite, "credibilityPriorKept", credibilityPriorKept,
                  "must be a positive finite number")
        try check(credibilityPriorNotKept > 0 && credibilityPriorNotKept.isFinite, "credibilityPriorNotKept",
                  credibilityPriorNotKept, "must be a positive finite number")
        try check(credibilityHalfLifeDays > 0 && credibilityHalfLifeDays.isFinite, "credibilityHalfLifeDays",
                  credibilityHalfLifeDays, "must be a positive finite number")
        self.graceDays = graceDays
        self.keptThresholdBasisPoints = keptThresholdBasisPoints
        self.followUpWindowDays = followUpWindowDays
        self.signalLookbackDays = signalLookbackDays
        self.partialPayerMinimumCount = partialPayerMinimumCount
        self.serialPromiserMinimumCount = serialPromiserMinimumCount
        self.serialPromiserMaximumPaidBasisPoints = serialPromiserMaximumPaidBasisPoints
        self.overPromisingPeriodDays = overPromisingPeriodDays
        self.credibilityPriorKept = credibilityPriorKept
        self.credibilityPriorNotKept = credibilityPriorNotKept
        self.credibilityHalfLifeDays = credibilityHalfLifeDays
    }

    /// No grace, kept only when paid in full, follow-up within 2 days, Beta(2, 2) prior with a
    /// 90-day half-life.
    public static let standard = PromisePolicy(validated: ())

    private init(validated: Void) {
        graceDays = 0; keptThresholdBasisPoints = 10_000; followUpWindowDays = 2; signalLookbackDays = 180
        partialPayerMinimumCount = 2; serialPromiserMinimumCount = 3; serialPromiserMaximumPaidBasisPoints = 3_000
        overPromisingPeriodDays = 30; credibilityPriorKept = 2; credibilityPriorNotKept = 2; credibilityHalfLifeDays = 90
    }

    private enum CodingKeys: String, CodingKey {
        case graceDays, keptThresholdBasisPoints, followUpWindowDays, signalLookbackDays, partialPayerMinimumCount,
             serialPromiserMinimumCount, serialPromiserMaximumPaidBasisPoints, overPromisingPeriodDays,
             credibilityPriorKept, credibilityPriorNotKept, credibilityHalfLifeDays
    }

    /// Decodes and validates; missing fields take the standard values.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = PromisePolicy.standard
        try self.init(
            graceDays: c.decodeIfPresent(Int.self, forKey: .graceDays) ?? s.graceDays,
            keptThresholdBasisPoints: c.decodeIfPresent(Int.self, forKey: .keptThresholdBasisPoints) ?? s.keptThresholdBasisPoints,
            followUpWindowDays: c.decodeIfPresent(Int.self, forKey: .followUpWindowDays) ?? s.followUpWindowDays,
            signalLookbackDays: c.decodeIfPresent(Int.self, forKey: .signalLookbackDays) ?? s.signalLookbackDays,
            partialPayerMinimumCount: c.decodeIfPresent(Int.self, forKey: .partialPayerMinimumCount) ?? s.partialPayerMinimumCount,
            serialPromiserMinimumCount: c.decodeIfPresent(Int.self, forKey: .serialPromiserMinimumCount) ?? s.serialPromiserMinimumCount,
            serialPromiserMaximumPaidBasisPoints: c.decodeIfPresent(Int.self, forKey: .serialPromiserMaximumPaidBasisPoints)
                ?? s.serialPromiserMaximumPaidBasisPoints,
            overPromisingPeriodDays: c.decodeIfPresent(Int.self, forKey: .overPromisingPeriodDays) ?? s.overPromisingPeriodDays,
            credibilityPriorKept: c.decodeIfPresent(Double.self, forKey: .credibilityPriorKept) ?? s.credibilityPriorKept,
            credibilityPriorNotKept: c.decodeIfPresent(Double.self, forKey: .credibilityPriorNotKept) ?? s.credibilityPriorNotKept,
            credibilityHalfLifeDays: c.decodeIfPresent(Double.self, forKey: .credibilityHalfLifeDays) ?? s.credibilityHalfLifeDays)
    }
}
