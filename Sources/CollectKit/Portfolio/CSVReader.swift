/// Splits RFC 4180 CSV text into rows of fields, remembering the line each row starts on.
///
/// Fields are separated by commas; a field in double quotes may hold commas, line breaks and
/// doubled quotes (`""` for `"`). Rows end with LF or CRLF; a leading byte-order mark is
/// skipped; blank lines are skipped. Hand-written, with no dependencies, and linear in the
/// input: it walks the UTF-8 bytes once.
struct CSVReader: Sendable {
    /// One row: its fields and the 1-based line it starts on.
    struct Row: Sendable, Hashable {
        /// The 1-based line number of the row's first byte (a quoted field may span lines).
        let line: Int
        /// The fields, unquoted.
        let fields: [String]
    }

    /// The file name used in error messages.
    let file: String

    /// A reader whose errors name `file`.
    init(file: String) { self.file = file }

    /// The rows of `text`.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming `file:line` for a quote that is
    ///   never closed or text straight after a closing quote.
    func rows(_ text: String) throws(CollectKitError) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var quoteLine = 1
        var afterQuote = false
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var index = bytes.startIndex

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\n"):
                endRow()
                line += 1
                rowLine = line
            case UInt8(ascii: "\r") where index < bytes.endIndex && bytes[index] == UInt8(ascii: "\n"):
                continue
            case UInt8(ascii: "\"") where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            default:
                guard !afterQuote else {
                    throw CollectKitError(kind: .invalidData, field: "\(file):\(line)", value: String(decoding: [byte], as: UTF8.self),
                                          reason: "text after a closing quote; double a quote inside a quoted field (\"\")")
                }
                field.append(byte)
            }
        }
        guard !inQuotes else {
            throw CollectKitError(kind: .invalidData, field: "\(file):\(quoteLine)", value: "\"",
                                  reason: "this quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRow() }
        return rows
    }
}
