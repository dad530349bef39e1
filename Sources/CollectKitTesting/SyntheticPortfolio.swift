import CollectKit

/// A seeded, deterministic synthetic tenant for property tests and benchmarks: the same
/// parameters always produce the same customers, receivables, promises and payments, on
/// every platform, as ``CollectionChange``s in the order a CRM would record them.
///
/// Any record can be generated on its own (``change(at:)``), so a benchmark can produce
/// ten million receivables a chunk at a time without holding them all.
///
/// - Customers `C0000000`… each deal in one currency: every seventh in USD, the rest in CNY,
///   with mixed standings, tiers, terms and collectors.
/// - Receivable *i* belongs to customer *i* mod `customerCount` (so customers' rows are
///   interleaved), each customer's bills issued in order over the 420 days before ``asOf``
///   (as a CRM records them), on 0–90 days' terms.
/// - Promises are made in the 90 days before ``asOf`` with pay-by dates up to 30 days later.
/// - About a third of the payments pay a promise (in full or half), a tenth name a receivable
///   explicitly, the rest are left to the oldest-due-first rule; a few overpay.
public struct SyntheticPortfolio: Sendable {
    /// The seed every random choice derives from.
    public let seed: UInt64
    /// How many customers.
    public let customerCount: Int
    /// How many receivables, spread over the customers.
    public let receivableCount: Int
    /// How many promises.
    public let promiseCount: Int
    /// How many payments.
    public let paymentCount: Int
    /// The day the portfolio describes; every record is dated on or before it, except
    /// due and pay-by dates.
    public let asOf: CalendarDate

    /// Describes a tenant; nothing is generated until asked for.
    public init(seed: UInt64, customerCount: Int, receivableCount: Int, promiseCount: Int = 0, paymentCount: Int = 0,
                asOf: CalendarDate) {
        self.seed = seed
        self.customerCount = max(1, customerCount)
        self.receivableCount = max(0, receivableCount)
        self.promiseCount = max(0, promiseCount)
        self.paymentCount = max(0, paymentCount)
        self.asOf = asOf
    }

    /// Every record: customers, receivables, promises, payments.
    public var changeCount: Int { customerCount + receivableCount + promiseCount + paymentCount }

    /// The records in `range` of the recording order.
    public func changes(_ range: Range<Int>) -> [CollectionChange] { range.compactMap(change(at:)) }

    /// Every record, in recording order.
    public var allChanges: [CollectionChange] { changes(0..<changeCount) }

    /// The record at `index` of the recording order: customers first, then receivables,
    /// then promises, then payments. `nil` outside the order.
    public func change(at index: Int) -> CollectionChange? {
        var index = index
        guard index >= 0 else { return nil }
        if index < customerCount { return .customer(customer(index)) }
        index -= customerCount
        if index < receivableCount { return receivable(index).map(CollectionChange.receivable) }
        index -= receivableCount
        if index < promiseCount { return promise(index).map(CollectionChange.promise) }
        index -= promiseCount
        if index < paymentCount { return payment(index) }
        return nil
    }

    /// The identifier of customer `index`, zero-padded so identifiers sort like positions.
    public static func customerID(_ index: Int) -> CustomerID { CustomerID("C" + padded(index, 7)) }

    /// The currency customer `index` deals in.
    public static func currency(ofCustomer index: Int) -> Currency { index % 7 == 6 ? .usd : .cny }

    // MARK: Records

    private func random(_ kind: UInt64, _ index: Int) -> SeededRandomNumberGenerator {
        SeededRandomNumberGenerator(seed: seed ^ (kind &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
    }

    private func customer(_ index: Int) -> StandardCustomer {
        var r = random(1, index)
        let standings: [CreditStanding] = [.excellent, .good, .good, .fair, .fair, .poor, .unknown]
        let tiers: [RelationshipTier] = [.core, .regular, .regular, .regular, .new, .atRisk]
        let terms: [PaymentTerms] = [.dueOnReceipt, .net30, .net30, .net60, .net90]
        return StandardCustomer(customerID: Self.customerID(index),
                              creditStanding: standings[Int(r.next() % UInt64(standings.count))],
                              relationshipTier: tiers[Int(r.next() % UInt64(tiers.count))],
                              paymentTerms: terms[Int(r.next() % UInt64(terms.count))])
    }

    private func receivable(_ index: Int) -> Receivable? {
        var r = random(2, index)
        let customer = index % customerCount
        let perCustomer = max(1, receivableCount / customerCount)
        let issue = asOf.adding(days: -420 + (index / customerCount) * 420 / perCustomer + Int(r.next() % 3))
        let terms = [0, 30, 30, 60, 90][Int(r.next() % 5)]
        return try? Receivable(id: ReceivableID("R" + Self.padded(index, 8)), customerID: Self.customerID(customer),
                               amount: Money(minorUnits: Int64(10_000 + r.next() % 20_000_000), currency: Self.currency(ofCustomer: customer)),
                               issueDate: issue, dueDate: issue.adding(days: terms))
    }

    private func promiseCustomer(_ index: Int) -> Int {
        var r = random(3, index)
        return Int(r.next() % UInt64(customerCount))
    }

    private func promise(_ index: Int) -> StandardPromise? {
        var r = random(4, index)
        let customer = promiseCustomer(index)
        let made = asOf.adding(days: -Int(r.next() % 90))
        return try? StandardPromise(promiseID: PromiseID("P" + Self.padded(index, 8)), customerID: Self.customerID(customer),
                                   amount: Money(minorUnits: Int64(10_000 + r.next() % 5_000_000), currency: Self.currency(ofCustomer: customer)),
                                   promisedDate: made.adding(days: Int(r.next() % 31)), madeOn: made,
                                   collectorID: CollectorID("collector-" + String(customer % 50)))
    }

    private func payment(_ index: Int) -> CollectionChange? {
        var r = random(5, index)
        let id = PaymentID("Y" + Self.padded(index, 8))
        let choice = r.next() % 30
        if promiseCount > 0, choice < 10 {
            let target = Int(r.next() % UInt64(promiseCount))
            guard let promise = promise(target) else { return nil }
            let share: Int64 = r.next() % 4 == 0 ? 2 : 1
            let day = min(asOf.daysSinceEpoch, promise.madeOn.daysSinceEpoch + Int32(r.next() % 40))
            guard let payment = try? Payment(id: id, customerID: promise.customerID,
                                             amount: Money(minorUnits: promise.amount.minorUnits / share, currency: promise.amount.currency),
                                             date: CalendarDate(daysSinceEpoch: day)) else { return nil }
            return .payment(payment, toward: promise.promiseID)
        }
        let customer = Int(r.next() % UInt64(customerCount))
        let currency = Self.currency(ofCustomer: customer)
        let amount = Money(minorUnits: Int64(10_000 + r.next() % (choice == 29 ? 60_000_000 : 8_000_000)), currency: currency)
        var allocations: [Payment.Allocation] = []
        let owned = receivableCount / customerCount + (customer < receivableCount % customerCount ? 1 : 0)
        if choice < 13, owned > 0 {
            let receivable = customer + customerCount * Int(r.next() % UInt64(owned))
            allocations = [Payment.Allocation(receivableID: ReceivableID("R" + Self.padded(receivable, 8)),
                                              amount: Money(minorUnits: max(1, amount.minorUnits / 2), currency: currency))]
        }
        guard let payment = try? Payment(id: id, customerID: Self.customerID(customer), amount: amount,
                                         date: asOf.adding(days: -Int(r.next() % 120)), allocations: allocations) else { return nil }
        return .payment(payment, toward: nil)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
