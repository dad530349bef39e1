/// The result of reading the CSV portfolio format: the document, the line of every record,
/// and every error found (each naming `file:line: column`). Reading goes on past a bad row
/// so that one run lists every problem in the file.
///
/// The format: a header row naming columns (any order, any subset of those listed in
/// `Documentation/ImportFormats.md`), then one row per record. Amounts are decimal major
/// units (`1234.50`) in the row's `currency`; dates are `YYYY-MM-DD`; a payment's
/// `allocations` are `RECEIVABLE=AMOUNT` pairs separated by `;`.
struct PortfolioCSVReading: Sendable {
    /// The file name errors mention.
    let file: String
    /// The records read; rows with errors are left out.
    private(set) var document: PortfolioDocument
    /// Every error, in file order.
    private(set) var errors: [CollectKitError] = []
    /// For each document section, the line of each record.
    private(set) var lines: [String: [Int]] = [:]

    /// Reads `text`, naming `file` in errors. `asOf` defaults to the latest date in the file
    /// when no row says otherwise (the format has no header fields besides column names).
    ///
    /// `progress` is called with (rows read, data rows) every
    /// ``PortfolioImport/progressInterval`` rows.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` only when the text is not CSV at all
    ///   (an unclosed quote) or has no header; record errors are collected in ``errors``.
    init(_ text: String, file: String, asOf: CalendarDate? = nil,
                progress: ((Int, Int) -> Void)? = nil) throws(CollectKitError) {
        self.file = file
        let rows = try CSVReader(file: file).rows(text)
        document = PortfolioDocument(asOf: asOf ?? CalendarDate(daysSinceEpoch: 0), customers: [], receivables: [], payments: [])
        guard let header = rows.first else {
            throw CollectKitError(kind: .invalidData, field: "\(file):1", value: "", reason: "the file is empty; it needs a header row")
        }
        var columns: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let column = name.trimmingCSVSpaces().lowercased()
            guard PortfolioCSVColumns.all.contains(column) else {
                errors.append(CollectKitError(kind: .invalidData, field: "\(file):\(header.line): \(column)", value: name,
                                              reason: "unknown column; known columns: \(PortfolioCSVColumns.all.joined(separator: ", "))"))
                continue
            }
            guard columns[column] == nil else {
                errors.append(CollectKitError(kind: .invalidData, field: "\(file):\(header.line): \(column)", value: name,
                                              reason: "the column appears twice"))
                continue
            }
            columns[column] = position
        }
        guard columns["record"] != nil else {
            errors.append(CollectKitError(kind: .invalidData, field: "\(file):\(header.line): record", value: "",
                                          reason: "the header needs a record column"))
            return
        }
        var latest = CalendarDate(daysSinceEpoch: 0)
        for (count, row) in rows.dropFirst().enumerated() {
            if (count + 1) % PortfolioImport.progressInterval == 0 { progress?(count + 1, rows.count - 1) }
            let fields = PortfolioCSVRow(row: row, columns: columns, file: file)
            do throws(CollectKitError) {
                guard row.fields.count <= header.fields.count else {
                    // Usually an unquoted comma inside a name or text: every later column shifted.
                    throw CollectKitError(kind: .invalidData, field: "\(file):\(row.line): columns", value: String(row.fields.count),
                                          reason: "the row has more fields than the header's \(header.fields.count); quote fields that contain commas")
                }
                let kind = try fields.required("record")
                guard let section = PortfolioCSVColumns.sections[kind] else {
                    throw fields.error("record", kind, "unknown record kind; one of \(PortfolioCSVColumns.sections.keys.sorted().joined(separator: ", "))")
                }
                let date = try append(fields, kind: kind)
                latest = max(latest, date ?? latest)
                lines[section, default: []].append(row.line)
            } catch {
                errors.append(error)
            }
        }
        if asOf == nil { document.asOf = latest }
    }

    /// Adds the record in `row`; returns its most telling date.
    private mutating func append(_ row: PortfolioCSVRow, kind: String) throws(CollectKitError) -> CalendarDate? {
        switch kind {
        case "customer":
            let currency = try row.optional("currency").map { (code) throws(CollectKitError) in try row.currency(code) }
            let limit = try row.optional("credit_limit").map { (text) throws(CollectKitError) in
                try row.money(text, column: "credit_limit", currency: currency ?? .cny)
            }
            let standing = try row.optional("standing").map { (text) throws(CollectKitError) in
                guard let value = CreditStanding(rawValue: text) else {
                    throw row.error("standing", text, "one of \(CreditStanding.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
            let tier = try row.optional("tier").map { (text) throws(CollectKitError) in
                guard let value = RelationshipTier(rawValue: text) else {
                    throw row.error("tier", text, "one of \(RelationshipTier.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
            let terms = try row.optional("terms_days").map { (text) throws(CollectKitError) in
                guard let days = Int(text) else { throw row.error("terms_days", text, "a whole number of days") }
                do throws(CollectKitError) { return try PaymentTerms(netDays: days) } catch { throw row.error("terms_days", text, error.reason) }
            }
            let id: CustomerID = try row.identifier("id")
            document.customers.append(StandardCustomer(
                customerID: id, creditStanding: standing ?? .unknown, relationshipTier: tier ?? .regular,
                paymentTerms: terms ?? .net30, creditLimit: limit))
            document.customerNames[id] = try row.required("name")
            if let decider = row.optional("decider") { document.paymentDeciders[id] = decider }
            return nil
        case "receivable":
            let currency = try row.currency(try row.required("currency"))
            let kindText = row.optional("kind") ?? Receivable.Kind.invoice.rawValue
            guard let receivableKind = Receivable.Kind(rawValue: kindText) else {
                throw row.error("kind", kindText, "one of \(Receivable.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let issued = try row.date("issue_date")
            let receivable: Receivable
            do {
                receivable = try Receivable(id: try row.identifier("id"), customerID: try row.identifier("customer"), kind: receivableKind,
                                            amount: try row.money(try row.required("amount"), column: "amount", currency: currency),
                                            issueDate: issued, dueDate: try row.date("due_date"), reference: row.optional("reference"))
            } catch { throw row.relocated(error) }
            document.receivables.append(receivable)
            return issued
        case "payment":
            let currency = try row.currency(try row.required("currency"))
            var allocations: [Payment.Allocation] = []
            for pair in (row.optional("allocations") ?? "").split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCSVSpaces() }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw row.error("allocations", String(pair), "write allocations as RECEIVABLE=AMOUNT;RECEIVABLE=AMOUNT")
                }
                allocations.append(Payment.Allocation(receivableID: ReceivableID(rawValue: parts[0]),
                                                      amount: try row.money(parts[1], column: "allocations", currency: currency)))
            }
            let date = try row.date("date")
            do {
                document.payments.append(try Payment(id: try row.identifier("id"), customerID: try row.identifier("customer"),
                                                     amount: try row.money(try row.required("amount"), column: "amount", currency: currency),
                                                     date: date, allocations: allocations, reference: row.optional("reference")))
            } catch { throw row.relocated(error) }
            return date
        case "promise":
            let currency = try row.currency(try row.required("currency"))
            let made = try row.date("date")
            do {
                document.promises.append(try StandardPromise(
                    promiseID: try row.identifier("id"), customerID: try row.identifier("customer"),
                    amount: try row.money(try row.required("amount"), column: "amount", currency: currency),
                    promisedDate: try row.date("promised_date"), madeOn: made, collectorID: try row.identifier("collector"),
                    channel: row.optional("channel").map(ContactChannel.init(rawValue:)) ?? .call,
                    customerWords: row.optional("text"), replaces: row.optional("replaces").map(PromiseID.init(rawValue:))))
            } catch { throw row.relocated(error) }
            return made
        case "contact":
            let date = try row.date("date")
            document.contacts.append(ContactRecord(customerID: try row.identifier("customer"), collectorID: try row.identifier("collector"),
                                                   date: date, channel: row.optional("channel").map(ContactChannel.init(rawValue:)) ?? .call))
            return date
        case "excuse":
            let date = try row.date("date")
            let outcome = try row.optional("outcome").map { (text) throws(CollectKitError) in
                guard let value = ExcuseUse.Outcome(rawValue: text) else {
                    throw row.error("outcome", text, "one of \(ExcuseUse.Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
            document.excuses.append(PortfolioExcuse(customerID: try row.identifier("customer"), date: date, text: try row.required("text"),
                                                    category: row.optional("category").map(ExcuseCategory.init(rawValue:)),
                                                    outcome: outcome))
            return date
        case "ask":
            let currency = try row.currency(try row.required("currency"))
            let date = try row.date("date")
            document.asks.append(PortfolioAsk(customerID: try row.identifier("customer"),
                                              asked: try row.money(try row.required("asked"), column: "asked", currency: currency),
                                              paid: try row.money(try row.required("paid"), column: "paid", currency: currency, allowsZero: true),
                                              date: date))
            return date
        case "assignment":
            document.assignments.append(PortfolioAssignment(customerID: try row.identifier("customer"),
                                                            collectorID: try row.identifier("collector")))
            return nil
        default:  // "payment_to_other"; unknown kinds were rejected by the caller
            let date = try row.date("date")
            document.paymentsToOthers.append(PortfolioPaymentToOther(customerID: try row.identifier("customer"), date: date,
                                                                     reference: row.optional("reference")))
            return date
        }
    }
}
