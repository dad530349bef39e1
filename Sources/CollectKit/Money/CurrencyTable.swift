/// A lookup table from ISO 4217 codes to ``Currency`` values.
///
/// ``standard`` holds the built-in currencies. A host that deals in others makes its own
/// table value (``adding(_:)``) and hands it to parsing or import; nothing is registered
/// globally.
public struct CurrencyTable: Sendable, Hashable {
    private var byCode: [String: Currency]

    /// A table of exactly the given currencies.
    public init(_ currencies: some Sequence<Currency>) {
        var byCode: [String: Currency] = [:]
        for currency in currencies { byCode[currency.code] = currency }
        self.byCode = byCode
    }

    /// The built-in currencies (``Currency/builtIn``).
    public static let standard = CurrencyTable(Currency.builtIn)

    /// A copy of this table that also knows `currency` (replacing one with the same code).
    public func adding(_ currency: Currency) -> CurrencyTable {
        var copy = self
        copy.byCode[currency.code] = currency
        return copy
    }

    /// Whether the table holds exactly this currency (same code and exponent).
    public func contains(_ currency: Currency) -> Bool { byCode[currency.code] == currency }

    /// All currencies in the table, sorted by code.
    public var currencies: [Currency] { byCode.values.sorted { $0.code < $1.code } }

    /// The currency with this code (case-insensitive).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidCurrency`` when the code is unknown to this table.
    public func currency(code: String) throws(CollectKitError) -> Currency {
        guard let currency = byCode[code.uppercased()] else {
            throw CollectKitError(kind: .invalidCurrency, field: "currency.code", value: code,
                                  reason: "not a currency this table knows; add it with CurrencyTable.adding(_:)")
        }
        return currency
    }
}
