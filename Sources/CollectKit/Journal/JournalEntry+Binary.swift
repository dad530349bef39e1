import Foundation

/// The binary form of journal entries: a fixed header (format version, sequence number,
/// kind) and the change's fields, strings as UTF-8 with a length and numbers little-endian.
/// Decoding runs every check the constructors run, so a forged entry is a typed error.
extension JournalEntry {
    /// The entry in CollectKit's compact binary format.
    public var binaryRepresentation: Data {
        var w = BinaryWriter(reservingCapacity: 96)
        encode(into: &w)
        return w.data
    }

    /// Reads one entry from ``binaryRepresentation``.
    ///
    /// - Parameter data: Exactly one entry's bytes, written by this build or an older one.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the entry's sequence number for
    ///   a newer format, an unknown kind or malformed fields; the fields' own validation errors.
    public init(binaryRepresentation data: Data) throws(CollectKitError) {
        self = try BinaryReader.read(data) { (r: inout BinaryReader) throws(CollectKitError) -> JournalEntry in
            let entry = try Self.decode(from: &r)
            guard r.isAtEnd else {
                throw .invalidData(field: "journal[\(entry.sequence)]", value: String(r.remaining), reason: "bytes follow the entry")
            }
            return entry
        }
    }

    /// Many entries as one block: a count, then each entry with its length.
    ///
    /// - Parameter entries: The entries, in the order they are to be read back.
    /// - Returns: The block, for ``entries(fromBinary:)``.
    /// - Complexity: O(n) in the total size of the entries.
    public static func binaryRepresentation(of entries: some Collection<JournalEntry>) -> Data {
        var w = BinaryWriter(reservingCapacity: 16 + entries.count * 100)
        w.writeVarint(UInt64(entries.count))
        var one = BinaryWriter(reservingCapacity: 256)
        for entry in entries {
            one.reset()
            entry.encode(into: &one)
            w.writeBytes(one.data)
        }
        return w.data
    }

    /// Reads a block written by ``binaryRepresentation(of:)``.
    ///
    /// - Parameter data: One block, written by this build or an older one.
    /// - Returns: The entries, in the order they were written.
    /// - Throws: as ``init(binaryRepresentation:)``, for the first entry that fails.
    /// - Complexity: O(n) in the length of `data`.
    public static func entries(fromBinary data: Data) throws(CollectKitError) -> [JournalEntry] {
        try BinaryReader.read(data) { (r: inout BinaryReader) throws(CollectKitError) -> [JournalEntry] in try entries(from: &r) }
    }

    private static func entries(from r: inout BinaryReader) throws(CollectKitError) -> [JournalEntry] {
        let count = try r.readCount("journal.count", minimumSize: 11)
        var entries: [JournalEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let length = try r.readCount("journal.length")
            let end = r.offset + length
            let entry = try decode(from: &r)
            guard r.offset == end else {
                throw .invalidData(field: "journal[\(entry.sequence)]", value: String(length), reason: "the entry's length does not match its fields")
            }
            entries.append(entry)
        }
        guard r.isAtEnd else { throw .invalidData(field: "journal", value: String(r.remaining), reason: "bytes follow the last entry") }
        return entries
    }

    // MARK: Encoding

    func encode(into w: inout BinaryWriter) {
        w.write(Self.formatVersion)
        w.write(sequence)
        w.write(change.kind.code)
        switch change {
        case .customer(let record):
            w.write(record.customerID.rawValue)
            w.write(record.creditStanding.rawValue)
            w.write(record.relationshipTier.rawValue)
            w.write(Int32(record.paymentTerms.netDays))
            w.write(record.creditLimit != nil)
            if let limit = record.creditLimit { Self.write(limit, &w) }
            w.writeBytes(record.attributes.isEmpty ? [] : Self.json(record.attributes))
        case .receivable(let receivable):
            w.write(receivable.id.rawValue)
            w.write(receivable.customerID.rawValue)
            w.write(receivable.kind.code)
            Self.write(receivable.amount, &w)
            w.write(receivable.issueDate.daysSinceEpoch)
            w.write(receivable.dueDate.daysSinceEpoch)
            w.write(receivable.reference)
        case .payment(let payment, let toward):
            w.write(payment.id.rawValue)
            w.write(payment.customerID.rawValue)
            Self.write(payment.amount, &w)
            w.write(payment.date.daysSinceEpoch)
            w.writeVarint(UInt64(payment.allocations.count))
            for allocation in payment.allocations {
                w.write(allocation.receivableID.rawValue)
                w.write(allocation.amount.minorUnits)
            }
            w.write(payment.reference)
            w.write(toward?.rawValue)
        case .promise(let promise):
            w.write(promise.promiseID.rawValue)
            w.write(promise.customerID.rawValue)
            Self.write(promise.amount, &w)
            w.write(promise.promisedDate.daysSinceEpoch)
            w.write(promise.madeOn.daysSinceEpoch)
            w.write(promise.collectorID.rawValue)
            w.write(promise.channel.rawValue)
            w.write(promise.coveredReceivables != nil)
            if let covered = promise.coveredReceivables {
                w.writeVarint(UInt64(covered.count))
                for id in covered { w.write(id.rawValue) }
            }
            w.write(promise.evidence)
            w.write(promise.replaces?.rawValue)
        case .promiseCancelled(let id, let date):
            w.write(id.rawValue)
            w.write(date.daysSinceEpoch)
        case .contact(let contact):
            w.write(contact.customerID.rawValue)
            w.write(contact.collectorID.rawValue)
            w.write(contact.date.daysSinceEpoch)
            w.write(contact.channel.rawValue)
        case .excuse(let excuse, let customer):
            w.write(customer.rawValue)
            w.write(excuse.category.rawValue)
            w.write(excuse.date.daysSinceEpoch)
            w.write(excuse.outcome.rawValue)
        case .ask(let ask, let customer):
            w.write(customer.rawValue)
            Self.write(ask.asked, &w)
            Self.write(ask.paid, &w)
            w.write(ask.date.daysSinceEpoch)
        case .assignment(let collector, let customer):
            w.write(customer.rawValue)
            w.write(collector.rawValue)
        case .paymentToOtherSupplier(let customer):
            w.write(customer.rawValue)
        case .evaluation(let record):
            w.write(record.asOf.daysSinceEpoch)
            w.writeVarint(UInt64(record.phases.count))
            for change in record.phases {
                w.write(change.promiseID.rawValue)
                w.write(change.phase)
            }
            w.writeVarint(UInt64(record.escalations.count))
            for change in record.escalations {
                w.write(change.customerID.rawValue)
                w.write(UInt8(change.level.rawValue))
            }
        }
    }

    private static func write(_ money: Money, _ w: inout BinaryWriter) {
        w.write(money.currency.code)
        w.write(UInt8(money.currency.minorUnitExponent))
        w.write(money.minorUnits)
    }

    /// JSON for the few nested values the binary format keeps as JSON. They hold only
    /// strings, integers and finite numbers (validated when made), so encoding cannot fail;
    /// if it ever did, `null` is written and reading rejects it with an error naming the
    /// field, rather than restoring a guess.
    private static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return [UInt8](try encoder.encode(value)) } catch { return Array("null".utf8) }
    }

    // MARK: Decoding

    static func decode(from r: inout BinaryReader) throws(CollectKitError) -> JournalEntry {
        let version = try r.read(UInt8.self, "journal.version")
        let sequence = try r.read(UInt64.self, "journal.sequence")
        let field = "journal[\(sequence)]"
        guard version <= formatVersion else {
            throw .invalidData(field: "\(field).version", value: String(version),
                               reason: "written by a newer CollectKit; this build reads versions up to \(formatVersion)")
        }
        let code = try r.read(UInt8.self, "\(field).kind")
        guard code >= 1, Int(code) <= CollectionChange.Kind.all.count else {
            throw .invalidData(field: "\(field).kind", value: String(code), reason: "an entry kind this build does not know")
        }
        do {
            return JournalEntry(sequence: sequence, change: try decodeChange(CollectionChange.Kind.all[Int(code) - 1], from: &r))
        } catch {
            throw CollectKitError(kind: error.kind, field: "\(field).\(error.field)", value: error.value, reason: error.reason)
        }
    }

    private static func decodeChange(_ kind: CollectionChange.Kind, from r: inout BinaryReader) throws(CollectKitError) -> CollectionChange {
        func id<T: TextIdentifier>(_ type: T.Type, _ field: String) throws(CollectKitError) -> T {
            try T.validated(r.readString(field))
        }
        func day(_ field: String) throws(CollectKitError) -> CalendarDate { CalendarDate(daysSinceEpoch: try r.read(Int32.self, field)) }
        func money(_ field: String) throws(CollectKitError) -> Money {
            let code = try r.readString(field)
            let exponent = try r.read(UInt8.self, field)
            let currency = try Currency(code: code, minorUnitExponent: Int(exponent))
            return Money(minorUnits: try r.read(Int64.self, field), currency: currency)
        }
        switch kind {
        case .customer:
            let customer = try id(CustomerID.self, "customerID")
            let standingText = try r.readString("creditStanding")
            guard let standing = CreditStanding(rawValue: standingText) else {
                throw .invalidData(field: "creditStanding", value: standingText, reason: "unknown standing")
            }
            let tierText = try r.readString("relationshipTier")
            guard let tier = RelationshipTier(rawValue: tierText) else {
                throw .invalidData(field: "relationshipTier", value: tierText, reason: "unknown tier")
            }
            let terms = try PaymentTerms(netDays: Int(r.read(Int32.self, "paymentTerms")))
            let limit = try r.readBool("creditLimit") ? try money("creditLimit") : nil
            let attributesBytes = try r.readBytes("attributes")
            var attributes = CustomerAttributes()
            if !attributesBytes.isEmpty {
                do { attributes = try JSONDecoder().decode(CustomerAttributes.self, from: Data(attributesBytes)) } catch {
                    throw .invalidData(field: "attributes", value: "", reason: "malformed attributes")
                }
            }
            return .customer(StandardCustomer(customerID: customer, creditStanding: standing, relationshipTier: tier,
                                            paymentTerms: terms, creditLimit: limit, attributes: attributes))
        case .receivable:
            let receivableID = try id(ReceivableID.self, "id")
            let customer = try id(CustomerID.self, "customerID")
            let kindCode = try r.read(UInt8.self, "kind")
            guard kindCode <= 2 else { throw .invalidData(field: "kind", value: String(kindCode), reason: "unknown kind") }
            return .receivable(try Receivable(id: receivableID, customerID: customer, kind: Receivable.Kind(code: kindCode),
                                              amount: money("amount"), issueDate: day("issueDate"), dueDate: day("dueDate"),
                                              reference: r.readOptionalString("reference")))
        case .payment:
            let paymentID = try id(PaymentID.self, "id")
            let customer = try id(CustomerID.self, "customerID")
            let amount = try money("amount")
            let date = try day("date")
            var allocations: [Payment.Allocation] = []
            for _ in 0..<(try r.readCount("allocations", minimumSize: 9)) {
                let receivable = try id(ReceivableID.self, "allocations")
                allocations.append(Payment.Allocation(receivableID: receivable,
                                                      amount: Money(minorUnits: try r.read(Int64.self, "allocations"), currency: amount.currency)))
            }
            let reference = try r.readOptionalString("reference")
            let toward = try r.readOptionalString("toward").map { (text: String) throws(CollectKitError) -> PromiseID in try PromiseID.validated(text) }
            return .payment(try Payment(id: paymentID, customerID: customer, amount: amount, date: date,
                                        allocations: allocations, reference: reference), toward: toward)
        case .promise:
            let promiseID = try id(PromiseID.self, "id")
            let customer = try id(CustomerID.self, "customerID")
            let amount = try money("amount")
            let promised = try day("promisedDate")
            let made = try day("madeOn")
            let collector = try id(CollectorID.self, "collectorID")
            let channel = ContactChannel(rawValue: try r.readString("channel"))
            var covered: [ReceivableID]?
            if try r.readBool("coveredReceivables") {
                var ids: [ReceivableID] = []
                for _ in 0..<(try r.readCount("coveredReceivables")) { ids.append(try id(ReceivableID.self, "coveredReceivables")) }
                covered = ids
            }
            let evidence = try r.readOptionalString("evidence")
            let replaces = try r.readOptionalString("replaces").map { (text: String) throws(CollectKitError) -> PromiseID in try PromiseID.validated(text) }
            return .promise(try StandardPromise(promiseID: promiseID, customerID: customer, amount: amount, promisedDate: promised, madeOn: made,
                                               collectorID: collector, channel: channel, coveredReceivables: covered,
                                               evidence: evidence, replaces: replaces))
        case .promiseCancelled:
            return .promiseCancelled(try id(PromiseID.self, "promiseID"), on: try day("date"))
        case .contact:
            return .contact(ContactRecord(customerID: try id(CustomerID.self, "customerID"), collectorID: try id(CollectorID.self, "collectorID"),
                                          date: try day("date"), channel: ContactChannel(rawValue: try r.readString("channel"))))
        case .excuse:
            let customer = try id(CustomerID.self, "customerID")
            let category = ExcuseCategory(rawValue: try r.readString("category"))
            let date = try day("date")
            let outcomeText = try r.readString("outcome")
            guard let outcome = ExcuseUse.Outcome(rawValue: outcomeText) else {
                throw .invalidData(field: "outcome", value: outcomeText, reason: "unknown outcome")
            }
            return .excuse(ExcuseUse(category: category, date: date, outcome: outcome), customer: customer)
        case .ask:
            let customer = try id(CustomerID.self, "customerID")
            return .ask(AskOutcome(asked: try money("asked"), paid: try money("paid"), date: try day("date")), customer: customer)
        case .assignment:
            let customer = try id(CustomerID.self, "customerID")
            return .assignment(try id(CollectorID.self, "collectorID"), customer: customer)
        case .paymentToOtherSupplier:
            return .paymentToOtherSupplier(customer: try id(CustomerID.self, "customerID"))
        default:
            let asOf = try day("asOf")
            var phases: [PromisePhaseChange] = []
            let phaseCount = try r.readCount("phases", minimumSize: 2)
            phases.reserveCapacity(phaseCount)
            for _ in 0..<phaseCount {
                let promise = try id(PromiseID.self, "phases")
                let phase = try r.read(UInt8.self, "phases")
                guard Phase(rawValue: phase) != nil else { throw .invalidData(field: "phases", value: String(phase), reason: "unknown phase") }
                phases.append(PromisePhaseChange(promiseID: promise, phase: phase))
            }
            var escalations: [EscalationChange] = []
            for _ in 0..<(try r.readCount("escalations", minimumSize: 2)) {
                let customer = try id(CustomerID.self, "escalations")
                let code = try r.read(UInt8.self, "escalations")
                guard let level = EscalationLevel(rawValue: Int(code)) else {
                    throw .invalidData(field: "escalations", value: String(code), reason: "unknown level")
                }
                escalations.append(EscalationChange(customerID: customer, level: level))
            }
            return .evaluation(EvaluationRecord(asOf: asOf, phases: phases, escalations: escalations))
        }
    }
}
