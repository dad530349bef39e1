/// Something the supplier may give up to get paid: an open vocabulary.
///
/// The planner offers a concession only when it is in the approved list it was given; the
/// article warns against inventing concessions that do not exist (虚设优惠). Hosts add their
/// own with ``init(rawValue:)``.
public struct Concession: OpenVocabulary {
    /// The stable snake_case label.
    public let rawValue: String

    /// A concession with this label.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Paying the request in several installments instead of at once (分期回款).
    public static let installmentPlan = Self(rawValue: "installment_plan")
    /// A discount for paying early (提前回款折扣).
    public static let earlyPaymentDiscount = Self(rawValue: "early_payment_discount")
    /// Waiving late-payment charges (免除滞纳金).
    public static let lateFeeWaiver = Self(rawValue: "late_fee_waiver")
    /// Promotion support or rebates tied to payment (回款返利/活动支持).
    public static let promotionSupport = Self(rawValue: "promotion_support")
}
