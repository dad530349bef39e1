/// Short spoken forms of amounts for talking points: 「12万」, "CNY 120,000".
enum MoneyPhrase {
    /// 「12万」「3.5万」「8600元」; foreign currencies keep their code.
    static func chinese(_ money: Money) -> String {
        let perMajor = max(1, money.currency.minorUnitsPerMajorUnit)
        let major = money.minorUnits / perMajor
        let unit = money.currency == .cny ? "元" : " \(money.currency.code)"
        let magnitude = major.magnitude
        let sign = major < 0 ? "-" : ""
        if magnitude >= 10_000 {
            let tenths = (magnitude % 10_000) / 1_000
            let whole = magnitude / 10_000
            let prefix = money.currency == .cny ? "" : "\(money.currency.code) "
            return tenths == 0 ? "\(prefix)\(sign)\(whole)万" : "\(prefix)\(sign)\(whole).\(tenths)万"
        }
        return "\(sign)\(magnitude)\(unit)"
    }

    /// "CNY 120,000": whole major units with thousands separators.
    static func english(_ money: Money) -> String {
        let perMajor = max(1, money.currency.minorUnitsPerMajorUnit)
        let major = money.minorUnits / perMajor
        var digits = String(major.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(money.currency.code) \(major < 0 ? "-" : "")\(digits)\(grouped)"
    }
}
