/// The per-promise fields that allocation and status read, packed side by side so judging a
/// promise touches one cache line instead of one per column: evaluating millions of promises
/// is bound by memory latency, not arithmetic.
struct PromiseAllocationFields: Sendable, Equatable {
    /// The pay-by day (days since the epoch).
    var due: Int32
    /// The day the promise was made.
    var made: Int32
    /// The day it was cancelled, or `CollectionLedger.never`.
    var cancelledOn: Int32
    /// The day a renegotiation replaced it, or `CollectionLedger.never`.
    var replacedOn: Int32
    /// The promised amount in minor units.
    var amount: Int64
}
