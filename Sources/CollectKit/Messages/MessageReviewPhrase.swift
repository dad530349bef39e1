/// A phrase the standard reviewer looks for, and what finding it means.
///
/// The built-in lexicons (`Resources/message-review-zh.tsv`, `message-review-en.tsv`) are
/// lists of these; a host or plugin passes more to ``StandardMessageReviewer/init(additionalPhrases:flagExplanations:)``.
public struct MessageReviewPhrase: Hashable, Sendable {
    /// What a phrase signals. An open set of roles with static members, so new roles can be
    /// added without breaking callers.
    public struct Role: Hashable, Sendable, CustomStringConvertible {
        /// The roles without an argument, spelled as in lexicon files. One list serves parsing,
        /// ``description`` and the reviewer's compiled phrase codes, so a new role is added here only.
        enum Plain: String, Hashable, Sendable {
            case courtesyClose = "courtesy_close"
            case deferral
            case sideDeal = "side_deal"
            case deadline
            case unspecifiedAmount = "unspecified_amount"
            case unspecifiedTime = "unspecified_time"
            case paymentRequest = "payment_request"
            case acknowledgement
            case information
            case nextStep = "next_step"
            case suppressor = "suppress"
            case superior
            case pressure
        }

        enum Storage: Hashable, Sendable {
            case signals(MessageFlag)
            case concession(String)
            case plain(Plain)
        }
        let storage: Storage

        /// The phrase by itself raises `flag` (pleading, quota disclosure, passive close, or a plugin's flag).
        public static func signals(_ flag: MessageFlag) -> Role { Role(storage: .signals(flag)) }
        /// A goodbye ("您先忙", "won't keep you"): a passive close only when the draft lacks a firm amount and deadline.
        public static let courtesyClose = Role(storage: .plain(.courtesyClose))
        /// Leaves the time to the customer ("您方便的时候", "whenever"): a passive close when it is in
        /// the draft's last clause, a mere qualifier of the request otherwise.
        public static let deferral = Role(storage: .plain(.deferral))
        /// An offered concession of a kind (`discount`, `rebate`, `free_goods`…): unapproved unless an
        /// approved incentive in the context names the same kind and the same rates.
        public static func concession(kind: String) -> Role { Role(storage: .concession(kind)) }
        /// A personal side deal ("自己掏钱", "from my side"): unapproved whatever the context says.
        public static let sideDeal = Role(storage: .plain(.sideDeal))
        /// A concrete deadline word ("周五", "月底", "tomorrow").
        public static let deadline = Role(storage: .plain(.deadline))
        /// Leaves the amount open ("多少", "whatever you can"): the draft names no amount even if it quotes one.
        public static let unspecifiedAmount = Role(storage: .plain(.unspecifiedAmount))
        /// Leaves the time open ("尽快", "ASAP"): not a deadline, and marks the draft as a request.
        public static let unspecifiedTime = Role(storage: .plain(.unspecifiedTime))
        /// Shows the draft is about paying ("付款", "transfer").
        public static let paymentRequest = Role(storage: .plain(.paymentRequest))
        /// Confirms money arrived ("已到账", "payment received"): such a draft is not a request.
        public static let acknowledgement = Role(storage: .plain(.acknowledgement))
        /// Sends a document for information ("请查收", "please find attached").
        public static let information = Role(storage: .plain(.information))
        /// Names the collector's next step ("我周五去拿回单", "I'll call").
        public static let nextStep = Role(storage: .plain(.nextStep))
        /// Cancels every shorter match that lies inside this one ("不打折" cancels "打折").
        public static let suppressor = Role(storage: .plain(.suppressor))
        /// The collector's own superior ("我们老板", "my manager"): a quota disclosure when a
        /// ``pressure`` phrase is close by ("我们老板天天催", "my manager keeps chasing me").
        public static let superior = Role(storage: .plain(.superior))
        /// Pressure put on someone ("天天催", "chasing"): a quota disclosure next to a ``superior``.
        public static let pressure = Role(storage: .plain(.pressure))

        /// Parses a role as written in a lexicon file: a flag label (`pleading`), `flag:<label>`,
        /// `concession:<kind>`, or one of `courtesy_close`, `deferral`, `side_deal`, `deadline`,
        /// `unspecified_amount`, `unspecified_time`, `payment_request`, `acknowledgement`,
        /// `information`, `next_step`, `suppress`, `superior`, `pressure`.
        ///
        /// - Throws: ``CollectKitError/Kind/invalidArgument`` for an unknown role.
        public init(code: String) throws(CollectKitError) {
            if let plain = Plain(rawValue: code) {
                storage = .plain(plain)
            } else if MessageFlag.builtIn.contains(MessageFlag(rawValue: code)) {
                storage = .signals(MessageFlag(rawValue: code))
            } else if code.hasPrefix("concession:"), code.count > 11 {
                storage = .concession(String(code.dropFirst(11)))
            } else if code.hasPrefix("flag:"), code.count > 5 {
                storage = .signals(MessageFlag(rawValue: String(code.dropFirst(5))))
            } else {
                throw .invalidArgument(field: "messageReviewPhrase.role", value: code,
                                       reason: "not a message review role")
            }
        }

        init(storage: Storage) { self.storage = storage }

        /// The role as written in lexicon files.
        public var description: String {
            switch storage {
            case .signals(let flag): return MessageFlag.builtIn.contains(flag) ? flag.rawValue : "flag:\(flag.rawValue)"
            case .concession(let kind): return "concession:\(kind)"
            case .plain(let plain): return plain.rawValue
            }
        }
    }

    /// The phrase as people write it; it is normalised like the drafts (width, case, traditional characters).
    public let text: String
    /// What finding the phrase means.
    public let role: Role

    /// A phrase with a role. Phrases with ASCII letters match whole words only.
    public init(_ text: String, role: Role) {
        self.text = text
        self.role = role
    }
}
