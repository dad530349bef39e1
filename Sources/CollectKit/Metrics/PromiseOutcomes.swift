/// How resolved payment promises turned out, reduced to what the kept-rate metrics need.
///
/// A promise is *resolved* once its date has passed or it was paid; each resolved promise has
/// a fulfilment fraction in per-mille: 1000 paid in full and on time (kept), 500 half paid,
/// 0 broken. Open promises are not counted at all. The promise ledger owns the rules for
/// turning payments into fractions; this type only aggregates them, and is a monoid
/// (``empty``, ``merging(_:)``) so per-shard counts add up to the portfolio's.
///
/// Example: 10 resolved promises, 6 kept, 2 half paid, 2 broken → strict 60%, weighted 70%.
struct PromiseOutcomes: Hashable, Sendable {
    /// Resolved promises counted.
    private(set) var resolvedCount: Int64
    /// Resolved promises fulfilled in full (fraction 1000‰).
    private(set) var keptCount: Int64
    /// The sum of every resolved promise's fulfilment fraction, in per-mille.
    private(set) var fulfilmentPerMilleSum: Int64

    /// No promises: the identity for ``merging(_:)``.
    static let empty = PromiseOutcomes(resolved: 0, kept: 0, perMille: 0)

    private init(resolved: Int64, kept: Int64, perMille: Int64) {
        resolvedCount = resolved
        keptCount = kept
        fulfilmentPerMilleSum = perMille
    }

    /// Outcomes from each resolved promise's fulfilment fraction in per-mille (0…1000).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` naming the first fraction outside
    ///   0…1000 (a payment above the promise counts as 1000 at the ledger, not here).
    init(fulfilmentPerMille fractions: some Sequence<Int>) throws(CollectKitError) {
        var outcomes = PromiseOutcomes.empty
        for (index, fraction) in fractions.enumerated() {
            guard (0...1000).contains(fraction) else {
                throw .invalidArgument(field: "fulfilmentPerMille[\(index)]", value: String(fraction),
                                       reason: "a fulfilment fraction is between 0 and 1000 per mille")
            }
            outcomes.resolvedCount += 1
            outcomes.keptCount += fraction == 1000 ? 1 : 0
            outcomes.fulfilmentPerMilleSum += Int64(fraction)
        }
        self = outcomes
    }

    /// Outcomes from plain counts: `kept` promises paid in full, `broken` with nothing paid,
    /// and the per-mille fractions of the partly paid ones.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a negative count or a partial
    ///   fraction outside 1…999.
    init(kept: Int, broken: Int, partialPerMille: [Int] = []) throws(CollectKitError) {
        guard kept >= 0 else { throw .invalidArgument(field: "kept", value: String(kept), reason: "a count is zero or more") }
        guard broken >= 0 else { throw .invalidArgument(field: "broken", value: String(broken), reason: "a count is zero or more") }
        var partialSum: Int64 = 0
        for (index, fraction) in partialPerMille.enumerated() {
            guard (1...999).contains(fraction) else {
                throw .invalidArgument(field: "partialPerMille[\(index)]", value: String(fraction),
                                       reason: "a partly paid promise is between 1 and 999 per mille")
            }
            partialSum += Int64(fraction)
        }
        let (keptMille, o1) = Int64(kept).multipliedReportingOverflow(by: 1000)
        let (perMille, o2) = keptMille.addingReportingOverflow(partialSum)
        let (settled, o3) = Int64(kept).addingReportingOverflow(Int64(broken))
        let (resolved, o4) = settled.addingReportingOverflow(Int64(partialPerMille.count))
        guard !o1, !o2, !o3, !o4 else { throw .overflow(field: "kept", value: "\(kept) kept, \(broken) broken") }
        self.init(resolved: resolved, kept: Int64(kept), perMille: perMille)
    }

    /// Both shards' outcomes together; associative and commutative, with ``empty`` as identity.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` past 2⁶³ promises or per-mille.
    func merging(_ other: PromiseOutcomes) throws(CollectKitError) -> PromiseOutcomes {
        let (resolved, o1) = resolvedCount.addingReportingOverflow(other.resolvedCount)
        let (kept, o2) = keptCount.addingReportingOverflow(other.keptCount)
        let (perMille, o3) = fulfilmentPerMilleSum.addingReportingOverflow(other.fulfilmentPerMilleSum)
        guard !o1, !o2, !o3 else { throw .overflow(field: "promiseOutcomes", value: "\(resolvedCount) + \(other.resolvedCount)") }
        return PromiseOutcomes(resolved: resolved, kept: kept, perMille: perMille)
    }

    /// Strict kept rate in percent: kept ÷ resolved × 100; a half-paid promise counts as broken.
    ///
    /// - Throws: ``CollectKitError/Kind/undefinedMetric`` when no promise is resolved.
    func strictKeptPercent() throws(CollectKitError) -> Double {
        try requireResolved()
        return metricRatio(keptCount, times: 100, over: resolvedCount)
    }

    /// Weighted kept rate in percent: mean fulfilment fraction × 100, so a half-paid promise
    /// counts half.
    ///
    /// - Throws: ``CollectKitError/Kind/undefinedMetric`` when no promise is resolved.
    func weightedKeptPercent() throws(CollectKitError) -> Double {
        try requireResolved()
        // One division of exact integers (both below 2⁵³ in practice): correctly rounded.
        return Double(fulfilmentPerMilleSum) / (Double(resolvedCount) * 10)
    }

    private func requireResolved() throws(CollectKitError) {
        guard resolvedCount > 0 else {
            throw .undefinedMetric(field: "promiseOutcomes.resolvedCount", value: "0",
                                   reason: "a kept rate needs at least one resolved promise")
        }
    }
}
