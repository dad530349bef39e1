import Testing
import CollectKit
import CollectKitTesting

@Suite struct MoneyParsingTests {
    static let accepted: [(String, Currency, Int64, Currency)] = [
        // (text, default currency, expected minor units, expected currency)
        ("180000", .cny, 18_000_000, .cny),
        ("180,000.50", .cny, 18_000_050, .cny),
        ("¥180,000", .cny, 18_000_000, .cny),
        ("￥180,000", .cny, 18_000_000, .cny),
        ("$1,234.56", .cny, 123_456, .usd),
        ("RMB 5000", .usd, 500_000, .cny),
        ("rmb5000", .usd, 500_000, .cny),
        ("CNY 5000", .usd, 500_000, .cny),
        ("USD 12.5", .cny, 1_250, .usd),
        ("12.5 USD", .cny, 1_250, .usd),
        ("18万", .cny, 18_000_000, .cny),
        ("18.5万元", .usd, 18_500_000, .cny),
        ("1.2亿", .cny, 12_000_000_000, .cny),
        ("十万", .cny, 10_000_000, .cny),
        ("三千五百元", .cny, 350_000, .cny),
        ("一亿二千万", .cny, 12_000_000_000, .cny),
        ("十二万五千", .cny, 12_500_000, .cny),
        ("两万", .cny, 2_000_000, .cny),
        ("一千零五", .cny, 100_500, .cny),
        ("一千〇五", .cny, 100_500, .cny),
        ("一万零五百", .cny, 1_050_000, .cny),
        ("壹拾贰万伍仟元", .cny, 12_500_000, .cny),
        ("贰佰叁拾肆", .cny, 23_400, .cny),
        ("玖仟玖佰玖拾玖", .cny, 999_900, .cny),
        ("二十五", .cny, 2_500, .cny),
        ("一百零五", .cny, 10_500, .cny),
        ("1亿2000万", .cny, 12_000_000_000, .cny),
        ("3千5百", .cny, 350_000, .cny),
        ("50k", .usd, 5_000_000, .usd),
        ("50K USD", .cny, 5_000_000, .usd),
        ("1.2M", .usd, 120_000_000, .usd),
        ("5w", .cny, 5_000_000, .cny),
        ("1,82,000", .inr, 18_200_000, .inr),
        ("₹12,34,567.50", .cny, 123_456_750, .inr),
        ("１８０，０００．５０", .cny, 18_000_050, .cny),
        ("１８万", .cny, 18_000_000, .cny),
        ("18万5", .cny, 18_500_000, .cny),
        ("18万5000", .cny, 18_500_000, .cny),
        ("18万50", .cny, 18_005_000, .cny),
        ("三千五", .cny, 350_000, .cny),
        ("一亿二", .cny, 12_000_000_000, .cny),
        ("5块5", .cny, 550, .cny),
        ("5块5毛", .cny, 550, .cny),
        ("5块", .usd, 500, .cny),
        ("5块5", .jpy, 550, .cny),
        ("人民币壹拾贰万伍仟元整", .usd, 12_500_000, .cny),
        ("伍元伍角叁分", .cny, 553, .cny),
        ("5元零3分", .cny, 503, .cny),
        ("5元3分", .cny, 503, .cny),
        ("三千五百元整", .cny, 350_000, .cny),
        ("18.5万元整", .cny, 18_500_000, .cny),
        ("¥1,000", .jpy, 1_000, .jpy),
        ("¥1,000", .cny, 100_000, .cny),
        ("1000日元", .cny, 1_000, .jpy),
        ("€99.90", .cny, 9_990, .eur),
        ("£7", .cny, 700, .gbp),
        ("HK$1,000", .cny, 100_000, .hkd),
        ("S$25", .cny, 2_500, .sgd),
        ("A$25", .cny, 2_500, .aud),
        ("NT$25", .cny, 2_500, .twd),
        ("US$25", .hkd, 2_500, .usd),
        ("$25", .hkd, 2_500, .hkd),
        ("₩50,000", .cny, 50_000, .krw),
        ("RM 120", .cny, 12_000, .myr),
        ("3万美元", .cny, 300_000_000 / 100, .usd),
        ("人民币5000元", .usd, 500_000, .cny),
        ("  ¥ 180,000  ", .cny, 18_000_000, .cny),
        ("1.230", .usd, 123, .usd),
        ("0", .cny, 0, .cny),
        ("零", .cny, 0, .cny),
        ("二〇五〇", .cny, 205_000, .cny),
        ("1,200万", .cny, 1_200_000_000, .cny),
        ("92233720368547758.07", .cny, .max, .cny),
    ]

    @Test(arguments: 0..<accepted.count)
    func acceptsWhatPeopleType(_ index: Int) throws {
        let (text, currency, minorUnits, expectedCurrency) = Self.accepted[index]
        let money = try Money.parse(text, currency: currency)
        #expect(money == Money(minorUnits: minorUnits, currency: expectedCurrency), "\(text)")
    }

    static let rejected: [(String, Currency)] = [
        ("abc", .cny), ("1..2", .cny), ("", .cny), ("   ", .cny), ("\u{3000}", .cny), ("万", .cny),
        ("1,2,3", .cny), ("1,0000", .cny), ("1.234", .usd), ("1.5", .jpy), ("--5", .cny), ("5-", .cny),
        ("-5", .cny), ("92233720368547758.08", .cny), ("99999999999999999999", .cny),
        ("1e5", .cny), ("1.", .cny), (".5", .cny), ("1,", .cny), (",1", .cny), ("1,.5", .cny),
        ("1.2.3", .cny), ("0,123", .cny), ("亿", .cny), ("百", .cny), ("一二千", .cny), ("五百三千", .cny),
        ("一万二万", .cny), ("一万一亿", .cny), ("一千零", .cny), ("12百", .cny), ("18万5.5", .cny),
        ("$5元", .cny), ("USD 5 EUR", .cny), ("XYZ 5", .cny), ("5 dollars", .cny), ("5kk", .cny),
        ("18万k", .cny), ("1亿20000万", .cny), ("3千2000", .cny), ("5五", .cny), ("5块55", .cny),
        ("+5", .cny), ("5元零", .cny), ("5.5元5角", .cny), ("5元5角5", .cny), ("5 5", .cny), ("¥", .cny), ("RMB", .cny), ("1,23,45", .usd),
    ]

    @Test(arguments: 0..<rejected.count)
    func rejectsWithInvalidAmount(_ index: Int) {
        let (text, currency) = Self.rejected[index]
        do {
            let money = try Money.parse(text, currency: currency)
            Issue.record("\"\(text)\" parsed as \(money.minorUnits) \(money.currency)")
        } catch {
            #expect(error.kind == .invalidAmount, "\(text)")
            #expect(error.field == "amount")
            #expect(error.value == text)
            #expect(!error.reason.isEmpty)
        }
    }

    @Test func negativeOnlyWhenAllowed() throws {
        let parser = MoneyParser(defaultCurrency: .cny, allowsNegative: true)
        #expect(try parser.parse("-5") == Money(minorUnits: -500, currency: .cny))
        #expect(try parser.parse("-¥5.00") == Money(minorUnits: -500, currency: .cny))
        #expect(try parser.parse("¥-5.00") == Money(minorUnits: -500, currency: .cny))
        #expect(try parser.parse("－5") == Money(minorUnits: -500, currency: .cny))
        #expect(try parser.parse("-92233720368547758.08") == Money(minorUnits: .min, currency: .cny))
        for bad in ["--5", "5-", "-¥-5", "- -5", "-92233720368547758.09"] {
            #expect(throws: CollectKitError.self, "\(bad)") { try parser.parse(bad) }
        }
    }

    @Test func errorNamesInputAndReason() {
        do {
            _ = try Money.parse("1.234", currency: .usd)
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("1.234"))
            #expect(error.reason.contains("decimal places"))
        }
        let parser = MoneyParser(defaultCurrency: .cny, field: "promise.amount")
        do { _ = try parser.parse("abc"); Issue.record("no error") } catch { #expect(error.field == "promise.amount") }
    }

    @Test func colloquialDigitCanBeTurnedOff() throws {
        let strict = MoneyParser(defaultCurrency: .cny, allowsColloquialDigit: false)
        #expect(throws: CollectKitError.self) { try strict.parse("18万5") }
        #expect(throws: CollectKitError.self) { try strict.parse("三千五") }
        #expect(try strict.parse("二十五").minorUnits == 2_500)
        #expect(try strict.parse("18万5千").minorUnits == 18_500_000)
    }

    @Test func lakhGroupingCanBeTurnedOff() {
        let western = MoneyParser(defaultCurrency: .inr, allowsIndianGrouping: false)
        #expect(throws: CollectKitError.self) { try western.parse("1,82,000") }
    }

    @Test func currencyOutsideTableIsRejected() {
        let table = CurrencyTable([.cny])
        #expect(throws: CollectKitError.self) { try Money.parse("$5", currency: .cny, table: table) }
        #expect(throws: CollectKitError.self) { try Money.parse("EUR 5", currency: .cny, table: table) }
    }

    @Test func customCurrencyFromTable() throws {
        let xof = try Currency(code: "XOF", minorUnitExponent: 0)
        let money = try Money.parse("XOF 5,000", currency: .cny, table: CurrencyTable.standard.adding(xof))
        #expect(money == Money(minorUnits: 5_000, currency: xof))
    }

    @Test func megabyteInputFailsFast() {
        let huge = String(repeating: "9", count: 1_000_000)
        #expect(throws: CollectKitError.self) { try Money.parse(huge, currency: .cny) }
        let long = String(repeating: "万", count: 1_000_000)
        #expect(throws: CollectKitError.self) { try Money.parse(long, currency: .cny) }
        let unlimited = MoneyParser(defaultCurrency: .cny, maximumLength: .max)
        #expect(throws: CollectKitError.self) { try unlimited.parse(huge) }
        #expect(throws: CollectKitError.self) { try unlimited.parse(String(repeating: "1,", count: 200_000)) }
    }

    @Test func arbitraryTextNeverCrashes() {
        var generator = SeededRandomNumberGenerator(seed: 0xC0FFEE)
        let alphabet = Array("0123456789,.-+ ¥$€万亿千百十零〇一二两三五九壹贰元块kKmMwWbBRMBUSDCNY角毛HK$S￥１，．\u{3000}")
        var accepted = 0
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            if (try? MoneyParser(defaultCurrency: .cny, allowsNegative: true).parse(text)) != nil { accepted += 1 }
        }
        #expect(accepted > 0)
    }
}
