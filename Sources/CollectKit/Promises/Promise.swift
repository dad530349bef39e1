/// A customer's promise to pay an amount by a date: one of CollectKit's four extension
/// protocols.
///
/// A promise is not money: it is recorded so that it can be tracked to an outcome (kept,
/// partly kept, broken, renegotiated, cancelled) and so the customer's record can be
/// weighed when the next promise is made. A CRM's own promise type conforms by naming the
/// required facts; the optional ones default to `nil`.
///
/// Conformers guarantee that `promiseID` is stable, that `amount` is positive and that
/// `promisedDate` is not before `madeOn`; the engine re-checks these, the identifiers and
/// the currency when recording (``StandardPromise/init(validating:currencies:)``) and
/// rejects violations with a typed error. A CRM type with an `id` of its own conforms
/// without changing it.
public protocol Promise: Sendable {
    /// The identifier CollectKit knows the promise by.
    var promiseID: PromiseID { get }
    /// Who promised.
    var customerID: CustomerID { get }
    /// How much was promised; positive.
    var amount: Money { get }
    /// The day by which the customer said the money would arrive (pay-by date).
    var promisedDate: CalendarDate { get }
    /// The day the promise was made.
    var madeOn: CalendarDate { get }
    /// The collector the promise was made to.
    var collectorID: CollectorID { get }
    /// How the promise was obtained.
    var channel: ContactChannel { get }
    /// The receivables the promise covers, if the customer named them. Default: `nil`.
    var coveredReceivables: [ReceivableID]? { get }
    /// The customer's own words ("好的,我明天就给你办过去"), if noted. Personal data:
    /// never printed by CollectKit's descriptions. Default: `nil`.
    var customerWords: String? { get }
    /// Evidence offered, such as a bank slip or transfer reference. Default: `nil`.
    var evidence: String? { get }
    /// The earlier promise this one replaces, when renegotiated. Default: `nil`.
    var replaces: PromiseID? { get }
}

extension Promise {
    /// Defaults to no named receivables.
    public var coveredReceivables: [ReceivableID]? { nil }
    /// Defaults to no words noted.
    public var customerWords: String? { nil }
    /// Defaults to no evidence.
    public var evidence: String? { nil }
    /// Defaults to a fresh promise, not a renegotiation.
    public var replaces: PromiseID? { nil }
}
