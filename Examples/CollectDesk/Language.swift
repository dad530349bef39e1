import CollectKit

/// How the desk speaks CollectKit's ``Language`` (`--lang en|zh`; English by default).
extension Language {
    var isChinese: Bool { self == .chinese }

    /// `en` or `zh` depending on the language.
    func pick(_ english: String, _ chinese: String) -> String { isChinese ? chinese : english }

    /// Money as people read it: `¥180,000.00`.
    func money(_ amount: Money) -> String {
        MoneyFormatter(language: self, style: .symbol).string(for: amount)
    }

    func text(_ rationale: Rationale) -> String { isChinese ? rationale.zh : rationale.en }

    func channel(_ channel: ContactChannel) -> String { isChinese ? channel.chineseName : channel.englishName }

    func intensity(_ intensity: ContactIntensity) -> String { isChinese ? intensity.chineseName : intensity.englishName }

    func purpose(_ purpose: ContactPurpose) -> String { isChinese ? purpose.chineseName : purpose.englishName }

    func escalation(_ level: EscalationLevel) -> String { isChinese ? level.chineseName : level.englishName }

    func category(_ category: ExcuseCategory) -> String {
        "\(category.rawValue) (\(isChinese ? category.chineseName : category.englishName))"
    }
}

/// Terminal columns `text` takes: CJK characters are two wide.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
}

/// `text` right-aligned in `width` columns.
func padded(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - displayWidth(text))) + text
}

/// `text` left-aligned in `width` columns.
func leftAligned(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - displayWidth(text)))
}

/// `8,567` basis points → `86%`.
func percent(_ share: BasisPoints) -> String { "\((share.value + 50) / 100)%" }

/// `8,534` basis points → `85.3%`, or `n/a`.
func oneDecimalPercent(_ share: BasisPoints?) -> String {
    guard let share else { return "n/a" }
    let tenths = (share.value + (share.value < 0 ? -5 : 5)) / 10
    return "\(tenths / 10).\(abs(tenths % 10))%"
}

/// A figure with one decimal, or `n/a`.
func oneDecimal(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "n/a" }
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
}
