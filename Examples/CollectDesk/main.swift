// collect-desk: the collections desk on CollectKit. See HelpText.swift or `collect-desk --help`.
import CollectKit
import Foundation

/// Runs the command line and returns the exit status: 0 ok, 1 runtime or data error, 2 usage.
func runDesk(_ words: [String]) async -> Int32 {
    let options: CommandLineOptions
    do {
        options = try CommandLineOptions(words)
    } catch {
        printError("collect-desk: \(error.message)")
        printError("Run 'collect-desk \(error.command.map { "\($0) " } ?? "")--help' for usage.")
        return 2
    }
    if options.wantsHelp {
        print(HelpText.forCommand(options.command), terminator: "")
        return 0
    }
    do {
        switch options.command {
        case "worklist"?: return try await WorklistCommand.run(options, withPlans: false)
        case "plan"?: return try await PlanCommand.run(options)
        case "triage"?: return try await TriageCommand.run(options)
        case "review"?: return try await ReviewCommand.run(options)
        case "metrics"?: return try await MetricsCommand.run(options)
        case "import"?: return try await ImportCommand.run(options)
        case "report"?: return try await ReportCommand.run(options)
        default: return try await WorklistCommand.run(options, withPlans: true)
        }
    } catch let error as UsageError {
        printError("collect-desk \(error.command ?? ""): \(error.message)")
        printError("Run 'collect-desk \(error.command.map { "\($0) " } ?? "")--help' for usage.")
        return 2
    } catch {
        printError("collect-desk: \(error)")
        return 1
    }
}

exit(await runDesk(Array(CommandLine.arguments.dropFirst())))
