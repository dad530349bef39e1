/// Talking points for each excuse category: what the planner says back, in the spirit of
/// 不可信其有,也不可信其无 — ask for the facts, keep to the plan, name amount and date.
///
/// A host or plugin adds or replaces entries with ``adding(_:for:)``. Entries are checked
/// when added: a template that names the internal target (`{target}`, `{expected}`) or talks
/// about quotas (指标, 任务, 考核, 业绩, quota, target) is refused with
/// ``CollectKitError/Kind/guardRailViolation``, so no tactic can disclose the quota.
public struct ExcuseTacticBook: Sendable {
    /// One category's talking point, and an optional concession clause used only when the
    /// concession is approved.
    public struct Entry: Hashable, Sendable {
        /// The talking point in Chinese; may use `{ask}` and `{payBy}`.
        public var zh: String
        /// The talking point in English; may use `{ask}` and `{payBy}`.
        public var en: String
        /// The concession the clause offers.
        public var concession: Concession?
        /// The clause appended in Chinese when the concession is approved.
        public var concessionZh: String
        /// The clause appended in English when the concession is approved.
        public var concessionEn: String

        /// Creates an entry.
        public init(zh: String, en: String, concession: Concession? = nil, concessionZh: String = "", concessionEn: String = "") {
            self.zh = zh
            self.en = en
            self.concession = concession
            self.concessionZh = concessionZh
            self.concessionEn = concessionEn
        }
    }

    private var entries: [ExcuseCategory: Entry]

    /// A book with no entries (plans then carry no tactics).
    public static let empty = ExcuseTacticBook(unchecked: [:])

    private init(unchecked entries: [ExcuseCategory: Entry]) { self.entries = entries }

    /// The entry for `category`, if any.
    public func entry(for category: ExcuseCategory) -> Entry? { entries[category] }

    /// A copy with `entry` for `category`, after the guard-rail check described on the type.
    ///
    /// - Throws: ``CollectKitError/Kind/guardRailViolation`` naming the category.
    public func adding(_ entry: Entry, for category: ExcuseCategory) throws(CollectKitError) -> ExcuseTacticBook {
        for text in [entry.zh, entry.en, entry.concessionZh, entry.concessionEn] {
            if let word = PlanGuardRails.quotaDisclosure(in: text) {
                throw .guardRailViolation(field: "tacticBook[\(category)]", value: word,
                                          reason: "talking points must not disclose the internal target or quota")
            }
        }
        var copy = self
        copy.entries[category] = entry
        return copy
    }

    /// The built-in talking points for the 12 built-in excuse categories (not `not_an_excuse`).
    public static let standard = ExcuseTacticBook(unchecked: [
        .productQuality: Entry(
            zh: "请把具体批次和客诉记录发给我们,我们按流程核实;与此无关的货款 {ask} 请在 {payBy} 前安排。",
            en: "Please send the batch numbers and complaint records and we will check them properly; the unaffected amount of {ask} is due by {payBy}."),
        .serviceIssue: Entry(
            zh: "售后问题我们单独跟进并给出处理时间;货款 {ask} 请在 {payBy} 前支付。",
            en: "We will follow up the service issue separately with a date for the fix; the payment of {ask} is due by {payBy}."),
        .promotionSupport: Entry(
            zh: "活动支持按合同条款核对后兑现,与本次回款分开处理;请在 {payBy} 前支付 {ask}。",
            en: "Promotion support is settled against the contract terms, separately from this payment; please pay {ask} by {payBy}.",
            concession: .promotionSupport,
            concessionZh: "按公司已批准的回款支持政策,按期回款可享受相应支持。",
            concessionEn: " Under the approved payment-support policy, paying on time qualifies for that support."),
        .terminationThreat: Entry(
            zh: "合作是双方的,账期约定也是双方的;市场数据显示产品在您的区域动销正常,请在 {payBy} 前安排 {ask}。",
            en: "Working together includes the agreed payment terms; the market data shows the product selling normally in your area, so please arrange {ask} by {payBy}."),
        .paidOtherSupplier: Entry(
            zh: "我们的货款同样已经到期,请在 {payBy} 前安排 {ask},并告诉我们具体的付款时间。",
            en: "Our invoices are due as well: please arrange {ask} by {payBy} and tell us when exactly it will be paid."),
        .downstreamArrears: Entry(
            zh: "下游客户的欠款是另一笔账,我们的账期按合同执行;请在 {payBy} 前支付 {ask}。",
            en: "What your customers owe you is a separate account; our terms follow the contract, so please pay {ask} by {payBy}.",
            concession: .installmentPlan,
            concessionZh: "如一次付清确有困难,可按公司已批准的分期方式办理,每期金额和日期今天确定。",
            concessionEn: " If paying at once is truly hard, the approved installment arrangement is available, with each amount and date fixed today."),
        .cashFlowTight: Entry(
            zh: "我们理解资金安排的压力,但货款已经到期;请在 {payBy} 前安排 {ask}。",
            en: "We understand cash is being juggled, but the invoices are due; please arrange {ask} by {payBy}.",
            concession: .installmentPlan,
            concessionZh: "如一次付清确有困难,可按公司已批准的分期方式办理,每期金额和日期今天确定。",
            concessionEn: " If paying at once is truly hard, the approved installment arrangement is available, with each amount and date fixed today."),
        .vaguePromise: Entry(
            zh: "请确认具体金额和日期:{ask},{payBy} 前到账,我们当天核对。",
            en: "Please confirm the exact amount and date: {ask}, received by {payBy}; we will check on the day."),
        .approvalPending: Entry(
            zh: "请告诉我们审批人和审批时间;我们需要在 {payBy} 前收到 {ask},必要时我们直接与财务负责人沟通。",
            en: "Please tell us who approves and when; we need {ask} by {payBy}, and can speak with the finance lead directly if that helps."),
        .billingDispute: Entry(
            zh: "请列出对不上的单据,我们今天核对;无争议部分 {ask} 请在 {payBy} 前支付。",
            en: "Please list the documents that do not reconcile and we will check them today; the undisputed {ask} is due by {payBy}."),
        .alreadyPaid: Entry(
            zh: "请发来付款回单(日期、金额、账户),我们立即核对;如未到账,请在 {payBy} 前安排 {ask}。",
            en: "Please send the payment slip (date, amount, account) and we will check at once; if it has not arrived, please arrange {ask} by {payBy}."),
        .slowSales: Entry(
            zh: "我们一起看一下动销数据和促销安排;货款 {ask} 仍按约定在 {payBy} 前支付。",
            en: "Let us go through the sell-through figures and the promotion plan together; the payment of {ask} remains due by {payBy}."),
    ])
}
