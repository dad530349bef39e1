import Foundation

/// The binary form: the ledger's columns as they lie in memory, behind a magic number and
/// a format version. Restoring copies columns instead of parsing records, keeps the
/// identifier indexes (their hash seeds travel with them), and then checks every column
/// against the others (``CollectionLedger/rebuildDerivedState()``).
extension CollectionSnapshot {
    static let magic: [UInt8] = Array("CKSNAPSH".utf8)

    /// The snapshot in CollectKit's compact binary format.
    ///
    /// - Returns: The bytes for ``init(binaryRepresentation:)``; a host stores them with
    ///   ``sequence``.
    /// - Complexity: O(records): columns are written as they lie in memory.
    public func binaryRepresentation() -> Data {
        let ledger = self.ledger
        // Roughly the size of the columns written, so the buffer is not reallocated as it grows.
        let identifierBytes = ledger.receivableKeys.bytes.count + ledger.paymentKeys.bytes.count + ledger.promiseKeys.bytes.count
            + ledger.customerKeys.bytes.count
        var w = BinaryWriter(reservingCapacity: 4_096 + identifierBytes + ledger.receivableCount * 64 + ledger.paymentCount * 48
                             + ledger.promiseCount * 56 + ledger.customers.count * 40 + ledger.applicationAmount.count * 16)
        for byte in Self.magic { w.write(byte) }
        w.write(Self.formatVersion)
        w.write(ledger.sequence)
        w.writeBytes(Self.json(ledger.policy))
        w.writeVarint(UInt64(ledger.currencies.count))
        for currency in ledger.currencies {
            w.write(currency.code)
            w.write(UInt8(currency.minorUnitExponent))
        }
        // Customers.
        Self.write(ledger.customerKeys, to: &w)
        Self.write(ledger.collectorKeys, to: &w)
        w.writeArray(ledger.customers.map(\.currency))
        w.writeArray(ledger.customers.map(\.collector))
        w.writeArray(ledger.customers.map { UInt8($0.isKnown ? 1 : 0) })
        w.writeArray(ledger.customerTerms.map { Self.standingCode($0.creditStanding) })
        w.writeArray(ledger.customerTerms.map { Self.tierCode($0.relationshipTier) })
        w.writeArray(ledger.customerTerms.map { Int32($0.paymentTerms.netDays) })
        let limited = ledger.customerTerms.indices.filter { ledger.customerTerms[$0].creditLimit != nil }
        w.writeVarint(UInt64(limited.count))
        for slot in limited {
            w.write(Int32(slot))
            w.writeBytes(Self.json(ledger.customerTerms[slot].creditLimit))
        }
        let attributed = ledger.customerTerms.indices.filter { !ledger.customerTerms[$0].attributes.isEmpty }
        w.writeVarint(UInt64(attributed.count))
        for slot in attributed {
            w.write(Int32(slot))
            w.writeBytes(Self.json(ledger.customerTerms[slot].attributes))
        }
        let extras = ledger.customerExtras.keys.sorted()
        w.writeVarint(UInt64(extras.count))
        for slot in extras {
            w.write(slot)
            Self.write(ledger.customerExtras[slot] ?? CustomerExtras(), to: &w)
        }
        // Receivables.
        Self.write(ledger.receivableKeys, to: &w)
        w.writeArray(ledger.receivableSlot)
        w.writeArray(ledger.receivableAmount)
        w.writeArray(ledger.receivableOpen)
        w.writeArray(ledger.receivableIssueDay)
        w.writeArray(ledger.receivableDueDay)
        w.writeArray(ledger.receivableKind)
        Self.write(ledger.receivableReference, to: &w)
        // Promises.
        Self.write(ledger.promiseKeys, to: &w)
        w.writeArray(ledger.promiseSlot)
        w.writeArray(ledger.promiseFields.map(\.due))
        w.writeArray(ledger.promiseFields.map(\.made))
        w.writeArray(ledger.promiseFields.map(\.cancelledOn))
        w.writeArray(ledger.promiseFields.map(\.replacedOn))
        w.writeArray(ledger.promiseFields.map(\.amount))
        w.writeArray(ledger.promiseCollectorIndex)
        w.writeArray(ledger.promiseChannel)
        w.writeVarint(UInt64(ledger.channels.count))
        for channel in ledger.channels { w.write(channel.rawValue) }
        w.writeArray(ledger.promiseReplaces)
        w.writeArray(ledger.reportedPhase)
        Self.write(ledger.promiseEvidence, to: &w)
        let covered = ledger.promiseCovered.keys.sorted()
        w.writeVarint(UInt64(covered.count))
        for index in covered {
            w.write(index)
            let ids = ledger.promiseCovered[index] ?? []
            w.writeVarint(UInt64(ids.count))
            for id in ids { w.write(id.rawValue) }
        }
        w.write(ledger.lastEvaluatedOn != nil)
        w.write(ledger.lastEvaluatedOn?.daysSinceEpoch ?? 0)
        // Payments.
        Self.write(ledger.paymentKeys, to: &w)
        w.writeArray(ledger.paymentSlot)
        w.writeArray(ledger.paymentFields.map(\.day))
        w.writeArray(ledger.paymentFields.map(\.target))
        w.writeArray(ledger.paymentFields.map(\.amount))
        w.writeArray(ledger.paymentUnapplied)
        Self.write(ledger.paymentReference, to: &w)
        let allocated = ledger.paymentAllocations.keys.sorted()
        w.writeVarint(UInt64(allocated.count))
        for row in allocated {
            w.write(row)
            let allocations = ledger.paymentAllocations[row] ?? []
            w.writeVarint(UInt64(allocations.count))
            for allocation in allocations {
                w.write(allocation.receivableID.rawValue)
                w.write(allocation.amount.minorUnits)
            }
        }
        // Applications.
        w.writeArray(ledger.applicationReceivable)
        w.writeArray(ledger.applicationPayment)
        w.writeArray(ledger.applicationAmount)
        // Contacts.
        w.writeVarint(UInt64(ledger.contacts.count))
        for contact in ledger.contacts {
            w.write(contact.customerID.rawValue)
            w.write(contact.collectorID.rawValue)
            w.write(contact.date.daysSinceEpoch)
            w.write(contact.channel.rawValue)
        }
        return w.data
    }

    /// Reads a snapshot from ``binaryRepresentation()`` output and checks it.
    ///
    /// - Parameter data: The bytes ``binaryRepresentation()`` wrote.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming what is wrong: not a snapshot,
    ///   a newer format, data that ends early, or columns that contradict each other.
    /// - Complexity: O(records): columns are copied rather than parsed record by record, then
    ///   checked against each other.
    public init(binaryRepresentation data: Data) throws(CollectKitError) {
        self = try BinaryReader.read(data) { (r: inout BinaryReader) throws(CollectKitError) -> CollectionSnapshot in
            try Self.decode(&r)
        }
    }

    private static func decode(_ r: inout BinaryReader) throws(CollectKitError) -> CollectionSnapshot {
        for byte in Self.magic {
            guard try r.read(UInt8.self, "snapshot.magic") == byte else {
                throw .invalidData(field: "snapshot.magic", value: "", reason: "not a CollectKit snapshot")
            }
        }
        let version = try r.read(UInt32.self, "snapshot.formatVersion")
        guard version <= Self.formatVersion else {
            throw .invalidData(field: "snapshot.formatVersion", value: String(version),
                               reason: "written by a newer CollectKit; this build reads up to \(Self.formatVersion)")
        }
        let sequence = try r.read(UInt64.self, "snapshot.sequence")
        var ledger = CollectionLedger(policy: try Self.decode(PromisePolicy.self, r.readBytes("snapshot.policy"), "snapshot.policy"))
        ledger.sequence = sequence
        let currencyCount = try r.readCount("snapshot.currencies", minimumSize: 2)
        for _ in 0..<currencyCount {
            let code = try r.readString("snapshot.currencies")
            let exponent = try r.read(UInt8.self, "snapshot.currencies")
            let currency = try Currency(code: code, minorUnitExponent: Int(exponent))
            guard ledger.existingCurrencyCode(currency) == nil else {
                throw .invalidData(field: "snapshot.currencies", value: code, reason: "listed twice")
            }
            _ = ledger.currencyCode(currency)
        }
        // Customers.
        ledger.customerKeys = try Self.readTable(&r, "snapshot.customers")
        ledger.collectorKeys = try Self.readTable(&r, "snapshot.collectors")
        let count = ledger.customerKeys.count
        let currencies = try r.readArray(UInt16.self, "snapshot.customers.currency")
        let collectors = try r.readArray(Int32.self, "snapshot.customers.collector")
        let known = try r.readArray(UInt8.self, "snapshot.customers.known")
        let standings = try r.readArray(UInt8.self, "snapshot.customers.standing")
        let tiers = try r.readArray(UInt8.self, "snapshot.customers.tier")
        let netDays = try r.readArray(Int32.self, "snapshot.customers.terms")
        guard [currencies.count, collectors.count, known.count, standings.count, tiers.count, netDays.count].allSatisfy({ $0 == count }) else {
            throw .invalidData(field: "snapshot.customers", value: String(count), reason: "customer columns differ in length")
        }
        ledger.customers.reserveCapacity(count)
        ledger.customerTerms.reserveCapacity(count)
        for slot in 0..<count {
            var state = CustomerState()
            state.currency = currencies[slot]
            state.collector = collectors[slot]
            state.isKnown = known[slot] == 1
            ledger.customers.append(state)
            var terms = CustomerTerms()
            terms.creditStanding = try Self.standing(standings[slot])
            terms.relationshipTier = try Self.tier(tiers[slot])
            terms.paymentTerms = try PaymentTerms(netDays: Int(netDays[slot]))
            ledger.customerTerms.append(terms)
        }
        for _ in 0..<(try r.readCount("snapshot.creditLimits", minimumSize: 5)) {
            let slot = try Self.slot(r.read(Int32.self, "snapshot.creditLimits"), count, "snapshot.creditLimits")
            ledger.customerTerms[slot].creditLimit = try Self.decode(Money.self, r.readBytes("snapshot.creditLimits"), "snapshot.creditLimits")
        }
        for _ in 0..<(try r.readCount("snapshot.attributes", minimumSize: 5)) {
            let slot = try Self.slot(r.read(Int32.self, "snapshot.attributes"), count, "snapshot.attributes")
            ledger.customerTerms[slot].attributes = try Self.decode(CustomerAttributes.self, r.readBytes("snapshot.attributes"), "snapshot.attributes")
        }
        for _ in 0..<(try r.readCount("snapshot.extras", minimumSize: 5)) {
            let slot = try Self.slot(r.read(Int32.self, "snapshot.extras"), count, "snapshot.extras")
            ledger.customerExtras[Int32(slot)] = try Self.readExtras(&r)
        }
        // Receivables.
        ledger.receivableKeys = try Self.readTable(&r, "snapshot.receivables")
        ledger.receivableSlot = try r.readArray(Int32.self, "snapshot.receivables.customer")
        ledger.receivableAmount = try r.readArray(Int64.self, "snapshot.receivables.amount")
        ledger.receivableOpen = try r.readArray(Int64.self, "snapshot.receivables.open")
        ledger.receivableIssueDay = try r.readArray(Int32.self, "snapshot.receivables.issueDate")
        ledger.receivableDueDay = try r.readArray(Int32.self, "snapshot.receivables.dueDate")
        ledger.receivableKind = try r.readArray(UInt8.self, "snapshot.receivables.kind")
        ledger.receivableReference = try Self.readColumn(&r, "snapshot.receivables.reference")
        // Promises.
        ledger.promiseKeys = try Self.readTable(&r, "snapshot.promises")
        ledger.promiseSlot = try r.readArray(Int32.self, "snapshot.promises.customer")
        let due = try r.readArray(Int32.self, "snapshot.promises.promisedDate")
        let made = try r.readArray(Int32.self, "snapshot.promises.madeOn")
        let cancelled = try r.readArray(Int32.self, "snapshot.promises.cancelledOn")
        let replacedOn = try r.readArray(Int32.self, "snapshot.promises.replacedOn")
        let amounts = try r.readArray(Int64.self, "snapshot.promises.amount")
        let promises = ledger.promiseKeys.count
        guard [due.count, made.count, cancelled.count, replacedOn.count, amounts.count].allSatisfy({ $0 == promises }) else {
            throw .invalidData(field: "snapshot.promises", value: String(promises), reason: "promise columns differ in length")
        }
        ledger.promiseFields = (0..<promises).map {
            PromiseAllocationFields(due: due[$0], made: made[$0], cancelledOn: cancelled[$0], replacedOn: replacedOn[$0], amount: amounts[$0])
        }
        ledger.promiseCollectorIndex = try r.readArray(Int32.self, "snapshot.promises.collector")
        ledger.promiseChannel = try r.readArray(UInt16.self, "snapshot.promises.channel")
        for _ in 0..<(try r.readCount("snapshot.channels")) {
            ledger.channels.append(ContactChannel(rawValue: try r.readString("snapshot.channels")))
        }
        ledger.promiseReplaces = try r.readArray(Int32.self, "snapshot.promises.replaces")
        ledger.reportedPhase = try r.readArray(UInt8.self, "snapshot.promises.reported")
        ledger.promiseEvidence = try Self.readColumn(&r, "snapshot.promises.evidence")
        for _ in 0..<(try r.readCount("snapshot.promises.covered", minimumSize: 5)) {
            let index = try Self.slot(r.read(Int32.self, "snapshot.promises.covered"), promises, "snapshot.promises.covered")
            var ids: [ReceivableID] = []
            for _ in 0..<(try r.readCount("snapshot.promises.covered")) {
                ids.append(try ReceivableID.validated(r.readString("snapshot.promises.covered")))
            }
            ledger.promiseCovered[Int32(index)] = ids
        }
        let evaluated = try r.readBool("snapshot.lastEvaluatedOn")
        let evaluatedDay = try r.read(Int32.self, "snapshot.lastEvaluatedOn")
        ledger.lastEvaluatedOn = evaluated ? CalendarDate(daysSinceEpoch: evaluatedDay) : nil
        // Payments.
        ledger.paymentKeys = try Self.readTable(&r, "snapshot.payments")
        ledger.paymentSlot = try r.readArray(Int32.self, "snapshot.payments.customer")
        let days = try r.readArray(Int32.self, "snapshot.payments.date")
        let targets = try r.readArray(Int32.self, "snapshot.payments.toward")
        let paid = try r.readArray(Int64.self, "snapshot.payments.amount")
        let payments = ledger.paymentKeys.count
        guard [days.count, targets.count, paid.count].allSatisfy({ $0 == payments }) else {
            throw .invalidData(field: "snapshot.payments", value: String(payments), reason: "payment columns differ in length")
        }
        ledger.paymentFields = (0..<payments).map { PaymentAllocationFields(day: days[$0], target: targets[$0], amount: paid[$0]) }
        ledger.paymentUnapplied = try r.readArray(Int64.self, "snapshot.payments.unapplied")
        ledger.paymentReference = try Self.readColumn(&r, "snapshot.payments.reference")
        for _ in 0..<(try r.readCount("snapshot.payments.allocations", minimumSize: 5)) {
            let row = try Self.slot(r.read(Int32.self, "snapshot.payments.allocations"), payments, "snapshot.payments.allocations")
            guard let slot = ledger.paymentSlot.indices.contains(row) ? ledger.paymentSlot[row] : nil,
                  Self.slotIsValid(slot, count), let currency = ledger.currency(ofSlot: Int(slot)) else {
                throw .invalidData(field: "snapshot.payments.allocations", value: String(row), reason: "no such payment or currency")
            }
            var allocations: [Payment.Allocation] = []
            for _ in 0..<(try r.readCount("snapshot.payments.allocations")) {
                let id = try ReceivableID.validated(r.readString("snapshot.payments.allocations"))
                allocations.append(Payment.Allocation(receivableID: id, amount: Money(minorUnits: try r.read(Int64.self, "snapshot.payments.allocations"),
                                                                                      currency: currency)))
            }
            ledger.paymentAllocations[Int32(row)] = allocations
        }
        // Applications.
        ledger.applicationReceivable = try r.readArray(Int32.self, "snapshot.applications.receivable")
        ledger.applicationPayment = try r.readArray(Int32.self, "snapshot.applications.payment")
        ledger.applicationAmount = try r.readArray(Int64.self, "snapshot.applications.amount")
        let applications = ledger.applicationAmount.count
        guard ledger.applicationReceivable.count == applications, ledger.applicationPayment.count == applications else {
            throw .invalidData(field: "snapshot.applications", value: String(applications), reason: "application columns differ in length")
        }
        ledger.applicationDay = try (0..<applications).map { (index: Int) throws(CollectKitError) -> Int32 in
            let receivable = Int(ledger.applicationReceivable[index]), payment = Int(ledger.applicationPayment[index])
            guard ledger.receivableIssueDay.indices.contains(receivable), ledger.paymentFields.indices.contains(payment) else {
                throw .invalidData(field: "snapshot.applications[\(index)]", value: "", reason: "names a missing receivable or payment")
            }
            return Swift.max(ledger.paymentFields[payment].day, ledger.receivableIssueDay[receivable])
        }
        // Contacts.
        for _ in 0..<(try r.readCount("snapshot.contacts", minimumSize: 7)) {
            let customer = try CustomerID.validated(r.readString("snapshot.contacts.customerID"))
            let collector = try CollectorID.validated(r.readString("snapshot.contacts.collectorID"))
            let day = try r.read(Int32.self, "snapshot.contacts.date")
            let channel = ContactChannel(rawValue: try r.readString("snapshot.contacts.channel"))
            ledger.contacts.append(ContactRecord(customerID: customer, collectorID: collector,
                                                 date: CalendarDate(daysSinceEpoch: day), channel: channel))
        }
        guard r.isAtEnd else {
            throw .invalidData(field: "snapshot", value: String(r.remaining), reason: "bytes follow the end of the snapshot")
        }
        // The identifier indexes are checked on one core while the chains and totals are
        // rebuilt on another: each reads only columns the other does not write.
        let tables = [(ledger.receivableKeys, "snapshot.receivables"), (ledger.customerKeys, "snapshot.customers"),
                      (ledger.paymentKeys, "snapshot.payments"), (ledger.promiseKeys, "snapshot.promises"),
                      (ledger.collectorKeys, "snapshot.collectors")]
        var rebuilt = ledger
        let failures = Concurrently.run(
            { () throws(CollectKitError) in for (table, field) in tables { try table.verifyIndex(field: field) } },
            { () throws(CollectKitError) in try rebuilt.rebuildDerivedState() })
        if let failure = failures.first { throw failure }
        return CollectionSnapshot(ledger: rebuilt)
    }

    // MARK: Parts

    private static func write(_ table: IdentifierTable, to w: inout BinaryWriter) {
        w.write(table.seed)
        w.writeArray(table.bytes)
        w.writeArray(table.ends)
        w.writeArray(table.slots)
    }

    private static func readTable(_ r: inout BinaryReader, _ field: String) throws(CollectKitError) -> IdentifierTable {
        let seed = try r.read(UInt64.self, field)
        let bytes = try r.readArray(UInt8.self, field)
        let ends = try r.readArray(UInt32.self, field)
        let slots = try r.readArray(UInt64.self, field)
        return try IdentifierTable(seed: seed, bytes: bytes, ends: ends, slots: slots, field: field)
    }

    private static func write(_ column: TextColumn, to w: inout BinaryWriter) {
        w.writeArray(column.bytes)
        w.writeArray(column.ends)
    }

    private static func readColumn(_ r: inout BinaryReader, _ field: String) throws(CollectKitError) -> TextColumn {
        let bytes = try r.readArray(UInt8.self, field)
        return try TextColumn(bytes: bytes, ends: r.readArray(UInt32.self, field), field: field)
    }

    private static func slot(_ value: Int32, _ count: Int, _ field: String) throws(CollectKitError) -> Int {
        guard slotIsValid(value, count) else { throw .invalidData(field: field, value: String(value), reason: "out of range") }
        return Int(value)
    }

    private static func slotIsValid(_ value: Int32, _ count: Int) -> Bool { value >= 0 && Int(value) < count }

    /// JSON for the few nested values the binary format keeps as JSON. They hold only
    /// strings, integers and finite numbers (validated when made), so encoding cannot fail;
    /// if it ever did, `null` is written and reading rejects it with an error naming the
    /// field, rather than restoring a guess.
    private static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return [UInt8](try encoder.encode(value)) } catch { return Array("null".utf8) }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], _ field: String) throws(CollectKitError) -> T {
        do { return try JSONDecoder().decode(type, from: Data(bytes)) } catch let error as CollectKitError { throw error } catch {
            throw .invalidData(field: field, value: "", reason: "malformed: \(error)")
        }
    }

    private static let standings: [CreditStanding] = [.excellent, .good, .fair, .poor, .unknown]
    private static let tiers: [RelationshipTier] = [.core, .regular, .new, .atRisk]

    private static func standingCode(_ standing: CreditStanding) -> UInt8 { UInt8(standings.firstIndex(of: standing) ?? 4) }
    private static func tierCode(_ tier: RelationshipTier) -> UInt8 { UInt8(tiers.firstIndex(of: tier) ?? 1) }

    private static func standing(_ code: UInt8) throws(CollectKitError) -> CreditStanding {
        guard Int(code) < standings.count else { throw .invalidData(field: "snapshot.customers.standing", value: String(code), reason: "unknown") }
        return standings[Int(code)]
    }

    private static func tier(_ code: UInt8) throws(CollectKitError) -> RelationshipTier {
        guard Int(code) < tiers.count else { throw .invalidData(field: "snapshot.customers.tier", value: String(code), reason: "unknown") }
        return tiers[Int(code)]
    }
}

extension CollectionSnapshot {
    /// A customer's history: excuses, asks, payments to others, escalation.
    fileprivate static func write(_ extras: CustomerExtras, to w: inout BinaryWriter) {
        w.writeVarint(UInt64(extras.excuses.count))
        for excuse in extras.excuses {
            w.write(excuse.category.rawValue)
            w.write(excuse.date.daysSinceEpoch)
            w.write(excuse.outcome.rawValue)
        }
        w.writeVarint(UInt64(extras.asks.count))
        for ask in extras.asks {
            w.write(ask.asked.currency.code)
            w.write(UInt8(ask.asked.currency.minorUnitExponent))
            w.write(ask.asked.minorUnits)
            w.write(ask.paid.minorUnits)
            w.write(ask.date.daysSinceEpoch)
        }
        w.writeVarint(UInt64(extras.paymentsToOthers))
        w.write(UInt8(extras.escalation?.rawValue ?? 0))
    }

    fileprivate static func readExtras(_ r: inout BinaryReader) throws(CollectKitError) -> CustomerExtras {
        var extras = CustomerExtras()
        for _ in 0..<(try r.readCount("snapshot.excuses", minimumSize: 6)) {
            let category = ExcuseCategory(rawValue: try r.readString("snapshot.excuses"))
            let day = try r.read(Int32.self, "snapshot.excuses")
            let outcomeText = try r.readString("snapshot.excuses")
            guard let outcome = ExcuseUse.Outcome(rawValue: outcomeText) else {
                throw .invalidData(field: "snapshot.excuses", value: outcomeText, reason: "an unknown outcome")
            }
            extras.excuses.append(ExcuseUse(category: category, date: CalendarDate(daysSinceEpoch: day), outcome: outcome))
        }
        for _ in 0..<(try r.readCount("snapshot.asks", minimumSize: 25)) {
            let currency = try Currency(code: r.readString("snapshot.asks"), minorUnitExponent: Int(r.read(UInt8.self, "snapshot.asks")))
            let asked = try r.read(Int64.self, "snapshot.asks"), paid = try r.read(Int64.self, "snapshot.asks")
            let day = try r.read(Int32.self, "snapshot.asks")
            extras.asks.append(AskOutcome(asked: Money(minorUnits: asked, currency: currency), paid: Money(minorUnits: paid, currency: currency),
                                          date: CalendarDate(daysSinceEpoch: day)))
        }
        extras.paymentsToOthers = Int(clamping: try r.readVarint("snapshot.paymentsToOthers"))
        let level = try r.read(UInt8.self, "snapshot.escalation")
        if level != 0 {
            guard let escalation = EscalationLevel(rawValue: Int(level)) else {
                throw .invalidData(field: "snapshot.escalation", value: String(level), reason: "an unknown level")
            }
            extras.escalation = escalation
        }
        return extras
    }
}
