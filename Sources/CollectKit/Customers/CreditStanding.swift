/// How creditworthy a customer is, from best to worst, with `unknown` for no information.
///
/// The order matters to policy: follow-up is loose for ``excellent`` and tight for ``poor``
/// (the article's 信誉好的客户可以追踪得松一点,信誉差的客户就要跟紧一点). `unknown` sorts
/// after `poor` because a customer we know nothing about is followed at least as tightly.
public enum CreditStanding: String, CaseIterable, Comparable, Sendable, Codable {
    /// Pays on time, long record.
    case excellent
    /// Usually pays on time.
    case good
    /// Pays, but late or partially at times.
    case fair
    /// Often late, partial or broken promises.
    case poor
    /// No record yet (new customer) or not rated.
    case unknown

    /// Maps a 0–100 credit score (higher is better) onto a standing:
    /// 85+ excellent, 70–84 good, 50–69 fair, below 50 poor.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidArgument`` for a score outside 0…100.
    public init(score: Int) throws(CollectKitError) {
        guard (0...100).contains(score) else {
            throw .invalidArgument(field: "creditScore", value: String(score), reason: "a credit score is between 0 and 100")
        }
        switch score {
        case 85...: self = .excellent
        case 70..<85: self = .good
        case 50..<70: self = .fair
        default: self = .poor
        }
    }

    /// Best first: excellent < good < fair < poor < unknown.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .excellent: 0
        case .good: 1
        case .fair: 2
        case .poor: 3
        case .unknown: 4
        }
    }

    /// The standing's name in Chinese, for rationales and reports.
    public var chineseName: String {
        switch self {
        case .excellent: "信誉优秀"
        case .good: "信誉良好"
        case .fair: "信誉一般"
        case .poor: "信誉较差"
        case .unknown: "信誉未知"
        }
    }

    /// The standing's name in English, for sentences people read.
    public var englishName: String {
        switch self {
        case .excellent: "excellent credit"
        case .good: "good credit"
        case .fair: "fair credit"
        case .poor: "poor credit"
        case .unknown: "unknown credit"
        }
    }
}
