import Foundation
import Testing
import CollectKit

/// A CRM's own account record, as it exists before CollectKit arrives: keyed by a UUID.
private struct CRMAccount: Identifiable {
    var id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF") ?? UUID()
    var accountNo: String
    var companyName: String
    var rating: Int          // the CRM's 0–100 score
    var vip: Bool
    var termsDays: Int
    var region: String
}

// The whole integration: about a dozen lines.
extension CRMAccount: Customer {
    var customerID: CustomerID { CustomerID(accountNo) }
    var creditStanding: CreditStanding { (try? CreditStanding(score: rating)) ?? .unknown }
    var relationshipTier: RelationshipTier { vip ? .core : .regular }
    var paymentTerms: PaymentTerms { (try? PaymentTerms(netDays: termsDays)) ?? .net30 }
    var attributes: CustomerAttributes {
        var bag = CustomerAttributes()
        bag[.region] = region
        return bag
    }
}

extension CustomerAttributes.Key where Value == String {
    fileprivate static let region = Self("region")
}

@Suite struct CustomerConformanceTests {
    private let account = CRMAccount(accountNo: "A-0042", companyName: "华东建材有限公司", rating: 72,
                                     vip: false, termsDays: 60, region: "华东")

    @Test func existingCRMTypeConformsWithDefaults() {
        #expect(account.customerID == "A-0042")
        #expect(account.id.uuidString == "6F9619FF-8B86-D011-B42D-00C04FC964FF")   // untouched
        #expect(account.creditStanding == .good)
        #expect(account.relationshipTier == .regular)
        #expect(account.paymentTerms.netDays == 60)
        #expect(account.creditLimit == nil)       // default
        #expect(account.attributes[.region] == "华东")
    }

    @Test func theEngineKeepsTheFactsAndHandsBackTheHostsHandle() async throws {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        let entry = try #require(try await engine.upsert(account))
        #expect(entry.sequence == 1)
        let kept = try #require(await engine.customer("A-0042"))
        #expect(kept == StandardCustomer(customerID: "A-0042", creditStanding: .good, paymentTerms: .net60,
                                         attributes: account.attributes))
        // The journal holds the facts, never the company name.
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
        #expect(!json.contains("华东建材"))
    }

    /// A host conformance that computes a bad id or names an unknown currency is stopped at
    /// the engine's boundary with a typed error, and nothing is recorded.
    @Test func badHostConformancesGetTypedErrorsAtTheBoundary() async throws {
        struct Sloppy: Customer {
            var customerID: CustomerID
            var creditLimit: Money?
        }
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        for (bad, kind) in [(Sloppy(customerID: ""), CollectKitError.Kind.invalidIdentifier),
                            (Sloppy(customerID: "C-\u{7}1"), .invalidIdentifier),
                            (Sloppy(customerID: "C-\u{200B}1"), .invalidIdentifier),
                            (Sloppy(customerID: "C-1", creditLimit: Money(minorUnits: 100, currency: try Currency(code: "XTS", minorUnitExponent: 2))),
                             .invalidCurrency)] {
            await #expect { try await engine.upsert(bad) } throws: { ($0 as? CollectKitError)?.kind == kind }
        }
        #expect(await engine.lastSequence == 0)
        #expect(await engine.customerIDs.isEmpty)
    }

    @Test func creditScoresMapOntoOrderedStandings() throws {
        #expect(try CreditStanding(score: 90) == .excellent)
        #expect(try CreditStanding(score: 85) == .excellent)
        #expect(try CreditStanding(score: 84) == .good)
        #expect(try CreditStanding(score: 50) == .fair)
        #expect(try CreditStanding(score: 49) == .poor)
        #expect(CreditStanding.excellent < .poor)
        #expect(CreditStanding.poor < .unknown)
        #expect(throws: CollectKitError.self) { try CreditStanding(score: 101) }
    }

    @Test func attributeBagIsTypedAndRoundTrips() throws {
        var bag = CustomerAttributes()
        let limit = CustomerAttributes.Key<Money>("projectBudget")
        let flag = CustomerAttributes.Key<Bool>("projectCustomer")
        bag[limit] = Money(minorUnits: 50_000_000, currency: .cny)
        bag[flag] = true
        let decoded = try JSONDecoder().decode(CustomerAttributes.self, from: JSONEncoder().encode(bag))
        #expect(decoded[limit] == Money(minorUnits: 50_000_000, currency: .cny))
        #expect(decoded[flag] == true)
        // Reading with the wrong type gives nil, not a crash.
        #expect(decoded[CustomerAttributes.Key<Int64>("projectCustomer")] == nil)
        #expect(decoded.names == ["projectBudget", "projectCustomer"])
    }

    @Test func paymentTermsRejectNonsense() {
        #expect(throws: CollectKitError.self) { try PaymentTerms(netDays: -1) }
        #expect(throws: CollectKitError.self) { try PaymentTerms(netDays: 5000) }
    }

    @Test func standardCustomerCodableRoundTrip() throws {
        let customer = StandardCustomer(customerID: "C-1", creditStanding: .poor,
                                        relationshipTier: .atRisk, paymentTerms: .net60,
                                        creditLimit: Money(minorUnits: 10_000_000, currency: .cny))
        let data = try JSONEncoder().encode(customer)
        #expect(try JSONDecoder().decode(StandardCustomer.self, from: data) == customer)
    }
}

@Suite struct CollectorIdentifierTests {
    @Test func assignmentsAndContactsRejectMalformedCollectorIDs() async throws {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await engine.upsert(StandardCustomer(customerID: "C-1"))
        for bad in ["", "  ", "bob\u{0}", "bob\u{202E}"] {
            await #expect { try await engine.assign(CollectorID(rawValue: bad), to: "C-1") } throws: {
                ($0 as? CollectKitError)?.kind == .invalidIdentifier
            }
            await #expect { try await engine.record(ContactRecord(customerID: "C-1", collectorID: CollectorID(rawValue: bad),
                                                                   date: CalendarDate(daysSinceEpoch: 20_000), channel: .call)) } throws: {
                ($0 as? CollectKitError)?.kind == .invalidIdentifier
            }
        }
        #expect(await engine.lastSequence == 1)
        #expect(try await engine.assign("bob", to: "C-1")?.sequence == 2)
    }
}
