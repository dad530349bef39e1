// collect-desk: ages the bundled sample portfolio of a Chinese distributor.
//
//   swift run collect-desk [--lang en|zh] [--as-of YYYY-MM-DD]
import CollectKit
import Foundation

struct Options {
    var chinese = false
    var asOf: CalendarDate?

    init(_ arguments: [String]) throws(CollectKitError) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch (flag, rest.popFirst()) {
            case ("--lang", "zh"): chinese = true
            case ("--lang", "en"): chinese = false
            case ("--as-of", let text?): asOf = try CalendarDate(iso8601: text)
            case (_, let value):
                throw .invalidArgument(field: flag, value: value ?? "",
                                       reason: "usage: collect-desk [--lang en|zh] [--as-of YYYY-MM-DD]")
            }
        }
    }
}

/// `1234567` minor units of a two-decimal currency → `12,345.67`.
func format(_ money: Money) -> String {
    let scale = money.currency.minorUnitsPerMajorUnit
    let units = money.minorUnits.magnitude
    var whole = String(units / UInt64(scale))
    var grouped = ""
    while whole.count > 3 {
        grouped = "," + whole.suffix(3) + grouped
        whole.removeLast(3)
    }
    let fraction = money.currency.minorUnitExponent == 0 ? "" :
        "." + String(String(units % UInt64(scale) + UInt64(scale)).dropFirst())
    return (money.isNegative ? "-" : "") + whole + grouped + fraction
}

/// Terminal columns `text` takes: CJK characters are two wide.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
}

/// `text` right-aligned in `width` columns.
func padded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - displayWidth(text))) + text
}

/// `text` left-aligned in `width` columns.
func leftAligned(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - displayWidth(text)))
}

func run() throws(CollectKitError) {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    guard let url = Bundle.module.url(forResource: "sample-portfolio", withExtension: "json", subdirectory: "Resources"),
          let data = try? Data(contentsOf: url) else {
        throw CollectKitError(kind: .invalidData, field: "sample-portfolio.json", value: "", reason: "resource not found")
    }
    let (document, ledger) = try PortfolioDocument.load(json: data)
    let asOf = options.asOf ?? document.asOf
    let zh = options.chinese
    let names = Dictionary(uniqueKeysWithValues: document.customers.map { ($0.id, $0.displayName) })
    let balances = ledger.balances(asOf: asOf)
    let aging = balances.aging()
    let buckets = aging.buckets

    print(zh ? "应收账款账龄（截至 \(asOf)，\(document.customers.count) 家客户）"
             : "Receivables aging as of \(asOf) (\(document.customers.count) customers)")
    for entry in aging.currencies {
        print("")
        print(zh ? "组合账龄 · \(entry.currency)" : "Portfolio aging · \(entry.currency)")
        for bucket in 0..<buckets.count {
            let label = buckets.label(ofBucket: bucket, chinese: zh)
            print("  " + leftAligned(label, 16) + padded(format(entry.amount(inBucket: bucket)), 18)
                  + padded(String(entry.counts[bucket]), 6) + (zh ? " 笔" : " open"))
        }
        print("  " + leftAligned(zh ? "合计" : "Total", 16) + padded(format(entry.total), 18))
        print("  " + leftAligned(zh ? "逾期合计" : "Overdue", 16) + padded(format(entry.overdue), 18))
        if let credit = balances.portfolioCredit[entry.currency], credit.isPositive {
            print("  " + (zh ? "客户预付/多付 " : "Customer credit ") + format(credit))
        }
    }

    let byCustomer = balances.agingByCustomer(buckets: buckets)
    for entry in aging.currencies {
        let ranked = byCustomer.compactMap { id, summary in summary[entry.currency].map { (id, $0) } }
            .filter { $0.1.overdue.isPositive }
            .sorted { ($1.1.overdue.minorUnits, $0.0) < ($0.1.overdue.minorUnits, $1.0) }
            .prefix(10)
        guard !ranked.isEmpty else { continue }
        print("")
        print(zh ? "逾期金额前 10 名客户 · \(entry.currency)" : "Top 10 customers by overdue amount · \(entry.currency)")
        for (rank, (id, figures)) in ranked.enumerated() {
            print(padded("\(rank + 1).", 4) + " \(id) " + (names[id] ?? id.rawValue))
            let parts = (1..<buckets.count).filter { figures.amounts[$0] > 0 }.map {
                buckets.label(ofBucket: $0, chinese: zh) + " " + format(figures.amount(inBucket: $0))
            }
            print("       " + (zh ? "逾期 " : "overdue ") + format(figures.overdue) + "  ·  " + parts.joined(separator: "  ·  "))
        }
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("collect-desk: \(error)\n".utf8))
    exit(2)
}
