import Foundation
import Testing

/// Runs the built excuse-triage binary: classifying, the evaluation line issue 4 fixes the
/// format of, and usage.
@Suite("excuse-triage")
struct ExcuseTriageTests {
    private static let evaluation = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/evaluation")

    private func triage(_ arguments: String..., stdin: String? = nil) throws -> ExampleRunner.Output {
        try ExampleRunner.run("excuse-triage", arguments, stdin: stdin)
    }

    @Test func classifiesEachLineOfStandardInput() throws {
        let output = try triage(stdin: "最近资金实在紧张,下个月再说吧\nThe invoice never arrived, send it again.\n")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("cash_flow_tight"))
        #expect(output.stdout.contains("billing_dispute"))
    }

    @Test func evaluationEndsWithTheMacroF1Line() throws {
        let file = Self.evaluation.appendingPathComponent("excuses-probe-2-holdout.jsonl")
        let output = try triage("--evaluate", file.path)
        #expect(output.status == 0, "\(output.stderr)")
        // The held-out set's score as the shipped model gives it (Documentation/evaluation/README.md).
        #expect(output.lastLine == "macro-F1 zh=0.905 en=0.918 all=0.911")
        #expect(output.stdout.contains("confusion"))
    }

    @Test func helpAndUsageErrors() throws {
        let help = try triage("--help")
        #expect(help.status == 0)
        for word in ["--evaluate FILE.jsonl", "--cross-validate", "--throughput FILE.txt", "--train", "review"] {
            #expect(help.stdout.contains(word), "\(word)")
        }
        let unknown = try triage("--evalute", "x.jsonl")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("excuse-triage: unknown option --evalute"))
        let missing = try triage("--evaluate", "/nonexistent/file.jsonl")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read /nonexistent/file.jsonl"))
    }
}
