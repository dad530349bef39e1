/// Writes ``Money`` as text for people, deterministically and without Foundation's
/// locale-dependent `NumberFormatter`: the same amount and options always give the same string.
///
/// | style | en | zh |
/// |---|---|---|
/// | ``Style/symbol`` | `¥180,000.00`, `$1,234.56`, `-¥5.00`, `¥1,000` (JPY) | same |
/// | ``Style/code`` | `CNY 180,000.00`, `-USD 5.00` | same |
/// | ``Style/largeUnits`` | `¥180K`, `$1.2M`, `$3B` | `18万元`, `18.5万元`, `1.2亿元`, `3万美元` |
///
/// Large units are used only when they are **exact** within ``largeUnitFractionDigits``
/// decimal places: ¥185,000 is `18.5万元`, but ¥123,456.78 would need `12.345678万`, so it
/// falls back to the next smaller unit that is exact, and finally to the plain number with
/// its word (`123,456.78元`, `¥123,456.78` in English). Plain large-unit fallbacks show
/// decimals only when the amount has a fractional part (`5,000元`). Nothing is ever rounded.
/// Everything written here reads back to the same amount with ``MoneyParser``.
public struct MoneyFormatter: Sendable, Hashable {

    /// How the currency and magnitude are shown.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// The currency's symbol before the number (`¥`, `$`, `HK$`); the code for currencies without one.
        case symbol
        /// The ISO code, a space, then the number: `CNY 180,000.00`.
        case code
        /// Compact exact large units: `18.5万元` in Chinese, `$1.2M` in English.
        case largeUnits
    }

    /// How digits of the whole part are grouped.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        /// Groups of three: `1,234,567`.
        case thousands
        /// Indian lakh and crore grouping: `12,34,567`.
        case lakh
        /// No separators: `1234567`.
        case none
    }

    /// The language of words and large units.
    public var language: Language
    /// How the currency and magnitude are shown.
    public var style: Style
    /// How digits of the whole part are grouped.
    public var grouping: Grouping
    /// The most decimal places a large-unit figure may show (`18.55万` needs 2); beyond it the
    /// formatter falls back rather than round.
    public var largeUnitFractionDigits: Int

    /// A formatter; the default writes `¥180,000.00`.
    ///
    /// - Parameters:
    ///   - language: The language of words and large units.
    ///   - style: How the currency and magnitude are shown.
    ///   - grouping: How digits of the whole part are grouped.
    ///   - largeUnitFractionDigits: The most decimal places a large-unit figure may show;
    ///     beyond it the formatter falls back rather than round.
    public init(language: Language = .english, style: Style = .symbol, grouping: Grouping = .thousands,
                largeUnitFractionDigits: Int = 2) {
        self.language = language
        self.style = style
        self.grouping = grouping
        self.largeUnitFractionDigits = largeUnitFractionDigits
    }

    /// The text for `money`.
    ///
    /// - Parameter money: The amount to write.
    /// - Returns: The text; the same amount and options always give the same string.
    public func string(for money: Money) -> String {
        let sign = money.isNegative ? "-" : ""
        let magnitude = money.minorUnits.magnitude
        let currency = money.currency
        switch style {
        case .code:
            return sign + currency.code + " " + plainNumber(magnitude, currency: currency, alwaysShowFraction: true)
        case .symbol:
            return sign + symbolForm(magnitude, currency: currency, alwaysShowFraction: true)
        case .largeUnits:
            let units: [(power: Int, name: String)] = language == .chinese
                ? [(8, "亿"), (4, "万")]
                : [(9, "B"), (6, "M"), (3, "K")]
            let figure = largeUnitFigure(magnitude, currency: currency, units: units)
            switch language {
            case .chinese:
                let number = figure ?? plainNumber(magnitude, currency: currency, alwaysShowFraction: false)
                if let word = CurrencyMarker.chineseWord(for: currency) { return sign + number + word }
                return sign + number + " " + currency.code
            case .english:
                guard let figure else { return sign + symbolForm(magnitude, currency: currency, alwaysShowFraction: false) }
                if let symbol = CurrencyMarker.symbol(for: currency) { return sign + symbol + figure }
                return sign + currency.code + " " + figure
            }
        }
    }

    private func symbolForm(_ magnitude: UInt64, currency: Currency, alwaysShowFraction: Bool) -> String {
        let number = plainNumber(magnitude, currency: currency, alwaysShowFraction: alwaysShowFraction)
        guard let symbol = CurrencyMarker.symbol(for: currency) else { return currency.code + " " + number }
        return symbol + number
    }

    /// `1,234.56`: the whole part grouped, then exactly the currency's decimals (or none when
    /// they are all zero and `alwaysShowFraction` is off).
    private func plainNumber(_ magnitude: UInt64, currency: Currency, alwaysShowFraction: Bool) -> String {
        let perMajor = UInt64(currency.minorUnitsPerMajorUnit)
        let (whole, fraction) = magnitude.quotientAndRemainder(dividingBy: perMajor)
        var text = grouped(whole)
        if currency.minorUnitExponent > 0, alwaysShowFraction || fraction != 0 {
            text += "." + Self.padded(fraction, width: currency.minorUnitExponent)
        }
        return text
    }

    /// The biggest unit that shows `magnitude` exactly within the allowed decimals, e.g. `18.5万`.
    private func largeUnitFigure(_ magnitude: UInt64, currency: Currency, units: [(power: Int, name: String)]) -> String? {
        for unit in units {
            let digits = unit.power + currency.minorUnitExponent
            guard digits <= 19 else { continue }
            var size: UInt64 = 1
            for _ in 0..<digits { size *= 10 }
            let (whole, rest) = magnitude.quotientAndRemainder(dividingBy: size)
            guard whole > 0 else { continue }
            var fraction = Self.padded(rest, width: digits)
            while fraction.last == "0" { fraction.removeLast() }
            guard fraction.count <= max(largeUnitFractionDigits, 0) else { continue }
            return grouped(whole) + (fraction.isEmpty ? "" : "." + fraction) + unit.name
        }
        return nil
    }

    private func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        guard grouping != .none, digits.count > 3 else { return String(digits) }
        var result: [Character] = []
        result.reserveCapacity(digits.count + digits.count / 2)
        for (index, digit) in digits.enumerated() {
            let remaining = digits.count - index
            if index > 0 {
                let separate = switch grouping {
                case .thousands: remaining % 3 == 0
                case .lakh: remaining == 3 || (remaining > 3 && (remaining - 3) % 2 == 0)
                case .none: false
                }
                if separate { result.append(",") }
            }
            result.append(digit)
        }
        return String(result)
    }

    private static func padded(_ value: UInt64, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}

extension Money {
    /// This amount as text, e.g. `¥180,000.00`; see ``MoneyFormatter`` for the options.
    ///
    /// - Parameter formatter: The language, style and grouping to write in.
    /// - Returns: The text; the same amount and formatter always give the same string.
    public func formatted(_ formatter: MoneyFormatter = MoneyFormatter()) -> String {
        formatter.string(for: self)
    }
}
