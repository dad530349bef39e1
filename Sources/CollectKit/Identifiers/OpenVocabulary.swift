/// The shape of CollectKit's open vocabularies (``ExcuseCategory``, ``MessageFlag``,
/// ``ContactChannel``, ``Concession``, event and signal kinds): a stable snake_case label
/// with built-ins as static members, so a plugin or host adds its own values without
/// forking the library (as `HTTPField.Name` does).
///
/// A conformer declares `rawValue` and `init(rawValue:)`; ordering, description and the bare
/// JSON string encoding come from the extension.
public protocol OpenVocabulary: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
    /// A value with this label.
    init(rawValue: String)
}

extension OpenVocabulary {
    /// The label.
    public var description: String { rawValue }
    /// Orders by label, for stable output.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    /// Decodes from a bare string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    /// Encodes as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
