/// Every promise to pay, payment, cancellation, renegotiation and follow-up contact, and the
/// rules to judge them: the value a CRM persists (it is `Codable`) and asks "where does each
/// promise stand on this day?".
///
/// Storage is flat for portfolios of millions of promises: the records sit in arrays, with
/// per-record side arrays (dates as day counts) and per-customer index lists, so there is no
/// per-promise object. Statuses are not stored; they are derived from the records for any
/// `asOf` date (see ``state(of:asOf:)``), which is why recording a payment or cancellation
/// dated in the past is safe.
///
/// ## Allocation
/// A payment dated `d` goes first to the promise it names (``recordPayment(_:toward:)``),
/// then to the customer's promises that are live on `d` (made on or before `d`, not cancelled
/// or replaced by `d`, not yet fully paid): first those still open on `d` (deadline not yet
/// passed), then, with what is left, overdue ones (a late payment) — each group in order of
/// promised date, then day made, then id.
/// Within a day, targeted payments are applied before untargeted ones, then by payment id,
/// so the outcome does not depend on the order the host recorded them in. What no promise
/// takes is the customer's credit (``customerCredit(for:asOf:)``): kept, never dropped.
///
/// ## Currency
/// A customer's currency is fixed by ``expectCurrency(_:for:)``, by a registered receivable,
/// or else by the customer's first promise or payment; anything later in another currency is
/// rejected with ``CollectKitError/Kind/currencyMismatch``.
///
/// ## Failure
/// Every mutating operation validates everything before changing anything: when it throws,
/// the ledger is exactly as it was.
public struct PromiseLedger: Sendable {
    /// The snapshot format this build writes; it reads this version and older ones.
    public static let currentSchemaVersion = 1

    /// The rules promises are judged by.
    public private(set) var policy: PromisePolicy
    /// The day of the last ``evaluate(asOf:)``, if any.
    public internal(set) var lastEvaluatedOn: CalendarDate?

    static let never = Int32.max
    static let noTarget: Int32 = -1
    static let none: Int32 = -1

    // Promises, in recording order, with side arrays indexed alike.
    var promises: [PaymentPromise] = []
    var promiseIndex = PositionIndex()
    var promiseNext: [Int32] = []
    // Each promise's customer slot, so evaluation can group promises by customer in one
    // sequential pass instead of chasing each customer's list (one dependent miss per link).
    var promiseSlot: [Int32] = []
    var reportedPhase: [UInt8] = []
    // Hot copies of the fields allocation reads, with the cancellation and replacement days,
    // packed per promise so sorting and allocating touch one small record instead of whole
    // promise values or one cache line per column.
    var promiseFields: [PromiseAllocationFields] = []

    // Payments, in recording order.
    var payments: [Payment] = []
    var paymentIndex = PositionIndex()
    var paymentNext: [Int32] = []
    // Each payment's customer slot, for the same grouping.
    var paymentSlot: [Int32] = []
    // What allocation reads of each payment, packed per payment.
    var paymentFields: [PaymentAllocationFields] = []

    // Customers, by slot (the order first seen).
    var customerIndex = PositionIndex()
    var customerIDs: [CustomerID] = []
    var customerCurrency: [UInt16] = []
    var currencies: [Currency] = []
    var customerPromiseHead: [Int32] = []
    var customerPaymentHead: [Int32] = []
    var customerContactHead: [Int32] = []
    var customerBilled: [Int32: Int64] = [:]
    /// Slots sorted by customer id, extended lazily by ``evaluate(asOf:)`` so events come out
    /// in customer order without sorting them.
    var customerOrder: [Int32] = []

    var contacts: [ContactRecord] = []
    var contactNext: [Int32] = []
    var receivables: [Receivable] = []
    var receivableIndex: [ReceivableID: Int32] = [:]
    var declaredCurrencies: [CustomerID: Currency] = [:]

    /// An empty ledger judging promises by `policy`.
    public init(policy: PromisePolicy = .standard) {
        self.policy = policy
    }

    /// The number of promises recorded (all statuses).
    public var promiseCount: Int { promises.count }
    /// The number of distinct payments recorded.
    public var paymentCount: Int { payments.count }
    /// The customers the ledger knows, in the order first seen.
    public var customers: [CustomerID] { customerIDs }

    /// The promise with this id, if recorded.
    public func promise(_ id: PromiseID) -> PaymentPromise? {
        promisePosition(id).map { promises[Int($0)] }
    }

    /// A customer's promises in recording order.
    public func promises(of customer: CustomerID) -> [PaymentPromise] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customerPromiseHead[Int(slot)], next: promiseNext).reversed().map { promises[Int($0)] }
    }

    /// A customer's payments in recording order.
    public func payments(of customer: CustomerID) -> [Payment] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customerPaymentHead[Int(slot)], next: paymentNext).reversed().map { payments[Int($0)] }
    }

    /// A customer's contact records in recording order.
    public func contacts(of customer: CustomerID) -> [ContactRecord] {
        guard let slot = customerSlot(customer) else { return [] }
        return LinkedPositions(head: customerContactHead[Int(slot)], next: contactNext).reversed().map { contacts[Int($0)] }
    }

    /// The currency the customer's promises and payments must be in, once known.
    public func currency(of customer: CustomerID) -> Currency? {
        customerSlot(customer).flatMap { currency(ofSlot: Int($0)) }
    }

    // MARK: Lookups

    func customerSlot(_ id: CustomerID) -> Int32? {
        let ids = customerIDs
        return customerIndex.find(hash: id.hashValue) { ids[Int($0)] == id }
    }

    func promisePosition(_ id: PromiseID) -> Int32? {
        let records = promises
        return promiseIndex.find(hash: id.hashValue) { records[Int($0)].id == id }
    }

    func paymentPosition(_ id: PaymentID) -> Int32? {
        let records = payments
        return paymentIndex.find(hash: id.hashValue) { records[Int($0)].id == id }
    }

    func currency(ofSlot slot: Int) -> Currency? {
        let code = Int(customerCurrency[slot])
        return code == 0 ? nil : currencies[code - 1]
    }

    mutating func setCurrency(_ currency: Currency, slot: Int32) {
        if let known = currencies.firstIndex(of: currency) {
            customerCurrency[Int(slot)] = UInt16(known + 1)
        } else if currencies.count < Int(UInt16.max) {
            currencies.append(currency)
            customerCurrency[Int(slot)] = UInt16(currencies.count)
        }
    }

    // MARK: Recording

    /// Fixes the currency of a customer's receivables, so a promise or payment in another
    /// currency is rejected.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` if the customer already has records
    ///   in another currency.
    public mutating func expectCurrency(_ currency: Currency, for customer: CustomerID) throws(CollectKitError) {
        try checkCurrency(currency, customer: customer, field: "expectedCurrency[\(customer)]")
        let slot = slot(for: customer)
        setCurrency(currency, slot: slot)
        declaredCurrencies[customer] = currency
    }

    /// Registers a receivable: it fixes the customer's currency, lets promises name it, and adds
    /// to what the customer is billed (the over-promising signal compares with what is owed).
    /// Registering the same receivable again is a no-op.
    ///
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` for the same id with other
    ///   content, ``CollectKitError/Kind/currencyMismatch``, ``CollectKitError/Kind/overflow``.
    public mutating func registerReceivable(_ receivable: Receivable) throws(CollectKitError) {
        if let existing = receivableIndex[receivable.id] {
            guard receivables[Int(existing)] == receivable else {
                throw .duplicateIdentifier(field: "receivable.id", value: receivable.id.rawValue)
            }
            return
        }
        try checkCurrency(receivable.amount.currency, customer: receivable.customerID,
                          field: "receivable[\(receivable.id)].amount")
        let billed = customerSlot(receivable.customerID).flatMap { customerBilled[$0] } ?? 0
        let (total, overflow) = billed.addingReportingOverflow(receivable.amount.minorUnits)
        guard !overflow else { throw .overflow(field: "receivable[\(receivable.id)].amount", value: String(billed)) }
        let slot = slot(for: receivable.customerID)
        setCurrency(receivable.amount.currency, slot: slot)
        customerBilled[slot] = total
        receivableIndex[receivable.id] = Int32(receivables.count)
        receivables.append(receivable)
    }

    /// Records a promise; a promise with ``Promise/replaces`` set renegotiates that promise
    /// (see ``renegotiate(_:with:)``). Recording the identical promise again is a no-op.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` / ``CollectKitError/Kind/invalidDate``
    ///   for an invalid promise, ``CollectKitError/Kind/duplicateIdentifier`` for a known id
    ///   with other content, ``CollectKitError/Kind/currencyMismatch`` for a currency other than
    ///   the customer's, ``CollectKitError/Kind/unknownReference`` for a replaced promise that
    ///   does not exist, ``CollectKitError/Kind/invalidArgument`` for a covered receivable of
    ///   another customer or a replacement that cannot apply.
    public mutating func record(_ promise: some Promise) throws(CollectKitError) {
        let promise = try PaymentPromise(promise)
        if let existing = promisePosition(promise.id) {
            guard promises[Int(existing)] == promise else {
                throw .duplicateIdentifier(field: "promise.id", value: promise.id.rawValue)
            }
            return
        }
        try Self.requireBeforeSentinel(promise.promisedDate, field: "promise[\(promise.id)].promisedDate")
        try checkCurrency(promise.amount.currency, customer: promise.customerID, field: "promise[\(promise.id)].amount")
        for receivableID in promise.coveredReceivables ?? [] {
            guard let index = receivableIndex[receivableID] else { continue }
            let receivable = receivables[Int(index)]
            guard receivable.customerID == promise.customerID else {
                throw .invalidArgument(field: "promise[\(promise.id)].coveredReceivables", value: receivableID.rawValue,
                                       reason: "the receivable belongs to customer \(receivable.customerID)")
            }
        }
        var original: Int32?
        if let replaced = promise.replaces {
            original = try checkReplacement(of: replaced, by: promise)
        }
        let slot = slot(for: promise.customerID)
        let index = Int32(promises.count)
        promises.append(promise)
        let records = promises
        promiseIndex.insert(index, hash: promise.id.hashValue) { records[Int($0)].id.hashValue }
        promiseNext.append(customerPromiseHead[Int(slot)])
        promiseSlot.append(slot)
        customerPromiseHead[Int(slot)] = index
        reportedPhase.append(Phase.none.rawValue)
        promiseFields.append(PromiseAllocationFields(due: promise.promisedDate.daysSinceEpoch, made: promise.madeOn.daysSinceEpoch,
                                                     cancelledOn: Self.never, replacedOn: Self.never,
                                                     amount: promise.amount.minorUnits))
        if customerCurrency[Int(slot)] == 0 { setCurrency(promise.amount.currency, slot: slot) }
        if let original { promiseFields[Int(original)].replacedOn = promise.madeOn.daysSinceEpoch }
    }

    /// Renegotiates: `replacement` takes the place of `original` from the day it was made.
    /// Payments dated before then still count toward `original`; later ones go to the
    /// replacement. The original's status becomes ``PromiseStatus/renegotiated``.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` if `original` was never recorded,
    ///   ``CollectKitError/Kind/invalidArgument`` if it was cancelled or already replaced,
    ///   belongs to another customer, or `replacement` names a different original; and the
    ///   errors of ``record(_:)``.
    public mutating func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) {
        let replacement = try PaymentPromise(replacement)
        guard replacement.replaces == nil || replacement.replaces == original else {
            throw .invalidArgument(field: "promise[\(replacement.id)].replaces", value: replacement.replaces?.rawValue ?? "",
                                   reason: "the replacement names another original than \(original)")
        }
        try record(PaymentPromise(id: replacement.id, customerID: replacement.customerID, amount: replacement.amount,
                                  promisedDate: replacement.promisedDate, madeOn: replacement.madeOn,
                                  collectorID: replacement.collectorID, channel: replacement.channel,
                                  coveredReceivables: replacement.coveredReceivables,
                                  customerWords: replacement.customerWords, evidence: replacement.evidence,
                                  replaces: original))
    }

    /// Withdraws a promise from `date` on (the receivable was credited, the dispute upheld).
    /// Payments dated before `date` still count toward it. Cancelling again on the same day is
    /// a no-op.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown promise,
    ///   ``CollectKitError/Kind/invalidDate`` for a date before the promise was made,
    ///   ``CollectKitError/Kind/invalidArgument`` if it was cancelled on another day or replaced.
    public mutating func cancelPromise(_ id: PromiseID, on date: CalendarDate) throws(CollectKitError) {
        guard let index = promisePosition(id).map(Int.init) else {
            throw .unknownReference(field: "cancellation.promiseID", value: id.rawValue, reason: "no such promise was recorded")
        }
        try Self.requireBeforeSentinel(date, field: "cancellation[\(id)].date")
        if promiseFields[index].cancelledOn == date.daysSinceEpoch { return }
        guard promiseFields[index].cancelledOn == Self.never else {
            throw .invalidArgument(field: "cancellation[\(id)].date", value: date.description,
                                   reason: "the promise was already cancelled on another day")
        }
        guard promiseFields[index].replacedOn == Self.never else {
            throw .invalidArgument(field: "cancellation.promiseID", value: id.rawValue,
                                   reason: "the promise was renegotiated; cancel its replacement instead")
        }
        guard date >= promises[index].madeOn else {
            throw CollectKitError(kind: .invalidDate, field: "cancellation[\(id)].date", value: date.description,
                                  reason: "before the promise was made on \(promises[index].madeOn)")
        }
        promiseFields[index].cancelledOn = date.daysSinceEpoch
    }

    /// Records a payment, optionally naming the promise it pays. Recording the same payment
    /// (same id, same content, same target) again is a no-op, so a host may replay its bank
    /// feed without double counting.
    ///
    /// - Throws: ``CollectKitError/Kind/duplicateIdentifier`` for a known id with other content
    ///   or target, ``CollectKitError/Kind/currencyMismatch`` for a currency other than the
    ///   customer's, ``CollectKitError/Kind/unknownReference`` for an unknown target,
    ///   ``CollectKitError/Kind/invalidArgument`` for a target of another customer.
    public mutating func recordPayment(_ payment: Payment, toward target: PromiseID? = nil) throws(CollectKitError) {
        var targetIndex = Self.noTarget
        if let target {
            guard let index = promisePosition(target) else {
                throw .unknownReference(field: "payment[\(payment.id)].target", value: target.rawValue,
                                        reason: "no such promise was recorded")
            }
            guard promises[Int(index)].customerID == payment.customerID else {
                throw .invalidArgument(field: "payment[\(payment.id)].target", value: target.rawValue,
                                       reason: "the promise belongs to another customer")
            }
            targetIndex = index
        }
        if let existing = paymentPosition(payment.id).map(Int.init) {
            guard payments[existing] == payment, paymentFields[existing].target == targetIndex else {
                throw .duplicateIdentifier(field: "payment.id", value: payment.id.rawValue)
            }
            return
        }
        try checkCurrency(payment.amount.currency, customer: payment.customerID, field: "payment[\(payment.id)].amount")
        let slot = slot(for: payment.customerID)
        let index = Int32(payments.count)
        payments.append(payment)
        let records = payments
        paymentIndex.insert(index, hash: payment.id.hashValue) { records[Int($0)].id.hashValue }
        paymentNext.append(customerPaymentHead[Int(slot)])
        paymentSlot.append(slot)
        customerPaymentHead[Int(slot)] = index
        paymentFields.append(PaymentAllocationFields(day: payment.date.daysSinceEpoch, target: targetIndex,
                                                     amount: payment.amount.minorUnits))
        if customerCurrency[Int(slot)] == 0 { setCurrency(payment.amount.currency, slot: slot) }
    }

    /// Records that a collector contacted a customer; the "left without follow-up" signal
    /// looks for these after a promised date.
    public mutating func recordContact(_ contact: ContactRecord) {
        let slot = slot(for: contact.customerID)
        contactNext.append(customerContactHead[Int(slot)])
        customerContactHead[Int(slot)] = Int32(contacts.count)
        contacts.append(contact)
    }

    // MARK: Internals

    func checkCurrency(_ currency: Currency, customer: CustomerID, field: String) throws(CollectKitError) {
        guard let slot = customerSlot(customer), let expected = self.currency(ofSlot: Int(slot)) else { return }
        guard expected == currency else { throw .currencyMismatch(field: field, expected: expected, found: currency) }
    }

    func checkReplacement(of replaced: PromiseID, by promise: PaymentPromise) throws(CollectKitError) -> Int32 {
        let field = "promise[\(promise.id)].replaces"
        guard let index = promisePosition(replaced) else {
            throw .unknownReference(field: field, value: replaced.rawValue, reason: "there is no such promise to renegotiate")
        }
        let original = promises[Int(index)]
        guard original.customerID == promise.customerID else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original belongs to another customer")
        }
        guard promiseFields[Int(index)].cancelledOn == Self.never else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original was cancelled")
        }
        guard promiseFields[Int(index)].replacedOn == Self.never else {
            throw .invalidArgument(field: field, value: replaced.rawValue, reason: "the original was already renegotiated")
        }
        guard promise.madeOn >= original.madeOn else {
            throw CollectKitError(kind: .invalidDate, field: "promise[\(promise.id)].madeOn", value: promise.madeOn.description,
                                  reason: "a renegotiation cannot be made before the original (\(original.madeOn))")
        }
        return index
    }

    mutating func slot(for customer: CustomerID) -> Int32 {
        if let slot = customerSlot(customer) { return slot }
        let slot = Int32(customerIDs.count)
        customerIDs.append(customer)
        let ids = customerIDs
        customerIndex.insert(slot, hash: customer.hashValue) { ids[Int($0)].hashValue }
        customerCurrency.append(0)
        customerPromiseHead.append(Self.none)
        customerPaymentHead.append(Self.none)
        customerContactHead.append(Self.none)
        return slot
    }
}

extension PromiseLedger: Equatable {
    /// Two ledgers are equal when they hold the same records under the same policy and have
    /// reported the same events.
    public static func == (lhs: PromiseLedger, rhs: PromiseLedger) -> Bool {
        lhs.policy == rhs.policy && lhs.lastEvaluatedOn == rhs.lastEvaluatedOn && lhs.promises == rhs.promises
            && lhs.promiseFields == rhs.promiseFields
            && lhs.reportedPhase == rhs.reportedPhase && lhs.payments == rhs.payments
            && lhs.paymentFields == rhs.paymentFields && lhs.contacts == rhs.contacts
            && lhs.receivables == rhs.receivables && lhs.declaredCurrencies == rhs.declaredCurrencies
    }
}

extension PromiseLedger: CustomStringConvertible, CustomDebugStringConvertible {
    /// Counts only: the records hold customers' words and references, which stay out of logs.
    public var description: String {
        "PromiseLedger(promises: \(promises.count), payments: \(payments.count), customers: \(customerIDs.count), "
            + "contacts: \(contacts.count), lastEvaluatedOn: \(lastEvaluatedOn?.description ?? "never"))"
    }

    /// Same as ``description``.
    public var debugDescription: String { description }
}
