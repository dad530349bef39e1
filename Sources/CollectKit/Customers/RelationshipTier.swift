/// How important and how settled the relationship with a customer is.
///
/// Core loyal customers may pay of their own accord (the article's 核心忠诚客户), so the
/// planner asks them for what is expected rather than an anchored figure.
public enum RelationshipTier: String, CaseIterable, Sendable, Codable {
    /// Core, loyal customer (核心/忠诚客户).
    case core
    /// Regular customer.
    case regular
    /// New customer without much history.
    case new
    /// Relationship at risk (declining orders, disputes, talk of leaving).
    case atRisk = "at_risk"

    /// The tier's name in Chinese.
    public var chineseName: String {
        switch self {
        case .core: "核心客户"
        case .regular: "普通客户"
        case .new: "新客户"
        case .atRisk: "流失风险客户"
        }
    }

    /// The tier's name in English, for sentences people read.
    public var englishName: String {
        switch self {
        case .core: "core customer"
        case .regular: "regular customer"
        case .new: "new customer"
        case .atRisk: "customer at risk of leaving"
        }
    }
}
