/// Where a promise stands on a given day.
public enum PromiseStatus: Hashable, Sendable, Codable {
    /// Not yet due, or due but still within the policy's grace days, and not yet kept.
    case open
    /// Today is the promised date and the money has not fully arrived.
    case dueToday
    /// At least the policy's kept threshold arrived by the deadline (promised date + grace).
    case kept
    /// Some money but less than the kept threshold arrived by the deadline; the fulfilled
    /// share is in basis points, rounded down (5 000 = half paid).
    case partiallyKept(fulfilledBasisPoints: Int)
    /// Nothing arrived by the deadline.
    case broken
    /// A later promise replaced this one.
    case renegotiated
    /// The promise was withdrawn (e.g. the receivable was credited or disputed).
    case cancelled
}

/// A promise's standing on a day with the figures behind it.
struct PromiseState: Hashable, Sendable {
    /// The promise.
    let promiseID: PromiseID
    /// Its status on ``asOf``.
    let status: PromiseStatus
    /// The day the state describes.
    let asOf: CalendarDate
    /// Money allocated to the promise from payments dated on or before ``asOf``.
    let paid: Money
    /// Money allocated from payments dated on or before the deadline (promised date + grace).
    let paidByDeadline: Money
    /// The day allocated money first reached the kept threshold, if it has by ``asOf``
    /// (possibly after the deadline: a late payment).
    let fulfilledOn: CalendarDate?
}
