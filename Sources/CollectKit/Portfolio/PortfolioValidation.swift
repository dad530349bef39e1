/// What checking an imported portfolio found: every error (each naming `file:line` and the
/// field), and — only when there were none — the complete collections as a
/// ``CollectionSnapshot`` an engine starts from.
///
/// Nothing is half-imported: the portfolio is built aside and handed out whole, or not at all.
public struct PortfolioValidation: Sendable {
    /// Every error found, in section then record order; at most the limit asked for.
    public let errors: [CollectKitError]
    /// How many records were checked.
    public let recordCount: Int
    /// Excuses recorded without a category; an engine classifies them on load
    /// (``CollectionEngine/importing(_:configuration:)``).
    let unclassifiedExcuses: [PortfolioExcuse]
    /// How many excuses were recorded without a category (they are classified on load).
    public var unclassifiedExcuseCount: Int { unclassifiedExcuses.count }
    private let built: CollectionLedger

    init(errors: [CollectKitError], recordCount: Int, unclassifiedExcuses: [PortfolioExcuse], built: CollectionLedger) {
        self.errors = errors
        self.recordCount = recordCount
        self.unclassifiedExcuses = unclassifiedExcuses
        self.built = built
    }

    /// Whether every record passed.
    public var isValid: Bool { errors.isEmpty }

    /// The imported collections, when every record passed.
    ///
    /// - Throws: the first of ``errors``.
    public func snapshot() throws(CollectKitError) -> CollectionSnapshot {
        if let first = errors.first { throw first }
        return CollectionSnapshot(ledger: built)
    }
}

extension PortfolioImport {
    /// How many records pass between two progress reports.
    public static let progressInterval = 10_000

    /// Checks every record against the others, in the order customers, receivables,
    /// payments, promises, contacts, excuses, asks, assignments, payments to others, and
    /// builds the portfolio.
    ///
    /// A record that fails is reported and skipped, and checking goes on, so one run lists
    /// the problems of the whole file (up to `errorLimit`).
    ///
    /// - Parameters:
    ///   - promisePolicy: the policy the portfolio's promises follow.
    ///   - errorLimit: stop collecting after this many errors.
    ///   - progress: called with (records checked, total) every ``progressInterval`` records.
    /// - Complexity: O(records) amortised; the ledgers are appended to in place.
    public func validate(promisePolicy: PromisePolicy = .standard, errorLimit: Int = 50,
                         progress: ((Int, Int) -> Void)? = nil) -> PortfolioValidation {
        var check = Check(source: self, limit: max(1, errorLimit), progress: progress)
        var ledger = CollectionLedger(policy: promisePolicy)
        let document = self.document
        if !(1...PortfolioDocument.currentSchemaVersion).contains(document.schemaVersion) {
            check.fail(CollectKitError(kind: .invalidData, field: "\(file):1: schemaVersion", value: String(document.schemaVersion),
                                       reason: "this library reads schema versions 1 to \(PortfolioDocument.currentSchemaVersion)"))
        }
        func apply(_ change: CollectionChange, _ section: String, _ index: Int, _ check: inout Check) {
            do {
                if try ledger.apply(change) != nil { ledger.sequence += 1 }
            } catch {
                check.fail(self.error(error, section: section, index: index))
            }
        }
        for (index, customer) in document.customers.enumerated() {
            check.step()
            guard !ledger.isKnownCustomer(customer.customerID) else {
                check.fail(error(.duplicateIdentifier, section: "customers", index: index, field: "id", value: customer.customerID.rawValue,
                                 reason: "the customer is listed twice"))
                continue
            }
            apply(.customer(customer), "customers", index, &check)
        }
        func requireCustomer(_ id: CustomerID, _ section: String, _ index: Int, _ check: inout Check) -> Bool {
            guard !ledger.isKnownCustomer(id) else { return true }
            check.fail(error(.unknownReference, section: section, index: index, field: "customerID", value: id.rawValue,
                             reason: "no customer with this id in the file"))
            return false
        }
        for (index, receivable) in document.receivables.enumerated() {
            check.step()
            guard requireCustomer(receivable.customerID, "receivables", index, &check) else { continue }
            apply(.receivable(receivable), "receivables", index, &check)
        }
        for (index, payment) in document.payments.enumerated() {
            check.step()
            guard requireCustomer(payment.customerID, "payments", index, &check) else { continue }
            apply(.payment(payment, toward: nil), "payments", index, &check)
        }
        for (index, promise) in document.promises.enumerated() {
            check.step()
            guard requireCustomer(promise.customerID, "promises", index, &check) else { continue }
            apply(.promise(promise), "promises", index, &check)
        }
        for (index, contact) in document.contacts.enumerated() {
            check.step()
            guard requireCustomer(contact.customerID, "contacts", index, &check) else { continue }
            apply(.contact(contact), "contacts", index, &check)
        }
        var unclassified: [PortfolioExcuse] = []
        for (index, excuse) in document.excuses.enumerated() {
            check.step()
            guard requireCustomer(excuse.customerID, "excuses", index, &check) else { continue }
            guard !excuse.text.allSatisfy(\.isWhitespace) else {
                check.fail(error(.invalidData, section: "excuses", index: index, field: "text", value: excuse.text,
                                 reason: "an excuse needs the customer's words"))
                continue
            }
            if let category = excuse.category {
                apply(.excuse(ExcuseUse(category: category, date: excuse.date, outcome: excuse.outcome ?? .unknown),
                              customer: excuse.customerID), "excuses", index, &check)
            } else {
                unclassified.append(excuse)
            }
        }
        for (index, ask) in document.asks.enumerated() {
            check.step()
            guard requireCustomer(ask.customerID, "asks", index, &check) else { continue }
            guard ask.asked.isPositive, !ask.paid.isNegative else {
                check.fail(error(.invalidAmount, section: "asks", index: index, field: ask.asked.isPositive ? "paid" : "asked",
                                 value: "\(ask.asked.minorUnits) / \(ask.paid.minorUnits)",
                                 reason: "asked must be more than zero and paid not negative"))
                continue
            }
            apply(.ask(ask.outcome, customer: ask.customerID), "asks", index, &check)
        }
        for (index, assignment) in document.assignments.enumerated() {
            check.step()
            guard requireCustomer(assignment.customerID, "assignments", index, &check) else { continue }
            if let slot = ledger.customerSlot(assignment.customerID), let existing = ledger.collector(ofSlot: slot),
               existing != assignment.collectorID {
                check.fail(error(.duplicateIdentifier, section: "assignments", index: index, field: "collectorID",
                                 value: assignment.collectorID.rawValue,
                                 reason: "the customer is already assigned to \(existing)"))
                continue
            }
            apply(.assignment(assignment.collectorID, customer: assignment.customerID), "assignments", index, &check)
        }
        for (index, sighting) in document.paymentsToOthers.enumerated() {
            check.step()
            guard requireCustomer(sighting.customerID, "paymentsToOthers", index, &check) else { continue }
            apply(.paymentToOtherSupplier(customer: sighting.customerID), "paymentsToOthers", index, &check)
        }
        return PortfolioValidation(errors: check.errors, recordCount: check.done, unclassifiedExcuses: unclassified,
                                   built: check.errors.isEmpty ? ledger : CollectionLedger(policy: promisePolicy))
    }
}

/// Error and progress bookkeeping for one validation run.
private struct Check {
    let source: PortfolioImport
    let limit: Int
    let progress: ((Int, Int) -> Void)?
    let total: Int
    var errors: [CollectKitError] = []
    var done = 0

    init(source: PortfolioImport, limit: Int, progress: ((Int, Int) -> Void)?) {
        self.source = source
        self.limit = limit
        self.progress = progress
        self.total = source.document.recordCount
    }

    mutating func step() {
        done += 1
        if done % PortfolioImport.progressInterval == 0 { progress?(done, total) }
    }

    mutating func fail(_ error: CollectKitError) {
        if errors.count < limit { errors.append(error) }
    }
}
