import Foundation
import Testing
@testable import CollectKit
import CollectKitTraining

/// The second probe set (Documentation/evaluation/messages-probe-2.jsonl): drafts in styles the dev
/// set lacks: tuning splits (`-a-`, `-c-` … `-j-`) and a held-out half (`-b-`).
@Suite struct ProbeSetTwoTests {
    private static func examples() throws -> [LabelledMessage] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Documentation/evaluation/messages-probe-2.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { try decoder.decode(LabelledMessage.self, from: Data($0.utf8)) }
    }

    private static func score(_ examples: [LabelledMessage], split: String) throws -> MessageReviewScore {
        let reviewer = try StandardMessageReviewer()
        return MessageReviewScore.evaluate(reviewer, on: examples.filter { $0.id.contains("-\(split)-") })
    }

    @Test func theSetIsBalancedAndHasManySoundMessages() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 300)
        let chinese = examples.filter { $0.lang == "zh" }.count
        #expect(abs(chinese * 2 - examples.count) <= examples.count / 10)
        let sound = examples.filter { $0.flags.isEmpty }.count
        #expect(Double(sound) >= 0.35 * Double(examples.count))
        #expect(Set(examples.map(\.id)).count == examples.count)
    }

    @Test func tuningSplitsScoreHigh() throws {
        let examples = try Self.examples()
        for split in ["a", "c", "d", "e", "f", "g", "h", "i", "j"] {
            let score = try Self.score(examples, split: split)
            #expect(score.messages >= 20)
            #expect(score.micro.f1 >= 0.97, "split \(split): \(score.summaryLine)")
        }
        // False alarms over all tuning lines together: the splits are too small to bound one by one.
        let reviewer = try StandardMessageReviewer()
        let tuning = MessageReviewScore.evaluate(reviewer, on: examples.filter { !$0.id.contains("-b-") })
        #expect(tuning.messages >= 500)
        #expect(tuning.micro.f1 >= 0.98, "\(tuning.summaryLine)")
        #expect(tuning.falseAlarmRate <= 0.02, "\(tuning.summaryLine)")
    }

    @Test func heldOutHalfMeetsTheTarget() throws {
        let score = try Self.score(try Self.examples(), split: "b")
        #expect(score.messages >= 150)
        #expect(score.micro.f1 >= 0.93, "\(score.summaryLine)")
        #expect(score.falseAlarmRate <= 0.05, "\(score.summaryLine)")
    }
}

/// Behaviours the second probe set called for, each on a draft of its own.
@Suite struct ProbeSetTwoBehaviourTests {
    private let reviewer: StandardMessageReviewer

    init() throws { reviewer = try StandardMessageReviewer() }

    private func flags(_ draft: String, approved: [String] = []) -> Set<MessageFlag> {
        Set(reviewer.review(draft, context: MessageContext(approvedIncentives: approved)).flags)
    }

    @Test func lakhAndCroreAreAmounts() {
        let review = reviewer.review("Ms. Fernandes, the remaining 2 lakh is due in two instalments: 1 lakh by 10 Nov and 1 lakh by 25 Nov.",
                                     context: nil)
        #expect(review.firmness.namesAmount)
        #expect(review.flags.isEmpty)
        #expect(reviewer.review("Please pay the 1.5 crore by 30 June.", context: nil).firmness.namesAmount)
    }

    @Test func anAchievementPercentageIsNotAQuotedRate() {
        let draft = "贺总,贵司第三季度的销量目标完成了120%,恭喜。按合同,季度返利2%将在结清欠款9万后核算,请于本月30日前结清。"
        #expect(flags(draft, approved: ["季度返利2%"]).isEmpty)
        // A rate that really differs from the approved one is still caught.
        #expect(flags("贺总,结清欠款9万的话,季度返利给您做到3%,请于本月30日前结清。", approved: ["季度返利2%"])
            == [.unapprovedIncentive])
    }

    @Test func aShortSignOffDoesNotHideAPassiveClose() {
        #expect(flags("唐总,好的没问题,有什么变化您再跟我说,谢谢!") == [.vagueRequest, .passiveClose])
        #expect(flags("Request you to kindly clear the same as and when possible. Regards.") == [.vagueRequest, .passiveClose])
        // A real request after the deferral still ends the draft on a firm note.
        #expect(!flags("If this week is hard, no worries. Please pay the 3,000 by 5 May.").contains(.passiveClose))
    }

    @Test func aSignOffIsNotACourtesyClose() {
        #expect(flags("Dear Ms. Walker, please remit 8,760 by 5 p.m. on 14 April. Kind regards.").isEmpty)
        #expect(flags("Dear Ms. Walker, please remit the balance. Kind regards.") == [.vagueRequest])
    }

    @Test func acknowledgingOnePaymentWhileDeferringTheRestIsVague() {
        #expect(flags("Hi Tom, thanks for the 20k that came in this morning. The rest can wait, no rush.")
            == [.vagueRequest, .passiveClose])
        #expect(flags("Thanks Bob, the 9,400 has hit our account. Appreciate it.").isEmpty)
    }

    @Test func aGoodbyeAfterAFirmAmountAndDateIsFine() {
        #expect(flags("武总,刚刚电话里说好的,明天中午12点前转10万,其余的下周三前付清。那我就不打扰了。").isEmpty)
        #expect(flags("武总,您说最近资金紧,那我就不打扰了,等您周转过来再联系") == [.vagueRequest, .passiveClose])
    }

    @Test func neutralMentionsOfDiscountsAndHelpAreNotFlagged() {
        #expect(flags("Mr. Lee, you mentioned a discount. We don't offer one on overdue invoices. The invoiced 28,000 is due by Monday 4 November.").isEmpty)
        #expect(flags("Good afternoon, the 12,000 is due on 20 October. Please help clear it by then.").isEmpty)
        #expect(flags("邹总,合同价格不含任何额外折扣,请按对账单金额¥67,400于周四前付款。").isEmpty)
    }

    @Test func cantoneseDeferralsAndPleasAreRecognised() {
        #expect(flags("黄生,啲货款你得闲先至处理啦,唔急嘅") == [.vagueRequest, .passiveClose])
        #expect(flags("黎总,帮下手啦,我今个月真系好惨,你睇下可唔可以俾啲钱先") == [.pleading, .vagueRequest])
        #expect(flags("黄生,上个月嘅货款仲有五万蚊未俾,唔该礼拜三之前过数。").isEmpty)
    }

    @Test func aRateLaterInTheSentenceQualifiesTheConcession() {
        let approved = ["1.5% early payment discount"]
        #expect(flags("Hi Jake, I know the agreed early-pay discount is 1.5%, but pay the 19,700 by the 8th and I'll give you 2.5%.",
                      approved: approved) == [.unapprovedIncentive])
        // A rate in the next sentence is about something else.
        #expect(flags("Hi Jake, the agreed 1.5% early-pay discount applies if the 19,700 arrives by the 8th. Late fees are 2.5% per month after that.",
                      approved: approved).isEmpty)
        #expect(flags("王总,按公司批准的季度返点2%,结清12万后一并核算,请于6月30日前付款。逾期按合同每月加收1.5%的违约金。",
                      approved: ["季度返点2%"]).isEmpty)
    }

    @Test func quarterEndAndHourCountsAreDeadlines() {
        #expect(flags("钟总,本季度的货款15万请于季度末前结清。").isEmpty)
        #expect(flags("钟总,货款15万请在48小时内付清。").isEmpty)
        #expect(flags("钟总,货款15万请在四十八个小时内付清。").isEmpty)
    }

    @Test func aSuperiorApplyingPressureIsAQuotaDisclosure() {
        #expect(flags("马总,我们领导这几天一直在问您这笔款,我都不知道怎么回了,您看看能不能安排") == [.quotaDisclosure, .vagueRequest])
        #expect(flags("Hi Sean, my boss has been asking me every morning about your account, could you give me something to tell him?")
            == [.quotaDisclosure, .vagueRequest])
        // The same superiors named for a neutral reason are not a disclosure.
        #expect(flags("马总,我们领导下周二会跟我一起去拜访您,届时把9万的付款计划定下来,最晚不超过月底。").isEmpty)
        #expect(flags("Hi Ken, my supervisor asked me to send you the reconciliation. The agreed balance is 8,150, due by Friday.").isEmpty)
        // Too far apart to be one thought.
        #expect(!flags("Hi Ken, my boss sends his regards and hopes the new store is doing well this season. Separately, the 8,150 invoice that finance keeps chasing is due by Friday.")
            .contains(.quotaDisclosure))
    }

    @Test func superiorAndPressureRolesParseFromLexiconText() throws {
        let lexicon = try MessageReviewLexicon(tsv: "superior\tour chief\npressure\tnagging me\n")
        #expect(lexicon.phrases.map(\.role) == [.superior, .pressure])
        #expect(lexicon.phrases.map(\.role.description) == ["superior", "pressure"])
        let custom = StandardMessageReviewer(lexicon: lexicon)
        #expect(custom.review("Our chief keeps nagging me about it.", context: nil).has(.quotaDisclosure))
    }
}
