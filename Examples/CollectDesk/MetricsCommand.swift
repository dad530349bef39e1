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
            let dso = oneDecimal(entry.daysSalesOutstanding), best = oneDecimal(entry.bestPossibleDaysSalesOutstanding)
            let delinquent = oneDecimal(entry.averageDaysDelinquent)
            print("  \(entry.currency)  DSO \(dso)" + lang.pick(" days", " 天")
                  + lang.pick(" · best possible DSO ", " · 最佳 DSO ") + best
                  + lang.pick(" · average days delinquent ", " · 平均逾期天数 ADD ") + delinquent
                  + " · CEI " + oneDecimalPercent(entry.collectionEffectiveness))
        }
        print("")
        print(lang.pick("Promises resolved in the period: \(metrics.promisesSettled) (kept \(metrics.promisesKept))",
                        "统计期内到期承诺:\(metrics.promisesSettled) 个(完全兑现 \(metrics.promisesKept) 个)"))
        print(lang.pick("  kept rate strict ", "  兑现率(严格)") + oneDecimalPercent(metrics.keptRate)
              + lang.pick(" · weighted ", " · 加权 ") + oneDecimalPercent(metrics.weightedKeptRate))
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
