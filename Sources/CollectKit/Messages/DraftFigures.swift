/// The concrete figures a draft names: the first amount and the first deadline written with
/// numbers ("18万", "¥182,000", "the 40k", "5月10日", "15:00", "3pm", "the 15th", "10 April",
/// "十五号", "两千块"), and how much of it is CJK or Latin script.
///
/// One linear scan of the normalised bytes; separators inside numbers ("12,000", "7.2万", "15:00")
/// were turned into spaces by the normaliser, so the scan peeks at the original character.
struct DraftFigures {
    private(set) var amount: Range<Int>?
    private(set) var deadline: Range<Int>?
    private(set) var cjkCharacters = 0
    private(set) var latinLetters = 0

    init(scanning text: NormalizedText) {
        let bytes = text.bytes
        text.original.utf8.withContiguousStorageIfAvailable { original in
            scan(bytes, original: original, offsets: text.sourceOffsets)
        } ?? scan(bytes, original: nil, offsets: text.sourceOffsets)
    }

    private enum Separator { case comma, dot, colon }

    private mutating func scan(_ b: [UInt8], original: UnsafeBufferPointer<UInt8>?, offsets: [Int32]) {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if Self.isDigit(c) {
                i = scanNumber(b, from: i, original: original, offsets: offsets)
            } else if c >= 0xE0, c < 0xF0, i + 2 < n {
                let scalar = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                if scalar >= 0x4E00 && scalar <= 0x9FFF {
                    cjkCharacters += 1
                    if Self.numeralValue(scalar) != nil {
                        i = scanChineseNumeral(b, from: i)
                        continue
                    }
                }
                i += 3
            } else {
                if Self.isLetter(c) { latinLetters += 1 }
                i += 1
            }
        }
    }

    // MARK: Arabic digits

    private mutating func scanNumber(_ b: [UInt8], from start: Int, original: UnsafeBufferPointer<UInt8>?,
                                     offsets: [Int32]) -> Int {
        let n = b.count
        var i = start
        var integerDigits = 0
        var value = 0
        while i < n, Self.isDigit(b[i]) {
            value = min(value * 10 + Int(b[i] - 0x30), 1_000_000_000)
            integerDigits += 1
            i += 1
        }
        let leadingZero = b[start] == 0x30 && integerDigits > 1
        var grouped = false, decimal = false, time = false
        while i + 1 < n, b[i] == 0x20, Self.isDigit(b[i + 1]),
              let separator = Self.separator(atNormalized: i, original: original, offsets: offsets) {
            var j = i + 1
            var digits = 0
            while j < n, Self.isDigit(b[j]) { digits += 1; j += 1 }
            var accept = false
            switch separator {
            case .comma:
                accept = !decimal && !time && digits == 3
                if accept { grouped = true; integerDigits += 3 }
            case .dot:
                accept = !decimal && !time
                if accept { decimal = true }
            case .colon:
                accept = !decimal && !grouped && !time && digits == 2 && value <= 24
                if accept { time = true }
            }
            guard accept else { break }
            i = j
        }
        let range = start..<i
        let glued = start > 0 && Self.isLetter(b[start - 1])
        if time { noteDeadline(range); return i }
        if glued { return skipLetters(b, from: i) }

        // Unit right after the number, or after one space.
        var unitAt = i
        if unitAt < n, b[unitAt] == 0x20 { unitAt += 1 }
        let direct = i
        func unit(_ word: StaticString, spaced: Bool = false) -> Bool {
            Self.hasPrefix(b, at: direct, word) || (spaced && unitAt != direct && Self.hasPrefix(b, at: unitAt, word))
        }
        func word(_ letters: StaticString, spaced: Bool = true) -> Bool {
            (Self.hasWord(b, at: direct, letters)) || (spaced && unitAt != direct && Self.hasWord(b, at: unitAt, letters))
        }

        // Dispatch on the first byte of what follows, so most numbers cost a comparison or two.
        let following = direct < n ? b[direct] : 0x20
        let spacedFollowing = unitAt < n ? b[unitAt] : 0x20
        if following == 0x25 || unit("个点") || unit("个百分点") { return i }
        if following >= 0xE0 || spacedFollowing >= 0xE0 {
            if unit("万", spaced: true) || unit("千", spaced: true) || unit("元", spaced: true) || unit("块", spaced: true)
                || unit("亿", spaced: true) {
                noteAmount(range); return i
            }
            if unit("号", spaced: true) || unit("日", spaced: true) || unit("月底") || unit("月末") || unit("月中")
                || unit("月初") {
                noteDeadline(range); return i
            }
            if unit("点", spaced: true) {
                if !Self.precededBy(b, start, "返") && !Self.precededBy(b, start, "多") { noteDeadline(range) }
                return i
            }
        } else if Self.isLetter(following) || Self.isLetter(spacedFollowing) {
            if word("k", spaced: false) || word("m", spaced: false) || word("w", spaced: false) || word("bn", spaced: false)
                || word("rmb") || word("yuan") || word("usd") || word("dollars") || word("eur") || word("sgd")
                || word("hkd") || word("cny") || word("lakh") || word("lakhs") || word("lac") || word("lacs")
                || word("crore") || word("crores") || word("cr") || word("grand") {
                noteAmount(range); return i
            }
            if word("am") || word("pm") || word("a m") || word("p m") { noteDeadline(range); return i }
            if !grouped, !decimal, value >= 1, value <= 31,
               word("st", spaced: false) || word("nd", spaced: false) || word("rd", spaced: false) || word("th", spaced: false) {
                noteDeadline(range); return i
            }
        }
        if !grouped, !decimal, value >= 1, value <= 31,
           (unitAt != direct && Self.isMonthName(b, wordAt: unitAt)) || Self.previousWordIsMonth(b, before: start) {
            noteDeadline(range); return i
        }
        if hasCurrencyPrefix(b, start: start, original: original, offsets: offsets) {
            noteAmount(range); return i
        }
        // Counts and durations are not amounts.
        // "7天内", "3个工作日内", "within 5 business days" are deadlines.
        if unit("天内") || unit("天之内") || unit("日内") || unit("个工作日") || unit("工作日内") || unit("小时内")
            || unit("个小时内") {
            noteDeadline(range); return i
        }
        if Self.previousWord(b, before: start, equals: "within") || Self.previousWord(b, before: start, equals: "in"),
           word("days") || word("business") || word("working") || word("hours") {
            noteDeadline(range); return i
        }
        for nonAmount in Self.countUnits where unit(nonAmount, spaced: true) { return i }
        for nonAmount in Self.countWords where word(nonAmount) { return i }
        if (grouped || integerDigits >= 3), !leadingZero, !Self.previousWordIsIdentifierLabel(b, before: start),
           !Self.precededBy(b, start, "第"), !Self.precededBy(b, start, "号") {
            noteAmount(range)
        }
        return i
    }

    private static let countUnits: [StaticString] = ["天", "个", "件", "箱", "年", "月", "周", "次", "岁", "台", "条", "款", "期", "名", "笔"]
    private static let countWords: [StaticString] = ["day", "days", "week", "weeks", "month", "months", "year", "years", "units", "unit",
                                     "pcs", "cases", "boxes", "items", "orders", "times", "percent"]
    private static let currencyWords: [StaticString] = ["rmb", "usd", "sgd", "hkd", "cny", "eur", "aud", "gbp", "inr", "myr", "twd",
                                        "us", "hk", "nt", "rs"]
    private static let dayparts: [StaticString] = ["上午", "下午", "晚上", "中午", "早上", "今晚", "明早", "傍晚", "凌晨"]

    private func skipLetters(_ b: [UInt8], from index: Int) -> Int {
        var i = index
        while i < b.count, Self.isLetter(b[i]) || Self.isDigit(b[i]) { i += 1 }
        return i
    }

    private static func separator(atNormalized index: Int, original: UnsafeBufferPointer<UInt8>?,
                                  offsets: [Int32]) -> Separator? {
        guard let original, index < offsets.count else { return nil }
        let at = Int(offsets[index])
        guard at >= 0, at < original.count else { return nil }
        let first = original[at]
        let width: Int
        let kind: Separator
        switch first {
        case 0x2C: kind = .comma; width = 1
        case 0x2E: kind = .dot; width = 1
        case 0x3A: kind = .colon; width = 1
        case 0xEF where at + 2 < original.count && original[at + 1] == 0xBC:
            switch original[at + 2] {
            case 0x8C: kind = .comma
            case 0x8E: kind = .dot
            case 0x9A: kind = .colon
            default: return nil
            }
            width = 3
        default: return nil
        }
        // The separator must sit between two digits in the original ("5, 10" is a list, not 5,010).
        let next = at + width
        guard next < original.count else { return nil }
        let digitNext = isDigit(original[next])
            || (original[next] == 0xEF && next + 2 < original.count && original[next + 1] == 0xBC
                && original[next + 2] >= 0x90 && original[next + 2] <= 0x99)
        return digitNext ? kind : nil
    }

    private func hasCurrencyPrefix(_ b: [UInt8], start: Int, original: UnsafeBufferPointer<UInt8>?,
                                   offsets: [Int32]) -> Bool {
        if let original, start < offsets.count {
            var at = Int(offsets[start]) - 1
            if at >= 0, original[at] == 0x20 { at -= 1 }
            if at >= 0 {
                if original[at] == 0x24 { return true }                                   // $
                if at >= 1, original[at - 1] == 0xC2, original[at] == 0xA5 || original[at] == 0xA3 { return true } // ¥ £
                if at >= 2, original[at - 2] == 0xEF, original[at - 1] == 0xBF, original[at] == 0xA5 { return true } // ￥
                if at >= 2, original[at - 2] == 0xE2, original[at - 1] == 0x82, original[at] == 0xAC { return true } // €
            }
        }
        if Self.followsLetters(b, start) {
            for code in Self.currencyWords where Self.previousWord(b, before: start, equals: code) { return true }
        }
        return Self.precededBy(b, start, "人民币")
    }

    // MARK: Chinese numerals

    private mutating func scanChineseNumeral(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        var first = true
        var startsWithDigit = false
        var hasMagnitude = false
        var count = 0
        while i + 2 < b.count, b[i] >= 0xE0, b[i] < 0xF0 {
            let scalar = (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            guard let value = Self.numeralValue(scalar) else { break }
            if first { startsWithDigit = value < 100; first = false } else if value >= 1000 { hasMagnitude = true }
            count += 1
            i += 3
        }
        cjkCharacters += count - 1 // the caller counted the first
        let range = start..<i
        guard startsWithDigit else { return i }
        if Self.hasPrefix(b, at: i, "天内") || Self.hasPrefix(b, at: i, "日内") || Self.hasPrefix(b, at: i, "个工作日")
            || Self.hasPrefix(b, at: i, "小时内") || Self.hasPrefix(b, at: i, "个小时内") {
            noteDeadline(range)
        } else if Self.hasPrefix(b, at: i, "元") || Self.hasPrefix(b, at: i, "块") || hasMagnitude {
            noteAmount(range)
        } else if Self.hasPrefix(b, at: i, "号") || Self.hasPrefix(b, at: i, "日") {
            noteDeadline(range)
        } else if Self.hasPrefix(b, at: i, "点") {
            let after = i + 3
            if Self.hasPrefix(b, at: after, "前") || Self.hasPrefix(b, at: after, "半") || Self.hasPrefix(b, at: after, "钟")
                || Self.hasPrefix(b, at: after, "整") || Self.hasPrefix(b, at: after, "之前") {
                noteDeadline(range)
            } else {
                for daypart in Self.dayparts
                where Self.precededBy(b, start, daypart) {
                    noteDeadline(range)
                    break
                }
            }
        }
        return i
    }

    /// 0–10 for digit numerals, 100/1000/10 000/100 000 000 for magnitudes; nil otherwise.
    static func numeralValue(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x96F6, 0x3007: return 0            // 零 〇
        case 0x4E00, 0x58F9: return 1            // 一 壹
        case 0x4E8C, 0x4E24, 0x8D30: return 2    // 二 两 贰
        case 0x4E09, 0x53C1: return 3            // 三 叁
        case 0x56DB, 0x8086: return 4            // 四 肆
        case 0x4E94, 0x4F0D: return 5            // 五 伍
        case 0x516D, 0x9646: return 6            // 六 陆
        case 0x4E03, 0x67D2: return 7            // 七 柒
        case 0x516B, 0x634C: return 8            // 八 捌
        case 0x4E5D, 0x7396: return 9            // 九 玖
        case 0x5341, 0x62FE: return 10           // 十 拾
        case 0x767E, 0x4F70: return 100          // 百 佰
        case 0x5343, 0x4EDF: return 1000         // 千 仟
        case 0x4E07: return 10_000               // 万
        case 0x4EBF: return 100_000_000          // 亿
        default: return nil
        }
    }

    // MARK: Recording

    private mutating func noteAmount(_ range: Range<Int>) { if amount == nil { amount = range } }
    private mutating func noteDeadline(_ range: Range<Int>) { if deadline == nil { deadline = range } }

    // MARK: Byte helpers

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    static func hasPrefix(_ b: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index >= 0, index + length <= b.count else { return false }
        let pattern = literal.utf8Start
        for offset in 0..<length where b[index + offset] != pattern[offset] { return false }
        return true
    }

    /// `letters` at `index` as a whole word (not followed by a letter).
    static func hasWord(_ b: [UInt8], at index: Int, _ letters: StaticString) -> Bool {
        guard hasPrefix(b, at: index, letters) else { return false }
        let end = index + letters.utf8CodeUnitCount
        return end >= b.count || !isLetter(b[end])
    }

    static func precededBy(_ b: [UInt8], _ index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        var start = index - length
        if start >= 0, hasPrefix(b, at: start, literal) { return true }
        start -= 1 // allow one separator between
        return start >= 0 && b[index - 1] == 0x20 && hasPrefix(b, at: start, literal)
    }

    /// The word before `index` (skipping one space) equals `word`.
    static func previousWord(_ b: [UInt8], before index: Int, equals word: StaticString) -> Bool {
        var end = index
        if end > 0, b[end - 1] == 0x20 { end -= 1 }
        let length = word.utf8CodeUnitCount
        let start = end - length
        guard start >= 0, hasPrefix(b, at: start, word) else { return false }
        return start == 0 || !isLetter(b[start - 1])
    }

    /// Whether the byte before `index` (skipping one space) ends a run of ASCII letters: the
    /// cheap test that guards the word-list comparisons.
    static func followsLetters(_ b: [UInt8], _ index: Int) -> Bool {
        var end = index
        if end > 0, b[end - 1] == 0x20 { end -= 1 }
        return end > 0 && isLetter(b[end - 1])
    }

    private static let identifierLabels: [StaticString] = ["inv", "invoice", "invoices", "no", "po", "order", "ref", "contract",
                                           "clause", "section", "account", "acct", "tel", "phone", "room", "id",
                                           "number", "article", "item", "sku", "batch", "lot"]

    static func previousWordIsIdentifierLabel(_ b: [UInt8], before index: Int) -> Bool {
        guard followsLetters(b, index) else { return false }
        for label in identifierLabels where previousWord(b, before: index, equals: label) { return true }
        // A single letter before a number is a code ("C-221").
        var end = index
        if end > 0, b[end - 1] == 0x20 { end -= 1 }
        return end >= 1 && isLetter(b[end - 1]) && (end == 1 || !isLetter(b[end - 2]))
    }

    private static let monthNames: [StaticString] = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
                                     "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
                                     "oct", "october", "nov", "november", "dec", "december"]

    static func isMonthName(_ b: [UInt8], wordAt index: Int) -> Bool {
        guard index < b.count, isLetter(b[index]) else { return false }
        return monthNames.contains { hasWord(b, at: index, $0) }
    }

    static func previousWordIsMonth(_ b: [UInt8], before index: Int) -> Bool {
        guard followsLetters(b, index) else { return false }
        return monthNames.contains { previousWord(b, before: index, equals: $0) }
    }
}
