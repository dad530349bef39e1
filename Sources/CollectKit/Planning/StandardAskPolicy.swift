/// The article's anchored ask (吊筑高台): ask = expected ÷ the customer's paid-to-asked ratio,
/// rounded to a speakable figure, never below what is expected and never above what is owed.
///
/// - Core loyal customers (``RelationshipTier/core``) are asked for what is expected.
/// - Without history the ratio is ``defaultBasisPoints`` (8 000: ask 125% of expected).
/// - The ratio is floored at ``minimumBasisPoints`` (2 000) so one bad month does not turn
///   into an absurd ask; the cap at what is owed applies in every case.
/// - Rounding: nearest two-significant-figure step (a figure a person would say); if that falls
///   below expected it is rounded up instead; if it exceeds what is owed the ask is exactly
///   what is owed.
///
/// Expected 100,000 from a customer who pays 55% of what is asked: 181,818 → ask 180,000.
public struct StandardAskPolicy: AskPolicy {
    /// Ratio assumed without history, in basis points.
    public var defaultBasisPoints: Int
    /// The lowest ratio used, in basis points.
    public var minimumBasisPoints: Int

    /// Creates the policy; the defaults are documented on the type.
    public init(defaultBasisPoints: Int = 8_000, minimumBasisPoints: Int = 2_000) {
        self.defaultBasisPoints = Swift.min(10_000, Swift.max(1, defaultBasisPoints))
        self.minimumBasisPoints = Swift.min(10_000, Swift.max(1, minimumBasisPoints))
    }

    /// Decides the ask as documented on the type.
    public func ask(_ input: AskInput) -> AskDecision {
        let currency = input.expected.currency
        let expected = Swift.max(0, input.expected.minorUnits)
        let owed = input.owed.currency == currency ? Swift.max(0, input.owed.minorUnits) : expected
        let cappedExpected = Swift.min(expected, owed)
        let inputs: [RationaleInput] = [
            RationaleInput("expected", .money(Money(minorUnits: expected, currency: currency))),
            RationaleInput("owed", .money(Money(minorUnits: owed, currency: currency))),
            RationaleInput("ratio", .basisPoints(BasisPoints(input.tier == .core ? 10_000 : Swift.min(10_000, Swift.max(minimumBasisPoints, input.paidToAskedBasisPoints ?? defaultBasisPoints))))),
            RationaleInput("tier", .label(input.tier.rawValue)),
        ]
        if input.tier == .core {
            return AskDecision(
                amount: Money(minorUnits: cappedExpected, currency: currency), ratioBasisPoints: 10_000,
                rationale: Rationale(code: "ask.core",
                                     zh: "核心忠诚客户按预期回款 {expected} 提出要求,不做高位锚定(欠款 {owed})。",
                                     en: "Core loyal customer: ask for the expected {expected}, no anchoring (owed {owed}).",
                                     inputs: inputs))
        }
        let ratio = Swift.min(10_000, Swift.max(minimumBasisPoints, input.paidToAskedBasisPoints ?? defaultBasisPoints))
        // expected × 10 000 ÷ ratio, rounded up, in full width so large amounts cannot overflow.
        let (high, low) = expected.multipliedFullWidth(by: 10_000)
        let ceiling = owed.multipliedFullWidth(by: Int64(ratio))
        var amount: Int64
        if (high, low) > (ceiling.high, ceiling.low) {
            // The anchored figure exceeds what is owed (and possibly Int64): ask for what is owed.
            amount = owed
        } else {
            let (quotient, remainder) = Int64(ratio).dividingFullWidth((high, low))
            let raw = remainder > 0 ? quotient + 1 : quotient
            amount = SpeakableAmount.nearest(Money(minorUnits: raw, currency: currency)).minorUnits
            if amount < expected { amount = SpeakableAmount.up(Money(minorUnits: raw, currency: currency)).minorUnits }
        }
        let capped = amount >= owed
        amount = Swift.min(amount, owed)
        let code = input.paidToAskedBasisPoints == nil ? "ask.default" : (capped ? "ask.capped" : "ask.anchored")
        let zh: String
        let en: String
        switch code {
        case "ask.default":
            zh = "无历史回款比例,按默认比例 {ratio} 锚定:预期 {expected} ÷ {ratio},取整,且不超过欠款 {owed}。"
            en = "No payment history: anchored on the default ratio {ratio}: expected {expected} ÷ {ratio}, rounded, at most the owed {owed}."
        case "ask.capped":
            zh = "预期 {expected} ÷ 历史实付/要求比例 {ratio} 超过欠款,按欠款 {owed} 提出要求。"
            en = "Expected {expected} ÷ paid-to-asked ratio {ratio} exceeds what is owed; ask for the owed {owed}."
        default:
            zh = "客户历来只付要求金额的 {ratio},预期 {expected} ÷ {ratio} 后取整为口头可说的金额(不超过欠款 {owed})。"
            en = "The customer pays about {ratio} of what is asked: expected {expected} ÷ {ratio}, rounded to a speakable figure (capped at the owed {owed})."
        }
        return AskDecision(amount: Money(minorUnits: amount, currency: currency), ratioBasisPoints: ratio,
                           rationale: Rationale(code: code, zh: zh, en: en, inputs: inputs))
    }
}
