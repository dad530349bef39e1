import Foundation

/// A portfolio read from a file (JSON ``PortfolioDocument`` or CSV rows), remembering which
/// line each record came from so
/// that every error names `file:line` and the field.
///
/// Reading only decodes; ``validate(promisePolicy:errorLimit:progress:)`` then checks every record
/// against the others and builds a ``CollectionSnapshot`` — all of it or nothing.
public struct PortfolioImport: Sendable {
    /// The file format.
    public enum Format: String, Sendable, Hashable {
        /// A ``PortfolioDocument`` as JSON.
        case json
        /// One CSV with a `record` column naming each row's kind.
        case csv
    }

    /// The file name errors mention.
    public let file: String
    /// How the file was written.
    public let format: Format
    /// What the file holds.
    public let document: PortfolioDocument
    /// For each section (`receivables`, …), the line of each record.
    let lines: [String: [Int]]

    /// Wraps an already decoded document (no line numbers: errors name the record index).
    public init(document: PortfolioDocument, file: String) {
        self.init(file: file, format: .json, document: document, lines: [:])
    }

    init(file: String, format: Format, document: PortfolioDocument, lines: [String: [Int]]) {
        self.file = file
        self.format = format
        self.document = document
        self.lines = lines
    }

    /// Reads a JSON portfolio document.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` (or the record's own error kind) whose
    ///   field is `file:line: section[index].field`.
    public static func json(_ data: Data, file: String) throws(CollectKitError) -> PortfolioImport {
        let lines = JSONRecordLines(data).lines
        do {
            let document = try JSONDecoder().decode(PortfolioDocument.self, from: data)
            return PortfolioImport(file: file, format: .json, document: document, lines: lines)
        } catch let error as CollectKitError {
            throw located(namingTheKey(error, in: data), file: file, lines: lines)
        } catch let DecodingError.dataCorrupted(context) {
            throw located(decodingError(context, detail: nil), file: file, lines: lines)
        } catch let DecodingError.keyNotFound(key, context) {
            var path = context.codingPath
            path.append(key)
            throw located(decodingError(.init(codingPath: path, debugDescription: ""), detail: "this required key is missing"),
                          file: file, lines: lines)
        } catch let DecodingError.typeMismatch(_, context) {
            throw located(decodingError(context, detail: nil), file: file, lines: lines)
        } catch let DecodingError.valueNotFound(_, context) {
            throw located(decodingError(context, detail: nil), file: file, lines: lines)
        } catch {
            throw CollectKitError(kind: .invalidData, field: "\(file):1: portfolio", value: "", reason: "\(error)")
        }
    }

    /// Reads the CSV portfolio format (one file with a `record` column naming each row's
    /// kind; `Documentation/ImportFormats.md` lists the columns).
    ///
    /// - Throws: the first error found; ``csv(_:file:progress:)`` reports them all.
    public static func csv(_ text: String, file: String) throws(CollectKitError) -> PortfolioImport {
        let (read, errors) = try csv(text, file: file, progress: nil)
        if let first = errors.first { throw first }
        return read
    }

    /// Reads the CSV portfolio format, collecting every record's error rather than stopping
    /// at the first.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file name errors cite (`file:line: column`).
    ///   - progress: Called every 10,000 rows with the rows read and the total.
    /// - Returns: The import of the rows that read cleanly, and the errors of the others
    ///   (at most 50, in file order); load only an import without errors.
    /// - Throws: ``CollectKitError/Kind/invalidData`` only when the text is not CSV at all
    ///   (an unclosed quote) or has no header.
    public static func csv(_ text: String, file: String,
                           progress: ((Int, Int) -> Void)?) throws(CollectKitError) -> (import: PortfolioImport, errors: [CollectKitError]) {
        let reading = try PortfolioCSVReading(text, file: file, progress: progress)
        return (PortfolioImport(reading), reading.errors)
    }

    /// The import of a CSV reading (records with errors are missing from it).
    init(_ reading: PortfolioCSVReading) {
        self.init(file: reading.file, format: .csv, document: reading.document, lines: reading.lines)
    }

    /// The line record `index` of `section` starts on, if known.
    public func line(ofRecord index: Int, in section: String) -> Int? {
        guard let list = lines[section], list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// An error about record `index` of `section`, naming `file:line` and the field (a CSV
    /// column for CSV files).
    func error(_ kind: CollectKitError.Kind, section: String, index: Int, field: String, value: String,
               reason: String) -> CollectKitError {
        CollectKitError(kind: kind, field: location(section: section, index: index, field: field), value: value, reason: reason)
    }

    /// Re-reports an error the ledgers raised for record `index` of `section`.
    func error(_ underlying: CollectKitError, section: String, index: Int) -> CollectKitError {
        let field = underlying.field.split(separator: ".").last.map(String.init) ?? underlying.field
        return CollectKitError(kind: underlying.kind, field: location(section: section, index: index, field: Self.plainField(field)),
                               value: underlying.value, reason: underlying.reason)
    }

    private func location(section: String, index: Int, field: String) -> String {
        let line = line(ofRecord: index, in: section).map { ":\($0)" } ?? ""
        switch format {
        case .csv: return "\(file)\(line): \(PortfolioCSVColumns.column(forField: field))"
        case .json: return "\(file)\(line): \(section)[\(index)].\(field)"
        }
    }

    /// `allocations[INV-1]` → `allocations`, `receivable[INV-1]` → `receivable`.
    private static func plainField(_ field: String) -> String {
        field.split(separator: "[").first.map(String.init) ?? field
    }

    private static func located(_ error: CollectKitError, file: String, lines: [String: [Int]]) -> CollectKitError {
        // Fields look like `receivables[12].dueDate` or `receivables[12].promise[P1].amount`.
        var line = 1
        if let open = error.field.firstIndex(of: "["), let close = error.field[open...].firstIndex(of: "]"),
           let index = Int(error.field[error.field.index(after: open)..<close]),
           let list = lines[String(error.field[..<open])], list.indices.contains(index) {
            line = list[index]
        }
        return CollectKitError(kind: error.kind, field: "\(file):\(line): \(error.field)", value: error.value, reason: error.reason)
    }

    /// A value type's own validation (a date, an identifier) names itself generically
    /// (`receivables[3].date`); when exactly one key of the record holds the rejected value,
    /// name that key instead (`receivables[3].dueDate`). Runs only on the error path.
    private static func namingTheKey(_ error: CollectKitError, in data: Data) -> CollectKitError {
        let parts = error.field.split(separator: ".", maxSplits: 1).map(String.init)
        // The document already failed to decode; if it does not even parse as plain JSON, the
        // error stands as it is.
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch _ { return error }
        guard parts.count == 2, !parts[1].contains("["), !parts[1].contains("."),
              let open = parts[0].firstIndex(of: "["), let close = parts[0].firstIndex(of: "]"), open < close,
              let index = Int(parts[0][parts[0].index(after: open)..<close]),
              let root = parsed as? [String: Any],
              let list = root[String(parts[0][..<open])] as? [Any], list.indices.contains(index),
              let record = list[index] as? [String: Any], record[parts[1]] == nil
        else { return error }
        let keys = record.keys.filter { (record[$0] as? String) == error.value }
        guard keys.count == 1, let key = keys.first else { return error }
        return CollectKitError(kind: error.kind, field: parts[0] + "." + key, value: error.value, reason: error.reason)
    }

    private static func decodingError(_ context: DecodingError.Context, detail: String?) -> CollectKitError {
        var path = ""
        for key in context.codingPath {
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
        if let underlying = context.underlyingError as? CollectKitError {
            return CollectKitError(kind: underlying.kind, field: path.isEmpty ? underlying.field : path,
                                   value: underlying.value, reason: underlying.reason)
        }
        var reason = detail ?? context.debugDescription
        if path.isEmpty, let underlying = context.underlyingError {
            reason += " (\(underlying))"
        }
        return CollectKitError(kind: .invalidData, field: path.isEmpty ? "portfolio" : path, value: "", reason: reason)
    }
}
