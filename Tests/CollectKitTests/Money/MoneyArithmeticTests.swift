import Testing
@testable import CollectKit

@Suite struct MoneyArithmeticTests {
    @Test func addingSameCurrency() throws {
        let a = Money(minorUnits: 18_000_000, currency: .cny)
        let b = try Money(major: 100_000, currency: .cny)
        #expect(try a.subtracting(b).minorUnits == 8_000_000)
    }

    @Test func mixingCurrenciesIsTypedError() {
        let a = Money(minorUnits: 100, currency: .cny)
        let b = Money(minorUnits: 100, currency: .usd)
        #expect(throws: CollectKitError.self) { try a.adding(b) }
        do { _ = try a.adding(b) } catch { #expect(error.kind == .currencyMismatch) }
    }

    @Test func overflowIsTypedError() {
        let a = Money(minorUnits: .max, currency: .cny)
        do { _ = try a.adding(Money(minorUnits: 1, currency: .cny)); Issue.record("no error") } catch { #expect(error.kind == .overflow) }
    }
}
