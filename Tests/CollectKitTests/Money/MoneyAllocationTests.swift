import Testing
import CollectKit

@Suite struct MoneyAllocationTests {
    private func cny(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .cny) }

    @Test func equalSplitGivesRemainderToEarliestParts() throws {
        #expect(try cny(10_000).allocated(into: 3) == [cny(3_334), cny(3_333), cny(3_333)])
        #expect(try cny(10).allocated(into: 4) == [cny(3), cny(3), cny(2), cny(2)])
        #expect(try cny(2).allocated(into: 5) == [cny(1), cny(1), cny(0), cny(0), cny(0)])
        #expect(try cny(18_000_000).allocated(into: 1) == [cny(18_000_000)])
    }

    @Test func negativeAmountsMirrorPositiveOnes() throws {
        #expect(try cny(-100).allocated(into: 3) == [cny(-34), cny(-33), cny(-33)])
        #expect(try cny(-5).allocated(byRatios: [3, 7]) == [cny(-2), cny(-3)])
        let minimum = try cny(.min).allocated(into: 2)
        #expect(minimum == [cny(.min / 2), cny(.min / 2)])
        #expect(try cny(.min).allocated(into: 1) == [cny(.min)])
    }

    @Test func ratiosUseLargestRemainder() throws {
        // 100 × 1/6 = 16.67, × 2/6 = 33.33, × 3/6 = 50: the 0.67 remainder gets the spare unit.
        #expect(try cny(100).allocated(byRatios: [1, 2, 3]) == [cny(17), cny(33), cny(50)])
        // 1.5 and 3.5 tie: the earliest part gets it.
        #expect(try cny(5).allocated(byRatios: [3, 7]) == [cny(2), cny(3)])
        // 30 % deposit, 70 % on delivery of ¥180,000.01.
        #expect(try cny(18_000_001).allocated(byRatios: [30, 70]) == [cny(5_400_000), cny(12_600_001)])
        // A zero ratio always gets zero.
        #expect(try cny(7).allocated(byRatios: [0, 1, 1, 0]) == [cny(0), cny(4), cny(3), cny(0)])
        #expect(try cny(.max).allocated(byRatios: [.max / 2, .max / 4, 3]).reduce(0) { $0 + $1.minorUnits } == .max)
    }

    @Test func badPartsAndRatiosAreTypedErrors() {
        for parts in [0, -1, Money.maximumAllocationParts + 1] {
            do { _ = try cny(100).allocated(into: parts); Issue.record("\(parts) accepted") } catch {
                #expect(error.kind == .invalidArgument)
                #expect(error.field == "parts")
            }
        }
        for ratios: [Int64] in [[], [0, 0], [1, -1], [.max, 1]] {
            do { _ = try cny(100).allocated(byRatios: ratios); Issue.record("\(ratios) accepted") } catch {
                #expect(error.kind == .invalidArgument)
                #expect(error.field.hasPrefix("ratios"))
            }
        }
    }
}
