/// A ``PromiseLedger`` that many tasks record into at once: the actor serialises the
/// operations, and each runs against the whole value, so one writer never sees another's
/// half-applied operation and no payment or event is lost or counted twice.
///
/// Use it when collectors' sessions, a bank-feed import and a nightly evaluation share one
/// ledger in a process. Persist with ``snapshot()`` and ``PromiseLedger/jsonSnapshot()``.
public actor SharedPromiseLedger {
    private var ledger: PromiseLedger

    /// Shares `ledger` (an empty one by default).
    public init(_ ledger: PromiseLedger = PromiseLedger()) {
        self.ledger = ledger
    }

    /// The current value, for persisting or read-only queries without holding the actor.
    public func snapshot() -> PromiseLedger { ledger }

    /// See ``PromiseLedger/record(_:)``.
    public func record(_ promise: some Promise) throws(CollectKitError) { try ledger.record(promise) }

    /// See ``PromiseLedger/renegotiate(_:with:)``.
    public func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) {
        try ledger.renegotiate(original, with: replacement)
    }

    /// See ``PromiseLedger/cancelPromise(_:on:)``.
    public func cancelPromise(_ id: PromiseID, on date: CalendarDate) throws(CollectKitError) {
        try ledger.cancelPromise(id, on: date)
    }

    /// See ``PromiseLedger/recordPayment(_:toward:)``.
    public func recordPayment(_ payment: Payment, toward target: PromiseID? = nil) throws(CollectKitError) {
        try ledger.recordPayment(payment, toward: target)
    }

    /// See ``PromiseLedger/recordContact(_:)``.
    public func recordContact(_ contact: ContactRecord) { ledger.recordContact(contact) }

    /// See ``PromiseLedger/expectCurrency(_:for:)``.
    public func expectCurrency(_ currency: Currency, for customer: CustomerID) throws(CollectKitError) {
        try ledger.expectCurrency(currency, for: customer)
    }

    /// See ``PromiseLedger/registerReceivable(_:)``.
    public func registerReceivable(_ receivable: Receivable) throws(CollectKitError) {
        try ledger.registerReceivable(receivable)
    }

    /// See ``PromiseLedger/evaluate(asOf:)``: each event is returned to exactly one caller.
    public func evaluate(asOf: CalendarDate) -> [PromiseEvent] { ledger.evaluate(asOf: asOf) }

    /// Runs several operations as one: they all apply or, if `body` throws, none does.
    public func transaction<T: Sendable>(
        _ body: @Sendable (inout PromiseLedger) throws(CollectKitError) -> T
    ) throws(CollectKitError) -> T {
        var copy = ledger
        let result = try body(&copy)
        ledger = copy
        return result
    }
}
