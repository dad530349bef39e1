/// The article's unwise methods, as checks: quota disclosure in talking points, concessions
/// outside the approved list, requests without an amount and a date.
///
/// The planner runs these before returning a plan; hosts can run them on their own
/// ``CollectionPlan`` conformers with ``violations(in:approvedConcessions:)``.
public enum PlanGuardRails {
    private static let quotaWords = ["指标", "任务", "考核", "业绩", "quota", "target", "{expected}"]

    private static let matcher: MultiPatternMatcher = {
        let normalizer = TextNormalizer.standard
        return MultiPatternMatcher(patterns: quotaWords.map {
            MultiPatternMatcher.Pattern(bytes: normalizer.normalizedBytes($0), wholeWord: false)
        })
    }()

    /// The first quota word found in `text` (after normalisation), or `nil`.
    public static func quotaDisclosure(in text: String) -> String? {
        var found: Int?
        matcher.forEachMatch(in: TextNormalizer.standard.normalize(text)) { match in
            if found == nil { found = match.patternIndex }
        }
        return found.map { quotaWords[$0] }
    }

    /// Everything in `plan` that breaks a guard rail, described in English (empty when clean).
    public static func violations(in plan: some CollectionPlan, approvedConcessions: Set<Concession>) -> [String] {
        var problems: [String] = []
        for line in plan.lines {
            if let request = line.request {
                if !request.amount.isPositive { problems.append("request in \(line.currency) has no positive amount") }
                if request.amount.minorUnits > line.owed.minorUnits {
                    problems.append("request in \(line.currency) exceeds what is owed")
                }
                let scheduled = line.installments.reduce(Int64(0)) { $0 &+ $1.amount.minorUnits }
                if scheduled != request.amount.minorUnits {
                    problems.append("installments in \(line.currency) do not sum to the request")
                }
            } else if !line.installments.isEmpty {
                problems.append("installments in \(line.currency) without a request")
            }
        }
        for tactic in plan.tactics {
            if let concession = tactic.concession, !approvedConcessions.contains(concession) {
                problems.append("tactic for \(tactic.category) offers unapproved concession \(concession)")
            }
            if let word = quotaDisclosure(in: tactic.zh) ?? quotaDisclosure(in: tactic.en) {
                problems.append("tactic for \(tactic.category) mentions \(word)")
            }
        }
        return problems
    }
}
