/// What kind of reason a customer gives for not paying: an open vocabulary.
///
/// The 13 built-in categories are static members; a host or plugin adds its own with
/// ``init(rawValue:)`` (e.g. a building-materials plugin's `waiting_for_project_payment`)
/// without forking the library, in the style of `HTTPField.Name`.
public struct ExcuseCategory: OpenVocabulary {
    /// The stable snake_case label, as used in the labelled data sets.
    public let rawValue: String

    /// A category with this label.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The goods are defective or customers complained about quality (产品质量问题).
    public static let productQuality = Self(rawValue: "product_quality")
    /// After-sales service, delivery, logistics or support let them down (售后服务问题).
    public static let serviceIssue = Self(rawValue: "service_issue")
    /// Promised promotion, marketing support, rebates or samples were not delivered (活动支持问题).
    public static let promotionSupport = Self(rawValue: "promotion_support")
    /// "Keep pushing and we stop working with you" (中止合作).
    public static let terminationThreat = Self(rawValue: "termination_threat")
    /// The money just went to another supplier (货款刚被其他厂商拿走).
    public static let paidOtherSupplier = Self(rawValue: "paid_other_supplier")
    /// Their own customers owe them (下游客户欠款较多).
    public static let downstreamArrears = Self(rawValue: "downstream_arrears")
    /// Cash is tight, invested elsewhere, loan not through (最近资金紧张).
    public static let cashFlowTight = Self(rawValue: "cash_flow_tight")
    /// A soft promise without commitment: "tomorrow", "right away" (马上就办款).
    public static let vaguePromise = Self(rawValue: "vague_promise")
    /// The boss or finance has not approved; internal process.
    public static let approvalPending = Self(rawValue: "approval_pending")
    /// The invoice is missing or wrong, the statement does not reconcile.
    public static let billingDispute = Self(rawValue: "billing_dispute")
    /// "We already paid, check your account."
    public static let alreadyPaid = Self(rawValue: "already_paid")
    /// The product is not selling; stock piles up (产品滞销).
    public static let slowSales = Self(rawValue: "slow_sales")
    /// No excuse: a firm commitment, a question, a greeting, something unrelated.
    public static let notAnExcuse = Self(rawValue: "not_an_excuse")

    /// The 13 built-in categories, in the order of the data README.
    public static let builtIn: [ExcuseCategory] = [
        .productQuality, .serviceIssue, .promotionSupport, .terminationThreat, .paidOtherSupplier,
        .downstreamArrears, .cashFlowTight, .vaguePromise, .approvalPending, .billingDispute,
        .alreadyPaid, .slowSales, .notAnExcuse,
    ]
}
