/// Builds the firmer message a finding suggests, from the context's figures, in the draft's
/// language: the statement it rests on, the amount, the deadline, and the collector's next step.
struct FirmerRewrite {
    let context: MessageContext?
    let language: Language

    func message(replacing flag: MessageFlag) -> String {
        let chinese = language == .chinese
        let amount = context?.amountOwed.map { Self.format($0, chinese: chinese) } ?? (chinese ? "[金额]" : "[amount]")
        let date = context?.agreedDates.first.map { Self.format($0, chinese: chinese) } ?? (chinese ? "[日期]" : "[date]")
        let approved = context?.approvedIncentives ?? []
        if chinese {
            var text = context?.addressee.map { "\($0)," } ?? ""
            if let reference = context?.statementReference {
                text += "根据对账单(\(reference)),"
            } else {
                text += "根据双方核对的对账单,"
            }
            text += "贵司应付\(amount),请于\(date)前付款。"
            if flag == .unapprovedIncentive {
                text += approved.isEmpty ? "" : "按协议可享受的\(approved.joined(separator: "、"))在结清后照常办理。"
            }
            if flag == .passiveClose {
                text += "我\(date)上午给您打电话确认到账时间。"
            } else {
                text += "我\(date)当天跟财务核对到账,并与您确认。"
            }
            return text
        }
        var text = context?.addressee.map { "\($0), " } ?? ""
        if let reference = context?.statementReference {
            text += "per statement \(reference), "
        } else {
            text += "per our reconciled statement, "
        }
        text += "\(amount) is due. Please pay by \(date)."
        if flag == .unapprovedIncentive, !approved.isEmpty {
            text += " The agreed \(approved.joined(separator: ", ")) will be applied once the balance is settled."
        }
        if flag == .passiveClose {
            text += " I will call you on the morning of \(date) to confirm the transfer."
        } else {
            text += " I will check receipt with our finance team on \(date) and confirm with you."
        }
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        return text
    }

    /// "182,000元" / "CNY 182,000", with minor units only when present.
    static func format(_ money: Money, chinese: Bool) -> String {
        let per = money.currency.minorUnitsPerMajorUnit
        let negative = money.minorUnits < 0
        let magnitude = money.minorUnits.magnitude
        let major = magnitude / UInt64(per)
        let minor = magnitude % UInt64(per)
        var digits = String(major)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        var number = (negative ? "-" : "") + digits + grouped
        if minor != 0 {
            let fraction = String(minor)
            number += "." + String(repeating: "0", count: max(0, money.currency.minorUnitExponent - fraction.count)) + fraction
        }
        if chinese, money.currency == .cny { return number + "元" }
        return "\(money.currency.code) \(number)"
    }

    /// "4月15日" / "15 April 2026".
    static func format(_ date: CalendarDate, chinese: Bool) -> String {
        let (year, month, day) = date.components
        if chinese { return "\(year)年\(month)月\(day)日" }
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "\(day) \(names[max(0, min(11, month - 1))]) \(year)"
    }
}
