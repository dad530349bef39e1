import Testing
import CollectKit
import CollectKitTesting

/// Seeded property tests: fixed seeds, at least 1000 cases each, checked against 128-bit references.
@Suite struct MoneyPropertyTests {
    static let extremes: [Int64] = [.min, .min + 1, -1, 0, 1, .max - 1, .max, .max / 2, .min / 2, 1 << 32, -(1 << 32)]

    /// Mostly random bits at random widths, sometimes an extreme value.
    static func randomInt64(_ generator: inout SeededRandomNumberGenerator) -> Int64 {
        if Int.random(in: 0..<8, using: &generator) == 0 { return extremes[Int.random(in: 0..<extremes.count, using: &generator)] }
        let bits = Int.random(in: 1...64, using: &generator)
        let raw = Int64(bitPattern: generator.next())
        return bits == 64 ? raw : raw >> (64 - bits)
    }

    @Test func equalSplitSumsExactlyAndDiffersByAtMostOne() throws {
        var generator = SeededRandomNumberGenerator(seed: 20_261_127)
        for _ in 0..<2_000 {
            let amount = Money(minorUnits: Self.randomInt64(&generator), currency: .cny)
            let parts = Int.random(in: 1...40, using: &generator)
            let shares = try amount.allocated(into: parts)
            #expect(shares.count == parts)
            #expect(try Money.sum(shares, currency: .cny) == amount)
            let units = shares.map(\.minorUnits)
            let spread = (units.max() ?? 0).subtractingReportingOverflow(units.min() ?? 0)
            #expect(!spread.overflow && spread.partialValue <= 1)
            // Remainder to the earliest parts: magnitudes never increase along the list.
            #expect(zip(units, units.dropFirst()).allSatisfy { $0.magnitude >= $1.magnitude })
        }
    }

    @Test func ratioSplitSumsExactlyAndStaysWithinOneUnitOfExactShare() throws {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return }
        var generator = SeededRandomNumberGenerator(seed: 42)
        for _ in 0..<2_000 {
            let amount = Money(minorUnits: Self.randomInt64(&generator), currency: .usd)
            let count = Int.random(in: 1...12, using: &generator)
            let maxRatio: Int64 = Bool.random(using: &generator) ? 100 : Int64.max / 16
            var ratios = (0..<count).map { _ in Int64.random(in: 0...maxRatio, using: &generator) }
            if ratios.allSatisfy({ $0 == 0 }) { ratios[0] = 1 }
            let shares = try amount.allocated(byRatios: ratios)
            #expect(try Money.sum(shares, currency: .usd) == amount)
            let total = Int128(ratios.reduce(0, +))
            for (share, ratio) in zip(shares, ratios) {
                // |share × total − amount × ratio| < total: within one minor unit of the exact share.
                let error = Int128(share.minorUnits) * total - Int128(amount.minorUnits) * Int128(ratio)
                #expect(error.magnitude < total.magnitude)
                if ratio == 0 { #expect(share.isZero) }
            }
        }
    }

    @Test func arithmeticNeverTrapsAndMatchesWideReference() {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return }
        var generator = SeededRandomNumberGenerator(seed: 7)
        let range = Int128(Int64.min)...Int128(Int64.max)
        for _ in 0..<5_000 {
            let a = Self.randomInt64(&generator), b = Self.randomInt64(&generator)
            let x = Money(minorUnits: a, currency: .cny), y = Money(minorUnits: b, currency: .cny)
            let checks: [(Result<Money, CollectKitError>, Int128)] = [
                (Result { () throws(CollectKitError) in try x.adding(y) }, Int128(a) + Int128(b)),
                (Result { () throws(CollectKitError) in try x.subtracting(y) }, Int128(a) - Int128(b)),
                (Result { () throws(CollectKitError) in try x.multiplied(by: b) }, Int128(a) * Int128(b)),
                (Result { () throws(CollectKitError) in try x.negated() }, -Int128(a)),
            ]
            for (result, reference) in checks {
                switch result {
                case .success(let money): #expect(Int128(money.minorUnits) == reference, "\(a) \(b)")
                case .failure(let error):
                    #expect(error.kind == .overflow)
                    #expect(!range.contains(reference), "\(a) \(b)")
                }
            }
        }
    }

    @Test func applyingRatesMatchesWideReference() {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return }
        var generator = SeededRandomNumberGenerator(seed: 1_234_567)
        let range = Int128(Int64.min)...Int128(Int64.max)
        for _ in 0..<5_000 {
            let amount = Self.randomInt64(&generator)
            var denominator = Self.randomInt64(&generator)
            if denominator == 0 || denominator == .min { denominator = 7 }
            let numerator = Self.randomInt64(&generator)
            let rule = RoundingRule.allCases[Int.random(in: 0..<RoundingRule.allCases.count, using: &generator)]
            guard let rate = try? Rate(numerator, denominator) else {
                // Only −2^63 / negative cannot move its sign to the numerator.
                #expect(numerator == .min && denominator < 0)
                continue
            }
            let reference = Self.roundedQuotient(Int128(amount) * Int128(numerator), Int128(denominator), rule)
            do {
                let result = try Money(minorUnits: amount, currency: .cny).applying(rate, rounding: rule)
                #expect(Int128(result.minorUnits) == reference, "\(amount) × \(numerator)/\(denominator) \(rule)")
            } catch {
                #expect(error.kind == .overflow)
                #expect(!range.contains(reference), "\(amount) × \(numerator)/\(denominator) \(rule)")
            }
        }
    }

    /// Rounds `n / d` with signed 128-bit arithmetic: an independent statement of each rule.
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    static func roundedQuotient(_ n: Int128, _ d: Int128, _ rule: RoundingRule) -> Int128 {
        let q = n / d, r = n % d           // q truncated toward zero
        guard r != 0 else { return q }
        let positive = (n < 0) == (d < 0)
        let floorQ = positive ? q : q - 1
        let ceilQ = floorQ + 1
        let twiceR = 2 * r.magnitude, absD = d.magnitude
        let away = positive ? q + 1 : q - 1
        switch rule {
        case .down: return q
        case .up: return away
        case .floor: return floorQ
        case .ceiling: return ceilQ
        case .halfUp: return twiceR >= absD ? away : q
        case .halfDown: return twiceR > absD ? away : q
        case .halfEven:
            if twiceR != absD { return twiceR > absD ? away : q }
            return floorQ % 2 == 0 ? floorQ : ceilQ
        }
    }

    @Test func parsingWhatWasFormattedGivesTheSameAmount() throws {
        var generator = SeededRandomNumberGenerator(seed: 99)
        let currencies: [Currency] = [.cny, .usd, .jpy, .eur, .gbp, .hkd, .inr, .krw, .myr, .twd, .sgd, .aud]
        var formatters: [MoneyFormatter] = []
        for language in Language.allCases {
            for style in MoneyFormatter.Style.allCases {
                for grouping in MoneyFormatter.Grouping.allCases {
                    formatters.append(MoneyFormatter(language: language, style: style, grouping: grouping))
                }
            }
        }
        var largeUnitForms = 0
        for index in 0..<3_000 {
            let currency = currencies[index % currencies.count]
            var minorUnits: Int64
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: minorUnits = Self.randomInt64(&generator)
            case 1: minorUnits = Int64.random(in: -99_999...99_999, using: &generator)
            default:
                // Round figures in 万 / 亿 / K / M so the large-unit forms are exercised.
                var scale: Int64 = currency.minorUnitsPerMajorUnit
                for _ in 0..<Int.random(in: 3...9, using: &generator) { scale *= 10 }
                minorUnits = Int64.random(in: -999...999, using: &generator) * scale
            }
            let money = Money(minorUnits: minorUnits, currency: currency)
            let parser = MoneyParser(defaultCurrency: currency, allowsNegative: true)
            for formatter in formatters {
                let text = formatter.string(for: money)
                if formatter.style == .largeUnits, text.unicodeScalars.contains(where: { "万亿KMB".unicodeScalars.contains($0) }) {
                    largeUnitForms += 1
                }
                #expect(try parser.parse(text) == money, "\(text)")
            }
        }
        #expect(largeUnitForms > 1_000)
    }
}
