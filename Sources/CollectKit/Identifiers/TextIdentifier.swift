/// The shape shared by CollectKit's identifier types (``CustomerID``, ``ReceivableID``,
/// ``PaymentID``, ``CollectorID``…): a host's key kept as text, hashable, ordered and
/// encoded as a bare JSON string.
///
/// Conform a new identifier by declaring `rawValue` and `init(rawValue:)`; everything else
/// comes from the extension.
public protocol TextIdentifier: OpenVocabulary, ExpressibleByStringLiteral {}

extension TextIdentifier {
    /// Wraps the host's identifier text.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    /// Allows `let id: CustomerID = "C-001"` in tests and fixtures.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// Decodes from a bare string, rejecting an empty one.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try Self.validate(text)
        self.init(rawValue: text)
    }

    /// Creates an identifier from untrusted text.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` if the text is empty, only
    ///   whitespace, holds control characters, or is longer than 256 bytes.
    public static func validated(_ text: String) throws(CollectKitError) -> Self {
        try validate(text)
        return Self(rawValue: text)
    }

    /// Checks the identifier as ``validated(_:)`` does; for values a host conformance built.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` naming what is wrong.
    public func validate() throws(CollectKitError) { try Self.validate(rawValue) }

    static func validate(_ text: String) throws(CollectKitError) {
        guard !text.allSatisfy(\.isWhitespace) else {
            throw CollectKitError(kind: .invalidIdentifier, field: String(describing: Self.self), value: text,
                                  reason: "an identifier cannot be empty")
        }
        // Control characters corrupt logs and terminals; format characters (zero-width
        // spaces, direction overrides) make two different ids look identical.
        func hidden(_ scalar: Unicode.Scalar) -> Bool {
            let category = scalar.properties.generalCategory
            return category == .control || category == .format
        }
        guard !text.unicodeScalars.contains(where: hidden) else {
            throw CollectKitError(kind: .invalidIdentifier, field: String(describing: Self.self),
                                  value: text.unicodeScalars.map { hidden($0) ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined(),
                                  reason: "an identifier cannot contain control or invisible characters")
        }
        guard text.utf8.count <= 256 else {
            throw CollectKitError(kind: .invalidIdentifier, field: String(describing: Self.self), value: text,
                                  reason: "an identifier is at most 256 bytes")
        }
    }
}
