/// Everything CollectKit knows about one tenant's customers, as a single `Codable`,
/// schema-versioned value the host persists where it likes.
///
/// It joins the pieces that are usable on their own (``ReceivablesLedger``,
/// ``PromiseLedger``, excuse and ask history, collector assignments) and turns them into the
/// ``CustomerCollectionFacts`` the planner and worklist read. Every recording operation is
/// all-or-nothing: on a thrown error the portfolio is exactly as it was.
public struct CollectionPortfolio: Sendable, Equatable {
    /// The schema version this build writes; newer snapshots are rejected, not misread.
    public static let schemaVersion = 1

    /// Customers by id.
    public internal(set) var customers: [CustomerID: CustomerProfile]
    /// Invoices, orders and installments, and the payments against them.
    public internal(set) var receivables: ReceivablesLedger
    /// Promises to pay, the payments that fulfil them and contact records.
    public internal(set) var promises: PromiseLedger
    /// Reasons customers gave for not paying, with what happened after.
    public internal(set) var excuses: [CustomerID: [ExcuseUse]]
    /// Past requests and what they brought in (the paid-to-asked ratio behind the anchored ask).
    public internal(set) var asks: [CustomerID: [AskOutcome]]
    /// Which collector owns which customer.
    public internal(set) var assignments: [CustomerID: CollectorID]
    /// How many payments to other suppliers are known per customer (competition for their cash).
    public internal(set) var knownPaymentsToOthers: [CustomerID: Int]
    /// The highest escalation level each customer has reached, so an engine restarted from a
    /// snapshot does not announce the same escalation twice.
    public internal(set) var escalations: [CustomerID: EscalationLevel]

    /// An empty portfolio whose promises follow `promisePolicy`.
    public init(promisePolicy: PromisePolicy = .standard) {
        customers = [:]
        receivables = ReceivablesLedger()
        promises = PromiseLedger(policy: promisePolicy)
        excuses = [:]
        asks = [:]
        assignments = [:]
        knownPaymentsToOthers = [:]
        escalations = [:]
    }

    /// The customers sorted by id, for stable output.
    public var customerIDs: [CustomerID] { customers.keys.sorted() }

    // MARK: Recording

    /// Adds a customer or replaces the stored profile of one with the same id.
    public mutating func upsert(_ customer: some Customer) {
        customers[customer.id] = CustomerProfile(customer)
    }

    /// Records a receivable of a known customer.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and
    ///   whatever ``ReceivablesLedger/record(_:)-(Receivable)`` throws.
    public mutating func record(_ receivable: Receivable) throws(CollectKitError) {
        try requireCustomer(receivable.customerID, field: "receivable[\(receivable.id)].customerID")
        var ledger = receivables
        try ledger.record(receivable)
        var promiseLedger = promises
        try promiseLedger.registerReceivable(receivable)
        receivables = ledger
        promises = promiseLedger
    }

    /// Records a payment against receivables and, where the customer made promises in the
    /// payment's currency, against those promises.
    ///
    /// A payment in a currency the customer never promised in only settles receivables: it
    /// cannot fulfil a promise made in another currency.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and
    ///   whatever the two ledgers throw; on error neither ledger changes.
    public mutating func record(_ payment: Payment) throws(CollectKitError) {
        try requireCustomer(payment.customerID, field: "payment[\(payment.id)].customerID")
        var ledger = receivables
        try ledger.record(payment)
        var promiseLedger = promises
        do {
            try promiseLedger.recordPayment(payment)
        } catch where error.kind == .currencyMismatch {
            promiseLedger = promises
        }
        receivables = ledger
        promises = promiseLedger
    }

    /// Records a promise to pay by a known customer.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer, and
    ///   whatever ``PromiseLedger/record(_:)`` throws.
    public mutating func record(_ promise: some Promise) throws(CollectKitError) {
        try requireCustomer(promise.customerID, field: "promise[\(promise.id)].customerID")
        try promises.record(promise)
    }

    /// Replaces an open promise with a renegotiated one.
    ///
    /// - Throws: whatever ``PromiseLedger/renegotiate(_:with:)`` throws.
    public mutating func renegotiate(_ original: PromiseID, with replacement: some Promise) throws(CollectKitError) {
        try promises.renegotiate(original, with: replacement)
    }

    /// Records that a collector contacted a known customer.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public mutating func record(_ contact: ContactRecord) throws(CollectKitError) {
        try requireCustomer(contact.customerID, field: "contact.customerID")
        promises.recordContact(contact)
    }

    /// Records a reason a known customer gave for not paying.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public mutating func record(_ excuse: ExcuseUse, for customer: CustomerID) throws(CollectKitError) {
        try requireCustomer(customer, field: "excuse.customerID")
        excuses[customer, default: []].append(excuse)
    }

    /// Records what a request to a known customer brought in.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer,
    ///   ``CollectKitError/Kind/currencyMismatch`` when asked and paid differ in currency.
    public mutating func record(_ ask: AskOutcome, for customer: CustomerID) throws(CollectKitError) {
        try requireCustomer(customer, field: "ask.customerID")
        try ask.asked.requireSameCurrency(ask.paid, field: "ask.paid")
        asks[customer, default: []].append(ask)
    }

    /// Makes `collector` responsible for a known customer.
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public mutating func assign(_ collector: CollectorID, to customer: CustomerID) throws(CollectKitError) {
        try requireCustomer(customer, field: "assignment.customerID")
        assignments[customer] = collector
    }

    /// Notes that a known customer paid another supplier (their cash is contested).
    ///
    /// - Throws: ``CollectKitError/Kind/unknownReference`` for an unknown customer.
    public mutating func notePaymentToOtherSupplier(by customer: CustomerID) throws(CollectKitError) {
        try requireCustomer(customer, field: "paymentToOthers.customerID")
        knownPaymentsToOthers[customer, default: 0] += 1
    }

    private func requireCustomer(_ id: CustomerID, field: String) throws(CollectKitError) {
        guard customers[id] != nil else {
            throw CollectKitError(kind: .unknownReference, field: field, value: id.rawValue,
                                  reason: "no customer with this id; add it with upsert(_:) first")
        }
    }
}
