import Testing
import CollectKit
import Foundation

@Suite struct MoneyRateTests {
    private func cny(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .cny) }

    @Test func ratesAreReducedExactFractions() throws {
        #expect(Rate.percent(50) == (try Rate(1, 2)))
        #expect(Rate.basisPoints(350) == (try Rate(7, 200)))
        #expect(Rate.partsPerMillion(35_000) == .basisPoints(350))
        #expect(try Rate(3, -6) == Rate(-1, 2))
        #expect(try Rate(0, -6) == .zero)
        #expect(try Rate(Int64.min, 1).numerator == .min)
        #expect(throws: CollectKitError.self) { try Rate(1, 0) }
        #expect(throws: CollectKitError.self) { try Rate(Int64.min, -1) }
    }

    @Test func rateRoundTripsThroughJSONAndRejectsZeroDenominator() throws {
        let data = try JSONEncoder().encode(Rate.basisPoints(350))
        #expect(String(decoding: data, as: UTF8.self).contains("200"))
        #expect(try JSONDecoder().decode(Rate.self, from: data) == .basisPoints(350))
        #expect(try JSONDecoder().decode(Rate.self, from: Data(#"{"numerator":2,"denominator":4}"#.utf8)) == .percent(50))
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(Rate.self, from: Data(#"{"numerator":1,"denominator":0}"#.utf8))
        }
    }

    /// Each rule on ±2.5, ±3.5, ±2.1, ±2.9 units: amount × 1/10 with amounts 25, 35, 21, 29.
    @Test(arguments: [
        (RoundingRule.halfEven, [2, 4, 2, 3]), (.halfUp, [3, 4, 2, 3]), (.halfDown, [2, 3, 2, 3]),
        (.down, [2, 3, 2, 2]), (.up, [3, 4, 3, 3]), (.floor, [2, 3, 2, 2]), (.ceiling, [3, 4, 3, 3]),
    ])
    func roundingRules(_ rule: RoundingRule, _ expected: [Int64]) throws {
        let tenth = try Rate(1, 10)
        let results = try [25, 35, 21, 29].map { (units: Int64) throws(CollectKitError) in try cny(units).applying(tenth, rounding: rule).minorUnits }
        #expect(results == expected)
        let negative = try [25, 35, 21, 29].map { (units: Int64) throws(CollectKitError) in try cny(-units).applying(tenth, rounding: rule).minorUnits }
        let mirrored: [Int64] = switch rule {
        case .floor: [-3, -4, -3, -3]
        case .ceiling: [-2, -3, -2, -2]
        default: expected.map { -$0 }
        }
        #expect(negative == mirrored)
    }

    @Test func percentagesAndBasisPoints() throws {
        #expect(try cny(18_000_000).percentage(30, rounding: .halfEven) == cny(5_400_000))
        // ¥123.45 × 3.5 % = 4.32075 → 4.32
        #expect(try cny(12_345).percentage(basisPoints: 350, rounding: .halfEven) == cny(432))
        #expect(try cny(12_345).percentage(basisPoints: 350, rounding: .up) == cny(433))
        #expect(try cny(100).divided(by: 3, rounding: .halfEven) == cny(33))
        #expect(try cny(100).divided(by: -3, rounding: .floor) == cny(-34))
        #expect(try cny(.min).divided(by: Int64.min, rounding: .down) == cny(1))
        #expect(throws: CollectKitError.self) { try cny(1).divided(by: 0, rounding: .down) }
    }

    @Test func noIntermediateOverflow() throws {
        // Int64.max × 3 overflows 64 bits, but ÷ 4 fits.
        let rate = try Rate(3, 4)
        #expect(try cny(.max).applying(rate, rounding: .down).minorUnits == 6_917_529_027_641_081_855)  // 3 × 2^61 − 1
        do { _ = try cny(.max).applying(.percent(101), rounding: .down); Issue.record("no error") } catch {
            #expect(error.kind == .overflow)
        }
        do { _ = try cny(.min).applying(try Rate(-1, 1), rounding: .down); Issue.record("no error") } catch {
            #expect(error.kind == .overflow)
        }
    }
}
