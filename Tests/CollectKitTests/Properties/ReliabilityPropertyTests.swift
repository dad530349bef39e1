import Testing
import CollectKitTesting
@testable import CollectKit

/// Seeded property tests for the invariants issue 8 names, where the domain suites do not
/// already cover them. Covered elsewhere (and counted in the reliability report):
/// promise-ledger conservation and reversed replay (PromiseLedgerPropertyTests: 5 seeds × 18
/// days), installments and ask ≤ owed over synthetic portfolios (PlanningPropertyTests: 4 seeds
/// × 400 customers, 5,000 ask-policy draws), sharded AgingSummary / MetricTotals /
/// WorklistSummary (3 seeds each).
@Suite struct ReliabilityPropertyTests {
    static let base = PromiseFixture.day("2026-01-01")

    // MARK: Receivables: every minor unit received is applied or waits, never both

    /// A random tenant: 30 customers, each in CNY or USD, payments with and without explicit
    /// allocations (only to their own customer's receivables).
    static func receivablesLedger(seed: UInt64) throws -> (receivables: [Receivable], payments: [Payment]) {
        var rng = SeededRandomNumberGenerator(seed: seed)
        var receivables: [Receivable] = []
        var payments: [Payment] = []
        for c in 0..<30 {
            let customer = CustomerID("C-\(c)")
            let currency: Currency = Int.random(in: 0..<4, using: &rng) == 0 ? .usd : .cny
            var own: [Receivable] = []
            for r in 0..<Int.random(in: 0...8, using: &rng) {
                let issued = base.adding(days: Int.random(in: 0...90, using: &rng))
                let receivable = try Receivable(id: ReceivableID("R-\(c)-\(r)"), customerID: customer,
                                                amount: Money(minorUnits: .random(in: 1...2_000_000, using: &rng), currency: currency),
                                                issueDate: issued, dueDate: issued.adding(days: Int.random(in: 0...60, using: &rng)))
                own.append(receivable)
            }
            receivables += own
            for p in 0..<Int.random(in: 0...8, using: &rng) {
                let amount = Int64.random(in: 1...2_500_000, using: &rng)
                var allocations: [Payment.Allocation] = []
                var left = amount
                for target in own.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) where left > 0 {
                    let part = Int64.random(in: 1...left, using: &rng)
                    allocations.append(.init(receivableID: target.id, amount: Money(minorUnits: part, currency: currency)))
                    left -= part
                }
                payments.append(try Payment(id: PaymentID("B-\(c)-\(p)"), customerID: customer,
                                            amount: Money(minorUnits: amount, currency: currency),
                                            date: base.adding(days: Int.random(in: 0...150, using: &rng)), allocations: allocations))
            }
        }
        return (receivables, payments)
    }

    /// 8 seeds × 16 days = 128 (ledger, day) cases: on every day each currency's billed less
    /// outstanding is what was applied, and each customer's cash received is applied or
    /// unapplied, never both and never lost. Once everything is recorded, what each customer
    /// owes does not depend on the order it was recorded in: one of owed and unapplied is
    /// zero, and applied equals the smaller of billed and received.
    @Test(arguments: [1, 2, 3, 5, 8, 13, 21, 34] as [UInt64])
    func receivablesConserveEveryMinorUnit(seed: UInt64) throws {
        let (receivables, payments) = try Self.receivablesLedger(seed: seed)
        var ledger = CollectionLedger(), shuffled = CollectionLedger()
        for receivable in receivables { try ledger.record(receivable) }
        for payment in payments { try ledger.record(payment) }
        var rng = SeededRandomNumberGenerator(seed: seed &* 7919)
        var mixed: [Either] = receivables.map(Either.receivable) + payments.map(Either.payment)
        mixed.shuffle(using: &rng)
        for record in mixed {
            switch record {
            case .receivable(let receivable): try shuffled.record(receivable)
            case .payment(let payment):
                // An allocation to a receivable not recorded yet is refused; record it plainly.
                if payment.allocations.allSatisfy({ shuffled.receivableRow($0.receivableID) != nil }) {
                    try shuffled.record(payment)
                } else {
                    try shuffled.record(Payment(id: payment.id, customerID: payment.customerID, amount: payment.amount, date: payment.date))
                }
            }
        }
        #expect(payments.contains { !$0.allocations.isEmpty })
        for offset in stride(from: 0, through: 150, by: 10) {
            let asOf = Self.base.adding(days: offset)
            for candidate in [ledger, shuffled] {
                var billed: [Currency: Int64] = [:], received: [Currency: Int64] = [:], unapplied: [Currency: Int64] = [:]
                for receivable in receivables where receivable.issueDate <= asOf { billed[receivable.amount.currency, default: 0] += receivable.amount.minorUnits }
                for payment in payments where payment.date <= asOf { received[payment.amount.currency, default: 0] += payment.amount.minorUnits }
                var applied: [Currency: Int64] = [:]
                for index in candidate.applicationAmount.indices where candidate.applicationDay[index] <= asOf.daysSinceEpoch {
                    let slot = Int(candidate.receivableSlot[Int(candidate.applicationReceivable[index])])
                    applied[candidate.currency(ofSlot: slot) ?? .cny, default: 0] += candidate.applicationAmount[index]
                }
                for c in 0..<30 {
                    guard let credit = candidate.credit(for: CustomerID("C-\(c)"), asOf: asOf) else { continue }
                    #expect(credit.minorUnits >= 0)
                    unapplied[credit.currency, default: 0] += credit.minorUnits
                }
                let outstanding = candidate.outstandingByCurrency(asOf: asOf)
                for currency in [Currency.cny, .usd] {
                    let open = candidate.existingCurrencyCode(currency).map { outstanding[Int($0) - 1] } ?? 0
                    #expect((billed[currency] ?? 0) - (applied[currency] ?? 0) == open)
                    #expect((received[currency] ?? 0) == (applied[currency] ?? 0) + (unapplied[currency] ?? 0))
                }
            }
        }
        let end = Self.base.adding(days: 400)
        for c in 0..<30 {
            let customer = CustomerID("C-\(c)")
            let billed = receivables.filter { $0.customerID == customer }.reduce(0) { $0 + $1.amount.minorUnits }
            let received = payments.filter { $0.customerID == customer }.reduce(0) { $0 + $1.amount.minorUnits }
            for candidate in [ledger, shuffled] {
                let owed = candidate.outstanding(for: customer, asOf: end)?.minorUnits ?? 0
                let cash = candidate.credit(for: customer, asOf: end)?.minorUnits ?? 0
                #expect(owed == billed - min(billed, received))
                #expect(cash == received - min(billed, received))
            }
        }
    }

    enum Either { case receivable(Receivable), payment(Payment) }

    // MARK: Promise statuses never go back

    static func isPending(_ status: PromiseStatus) -> Bool { status == .open || status == .dueToday }
    static func isOutcome(_ status: PromiseStatus) -> Bool {
        switch status {
        case .kept, .partiallyKept, .broken: true
        default: false
        }
    }

    /// 10 seeded ledgers, every promise observed on each of 151 consecutive days (≈ 50,000
    /// observations): once judged, a promise is never open again, an outcome never turns into
    /// another outcome, and the event stream reports at most one outcome per promise.
    @Test(arguments: Array(100..<110) as [UInt64])
    func aPromisesStatusNeverGoesBack(seed: UInt64) throws {
        let portfolio = try PromiseLedgerPropertyTests.portfolio(seed: seed)
        var ledger = try PromiseLedgerPropertyTests.ledger(portfolio, reversedPayments: false)
        var history: [PromiseID: [PromiseStatus]] = [:]
        var outcomeEvents: [PromiseID: Int] = [:]
        for offset in 0...150 {
            let asOf = Self.base.adding(days: offset)
            let statuses = ledger.statuses(asOf: asOf)
            for (id, status) in statuses { history[id, default: []].append(status) }
            for event in ledger.evaluate(asOf: asOf) where event.kind != .becameDue {
                outcomeEvents[event.promiseID, default: 0] += 1
            }
        }
        #expect(history.count == portfolio.promises.count)
        var observations = 0
        for (id, statuses) in history {
            observations += statuses.count
            var judged: PromiseStatus?
            var ended = false
            for status in statuses {
                if ended { #expect(!Self.isPending(status), "\(id) reopened as \(status)") }
                if Self.isOutcome(status) {
                    if let judged { #expect(status == judged, "\(id) went from \(judged) to \(status)") }
                    judged = status
                }
                if !Self.isPending(status) { ended = true }
            }
        }
        #expect(observations > 2_000)
        #expect(outcomeEvents.values.allSatisfy { $0 == 1 })
    }

    // MARK: Replay in any order rebuilds the same ledger; evaluation is deterministic

    enum Operation {
        case promise(StandardPromise)
        case cancel(PromiseID, CalendarDate)
        case pay(Payment, PromiseID?)
    }

    /// Applies `operations` in the given order, deferring each until what it refers to is
    /// recorded (a replacement after its original, a cancellation or targeted payment after
    /// its promise), as a host replaying an unordered feed would.
    static func replay(_ operations: [Operation]) throws -> PromiseLedger {
        var ledger = PromiseLedger()
        var pending = operations
        while !pending.isEmpty {
            var next: [Operation] = []
            for operation in pending {
                switch operation {
                case .promise(let promise):
                    if let original = promise.replaces, ledger.promise(original) == nil { next.append(operation) } else { try ledger.record(promise) }
                case .cancel(let id, let date):
                    // A cancellation applies to a promise not yet replaced, as in the original feed.
                    if ledger.promise(id) == nil { next.append(operation) } else { try ledger.cancelPromise(id, on: date) }
                case .pay(let payment, let target):
                    if let target, ledger.promise(target) == nil { next.append(operation) } else { try ledger.recordPayment(payment, toward: target) }
                }
            }
            #expect(next.count < pending.count, "replay makes progress")
            guard next.count < pending.count else { break }
            pending = next
        }
        return ledger
    }

    /// 8 seeds × 3 shuffles = 24 replays, each compared with the original on 31 days
    /// (statuses, every promise's money, customer credit, signals) and through daily
    /// evaluation (identical events).
    @Test(arguments: [11, 12, 13, 14, 15, 16, 17, 18] as [UInt64])
    func replayingTheInputsInAnyOrderRebuildsTheSameLedger(seed: UInt64) throws {
        let portfolio = try PromiseLedgerPropertyTests.portfolio(seed: seed)
        var operations = portfolio.promises.map(Operation.promise)
        operations += portfolio.payments.map { Operation.pay($0.0, $0.1) }
        let original = try Self.replay(operations + portfolio.cancellations.map(Operation.cancel))
        var rng = SeededRandomNumberGenerator(seed: seed ^ 0x5EED)
        for _ in 0..<3 {
            // Cancellations stay after every promise: cancelling before the replacement is
            // recorded would be another history (a cancelled promise cannot be renegotiated).
            let replayed = try Self.replay(operations.shuffled(using: &rng) + portfolio.cancellations.shuffled(using: &rng).map(Operation.cancel))
            for offset in stride(from: 0, through: 150, by: 5) {
                let asOf = Self.base.adding(days: offset)
                #expect(replayed.statuses(asOf: asOf) == original.statuses(asOf: asOf))
                for promise in portfolio.promises {
                    #expect(replayed.state(of: promise.promiseID, asOf: asOf) == original.state(of: promise.promiseID, asOf: asOf))
                }
                for customer in original.customerIDs {
                    #expect(try replayed.customerCredit(for: customer, asOf: asOf) == original.customerCredit(for: customer, asOf: asOf))
                }
                #expect(replayed.signals(asOf: asOf) == original.signals(asOf: asOf))
            }
            var left = original, right = replayed, copy = original
            for offset in stride(from: 0, through: 150, by: 3) {
                let asOf = Self.base.adding(days: offset)
                let events = left.evaluate(asOf: asOf)
                #expect(right.evaluate(asOf: asOf) == events)
                #expect(copy.evaluate(asOf: asOf) == events)
            }
        }
    }

    // MARK: Plans from random, partly absurd facts

    /// 2,000 random customers whose facts a planner must survive: open promises above what is
    /// owed, broken promises, random ask history. Every request is at most what is owed and its
    /// installments sum to it exactly.
    @Test func plansNeverAskMoreThanOwedAndInstallmentsSumToTheAsk() throws {
        var rng = SeededRandomNumberGenerator(seed: 8_008)
        let asOf = PromiseFixture.day("2026-11-27")
        let approved: [Set<Concession>] = [[], [.installmentPlan]]
        var requests = 0, installments = 0
        for index in 0..<2_000 {
            let items = (0..<Int.random(in: 1...6, using: &rng)).map { item in
                OpenItem(receivableID: ReceivableID("R\(item)"),
                         outstanding: Money(minorUnits: .random(in: 1...5_000_000_000, using: &rng), currency: .cny),
                         dueDate: asOf.adding(days: Int.random(in: -400...30, using: &rng)))
            }
            let owed = items.reduce(Int64(0)) { $0 + $1.outstanding.minorUnits }
            let open: (amount: Money, date: CalendarDate)? = Bool.random(using: &rng)
                ? (Money(minorUnits: .random(in: 1...(3 * owed), using: &rng), currency: .cny),
                   asOf.adding(days: Int.random(in: -10...20, using: &rng)))
                : nil
            let made = Int.random(in: 0...12, using: &rng)
            let kept = Int.random(in: 0...made, using: &rng)
            let promises = PromiseRecord(made: made, kept: kept, broken: made - kept, openPromiseAmount: open?.amount,
                                         openPromiseDate: open?.date)
            let asks = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                AskOutcome(asked: Money(minorUnits: .random(in: 1...owed, using: &rng), currency: .cny),
                           paid: Money(minorUnits: .random(in: 0...owed, using: &rng), currency: .cny), date: asOf.adding(days: -30))
            }
            let tier = RelationshipTier.allCases[Int.random(in: 0..<RelationshipTier.allCases.count, using: &rng)]
            let facts = CustomerCollectionFacts(
                customer: StandardCustomer(customerID: CustomerID("C\(index)"), relationshipTier: tier),
                openItems: items, promises: promises, askHistory: asks, hasCompetingCreditors: Bool.random(using: &rng),
                knownPaymentsToOthers: Int.random(in: 0...3, using: &rng))
            let plan = try CollectionPlanner(approvedConcessions: approved[index % 2]).plan(for: facts, asOf: asOf)
            for line in plan.lines {
                guard let request = line.request else { continue }
                requests += 1
                installments += line.installments.count
                #expect(request.amount.isPositive)
                #expect(request.amount.minorUnits <= line.owed.minorUnits)
                #expect(line.owed.minorUnits <= owed)
                #expect(line.installments.isEmpty
                        || line.installments.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == request.amount.minorUnits)
            }
        }
        #expect(requests > 1_000)
        #expect(installments > 0)
    }

    // MARK: Sharding with repeated customers

    /// 3 seeds × 4 random shardings of a portfolio where 50 customers appear twice: the
    /// merged worklist equals the whole one and calls each customer once.
    @Test(arguments: [UInt64(5), 77, 901])
    func worklistsAreShardIndependentEvenWithRepeatedCustomers(seed: UInt64) {
        var portfolio = SyntheticCollectionFacts.portfolio(customers: 600, asOf: PlanningFixture.asOf, seed: seed, collectors: 5)
        portfolio += portfolio.prefix(50)
        let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: 20))
        let whole = builder.build(portfolio, asOf: PlanningFixture.asOf)
        #expect(Set(whole.actions.map(\.customerID)).count == whole.actions.count)
        #expect(whole.actions.count > 20)
        var rng = SeededRandomNumberGenerator(seed: seed)
        for _ in 0..<4 {
            let shardCount = Int(rng.next() % 6) + 2
            var shards = [[CustomerCollectionFacts]](repeating: [], count: shardCount)
            for facts in portfolio { shards[Int(rng.next() % UInt64(shardCount))].append(facts) }
            var summaries = shards.map { builder.summarize($0, asOf: PlanningFixture.asOf) }
            summaries.shuffle(using: &rng)
            let merged = summaries.reduce(WorklistSummary.empty) { $0.merging($1) }
            let sharded = builder.worklist(from: merged, asOf: PlanningFixture.asOf)
            #expect(sharded.actions.map(\.customerID) == whole.actions.map(\.customerID))
            #expect(sharded.actions.map(\.collector) == whole.actions.map(\.collector))
        }
    }
}
