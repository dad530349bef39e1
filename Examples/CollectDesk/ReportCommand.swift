import CollectKit
import Foundation

/// `collect-desk report --html FILE`: writes one self-contained HTML page (inline CSS and
/// SVG, no scripts, no external resources): aging by bucket, promise kept rate by month, and
/// the customers most at risk.
enum ReportCommand {
    static func run(_ options: CommandLineOptions) async throws -> Int32 {
        guard let path = options.values["--html"] ?? options.arguments.first, options.arguments.count <= (options.values["--html"] == nil ? 1 : 0) else {
            throw UsageError(message: "report needs --html FILE", command: "report")
        }
        let desk = try await Desk.open(options)
        let metrics = await desk.engine.metrics(asOf: desk.asOf)
        let worklist = await desk.engine.worklist(asOf: desk.asOf)
        var atRisk: [(action: WorklistAction, plan: any CollectionPlan)] = []
        let ranked = worklist.actions.sorted { ($1.priority.points, $0.customerID) < ($0.priority.points, $1.customerID) }
        for action in ranked.prefix(10) {
            atRisk.append((action, try await desk.engine.plan(for: action.customerID, asOf: desk.asOf)))
        }
        let html = HTMLReport(desk: desk, metrics: metrics, keptByMonth: await keptRateByMonth(desk), atRisk: atRisk).page()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CollectKitError(kind: .invalidData, field: "--html", value: path, reason: "cannot write the report: \(error.localizedDescription)")
        }
        print(desk.language.pick("Wrote \(path) (\(html.utf8.count) bytes)", "已生成 \(path)(\(html.utf8.count) 字节)"))
        return 0
    }

    /// For each of the twelve months up to `asOf`: promises falling due that month that are
    /// resolved, and the share kept in full (strict) and weighted by what was paid.
    static func keptRateByMonth(_ desk: Desk) async -> [MonthlyKeptRate] {
        let (year, month, _) = desk.asOf.components
        var months: [MonthlyKeptRate] = []
        for back in (0..<12).reversed() {
            let index = year * 12 + (month - 1) - back
            months.append(MonthlyKeptRate(year: index / 12, month: index % 12 + 1))
        }
        for customer in desk.customerIDs {
            for promise in await desk.engine.promises(of: customer) where promise.promisedDate <= desk.asOf {
                let (y, m, _) = promise.promisedDate.components
                guard let slot = months.firstIndex(where: { $0.year == y && $0.month == m }) else { continue }
                switch await desk.engine.status(of: promise.promiseID, asOf: desk.asOf) {
                case .kept?: months[slot].add(perMille: 1000)
                case .partiallyKept(let basisPoints)?: months[slot].add(perMille: basisPoints / 10)
                case .broken?: months[slot].add(perMille: 0)
                default: break
                }
            }
        }
        return months
    }
}

/// Promise outcomes of one calendar month.
struct MonthlyKeptRate {
    let year: Int
    let month: Int
    var resolved = 0
    var kept = 0
    var perMilleSum = 0

    mutating func add(perMille: Int) {
        resolved += 1
        if perMille >= 1000 { kept += 1 }
        perMilleSum += perMille
    }

    var label: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    var strict: Double? { resolved == 0 ? nil : Double(kept) / Double(resolved) }
    var weighted: Double? { resolved == 0 ? nil : Double(perMilleSum) / Double(resolved * 1000) }
}
