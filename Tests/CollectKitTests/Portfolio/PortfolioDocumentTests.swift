@testable import CollectKit
import Foundation
import Testing

@Suite("Portfolio document")
struct PortfolioDocumentTests {
    typealias F = Fixture

    static let sampleURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/CollectDesk/Resources/sample-portfolio.json")

    func sample() throws -> (document: PortfolioDocument, snapshot: CollectionSnapshot) {
        try PortfolioDocument.load(json: Data(contentsOf: Self.sampleURL))
    }

    @Test func theBundledSampleLoadsAndIsConsistent() throws {
        let (document, snapshot) = try sample()
        #expect(document.schemaVersion == 1)
        #expect(document.asOf == (try F.day("2026-11-27")))
        #expect(document.customers.count >= 50)
        #expect(Set(document.receivables.map(\.amount.currency)) == [.cny, .usd, .hkd])
        #expect(Set(document.customers.map(\.creditStanding)).count == CreditStanding.allCases.count)
        #expect(Set(document.customers.map(\.relationshipTier)).count == RelationshipTier.allCases.count)
        #expect(document.payments.allSatisfy { $0.date <= document.asOf })
        #expect(document.receivables.allSatisfy { $0.issueDate <= document.asOf })
        #expect(document.payments.contains { !$0.allocations.isEmpty })
        #expect(document.payments.contains { $0.allocations.isEmpty })
        let earliest = try #require(document.receivables.map(\.issueDate).min())
        #expect(earliest.days(until: document.asOf) >= 330)
        #expect(snapshot.receivableCount == document.receivables.count)
        #expect(snapshot.receivableCurrencies == [.cny, .usd, .hkd])
        let aging = snapshot.aging(asOf: document.asOf)
        #expect(aging[.cny]?.overdue.isPositive == true)
        #expect(aging[.cny]?.amounts.allSatisfy { $0 > 0 } == true)
    }

    @Test func encodingRoundTrips() throws {
        let (document, _) = try sample()
        let reloaded = try PortfolioDocument.load(json: document.json())
        #expect(reloaded.document == document)
    }

    func document(receivables: [Receivable] = [], payments: [Payment] = [],
                  customers: [CustomerID] = ["C1"]) throws -> PortfolioDocument {
        try PortfolioDocument(asOf: F.day("2026-11-27"),
                              customers: customers.map { StandardCustomer(customerID: $0) },
                              receivables: receivables, payments: payments)
    }

    @Test func aRecordOfAnUnknownCustomerIsNamed() throws {
        let doc = try document(receivables: [F.invoice("R1", "C9", F.cny(10), issued: "2026-01-01", due: "2026-01-31")])
        let error = #expect(throws: CollectKitError.self) { try doc.validatedSnapshot() }
        #expect(error?.kind == .unknownReference)
        #expect(error?.field == "portfolio: receivables[0].customerID")
        #expect(error?.value == "C9")
    }

    @Test func aCustomerListedTwiceIsRejected() throws {
        let doc = try document(customers: ["C1", "C1"])
        let error = #expect(throws: CollectKitError.self) { try doc.validatedSnapshot() }
        #expect(error?.kind == .duplicateIdentifier)
        #expect(error?.value == "C1")
    }

    @Test func aNewerSchemaIsRejected() throws {
        var doc = try document()
        doc.schemaVersion = 2
        let error = #expect(throws: CollectKitError.self) { try PortfolioDocument.load(json: doc.json()) }
        #expect(error?.kind == .invalidData)
        #expect(error?.field == "portfolio:1: schemaVersion")
    }

    @Test func anInvalidRecordIsNamedWithItsPath() throws {
        let json = """
        {"schemaVersion": 1, "asOf": "2026-11-27", "customers": [], "payments": [],
         "receivables": [{"id": "R1", "customerID": "C1", "amount": {"minorUnits": 5, "currency": "CNY"},
                          "issueDate": "2026-01-01", "dueDate": "2026-13-01"}]}
        """
        let error = #expect(throws: CollectKitError.self) { try PortfolioDocument.load(json: Data(json.utf8)) }
        #expect(error?.kind == .invalidDate)
        #expect(error?.field == "receivables[0].date")
        #expect(error?.value == "2026-13-1")
        let missing = #"{"schemaVersion": 1, "asOf": "2026-11-27", "customers": [], "payments": [], "receivables": [{"id": "R1"}]}"#
        let missingError = #expect(throws: CollectKitError.self) { try PortfolioDocument.load(json: Data(missing.utf8)) }
        #expect(missingError?.kind == .invalidData)
        #expect(missingError?.field == "receivables[0]")
        let negative = """
        {"schemaVersion": 1, "asOf": "2026-11-27", "customers": [], "payments": [],
         "receivables": [{"id": "R7", "customerID": "C1", "amount": {"minorUnits": -5, "currency": "CNY"},
                          "issueDate": "2026-01-01", "dueDate": "2026-01-01"}]}
        """
        let negativeError = #expect(throws: CollectKitError.self) { try PortfolioDocument.load(json: Data(negative.utf8)) }
        #expect(negativeError?.field == "receivables[0].receivable[R7].amount")
    }
}
