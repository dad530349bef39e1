import CollectKit
import Foundation

/// A loaded portfolio and the engine over it: what every subcommand works on.
struct Desk {
    let engine: CollectionEngine
    let portfolio: CollectionPortfolio
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
        return Desk(engine: engine, portfolio: await engine.snapshot(), asOf: options.asOf ?? source.document.asOf,
                    language: options.language, source: name)
    }

    /// The customer's display name, or its id.
    func name(_ id: CustomerID) -> String { portfolio.customers[id]?.displayName ?? id.rawValue }

    /// `C007 无锡新纪元工控设备有限公司`.
    func label(_ id: CustomerID) -> String { "\(id) \(name(id))" }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
