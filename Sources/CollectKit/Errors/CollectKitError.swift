/// The one error type CollectKit throws.
///
/// Shaped like async-http-client's `HTTPClientError`: a struct whose ``Kind`` wraps a
/// private code, so new kinds can be added without breaking a caller's `switch`.
/// Compare kinds with `==` or match them in a `catch`:
///
/// ```swift
/// do { _ = try Money.parse("1..2", currency: .cny) }
/// catch let error where error.kind == .invalidAmount { print(error.field, error.value) }
/// ```
///
/// Every error names the ``field`` that was wrong and the ``value`` it held, and explains
/// why in ``reason``. Errors carry identifiers and the offending input, never customer
/// names or contact details.
public struct CollectKitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an open set: domains add their own kinds in extensions.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private let code: String

        /// Creates a kind from a stable, snake_case code. Library and plugin code declare
        /// kinds as static members rather than calling this at throw sites.
        public init(code: String) { self.code = code }

        /// The stable code, suitable for logs and metrics.
        public var description: String { code }
    }

    /// The kind of failure, for programmatic handling.
    public let kind: Kind
    /// The field, parameter or input that was wrong, e.g. `"amount"` or `"receivable.dueDate"`.
    public let field: String
    /// The offending value as text (truncated for very long input).
    public let value: String
    /// A human-readable explanation of why the value was rejected.
    public let reason: String

    /// Creates an error. Prefer the static factory methods; this exists for plugins and
    /// host code that extend CollectKit with their own kinds.
    public init(kind: Kind, field: String, value: String, reason: String) {
        self.kind = kind
        self.field = field
        self.value = CollectKitError.truncated(value)
        self.reason = reason
    }

    /// `kind: field = "value": reason`, with the value quoted so empty input is visible.
    public var description: String {
        "\(kind): \(field) = \"\(value)\": \(reason)"
    }

    static func truncated(_ value: String) -> String {
        // Error messages end up in logs; a 1 MB input must not.
        let limit = 120
        guard value.count > limit else { return value }
        return String(value.prefix(limit)) + "…(\(value.utf8.count) bytes)"
    }
}

extension CollectKitError.Kind {
    /// Two amounts in different currencies were combined or compared.
    public static let currencyMismatch = Self(code: "currency_mismatch")
    /// Arithmetic on money or counts would overflow 64-bit integers.
    public static let overflow = Self(code: "overflow")
    /// An amount could not be parsed, or is not valid where it was given (zero, negative).
    public static let invalidAmount = Self(code: "invalid_amount")
    /// A currency code or minor-unit exponent is not valid or not known.
    public static let invalidCurrency = Self(code: "invalid_currency")
    /// A date is invalid or inconsistent with another date (e.g. due before issued).
    public static let invalidDate = Self(code: "invalid_date")
    /// An identifier is empty or malformed.
    public static let invalidIdentifier = Self(code: "invalid_identifier")
    /// The same identifier was recorded twice with different content.
    public static let duplicateIdentifier = Self(code: "duplicate_identifier")
    /// A referenced record (customer, receivable, promise) does not exist.
    public static let unknownReference = Self(code: "unknown_reference")
    /// An argument is outside its documented range.
    public static let invalidArgument = Self(code: "invalid_argument")
    /// Encoded data is malformed, or was written by a newer schema version.
    public static let invalidData = Self(code: "invalid_data")
}

extension CollectKitError {
    /// Two amounts in different currencies were combined.
    public static func currencyMismatch(field: String, expected: Currency, found: Currency) -> Self {
        Self(kind: .currencyMismatch, field: field, value: found.code,
             reason: "expected an amount in \(expected.code), got \(found.code)")
    }

    /// An operation on amounts would overflow `Int64` minor units.
    public static func overflow(field: String, value: String) -> Self {
        Self(kind: .overflow, field: field, value: value,
             reason: "the result does not fit in 64-bit minor units")
    }

    /// An amount is not valid in this place.
    public static func invalidAmount(field: String, value: String, reason: String) -> Self {
        Self(kind: .invalidAmount, field: field, value: value, reason: reason)
    }

    /// An argument is outside its documented range.
    public static func invalidArgument(field: String, value: String, reason: String) -> Self {
        Self(kind: .invalidArgument, field: field, value: value, reason: reason)
    }
}

extension CollectKitError.Kind {
    /// Lets `catch` clauses and `switch`es match on a kind: `catch CollectKitError.Kind.overflow`.
    public static func ~= (kind: CollectKitError.Kind, error: any Error) -> Bool {
        (error as? CollectKitError)?.kind == kind
    }
}
