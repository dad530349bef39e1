import CollectKit

/// Seeded synthetic promises and payments for property tests and benchmarks: the same
/// parameters always give the same records, on every platform.
///
/// Promises are made in the 90 days before `asOf` with pay-by dates up to 30 days later, so a
/// portfolio holds open, due, kept, partly kept and broken promises at once. About a third of
/// the payments name a promise of their customer (for its full amount or part of it); the rest
/// are untargeted and left for the ledger to allocate. All amounts are in CNY.
public struct SyntheticPromises: Sendable {
    /// The promises, in the order a host would record them.
    public let promises: [StandardPromise]
    /// The payments, in the order a host would record them.
    public let payments: [Payment]
    /// For each payment (same index), the promise it names, if any.
    public let paymentTargets: [PromiseID?]

    /// Generates `promiseCount` promises and `paymentCount` payments spread over
    /// `customerCount` customers (ids `C0`, `C1`, …), everything dated on or before `asOf`
    /// except pay-by dates, which may fall after it.
    public init(seed: UInt64, customerCount: Int, promiseCount: Int, paymentCount: Int, asOf: CalendarDate) {
        var random = SeededRandomNumberGenerator(seed: seed)
        let customers = UInt64(Swift.max(1, customerCount))
        var promises: [StandardPromise] = []
        promises.reserveCapacity(Swift.max(0, promiseCount))
        for index in 0..<Swift.max(0, promiseCount) {
            let customer = CustomerID(rawValue: "C" + String(random.next() % customers))
            let made = asOf.adding(days: -Int(random.next() % 90))
            let promised = made.adding(days: Int(random.next() % 31))
            let amount = Money(minorUnits: Int64(10_000 + random.next() % 5_000_000), currency: .cny)
            // The values are valid by construction (positive amount, pay-by not before made).
            guard let promise = try? StandardPromise(
                promiseID: PromiseID(rawValue: "P" + String(index)), customerID: customer, amount: amount,
                promisedDate: promised, madeOn: made,
                collectorID: CollectorID(rawValue: "collector-" + String(random.next() % 20)))
            else { continue }
            promises.append(promise)
        }
        var payments: [Payment] = []
        var targets: [PromiseID?] = []
        payments.reserveCapacity(Swift.max(0, paymentCount))
        targets.reserveCapacity(Swift.max(0, paymentCount))
        for index in 0..<Swift.max(0, paymentCount) {
            let id = PaymentID(rawValue: "Y" + String(index))
            let payment: Payment?
            let target: PromiseID?
            if !promises.isEmpty, random.next() % 3 == 0 {
                let promise = promises[Int(random.next() % UInt64(promises.count))]
                let share: Int64 = random.next() % 4 == 0 ? 2 : 1 // a quarter pay half, the rest in full
                let day = Swift.min(asOf.daysSinceEpoch, promise.madeOn.daysSinceEpoch + Int32(random.next() % 40))
                payment = try? Payment(id: id, customerID: promise.customerID,
                                       amount: Money(minorUnits: promise.amount.minorUnits / share, currency: .cny),
                                       date: CalendarDate(daysSinceEpoch: day))
                target = promise.promiseID
            } else {
                let customer = CustomerID(rawValue: "C" + String(random.next() % customers))
                payment = try? Payment(id: id, customerID: customer,
                                       amount: Money(minorUnits: Int64(10_000 + random.next() % 5_000_000), currency: .cny),
                                       date: asOf.adding(days: -Int(random.next() % 90)))
                target = nil
            }
            guard let payment else { continue }
            payments.append(payment)
            targets.append(target)
        }
        self.promises = promises
        self.payments = payments
        self.paymentTargets = targets
    }

    /// The customers (`C0`, `C1`, … up to the highest one used), then every promise, then
    /// every payment, as the changes an engine records.
    public var changes: [CollectionChange] {
        var customers = Set<CustomerID>()
        for promise in promises { customers.insert(promise.customerID) }
        for payment in payments { customers.insert(payment.customerID) }
        return customers.sorted().map { .customer(StandardCustomer(customerID: $0)) }
            + promises.map(CollectionChange.promise)
            + zip(payments, paymentTargets).map { CollectionChange.payment($0, toward: $1) }
    }
}
