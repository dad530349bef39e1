import CollectKit

/// `collect-desk metrics`: aging per bucket per currency, DSO, best possible DSO, average
/// days delinquent, collection effectiveness index, and promise kept rates (strict and
/// weighted) over the last 90 days.
enum MetricsCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard options.arguments.isEmpty else {
            throw UsageError(message: "metrics takes no arguments", command: "metrics")
        }
        let desk = try await Desk.open(options)
        let metrics = await desk.engine.metrics(asOf: desk.asOf)
        let lang = desk.language
        print(lang.pick("Portfolio metrics as of \(desk.asOf) · \(desk.customerIDs.count) customers · period \(metrics.periodDays) days",
                        "组合指标(截至 \(desk.asOf))· \(desk.customerIDs.count) 家客户 · 统计期 \(metrics.periodDays) 天"))
        printAging(metrics, language: lang)
        print("")
        print(lang.pick("Days sales outstanding", "应收账款周转指标"))
        for entry in metrics.currencies {
            let dso = entry.daysSalesOutstanding
            print("  \(entry.currency)  DSO \(oneDecimal(dso?.days))" + lang.pick(" days", " 天")
                  + lang.pick(" · best possible DSO ", " · 最佳 DSO ") + oneDecimal(dso?.bestPossibleDays)
                  + lang.pick(" · average days delinquent ", " · 平均逾期天数 ADD ") + oneDecimal(dso?.averageDaysDelinquent)
                  + " · CEI " + (entry.collectionEffectivenessPercent.map { oneDecimal($0) + "%" } ?? "n/a"))
        }
        print("")
        let outcomes = metrics.promises
        print(lang.pick("Promises resolved in the period: \(outcomes.resolvedCount) (kept \(outcomes.keptCount))",
                        "统计期内到期承诺:\(outcomes.resolvedCount) 个(完全兑现 \(outcomes.keptCount) 个)"))
        print(lang.pick("  kept rate strict ", "  兑现率(严格)") + (metrics.strictKeptPercent.map { oneDecimal($0) + "%" } ?? "n/a")
              + lang.pick(" · weighted ", " · 加权 ") + (metrics.weightedKeptPercent.map { oneDecimal($0) + "%" } ?? "n/a"))
        return 0
    }

    /// The aging table of every currency.
    static func printAging(_ metrics: PortfolioMetrics, language lang: Language) {
        let buckets = AgingBuckets.standard
        for entry in metrics.currencies {
            let aging = entry.aging
            print("")
            print(lang.pick("Aging · \(entry.currency)", "账龄 · \(entry.currency)"))
            for bucket in 0..<buckets.count {
                print("  " + leftAligned(buckets.label(ofBucket: bucket, chinese: lang.isChinese), 16)
                      + padded(lang.money(aging.amount(inBucket: bucket)), 20)
                      + padded(String(aging.counts[bucket]), 6) + lang.pick(" open", " 笔"))
            }
            print("  " + leftAligned(lang.pick("Total", "合计"), 16) + padded(lang.money(aging.total), 20))
            print("  " + leftAligned(lang.pick("Overdue", "逾期合计"), 16) + padded(lang.money(aging.overdue), 20))
        }
    }
}
