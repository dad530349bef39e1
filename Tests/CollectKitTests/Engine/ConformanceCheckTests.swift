import Testing
import CollectKit
import CollectKitTesting

/// The conformance checks themselves must catch broken plugins and policies, not only
/// pass good ones.
@Suite struct ConformanceCheckTests {
    private struct GoodPlugin: CollectionPlugin {
        var name: String { "good" }
        var excuseCategories: [ExcuseCategoryDefinition] {
            [ExcuseCategoryDefinition(category: ExcuseCategory(rawValue: "waiting_for_subsidy"), chineseName: "等补贴",
                                      englishName: "waiting for a subsidy",
                                      chineseTerms: [.init("补贴还没到", weight: 5)], englishTerms: [.init("subsidy hasn't arrived", weight: 5)],
                                      talkingPointsChinese: ["请提供补贴批复文件和预计到账日期。"],
                                      talkingPointsEnglish: ["Please share the subsidy approval and its expected date."])]
        }
    }

    /// Breaks several guarantees at once.
    private struct SloppyPlugin: CollectionPlugin {
        var name: String { " " }
        var excuseCategories: [ExcuseCategoryDefinition] {
            [ExcuseCategoryDefinition(category: .cashFlowTight, chineseName: "", englishName: "cash",
                                      talkingPointsChinese: ["我这个月的回款任务还差十万"], talkingPointsEnglish: ["Help me hit my quota"])]
        }
        func adjust(_ plan: any CollectionPlan, facts: CustomerCollectionFacts) throws(CollectKitError) -> any CollectionPlan {
            throw CollectKitError(kind: .invalidArgument, field: "plan", value: "-", reason: "not implemented")
        }
    }

    private struct GreedyAskPolicy: AskPolicy {
        func ask(_ input: AskInput) -> AskDecision {
            AskDecision(amount: (try? input.owed.multiplied(by: 2)) ?? input.owed, ratioBasisPoints: 5_000,
                        rationale: StandardAskPolicy().ask(input).rationale)
        }
    }

    @Test func aWellBehavedPluginPasses() async {
        #expect(await PluginConformance.check(GoodPlugin()) == [])
    }

    @Test func aSloppyPluginFailsEachBrokenGuarantee() async {
        let checks = Set(await PluginConformance.check(SloppyPlugin()).map(\.check))
        #expect(checks.isSuperset(of: ["name", "category.unique", "category.names", "category.terms",
                                       "category.talkingPoints.disclosure", "plan.throws", "composition"]))
    }

    @Test func standardPoliciesConformAndAGreedyAskDoesNot() {
        #expect(PolicyConformance.check(StandardAskPolicy()) == [])
        #expect(PolicyConformance.check(StandardCadencePolicy()) == [])
        let failures = PolicyConformance.check(GreedyAskPolicy())
        #expect(!failures.isEmpty)
        #expect(failures.allSatisfy { $0.check == "ask.withinOwed" })
    }
}
