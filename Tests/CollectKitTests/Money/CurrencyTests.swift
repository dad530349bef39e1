import Foundation
import Testing
import CollectKit

@Suite struct CurrencyTests {
    @Test func builtInTableHasTheRequiredCurrencies() throws {
        let codes = ["CNY", "USD", "EUR", "GBP", "JPY", "HKD", "TWD", "SGD", "INR", "KRW", "MYR", "AUD"]
        for code in codes { _ = try CurrencyTable.standard.currency(code: code) }
        #expect(try CurrencyTable.standard.currency(code: "jpy").minorUnitExponent == 0)
        #expect(try CurrencyTable.standard.currency(code: "KRW").minorUnitExponent == 0)
        #expect(Currency.cny.minorUnitsPerMajorUnit == 100)
    }

    @Test func hostCurrenciesAreValuesNotGlobalRegistrations() throws {
        let bhd = try Currency(code: "bhd", minorUnitExponent: 3)
        let tenantTable = CurrencyTable.standard.adding(bhd)
        #expect(try tenantTable.currency(code: "BHD") == bhd)
        // The standard table is untouched: another tenant does not see BHD.
        do { _ = try CurrencyTable.standard.currency(code: "BHD"); Issue.record("BHD leaked") } catch {
            #expect(error.kind == .invalidCurrency)
            #expect(error.value == "BHD")
        }
    }

    @Test(arguments: [("US", 2), ("USDX", 2), ("U1D", 2), ("USD", 5), ("USD", -1)])
    func rejectsInvalidCurrencies(code: String, exponent: Int) {
        #expect(throws: CollectKitError.self) { try Currency(code: code, minorUnitExponent: exponent) }
    }

    @Test func codableUsesBareCodesForBuiltIns() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode([Currency.cny, try Currency(code: "XOF", minorUnitExponent: 0)])
        #expect(String(decoding: data, as: UTF8.self) == #"["CNY",{"code":"XOF","minorUnitExponent":0}]"#)
        #expect(try JSONDecoder().decode([Currency].self, from: data)[1].code == "XOF")
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Currency.self, from: Data(#""ZZZ""#.utf8)) }
    }

    @Test func errorsNameFieldAndValue() {
        do { _ = try Currency(code: "U$D", minorUnitExponent: 2); Issue.record("accepted") } catch {
            #expect(error.field == "currency.code")
            #expect(error.description == #"invalid_currency: currency.code = "U$D": an ISO 4217 code is three letters A–Z"#)
        }
    }
}
