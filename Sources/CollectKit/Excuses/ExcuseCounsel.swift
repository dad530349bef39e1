/// Weighs one category of excuse against the host's facts and phrases the answer.
///
/// Kept apart from the classifiers so that every classifier, local or remote, answers with
/// the same facts. Wording states facts and next steps; it never calls the customer a liar.
struct ExcuseCounsel {
    var credibility: ExcuseCredibility
    var credibilityReasons: [ReviewText] = []
    var verifyChinese: [String] = []
    var verifyEnglish: [String] = []
    var talkingChinese: [String] = []
    var talkingEnglish: [String] = []

    private var support: [(String, String)] = []
    private var against: [(String, String)] = []

    init(category: ExcuseCategory, context: ExcuseContext) {
        credibility = .unverified
        weigh(category, context)
        facts(category, context)
        let level: ExcuseCredibility
        if category == .notAnExcuse { level = .unverified }
        else if against.count > support.count { level = .inconsistent }
        else if support.count > against.count { level = .consistent }
        else { level = .unverified }
        let reasons = support + against
        credibility = level
        credibilityReasons = reasons.map { ReviewText(chinese: $0.0, english: $0.1) }
    }

    private mutating func verify(_ zh: String, _ en: String) {
        verifyChinese.append(zh); verifyEnglish.append(en)
    }

    private mutating func say(_ zh: String, _ en: String) {
        talkingChinese.append(zh); talkingEnglish.append(en)
    }

    /// Facts that bear on the category's claim.
    private mutating func weigh(_ category: ExcuseCategory, _ c: ExcuseContext) {
        if let outcome = c.sameExcuseLastOutcome, category != .notAnExcuse {
            switch outcome {
            case .notPaid: against.append(("上次同样的理由后,承诺的付款没有兑现", "last time this reason was given, the promised payment did not arrive"))
            case .partlyPaid: against.append(("上次同样的理由后,只付了一部分", "last time this reason was given, only part of the payment arrived"))
            case .confirmedDispute: support.append(("上次同样的问题确实存在并已解决", "last time the same problem was real and was resolved"))
            case .paid, .unknown: break
            }
        }
        switch category {
        case .productQuality:
            // Saturating: host counts are untrusted, and `Int.max + 1` must not trap.
            let (sum, overflow) = max(0, c.openQualityComplaints ?? 0).addingReportingOverflow(max(0, c.openReturns ?? 0))
            let complaints = overflow ? Int.max : sum
            if c.openQualityComplaints != nil || c.openReturns != nil {
                if complaints > 0 { support.append(("系统里有\(complaints)条未结的质量投诉或退货", "\(complaints) open quality complaints or returns on record")) }
                else { against.append(("系统里没有未结的质量投诉或退货记录", "no open quality complaint or return on record")) }
            }
            if let s = c.sellThrough, let r = s.regionalStockDays, s.stockDays <= r {
                against.append(("产品库存周转\(s.stockDays)天,不慢于同区域的\(r)天", "stock turns in \(s.stockDays) days, no slower than the region's \(r)"))
            }
        case .slowSales:
            if let s = c.sellThrough, let r = s.regionalStockDays {
                if s.stockDays <= r { against.append(("库存周转\(s.stockDays)天,比同区域的\(r)天快", "stock turns in \(s.stockDays) days, faster than the region's \(r)")) }
                else { support.append(("库存周转\(s.stockDays)天,慢于同区域的\(r)天", "stock turns in \(s.stockDays) days, slower than the region's \(r)")) }
            }
            if let o = c.recentOrders, o.count > 0 {
                against.append(("最近\(o.periodDays)天还在补货\(MoneyPhrase.chinese(o.total))", "reordered \(MoneyPhrase.english(o.total)) in the last \(o.periodDays) days"))
            }
        case .cashFlowTight, .paidOtherSupplier, .downstreamArrears:
            if let o = c.recentOrders, o.count > 0, o.total.isPositive {
                against.append(("最近\(o.periodDays)天从我们这里进货\(MoneyPhrase.chinese(o.total))", "bought \(MoneyPhrase.english(o.total)) from us in the last \(o.periodDays) days"))
            }
            if let others = c.recentPaymentsToOthers, others.isPositive {
                if category == .paidOtherSupplier { support.append(("已知近期向其他供应商付款\(MoneyPhrase.chinese(others))", "known recent payments of \(MoneyPhrase.english(others)) to other suppliers")) }
                else { against.append(("近期仍向其他供应商付款\(MoneyPhrase.chinese(others))", "still paid \(MoneyPhrase.english(others)) to other suppliers recently")) }
            }
        case .vaguePromise, .approvalPending:
            if let r = c.promiseRecord, let rate = r.keptRate {
                let percent = (rate.value + 50) / 100
                if rate < 5_000 { against.append(("以往承诺兑现率\(percent)%,失约\(r.broken)次", "past promises kept \(percent)% of the time, \(r.broken) broken")) }
                else if rate >= 8_000 { support.append(("以往承诺兑现率\(percent)%", "past promises kept \(percent)% of the time")) }
            }
        case .alreadyPaid:
            if let p = c.lastPaymentToUs {
                if p.daysAgo <= 14 { support.append(("\(p.daysAgo)天前确有一笔\(MoneyPhrase.chinese(p.amount))到账", "a payment of \(MoneyPhrase.english(p.amount)) arrived \(p.daysAgo) days ago")) }
                else { against.append(("最近一笔到账是\(p.daysAgo)天前的\(MoneyPhrase.chinese(p.amount))", "the latest payment received was \(MoneyPhrase.english(p.amount)) \(p.daysAgo) days ago")) }
            }
        case .billingDispute:
            if let q = c.openBillingQueries {
                if q > 0 { support.append(("有\(q)条未结的发票或对账问题", "\(q) open invoice or statement queries on record")) }
                else { against.append(("没有未结的发票或对账问题记录", "no open invoice or statement query on record")) }
            }
        default:
            break
        }
    }

    /// What to check next and what to say, from the facts at hand.
    private mutating func facts(_ category: ExcuseCategory, _ c: ExcuseContext) {
        switch category {
        case .productQuality:
            verify("请客户提供批号、数量和照片,约定检验时间", "ask for batch numbers, quantities and photos; book an inspection")
            say("质量问题我们负责处理:请把批号和照片发我,我今天就安排;没有问题的部分请先按计划回款。", "We'll own any defect: send me batch numbers and photos and I'll arrange it today; please pay the unaffected part as planned.")
        case .serviceIssue:
            verify("核实具体哪次服务、哪张单,找到当事人", "identify the service case or order and who handled it")
            say("服务上的问题我来跟进,给您一个处理时间;货款按约定先回。", "I'll follow up on the service issue with a date; the payment stays on the agreed plan.")
        case .promotionSupport:
            verify("查合同和活动方案里承诺的支持,核对已兑现的部分", "check the contract and promotion plan for what was promised and what was delivered")
            say("活动支持按方案核对,已兑现的有记录;没兑现的部分我书面确认处理时间,货款请按期回。", "We'll check the promised support against the plan; what's outstanding I'll confirm in writing, the payment stays due.")
        case .terminationThreat:
            verify("弄清对方真正不满的是什么,上报主管", "find out what the real grievance is and tell your manager")
            say("合作是双方的事,您的意见我会带回去解决;已发的货款是另一回事,请按约定结清。", "We value working together and I'll take your concern back; the amount already due is separate and stays due.")
        case .paidOtherSupplier:
            verify("问清付给了哪家、何时有下一笔进账", "ask which supplier was paid and when the next cash comes in")
        case .downstreamArrears:
            verify("请客户列出欠款的下游客户和预计回款日", "ask for the downstream debtors and when they are due to pay")
        case .cashFlowTight:
            verify("问清资金何时回笼,约定具体金额和日期", "ask when cash comes back; agree a specific amount and date")
        case .vaguePromise:
            verify("把承诺落实到具体金额、日期和经办人", "turn the promise into an amount, a date and a named person")
            say("那我们定一下:明天几点、转多少、谁来办?我到时候跟您确认到账。", "Let's pin it down: what time tomorrow, how much, and who sends it? I'll confirm receipt then.")
        case .approvalPending:
            verify("问清审批人姓名、流程卡在哪一步、预计签批日期", "ask who approves, where the request is stuck and the expected sign-off date")
            say("方便告诉我是哪位审批、卡在哪一步吗?需要的资料我今天补齐。", "Who signs it off and where is it stuck? I'll send whatever they need today.")
        case .billingDispute:
            verify("核对发票和对账单,找出差异的单号", "reconcile invoices and statement; list the differing documents")
            say("我把对账单和发票再发一份,差异的单子我们逐笔核对;没争议的部分请先付。", "I'll resend the statement and invoices and go through any difference line by line; please pay the undisputed part now.")
        case .alreadyPaid:
            verify("请客户提供付款凭证(日期、金额、收款账户),与财务核对", "ask for the remittance (date, amount, receiving account) and check with finance")
            say("麻烦把付款回单发我一下,我马上让财务查;收款账户以合同为准。", "Could you send the remittance slip? I'll have finance trace it; the receiving account is the one in the contract.")
        case .slowSales:
            verify("核对该客户的实际库存和销售数据", "check the customer's actual stock and sales figures")
        default:
            break
        }
        // Facts answer deferrals: orders, sell-through, the promise record.
        if category != .notAnExcuse, ExcuseIntent(category: category) != .dispute {
            if let o = c.recentOrders, o.total.isPositive {
                var zh = "您最近\(o.periodDays)天从我们这里进货\(MoneyPhrase.chinese(o.total))"
                var en = "You bought \(MoneyPhrase.english(o.total)) from us in the last \(o.periodDays) days"
                if let s = c.sellThrough {
                    zh += ",库存周转\(s.stockDays)天"
                    en += " and the stock turns in \(s.stockDays) days"
                    if let r = s.regionalStockDays, s.stockDays < r {
                        zh += ",比同区域快"
                        en += ", faster than the region"
                    }
                }
                say(zh + ";这批货款请按计划安排。", en + "; please schedule this payment as planned.")
            } else if let s = c.sellThrough, let r = s.regionalStockDays, s.stockDays < r {
                say("我们的产品在您这里库存周转\(s.stockDays)天,比同区域的\(r)天快。", "Our product turns in \(s.stockDays) days at your store, faster than the region's \(r).")
            }
            if let r = c.promiseRecord, r.broken > 0 {
                say("之前有\(r.broken)次约定没有按时到账,这次我们定一个具体金额和日期。", "\(r.broken) earlier promises were missed, so let's agree a specific amount and date this time.")
            }
        }
        if category == .cashFlowTight || category == .paidOtherSupplier || category == .downstreamArrears {
            say("理解您的难处。我们先定一个能做到的金额和日期,其余部分按计划分批。", "I understand. Let's agree an amount and date you can meet now, and schedule the rest.")
        }
        if category == .slowSales, c.sellThrough == nil {
            say("我们一起看一下实际库存和动销数据,需要的话我安排促销;已售出部分的货款请先回。", "Let's look at actual stock and sales together; I can arrange promotion, but please pay for what has sold.")
        }
    }
}
