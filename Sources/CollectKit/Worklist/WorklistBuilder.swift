/// Builds today's worklist from a portfolio of ``CustomerCollectionFacts``.
///
/// Work is split by customer shard: ``summarize(_:asOf:)`` turns any shard into a
/// ``WorklistSummary``; summaries merge in any grouping; ``worklist(from:asOf:)`` applies
/// capacity and ranks. ``build(_:asOf:)`` does all three in one call, and
/// ``build(_:asOf:shards:)`` runs the shards concurrently.
///
/// A customer is due today when its next contact (from the cadence policy, and never later
/// than an open promise's date) is on or before `asOf` and something is due within the
/// planner's horizon, so that there is a request with an amount and a date. A customer without
/// a collector goes to whoever contacted them last, else to the configured fallback queue
/// (``WorklistConfiguration/fallbackCollector``). Customers owing
/// nothing are skipped; customers with invalid facts are counted as rejections, never
/// crash the run.
///
/// - Complexity: O(n) customers plus O(k log k) per collector queue; no text is rendered
///   (each action's ``WorklistAction/why`` is built when read).
struct WorklistBuilder: Sendable {
    /// The configuration.
    var configuration: WorklistConfiguration

    /// Creates a builder.
    init(configuration: WorklistConfiguration = WorklistConfiguration()) {
        self.configuration = configuration
    }

    /// The action for one customer today, or `nil` when they are not due or owe nothing
    /// that can be requested.
    ///
    /// - Throws: the planner's errors for invalid facts.
    func action(for facts: CustomerCollectionFacts, asOf: CalendarDate) throws(CollectKitError) -> WorklistAction? {
        let planner = configuration.planner
        let situation = try planner.assess(facts, asOf: asOf)
        guard !situation.exposures.isEmpty, situation.cadence.nextContact <= asOf else { return nil }
        var requests: [CollectionRequest] = []
        var atStake = 0.0
        for exposure in situation.exposures {
            let figures = try planner.requestFigures(for: exposure, facts: facts, ratio: situation.ratioBasisPoints, asOf: asOf)
            guard let request = figures.request else { continue }
            requests.append(request)
            let weight = (configuration.currencyWeights[exposure.currency] ?? .whole).fraction
            atStake += Double(request.amount.minorUnits) / Double(exposure.currency.minorUnitsPerMajorUnit) * weight
        }
        guard !requests.isEmpty else { return nil }

        let promises = facts.promises
        let promiseDueToday = promises.openPromiseDate == asOf
        let lapsed = promises.openPromiseDate.map { $0 < asOf && $0.days(until: asOf) <= 7 } ?? false
        let recentlyBroken = promises.lastBrokenDate.map { $0 <= asOf && $0.days(until: asOf) <= 7 } ?? false
        let credibility = promises.effectiveCredibility
        let cadence = situation.cadence
        let priority = configuration.priorityPolicy.priority(PriorityInput(
            amountAtStake: atStake, daysOverdue: situation.maxDaysOverdue, promiseDueToday: promiseDueToday,
            promiseJustBroken: lapsed || recentlyBroken, credibility: credibility,
            hasCompetingCreditors: facts.hasCompetingCreditors, knownPaymentsToOthers: facts.knownPaymentsToOthers,
            daysSinceLastContact: facts.lastContactDate.map { Swift.max(0, $0.days(until: asOf)) },
            cadenceDays: cadence.intervalDays))
        let level = planner.escalationPolicy.currentLevel(situation.escalationInput(facts))
        let preDue = cadence.purpose == .preDueReminder
        return WorklistAction(
            customerID: facts.customerID,
            collector: facts.collector ?? facts.lastContactCollector ?? configuration.fallbackCollector,
            isFallbackAssignment: facts.collector == nil, requests: requests,
            channel: preDue ? .chat : (level?.channel ?? .chat),
            intensity: preDue ? .reminder : (level?.intensity ?? .reminder),
            purpose: cadence.purpose, escalation: level, priority: priority, daysOverdue: situation.maxDaysOverdue,
            credibility: credibility, cadenceDays: cadence.intervalDays)
    }

    /// The summary of one shard of the portfolio.
    func summarize(_ shard: some Sequence<CustomerCollectionFacts>, asOf: CalendarDate) -> WorklistSummary {
        var summary = WorklistSummary(configuration: configuration)
        // Contiguous shards are read in place, so no customer's facts are copied.
        let done: Void? = shard.withContiguousStorageIfAvailable { buffer in
            for index in buffer.indices { consider(buffer[index], asOf: asOf, into: &summary) }
        }
        if done == nil {
            for facts in shard { consider(facts, asOf: asOf, into: &summary) }
        }
        summary.trimAll()
        return summary
    }

    func consider(_ facts: borrowing CustomerCollectionFacts, asOf: CalendarDate, into summary: inout WorklistSummary) {
        summary.countConsidered()
        do {
            if let action = try action(for: facts, asOf: asOf) { summary.add(action) }
        } catch {
            summary.reject(facts.customerID, error)
        }
    }

    /// The worklist from a merged summary: each collector's top candidates up to capacity,
    /// then everything ranked by priority (ties by customer id).
    func worklist(from summary: WorklistSummary, asOf: CalendarDate) -> Worklist {
        var actions: [WorklistAction] = []
        var deferred: [CollectorID: Int] = [:]
        let unique = Self.oneActionPerCustomer(summary.queues.mapValues(\.actions))
        for (collector, queue) in summary.queues {
            let sorted = unique[collector] ?? []
            let capacity = configuration.capacity(of: collector)
            actions.append(contentsOf: sorted.prefix(capacity))
            let waiting = queue.candidates - Swift.min(capacity, sorted.count)
            if waiting > 0 { deferred[collector] = waiting }
        }
        actions.sort(by: WorklistAction.ranksBefore)
        let kept = summary.rejections.sorted { $0.customerID < $1.customerID }.prefix(configuration.rejectionsKept).map {
            CollectKitError(kind: $0.error.kind, field: "customer[\($0.customerID)].\($0.error.field)", value: $0.error.value,
                            reason: $0.error.reason)
        }
        return Worklist(asOf: asOf, actions: actions, deferred: deferred, rejections: Array(kept),
                        rejectedCount: summary.rejectedCount)
    }

    /// Each collector's candidates, best first, with a customer listed more than once (a
    /// host feed that repeats a customer) kept only in its best-ranked action, so nobody is
    /// called twice. Ties between collectors go to the smaller collector id, whatever the
    /// sharding.
    private static func oneActionPerCustomer(_ queues: [CollectorID: [WorklistAction]]) -> [CollectorID: [WorklistAction]] {
        let ranked = queues.values.joined().sorted { lhs, rhs in
            if WorklistAction.ranksBefore(lhs, rhs) { return true }
            if WorklistAction.ranksBefore(rhs, lhs) { return false }
            return lhs.collector < rhs.collector
        }
        var seen = Set<CustomerID>()
        var unique: [CollectorID: [WorklistAction]] = [:]
        for action in ranked where seen.insert(action.customerID).inserted {
            unique[action.collector, default: []].append(action)
        }
        return unique
    }

    /// The worklist for a whole portfolio, in one pass.
    func build(_ portfolio: some Sequence<CustomerCollectionFacts>, asOf: CalendarDate) -> Worklist {
        worklist(from: summarize(portfolio, asOf: asOf), asOf: asOf)
    }

    /// The worklist for a portfolio, summarised in `shards` concurrent contiguous slices and
    /// merged; the result equals ``build(_:asOf:)``'s.
    func build(_ portfolio: [CustomerCollectionFacts], asOf: CalendarDate, shards: Int) async -> Worklist {
        let count = Swift.max(1, Swift.min(shards, portfolio.count))
        let size = (portfolio.count + count - 1) / Swift.max(1, count)
        let merged = await withTaskGroup(of: WorklistSummary.self) { group in
            var start = 0
            while start < portfolio.count {
                let end = Swift.min(portfolio.count, start + size)
                let slice = portfolio[start..<end]
                group.addTask { summarize(slice, asOf: asOf) }
                start = end
            }
            var merged = WorklistSummary.empty
            for await summary in group { merged = merged.merging(summary) }
            return merged
        }
        return worklist(from: merged, asOf: asOf)
    }
}
