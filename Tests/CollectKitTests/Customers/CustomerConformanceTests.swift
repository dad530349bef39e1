import Foundation
import Testing
import CollectKit

/// A CRM's own account record, as it exists before CollectKit arrives.
private struct CRMAccount {
    var accountNo: String
    var companyName: String
    var rating: Int          // the CRM's 0–100 score
    var vip: Bool
    var termsDays: Int
    var region: String
}

// The whole integration: about a dozen lines.
extension CRMAccount: Customer {
    var id: CustomerID { CustomerID(accountNo) }
    var displayName: String { companyName }
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
        #expect(account.id == "A-0042")
        #expect(account.creditStanding == .good)
        #expect(account.relationshipTier == .regular)
        #expect(account.paymentTerms.netDays == 60)
        #expect(account.creditLimit == nil)       // default
        #expect(account.paymentDecider == nil)    // default
        #expect(account.attributes[.region] == "华东")
    }

    @Test func profileCopiesAnyCustomerAndRedactsNames() {
        let profile = CustomerProfile(account)
        #expect(profile.displayName == "华东建材有限公司")
        #expect(!profile.description.contains("华东建材"))
        #expect(!String(reflecting: profile).contains("华东建材"))
        #expect(profile.unredactedDescription.contains("华东建材"))
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

    @Test func profileCodableRoundTrip() throws {
        let profile = CustomerProfile(id: "C-1", displayName: "温州五金批发", creditStanding: .poor,
                                      relationshipTier: .atRisk, paymentTerms: .net60,
                                      creditLimit: Money(minorUnits: 10_000_000, currency: .cny), paymentDecider: "老板娘")
        let data = try JSONEncoder().encode(profile)
        #expect(try JSONDecoder().decode(CustomerProfile.self, from: data) == profile)
    }
}
