/// The article's unwise methods, as checks: quota disclosure in talking points, concessions
/// outside the approved list, requests without an amount and a date.
///
/// The planner runs these before returning a plan; hosts run them on any plan with
/// ``CollectionPlan/guardRailViolations(approvedConcessions:)``.
enum PlanGuardRails {
    private static let quotaWords = ["指标", "任务", "考核", "业绩", "quota", "target", "{expected}"]

    private static let matcher: MultiPatternMatcher = {
        let normalizer = TextNormalizer.standard
        return MultiPatternMatcher(patterns: quotaWords.map {
            MultiPatternMatcher.Pattern(bytes: normalizer.normalizedBytes($0), wholeWord: false)
        })
    }()

    /// The first quota word found in `text` (after normalisation), or `nil`.
    static func quotaDisclosure(in text: String) -> String? {
        var found: Int?
        matcher.forEachMatch(in: TextNormalizer.standard.normalize(text)) { match in
            if found == nil { found = match.patternIndex }
        }
        return found.map { quotaWords[$0] }
    }

    /// Everything in `plan` that breaks a guard rail, as ``CollectKitError/Kind/guardRailViolation``
    /// errors naming the line or tactic (empty when clean).
    static func violations(in plan: some CollectionPlan, approvedConcessions: Set<Concession>) -> [CollectKitError] {
        var problems: [CollectKitError] = []
        func problem(_ field: String, _ value: String, _ reason: String) {
            problems.append(CollectKitError(kind: .guardRailViolation, field: field, value: value, reason: reason))
        }
        for line in plan.lines {
            let field = "lines[\(line.currency.code)]"
            if let request = line.request {
                if !request.amount.isPositive { problem(field + ".request", MoneyText.plain(request.amount), "a request needs a positive amount") }
                if request.amount.minorUnits > line.owed.minorUnits {
                    problem(field + ".request", MoneyText.plain(request.amount), "the request is more than the \(MoneyText.plain(line.owed)) owed")
                }
                let scheduled = line.installments.reduce(Int64(0)) { $0 &+ $1.amount.minorUnits }
                if scheduled != request.amount.minorUnits {
                    problem(field + ".installments", String(line.installments.count), "the installments do not add up to the request")
                }
            } else if !line.installments.isEmpty {
                problem(field + ".installments", String(line.installments.count), "installments are scheduled without a request")
            }
        }
        for tactic in plan.tactics {
            let field = "tactics[\(tactic.category.rawValue)]"
            if let concession = tactic.concession, !approvedConcessions.contains(concession) {
                problem(field + ".concession", concession.rawValue, "the tactic offers a concession the tenant has not approved")
            }
            if let word = quotaDisclosure(in: tactic.zh) ?? quotaDisclosure(in: tactic.en) {
                problem(field, word, "the tactic discloses an internal target or quota")
            }
        }
        return problems
    }
}

extension CollectionPlan {
    /// Everything in this plan that breaks one of the article's guard rails: a request
    /// without a positive amount or above what is owed, installments that do not add up, a
    /// concession outside `approvedConcessions`, a tactic that discloses a quota.
    ///
    /// The engine checks every plugin's adjusted plan with this and discards one that
    /// fails; a host can check its own plan type the same way.
    ///
    /// - Parameter approvedConcessions: What the tenant allows collectors to offer.
    /// - Returns: One ``CollectKitError/Kind/guardRailViolation`` per problem, naming the
    ///   line or tactic; empty when the plan is clean.
    /// - Complexity: O(lines, installments and tactics, and the tactics' text).
    public func guardRailViolations(approvedConcessions: Set<Concession>) -> [CollectKitError] {
        PlanGuardRails.violations(in: self, approvedConcessions: approvedConcessions)
    }
}
