import Testing
@testable import CollectKit
@testable import CollectKitTraining
import CollectKitTesting
import Foundation

@Suite struct MessageReviewExtensionTests {
    private let legalBluff = MessageFlag(rawValue: "legal_bluff")

    @Test func pluginAddsAFlagWithItsOwnExplanation() throws {
        let reviewer = try StandardMessageReviewer(
            additionalPhrases: [MessageReviewPhrase("马上起诉", role: .signals(legalBluff)),
                                MessageReviewPhrase("sue you tomorrow", role: .signals(legalBluff))],
            flagExplanations: [legalBluff: ReviewText(chinese: "空头威胁会被识破。", english: "Empty threats get called.")])
        let review = reviewer.review("刘总,5万元周五前不付我就马上起诉")
        #expect(review.flags == [legalBluff])
        #expect(review.findings.first?.text == "马上起诉")
        #expect(review.findings.first?.whyItCostsMoney.english == "Empty threats get called.")
        #expect(reviewer.review("Pay the 5k by Friday or we sue you tomorrow.").flags == [legalBluff])
    }

    @Test func pluginExtendsABuiltInFlag() throws {
        let reviewer = try StandardMessageReviewer(additionalPhrases: [MessageReviewPhrase("开开金口", role: .signals(.pleading))])
        #expect(reviewer.review("张总,周五前付5万元,求您开开金口").flags == [.pleading])
    }

    @Test func hostSubstitutesTheReviewer() {
        struct AlwaysSound: MessageReviewer {
            func review(_ draft: String, context: MessageContext?) -> MessageReview {
                MessageReview(draft: draft, language: .english, findings: [],
                              firmness: FirmnessSummary(namesAmount: true, namesDeadline: true, namesNextStep: true, staysFactual: true))
            }
        }
        let reviewers: [any MessageReviewer] = [AlwaysSound()]
        #expect(reviewers[0].review("帮帮我").flags.isEmpty)
    }

    @Test func lexiconParsingNamesTheBadLine() {
        #expect(throws: CollectKitError.self) { try MessageReviewLexicon(tsv: "pleading\t帮帮我\nno tab here", source: "test") }
        do {
            _ = try MessageReviewLexicon(tsv: "# comment\n\npleading\t帮帮我\nbogus_role\tx", source: "test")
            Issue.record("an unknown role must throw")
        } catch {
            #expect(error.kind == .invalidArgument)
            #expect(error.value == "bogus_role")
        }
        let parsed = try? MessageReviewLexicon(tsv: "concession:rebate\t返点\nflag:legal_bluff\t起诉", source: "test")
        #expect(parsed?.phrases.map(\.role.description) == ["concession:rebate", "flag:legal_bluff"])
    }
}

@Suite struct MessageReviewBadInputTests {
    private let reviewer = try? StandardMessageReviewer()

    @Test func emptyAndWhitespaceDraftsGetAnEmptyReview() throws {
        let reviewer = try #require(reviewer)
        for draft in ["", "   ", "\n\t", ",,,。。。"] {
            let review = reviewer.review(draft)
            #expect(review.findings.isEmpty)
            #expect(!review.firmness.namesAmount && !review.firmness.namesDeadline)
        }
    }

    @Test func emojiAndOtherLanguagesDoNotCrash() throws {
        let reviewer = try #require(reviewer)
        #expect(reviewer.review("😀🙏🙏👍🏽👨‍👩‍👧").findings.isEmpty)
        #expect(reviewer.review("Пожалуйста, оплатите счёт до пятницы").findings.isEmpty)
        #expect(reviewer.review("お支払いをお願いします").findings.isEmpty)
        #expect(reviewer.review("يرجى الدفع").findings.isEmpty)
        // Emoji inside a Chinese plea do not hide it.
        #expect(reviewer.review("照顾照顾小弟吧😭,不然我这个月工资都拿不到了🙏").has(.pleading))
    }

    @Test func megabyteDraftIsReviewedWithValidSpans() throws {
        let reviewer = try #require(reviewer)
        // The passive close ends each unit, so it also ends the draft (a firm draft is only passive at its end).
        let unit = "Please pay 12,000 by 15:00 friday! 😀 王总,款子不急,您什么时候方便什么时候给。"
        let draft = String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1)
        #expect(draft.utf8.count > 1_000_000)
        let review = reviewer.review(draft)
        #expect(review.has(.passiveClose))
        for finding in review.findings {
            #expect(draft[finding.span] == finding.text)
        }
    }

    @Test func randomTextNeverTrapsAndSpansStayInside() throws {
        let reviewer = try #require(reviewer)
        var generator = SeededRandomNumberGenerator(seed: 0x6D65_7373_6167_65)
        let alphabet = Array("帮我任务款尽快周五号日月万元,.:%$¥ 0123456789kpm返点折免送 pay by friday ASAP 😀🙏\u{301}\u{200D}")
        for _ in 0..<500 {
            let length = Int.random(in: 0..<80, using: &generator)
            let draft = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            let review = reviewer.review(draft, context: MessageContext(approvedIncentives: ["返点2%"]))
            for finding in review.findings {
                #expect(draft[finding.span] == finding.text)
                #expect(!finding.rewrite.isEmpty)
            }
            #expect(Set(review.flags).count == review.flags.count)
        }
    }
}

@Suite struct MessageReviewScoreTests {
    @Test func microF1AndFalseAlarmsFollowTheReadme() {
        var score = MessageReviewScore()
        score.record(labelled: [.pleading, .vagueRequest], raised: [.pleading])   // tp pleading, fn vague
        score.record(labelled: [], raised: [.passiveClose])                        // fp passive, false alarm
        score.record(labelled: [], raised: [])                                     // sound, clean
        score.record(labelled: [.vagueRequest], raised: [.vagueRequest])           // tp vague
        #expect(score.micro.truePositives == 2)
        #expect(score.micro.falsePositives == 1)
        #expect(score.micro.falseNegatives == 1)
        #expect(score.falseAlarmRate == 0.5)
        #expect(score.summaryLine == "flags micro-F1=0.667 false-alarm=0.500")
        #expect(score.perFlagLines.first == "passive_close  P=0.000 R=0.000 F1=0.000 tp=0 fp=1 fn=0")
    }

    @Test func scoresMergeLikeOneRun() {
        var left = MessageReviewScore(), right = MessageReviewScore(), whole = MessageReviewScore()
        left.record(labelled: [.pleading], raised: [.pleading, .vagueRequest])
        right.record(labelled: [], raised: [])
        whole.record(labelled: [.pleading], raised: [.pleading, .vagueRequest])
        whole.record(labelled: [], raised: [])
        left.merge(right)
        #expect(left == whole)
    }

    @Test func evaluatesAReviewerOnLabelledLines() throws {
        let reviewer = try StandardMessageReviewer()
        let examples = [
            LabelledMessage(id: "a", lang: "zh", text: "王总,公司给我的任务压力很大,您就帮帮我吧",
                            flags: [.pleading, .quotaDisclosure, .vagueRequest]),
            LabelledMessage(id: "b", lang: "zh", text: "这周五前回款18万的话我给您申请个九五折",
                            flags: [.unapprovedIncentive], approvedIncentives: ["季度返点2%"]),
            LabelledMessage(id: "c", lang: "en", text: "Hi Tom, per our statement the 182,000 balance is due; please confirm the transfer by Friday 15:00.",
                            flags: []),
        ]
        let score = MessageReviewScore.evaluate(reviewer, on: examples)
        #expect(score.summaryLine == "flags micro-F1=1.000 false-alarm=0.000")
        #expect(MessageReviewScore.fixed3(0.9995) == "1.000")
        #expect(MessageReviewScore.fixed3(0.0424) == "0.042")
    }
}

@Suite struct ProbeSetTests {
    @Test func unseenPhrasingsScoreWellWithFewFalseAlarms() throws {
        let reviewer = try StandardMessageReviewer()
        let decoder = JSONDecoder()
        let examples = try ProbeMessages.jsonLines.split(separator: "\n").map {
            try decoder.decode(LabelledMessage.self, from: Data($0.utf8))
        }
        #expect(examples.count > 150)
        let score = MessageReviewScore.evaluate(reviewer, on: examples)
        #expect(score.micro.f1 >= 0.95)
        #expect(score.falseAlarmRate <= 0.05)
    }
}
