/// How a promise was obtained or a customer was contacted: an open vocabulary.
///
/// The five channels the article's collectors use are static members; a host adds its own
/// (e.g. `wecom`) with ``init(rawValue:)`` without forking the library.
public struct ContactChannel: OpenVocabulary {
    /// The stable snake_case label.
    public let rawValue: String

    /// A channel with this label.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A telephone call (电话).
    public static let call = Self(rawValue: "call")
    /// A visit in person (上门拜访).
    public static let visit = Self(rawValue: "visit")
    /// An instant message such as WeChat (微信/聊天).
    public static let chat = Self(rawValue: "chat")
    /// An email (邮件).
    public static let email = Self(rawValue: "email")
    /// A letter or formal notice (函件).
    public static let letter = Self(rawValue: "letter")

    /// The channel's name in Chinese, for plans and reports; a host-defined channel shows its label.
    public var chineseName: String {
        switch self {
        case .call: "电话"
        case .visit: "上门拜访"
        case .chat: "微信/聊天"
        case .email: "邮件"
        case .letter: "正式函件"
        default: rawValue
        }
    }

    /// The channel's name in English; a host-defined channel shows its label with
    /// underscores as spaces.
    public var englishName: String {
        switch self {
        case .call: "phone call"
        case .visit: "visit"
        case .chat: "chat message"
        case .email: "email"
        case .letter: "formal letter"
        default: rawValue.replacingOccurrences(of: "_", with: " ")
        }
    }
}
