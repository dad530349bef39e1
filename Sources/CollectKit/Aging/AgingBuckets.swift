/// How outstanding amounts are grouped by days past due.
///
/// The first bucket always holds what is not yet due (zero days past due: the due date
/// itself is not overdue). Each overdue bucket ends at one of ``overdueUpperBounds``
/// (inclusive); the last bucket is open-ended. The default, ``standard``, is
/// not yet due · 1–30 · 31–60 · 61–90 · 91–180 · over 180 days.
public struct AgingBuckets: Hashable, Sendable, Codable {
    /// The inclusive upper bounds, in days past due, of every overdue bucket but the last.
    public let overdueUpperBounds: [Int]

    /// The most bounds a configuration may have, which keeps bucket tables small.
    public static let maximumBoundCount = 30
    /// The largest bound accepted (about ten years).
    public static let maximumBound = 3650

    /// Creates buckets from their upper bounds.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` unless the bounds are strictly
    ///   increasing, between 1 and ``maximumBound``, and at most ``maximumBoundCount``.
    public init(overdueUpperBounds: [Int]) throws(CollectKitError) {
        guard overdueUpperBounds.count <= Self.maximumBoundCount else {
            throw .invalidArgument(field: "agingBuckets.overdueUpperBounds", value: String(overdueUpperBounds.count),
                                   reason: "at most \(Self.maximumBoundCount) bucket bounds are supported")
        }
        var previous = 0
        for (index, bound) in overdueUpperBounds.enumerated() {
            guard bound > previous, bound <= Self.maximumBound else {
                throw .invalidArgument(field: "agingBuckets.overdueUpperBounds[\(index)]", value: String(bound),
                                       reason: "bounds must be strictly increasing, from 1 to \(Self.maximumBound) days")
            }
            previous = bound
        }
        self.overdueUpperBounds = overdueUpperBounds
    }

    private init(unchecked bounds: [Int]) { overdueUpperBounds = bounds }

    /// Not yet due · 1–30 · 31–60 · 61–90 · 91–180 · over 180 days past due.
    public static let standard = AgingBuckets(unchecked: [30, 60, 90, 180])

    /// How many buckets there are: not yet due, one per bound, and the open-ended last one.
    public var count: Int { overdueUpperBounds.count + 2 }

    /// The bucket holding an amount `daysPastDue` days past due (zero or less: not yet due).
    public func index(daysPastDue: Int) -> Int {
        guard daysPastDue > 0 else { return 0 }
        var bucket = 1
        for bound in overdueUpperBounds where daysPastDue > bound { bucket += 1 }
        return bucket
    }

    /// The inclusive range of days past due bucket `index` covers (`nil` upper end: open-ended).
    public func dayRange(ofBucket index: Int) -> (lower: Int, upper: Int?) {
        guard index > 0 else { return (0, 0) }
        let lower = index == 1 ? 1 : overdueUpperBounds[index - 2] + 1
        let upper = index - 1 < overdueUpperBounds.count ? overdueUpperBounds[index - 1] : nil
        return (lower, upper)
    }

    /// A short label for bucket `index`, e.g. "1–30 days" or "逾期1–30天".
    public func label(ofBucket index: Int, chinese: Bool = false) -> String {
        guard index > 0 else { return chinese ? "未到期" : "Not yet due" }
        let (lower, upper) = dayRange(ofBucket: index)
        guard let upper else { return chinese ? "逾期\(lower - 1)天以上" : "Over \(lower - 1) days" }
        return chinese ? "逾期\(lower)–\(upper)天" : "\(lower)–\(upper) days"
    }

    /// Decodes and validates the bounds.
    public init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case overdueUpperBounds }
        try self.init(overdueUpperBounds: decoder.container(keyedBy: Keys.self).decode([Int].self, forKey: .overdueUpperBounds))
    }
}
