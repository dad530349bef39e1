import CollectKit
import Foundation

/// `collect-desk import FILE`: reads a portfolio in JSON (`.json`) or CSV (`.csv`), checks
/// every record, and prints a summary and the aging of what it read. Every error names
/// `file:line: field`; if there is any, nothing is imported and the exit status is 1. Long
/// imports report progress on standard error every 10,000 records.
enum ImportCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard options.arguments.count == 1, let path = options.arguments.first else {
            throw UsageError(message: "import needs exactly one FILE (.json or .csv)", command: "import")
        }
        let lang = options.language
        let read = try PortfolioFile.read(path) { printError("collect-desk import: \($0)") }
        let file = read.name
        guard read.errors.isEmpty, let source = read.source, let validation = read.validation else {
            return report(read.errors, file: file)
        }
        let total = source.document.recordCount
        let desk = try await Desk.load(validation, of: source, options: options, source: file)
        let document = source.document
        print(lang.pick("Imported \(file) (\(source.format.rawValue)): \(total) records, nothing rejected",
                        "已导入 \(file)(\(source.format.rawValue)):\(total) 条记录,全部通过校验"))
        let history = document.historyCounts
        let counts: [(String, String, Int)] = [
            ("customers", "客户", document.customers.count), ("receivables", "应收", document.receivables.count),
            ("payments", "回款", document.payments.count), ("promises", "承诺", document.promises.count),
            ("contacts", "联系记录", document.contacts.count), ("excuses", "借口", history.excuses),
            ("asks", "催款要求", history.asks), ("assignments", "分配", history.assignments),
            ("payments to others", "付给其他供应商", history.paymentsToOthers),
        ]
        print("  " + counts.filter { $0.2 > 0 }.map { "\($0.2) \(lang.pick($0.0, $0.1))" }.joined(separator: " · "))
        if validation.unclassifiedExcuseCount > 0 {
            print("  " + lang.pick("\(validation.unclassifiedExcuseCount) excuses without a category were classified on load",
                                   "\(validation.unclassifiedExcuseCount) 条未分类的借口已在导入时自动分类"))
        }
        let metrics = await desk.engine.metrics(asOf: desk.asOf)
        print(lang.pick("As of \(desk.asOf)", "截至 \(desk.asOf)"))
        MetricsCommand.printAging(metrics, language: lang)
        return 0
    }

    /// Prints every error (at most 50) and says nothing was imported.
    private static func report(_ errors: [CollectKitError], file: String) -> Int32 {
        for error in errors { printError("collect-desk import: \(error)") }
        printError("collect-desk import: \(errors.count) error(s) in \(file); nothing was imported")
        return 1
    }
}
