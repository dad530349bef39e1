import CollectKit

/// `collect-desk worklist [--collector ID] [--top N]`: today's actions, grouped by collector,
/// each with who, what to ask (amount and date), the channel and why. With no subcommand the
/// desk prints this and then the plans of the first `--top` customers (3 by default).
enum WorklistCommand {
    static func run(_ options: CommandLineOptions, withPlans: Bool) async throws -> Int32 {
        guard options.arguments.isEmpty else {
            throw UsageError(message: "worklist takes no arguments (got \(options.arguments.joined(separator: " ")))", command: "worklist")
        }
        let top = try topCount(options, default: withPlans ? 3 : 0)
        let desk = try await Desk.open(options)
        let worklist = await desk.engine.worklist(asOf: desk.asOf)
        let lang = desk.language
        var collectors = worklist.collectors
        if let only = options.values["--collector"] {
            collectors = collectors.filter { $0.rawValue == only }
            guard !collectors.isEmpty else {
                throw CollectKitError(kind: .unknownReference, field: "--collector", value: only,
                                      reason: "no actions for this collector today; collectors: \(worklist.collectors.map(\.rawValue).joined(separator: ", "))")
            }
        }
        print(lang.pick("Worklist for \(desk.asOf) · \(desk.customerIDs.count) customers · \(desk.source)",
                        "\(desk.asOf) 催收工作清单 · \(desk.customerIDs.count) 家客户 · \(desk.source)"))
        print(lang.pick("\(worklist.actions.count) actions for \(worklist.collectors.count) collectors, highest priority first",
                        "共 \(worklist.actions.count) 项行动,\(worklist.collectors.count) 位催收员,按优先级排序"))
        var rank = 0
        var ranked: [CustomerID] = []
        for collector in collectors {
            let actions = worklist.actions(for: collector)
            print("")
            print(lang.pick("\(collector) · \(actions.count) actions", "\(collector) · \(actions.count) 项"))
            for action in actions {
                rank += 1
                ranked.append(action.customerID)
                print(line(for: action, rank: rank, desk: desk))
                print("      " + lang.pick("why: ", "原因:") + lang.text(action.why))
            }
        }
        let deferred = worklist.deferred.sorted { $0.key < $1.key }.filter { $0.value > 0 }
        if !deferred.isEmpty {
            print("")
            print(lang.pick("Deferred beyond today's capacity: ", "超出今日处理能力、顺延:")
                  + deferred.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if worklist.actions.isEmpty {
            print(lang.pick("Nothing to chase today.", "今日无需催收。"))
        }
        guard top > 0, !worklist.actions.isEmpty else { return 0 }
        let byPriority = worklist.actions.sorted { ($1.priority.points, $0.customerID) < ($0.priority.points, $1.customerID) }
        print("")
        print(lang.pick("Plans behind the top \(min(top, byPriority.count)) actions", "优先级最高的 \(min(top, byPriority.count)) 位客户的催收方案"))
        for action in byPriority.prefix(top) {
            print("")
            let plan = try await desk.engine.plan(for: action.customerID, asOf: desk.asOf)
            await PlanCommand.render(plan, desk: desk)
        }
        return 0
    }

    /// `  1. C007 无锡… · call (firm) · ask ¥12,000.00 by 2026-12-01 · escalation visit`.
    static func line(for action: WorklistAction, rank: Int, desk: Desk) -> String {
        let lang = desk.language
        let asks = action.requests.map { lang.pick("ask \(lang.money($0.amount)) by \($0.payBy)", "要求 \($0.payBy) 前回款 \(lang.money($0.amount))") }
        var parts = [padded("\(rank).", 4) + " " + desk.label(action.customerID),
                     "\(lang.channel(action.channel)) (\(lang.intensity(action.intensity)))"]
        parts.append(asks.isEmpty ? lang.pick("check in", "跟进") : asks.joined(separator: " + "))
        if let level = action.escalation { parts.append(lang.pick("escalation: ", "升级:") + lang.escalation(level)) }
        if action.isFallbackAssignment { parts.append(lang.pick("unassigned", "未分配")) }
        return parts.joined(separator: " · ")
    }

    static func topCount(_ options: CommandLineOptions, default count: Int) throws(UsageError) -> Int {
        guard let text = options.values["--top"] else { return count }
        guard let value = Int(text), value >= 0 else {
            throw UsageError(message: "--top takes a whole number, not '\(text)'", command: options.command)
        }
        return value
    }
}
