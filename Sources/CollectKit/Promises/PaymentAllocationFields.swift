/// The per-payment fields that allocation reads, packed side by side for the same reason as
/// ``PromiseAllocationFields``: one cache line per payment instead of one per column.
struct PaymentAllocationFields: Sendable, Equatable {
    /// The value day (days since the epoch).
    var day: Int32
    /// The position of the promise the payment names, or `CollectionLedger.noTarget`.
    var target: Int32
    /// The amount in minor units.
    var amount: Int64
}
