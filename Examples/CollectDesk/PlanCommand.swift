import CollectKit

/// `collect-desk plan CUSTOMER`: the full plan for one customer (id like `C007`, or part of
/// the name): target, the anchored ask and its rationale, installments, next contacts,
/// escalation level and the tactics for the excuses they have used.
enum PlanCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard options.arguments.count == 1, let query = options.arguments.first else {
            throw UsageError(message: "plan needs exactly one CUSTOMER (an id such as C007, or part of a name)", command: "plan")
        }
        let desk = try await Desk.open(options)
        let customer = try find(query, in: desk)
        await render(try await desk.engine.plan(for: customer, asOf: desk.asOf), desk: desk)
        return 0
    }

    /// The customer an id (any case) or a unique part of a name refers to.
    static func find(_ query: String, in desk: Desk) throws(CollectKitError) -> CustomerID {
        let ids = desk.customerIDs
        if let exact = ids.first(where: { $0.rawValue.lowercased() == query.lowercased() }) { return exact }
        let matches = ids.filter { desk.name($0).contains(query) }
        guard matches.count == 1, let match = matches.first else {
            throw CollectKitError(kind: .unknownReference, field: "CUSTOMER", value: query,
                                  reason: matches.isEmpty ? "no customer has this id or name"
                                      : "several customers match: \(matches.map(\.rawValue).joined(separator: ", "))")
        }
        return match
    }

    static func render(_ plan: any CollectionPlan, desk: Desk) async {
        let lang = desk.language
        let id = plan.customerID
        let collector = await desk.engine.collector(of: id)?.rawValue ?? lang.pick("unassigned", "未分配")
        print(lang.pick("Plan for \(desk.label(id)) as of \(plan.asOf) · collector \(collector)",
                        "\(desk.label(id)) 催收方案(截至 \(plan.asOf))· 催收员 \(collector)"))
        if plan.lines.isEmpty { print("  " + lang.pick("Nothing is owed: no plan needed.", "无欠款,无需催收。")) }
        for line in plan.lines {
            print("  " + lang.pick("\(line.currency): owed \(lang.money(line.owed)), overdue \(lang.money(line.overdue)), oldest item \(line.maxDaysOverdue) days overdue",
                                   "\(line.currency):应收 \(lang.money(line.owed)),逾期 \(lang.money(line.overdue)),最久逾期 \(line.maxDaysOverdue) 天"))
            print("    " + lang.pick("Target: ", "目标:") + lang.pick("\(lang.money(line.target.amount)) by \(line.target.by)", "\(line.target.by) 前回款 \(lang.money(line.target.amount))"))
            print("      " + lang.text(line.target.rationale))
            if let request = line.request {
                print("    " + lang.pick("Ask: ", "开口要求:") + lang.pick("\(lang.money(request.amount)) by \(request.payBy)", "\(request.payBy) 前回款 \(lang.money(request.amount))"))
                if let rationale = line.requestRationale { print("      " + lang.text(rationale)) }
            } else {
                print("    " + lang.pick("Ask: none today", "开口要求:今日无"))
            }
            if !line.installments.isEmpty {
                print("    " + lang.pick("Installments:", "分期:"))
                for installment in line.installments {
                    print("      \(installment.sequence). \(installment.date)  \(padded(lang.money(installment.amount), 16))  "
                          + (lang.isChinese ? installment.status.chineseName : installment.status.rawValue))
                }
                if let rationale = line.scheduleRationale { print("      " + lang.text(rationale)) }
            }
        }
        if !plan.contacts.isEmpty {
            print("  " + lang.pick("Next contacts (every \(plan.cadenceDays) days):", "下次联系(每 \(plan.cadenceDays) 天):"))
            for contact in plan.contacts {
                print("    \(contact.date) · \(lang.channel(contact.channel)) (\(lang.intensity(contact.intensity))) · \(lang.purpose(contact.purpose))")
            }
            print("    " + lang.text(plan.cadenceRationale))
        }
        let level = plan.escalation.current.map { "\($0.rawValue) · \(lang.escalation($0))" } ?? lang.pick("none", "无")
        print("  " + lang.pick("Escalation: ", "升级级别:") + level)
        print("    " + lang.text(plan.escalation.rationale))
        if !plan.tactics.isEmpty {
            print("  " + lang.pick("Tactics for their excuses:", "应对其借口的策略:"))
            for tactic in plan.tactics {
                print("    " + lang.category(tactic.category) + lang.pick(" · used \(tactic.timesUsed)×, last \(tactic.lastUsed)",
                                                                           " · 用过 \(tactic.timesUsed) 次,最近 \(tactic.lastUsed)"))
                print("      " + (lang.isChinese ? tactic.zh : tactic.en))
            }
        }
    }
}
