/// A weak tactic found in a collector's draft: an open vocabulary.
///
/// The five built-in flags are static members and use the labels of the labelled data sets;
/// a plugin adds its own with ``init(rawValue:)`` (e.g. `legal_bluff`) without forking,
/// in the style of `HTTPField.Name`.
public struct MessageFlag: OpenVocabulary {
    /// The stable snake_case label.
    public let rawValue: String

    /// A flag with this label.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Begging for sympathy or a favour (乞求博得客户的同情).
    public static let pleading = Self(rawValue: "pleading")
    /// Revealing one's own target, quota, pressure or the company's internal policy (把任务和政策全盘托出).
    public static let quotaDisclosure = Self(rawValue: "quota_disclosure")
    /// Offering a discount, rebate, free goods or other concession nobody approved (虚构优惠政策).
    public static let unapprovedIncentive = Self(rawValue: "unapproved_incentive")
    /// Asking for payment without a concrete amount or without a concrete deadline (回款看客户自觉).
    public static let vagueRequest = Self(rawValue: "vague_request")
    /// Ending by handing the initiative back without a commitment (您有事先忙).
    public static let passiveClose = Self(rawValue: "passive_close")

    /// The built-in flags, in the order of the data README.
    public static let builtIn: [MessageFlag] = [
        .pleading, .quotaDisclosure, .unapprovedIncentive, .vagueRequest, .passiveClose,
    ]
}
