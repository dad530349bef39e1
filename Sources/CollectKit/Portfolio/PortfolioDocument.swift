import Foundation

/// A portfolio as one JSON document: the customers, their receivables and their payments as
/// of a day. It is the schema of collect-desk's bundled sample and a simple way for a host
/// to hand CollectKit a snapshot.
///
/// ```json
/// {
///   "schemaVersion": 1,
///   "asOf": "2026-11-27",
///   "customers": [{ "id": "C001", "displayName": "…", "creditStanding": "good",
///                   "relationshipTier": "core", "paymentTerms": { "netDays": 60 },
///                   "attributes": { "storage": {} } }],
///   "receivables": [{ "id": "INV-1", "customerID": "C001", "kind": "invoice",
///                     "amount": { "minorUnits": 1200000, "currency": "CNY" },
///                     "issueDate": "2026-01-05", "dueDate": "2026-03-06" }],
///   "payments": [{ "id": "PAY-1", "customerID": "C001",
///                  "amount": { "minorUnits": 500000, "currency": "CNY" }, "date": "2026-03-01",
///                  "allocations": [{ "receivableID": "INV-1",
///                                    "amount": { "minorUnits": 500000, "currency": "CNY" } }] }]
/// }
/// ```
///
/// The collection history is optional: `promises` (``StandardPromise``; a promise with
/// `replaces` renegotiates an earlier one, listed before it), `contacts` (``ContactRecord``),
/// `excuses`, `asks`, `assignments` and `paymentsToOthers` (see ``historyCounts``). Documents
/// without them are still schema version 1. `Documentation/ImportFormats.md` lists every field.
///
/// Keys this version does not know are ignored when decoding, so older readers can load
/// newer documents of the same schema version.
public struct PortfolioDocument: Sendable, Codable, Equatable {
    /// The schema version this library writes and the newest it reads.
    public static let currentSchemaVersion = 1

    /// The version of the schema the document was written with.
    public var schemaVersion: Int
    /// The day the portfolio describes ("today" for the sample).
    public var asOf: CalendarDate
    /// Every customer's facts; identifiers are unique.
    public var customers: [StandardCustomer]
    /// Each customer's name as the file gives it (`displayName`), for the host's own
    /// display; the engine never receives it.
    public var customerNames: [CustomerID: String]
    /// Who decides payment at each customer (`paymentDecider`), where the file says.
    public var paymentDeciders: [CustomerID: String]
    /// Every receivable; each names a customer in ``customers``.
    public var receivables: [Receivable]
    /// Every payment; each names a customer in ``customers``.
    public var payments: [Payment]
    /// Promises to pay, originals before their renegotiations.
    public var promises: [StandardPromise]
    /// Contacts collectors made.
    public var contacts: [ContactRecord]
    /// Reasons customers gave for not paying.
    var excuses: [PortfolioExcuse]
    /// Past requests and what they brought in.
    var asks: [PortfolioAsk]
    /// Which collector owns which customer; at most one per customer.
    var assignments: [PortfolioAssignment]
    /// Known payments customers made to other suppliers.
    var paymentsToOthers: [PortfolioPaymentToOther]

    /// Creates a document of the current schema version.
    public init(asOf: CalendarDate, customers: [StandardCustomer], customerNames: [CustomerID: String] = [:],
                paymentDeciders: [CustomerID: String] = [:], receivables: [Receivable], payments: [Payment],
                promises: [StandardPromise] = [], contacts: [ContactRecord] = []) {
        self.init(asOf: asOf, customers: customers, customerNames: customerNames, paymentDeciders: paymentDeciders,
                  receivables: receivables, payments: payments, promises: promises, contacts: contacts, excuses: [])
    }

    init(asOf: CalendarDate, customers: [StandardCustomer], customerNames: [CustomerID: String] = [:],
         paymentDeciders: [CustomerID: String] = [:], receivables: [Receivable], payments: [Payment],
         promises: [StandardPromise] = [], contacts: [ContactRecord] = [], excuses: [PortfolioExcuse] = [],
         asks: [PortfolioAsk] = [], assignments: [PortfolioAssignment] = [],
         paymentsToOthers: [PortfolioPaymentToOther] = []) {
        self.schemaVersion = Self.currentSchemaVersion
        self.asOf = asOf
        self.customers = customers
        self.customerNames = customerNames
        self.paymentDeciders = paymentDeciders
        self.receivables = receivables
        self.payments = payments
        self.promises = promises
        self.contacts = contacts
        self.excuses = excuses
        self.asks = asks
        self.assignments = assignments
        self.paymentsToOthers = paymentsToOthers
    }

    /// How many records of the collection history the file holds, by section: excuses, asks,
    /// assignments and payments to other suppliers (they go straight to the engine).
    public var historyCounts: (excuses: Int, asks: Int, assignments: Int, paymentsToOthers: Int) {
        (excuses.count, asks.count, assignments.count, paymentsToOthers.count)
    }

    /// The number of records of every kind, customers included.
    public var recordCount: Int {
        customers.count + receivables.count + payments.count + promises.count + contacts.count + excuses.count
            + asks.count + assignments.count + paymentsToOthers.count
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, asOf, customers, receivables, payments
        case promises, contacts, excuses, asks, assignments, paymentsToOthers
    }

    /// Decodes a document, naming the record of any error that a record's own validation
    /// raises (`receivables[3].date`), which the decoder's coding path would not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        asOf = try Self.named("asOf") { try container.decode(CalendarDate.self, forKey: .asOf) }
        let rows = try Self.decodeRecords(PortfolioCustomer.self, from: container, forKey: .customers)
        customers = rows.map(\.customer)
        customerNames = [:]
        paymentDeciders = [:]
        for row in rows {
            customerNames[row.id] = row.displayName
            if let decider = row.paymentDecider { paymentDeciders[row.id] = decider }
        }
        receivables = try Self.decodeRecords(Receivable.self, from: container, forKey: .receivables)
        payments = try Self.decodeRecords(Payment.self, from: container, forKey: .payments)
        promises = try Self.decodeOptionalRecords(StandardPromise.self, from: container, forKey: .promises)
        contacts = try Self.decodeOptionalRecords(ContactRecord.self, from: container, forKey: .contacts)
        excuses = try Self.decodeOptionalRecords(PortfolioExcuse.self, from: container, forKey: .excuses)
        asks = try Self.decodeOptionalRecords(PortfolioAsk.self, from: container, forKey: .asks)
        assignments = try Self.decodeOptionalRecords(PortfolioAssignment.self, from: container, forKey: .assignments)
        paymentsToOthers = try Self.decodeOptionalRecords(PortfolioPaymentToOther.self, from: container, forKey: .paymentsToOthers)
    }

    /// Encodes the document; empty optional sections are left out, so a document without
    /// history reads exactly as before they existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(customers.map { PortfolioCustomer($0, name: customerNames[$0.customerID] ?? "",
                                                               decider: paymentDeciders[$0.customerID]) },
                             forKey: .customers)
        try container.encode(receivables, forKey: .receivables)
        try container.encode(payments, forKey: .payments)
        if !promises.isEmpty { try container.encode(promises, forKey: .promises) }
        if !contacts.isEmpty { try container.encode(contacts, forKey: .contacts) }
        if !excuses.isEmpty { try container.encode(excuses, forKey: .excuses) }
        if !asks.isEmpty { try container.encode(asks, forKey: .asks) }
        if !assignments.isEmpty { try container.encode(assignments, forKey: .assignments) }
        if !paymentsToOthers.isEmpty { try container.encode(paymentsToOthers, forKey: .paymentsToOthers) }
    }

    private static func decodeOptionalRecords<Record: Decodable>(
        _ type: Record.Type, from container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys
    ) throws -> [Record] {
        guard container.contains(key) else { return [] }
        return try decodeRecords(type, from: container, forKey: key)
    }

    private static func decodeRecords<Record: Decodable>(
        _ type: Record.Type, from container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys
    ) throws -> [Record] {
        var list = try container.nestedUnkeyedContainer(forKey: key)
        var records: [Record] = []
        while !list.isAtEnd {
            let index = list.currentIndex
            records.append(try named("\(key.stringValue)[\(index)]") { try list.decode(Record.self) })
        }
        return records
    }

    private static func named<Value>(_ record: String, _ decode: () throws -> Value) throws -> Value {
        do { return try decode() } catch let error as CollectKitError {
            throw CollectKitError(kind: error.kind, field: record + "." + error.field, value: error.value, reason: error.reason)
        }
    }

    /// Decodes a document from JSON and checks it (see ``validatedSnapshot()``).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the path of the record that
    ///   could not be decoded (e.g. `receivables[12].dueDate`) or a schema version newer than
    ///   ``currentSchemaVersion``; the errors of ``validatedSnapshot()``.
    public static func load(json data: Data) throws(CollectKitError) -> (document: PortfolioDocument, snapshot: CollectionSnapshot) {
        let document: PortfolioDocument
        do {
            document = try JSONDecoder().decode(PortfolioDocument.self, from: data)
        } catch let error as CollectKitError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            throw Self.decodingError(context)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Self.decodingError(context, detail: "missing key \(key.stringValue)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw Self.decodingError(context)
        } catch let DecodingError.valueNotFound(_, context) {
            throw Self.decodingError(context)
        } catch {
            throw CollectKitError(kind: .invalidData, field: "portfolio", value: "", reason: "\(error)")
        }
        return (document, try document.validatedSnapshot())
    }

    /// Checks every record of the document against the others, as an import does, and
    /// returns the collections it describes.
    ///
    /// - Throws: the first error ``PortfolioImport/validate(promisePolicy:errorLimit:progress:)``
    ///   finds: a newer schema version, a customer listed twice, a record of a customer not
    ///   listed, and every error recording raises.
    public func validatedSnapshot() throws(CollectKitError) -> CollectionSnapshot {
        try PortfolioImport(document: self, file: "portfolio").validate(errorLimit: 1).snapshot()
    }

    /// Encodes the document as pretty-printed JSON with sorted keys, so that regenerating
    /// it gives a stable diff.
    public func json() throws(CollectKitError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { return try encoder.encode(self) } catch {
            throw CollectKitError(kind: .invalidData, field: "portfolio", value: "", reason: "\(error)")
        }
    }

    private static func decodingError(_ context: DecodingError.Context, detail: String? = nil) -> CollectKitError {
        if let underlying = context.underlyingError as? CollectKitError {
            return CollectKitError(kind: underlying.kind, field: path(context.codingPath) + " " + underlying.field,
                                   value: underlying.value, reason: underlying.reason)
        }
        return CollectKitError(kind: .invalidData, field: path(context.codingPath), value: "",
                               reason: detail ?? context.debugDescription)
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "portfolio" : text
    }
}
