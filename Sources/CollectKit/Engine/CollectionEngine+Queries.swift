/// Reading what the engine holds about one customer or the portfolio. Each per-customer
/// query costs O(that customer's records).
extension CollectionEngine {
    /// The customers the host upserted, in id order.
    public var customerIDs: [CustomerID] {
        let ledger = self.ledger
        return ledger.customersInIDOrder().filter { ledger.customers[Int($0)].isKnown }.map { ledger.customerID(ofSlot: $0) }
    }

    /// What the engine keeps about a customer, or `nil` for an unknown one.
    ///
    /// - Parameter id: The customer's id.
    /// - Returns: The terms and attributes the engine's policies read, as last upserted;
    ///   names and contacts stay with the host's own value.
    /// - Complexity: O(1).
    public func customer(_ id: CustomerID) -> StandardCustomer? { ledger.customerRecord(id) }

    /// The collector assigned to a customer, if any.
    ///
    /// - Parameter customer: The customer's id.
    /// - Returns: The collector of the latest assignment; `nil` for an unknown or unassigned
    ///   customer.
    /// - Complexity: O(1).
    public func collector(of customer: CustomerID) -> CollectorID? {
        ledger.customerSlot(customer).flatMap { ledger.collector(ofSlot: $0) }
    }

    /// A customer's receivables, in recording order.
    ///
    /// - Parameter customer: The customer's id.
    /// - Returns: The receivables as recorded (amounts billed, not what is still open; see
    ///   ``balance(of:asOf:)``); empty for an unknown customer.
    /// - Complexity: O(the customer's receivables).
    public func receivables(of customer: CustomerID) -> [Receivable] { ledger.receivables(of: customer) }

    /// A customer's payments, in recording order.
    ///
    /// - Parameter customer: The customer's id.
    /// - Returns: The payments as recorded; empty for an unknown customer.
    /// - Complexity: O(the customer's payments).
    public func payments(of customer: CustomerID) -> [Payment] { ledger.payments(of: customer) }

    /// A customer's promises, in recording order (without the customer's words, which the
    /// engine does not keep).
    ///
    /// - Parameter customer: The customer's id.
    /// - Returns: Every promise recorded, whatever its status; empty for an unknown customer.
    /// - Complexity: O(the customer's promises).
    public func promises(of customer: CustomerID) -> [StandardPromise] { ledger.promises(of: customer) }

    /// Where a promise stands on `asOf`, with the money behind it; `nil` for an unknown
    /// promise or a day before it was made.
    func state(of promise: PromiseID, asOf: CalendarDate) -> PromiseState? { ledger.state(of: promise, asOf: asOf) }

    /// The status of a promise on `asOf`; `nil` for an unknown promise or a day before it was made.
    ///
    /// - Parameters:
    ///   - promise: The promise's id.
    ///   - asOf: The day to judge it on.
    /// - Returns: The status, or `nil`.
    /// - Complexity: O(p log p + q log q + q·p) for the customer's p promises and q payments:
    ///   statuses are not stored, so the payments are allocated to the promises again.
    public func status(of promise: PromiseID, asOf: CalendarDate) -> PromiseStatus? { ledger.status(of: promise, asOf: asOf) }

    /// The customer's promise record for promises whose promised date falls in
    /// `from...through`, judged on `through`.
    ///
    /// - Parameters:
    ///   - customer: The customer's id.
    ///   - from: The first promised date counted.
    ///   - through: The last promised date counted, and the day the promises are judged on.
    /// - Returns: The counts and rates; all counts are zero for an unknown customer or one
    ///   without promises in the window.
    /// - Throws: ``CollectKitError/Kind/invalidDate`` when `from` is after `through`.
    /// - Complexity: O(p log p + q log q + q·p) for the customer's p promises and q payments.
    public func promiseRecord(for customer: CustomerID, from: CalendarDate,
                              through: CalendarDate) throws(CollectKitError) -> PromiseRecord {
        try ledger.promiseRecord(for: customer, from: from, through: through)
    }

    /// The warning patterns a customer's promises show on `asOf` (partial payer, serial
    /// promiser, no follow-up, over-promising, several collectors).
    ///
    /// - Parameters:
    ///   - customer: The customer's id.
    ///   - asOf: The day to judge on; settled promises count within the policy's lookback
    ///     before it.
    /// - Returns: The signals, ordered by kind, each naming the promises that show it; empty
    ///   for an unknown customer.
    /// - Complexity: O(p log p + q log q + q·p) for the customer's p promises and q payments,
    ///   plus a walk over the customer's contacts for each unkept promise in the lookback.
    public func signals(for customer: CustomerID, asOf: CalendarDate) -> [PromiseSignal] {
        ledger.signals(for: customer, asOf: asOf)
    }

    /// What a customer owes and holds on `asOf`.
    ///
    /// - Parameters:
    ///   - customer: A known customer.
    ///   - asOf: The day to read the balance on; receivables issued and payments applied
    ///     after it do not count.
    /// - Returns: The outstanding, overdue and unapplied amounts, `nil` before the customer's
    ///   first money record fixes a currency.
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    /// - Complexity: O(the customer's receivables, payments and applications).
    public func balance(of customer: CustomerID, asOf: CalendarDate) throws(CollectKitError) -> CustomerBalance {
        let ledger = self.ledger
        let slot = try ledger.knownSlot(customer, field: "customerID")
        let currency = ledger.currency(ofSlot: Int(slot))
        var outstanding: Int64 = 0, overdue: Int64 = 0
        for (row, open) in ledger.openRows(ofSlot: slot, asOf: asOf) where open > 0 {
            outstanding += open
            if ledger.receivableDueDay[Int(row)] < asOf.daysSinceEpoch { overdue += open }
        }
        let unapplied = ledger.unapplied(ofSlot: slot, asOf: asOf)
        return CustomerBalance(customerID: customer, asOf: asOf, currency: currency,
                               outstanding: currency.map { Money(minorUnits: outstanding, currency: $0) },
                               overdue: currency.map { Money(minorUnits: overdue, currency: $0) },
                               unapplied: currency.map { Money(minorUnits: unapplied, currency: $0) })
    }

    /// The portfolio's outstanding receivables on `asOf`, by currency and days past due
    /// (the configuration's buckets).
    ///
    /// - Parameter asOf: The day whose outstanding amounts are aged.
    /// - Returns: The outstanding amounts per currency and bucket.
    /// - Complexity: O(receivables), one pass over two columns.
    public func aging(asOf: CalendarDate) -> AgingSummary { ledger.aging(asOf: asOf, buckets: configuration.agingBuckets) }
}

/// What one customer owes and holds on a day, in the customer's currency.
public struct CustomerBalance: Hashable, Sendable {
    /// Whose balance.
    public let customerID: CustomerID
    /// The day it describes.
    public let asOf: CalendarDate
    /// The customer's currency; `nil` before the customer's first money record.
    public let currency: Currency?
    /// Everything still owed on receivables issued by ``asOf``.
    public let outstanding: Money?
    /// The part of ``outstanding`` past its due date.
    public let overdue: Money?
    /// Money received that no receivable has taken (overpayment, payment on account).
    public let unapplied: Money?
}
