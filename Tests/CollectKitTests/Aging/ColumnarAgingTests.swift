import CollectKit
import CollectKitTesting
import Testing

@Suite("Columnar aging")
struct ColumnarAgingTests {
    typealias F = Fixture

    @Test func smallColumnsAgeToKnownTotals() throws {
        let asOf = try F.day("2026-11-27")
        let due = asOf.daysSinceEpoch
        let columns = try ReceivableColumns(
            currency: .cny, customerCount: 3,
            customerIndex: [0, 1, 0, 2, 1],
            openMinorUnits: [100, 200, 300, 400, 500],
            dueDay: [due + 5, due, due - 1, due - 200, due - 61])
        let aging = columns.aging(asOf: asOf)
        #expect(aging.totals == [300, 300, 0, 500, 0, 400])
        #expect(aging.counts == [2, 1, 0, 1, 0, 1])
        #expect(aging.amount(customer: 0, bucket: 0) == 100)
        #expect(aging.amount(customer: 0, bucket: 1) == 300)
        #expect(aging.amount(customer: 1, bucket: 3) == 500)
        #expect(aging.amount(customer: 2, bucket: 5) == 400)
        #expect(aging.amount(customer: 3, bucket: 0) == nil)
        #expect(columns.rawByteCount == 80)
        let totalsOnly = columns.aging(asOf: asOf, perCustomer: false)
        #expect(totalsOnly.totals == aging.totals)
        #expect(totalsOnly.customerTotals.isEmpty)
    }

    @Test func invalidColumnsAreRejected() {
        let lengths = #expect(throws: CollectKitError.self) {
            try ReceivableColumns(currency: .cny, customerCount: 1, customerIndex: [0], openMinorUnits: [1, 2], dueDay: [0, 0])
        }
        #expect(lengths?.field == "columns.count")
        let customer = #expect(throws: CollectKitError.self) {
            try ReceivableColumns(currency: .cny, customerCount: 2, customerIndex: [0, 2], openMinorUnits: [1, 2], dueDay: [0, 0])
        }
        #expect(customer?.field == "columns.customerIndex[1]")
        let negative = #expect(throws: CollectKitError.self) {
            try ReceivableColumns(currency: .cny, customerCount: 1, customerIndex: [0], openMinorUnits: [-1], dueDay: [0])
        }
        #expect(negative?.kind == .invalidArgument)
        let overflow = #expect(throws: CollectKitError.self) {
            try ReceivableColumns(currency: .cny, customerCount: 1, customerIndex: [0, 0],
                                  openMinorUnits: [.max, 1], dueDay: [0, 0])
        }
        #expect(overflow?.kind == .overflow)
    }

    @Test(arguments: [UInt64(5), 99])
    func columnarAgingAgreesWithTheValuePath(seed: UInt64) throws {
        let asOf = try F.day("2026-11-27")
        let ledger = SyntheticPortfolio(seed: seed, customerCount: 200, receivableCount: 1_500, asOf: asOf).ledger()
        let balances = ledger.balances(asOf: asOf)
        let summary = balances.aging()
        let perCustomer = balances.agingByCustomer()
        for currency in [Currency.cny, .usd] {
            let (columns, customers) = balances.columns(currency: currency)
            #expect(columns.count > 50)
            let fast = columns.aging(asOf: asOf)
            let slow = try #require(summary[currency])
            #expect(fast.totals == slow.amounts)
            #expect(fast.counts == slow.counts)
            #expect(fast.summary[currency] == slow)
            for (position, customer) in customers.enumerated() {
                let expected = perCustomer[customer]?[currency]?.amounts ?? []
                let actual = (0..<AgingBuckets.standard.count).compactMap { fast.amount(customer: position, bucket: $0) }
                #expect(actual == expected, "customer \(customer)")
            }
        }
    }

    @Test func rowOrderDoesNotChangeTheResult() throws {
        let asOf = try F.day("2026-11-27")
        let columns = SyntheticPortfolio(seed: 8, customerCount: 500, receivableCount: 5_000, asOf: asOf)
            .columns(order: .groupedByCustomer)
        var order = Array(0..<columns.count)
        var random = SeededRandomNumberGenerator(seed: 80)
        order.shuffle(using: &random)
        let shuffled = try ReceivableColumns(currency: .cny, customerCount: columns.customerCount,
                                             customerIndex: order.map { columns.customerIndex[$0] },
                                             openMinorUnits: order.map { columns.openMinorUnits[$0] },
                                             dueDay: order.map { columns.dueDay[$0] })
        let fast = columns.aging(asOf: asOf)
        #expect(shuffled.aging(asOf: asOf) == fast)
        #expect(fast.counts.reduce(0, +) == 5_000)
        // A plain reference loop, row by row, through AgingBuckets.index.
        let buckets = AgingBuckets.standard
        var cells = [Int64](repeating: 0, count: columns.customerCount * buckets.count)
        var totals = [Int64](repeating: 0, count: buckets.count)
        for row in 0..<columns.count {
            let bucket = buckets.index(daysPastDue: CalendarDate(daysSinceEpoch: columns.dueDay[row]).days(until: asOf))
            cells[Int(columns.customerIndex[row]) * buckets.count + bucket] += columns.openMinorUnits[row]
            totals[bucket] += columns.openMinorUnits[row]
        }
        #expect(fast.customerTotals == cells)
        #expect(fast.totals == totals)
        #expect(totals.allSatisfy { $0 > 0 })
    }

    @Test func syntheticColumnsAreDeterministic() throws {
        let portfolio = SyntheticPortfolio(seed: 1, customerCount: 10, receivableCount: 100, asOf: try F.day("2026-11-27"))
        #expect(portfolio.columns(order: .random) == portfolio.columns(order: .random))
        #expect(portfolio.columns(order: .groupedByCustomer).customerIndex.prefix(12) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
    }
}
