@testable import CollectKit
import Foundation
import Testing

@Suite("Portfolio import")
struct PortfolioImportTests {
    static let header = "record,id,customer,name,standing,tier,terms_days,kind,amount,currency,issue_date,due_date,date,promised_date,allocations,collector,channel,replaces,text,category,outcome,asked,paid\n"

    static let csv = header + """
    customer,K1,,"Acme, Ltd",fair,regular,30,,,,,,,,,,,,,,,,
    customer,K2,,Beta,poor,at_risk,60,,,,,,,,,,,,,,,,
    receivable,INV-1,K1,,,,,invoice,"12,000.00",CNY,2026-08-01,2026-08-31,,,,,,,,,,,
    receivable,INV-2,K2,,,,,order,5000.50,CNY,2026-09-01,2026-10-31,,,,,,,,,,,
    payment,PAY-1,K1,,,,,,4000,CNY,,,2026-09-20,,INV-1=4000,,,,,,,,
    promise,PR-1,K1,,,,,,4000,CNY,,,2026-09-10,2026-09-18,,amy,call,,,,,,
    promise,PR-2,K1,,,,,,4000,CNY,,,2026-09-15,2026-09-20,,amy,visit,PR-1,,,,,
    promise,PR-3,K2,,,,,,5000.50,CNY,,,2026-10-25,2026-11-05,,bob,call,,下周付,,,,
    contact,,K2,,,,,,,,,,2026-11-20,,,bob,chat,,,,,,
    excuse,,K2,,,,,,,,,,2026-11-20,,,,,,最近资金紧张,,,,
    excuse,,K1,,,,,,,,,,2026-09-02,,,,,,货还没卖完,slow_sales,paid,,
    ask,,K1,,,,,,,CNY,,,2026-09-12,,,,,,,,,6000,4000
    assignment,,K1,,,,,,,,,,,,,amy,,,,,,,
    assignment,,K2,,,,,,,,,,,,,bob,,,,,,,
    payment_to_other,,K2,,,,,,,,,,2026-11-15,,,,,,,,,,

    """

    @Test func readsEveryRecordKindFromOneCSV() throws {
        let reading = try PortfolioCSVReading(Self.csv, file: "p.csv")
        #expect(reading.errors.isEmpty)
        let document = reading.document
        #expect(document.customers.map { document.customerNames[$0.customerID] } == ["Acme, Ltd", "Beta"])
        #expect(document.customers[1].relationshipTier == .atRisk)
        #expect(document.receivables.map(\.amount) == [Money(minorUnits: 1_200_000, currency: .cny), Money(minorUnits: 500_050, currency: .cny)])
        #expect(document.payments.first?.allocations == [Payment.Allocation(receivableID: "INV-1", amount: Money(minorUnits: 400_000, currency: .cny))])
        #expect(document.promises.map(\.replaces) == [nil, "PR-1", nil])
        #expect(document.excuses.map(\.category) == [nil, .slowSales])
        #expect(document.asks.first?.paid == Money(minorUnits: 400_000, currency: .cny))
        #expect(document.assignments.map(\.collectorID) == ["amy", "bob"])
        #expect(document.paymentsToOthers.count == 1)
        #expect(document.asOf == (try CalendarDate(iso8601: "2026-11-20")))
        #expect(document.recordCount == 15)
        let source = PortfolioImport(reading)
        #expect(source.line(ofRecord: 1, in: "promises") == 8)
    }

    @Test func validationBuildsTheWholePortfolio() throws {
        let source = try PortfolioImport.csv(Self.csv, file: "p.csv")
        let validation = source.validate()
        #expect(validation.isValid)
        #expect(validation.recordCount == 15)
        #expect(validation.unclassifiedExcuses.map(\.text) == ["最近资金紧张"])
        let portfolio = try validation.snapshot()
        #expect(portfolio.customerIDs == ["K1", "K2"])
        #expect(portfolio.receivableCount == 2)
        #expect(portfolio.promiseCount == 3)
        #expect(portfolio.assignments["K2"] == "bob")
        #expect(portfolio.knownPaymentsToOthers["K2"] == 1)
        #expect(portfolio.excuses["K1"] == [ExcuseUse(category: .slowSales, date: try CalendarDate(iso8601: "2026-09-02"), outcome: .paid)])
        let asOf = try CalendarDate(iso8601: "2026-11-27")
        #expect(portfolio.status(of: "PR-1", asOf: asOf) == .renegotiated)
        #expect(portfolio.status(of: "PR-2", asOf: asOf) == .kept)
        #expect(portfolio.status(of: "PR-3", asOf: asOf) == .broken)
    }

    @Test func anEngineClassifiesExcusesWithoutACategoryOnLoad() async throws {
        let validation = try PortfolioImport.csv(Self.csv, file: "p.csv").validate()
        let engine = try await CollectionEngine.importing(validation, configuration: CollectionConfiguration())
        let excuses = await engine.snapshot().excuses["K2"]
        #expect(excuses?.map(\.category) == [.cashFlowTight])
    }

    @Test func everyReferenceErrorNamesFileLineAndColumnAndNothingIsBuilt() throws {
        let text = Self.header + """
        customer,K1,,Acme,,,,,,,,,,,,,,,,,,,
        customer,K1,,Again,,,,,,,,,,,,,,,,,,,
        receivable,INV-1,K9,,,,,,100,CNY,2026-01-01,2026-01-31,,,,,,,,,,,
        payment,PAY-1,K1,,,,,,100,CNY,,,2026-02-01,,INV-7=100,,,,,,,,
        promise,PR-1,K1,,,,,,100,CNY,,,2026-02-01,2026-02-05,,amy,,PR-0,,,,,
        assignment,,K1,,,,,,,,,,,,,amy,,,,,,,
        assignment,,K1,,,,,,,,,,,,,bob,,,,,,,

        """
        let validation = try PortfolioImport.csv(text, file: "bad.csv").validate()
        #expect(!validation.isValid)
        #expect(validation.errors.map(\.field) == ["bad.csv:3: id", "bad.csv:4: customer", "bad.csv:5: allocations",
                                                   "bad.csv:6: replaces", "bad.csv:8: collector"])
        #expect(validation.errors.map(\.kind) == [.duplicateIdentifier, .unknownReference, .unknownReference,
                                                  .unknownReference, .duplicateIdentifier])
        #expect(throws: validation.errors[0]) { try validation.snapshot() }
    }

    @Test func rowErrorsAreCollectedWithTheirColumns() throws {
        let text = Self.header + """
        customer,K1,,,,,,,,,,,,,,,,,,,,,
        receivable,INV-1,K1,,,,,bill,100,CNY,2026-01-01,2026-01-31,,,,,,,,,,,
        receivable,INV-2,K1,,,,,,-5,CNY,2026-01-01,2026-01-31,,,,,,,,,,,
        receivable,INV-3,K1,,,,,,5,XYZ,2026-01-01,2026-01-31,,,,,,,,,,,
        receivable,INV-4,K1,,,,,,5,CNY,2026-01-01,2025-12-31,,,,,,,,,,,
        invoice,INV-5,K1,,,,,,5,CNY,2026-01-01,2026-01-31,,,,,,,,,,,

        """
        let reading = try PortfolioCSVReading(text, file: "rows.csv")
        #expect(reading.errors.map(\.field) == ["rows.csv:2: name", "rows.csv:3: kind", "rows.csv:4: amount",
                                                "rows.csv:5: currency", "rows.csv:6: due_date", "rows.csv:7: record"])
        #expect(throws: reading.errors[0]) { try PortfolioImport.csv(text, file: "rows.csv") }
    }

    @Test func anUnquotedCommaThatShiftsColumnsIsCaught() throws {
        let reading = try PortfolioCSVReading("record,id,name\ncustomer,K1,Acme, Ltd\ncustomer,K2,\"Beta, Ltd\"\n", file: "c.csv")
        #expect(reading.errors.map(\.field) == ["c.csv:2: columns"])
        #expect(reading.document.customers.map { reading.document.customerNames[$0.customerID] } == ["Beta, Ltd"])
    }

    @Test func anUnknownColumnIsRejectedAtTheHeader() throws {
        let reading = try PortfolioCSVReading("record,id,customr\ncustomer,K1,\n", file: "h.csv")
        #expect(reading.errors.map(\.field) == ["h.csv:1: customr", "h.csv:2: name"])
    }

    @Test func jsonErrorsNameTheLineOfTheRecord() throws {
        let json = """
        {
          "schemaVersion": 1,
          "asOf": "2026-11-27",
          "customers": [
            {"id": "K1", "displayName": "Acme", "creditStanding": "fair", "relationshipTier": "regular",
             "paymentTerms": {"netDays": 30}, "attributes": {"storage": {}}}
          ],
          "receivables": [
            {"id": "INV-1", "customerID": "K1", "amount": {"minorUnits": 100, "currency": "CNY"},
             "issueDate": "2026-01-01", "dueDate": "2026-01-31"},
            {"id": "INV-2", "customerID": "K2", "amount": {"minorUnits": 100, "currency": "CNY"},
             "issueDate": "2026-01-01", "dueDate": "2026-01-31"}
          ],
          "payments": []
        }
        """
        let source = try PortfolioImport.json(Data(json.utf8), file: "p.json")
        #expect(source.line(ofRecord: 0, in: "customers") == 5)
        #expect(source.line(ofRecord: 1, in: "receivables") == 11)
        let errors = source.validate().errors
        #expect(errors.map(\.field) == ["p.json:11: receivables[1].customerID"])
        #expect(errors.first?.value == "K2")

        let badDay = json.replacingOccurrences(of: "\"dueDate\": \"2026-01-31\"},", with: "\"dueDate\": \"2026-13-31\"},")
        #expect {
            try PortfolioImport.json(Data(badDay.utf8), file: "p.json")
        } throws: { error in
            (error as? CollectKitError)?.field == "p.json:9: receivables[0].dueDate"
        }
        let broken = json.replacingOccurrences(of: "\"dueDate\": \"2026-01-31\"},", with: "\"dueDate\": 5},")
        #expect {
            try PortfolioImport.json(Data(broken.utf8), file: "p.json")
        } throws: { error in
            (error as? CollectKitError)?.field == "p.json:9: receivables[0].dueDate"
        }
    }

    @Test func theBundledSampleImportsWithItsHistory() throws {
        let data = try Data(contentsOf: PortfolioDocumentTests.sampleURL)
        let validation = try PortfolioImport.json(data, file: "sample-portfolio.json").validate()
        #expect(validation.errors.isEmpty)
        let portfolio = try validation.snapshot()
        #expect(portfolio.customerCount == 56)
        #expect(Set(portfolio.assignments.values).count >= 3)
        #expect(portfolio.asks.values.contains { $0.count >= 3 })
        #expect(!portfolio.knownPaymentsToOthers.isEmpty)
        let asOf = try CalendarDate(iso8601: "2026-11-27")
        var statuses: Set<String> = []
        for (_, status) in portfolio.statuses(asOf: asOf) {
            switch status {
            case .kept: statuses.insert("kept")
            case .partiallyKept: statuses.insert("partly")
            case .broken: statuses.insert("broken")
            case .renegotiated: statuses.insert("renegotiated")
            case .open, .dueToday: statuses.insert("open")
            case .cancelled: statuses.insert("cancelled")
            }
        }
        #expect(statuses.isSuperset(of: ["kept", "partly", "broken", "renegotiated", "open"]))
    }

    @Test func documentsWithoutHistoryEncodeAsBefore() throws {
        let document = PortfolioDocument(asOf: try CalendarDate(iso8601: "2026-11-27"), customers: [], receivables: [], payments: [])
        let text = String(decoding: try document.json(), as: UTF8.self)
        #expect(!text.contains("promises"))
        #expect(try PortfolioDocument.load(json: document.json()).document == document)
    }

    @Test func recordLinesIgnoreBracketsAndQuotesInsideStrings() throws {
        let json = """
        {"schemaVersion": 1, "asOf": "2026-11-27", "note": "[not, a, section]",
         "customers": [{"id": "K1", "displayName": "A \\"[quoted]\\" {name}", "creditStanding": "fair",
                        "relationshipTier": "regular", "paymentTerms": {"netDays": 30}, "attributes": {"storage": {}}},
                       {"id": "K2", "displayName": "B", "creditStanding": "fair",
                        "relationshipTier": "regular", "paymentTerms": {"netDays": 30}, "attributes": {"storage": {}}}],
         "receivables": [], "payments": [],
         "excuses": [
           {"customerID": "K2", "date": "2026-11-01", "text": "a"}, {"customerID": "K3", "date": "2026-11-02", "text": "b"}
         ]}
        """
        let source = try PortfolioImport.json(Data(json.utf8), file: "q.json")
        #expect(source.document.customers.map { source.document.customerNames[$0.customerID] } == ["A \"[quoted]\" {name}", "B"])
        #expect(source.line(ofRecord: 0, in: "customers") == 2)
        #expect(source.line(ofRecord: 1, in: "customers") == 4)
        #expect(source.line(ofRecord: 1, in: "excuses") == 8)
        #expect(source.line(ofRecord: 0, in: "note") == nil)
        #expect(source.validate().errors.map(\.field) == ["q.json:8: excuses[1].customerID"])
    }

    @Test func progressIsReportedEveryTenThousandRecordsAndErrorsAreCapped() throws {
        var text = "record,id,customer,name,amount,currency,issue_date,due_date\ncustomer,K1,,A,,,,\n"
        for index in 0..<24_999 {
            text += "receivable,INV-\(index),\(index % 1000 == 0 ? "K2" : "K1"),,1,CNY,2026-01-01,2026-01-31\n"
        }
        let source = try PortfolioImport.csv(text, file: "big.csv")
        var reports: [Int] = []
        let validation = source.validate(errorLimit: 10) { done, total in
            #expect(total == 25_000)
            reports.append(done)
        }
        #expect(reports == [10_000, 20_000])
        #expect(validation.recordCount == 25_000)
        #expect(validation.errors.count == 10)
        #expect(validation.errors.first?.field == "big.csv:3: customer")
    }
}
