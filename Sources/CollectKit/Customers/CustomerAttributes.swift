/// A typed bag of host-specific facts about a customer (region, sales channel, the project
/// a building-materials customer supplies, an external credit score…).
///
/// Keys carry their value type, so reading back a fact needs no casting:
///
/// ```swift
/// extension CustomerAttributes.Key where Value == String {
///     static let region = Self("region")
/// }
/// var attributes = CustomerAttributes()
/// attributes[.region] = "华东"
/// let region: String? = attributes[.region]
/// ```
public struct CustomerAttributes: Hashable, Sendable, Codable {
    /// A named attribute whose values are of type `Value`.
    public struct Key<Value: CustomerAttributeValue>: Hashable, Sendable {
        /// The attribute's stable name, used when encoding.
        public let name: String
        /// A key with this name.
        public init(_ name: String) { self.name = name }
    }

    private var storage: [String: AttributeValue]

    /// An empty bag.
    public init() { storage = [:] }

    /// Reads or writes the value for `key`; `nil` removes it. A stored value of another
    /// type reads as `nil`.
    public subscript<Value>(key: Key<Value>) -> Value? {
        get { storage[key.name].flatMap(Value.init(attributeValue:)) }
        set { storage[key.name] = newValue?.attributeValue }
    }

    /// The names of the attributes present, sorted.
    public var names: [String] { storage.keys.sorted() }

    /// Whether the bag holds no attributes.
    public var isEmpty: Bool { storage.isEmpty }
}

/// The encodable forms an attribute value takes.
public enum AttributeValue: Hashable, Sendable, Codable {
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int64)
    /// A yes/no flag.
    case flag(Bool)
    /// An exact amount.
    case money(Money)
    /// A calendar day.
    case date(CalendarDate)
}

/// A type that can be stored in ``CustomerAttributes``.
public protocol CustomerAttributeValue: Sendable {
    /// Converts a stored value back, or `nil` if it holds another type.
    init?(attributeValue: AttributeValue)
    /// The stored form of this value.
    var attributeValue: AttributeValue { get }
}

extension String: CustomerAttributeValue {
    /// Reads `.text`.
    public init?(attributeValue: AttributeValue) { guard case .text(let v) = attributeValue else { return nil }; self = v }
    /// Stores as `.text`.
    public var attributeValue: AttributeValue { .text(self) }
}

extension Int64: CustomerAttributeValue {
    /// Reads `.integer`.
    public init?(attributeValue: AttributeValue) { guard case .integer(let v) = attributeValue else { return nil }; self = v }
    /// Stores as `.integer`.
    public var attributeValue: AttributeValue { .integer(self) }
}

extension Bool: CustomerAttributeValue {
    /// Reads `.flag`.
    public init?(attributeValue: AttributeValue) { guard case .flag(let v) = attributeValue else { return nil }; self = v }
    /// Stores as `.flag`.
    public var attributeValue: AttributeValue { .flag(self) }
}

extension Money: CustomerAttributeValue {
    /// Reads `.money`.
    public init?(attributeValue: AttributeValue) { guard case .money(let v) = attributeValue else { return nil }; self = v }
    /// Stores as `.money`.
    public var attributeValue: AttributeValue { .money(self) }
}

extension CalendarDate: CustomerAttributeValue {
    /// Reads `.date`.
    public init?(attributeValue: AttributeValue) { guard case .date(let v) = attributeValue else { return nil }; self = v }
    /// Stores as `.date`.
    public var attributeValue: AttributeValue { .date(self) }
}
