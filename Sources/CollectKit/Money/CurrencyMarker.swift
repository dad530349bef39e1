/// What a currency sign or word written next to an amount says about its currency.
///
/// Some signs are ambiguous: `¥` is both yuan and yen, `$` is the US dollar and several
/// others. Parsing resolves them against the default currency (see ``MoneyParser``).
enum CurrencyMarker: Hashable, Sendable {
    /// Names exactly one currency code.
    case code(String)
    /// `¥` / `￥`: CNY, unless the default currency is JPY.
    case yenSign
    /// A bare `$`: USD, unless the default currency is another dollar (see ``dollarCodes``).
    case dollarSign
    /// `元`, `块`, `圆`: yuan; a single digit may follow (`5块5` = 5.50).
    case yuanWord

    /// Currencies written with a bare `$` at home; a bare `$` keeps such a default currency.
    static let dollarCodes: Set<String> = ["USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD"]

    /// Signs and words that can stand before or after the number, longest first within a
    /// shared first character so that `港元` wins over `元`. ASCII letters are matched
    /// separately (codes like `CNY`, `RMB`, `HK$`).
    static let words: [(text: [Unicode.Scalar], marker: CurrencyMarker)] = {
        let table: [(String, CurrencyMarker)] = [
            ("新加坡元", .code("SGD")), ("新台币", .code("TWD")), ("新臺幣", .code("TWD")),
            ("人民币", .code("CNY")), ("人民幣", .code("CNY")),
            ("美元", .code("USD")), ("美金", .code("USD")), ("欧元", .code("EUR")), ("歐元", .code("EUR")),
            ("英镑", .code("GBP")), ("英鎊", .code("GBP")), ("日元", .code("JPY")), ("日圆", .code("JPY")),
            ("日圓", .code("JPY")), ("港元", .code("HKD")), ("港币", .code("HKD")), ("港幣", .code("HKD")),
            ("台币", .code("TWD")), ("臺幣", .code("TWD")), ("新币", .code("SGD")), ("新幣", .code("SGD")),
            ("卢比", .code("INR")), ("盧比", .code("INR")), ("韩元", .code("KRW")), ("韓元", .code("KRW")),
            ("令吉", .code("MYR")), ("马币", .code("MYR")), ("馬幣", .code("MYR")), ("澳元", .code("AUD")),
            ("元", .yuanWord), ("圆", .yuanWord), ("圓", .yuanWord), ("块", .yuanWord), ("塊", .yuanWord),
            ("¥", .yenSign), ("$", .dollarSign), ("€", .code("EUR")), ("£", .code("GBP")),
            ("₹", .code("INR")), ("₩", .code("KRW")),
        ]
        return table.map { (Array($0.0.unicodeScalars), $0.1) }
            .sorted { $0.text.count > $1.text.count }
    }()

    /// Two-letter-or-more prefixes written immediately before `$`: `HK$`, `US$`, `NT$`…
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "HK": "HKD", "S": "SGD", "SG": "SGD", "A": "AUD", "AU": "AUD",
        "NT": "TWD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
    ]

    /// Letter words that are not ISO codes but name a currency.
    static let letterAliases: [String: String] = ["RMB": "CNY", "RM": "MYR", "RS": "INR"]

    /// The symbol the formatter writes before an amount in `currency`, or `nil` to write the code.
    static func symbol(for currency: Currency) -> String? {
        switch currency.code {
        case "CNY", "JPY": "¥"
        case "USD": "$"
        case "EUR": "€"
        case "GBP": "£"
        case "HKD": "HK$"
        case "TWD": "NT$"
        case "SGD": "S$"
        case "AUD": "A$"
        case "INR": "₹"
        case "KRW": "₩"
        case "MYR": "RM"
        default: nil
        }
    }

    /// The Chinese word the formatter writes after an amount in `currency` (`元`, `美元`), or `nil`.
    static func chineseWord(for currency: Currency) -> String? {
        switch currency.code {
        case "CNY": "元"
        case "USD": "美元"
        case "EUR": "欧元"
        case "GBP": "英镑"
        case "JPY": "日元"
        case "HKD": "港元"
        case "TWD": "新台币"
        case "SGD": "新加坡元"
        case "INR": "卢比"
        case "KRW": "韩元"
        case "MYR": "令吉"
        case "AUD": "澳元"
        default: nil
        }
    }
}
