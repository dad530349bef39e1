import CollectKit
import Foundation

/// A loaded portfolio and the engine over it: what every subcommand works on.
///
/// The engine keeps no names (they are the host's personal data); the desk keeps the
/// file's customers to show them, as a CRM keeps its own accounts.
struct Desk {
    let engine: CollectionEngine
    /// The customers in id order.
    let customerIDs: [CustomerID]
    /// The file's customer names by id: the desk's own record, as a CRM keeps its accounts.
    let names: [CustomerID: String]
    let asOf: CalendarDate
    let language: Language
    let source: String

    /// The configuration collect-desk runs with: CollectKit's defaults, installment plans
    /// approved, in Shanghai time.
    static func configuration(language: Language) -> CollectionConfiguration {
        var configuration = CollectionConfiguration(locale: Locale(identifier: language.isChinese ? "zh_CN" : "en_US"))
        configuration.approvedConcessions = [.installmentPlan]
        return configuration
    }

    /// The portfolio every subcommand works on: `--portfolio FILE` when given, else the bundled
    /// sample. A file with any error is not loaded: its errors go to standard error, each naming
    /// `file:line: field`, and the command fails with exit status 1.
    static func open(_ options: CommandLineOptions) async throws(CollectKitError) -> Desk {
        guard let path = options.portfolioPath else { return try await sample(options) }
        let read = try PortfolioFile.read(path) { printError("collect-desk: \($0)") }
        guard read.errors.isEmpty, let source = read.source, let validation = read.validation else {
            for error in read.errors { printError("collect-desk: \(error)") }
            throw CollectKitError(kind: .invalidData, field: "--portfolio", value: read.name,
                                  reason: "\(read.errors.count) error(s); nothing was loaded (see collect-desk import)")
        }
        return try await load(validation, of: source, options: options, source: read.name)
    }

    /// The bundled sample: 56 customers of a Chinese distributor, "today" 2026-11-27.
    static func sample(_ options: CommandLineOptions) async throws(CollectKitError) -> Desk {
        guard let url = Bundle.module.url(forResource: "sample-portfolio", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            throw CollectKitError(kind: .invalidData, field: "sample-portfolio.json", value: "", reason: "the bundled resource is missing")
        }
        let source = try PortfolioImport.json(data, file: "sample-portfolio.json")
        return try await load(source.validate(), of: source, options: options, source: "sample-portfolio.json")
    }

    /// An engine over a validated import, with its excuses classified; as of `--as-of` or
    /// the file's day.
    static func load(_ validation: PortfolioValidation, of source: PortfolioImport, options: CommandLineOptions,
                     source name: String) async throws(CollectKitError) -> Desk {
        let engine = try await CollectionEngine.importing(validation, configuration: configuration(language: options.language))
        return Desk(engine: engine, customerIDs: await engine.customerIDs, names: source.document.customerNames,
                    asOf: options.asOf ?? source.document.asOf, language: options.language, source: name)
    }

    /// The customer's display name, or its id.
    func name(_ id: CustomerID) -> String { names[id] ?? id.rawValue }

    /// `C007 无锡新纪元工控设备有限公司`.
    func label(_ id: CustomerID) -> String { "\(id) \(name(id))" }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
