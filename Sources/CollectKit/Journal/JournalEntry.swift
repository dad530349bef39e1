/// One accepted change with the sequence number the engine gave it: what a host appends to
/// its own store, in the same transaction as its own write, to persist a tenant's
/// collections.
///
/// Sequence numbers start at 1 and have no gaps. An engine restored from a
/// ``CollectionSnapshot`` replays the entries after the snapshot's ``CollectionSnapshot/sequence``
/// (``CollectionEngine/replay(_:)``); replaying an entry it already holds changes nothing.
/// Entries encode as JSON (`Codable`, for interchange) and in a compact binary form
/// (``binaryRepresentation`` / ``init(binaryRepresentation:)``) that a million entries
/// decode from in well under a second.
public struct JournalEntry: Hashable, Sendable {
    /// The format version this build writes; it reads this one and older ones.
    public static let formatVersion: UInt8 = 1

    /// The entry's place in the tenant's journal, from 1.
    public let sequence: UInt64
    /// What changed.
    public let change: CollectionChange

    /// An entry; the engine makes these as it accepts changes.
    init(sequence: UInt64, change: CollectionChange) {
        self.sequence = sequence
        self.change = change
    }
}

extension JournalEntry: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, sequence, kind, customer, receivable, payment, toward, promise, promiseID, date, contact, excuse,
             customerID, ask, collectorID, evaluation
    }

    /// Decodes an entry, rejecting a newer format or an unknown kind with an error that
    /// names the sequence number.
    ///
    /// - Parameter decoder: A decoder over JSON that ``encode(to:)`` wrote, by this build or
    ///   an older one.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the entry's sequence number for a
    ///   newer format or an unknown kind; the change's own validation errors; the decoder's
    ///   errors for missing or mistyped fields.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sequence = try c.decode(UInt64.self, forKey: .sequence)
        let version = try c.decodeIfPresent(UInt8.self, forKey: .version) ?? 1
        guard version <= Self.formatVersion else {
            throw CollectKitError.invalidData(field: "journal[\(sequence)].version", value: String(version),
                                              reason: "written by a newer CollectKit; this build reads versions up to \(Self.formatVersion)")
        }
        let kind = try c.decode(CollectionChange.Kind.self, forKey: .kind)
        let change: CollectionChange
        switch kind {
        case .customer: change = .customer(try c.decode(StandardCustomer.self, forKey: .customer))
        case .receivable: change = .receivable(try c.decode(Receivable.self, forKey: .receivable))
        case .payment:
            change = .payment(try c.decode(Payment.self, forKey: .payment),
                              toward: try c.decodeIfPresent(PromiseID.self, forKey: .toward))
        case .promise: change = .promise(try c.decode(StandardPromise.self, forKey: .promise))
        case .promiseCancelled:
            change = .promiseCancelled(try c.decode(PromiseID.self, forKey: .promiseID), on: try c.decode(CalendarDate.self, forKey: .date))
        case .contact: change = .contact(try c.decode(ContactRecord.self, forKey: .contact))
        case .excuse:
            change = .excuse(try c.decode(ExcuseUse.self, forKey: .excuse), customer: try c.decode(CustomerID.self, forKey: .customerID))
        case .ask: change = .ask(try c.decode(AskOutcome.self, forKey: .ask), customer: try c.decode(CustomerID.self, forKey: .customerID))
        case .assignment:
            change = .assignment(try c.decode(CollectorID.self, forKey: .collectorID),
                                 customer: try c.decode(CustomerID.self, forKey: .customerID))
        case .paymentToOtherSupplier: change = .paymentToOtherSupplier(customer: try c.decode(CustomerID.self, forKey: .customerID))
        case .evaluation: change = .evaluation(try c.decode(EvaluationRecord.self, forKey: .evaluation))
        default:
            throw CollectKitError.invalidData(field: "journal[\(sequence)].kind", value: kind.rawValue,
                                              reason: "an entry kind this build does not know")
        }
        self.init(sequence: sequence, change: change)
    }

    /// Encodes the entry with its format version, sequence number and kind.
    ///
    /// - Parameter encoder: The encoder to write to; the version lets a later build read
    ///   the entry back.
    /// - Throws: whatever `encoder` throws.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatVersion, forKey: .version)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(change.kind, forKey: .kind)
        switch change {
        case .customer(let record): try c.encode(record, forKey: .customer)
        case .receivable(let receivable): try c.encode(receivable, forKey: .receivable)
        case .payment(let payment, let toward):
            try c.encode(payment, forKey: .payment)
            try c.encodeIfPresent(toward, forKey: .toward)
        case .promise(let promise): try c.encode(promise, forKey: .promise)
        case .promiseCancelled(let id, let date):
            try c.encode(id, forKey: .promiseID)
            try c.encode(date, forKey: .date)
        case .contact(let contact): try c.encode(contact, forKey: .contact)
        case .excuse(let excuse, let customer):
            try c.encode(excuse, forKey: .excuse)
            try c.encode(customer, forKey: .customerID)
        case .ask(let ask, let customer):
            try c.encode(ask, forKey: .ask)
            try c.encode(customer, forKey: .customerID)
        case .assignment(let collector, let customer):
            try c.encode(collector, forKey: .collectorID)
            try c.encode(customer, forKey: .customerID)
        case .paymentToOtherSupplier(let customer): try c.encode(customer, forKey: .customerID)
        case .evaluation(let record): try c.encode(record, forKey: .evaluation)
        }
    }
}
