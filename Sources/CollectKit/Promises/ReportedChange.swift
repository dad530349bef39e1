/// A promise whose phase changed during an evaluation and that reports an event, noted by
/// the walk over customers and turned into a ``PromiseEvent`` afterwards (see
/// `CollectionLedger.events(for:asOf:)`).
///
/// Eight bytes instead of a `PromiseStatus` beside the index (24 with padding): a first
/// evaluation notes millions of these.
struct ReportedChange {
    /// The promise's position in the ledger.
    let index: Int32
    // The status: a fulfilled share in basis points when non-negative, else one of the codes below.
    private let code: Int32

    private static let open: Int32 = -1, dueToday: Int32 = -2, kept: Int32 = -3, broken: Int32 = -4

    /// A change reporting `status`; `nil` for the statuses that report no event (renegotiated,
    /// cancelled).
    init?(index: Int32, status: PromiseStatus) {
        switch status {
        case .open: code = Self.open
        case .dueToday: code = Self.dueToday
        case .kept: code = Self.kept
        // The share is at most 10 000 (`basisPoints(_:of:)`); clamping only guards the type.
        case .partiallyKept(let share): code = Int32(clamping: Swift.max(0, share))
        case .broken: code = Self.broken
        case .renegotiated, .cancelled: return nil
        }
        self.index = index
    }

    /// The kind of event the change is reported as.
    var kind: PromiseEvent.Kind {
        switch code {
        case Self.open, Self.dueToday: .becameDue
        case Self.kept: .kept
        case Self.broken: .broken
        default: .partiallyKept
        }
    }

    /// The status the change reports.
    var status: PromiseStatus {
        switch code {
        case Self.open: .open
        case Self.dueToday: .dueToday
        case Self.kept: .kept
        case Self.broken: .broken
        default: .partiallyKept(fulfilledBasisPoints: Int(code))
        }
    }
}
