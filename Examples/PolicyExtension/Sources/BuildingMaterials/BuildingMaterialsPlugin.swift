import CollectKit

/// Teaches CollectKit the excuse a building-materials distributor hears most: "the project
/// hasn't paid us yet" (工程款还没下来), and how to answer it with the project's own
/// milestones instead of accepting an open-ended wait.
public struct BuildingMaterialsPlugin: CollectionPlugin {
    /// Creates the plugin.
    public init() {}

    /// Stable name used in diagnostics.
    public var name: String { "building-materials" }

    /// The `waiting_for_project_payment` category with its lexicon and talking points.
    public var excuseCategories: [ExcuseCategoryDefinition] {
        [ExcuseCategoryDefinition(
            category: .waitingForProjectPayment,
            chineseName: "等工程款",
            englishName: "waiting for project payment",
            chineseTerms: [
                .init("工程款", weight: 5), .init("甲方没付", weight: 5), .init("甲方还没付", weight: 5),
                .init("甲方没拨款", weight: 5), .init("甲方拖款", weight: 5), .init("总包没结", weight: 5),
                .init("项目款没下来", weight: 5), .init("项目款还没到", weight: 5), .init("进度款", weight: 4),
                .init("结算款没批", weight: 4), .init("工地没回款", weight: 4), .init("开发商没给钱", weight: 5),
            ],
            englishTerms: [
                .init("project payment", weight: 5), .init("progress payment", weight: 5),
                .init("main contractor hasn't paid", weight: 5), .init("developer hasn't paid", weight: 5),
                .init("waiting on the project owner", weight: 5), .init("site hasn't been paid", weight: 4),
            ],
            talkingPointsChinese: [
                "请把项目的付款节点和甲方最近一次拨款的凭证发给我,我们按节点把这笔货款排进去。",
                "工程款到账后三天内,请先安排我们这笔材料款:材料已经用在工程上了。",
            ],
            talkingPointsEnglish: [
                "Please send the project's payment milestones and the owner's last payment slip; we will schedule this invoice against them.",
                "Within three days of the next project payment, please settle our materials invoice: the materials are already in the building.",
            ],
            verifyNextChinese: ["核实项目进度和甲方付款节点(合同或监理记录)", "确认该客户近期是否从该项目收到过进度款"],
            verifyNextEnglish: ["Check the project's progress and payment milestones (contract or site records)",
                                "Confirm whether the customer has received a progress payment recently"])]
    }

    /// A collector who writes "wait for the project money" hands the initiative back.
    public var messageReviewPhrases: [MessageReviewPhrase] {
        [MessageReviewPhrase("等工程款下来再说", role: .signals(.passiveClose)),
         MessageReviewPhrase("whenever the project pays you", role: .signals(.passiveClose))]
    }
}
