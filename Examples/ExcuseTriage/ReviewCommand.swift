import CollectKit
import CollectKitTraining
import Foundation

/// `excuse-triage review [FILE.jsonl | -]`: reviews each line (a JSON object with `text`, or plain
/// text) and prints its flags; `--evaluate FILE.jsonl` scores a labelled set and ends with exactly
/// `flags micro-F1=0.xxx false-alarm=0.xxx`; `--throughput` times the reviewer on 60-character drafts.
/// Returns the process exit status.
func runReviewCommand(_ arguments: [String]) -> Int32 {
    let reviewer: StandardMessageReviewer
    do {
        reviewer = try StandardMessageReviewer()
    } catch {
        printToStandardError("excuse-triage review: \(error)")
        return 2
    }
    var arguments = arguments[...]
    if arguments.first == "review" { arguments = arguments.dropFirst() }
    switch arguments.first {
    case "--evaluate":
        guard let path = arguments.dropFirst().first else {
            printToStandardError("usage: excuse-triage review --evaluate FILE.jsonl")
            return 2
        }
        return evaluateReviews(reviewer, path: path)
    case "--throughput":
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 2_000_000
        return measureReviewThroughput(reviewer, reviews: count)
    case "--help", "-h":
        print("usage: excuse-triage review [FILE.jsonl | -] | --evaluate FILE.jsonl | --throughput [N]")
        return 0
    default:
        return reviewLines(reviewer, path: arguments.first ?? "-")
    }
}

private func readReviewInput(_ path: String) -> String? {
    if path == "-" {
        return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}

private func reviewLines(_ reviewer: StandardMessageReviewer, path: String) -> Int32 {
    guard let input = readReviewInput(path) else {
        printToStandardError("excuse-triage review: cannot read \(path)")
        return 1
    }
    let decoder = JSONDecoder()
    for line in input.split(separator: "\n", omittingEmptySubsequences: true) {
        var text = String(line)
        var context: MessageContext?
        var id: String?
        if line.hasPrefix("{"), let object = try? decoder.decode(ReviewInputLine.self, from: Data(line.utf8)) {
            text = object.text
            id = object.id
            context = MessageContext(approvedIncentives: object.approvedIncentives ?? [])
        }
        let review = reviewer.review(text, context: context)
        let firmness = review.firmness
        print("\(id.map { "\($0)\t" } ?? "")[\(review.flags.map(\.rawValue).joined(separator: ","))]"
              + "\tamount=\(firmness.namesAmount) deadline=\(firmness.namesDeadline)"
              + " next-step=\(firmness.namesNextStep) factual=\(firmness.staysFactual)")
        for finding in review.findings {
            print("  \(finding.flag.rawValue): \"\(finding.text)\" — \(finding.whyItCostsMoney.text(in: review.language))")
            print("    → \(finding.rewrite)")
        }
    }
    return 0
}

private struct ReviewInputLine: Decodable {
    let id: String?
    let text: String
    let approvedIncentives: [String]?
    private enum CodingKeys: String, CodingKey {
        case id, text
        case approvedIncentives = "approved_incentives"
    }
}

private func evaluateReviews(_ reviewer: StandardMessageReviewer, path: String) -> Int32 {
    guard let input = readReviewInput(path) else {
        printToStandardError("excuse-triage review: cannot read \(path)")
        return 1
    }
    var examples: [LabelledMessage] = []
    let decoder = JSONDecoder()
    var lineNumber = 0
    for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
        lineNumber += 1
        if line.allSatisfy(\.isWhitespace) { continue }
        do {
            examples.append(try decoder.decode(LabelledMessage.self, from: Data(line.utf8)))
        } catch {
            printToStandardError("excuse-triage review: \(path):\(lineNumber): not a labelled message: \(error)")
            return 1
        }
    }
    let score = MessageReviewScore.evaluate(reviewer, on: examples)
    if ProcessInfo.processInfo.environment["REVIEW_VERBOSE"] != nil {
        for example in examples {
            let raised = reviewer.review(example.text, context: example.context).flags
            if Set(raised) != Set(example.flags) {
                print("MISS \(example.id) gold=\(example.flags.map(\.rawValue).sorted()) got=\(raised.map(\.rawValue).sorted()) \(example.text)")
            }
        }
    }
    print("messages=\(score.messages) sound=\(score.soundMessages)")
    for line in score.perFlagLines { print(line) }
    print(score.summaryLine)
    return 0
}

private func measureReviewThroughput(_ reviewer: StandardMessageReviewer, reviews: Int) -> Int32 {
    let drafts = [
        "王总,这个月任务压力很大,您就帮帮我吧,款子您看着办,我先不打扰了,谢谢您理解",
        "Hi Tom, per our statement the 182,000 balance is due; please confirm by Fri 3pm.",
        "刘总,本季度逾期款项87,000元请于6月25日前结清,结清当天我就提交返点申请,谢谢",
        "Whenever you get a chance, just send over whatever you can. No rush at all, mate!",
    ]
    var flagged = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    for index in 0..<max(1, reviews) {
        flagged &+= reviewer.review(drafts[index & 3]).findings.count
    }
    let cpu = threadCPUSeconds() - cpuStart
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let perSecond = Double(max(1, reviews)) / seconds
    let perCPUSecond = cpu > 0 ? Double(max(1, reviews)) / cpu : 0
    // Wall time suffers when other processes share the core; thread CPU time does not.
    print("reviews=\(reviews) seconds=\(String(format: "%.3f", seconds)) reviews/s=\(Int(perSecond)) "
          + "cpu-seconds=\(String(format: "%.3f", cpu)) reviews/cpu-s=\(Int(perCPUSecond)) findings=\(flagged)")
    print("draft characters: \(drafts.map(\.count))")
    return 0
}

private func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
