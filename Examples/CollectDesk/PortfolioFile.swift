import CollectKit
import Foundation

/// A portfolio file read from disk (JSON `PortfolioDocument` or CSV) and checked, as
/// `collect-desk import` and `--portfolio FILE` both need it.
struct PortfolioFile {
    /// The file's name, as errors cite it (`file:line: field`).
    let name: String
    /// What was read; `nil` when the CSV itself was malformed.
    let source: PortfolioImport?
    /// The check of every record (`nil` when the CSV itself was malformed).
    let validation: PortfolioValidation?
    /// Every error found, at most 50; empty when the portfolio can be loaded.
    let errors: [CollectKitError]

    /// Reads and checks `path`; `progress` reports every 10,000 rows or records read and checked.
    static func read(_ path: String, progress: @escaping @Sendable (String) -> Void) throws(CollectKitError) -> PortfolioFile {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CollectKitError(kind: .invalidData, field: path, value: "", reason: "cannot read the file")
        }
        let source: PortfolioImport
        if isCSV(path: path, data: data) {
            let reading = try PortfolioImport.csv(String(decoding: data, as: UTF8.self), file: name) { done, total in
                progress("read \(done) of \(total) rows")
            }
            guard reading.errors.isEmpty else {
                return PortfolioFile(name: name, source: nil, validation: nil, errors: reading.errors)
            }
            source = reading.import
        } else {
            source = try PortfolioImport.json(data, file: name)
        }
        let validation = source.validate { done, total in progress("checked \(done) of \(total) records") }
        return PortfolioFile(name: name, source: source, validation: validation, errors: validation.errors)
    }

    private static func isCSV(path: String, data: Data) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return true }
        if lower.hasSuffix(".json") { return false }
        return data.first { !(" \t\r\n".utf8.contains($0)) } != UInt8(ascii: "{")
    }
}
