/// Why each built-in tactic costs money, after the article's sixth point (缺乏过硬心理素质).
enum FlagExplanations {
    static let builtIn: [MessageFlag: ReviewText] = [
        .pleading: ReviewText(
            chinese: "乞求同情把自己放在弱势位置:客户嘴上答应,转身就忘,这笔款排到了最后。",
            english: "Pleading puts you in the weak position: the customer agrees, forgets, and pays the suppliers who insist first."),
        .quotaDisclosure: ReviewText(
            chinese: "把任务、考核或公司内部政策全盘托出,客户就摸清了您的底线,会按您的压力和政策打折扣、拖时间。",
            english: "Revealing your target, your pressure or internal policy shows the customer your limits; they pay to those limits, not to the invoice."),
        .unapprovedIncentive: ReviewText(
            chinese: "虚构或未经批准的优惠直接减少回款,公司不认账时还会伤信誉,客户也会等着下一次优惠再付。",
            english: "An unapproved concession cuts what you collect, damages trust when the company refuses it, and teaches the customer to wait for the next one."),
        .vagueRequest: ReviewText(
            chinese: "没有具体金额和期限的请求,回款只能看客户的自觉性;有限的现金会先付给要求明确的供应商。",
            english: "A request without a concrete amount and deadline leaves payment to the customer's goodwill; limited cash goes first to suppliers who name both."),
        .passiveClose: ReviewText(
            chinese: "把主动权交还给客户,对方没有作出任何承诺,下一次催款又要从头开始。",
            english: "Handing the initiative back ends the exchange without a commitment, so the next chase starts from zero."),
    ]

    static func fallback(for flag: MessageFlag) -> ReviewText {
        ReviewText(chinese: "该写法被规则“\(flag.rawValue)”标记,会削弱催款的力度。",
                   english: "Flagged as \(flag.rawValue): this wording weakens the request for payment.")
    }
}
