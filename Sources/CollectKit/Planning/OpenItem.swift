/// One open receivable as the planner sees it: what is still outstanding on it and when it
/// fell (or falls) due.
///
/// The engine fills these from the receivables ledger; a host can fill them straight from
/// its own open-items table. Amounts already paid are not part of an open item.
public struct OpenItem: Hashable, Sendable, Codable {
    /// The receivable this amount is outstanding on.
    public var receivableID: ReceivableID
    /// What is still owed on it. Zero means settled (ignored); negative is rejected by the planner.
    public var outstanding: Money
    /// When the receivable falls due.
    public var dueDate: CalendarDate
    /// The host's document reference (invoice or contract number), if any.
    public var reference: String?

    /// An open item with the given outstanding amount.
    public init(receivableID: ReceivableID, outstanding: Money, dueDate: CalendarDate, reference: String? = nil) {
        self.receivableID = receivableID
        self.outstanding = outstanding
        self.dueDate = dueDate
        self.reference = reference
    }

    /// The open part of a ``Receivable``.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` when `outstanding` is in another
    ///   currency than the receivable, ``CollectKitError/Kind/invalidAmount`` when it is
    ///   negative or more than the receivable's amount.
    public init(receivable: Receivable, outstanding: Money) throws(CollectKitError) {
        try receivable.amount.requireSameCurrency(outstanding, field: "openItem[\(receivable.id)].outstanding")
        guard outstanding.minorUnits >= 0, outstanding.minorUnits <= receivable.amount.minorUnits else {
            throw .invalidAmount(field: "openItem[\(receivable.id)].outstanding", value: String(outstanding.minorUnits),
                                 reason: "outstanding must be between 0 and the receivable's \(receivable.amount.minorUnits)")
        }
        self.init(receivableID: receivable.id, outstanding: outstanding, dueDate: receivable.dueDate,
                  reference: receivable.reference)
    }

    /// Days past due on `asOf`; zero while not yet due.
    public func daysPastDue(asOf: CalendarDate) -> Int { max(0, dueDate.days(until: asOf)) }
}
