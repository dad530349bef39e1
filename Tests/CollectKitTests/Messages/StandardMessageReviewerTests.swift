import Testing
@testable import CollectKit

private let reviewer: StandardMessageReviewer = {
    do { return try StandardMessageReviewer() } catch {
        Issue.record("built-in lexicon failed to load: \(error)")
        return StandardMessageReviewer(lexicon: MessageReviewLexicon(phrases: []))
    }
}()

private func flags(_ draft: String, _ context: MessageContext? = nil) -> Set<MessageFlag> {
    Set(reviewer.review(draft, context: context).flags)
}

@Suite struct ArticleExampleTests {
    @Test func pleadingWithQuotaIsFlaggedThreeWays() {
        let draft = "X总,公司给我的任务压力很大,没有办法才找您,您要想一想办法帮帮我呀。照顾照顾小弟吧,否则我这个月就拿不到工资,吃不上饭了!"
        #expect(flags(draft) == [.pleading, .quotaDisclosure, .vagueRequest])
    }

    @Test func youAreBusyCloseIsPassive() throws {
        let review = reviewer.review("那谢谢了,X总,那我明天找您拿款,您有事先忙!")
        #expect(review.has(.passiveClose))
        let passive = try #require(review.findings.first { $0.flag == .passiveClose })
        #expect(passive.text == "您有事先忙")
        // No amount is named, so the request is vague too.
        #expect(review.has(.vagueRequest))
        #expect(review.firmness.namesDeadline)
        #expect(!review.firmness.namesAmount)
    }
}

@Suite struct MessageFlagRuleTests {
    @Test func soundChineseRequestHasNoFlagsAndIsFirm() {
        let review = reviewer.review(
            "王总您好,根据3月31日对账单,贵司应付余款182,000元已逾期12天,请于4月15日(周五)17:00前安排付款,并把回单发我,我当天跟财务确认入账。")
        #expect(review.flags.isEmpty)
        #expect(review.firmness == FirmnessSummary(namesAmount: true, namesDeadline: true, namesNextStep: true, staysFactual: true))
        #expect(review.firmness.isFirm)
        #expect(review.language == .chinese)
    }

    @Test func soundEnglishRequestHasNoFlags() {
        let review = reviewer.review("Hi Tom, per our statement the 182,000 balance is due; please confirm the transfer by Friday 15:00.")
        #expect(review.flags.isEmpty)
        #expect(review.language == .english)
    }

    @Test func traditionalCharactersAreReadLikeSimplified() {
        #expect(flags("陳總,這個月的款您看能不能幫幫忙,我業績差太多了") == [.pleading, .quotaDisclosure, .vagueRequest])
        #expect(flags("袁總您好,發票已補開並寄出,請於本週五前支付貨款56,000元,週五上午我會再致電確認。").isEmpty)
    }

    @Test func vagueWhenAmountOrDeadlineIsMissing() {
        #expect(flags("董总,这笔126,000的货款,您尽量早点安排吧") == [.vagueRequest])      // amount, no deadline
        #expect(flags("萧总,请于本周五前支付部分货款,谢谢") == [.vagueRequest])             // deadline, no amount
        #expect(flags("Please transfer 12,000 asap.") == [.vagueRequest])                 // ASAP is not a deadline
        #expect(flags("Hi James, kindly pay whatever you can of the overdue balance by Friday.") == [.vagueRequest])
        #expect(flags("Can you pay 8,000 by 10 May?").isEmpty)
        #expect(flags("刘总,请在5月10日前付清三万元。").isEmpty)                             // Chinese numerals
        #expect(flags("老郑,货款39,000元麻烦今天下班前转账。").isEmpty)
        #expect(flags("Please pay the 40k by the 15th.").isEmpty)
    }

    @Test func receiptsAndStatementsAreNotRequests() {
        #expect(flags("刘总,15万已收到,谢谢您的支持!").isEmpty)
        #expect(flags("Thanks Jenny, we've received the 18,000 transfer.").isEmpty)
        #expect(flags("马总,对账单已发到您邮箱,请查收核对。").isEmpty)
        #expect(flags("Dear Mr. Singh, please find attached the statement of account as of 31 March.").isEmpty)
    }

    @Test func courteousGoodbyeAfterConfirmedAmountAndDateIsFine() {
        #expect(flags("好的王总,那就按您刚才确认的,周五下午三点前转15万,我三点半跟财务核对到账。您先忙!").isEmpty)
        #expect(flags("Great, so 20k by Friday 3pm as you just confirmed. Won't keep you, have a good day!").isEmpty)
        // Handing the decision back is passive even after a firm request.
        #expect(flags("冯总,32,000元的货款请于本周五前支付,实在不行的话您看着办吧") == [.passiveClose])
        #expect(flags("You're busy, I won't disturb you. Talk soon.") == [.vagueRequest, .passiveClose])
    }

    @Test func deferralIsPassiveOnlyAsTheEnding() {
        #expect(flags("李姐,您看这个月能不能多少回一点?您方便的时候就行") == [.vagueRequest, .passiveClose])
        #expect(flags("韩经理,您方便的时候把款回了,按之前批的季度返点2%给您结算", MessageContext(approvedIncentives: ["季度返点2%"]))
                == [.vagueRequest])
    }

    @Test func quotaAndPolicyDisclosure() {
        #expect(flags("刘总,本季度公司给我定的回款目标是300万,现在才完成一半,您这18万能不能周五前先打过来?") == [.quotaDisclosure])
        #expect(flags("We have a quarterly target of 2M and your 85k would get us over the line. Can you transfer it by Thursday?")
                == [.quotaDisclosure])
        #expect(flags("Our policy is we don't stop supply until 120 days overdue, so no stress, but if you could pay something that would be great.")
                == [.quotaDisclosure, .vagueRequest])
    }

    @Test func englishPleading() {
        #expect(flags("Mate, I'd owe you big time if you could get the 18k over by Friday.") == [.pleading])
        #expect(flags("Please, I'm begging you, if the 14k isn't in by Friday I won't get my commission.")
                == [.pleading, .quotaDisclosure])
    }

    @Test func spanPointsAtTheOffendingWords() throws {
        let draft = "王总,这个月任务压得我喘不过气,您就帮帮小弟吧"
        let review = reviewer.review(draft)
        let pleading = try #require(review.findings.first { $0.flag == .pleading })
        #expect(draft[pleading.span] == pleading.text)
        #expect(pleading.text.hasPrefix("帮帮小弟") || pleading.text == "您就帮")
        let quota = try #require(review.findings.first { $0.flag == .quotaDisclosure })
        #expect(quota.text == "任务")
        #expect(!review.firmness.staysFactual)
    }
}

@Suite struct IncentiveApprovalTests {
    private let approved = MessageContext(approvedIncentives: ["季度返点2%"])

    @Test func approvedRebateMentionedLooselyIsFine() {
        #expect(flags("熊总,贵司周五前付清23万的话,可按合同约定的返点2%结算。", approved).isEmpty)
        #expect(flags("Pay the 60k by the 20th and you qualify for the approved 2% quarterly rebate.",
                      MessageContext(approvedIncentives: ["2% quarterly rebate"])).isEmpty)
    }

    @Test func higherRateThanApprovedIsUnapproved() {
        #expect(flags("陈总,您要是月底前把86,000结清,我跟公司申请给您返3个点", approved) == [.unapprovedIncentive])
        #expect(flags("If you clear the 47k by month end, I'll make sure you get a 3% rebate instead of 2%.",
                      MessageContext(approvedIncentives: ["2% quarterly rebate"])) == [.unapprovedIncentive])
        #expect(flags("沈总,提前回款可以申请1.5%的现金折扣,请于5月10日前付8万。",
                      MessageContext(approvedIncentives: ["提前结清1%折扣"])) == [.unapprovedIncentive])
    }

    @Test func anotherKindThanApprovedIsUnapproved() {
        #expect(flags("张总,这周五前把欠的63,000打过来,给您按九五折算", approved) == [.unapprovedIncentive])
    }

    @Test func withoutContextNothingIsApproved() {
        #expect(flags("熊总,贵司周五前付清23万的话,可按季度返点2%结算。") == [.unapprovedIncentive])
        #expect(flags("Look, pay whatever you can and I'll waive the late fees, just between us.")
                == [.unapprovedIncentive, .vagueRequest])
    }

    @Test func negatedConcessionIsNotAnOffer() {
        #expect(flags("王总,这笔5万元没有折扣,请于周五前付清。").isEmpty)
        #expect(flags("Feel free to call me; the 15k is due Friday.").isEmpty)
    }
}

@Suite struct FirmerRewriteTests {
    @Test func chineseRewriteUsesContextFigures() throws {
        let context = MessageContext(
            approvedIncentives: ["季度返点2%"], amountOwed: Money(minorUnits: 18_200_000, currency: .cny),
            agreedDates: [try CalendarDate(year: 2026, month: 4, day: 15)], statementReference: "2026-03对账单",
            addressee: "王总")
        let review = reviewer.review("王总,公司给我的任务压力很大,您就帮帮我吧", context: context)
        let finding = try #require(review.findings.first)
        #expect(finding.rewrite == "王总,根据对账单(2026-03对账单),贵司应付182,000元,请于2026年4月15日前付款。我2026年4月15日当天跟财务核对到账,并与您确认。")
        #expect(finding.whyItCostsMoney.chinese.contains("弱势"))
    }

    @Test func englishRewriteHasPlaceholdersWithoutContext() throws {
        let review = reviewer.review("No pressure at all, I'll leave it with you.")
        let passive = try #require(review.findings.first { $0.flag == .passiveClose })
        #expect(passive.rewrite == "Per our reconciled statement, [amount] is due. Please pay by [date]. I will call you on the morning of [date] to confirm the transfer.")
    }

    @Test func amountsFormatWithMinorUnitsOnlyWhenPresent() {
        #expect(FirmerRewrite.format(Money(minorUnits: 1_234_567, currency: .usd), chinese: false) == "USD 12,345.67")
        #expect(FirmerRewrite.format(Money(minorUnits: 500, currency: .jpy), chinese: true) == "JPY 500")
        #expect(FirmerRewrite.format(Money(minorUnits: 100_000, currency: .cny), chinese: true) == "1,000元")
    }

    @Test func contextDescriptionRedactsTheAddressee() {
        let context = MessageContext(addressee: "王建国总")
        #expect(!context.description.contains("王建国"))
        #expect(!String(reflecting: context).contains("王建国"))
    }
}

@Suite struct ColloquialVariantTests {
    @Test func phrasingsBeyondTheDevSet() {
        #expect(flags("张老板,您行个方便,这笔钱先打给我,不然我回去没法交差") == [.pleading, .quotaDisclosure, .vagueRequest])
        #expect(flags("曹总,这样吧,您啥时候有钱啥时候给") == [.vagueRequest, .passiveClose])
        #expect(flags("Could you do me a solid and get the 12k over by Wednesday?") == [.pleading])
        #expect(flags("Alright, I'll leave the ball in your court then.") == [.vagueRequest, .passiveClose])
        #expect(flags("Our regional director has told us we're allowed to settle at 85% if needed.")
                == [.quotaDisclosure, .unapprovedIncentive, .vagueRequest])
    }

    @Test func neutralUsesOfRiskyWordsStaySound() {
        #expect(flags("Hi Greg, invoice INV-2291 for 14,600 is now 10 days past due. Please pay by Thursday 5pm; my manager will join Friday's call if it's still open.").isEmpty)
        #expect(flags("Mr. Tan, the goods were delivered on 3 June with no extra charge for freight. Payment of SGD 8,450 is due by 3 July.").isEmpty)
        #expect(flags("吴总,您上次说等老板回来签字,老板今天已回公司。请今天把6万元的付款单签好,明天上午我去拿回单。").isEmpty)
        #expect(flags("高总,欠款2万3千元请于本月底前付清,谢谢!").isEmpty)
        #expect(flags("Please pay 11,750 by end of day tomorrow. If there's any discrepancy in the statement, tell me by noon so we can fix it first.").isEmpty)
    }
}
