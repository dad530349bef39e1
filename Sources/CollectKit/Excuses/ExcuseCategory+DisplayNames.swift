extension ExcuseCategory {
    /// The category's name in Chinese, for collectors' screens; the raw label for categories
    /// a host added without a name.
    public var chineseName: String {
        switch self {
        case .productQuality: "产品质量问题"
        case .serviceIssue: "售后服务问题"
        case .promotionSupport: "活动支持问题"
        case .terminationThreat: "中止合作"
        case .paidOtherSupplier: "货款被其他厂商拿走"
        case .downstreamArrears: "下游客户欠款"
        case .cashFlowTight: "资金紧张"
        case .vaguePromise: "含糊承诺"
        case .approvalPending: "内部审批未完成"
        case .billingDispute: "发票或对账问题"
        case .alreadyPaid: "声称已付款"
        case .slowSales: "产品滞销"
        case .notAnExcuse: "不是借口"
        default: rawValue
        }
    }

    /// The category's name in English; the raw label for categories a host added without a name.
    public var englishName: String {
        switch self {
        case .productQuality: "product quality"
        case .serviceIssue: "after-sales service"
        case .promotionSupport: "promotion support"
        case .terminationThreat: "threat to stop buying"
        case .paidOtherSupplier: "paid another supplier"
        case .downstreamArrears: "their customers owe them"
        case .cashFlowTight: "cash flow"
        case .vaguePromise: "vague promise"
        case .approvalPending: "approval pending"
        case .billingDispute: "invoice or statement"
        case .alreadyPaid: "already paid"
        case .slowSales: "slow sales"
        case .notAnExcuse: "not an excuse"
        default: rawValue
        }
    }
}
