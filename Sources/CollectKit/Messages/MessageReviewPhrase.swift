/// A phrase the standard reviewer looks for, and what finding it means.
///
/// The built-in lexicons (`Resources/message-review-zh.tsv`, `message-review-en.tsv`) are
/// lists of these; a host or plugin passes more to ``StandardMessageReviewer/init(additionalPhrases:flagExplanations:)``.
public struct MessageReviewPhrase: Hashable, Sendable {
    /// What a phrase signals. An open set of roles with static members, so new roles can be
    /// added without breaking callers.
    public struct Role: Hashable, Sendable, CustomStringConvertible {
        enum Storage: Hashable, Sendable {
            case signals(MessageFlag)
            case courtesyClose
            case deferral
            case concession(String)
            case sideDeal
            case deadline
            case unspecifiedAmount
            case unspecifiedTime
            case paymentRequest
            case acknowledgement
            case information
            case nextStep
            case suppressor
            case superior
            case pressure
        }
        let storage: Storage

        /// The phrase by itself raises `flag` (pleading, quota disclosure, passive close, or a plugin's flag).
        public static func signals(_ flag: MessageFlag) -> Role { Role(storage: .signals(flag)) }
        /// A goodbye ("您先忙", "won't keep you"): a passive close only when the draft lacks a firm amount and deadline.
        public static let courtesyClose = Role(storage: .courtesyClose)
        /// Leaves the time to the customer ("您方便的时候", "whenever"): a passive close when it is in
        /// the draft's last clause, a mere qualifier of the request otherwise.
        public static let deferral = Role(storage: .deferral)
        /// An offered concession of a kind (`discount`, `rebate`, `free_goods`…): unapproved unless an
        /// approved incentive in the context names the same kind and the same rates.
        public static func concession(kind: String) -> Role { Role(storage: .concession(kind)) }
        /// A personal side deal ("自己掏钱", "from my side"): unapproved whatever the context says.
        public static let sideDeal = Role(storage: .sideDeal)
        /// A concrete deadline word ("周五", "月底", "tomorrow").
        public static let deadline = Role(storage: .deadline)
        /// Leaves the amount open ("多少", "whatever you can"): the draft names no amount even if it quotes one.
        public static let unspecifiedAmount = Role(storage: .unspecifiedAmount)
        /// Leaves the time open ("尽快", "ASAP"): not a deadline, and marks the draft as a request.
        public static let unspecifiedTime = Role(storage: .unspecifiedTime)
        /// Shows the draft is about paying ("付款", "transfer").
        public static let paymentRequest = Role(storage: .paymentRequest)
        /// Confirms money arrived ("已到账", "payment received"): such a draft is not a request.
        public static let acknowledgement = Role(storage: .acknowledgement)
        /// Sends a document for information ("请查收", "please find attached").
        public static let information = Role(storage: .information)
        /// Names the collector's next step ("我周五去拿回单", "I'll call").
        public static let nextStep = Role(storage: .nextStep)
        /// Cancels every shorter match that lies inside this one ("不打折" cancels "打折").
        public static let suppressor = Role(storage: .suppressor)
        /// The collector's own superior ("我们老板", "my manager"): a quota disclosure when a
        /// ``pressure`` phrase is close by ("我们老板天天催", "my manager keeps chasing me").
        public static let superior = Role(storage: .superior)
        /// Pressure put on someone ("天天催", "chasing"): a quota disclosure next to a ``superior``.
        public static let pressure = Role(storage: .pressure)

        /// Parses a role as written in a lexicon file: a flag label (`pleading`), `flag:<label>`,
        /// `concession:<kind>`, or one of `courtesy_close`, `deferral`, `side_deal`, `deadline`,
        /// `unspecified_amount`, `unspecified_time`, `payment_request`, `acknowledgement`,
        /// `information`, `next_step`, `suppress`, `superior`, `pressure`.
        ///
        /// - Throws: ``CollectKitError/Kind/invalidArgument`` for an unknown role.
        public init(code: String) throws(CollectKitError) {
            switch code {
            case "pleading", "quota_disclosure", "passive_close", "vague_request", "unapproved_incentive":
                storage = .signals(MessageFlag(rawValue: code))
            case "courtesy_close": storage = .courtesyClose
            case "deferral": storage = .deferral
            case "side_deal": storage = .sideDeal
            case "deadline": storage = .deadline
            case "unspecified_amount": storage = .unspecifiedAmount
            case "unspecified_time": storage = .unspecifiedTime
            case "payment_request": storage = .paymentRequest
            case "acknowledgement": storage = .acknowledgement
            case "information": storage = .information
            case "next_step": storage = .nextStep
            case "suppress": storage = .suppressor
            case "superior": storage = .superior
            case "pressure": storage = .pressure
            default:
                if code.hasPrefix("concession:"), code.count > 11 {
                    storage = .concession(String(code.dropFirst(11)))
                } else if code.hasPrefix("flag:"), code.count > 5 {
                    storage = .signals(MessageFlag(rawValue: String(code.dropFirst(5))))
                } else {
                    throw .invalidArgument(field: "messageReviewPhrase.role", value: code,
                                           reason: "not a message review role")
                }
            }
        }

        init(storage: Storage) { self.storage = storage }

        /// The role as written in lexicon files.
        public var description: String {
            switch storage {
            case .signals(let flag): return MessageFlag.builtIn.contains(flag) ? flag.rawValue : "flag:\(flag.rawValue)"
            case .courtesyClose: return "courtesy_close"
            case .deferral: return "deferral"
            case .concession(let kind): return "concession:\(kind)"
            case .sideDeal: return "side_deal"
            case .deadline: return "deadline"
            case .unspecifiedAmount: return "unspecified_amount"
            case .unspecifiedTime: return "unspecified_time"
            case .paymentRequest: return "payment_request"
            case .acknowledgement: return "acknowledgement"
            case .information: return "information"
            case .nextStep: return "next_step"
            case .suppressor: return "suppress"
            case .superior: return "superior"
            case .pressure: return "pressure"
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
