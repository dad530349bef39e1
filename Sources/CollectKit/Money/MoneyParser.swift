/// Reads amounts the way people type them, in English or Chinese, into exact ``Money``.
///
/// Accepted, with CNY as the default currency: `180000`, `180,000.50`, `¥180,000`,
/// `$1,234.56` (USD), `RMB 5000`, `USD 12.5`, `18万`, `18.5万元`, `1.2亿`, `十万`,
/// `三千五百元`, `壹拾贰万伍仟`, `一亿二千万`, `50k`, `1.2M`, `1,82,000` (lakh grouping),
/// full-width `１８万`, and colloquial `18万5` (= 185,000) or `5块5` (= 5.50).
///
/// Grammar, after full-width forms fold to ASCII and surrounding spaces are dropped:
///
///     amount   = [sign] [marker] [sign] number [multiplier] [marker [change]]
///     number   = literal | chinese numeral mixing literals, 零〇一二两…九 (and 壹贰叁… forms),
///                十百千 (拾佰仟) and 万亿 (萬億)
///     literal  = digits with optional "," grouping (1,234,567 or 12,34,567) and "." decimals
///     multiplier = k (thousand) | w (万) | m (million) | b (billion), case-insensitive,
///                only after a plain literal
///     marker   = a code in the table (CNY, usd), RMB, RM, Rs, ¥ ￥ $ € £ ₹ ₩, HK$ US$ S$ A$ NT$ C$,
///                or a word: 元 块 圆 人民币 美元 美金 欧元 英镑 日元 港元 港币 台币 新台币 新币 卢比 韩元 令吉 澳元
///     change   = after 元/块: 整, or [d 角|毛] [零] [d 分] [整], or one bare digit (5块5 = 5.50)
///
/// Choices worth knowing:
/// - A marker overrides the default currency; a prefix and a suffix must agree (`¥5元`).
///   `¥` means JPY when the default currency is JPY, CNY otherwise; a bare `$` keeps a
///   default currency that is itself a dollar (HKD, SGD, AUD, TWD, CAD, NZD), USD otherwise.
/// - After a unit, a single digit with no `零` is the next lower place, as people say it:
///   `18万5` = 185,000, `三千五` = 3,500, `一亿二` = 120,000,000 (off with
///   ``allowsColloquialDigit``). Several digits are read literally: `18万5000` = 185,000,
///   `18万50` = 180,050; `一千零五` = 1,005.
/// - Big units must decrease (`一亿二千万`); `万亿` and `兆` are not accepted.
/// - Decimals beyond the currency's minor unit are rejected (`1.234` USD), never rounded,
///   unless they are zeros (`1.230` is $1.23).
/// - A minus sign is accepted only at the start and only with ``allowsNegative``.
/// - Text longer than ``maximumLength`` characters is rejected before it is read; parsing is
///   one linear pass otherwise.
///
/// Every failure is ``CollectKitError/Kind/invalidAmount`` naming ``field``, the input and why.
public struct MoneyParser: Sendable, Hashable {
    /// The currency of an amount that names none.
    public var defaultCurrency: Currency
    /// The currencies codes in the text may name.
    public var table: CurrencyTable
    /// Whether a leading `-` is accepted (refunds, credit notes). Off by default: a typed
    /// promise or payment is never negative.
    public var allowsNegative: Bool
    /// Whether Indian lakh grouping (`1,82,000`) is accepted besides thousands grouping.
    public var allowsIndianGrouping: Bool
    /// Whether a lone digit after a unit means the next lower place (`18万5` = 185,000).
    /// When off, such input is rejected as ambiguous rather than read another way.
    public var allowsColloquialDigit: Bool
    /// The longest input, in Unicode scalars, that is read at all.
    public var maximumLength: Int
    /// The field name errors report, e.g. `"promise.amount"`.
    public var field: String

    /// A parser with the given default currency and options.
    ///
    /// - Parameters:
    ///   - defaultCurrency: The currency of an amount that names none.
    ///   - table: The currencies codes in the text may name.
    ///   - allowsNegative: Whether a leading `-` is accepted; off, because a typed promise or
    ///     payment is never negative.
    ///   - allowsIndianGrouping: Whether lakh grouping (`1,82,000`) is accepted besides
    ///     thousands grouping.
    ///   - allowsColloquialDigit: Whether a lone digit after a unit means the next lower place
    ///     (`18万5` = 185,000); off rejects such input as ambiguous.
    ///   - maximumLength: The longest input, in Unicode scalars, that is read at all.
    ///   - field: The field name errors report, e.g. `"promise.amount"`.
    public init(defaultCurrency: Currency, table: CurrencyTable = .standard, allowsNegative: Bool = false,
                allowsIndianGrouping: Bool = true, allowsColloquialDigit: Bool = true,
                maximumLength: Int = 200, field: String = "amount") {
        self.defaultCurrency = defaultCurrency
        self.table = table
        self.allowsNegative = allowsNegative
        self.allowsIndianGrouping = allowsIndianGrouping
        self.allowsColloquialDigit = allowsColloquialDigit
        self.maximumLength = maximumLength
        self.field = field
    }

    /// The exact amount `text` states.
    /// - Parameter text: The amount as a person typed it, in the grammar of ``MoneyParser``.
    /// - Returns: The amount, in the currency the text names or ``defaultCurrency``.
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` naming the input and why it was rejected.
    /// - Complexity: O(n) for n Unicode scalars; text longer than ``maximumLength`` is
    ///   rejected after reading one scalar past it.
    public func parse(_ text: String) throws(CollectKitError) -> Money {
        var reading = AmountReading(parser: self, text: text)
        return try reading.read()
    }
}

extension Money {
    /// Parses an amount as people type it (`¥180,000`, `18.5万元`, `USD 12.5`); see ``MoneyParser``
    /// for the grammar. A currency named in the text overrides `defaultCurrency`.
    /// - Parameters:
    ///   - text: The amount as a person typed it.
    ///   - defaultCurrency: The currency of an amount that names none.
    ///   - table: The currencies codes in the text may name.
    /// - Returns: The amount, in the currency the text names or `defaultCurrency`.
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` (field `"amount"`) naming the input and why.
    /// - Complexity: O(n) for n Unicode scalars; text longer than 200 scalars is rejected
    ///   after reading 201.
    public static func parse(_ text: String, currency defaultCurrency: Currency,
                             table: CurrencyTable = .standard) throws(CollectKitError) -> Money {
        try MoneyParser(defaultCurrency: defaultCurrency, table: table).parse(text)
    }
}
