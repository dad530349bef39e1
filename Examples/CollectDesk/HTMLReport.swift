import CollectKit

/// The report page: plain HTML with inline CSS and inline SVG charts, readable offline and
/// without JavaScript.
struct HTMLReport {
    let desk: Desk
    let metrics: PortfolioMetrics
    let keptByMonth: [MonthlyKeptRate]
    let atRisk: [(action: WorklistAction, plan: any CollectionPlan)]

    private var lang: Language { desk.language }

    func page() -> String {
        let title = lang.pick("Collections report · \(desk.asOf)", "回款报告 · \(desk.asOf)")
        var html = """
        <!DOCTYPE html>
        <html lang="\(lang.pick("en", "zh"))">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
        table { border-collapse: collapse; } td, th { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        svg text { font-size: 11px; fill: #333; }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        <p>\(escape(lang.pick("\(desk.customerIDs.count) customers · source \(desk.source)", "\(desk.customerIDs.count) 家客户 · 数据 \(desk.source)")))</p>

        """
        html += "<h2>\(escape(lang.pick("Aging by bucket", "账龄分布")))</h2>\n"
        for entry in metrics.currencies { html += agingChart(entry) }
        html += "<h2>\(escape(lang.pick("Promise kept rate by month", "每月承诺兑现率")))</h2>\n"
        html += keptChart()
        html += "<h2>\(escape(lang.pick("Customers most at risk", "风险最高的客户")))</h2>\n"
        html += riskTable()
        html += "</body>\n</html>\n"
        return html
    }

    private func agingChart(_ entry: CurrencyMetrics) -> String {
        let buckets = AgingBuckets.standard
        let amounts = (0..<buckets.count).map { entry.aging.amount(inBucket: $0) }
        let largest = max(1, amounts.map(\.minorUnits).max() ?? 1)
        let rowHeight = 26, labelWidth = 130, barWidth = 420
        var svg = "<h3>\(escape(entry.currency.code)) · \(escape(lang.pick("total", "合计"))) \(escape(lang.money(entry.aging.total)))</h3>\n"
        svg += "<svg width=\"\(labelWidth + barWidth + 180)\" height=\(quote(rowHeight * amounts.count + 10)) role=\"img\">\n"
        for (index, amount) in amounts.enumerated() {
            let y = index * rowHeight + 5
            let width = Int(Double(barWidth) * Double(amount.minorUnits) / Double(largest))
            let colour = index == 0 ? "#4c9f70" : ["#e0b341", "#e08a41", "#d9603b", "#b83232", "#7a1f1f"][min(index - 1, 4)]
            svg += "<text x=\"0\" y=\(quote(y + 16))>\(escape(buckets.label(ofBucket: index, chinese: lang.isChinese)))</text>"
            svg += "<rect x=\(quote(labelWidth)) y=\(quote(y)) width=\(quote(max(width, 1))) height=\"20\" fill=\"\(colour)\"/>"
            svg += "<text x=\(quote(labelWidth + max(width, 1) + 6)) y=\(quote(y + 15))>\(escape(lang.money(amount)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func keptChart() -> String {
        let width = 640, height = 220, left = 40, bottom = 30, top = 10
        let plotHeight = height - bottom - top
        let step = (width - left) / max(1, keptByMonth.count)
        var svg = "<svg width=\(quote(width)) height=\(quote(height)) role=\"img\">\n"
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plotHeight - plotHeight * tick / 100
            svg += "<line x1=\(quote(left)) y1=\(quote(y)) x2=\(quote(width)) y2=\(quote(y)) stroke=\"#eee\"/>"
            svg += "<text x=\"0\" y=\(quote(y + 4))>\(tick)%</text>\n"
        }
        var points: [String] = []
        for (index, month) in keptByMonth.enumerated() {
            let x = left + index * step + step / 2
            if let strict = month.strict {
                let barHeight = Int(Double(plotHeight) * strict)
                svg += "<rect x=\(quote(x - step / 3)) y=\(quote(top + plotHeight - barHeight)) width=\(quote(step * 2 / 3)) height=\(quote(barHeight)) fill=\"#4c7fbf\"><title>\(escape("\(month.label): \(month.kept)/\(month.resolved)"))</title></rect>"
            }
            if let weighted = month.weighted {
                points.append("\(x),\(top + plotHeight - Int(Double(plotHeight) * weighted))")
            }
            svg += "<text x=\(quote(x - 16)) y=\(quote(height - 10))>\(escape(String(month.label.dropFirst(2))))</text>\n"
        }
        if points.count > 1 {
            svg += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#d9603b\" stroke-width=\"2\"/>\n"
        }
        svg += "</svg>\n"
        svg += "<p>\(escape(lang.pick("Bars: kept in full (strict). Line: weighted by the share paid. Promises counted in the month they fell due.", "柱:完全兑现率(严格);折线:按已付比例加权。承诺计入其到期月份。")))</p>\n"
        return svg
    }

    private func riskTable() -> String {
        var html = "<table>\n<tr>"
        for header in [lang.pick("Customer", "客户"), lang.pick("Collector", "催收员"), lang.pick("Overdue", "逾期金额"),
                       lang.pick("Days", "逾期天数"), lang.pick("Credibility", "承诺可信度"), lang.pick("Escalation", "升级级别"),
                       lang.pick("Ask", "开口要求"), lang.pick("Priority", "优先级")] {
            html += "<th>\(escape(header))</th>"
        }
        html += "</tr>\n"
        for (action, plan) in atRisk {
            let overdue = plan.lines.map { lang.money($0.overdue) }.joined(separator: " + ")
            let ask = action.requests.map { "\(lang.money($0.amount)) → \($0.payBy)" }.joined(separator: "<br>")
            html += "<tr><td>\(escape(desk.label(action.customerID)))</td><td>\(escape(action.collector.rawValue))</td>"
            html += "<td class=\"num\">\(escape(overdue))</td><td class=\"num\">\(action.daysOverdue)</td>"
            html += "<td class=\"num\">\(percent(action.credibility))</td>"
            html += "<td>\(escape(action.escalation.map { lang.escalation($0) } ?? "–"))</td>"
            html += "<td>\(ask.isEmpty ? "–" : escapeKeepingBreaks(ask))</td><td class=\"num\">\(action.priority.points)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func quote(_ number: Int) -> String { "\"\(number)\"" }

    private func escapeKeepingBreaks(_ text: String) -> String {
        text.components(separatedBy: "<br>").map(escape).joined(separator: "<br>")
    }
}

/// Text safe inside HTML elements and attribute values.
func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
