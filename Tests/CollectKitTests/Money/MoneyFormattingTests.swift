import Testing
import CollectKit

@Suite struct MoneyFormattingTests {
    private let zhUnits = MoneyFormatter(language: .chinese, style: .largeUnits)
    private let enUnits = MoneyFormatter(language: .english, style: .largeUnits)

    @Test func symbolFormIsTheSameInBothLanguages() {
        for language in Language.allCases {
            let formatter = MoneyFormatter(language: language)
            #expect(formatter.string(for: Money(minorUnits: 18_000_000, currency: .cny)) == "¥180,000.00")
            #expect(formatter.string(for: Money(minorUnits: 123_456, currency: .usd)) == "$1,234.56")
            #expect(formatter.string(for: Money(minorUnits: -500, currency: .cny)) == "-¥5.00")
            #expect(formatter.string(for: Money(minorUnits: 1_000, currency: .jpy)) == "¥1,000")
            #expect(formatter.string(for: Money(minorUnits: 5, currency: .cny)) == "¥0.05")
            #expect(formatter.string(for: Money(minorUnits: 0, currency: .usd)) == "$0.00")
            #expect(formatter.string(for: Money(minorUnits: 100_000, currency: .hkd)) == "HK$1,000.00")
            #expect(formatter.string(for: Money(minorUnits: .min, currency: .cny)) == "-¥92,233,720,368,547,758.08")
        }
        #expect(Money(minorUnits: 99, currency: .cny).formatted() == "¥0.99")
    }

    @Test func codeFormAndGrouping() throws {
        #expect(MoneyFormatter(style: .code).string(for: Money(minorUnits: 18_000_000, currency: .cny)) == "CNY 180,000.00")
        #expect(MoneyFormatter(style: .code).string(for: Money(minorUnits: -500, currency: .usd)) == "-USD 5.00")
        #expect(MoneyFormatter(grouping: .lakh).string(for: Money(minorUnits: 18_200_000, currency: .inr)) == "₹1,82,000.00")
        #expect(MoneyFormatter(grouping: .lakh).string(for: Money(minorUnits: 123_456_789_00, currency: .inr)) == "₹12,34,56,789.00")
        #expect(MoneyFormatter(grouping: .none).string(for: Money(minorUnits: 18_000_000, currency: .cny)) == "¥180000.00")
        let xof = try Currency(code: "XOF", minorUnitExponent: 0)
        #expect(Money(minorUnits: 5_000, currency: xof).formatted() == "XOF 5,000")
    }

    @Test func chineseLargeUnitsOnlyWhenExact() {
        let cases: [(Int64, Currency, String)] = [
            (18_000_000, .cny, "18万元"),
            (18_500_000, .cny, "18.5万元"),
            (12_000_000_000, .cny, "1.2亿元"),
            (18_550_000, .cny, "18.55万元"),
            (18_555_000, .cny, "185,550元"),          // 18.555万 needs 3 decimals: plain
            (12_345_678, .cny, "123,456.78元"),
            (500_000, .cny, "5,000元"),
            (50, .cny, "0.50元"),
            (-1_800_000, .cny, "-1.8万元"),
            (30_000_000_000_000, .cny, "3,000亿元"),
            (12_345_000_000, .cny, "12,345万元"),     // 1.2345亿 needs 4 decimals; 万 is exact
            (300_000_000, .usd, "300万美元"),
            (50_000, .jpy, "5万日元"),
        ]
        for (minorUnits, currency, expected) in cases {
            #expect(zhUnits.string(for: Money(minorUnits: minorUnits, currency: currency)) == expected)
        }
        let moreDigits = MoneyFormatter(language: .chinese, style: .largeUnits, largeUnitFractionDigits: 4)
        #expect(moreDigits.string(for: Money(minorUnits: 12_345_000_000, currency: .cny)) == "1.2345亿元")
    }

    @Test func englishLargeUnits() {
        #expect(enUnits.string(for: Money(minorUnits: 18_000_000, currency: .cny)) == "¥180K")
        #expect(enUnits.string(for: Money(minorUnits: 120_000_000, currency: .usd)) == "$1.2M")
        #expect(enUnits.string(for: Money(minorUnits: 300_000_000_000, currency: .usd)) == "$3B")
        #expect(enUnits.string(for: Money(minorUnits: 12_345, currency: .usd)) == "$123.45")
        #expect(enUnits.string(for: Money(minorUnits: 50_000, currency: .usd)) == "$500")
    }
}
