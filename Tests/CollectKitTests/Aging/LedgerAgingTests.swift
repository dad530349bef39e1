import CollectKitTesting
import Testing
@testable import CollectKit

@Suite("Aging from the ledger's columns")
struct LedgerAgingTests {
    typealias F = Fixture

    /// The columnar pass against a plain loop over the reference's open amounts, on the
    /// nightly day (stored open amounts) and on earlier days (applications replayed).
    @Test(arguments: [UInt64(5), 99])
    func columnarAgingAgreesWithAPlainLoop(seed: UInt64) throws {
        let asOf = try F.day("2026-11-27")
        let tenant = SyntheticPortfolio(seed: seed, customerCount: 200, receivableCount: 1_500, paymentCount: 700, asOf: asOf)
        var ledger = CollectionLedger()
        var reference = ReferenceReceivables()
        for change in tenant.allChanges {
            try ledger.apply(change)
            if case .receivable(let receivable) = change { reference.record(receivable) }
            if case .payment(let payment, _) = change { reference.record(payment) }
        }
        for date in [asOf, asOf.adding(days: -60), asOf.adding(days: 30)] {
            let fast = ledger.aging(asOf: date)
            let plain = try reference.aging(asOf: date)
            #expect(fast == plain)
            // The two-core split (taken from a million rows) sums the same cells.
            #expect(ledger.aging(asOf: date, parallelFrom: 2) == plain)
            #expect(fast.currencies.allSatisfy { $0.counts.reduce(0, +) > 50 })
        }
    }

    /// The order receivables were recorded in changes nothing but the rows.
    @Test func recordingOrderDoesNotChangeTheAging() throws {
        let asOf = try F.day("2026-11-27")
        let tenant = SyntheticPortfolio(seed: 8, customerCount: 500, receivableCount: 5_000, asOf: asOf)
        var inOrder = CollectionLedger(), shuffled = CollectionLedger()
        var changes = tenant.allChanges
        for change in changes { try inOrder.apply(change) }
        var random = SeededRandomNumberGenerator(seed: 80)
        changes.shuffle(using: &random)
        for change in changes where change.kind == .customer { try shuffled.apply(change) }
        for change in changes where change.kind != .customer { try shuffled.apply(change) }
        let aging = inOrder.aging(asOf: asOf)
        #expect(shuffled.aging(asOf: asOf) == aging)
        #expect(aging.currencies.map { $0.counts.reduce(0, +) }.reduce(0, +) == 5_000)
        #expect(aging.currencies.allSatisfy { $0.amounts.allSatisfy { $0 > 0 } })
    }

    @Test func syntheticTenantsAreDeterministic() throws {
        let tenant = SyntheticPortfolio(seed: 1, customerCount: 10, receivableCount: 100, promiseCount: 20, paymentCount: 30,
                                        asOf: try F.day("2026-11-27"))
        #expect(tenant.allChanges == tenant.allChanges)
        #expect(tenant.changes(10..<20) == Array(tenant.allChanges[10..<20]))
        #expect(tenant.changeCount == 160)
        let receivables = tenant.allChanges.compactMap { if case .receivable(let r) = $0 { r } else { nil } }
        #expect(receivables.prefix(12).map(\.customerID.rawValue) == ["C0000000", "C0000001", "C0000002", "C0000003", "C0000004", "C0000005",
                                                                       "C0000006", "C0000007", "C0000008", "C0000009", "C0000000", "C0000001"])
        #expect(receivables.filter { $0.customerID == "C0000006" }.allSatisfy { $0.amount.currency == .usd })
    }
}
