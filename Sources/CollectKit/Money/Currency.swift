/// An ISO 4217 currency: its alphabetic code and how many minor units make a major unit.
///
/// Currencies are plain values. The built-in ones are static members (``cny``, ``usd``…);
/// a host that needs another constructs it with ``init(code:minorUnitExponent:)`` and
/// passes it where it is needed. There is no global registry to mutate, so two tenants
/// in one process cannot affect each other's currencies.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// The three-letter ISO 4217 code, upper case, e.g. `"CNY"`.
    public let code: String
    /// The number of decimal places of the minor unit: 2 for CNY (分), 0 for JPY.
    public let minorUnitExponent: Int

    /// Creates a currency after validating the code (three ASCII letters) and the exponent (0…4).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidCurrency`` naming the bad field.
    public init(code: String, minorUnitExponent: Int) throws(CollectKitError) {
        // Checked before upper-casing: Unicode case mapping can turn other text into three
        // ASCII letters ("ßa" → "SSA").
        let isCode = code.utf8.count == 3 && code.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        let upper = code.uppercased()
        guard isCode else {
            throw CollectKitError(kind: .invalidCurrency, field: "currency.code", value: code,
                                  reason: "an ISO 4217 code is three letters A–Z")
        }
        guard (0...4).contains(minorUnitExponent) else {
            throw CollectKitError(kind: .invalidCurrency, field: "currency.minorUnitExponent",
                                  value: String(minorUnitExponent),
                                  reason: "ISO 4217 minor-unit exponents are between 0 and 4")
        }
        self.code = upper
        self.minorUnitExponent = minorUnitExponent
    }

    private init(unchecked code: String, _ exponent: Int) {
        self.code = code
        self.minorUnitExponent = exponent
    }

    /// How many minor units make one major unit (100 for CNY, 1 for JPY).
    public var minorUnitsPerMajorUnit: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorUnitExponent { factor *= 10 }
        return factor
    }

    /// The code, e.g. `CNY`.
    public var description: String { code }

    /// Chinese yuan renminbi.
    public static let cny = Currency(unchecked: "CNY", 2)
    /// US dollar.
    public static let usd = Currency(unchecked: "USD", 2)
    /// Euro.
    public static let eur = Currency(unchecked: "EUR", 2)
    /// Pound sterling.
    public static let gbp = Currency(unchecked: "GBP", 2)
    /// Japanese yen (no minor unit).
    public static let jpy = Currency(unchecked: "JPY", 0)
    /// Hong Kong dollar.
    public static let hkd = Currency(unchecked: "HKD", 2)
    /// New Taiwan dollar (ISO 4217 lists two decimals, though cents are rarely used).
    public static let twd = Currency(unchecked: "TWD", 2)
    /// Singapore dollar.
    public static let sgd = Currency(unchecked: "SGD", 2)
    /// Indian rupee.
    public static let inr = Currency(unchecked: "INR", 2)
    /// South Korean won (no minor unit).
    public static let krw = Currency(unchecked: "KRW", 0)
    /// Malaysian ringgit.
    public static let myr = Currency(unchecked: "MYR", 2)
    /// Australian dollar.
    public static let aud = Currency(unchecked: "AUD", 2)

    /// The currencies CollectKit knows without being told.
    public static let builtIn: [Currency] = [.cny, .usd, .eur, .gbp, .jpy, .hkd, .twd, .sgd, .inr, .krw, .myr, .aud]
}

extension Currency: Codable {
    private enum CodingKeys: String, CodingKey { case code, minorUnitExponent }

    /// Decodes either a bare built-in code (`"CNY"`) or `{"code": "XOF", "minorUnitExponent": 0}`,
    /// validating both forms.
    public init(from decoder: any Decoder) throws {
        // Two accepted shapes: a bare code, or (when the value is not a string) a keyed object.
        let code: String?
        do { code = try decoder.singleValueContainer().decode(String.self) } catch DecodingError.typeMismatch { code = nil }
        if let code {
            self = try CurrencyTable.standard.currency(code: code)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self = try Currency(code: container.decode(String.self, forKey: .code),
                            minorUnitExponent: container.decode(Int.self, forKey: .minorUnitExponent))
    }

    /// Encodes built-in currencies as their bare code and others with their exponent.
    public func encode(to encoder: any Encoder) throws {
        if CurrencyTable.standard.contains(self) {
            var single = encoder.singleValueContainer()
            try single.encode(code)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(minorUnitExponent, forKey: .minorUnitExponent)
        }
    }
}
