/// One run of ``MoneyParser`` over one input: a hand-written scanner over Unicode scalars.
///
/// Linear in the input, no regular expressions, no backtracking beyond a fixed look-ahead of
/// a few characters for currency words. Every rejection goes through ``fail(_:)``.
struct AmountReading {
    let parser: MoneyParser
    let text: String
    private var chars: [Unicode.Scalar] = []
    private var position = 0

    init(parser: MoneyParser, text: String) {
        self.parser = parser
        self.text = text
    }

    /// A decimal number as written: `significand × 10^-scale`.
    struct Literal {
        var significand: UInt64
        var scale: Int
        /// Exactly one digit, no point, no comma: eligible for the colloquial next-place reading.
        var isSingleDigit: Bool
        /// Written with a decimal point.
        var hasPoint: Bool
    }

    enum Piece {
        case literal(Literal)
        case chineseDigit(UInt64)
        case smallUnit(Int)
        case bigUnit(Int)
    }

    // MARK: - Top level

    mutating func read() throws(CollectKitError) -> Money {
        try normalize()
        guard !chars.isEmpty else { throw fail("there is no amount (the text is empty or only spaces)") }

        var negative = false
        try takeSign(&negative)
        skipSpaces()
        let prefix = try marker()
        if prefix != nil {
            skipSpaces()
            try takeSign(&negative)
            skipSpaces()
        }

        let bodyStart = position
        while position < chars.count, Self.isNumeral(chars[position]) { position += 1 }
        let bodyEnd = position
        guard bodyStart < bodyEnd else {
            if position < chars.count { throw unexpected() }
            throw fail("there is no number")
        }

        var multiplier: Int?
        if position < chars.count, let exponent = Self.latinMultiplier(chars[position]),
           position + 1 == chars.count || !Self.isASCIILetter(chars[position + 1]) {
            multiplier = exponent
            position += 1
        }
        skipSpaces()
        let suffix = try marker()
        var change: (jiao: UInt64, fen: UInt64)?
        if suffix == .yuanWord { change = try yuanChange() }
        skipSpaces()
        guard position == chars.count else { throw unexpected() }

        let currency = try resolveCurrency(prefix: prefix, suffix: suffix)
        var magnitude = try evaluate(bodyStart..<bodyEnd, multiplier: multiplier, exponent: currency.minorUnitExponent)
        if let change, change.jiao != 0 || change.fen != 0 {
            for index in bodyStart..<bodyEnd where chars[index] == "." {
                throw fail("an amount with a decimal point cannot also have 角 or 分")
            }
            guard currency.minorUnitExponent >= (change.fen != 0 ? 2 : 1) else {
                throw fail("\(currency.code) has too few decimal places for 角 and 分")
            }
            let cents = try scaled(change.jiao, by: currency.minorUnitExponent - 1)
            let (withFen, overflowA) = cents.addingReportingOverflow(try scaled(change.fen, by: currency.minorUnitExponent - 2))
            let (sum, overflowB) = magnitude.addingReportingOverflow(withFen)
            guard !overflowA, !overflowB else { throw tooLarge(currency) }
            magnitude = sum
        }
        if negative && magnitude != 0 && !parser.allowsNegative {
            throw fail("negative amounts are not accepted here")
        }
        guard let minorUnits = Money.signedMinorUnits(magnitude: magnitude, negative: negative) else {
            throw tooLarge(currency)
        }
        return Money(minorUnits: minorUnits, currency: currency)
    }

    /// Reads what may follow 元/块: `整` (exactly), `5角3分`, `零3分`, or one bare digit (`5块5` = 5.50).
    private mutating func yuanChange() throws(CollectKitError) -> (jiao: UInt64, fen: UInt64) {
        func at(_ offset: Int) -> Unicode.Scalar? {
            position + offset < chars.count ? chars[position + offset] : nil
        }
        if at(0) == "整" {
            position += 1
            return (0, 0)
        }
        var jiao: UInt64 = 0, fen: UInt64 = 0
        if let c = at(0), c != "零", c != "〇", let digit = Self.digitValue(c) {
            if at(1) == "角" || at(1) == "毛" {
                jiao = digit
                position += 2
            } else if at(1) == nil {
                position += 1          // colloquial 5块5: the lone digit is 角
                return (digit, 0)
            } else if at(1) != "分" {
                throw unexpected()
            }
        }
        if at(0) == "零" || at(0) == "〇", jiao == 0, let c = at(1), Self.digitValue(c) != nil, at(2) == "分" {
            position += 1              // 5元零3分
        }
        if let c = at(0), let digit = Self.digitValue(c), at(1) == "分" {
            fen = digit
            position += 2
        }
        if at(0) == "整" { position += 1 }
        return (jiao, fen)
    }

    // MARK: - Characters

    /// Folds full-width forms to ASCII, all white space to " ", and trims the ends.
    private mutating func normalize() throws(CollectKitError) {
        var folded: [Unicode.Scalar] = []
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            guard count <= parser.maximumLength else {
                throw fail("longer than \(parser.maximumLength) characters; no amount is written that long")
            }
            var value = scalar.value
            switch value {
            case 0xFF01...0xFF5E: value -= 0xFEE0          // full-width ASCII
            case 0xFFE5: value = 0xA5                      // ￥
            case 0xFFE1: value = 0xA3                      // ￡
            case 0x2212, 0xFE63: value = 0x2D              // minus signs
            default: if scalar.properties.isWhitespace { value = 0x20 }
            }
            folded.append(Unicode.Scalar(value) ?? scalar)
        }
        var start = 0, end = folded.count
        while start < end, folded[start] == " " { start += 1 }
        while end > start, folded[end - 1] == " " { end -= 1 }
        chars = Array(folded[start..<end])
    }

    private mutating func skipSpaces() {
        while position < chars.count, chars[position] == " " { position += 1 }
    }

    private mutating func takeSign(_ negative: inout Bool) throws(CollectKitError) {
        guard position < chars.count, chars[position] == "-" else { return }
        guard !negative else { throw fail("more than one minus sign") }
        negative = true
        position += 1
    }

    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    static func chineseDigit(_ c: Unicode.Scalar) -> UInt64? {
        switch c {
        case "零", "〇": 0
        case "一", "壹": 1
        case "二", "两", "兩", "贰", "貳": 2
        case "三", "叁", "參": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆", "陸": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    static func digitValue(_ c: Unicode.Scalar) -> UInt64? {
        isASCIIDigit(c) ? UInt64(c.value - 0x30) : chineseDigit(c)
    }

    static func smallUnit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "十", "拾": 1
        case "百", "佰": 2
        case "千", "仟": 3
        default: nil
        }
    }

    static func bigUnit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "万", "萬": 4
        case "亿", "億": 8
        default: nil
        }
    }

    static func latinMultiplier(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "k", "K": 3
        case "w", "W": 4
        case "m", "M": 6
        case "b", "B": 9
        default: nil
        }
    }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        isASCIIDigit(c) || c == "," || c == "." || chineseDigit(c) != nil || smallUnit(c) != nil || bigUnit(c) != nil
    }

    // MARK: - Currency markers

    /// Reads a currency sign, code or word at the current position, if there is one.
    private mutating func marker() throws(CollectKitError) -> CurrencyMarker? {
        guard position < chars.count else { return nil }
        if Self.isASCIILetter(chars[position]) {
            var end = position
            var word = ""
            while end < chars.count, Self.isASCIILetter(chars[end]) {
                guard end - position < 8 else { throw fail("\"\(word)…\" is not a currency") }
                word.unicodeScalars.append(chars[end])
                end += 1
            }
            let upper = word.uppercased()
            if end < chars.count, chars[end] == "$" {
                guard let code = CurrencyMarker.dollarPrefixes[upper] else {
                    throw fail("\"\(word)$\" is not a currency sign")
                }
                position = end + 1
                return .code(code)
            }
            if let code = CurrencyMarker.letterAliases[upper] {
                position = end
                return .code(code)
            }
            guard upper.utf8.count == 3 else { throw fail("\"\(word)\" is neither a number nor a currency") }
            position = end
            return .code(upper)
        }
        for (word, marker) in CurrencyMarker.words where position + word.count <= chars.count {
            var matches = true
            for offset in 0..<word.count where chars[position + offset] != word[offset] {
                matches = false
                break
            }
            if matches {
                position += word.count
                return marker
            }
        }
        return nil
    }

    private func candidateCode(_ marker: CurrencyMarker, other: CurrencyMarker?) -> String {
        let defaultCode = parser.defaultCurrency.code
        switch marker {
        case .code(let code): return code
        case .yuanWord: return "CNY"
        case .yenSign:
            if case .code(let code) = other, code == "JPY" || code == "CNY" { return code }
            if other == .yuanWord { return "CNY" }
            return defaultCode == "JPY" ? "JPY" : "CNY"
        case .dollarSign:
            if case .code(let code) = other, CurrencyMarker.dollarCodes.contains(code) { return code }
            return CurrencyMarker.dollarCodes.contains(defaultCode) ? defaultCode : "USD"
        }
    }

    private func resolveCurrency(prefix: CurrencyMarker?, suffix: CurrencyMarker?) throws(CollectKitError) -> Currency {
        var code: String?
        if let prefix { code = candidateCode(prefix, other: suffix) }
        if let suffix {
            let suffixCode = candidateCode(suffix, other: prefix)
            if let code, code != suffixCode {
                throw fail("the currency before the number (\(code)) and after it (\(suffixCode)) disagree")
            }
            code = suffixCode
        }
        guard let code else { return parser.defaultCurrency }
        if code == parser.defaultCurrency.code { return parser.defaultCurrency }
        do {
            return try parser.table.currency(code: code)
        } catch {
            throw fail("\(code) is not a currency this table knows")
        }
    }

    // MARK: - Numbers

    /// Splits the number into pieces and evaluates them to minor units (a magnitude).
    private func evaluate(_ range: Range<Int>, multiplier: Int?, exponent: Int) throws(CollectKitError) -> UInt64 {
        var pieces: [Piece] = []
        var hasUnits = false, hasLiteral = false
        var index = range.lowerBound
        while index < range.upperBound {
            let c = chars[index]
            if Self.isASCIIDigit(c) || c == "," || c == "." {
                var end = index
                while end < range.upperBound, Self.isASCIIDigit(chars[end]) || chars[end] == "," || chars[end] == "." {
                    end += 1
                }
                pieces.append(.literal(try literal(index..<end)))
                hasLiteral = true
                index = end
                continue
            }
            if let digit = Self.chineseDigit(c) {
                pieces.append(.chineseDigit(digit))
            } else if let unit = Self.smallUnit(c) {
                pieces.append(.smallUnit(unit))
                hasUnits = true
            } else if let unit = Self.bigUnit(c) {
                pieces.append(.bigUnit(unit))
                hasUnits = true
            }
            index += 1
        }

        if let multiplier {
            guard pieces.count == 1, case .literal(let value) = pieces[0] else {
                throw fail("k, w, m and b may only follow a plain number such as 50k or 1.2M")
            }
            return try minorUnits(value, unit: multiplier, exponent: exponent)
        }
        if !hasUnits {
            if pieces.count == 1, case .literal(let value) = pieces[0] {
                return try minorUnits(value, unit: 0, exponent: exponent)
            }
            guard !hasLiteral else { throw fail("Arabic and Chinese digits are mixed without a unit") }
            // Chinese digits written positionally, e.g. 二〇五〇.
            var significand: UInt64 = 0
            for piece in pieces {
                guard case .chineseDigit(let digit) = piece else { continue }
                let (times, overflowA) = significand.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times.addingReportingOverflow(digit)
                guard !overflowA, !overflowB else { throw fail("the number is too large") }
                significand = sum
            }
            return try minorUnits(Literal(significand: significand, scale: 0, isSingleDigit: false, hasPoint: false),
                                  unit: 0, exponent: exponent)
        }
        return try evaluateWithUnits(pieces, exponent: exponent)
    }

    /// Evaluates a numeral with units: `十二万五千`, `18.5万`, `一亿二千万`, `18万5`.
    private func evaluateWithUnits(_ pieces: [Piece], exponent: Int) throws(CollectKitError) -> UInt64 {
        var total: UInt64 = 0          // completed 万/亿 sections
        var section: UInt64 = 0        // 十/百/千 terms since the last big unit
        var current: Literal?          // a number waiting for its unit
        var lastSmall: Int?, lastBig: Int?, lastUnit: Int?
        var zeroSeen = false

        func add(_ a: UInt64, _ b: UInt64) throws(CollectKitError) -> UInt64 {
            let (sum, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { throw fail("the number is too large") }
            return sum
        }

        for piece in pieces {
            switch piece {
            case .literal(let value):
                guard current == nil else { throw fail("two numbers follow each other without a unit") }
                current = value
            case .chineseDigit(0):
                guard current == nil else { throw fail("零 cannot follow a digit") }
                zeroSeen = true
            case .chineseDigit(let digit):
                guard current == nil else { throw fail("two digits follow each other without a unit") }
                current = Literal(significand: digit, scale: 0, isSingleDigit: true, hasPoint: false)
            case .smallUnit(let unit):
                var value: Literal
                if let current {
                    value = current
                } else if unit == 1, section == 0, lastSmall == nil {
                    value = Literal(significand: 1, scale: 0, isSingleDigit: true, hasPoint: false)   // 十二 = 12
                } else {
                    throw fail("\(Self.unitName(unit)) needs a digit before it")
                }
                guard value.significand != 0, Self.isBelowTen(value) else {
                    throw fail("only a digit from 1 to 9 may stand before \(Self.unitName(unit))")
                }
                if let lastSmall, unit >= lastSmall {
                    throw fail("\(Self.unitName(unit)) cannot follow \(Self.unitName(lastSmall))")
                }
                section = try add(section, try minorUnits(value, unit: unit, exponent: exponent))
                lastSmall = unit
                lastUnit = unit
                current = nil
                zeroSeen = false
            case .bigUnit(let unit):
                if let lastBig, unit >= lastBig {
                    throw fail("\(Self.unitName(unit)) cannot follow \(Self.unitName(lastBig))")
                }
                guard section != 0 || (current.map { $0.significand != 0 } ?? false) else {
                    throw fail("\(Self.unitName(unit)) needs a number before it")
                }
                let (shifted, overflow) = section.multipliedReportingOverflow(by: try scaled(1, by: unit))
                guard !overflow else { throw fail("the number is too large") }
                var contribution = shifted
                if let current { contribution = try add(contribution, try minorUnits(current, unit: unit, exponent: exponent)) }
                if let lastBig, contribution >= (try scaled(1, by: lastBig + exponent)) {
                    throw fail("the part before \(Self.unitName(unit)) is not smaller than one \(Self.unitName(lastBig))")
                }
                total = try add(total, contribution)
                lastBig = unit
                lastUnit = unit
                lastSmall = nil
                section = 0
                current = nil
                zeroSeen = false
            }
        }

        if let current {
            guard !current.hasPoint else { throw fail("decimals may only come before a unit, as in 18.5万") }
            var place = 0
            if let lastUnit, current.isSingleDigit, !zeroSeen {
                place = lastUnit - 1
                if place >= 1 && !parser.allowsColloquialDigit {
                    throw fail("a lone digit after \(Self.unitName(lastUnit)) is ambiguous; write it in full")
                }
            }
            let tail = try minorUnits(current, unit: place, exponent: exponent)
            if let lastSmall, tail >= (try scaled(1, by: lastSmall + exponent)) {
                throw fail("the number after \(Self.unitName(lastSmall)) is not smaller than one \(Self.unitName(lastSmall))")
            }
            section = try add(section, tail)
        } else if zeroSeen {
            throw fail("零 must be followed by a digit")
        }
        if let lastBig, section >= (try scaled(1, by: lastBig + exponent)) {
            throw fail("the part after \(Self.unitName(lastBig)) is not smaller than one \(Self.unitName(lastBig))")
        }
        return try add(total, section)
    }

    static func unitName(_ unit: Int) -> String {
        switch unit {
        case 1: "十"
        case 2: "百"
        case 3: "千"
        case 4: "万"
        case 8: "亿"
        default: "10^\(unit)"
        }
    }

    static func isBelowTen(_ value: Literal) -> Bool {
        guard value.scale <= 18 else { return true }
        var bound: UInt64 = 10
        for _ in 0..<value.scale { bound *= 10 }
        return value.significand < bound
    }

    /// Reads `1,234,567.89` (or lakh `12,34,567`): digits, grouping commas, one point.
    private func literal(_ range: Range<Int>) throws(CollectKitError) -> Literal {
        var significand: UInt64 = 0
        var scale = 0, pendingZeros = 0
        var groups: [Int] = []
        var groupSize = 0, digitCount = 0, fractionDigits = 0
        var inFraction = false, sawComma = false

        for index in range {
            let c = chars[index]
            if Self.isASCIIDigit(c) {
                let digit = UInt64(c.value - 0x30)
                digitCount += 1
                if inFraction {
                    fractionDigits += 1
                    if digit == 0 {
                        pendingZeros += 1     // trailing zeros add no value; defer them
                    } else {
                        let (shifted, overflowA) = significand.multipliedReportingOverflow(by: try scaled(1, by: pendingZeros + 1))
                        let (sum, overflowB) = shifted.addingReportingOverflow(digit)
                        guard !overflowA, !overflowB else { throw fail("the number has too many digits") }
                        significand = sum
                        scale += pendingZeros + 1
                        pendingZeros = 0
                    }
                } else {
                    let (shifted, overflowA) = significand.multipliedReportingOverflow(by: 10)
                    let (sum, overflowB) = shifted.addingReportingOverflow(digit)
                    guard !overflowA, !overflowB else { throw fail("the number is too large") }
                    significand = sum
                    groupSize += 1
                }
            } else if c == "," {
                guard !inFraction else { throw fail("a comma cannot follow the decimal point") }
                guard groupSize > 0 else { throw fail("a comma must sit between digits") }
                groups.append(groupSize)
                groupSize = 0
                sawComma = true
            } else {
                guard !inFraction else { throw fail("more than one decimal point") }
                guard groupSize > 0 else { throw fail("a decimal point must follow a digit") }
                inFraction = true
            }
        }
        if inFraction {
            guard fractionDigits > 0 else { throw fail("a decimal point must be followed by digits") }
        } else {
            guard groupSize > 0 else { throw fail("a comma must sit between digits") }
        }
        if sawComma {
            groups.append(groupSize)
            try checkGrouping(groups, startsWithZero: chars[range.lowerBound] == "0")
        }
        return Literal(significand: significand, scale: scale,
                       isSingleDigit: digitCount == 1 && !inFraction && !sawComma, hasPoint: inFraction)
    }

    private func checkGrouping(_ groups: [Int], startsWithZero: Bool) throws(CollectKitError) {
        guard let first = groups.first, let last = groups.last, !startsWithZero else {
            throw fail("a grouped number cannot start with 0")
        }
        let middle = groups.dropFirst().dropLast()
        let thousands = first <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }
        let lakh = parser.allowsIndianGrouping && first <= 2 && last == 3 && middle.allSatisfy { $0 == 2 }
        guard thousands || lakh else {
            let shape = groups.map(String.init).joined(separator: "-")
            throw fail("digits grouped \(shape) are neither thousands (1,234,567) nor lakh (12,34,567) grouping")
        }
    }

    /// `value × 10^unit` in minor units of a currency with `exponent` decimals; exact or an error.
    private func minorUnits(_ value: Literal, unit: Int, exponent: Int) throws(CollectKitError) -> UInt64 {
        let shift = unit + exponent - value.scale
        if value.significand == 0 { return 0 }
        if shift >= 0 {
            let (product, overflow) = value.significand.multipliedReportingOverflow(by: try scaled(1, by: shift))
            guard !overflow else { throw fail("the number is too large") }
            return product
        }
        guard -shift <= 19 else { throw tooManyDecimals(exponent) }
        var divisor: UInt64 = 1
        for _ in 0 ..< -shift { divisor *= 10 }
        let (quotient, remainder) = value.significand.quotientAndRemainder(dividingBy: divisor)
        guard remainder == 0 else { throw tooManyDecimals(exponent) }
        return quotient
    }

    /// `value × 10^power`, or an error when it exceeds 64 bits.
    private func scaled(_ value: UInt64, by power: Int) throws(CollectKitError) -> UInt64 {
        var result = value
        for _ in 0..<max(power, 0) {
            let (next, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw fail("the number is too large") }
            result = next
        }
        return result
    }

    // MARK: - Errors

    private func fail(_ reason: String) -> CollectKitError {
        .invalidAmount(field: parser.field, value: text, reason: reason)
    }

    private func tooManyDecimals(_ exponent: Int) -> CollectKitError {
        fail(exponent == 0 ? "the currency has no minor unit, so the amount must be whole"
                           : "more than \(exponent) decimal places; amounts are never rounded silently")
    }

    private func tooLarge(_ currency: Currency) -> CollectKitError {
        fail("larger than the largest amount in \(currency.code) (\(Int64.max) minor units)")
    }

    private func unexpected() -> CollectKitError {
        guard position < chars.count else { return fail("unexpected end") }
        let c = chars[position]
        if c == "-" { return fail("a minus sign may only lead the amount") }
        return fail("unexpected \"\(Character(c))\" at character \(position + 1)")
    }
}
