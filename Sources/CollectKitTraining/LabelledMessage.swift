import CollectKit
/// One line of a labelled message-review set (`messages-dev.jsonl`): a draft and the flags a
/// reviewer should raise on it.
public struct LabelledMessage: Hashable, Sendable, Codable {
    /// Unique within its file.
    public let id: String
    /// `zh` or `en`.
    public let lang: String
    /// The draft.
    public let text: String
    /// Every weak tactic present; empty for a sound message.
    public let flags: [MessageFlag]
    /// The incentives really approved for this customer; absent means none.
    public let approvedIncentives: [String]?

    private enum CodingKeys: String, CodingKey {
        case id, lang, text, flags
        case approvedIncentives = "approved_incentives"
    }

    /// A labelled draft.
    public init(id: String, lang: String, text: String, flags: [MessageFlag], approvedIncentives: [String]? = nil) {
        self.id = id
        self.lang = lang
        self.text = text
        self.flags = flags
        self.approvedIncentives = approvedIncentives
    }

    /// The review context the labels assume: only the approved incentives are known.
    public var context: MessageContext { MessageContext(approvedIncentives: approvedIncentives ?? []) }
}
