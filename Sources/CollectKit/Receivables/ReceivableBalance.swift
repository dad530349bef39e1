/// One receivable and what is still owed on it as of a date.
public struct ReceivableBalance: Hashable, Sendable {
    /// The receivable.
    public let receivable: Receivable
    /// What is still owed on it: between zero and its amount, in its currency.
    public let outstanding: Money

    /// Creates a balance line; `outstanding` should not exceed the receivable's amount.
    public init(receivable: Receivable, outstanding: Money) {
        self.receivable = receivable
        self.outstanding = outstanding
    }
}
