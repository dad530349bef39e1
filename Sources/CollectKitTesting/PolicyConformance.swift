import CollectKit

/// Checks that custom planning policies keep the guarantees their protocols document, on
/// seeded random inputs (the same seed always gives the same inputs).
///
/// ```swift
/// @Test func askPolicyConforms() {
///     #expect(PolicyConformance.check(MilestoneAskPolicy()) == [])
/// }
/// ```
public enum PolicyConformance {
    /// Every ``AskPolicy`` guarantee `policy` breaks on `cases` random inputs: same currency,
    /// at least what is expected, never more than what is owed.
    public static func check(_ policy: some AskPolicy, cases: Int = 1_000, seed: UInt64 = 20_261_127,
                             attributes: [CustomerAttributes] = [CustomerAttributes()]) -> [ConformanceFailure] {
        var rng = SeededRandomNumberGenerator(seed: seed)
        var failures: [ConformanceFailure] = []
        let currencies: [Currency] = [.cny, .usd, .jpy]
        for index in 0..<cases {
            let currency = currencies[index % currencies.count]
            let owed = Int64.random(in: 1...5_000_000_000, using: &rng)
            let expected = Int64.random(in: 1...owed, using: &rng)
            let ratio: Int? = Bool.random(using: &rng) ? nil : Int.random(in: 0...10_000, using: &rng)
            let tier = RelationshipTier.allCases[Int.random(in: 0..<RelationshipTier.allCases.count, using: &rng)]
            let input = AskInput(expected: Money(minorUnits: expected, currency: currency),
                                 owed: Money(minorUnits: owed, currency: currency),
                                 paidToAskedBasisPoints: ratio, tier: tier, asOf: ConformanceFixtures.asOf,
                                 attributes: attributes[index % max(1, attributes.count)])
            let decision = policy.ask(input)
            let described = "expected \(expected), owed \(owed) \(currency), ratio \(ratio.map(String.init) ?? "none"), \(tier)"
            if decision.amount.currency != currency {
                failures.append(.init(check: "ask.currency", detail: "\(described): answered in \(decision.amount.currency)"))
            } else if decision.amount.minorUnits > owed {
                failures.append(.init(check: "ask.withinOwed", detail: "\(described): asked \(decision.amount.minorUnits)"))
            } else if decision.amount.minorUnits < expected {
                failures.append(.init(check: "ask.atLeastExpected", detail: "\(described): asked \(decision.amount.minorUnits)"))
            }
            if failures.count >= 20 { break }
        }
        return failures
    }

    /// Every ``CadencePolicy`` guarantee `policy` breaks on `cases` random inputs: an
    /// interval of at least one day, a next contact not before `asOf`, and a check-in on or
    /// before an open promise's date.
    public static func check(_ policy: some CadencePolicy, cases: Int = 1_000, seed: UInt64 = 20_261_127,
                             attributes: [CustomerAttributes] = [CustomerAttributes()]) -> [ConformanceFailure] {
        var rng = SeededRandomNumberGenerator(seed: seed)
        var failures: [ConformanceFailure] = []
        let asOf = ConformanceFixtures.asOf
        for index in 0..<cases {
            let standing = CreditStanding.allCases[Int.random(in: 0..<CreditStanding.allCases.count, using: &rng)]
            let made = Int.random(in: 0...8, using: &rng)
            let kept = Int.random(in: 0...made, using: &rng)
            let broken = made - kept
            let promiseDate = asOf.adding(days: Int.random(in: -5...30, using: &rng))
            let hasOpenPromise = Bool.random(using: &rng)
            let promises = PromiseRecord(
                made: made, kept: kept, broken: broken,
                openPromiseAmount: hasOpenPromise ? Money(minorUnits: 100_000, currency: .cny) : nil,
                openPromiseDate: hasOpenPromise ? promiseDate : nil)
            let input = CadenceInput(asOf: asOf, standing: standing, promises: promises,
                                     recentExcuses: Int.random(in: 0...4, using: &rng),
                                     lastContactDate: Bool.random(using: &rng) ? asOf.adding(days: -Int.random(in: 0...60, using: &rng)) : nil,
                                     hasOverdue: Bool.random(using: &rng),
                                     nextDueDate: Bool.random(using: &rng) ? asOf.adding(days: Int.random(in: 0...60, using: &rng)) : nil,
                                     attributes: attributes[index % max(1, attributes.count)])
            let decision = policy.cadence(input)
            let described = "\(standing), \(made) made/\(broken) broken, open promise \(hasOpenPromise ? promiseDate.description : "none")"
            if decision.intervalDays < 1 {
                failures.append(.init(check: "cadence.interval", detail: "\(described): interval \(decision.intervalDays)"))
            }
            if decision.nextContact < asOf {
                failures.append(.init(check: "cadence.notBeforeToday", detail: "\(described): next contact \(decision.nextContact)"))
            }
            if hasOpenPromise, decision.nextContact > max(promiseDate, asOf) {
                failures.append(.init(check: "cadence.promiseCheckIn", detail: "\(described): next contact \(decision.nextContact)"))
            }
            if failures.count >= 20 { break }
        }
        return failures
    }
}
