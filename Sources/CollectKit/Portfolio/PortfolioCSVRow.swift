/// One data row of the CSV portfolio format, read by column name, whose errors name
/// `file:line: column`.
struct PortfolioCSVRow {
    let row: CSVReader.Row
    let columns: [String: Int]
    let file: String

    /// The trimmed text in `column`, or `nil` when the column is absent or the cell empty.
    func optional(_ column: String) -> String? {
        guard let position = columns[column], row.fields.indices.contains(position) else { return nil }
        let text = row.fields[position].trimmingCSVSpaces()
        return text.isEmpty ? nil : text
    }

    func required(_ column: String) throws(CollectKitError) -> String {
        guard let text = optional(column) else { throw error(column, "", "this record needs a value here") }
        return text
    }

    func identifier<ID: TextIdentifier>(_ column: String) throws(CollectKitError) -> ID {
        let text = try required(column)
        do { return try ID.validated(text) } catch { throw self.error(column, text, error.reason) }
    }

    func date(_ column: String) throws(CollectKitError) -> CalendarDate {
        let text = try required(column)
        do { return try CalendarDate(iso8601: text) } catch { throw self.error(column, text, error.reason) }
    }

    func currency(_ code: String) throws(CollectKitError) -> Currency {
        do { return try CurrencyTable.standard.currency(code: code) } catch { throw self.error("currency", code, error.reason) }
    }

    /// A decimal amount in major units (`1234.50`, `1,234.5`), exact in `currency`.
    func money(_ text: String, column: String, currency: Currency, allowsZero: Bool = false) throws(CollectKitError) -> Money {
        let money: Money
        do { money = try Money.parse(text, currency: currency) } catch { throw self.error(column, text, error.reason) }
        guard money.currency == currency else {
            throw error(column, text, "the amount names \(money.currency) but the row's currency is \(currency)")
        }
        guard money.isPositive || (allowsZero && money.isZero) else {
            throw error(column, text, allowsZero ? "an amount cannot be negative" : "an amount must be more than zero")
        }
        return money
    }

    func error(_ column: String, _ value: String, _ reason: String) -> CollectKitError {
        CollectKitError(kind: .invalidData, field: "\(file):\(row.line): \(column)", value: value, reason: reason)
    }

    /// An error a record's own validation raised (`receivable[INV-1].dueDate`), named by column.
    func relocated(_ error: CollectKitError) -> CollectKitError {
        if error.field.hasPrefix("\(file):") { return error }  // already located by a column reader
        let last = error.field.split(separator: ".").last.map(String.init) ?? error.field
        return CollectKitError(kind: error.kind, field: "\(file):\(row.line): \(PortfolioCSVColumns.column(forField: last))",
                               value: error.value, reason: error.reason)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingCSVSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
