import Foundation
import Testing

/// Runs the built collect-desk binary on the bundled sample portfolio (fixed "today"
/// 2026-11-27) and on small import fixtures written to a temporary directory.
@Suite("collect-desk")
struct CollectDeskTests {
    private func desk(_ arguments: String...) throws -> ExampleRunner.Output {
        try ExampleRunner.run("collect-desk", arguments)
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    // MARK: Default run and worklist

    @Test func defaultRunPrintsTheWorklistAndThePlansBehindIt() throws {
        let output = try desk()
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first == "Worklist for 2026-11-27 · 56 customers · sample-portfolio.json")
        #expect(text.contains("  1. C040 贵阳黔通建设工程有限公司 · formal letter (formal notice) · ask ¥2,845,357.50 by 2026-12-04 · escalation: legal action"))
        #expect(text.contains { $0.hasPrefix("      why: follow_up: by letter (formal), ask for CNY 2,845,357.50 by 2026-12-04.") })
        #expect(text.contains("Plans behind the top 3 actions"))
        #expect(text.contains("Plan for C040 贵阳黔通建设工程有限公司 as of 2026-11-27 · collector chen.jie"))
        #expect(text.contains("  Escalation: 6 · legal action"))
        #expect(text.contains("  Tactics for their excuses:"))
        #expect(output.stderr.isEmpty)
    }

    @Test func outputIsReproducible() throws {
        #expect(try desk().stdout == desk().stdout)
    }

    @Test func worklistSpeaksChineseAndFiltersByCollector() throws {
        let output = try desk("worklist", "--lang", "zh", "--collector", "zhang.wei")
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first == "2026-11-27 催收工作清单 · 56 家客户 · sample-portfolio.json")
        #expect(text.contains { $0.hasPrefix("zhang.wei · ") })
        #expect(!text.contains { $0.hasPrefix("chen.jie · ") })
        #expect(text.contains { $0.contains("要求 ") && $0.contains(" 前回款 ¥") })
        #expect(!text.contains("Plans behind the top 3 actions"))
    }

    @Test func anEarlierAsOfGivesAnotherWorklist() throws {
        let today = try desk("worklist")
        let earlier = try desk("worklist", "--as-of", "2026-06-30")
        #expect(earlier.status == 0)
        #expect(lines(earlier.stdout).first == "Worklist for 2026-06-30 · 56 customers · sample-portfolio.json")
        #expect(earlier.stdout != today.stdout)
    }

    // MARK: plan

    @Test func planShowsTheAnchoredAsk() throws {
        let output = try desk("plan", "C033")
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first == "Plan for C033 郑州宇华重工有限公司 as of 2026-11-27 · collector chen.jie")
        #expect(text.contains("    Target: ¥397,916.00 by 2026-12-27"))
        #expect(text.contains("    Ask: ¥440,000.00 by 2026-12-04"))
        #expect(text.contains { $0.contains("pays about 89.75% of what is asked") })
        #expect(text.contains { $0.hasPrefix("  Next contacts (every ") })
    }

    @Test func planFindsACustomerByNameAndRejectsUnknownOnes() throws {
        let byName = try desk("plan", "郑州宇华")
        #expect(byName.status == 0)
        #expect(byName.stdout.hasPrefix("Plan for C033 "))
        let unknown = try desk("plan", "C999")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown_reference: CUSTOMER = \"C999\""))
    }

    // MARK: triage and review

    @Test func triageNamesCashFlowTight() throws {
        let output = try desk("triage", "最近资金紧张")
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first?.hasPrefix("category: cash_flow_tight (cash flow) · confidence ") == true)
        #expect(text.contains("  \"资金紧张\" → cash_flow_tight"))
        #expect(text.contains("talking points:"))
    }

    @Test func triageWeighsTheExcuseAgainstACustomersRecord() throws {
        let output = try desk("triage", "最近资金紧张", "--customer", "C007", "--lang", "zh")
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("客户:C007 无锡新纪元工控设备有限公司\n类别:cash_flow_tight (资金紧张)"))
        #expect(output.stdout.contains("之前有3次约定没有按时到账"))
    }

    @Test func reviewFlagsPleadingInTheArticlesExample() throws {
        let draft = "X总,公司给我的任务压力很大,没有办法才找您,您要想一想办法帮帮我呀。照顾照顾小弟吧,否则我这个月就拿不到工资,吃不上饭了!"
        let output = try desk("review", draft)
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first == "3 findings: pleading, quota_disclosure, vague_request")
        #expect(text.contains { $0.hasPrefix("- pleading: ") })
        #expect(text.contains { $0.hasPrefix("rewrite: 根据双方核对的对账单,贵司应付") })
    }

    @Test func reviewWithACustomerRewritesWithThePlansAsk() throws {
        let output = try desk("review", "您看着办吧,不急", "--customer", "C033")
        #expect(output.status == 0)
        #expect(output.stdout.contains("rewrite: "))
        #expect(output.stdout.contains("440,000"))
    }

    // MARK: metrics

    @Test func metricsPrintAgingDSOCEIAndKeptRates() throws {
        let output = try desk("metrics")
        #expect(output.status == 0)
        let text = lines(output.stdout)
        #expect(text.first == "Portfolio metrics as of 2026-11-27 · 56 customers · period 90 days")
        for heading in ["Aging · CNY", "Aging · HKD", "Aging · USD", "Days sales outstanding"] {
            #expect(text.contains(heading), "\(heading)")
        }
        #expect(text.contains("  Total                 ¥30,656,664.40"))
        #expect(text.contains { $0.hasPrefix("  CNY  DSO ") && $0.contains("best possible DSO") && $0.contains("CEI ") })
        #expect(text.contains { $0.hasPrefix("  kept rate strict ") && $0.contains(" · weighted ") })
    }

    // MARK: import

    @Test func importsAJSONFixture() throws {
        let file = try Fixture.write("portfolio.json", Fixture.json)
        let output = try desk("import", file.path)
        #expect(output.status == 0, "\(output.stderr)")
        let text = lines(output.stdout)
        #expect(text.first == "Imported portfolio.json (json): 8 records, nothing rejected")
        #expect(text.contains("As of 2026-11-27"))
        #expect(text.contains("  31–60 days                 ¥8,000.00     1 open"))
        #expect(text.contains("  Total                      ¥8,000.00"))
    }

    @Test func importsACSVFixtureWithQuotedFields() throws {
        let file = try Fixture.write("portfolio.csv", Fixture.csv)
        let output = try desk("import", file.path, "--as-of", "2026-11-27")
        #expect(output.status == 0, "\(output.stderr)")
        let text = lines(output.stdout)
        #expect(text.first == "Imported portfolio.csv (csv): 11 records, nothing rejected")
        #expect(text.contains("  2 customers · 3 receivables · 1 payments · 1 promises · 1 contacts · 2 excuses · 1 asks"))
        #expect(text.contains("  1 excuses without a category were classified on load"))
        #expect(text.contains("  Total                     ¥21,000.50"))
    }

    @Test func importWithErrorsNamesFileLineAndFieldAndImportsNothing() throws {
        let file = try Fixture.write("broken.csv", Fixture.brokenCSV)
        let output = try desk("import", file.path)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let errors = lines(output.stderr)
        #expect(errors.contains("collect-desk import: duplicate_identifier: broken.csv:3: id = \"K1\": the customer is listed twice"))
        #expect(errors.contains("collect-desk import: unknown_reference: broken.csv:5: customer = \"K9\": no customer with this id in the file"))
        #expect(errors.contains { $0.hasPrefix("collect-desk import: unknown_reference: broken.csv:6: allocations = \"INV-7\"") })
        #expect(errors.last == "collect-desk import: 3 error(s) in broken.csv; nothing was imported")
    }

    @Test func longImportsReportProgressOnStandardError() throws {
        var text = "record,id,customer,name,amount,currency,issue_date,due_date\ncustomer,K1,,Acme,,,,\n"
        for index in 0..<10_500 { text += "receivable,INV-\(index),K1,,1.50,CNY,2026-10-01,2026-10-31\n" }
        let file = try Fixture.write("long.csv", text)
        let output = try desk("import", file.path, "--as-of", "2026-11-27")
        #expect(output.status == 0)
        #expect(lines(output.stderr) == ["collect-desk import: read 10000 of 10501 rows",
                                         "collect-desk import: checked 10000 of 10501 records"])
        #expect(output.stdout.contains("  Total                     ¥15,750.00"))
    }

    @Test func malformedCSVNamesTheLineAndColumn() throws {
        let file = try Fixture.write("typo.csv", "record,id,customer,name,amount,currency,issue_date,due_date\n"
                                      + "customer,K1,,Acme,,,,\nreceivable,INV-1,K1,,12O00,CNY,2026-08-01,2026-08-31\n")
        let output = try desk("import", file.path)
        #expect(output.status == 1)
        #expect(output.stderr.contains("typo.csv:3: amount = \"12O00\""))
    }

    @Test func jsonErrorsNameTheLineOfTheRecord() throws {
        let broken = Fixture.json.replacingOccurrences(of: "\"dueDate\": \"2026-10-15\"", with: "\"dueDate\": \"2026-13-15\"")
        let file = try Fixture.write("broken.json", broken)
        let output = try desk("import", file.path)
        #expect(output.status == 1)
        #expect(output.stderr.contains("invalid_date: broken.json:9: receivables[0].dueDate = \"2026-13-15\""))
        #expect(output.stderr.contains("\"2026-13-15\""))
    }

    // MARK: --portfolio

    @Test func everySubcommandWorksOnAnImportedPortfolio() throws {
        let file = try Fixture.write("own-portfolio.csv", Fixture.csv)
        let worklist = try desk("worklist", "--portfolio", file.path, "--as-of", "2026-11-27")
        #expect(worklist.status == 0, "\(worklist.stderr)")
        #expect(lines(worklist.stdout).first == "Worklist for 2026-11-27 · 2 customers · own-portfolio.csv")
        let metrics = try desk("metrics", "--portfolio", file.path, "--as-of", "2026-11-27")
        #expect(metrics.status == 0)
        #expect(lines(metrics.stdout).first == "Portfolio metrics as of 2026-11-27 · 2 customers · period 90 days")
        // The same total the import summary shows for this file.
        #expect(metrics.stdout.contains("¥21,000.50"))
        let html = try Fixture.directory().appendingPathComponent("own-report.html")
        let report = try desk("report", "--html", html.path, "--portfolio", file.path)
        #expect(report.status == 0)
        #expect(!(try String(contentsOf: html, encoding: .utf8)).contains("贵阳黔通"))
    }

    @Test func aPortfolioWithErrorsIsNotLoaded() throws {
        let file = try Fixture.write("broken-portfolio.csv", Fixture.brokenCSV)
        let output = try desk("worklist", "--portfolio", file.path)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let errors = lines(output.stderr)
        #expect(errors.contains("collect-desk: duplicate_identifier: broken-portfolio.csv:3: id = \"K1\": the customer is listed twice"))
        #expect(errors.last?.contains("3 error(s); nothing was loaded") == true)
        #expect(try desk("worklist", "--portfolio").status == 2)
    }

    // MARK: report

    @Test func writesASelfContainedHTMLReport() throws {
        let file = try Fixture.directory().appendingPathComponent("report.html")
        let output = try desk("report", "--html", file.path)
        #expect(output.status == 0)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Promise kept rate by month"))
        #expect(html.contains("C040 贵阳黔通建设工程有限公司"))
        for external in ["http://", "https://", "<script src", "<link "] {
            #expect(!html.contains(external), "\(external)")
        }
    }

    // MARK: help and usage

    @Test func helpDocumentsSubcommandsAndExitCodes() throws {
        let output = try desk("--help")
        #expect(output.status == 0)
        for word in ["worklist", "plan CUSTOMER", "triage \"TEXT\"", "review \"DRAFT\"", "metrics", "import FILE",
                     "report --html FILE", "--lang en|zh", "--as-of YYYY-MM-DD", "--portfolio FILE", "2  usage error"] {
            #expect(output.stdout.contains(word), "\(word)")
        }
        for command in ["worklist", "plan", "triage", "review", "metrics", "import", "report"] {
            let help = try desk(command, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("USAGE: collect-desk \(command)"), "\(command)")
        }
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try desk("bogus").status == 2)
        #expect(try desk("plan").status == 2)
        #expect(try desk("--lang", "fr").status == 2)
        let badDate = try desk("--as-of", "2026-02-30")
        #expect(badDate.status == 2)
        #expect(badDate.stderr.hasPrefix("collect-desk: --as-of: invalid_date"))
        #expect(try desk("report").status == 2)
    }
}

/// Small portfolios written to a temporary directory (test targets here carry no resources).
enum Fixture {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("collect-desk-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ name: String, _ text: String) throws -> URL {
        let url = try directory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static let json = """
    {
      "schemaVersion": 1,
      "asOf": "2026-11-27",
      "customers": [
        {"id": "K1", "displayName": "Acme", "creditStanding": "fair", "relationshipTier": "regular",
         "paymentTerms": {"netDays": 30}, "attributes": {"storage": {}}}
      ],
      "receivables": [
        {"id": "INV-1", "customerID": "K1", "kind": "invoice", "amount": {"minorUnits": 1200000, "currency": "CNY"}, "issueDate": "2026-09-15", "dueDate": "2026-10-15"}
      ],
      "payments": [
        {"id": "PAY-1", "customerID": "K1", "amount": {"minorUnits": 400000, "currency": "CNY"}, "date": "2026-10-20",
         "allocations": [{"receivableID": "INV-1", "amount": {"minorUnits": 400000, "currency": "CNY"}}]}
      ],
      "promises": [
        {"id": "PR-1", "customerID": "K1", "amount": {"minorUnits": 400000, "currency": "CNY"}, "promisedDate": "2026-10-20",
         "madeOn": "2026-10-10", "collectorID": "amy", "channel": "call"}
      ],
      "contacts": [{"customerID": "K1", "collectorID": "amy", "date": "2026-10-10", "channel": "call"}],
      "excuses": [{"customerID": "K1", "date": "2026-10-10", "text": "最近资金紧张", "category": "cash_flow_tight", "outcome": "partly_paid"}],
      "asks": [{"customerID": "K1", "asked": {"minorUnits": 600000, "currency": "CNY"}, "paid": {"minorUnits": 400000, "currency": "CNY"}, "date": "2026-10-10"}],
      "assignments": [{"customerID": "K1", "collectorID": "amy"}]
    }
    """

    static let csv = """
    record,id,customer,name,standing,tier,terms_days,kind,amount,currency,issue_date,due_date,date,promised_date,allocations,collector,channel,text,category,outcome,asked,paid
    customer,K1,,"Acme Trading, Ltd",fair,regular,30,,,,,,,,,,,,,,,
    customer,K2,,"Beta ""Best"" Co",poor,regular,60,,,,,,,,,,,,,,,
    receivable,INV-1,K1,,,,,invoice,"12,000.00",CNY,2026-08-01,2026-08-31,,,,,,,,,,
    receivable,INV-2,K1,,,,,invoice,8000,CNY,2026-10-01,2026-10-31,,,,,,,,,,
    receivable,INV-3,K2,,,,,order,5000.50,CNY,2026-09-01,2026-10-31,,,,,,,,,,
    payment,PAY-1,K1,,,,,,4000,CNY,,,2026-09-20,,INV-1=4000,,,,,,,
    promise,PR-1,K1,,,,,,4000,CNY,,,2026-09-10,2026-09-20,,amy,call,下周付,,,,
    contact,,K2,,,,,,,,,,2026-11-20,,,bob,chat,,,,,
    excuse,,K2,,,,,,,,,,2026-11-20,,,,,"最近资金紧张,
    下个月再说",,,,
    excuse,,K1,,,,,,,,,,2026-11-02,,,,,货还没卖完,slow_sales,not_paid,,
    ask,,K1,,,,,,,CNY,,,2026-09-12,,,,,,,,6000,4000

    """

    static let brokenCSV = """
    record,id,customer,name,amount,currency,issue_date,due_date,date,allocations
    customer,K1,,Acme,,,,,,
    customer,K1,,Acme again,,,,,,
    receivable,INV-1,K1,,12000,CNY,2026-08-01,2026-08-31,,
    receivable,INV-2,K9,,100,CNY,2026-08-01,2026-08-31,,
    payment,PAY-1,K1,,50,CNY,,,2026-09-01,INV-7=50

    """
}
