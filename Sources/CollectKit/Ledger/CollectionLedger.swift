/// One tenant's collections, stored once: customers, receivables, payments and how each
/// payment was applied, promises, contacts and the rest of what the engine records.
///
/// The engine's single source of truth. Records live in columns (struct of arrays) laid out
/// for the nightly work, with a per-customer chain through each kind of record so one
/// customer's plan reads only that customer's rows. Identifiers live once in
/// ``IdentifierTable``s. Every change is made in place after it has been validated, so
/// recording never copies a column; each change returns a ``LedgerUndo`` that reverses it,
/// which is how a batch stays all-or-nothing and how the engine rolls back to a journal
/// sequence number.
///
/// Domain rules live beside their concepts as extensions (`Receivables/`, `Promises/`,
/// `Aging/`, `Metrics/`); this file holds the storage and the customer table.
struct CollectionLedger: Sendable {
    /// The rules promises are judged by.
    var policy: PromisePolicy
    /// The sequence number of the last journal entry applied (0 before any).
    var sequence: UInt64 = 0

    // MARK: Customers, by slot (the order first seen)

    var customerKeys: IdentifierTable
    var customers: [CustomerState] = []
    /// The terms a host gave with ``StandardCustomer``; a customer only referenced by records
    /// (possible in a standalone ledger) has the defaults.
    var customerTerms: [CustomerTerms] = []
    var currencies: [Currency] = []
    /// Sparse per-customer history: excuses, asks, payments to other suppliers, escalation.
    var customerExtras: [Int32: CustomerExtras] = [:]
    /// Collectors, by the index ``CustomerState/collector`` holds.
    var collectorKeys: IdentifierTable
    /// Per currency code: everything billed and received. Bounding these bounds every
    /// balance, subtotal and aging total derived later, so those need no overflow checks.
    var currencyBilled: [Int64] = []
    var currencyReceived: [Int64] = []
    /// Slots sorted by customer id, extended lazily so whole-portfolio walks come out in id
    /// order without sorting a million ids each night.
    var customerOrder: [Int32] = []

    // MARK: Receivables, by row (recording order)

    var receivableKeys: IdentifierTable
    var receivableSlot: [Int32] = []
    var receivableAmount: [Int64] = []
    /// What is still open on each receivable after every application recorded so far.
    var receivableOpen: [Int64] = []
    var receivableIssueDay: [Int32] = []
    var receivableDueDay: [Int32] = []
    var receivableKind: [UInt8] = []
    var receivableReference = TextColumn()
    var receivableNext: [Int32] = []
    /// Each customer's open receivables as a doubly linked list in the order payments settle
    /// them (due, issued, id), so a payment walks only what it settles, not the customer's
    /// whole history. A row is listed exactly while something is open on it.
    var receivableOpenPrev: [Int32] = []
    var receivableOpenNext: [Int32] = []

    // MARK: Payments, by row (recording order)

    var paymentKeys: IdentifierTable
    var paymentSlot: [Int32] = []
    /// Day, promise named and amount: what promise allocation reads, packed per payment.
    var paymentFields: [PaymentAllocationFields] = []
    /// What no receivable has taken yet (the customer's unapplied cash from this payment).
    var paymentUnapplied: [Int64] = []
    var paymentReference = TextColumn()
    /// Explicit allocations as the payment named them (most payments name none).
    var paymentAllocations: [Int32: [Payment.Allocation]] = [:]
    var paymentNext: [Int32] = []

    // MARK: Applications: which payment settled how much of which receivable, and when

    var applicationReceivable: [Int32] = []
    var applicationPayment: [Int32] = []
    var applicationAmount: [Int64] = []
    /// The later of the payment's day and the receivable's issue day.
    var applicationDay: [Int32] = []
    var applicationNext: [Int32] = []
    /// The latest application day and issue day recorded: when `asOf` is on or after both,
    /// today's open amounts are the balances as of `asOf` and no history needs replaying.
    var latestApplicationDay: Int32 = .min
    var latestIssueDay: Int32 = .min

    // MARK: Promises, by position (recording order)

    var promiseKeys: IdentifierTable
    var promiseSlot: [Int32] = []
    /// Hot copies of the fields allocation reads, with the cancellation and replacement days.
    var promiseFields: [PromiseAllocationFields] = []
    /// The collector each promise was made to, as an index into ``collectorKeys``.
    var promiseCollectorIndex: [Int32] = []
    /// How each promise was obtained, as an index into ``channels``.
    var promiseChannel: [UInt16] = []
    var channels: [ContactChannel] = []
    /// The promise each one replaces, or -1.
    var promiseReplaces: [Int32] = []
    /// The receivables a promise names (most name none).
    var promiseCovered: [Int32: [ReceivableID]] = [:]
    var promiseEvidence = TextColumn()
    var promiseNext: [Int32] = []
    var reportedPhase: [UInt8] = []
    /// The day of the last ``evaluate(asOf:transitions:)``, if any.
    var lastEvaluatedOn: CalendarDate?

    // MARK: Contacts

    var contacts: [ContactRecord] = []
    var contactNext: [Int32] = []

    static let none: Int32 = -1
    /// Marks a day that never comes ("not cancelled", "not replaced", "not fulfilled").
    static let never = Int32.max

    /// An empty ledger judging promises by `policy`.
    init(policy: PromisePolicy = .standard) {
        self.policy = policy
        customerKeys = IdentifierTable()
        receivableKeys = IdentifierTable()
        paymentKeys = IdentifierTable()
        promiseKeys = IdentifierTable()
        collectorKeys = IdentifierTable()
    }

    // MARK: Lookups

    /// The slot of a customer, if the ledger knows it.
    @inline(__always)
    func customerSlot(_ id: CustomerID) -> Int32? { customerKeys.find(id.rawValue) }

    /// The position of a promise, if recorded.
    @inline(__always)
    func promisePosition(_ id: PromiseID) -> Int32? { promiseKeys.find(id.rawValue) }

    /// The row of a payment, if recorded.
    @inline(__always)
    func paymentRow(_ id: PaymentID) -> Int32? { paymentKeys.find(id.rawValue) }

    /// The row of a receivable, if recorded.
    @inline(__always)
    func receivableRow(_ id: ReceivableID) -> Int32? { receivableKeys.find(id.rawValue) }

    /// The customer id of a slot.
    func customerID(ofSlot slot: Int32) -> CustomerID { CustomerID(rawValue: customerKeys.string(slot)) }

    /// The currency of a slot's records, once fixed by its first record.
    @inline(__always)
    func currency(ofSlot slot: Int) -> Currency? {
        let code = Int(customers[slot].currency)
        return code == 0 ? nil : currencies[code - 1]
    }

    /// The number of customers the ledger knows (upserted or referenced).
    var customerCount: Int { customers.count }

    /// Whether `id` was upserted as a customer (rather than only referenced).
    func isKnownCustomer(_ id: CustomerID) -> Bool {
        customerSlot(id).map { customers[Int($0)].isKnown } ?? false
    }

    // MARK: Capacity

    /// Makes room for this many records in all, so a bulk load appends without reallocating
    /// a column (each growth of a ten-million-row column copies it and faults in fresh memory).
    mutating func reserveCapacity(customers customerTotal: Int, receivables: Int, payments: Int, promises promiseTotal: Int) {
        customerKeys.reserveCapacity(customerTotal, averageLength: 12)
        customers.reserveColumn(customerTotal)
        customerTerms.reserveCapacity(customerTotal)
        receivableKeys.reserveCapacity(receivables, averageLength: 12)
        for column in [\CollectionLedger.receivableSlot, \.receivableIssueDay, \.receivableDueDay, \.receivableNext,
                       \.receivableOpenPrev, \.receivableOpenNext] { self[keyPath: column].reserveColumn(receivables) }
        receivableAmount.reserveColumn(receivables)
        receivableOpen.reserveColumn(receivables)
        receivableKind.reserveColumn(receivables)
        paymentKeys.reserveCapacity(payments, averageLength: 12)
        paymentSlot.reserveColumn(payments)
        paymentNext.reserveColumn(payments)
        paymentFields.reserveColumn(payments)
        paymentUnapplied.reserveColumn(payments)
        let applications = receivables / 4 + payments * 2
        applicationReceivable.reserveColumn(applications)
        applicationPayment.reserveColumn(applications)
        applicationAmount.reserveColumn(applications)
        applicationDay.reserveColumn(applications)
        applicationNext.reserveColumn(applications)
        promiseKeys.reserveCapacity(promiseTotal, averageLength: 12)
        for column in [\CollectionLedger.promiseSlot, \.promiseCollectorIndex, \.promiseReplaces, \.promiseNext] {
            self[keyPath: column].reserveColumn(promiseTotal)
        }
        promiseFields.reserveColumn(promiseTotal)
        promiseChannel.reserveColumn(promiseTotal)
        reportedPhase.reserveColumn(promiseTotal)
    }

    // MARK: Customer slots

    /// Checks that a slot can be added for `customer` when `known` says it has none.
    @inline(__always)
    func requireSlotCapacity(for customer: CustomerID, known: Int32?) throws(CollectKitError) {
        if known == nil { try customerKeys.requireCapacity(for: customer.rawValue, field: "customerID") }
    }

    /// The slot `known`, or a new one for `customer` (checked by ``requireSlotCapacity(for:known:)``).
    @inline(__always)
    mutating func slot(_ known: Int32?, for customer: CustomerID) -> (slot: Int32, added: Bool) {
        if let known { return (known, false) }
        let slot = customerKeys.append(customer.rawValue)
        customers.appendColumn(CustomerState())
        customerTerms.append(CustomerTerms())
        return (slot, true)
    }

    /// Removes the slot added last (undo).
    mutating func removeLastSlot() {
        customerKeys.removeLast()
        customers.removeLast()
        customerTerms.removeLast()
        let slot = Int32(customers.count)
        customerExtras[slot] = nil
        if let last = customerOrder.last, last == slot { customerOrder.removeLast() }
        else if customerOrder.count > customers.count { customerOrder.removeAll { $0 == slot } }
    }

    /// The code under which `currency` is stored, if it is.
    @inline(__always)
    func existingCurrencyCode(_ currency: Currency) -> UInt16? {
        // A tenant has a handful of currencies: a scan beats hashing the code.
        for index in currencies.indices where currencies[index] == currency { return UInt16(index + 1) }
        return nil
    }

    /// Checks that `currency` is stored or can be.
    @inline(__always)
    func requireCurrencyCapacity(_ currency: Currency) throws(CollectKitError) {
        guard existingCurrencyCode(currency) != nil || currencies.count < Int(UInt16.max) - 1 else {
            throw .overflow(field: "currency", value: "too many currencies")
        }
    }

    /// The code under which `currency` is stored, adding it if new (checked by
    /// ``requireCurrencyCapacity(_:)``).
    mutating func currencyCode(_ currency: Currency) -> UInt16 {
        if let known = existingCurrencyCode(currency) { return known }
        currencies.append(currency)
        currencyBilled.append(0)
        currencyReceived.append(0)
        return UInt16(currencies.count)
    }

    /// What is billed or received so far in `currency` (zero for a new one).
    @inline(__always)
    func currencyTotal(_ totals: [Int64], _ currency: Currency) -> Int64 {
        existingCurrencyCode(currency).map { totals[Int($0) - 1] } ?? 0
    }

    /// Checks that `currency` is the customer's currency, or that none is fixed yet.
    @inline(__always)
    func requireCurrency(_ currency: Currency, slot: Int32?, field: @autoclosure () -> String) throws(CollectKitError) {
        guard let slot, let expected = self.currency(ofSlot: Int(slot)) else { return }
        guard expected == currency else {
            throw CollectKitError(kind: .currencyMismatch, field: field(), value: currency.code,
                                  reason: "the customer's records are in \(expected.code); a customer deals in one currency")
        }
    }
}

/// Per-customer fields that recording and the nightly walk read together, packed so that a
/// customer costs one cache line, not one miss per column.
struct CustomerState: Sendable, Equatable {
    /// Newest receivable, payment, promise, contact and application of the customer.
    var receivableHead = CollectionLedger.none
    var paymentHead = CollectionLedger.none
    var promiseHead = CollectionLedger.none
    var contactHead = CollectionLedger.none
    var applicationHead = CollectionLedger.none
    /// First and last of the customer's open receivables, in settlement order.
    var openHead = CollectionLedger.none
    var openTail = CollectionLedger.none
    /// The last open receivable's due and issue days, so a receivable that sorts after it
    /// (the usual case: bills are recorded as they are issued) joins the list without
    /// reading a row billed long ago.
    var openTailDue: Int32 = 0
    var openTailIssue: Int32 = 0
    /// 1-based index into the ledger's currencies; 0 until the first money record.
    var currency: UInt16 = 0
    /// The assigned collector's index in the ledger's collectors, or -1.
    var collector = CollectionLedger.none
    /// Whether a host upserted the customer (not only referenced it).
    var isKnown = false
    /// Everything billed to the customer.
    var billed: Int64 = 0
    /// What is open on the customer's receivables now.
    var open: Int64 = 0
    /// Money received that no receivable has taken yet.
    var unapplied: Int64 = 0
}

/// A customer's history that only some customers have: stored sparsely.
struct CustomerExtras: Sendable, Equatable {
    var excuses: [ExcuseUse] = []
    var asks: [AskOutcome] = []
    var paymentsToOthers = 0
    var escalation: EscalationLevel?

    var isEmpty: Bool { excuses.isEmpty && asks.isEmpty && paymentsToOthers == 0 && escalation == nil }
}

extension CollectionLedger: CustomStringConvertible, CustomDebugStringConvertible {
    /// Counts only: the records hold references and identifiers, which stay out of logs.
    var description: String {
        "CollectionLedger(customers: \(customers.count), receivables: \(receivableAmount.count), payments: \(paymentFields.count), "
            + "promises: \(promiseFields.count), contacts: \(contacts.count), sequence: \(sequence), "
            + "lastEvaluatedOn: \(lastEvaluatedOn?.description ?? "never"))"
    }

    /// Same as ``description``.
    var debugDescription: String { description }
}
