import Testing
@testable import CollectKit

@Suite struct InstallmentTests {
    func schedule() -> [Installment] {
        [Installment(sequence: 1, amount: PlanningFixture.cny(60_000), date: PlanningFixture.day(-5), received: PlanningFixture.cny(0),
                     receivableIDs: ["A"], asOf: PlanningFixture.day(-10)),
         Installment(sequence: 2, amount: PlanningFixture.cny(60_000), date: PlanningFixture.day(5), received: PlanningFixture.cny(0),
                     receivableIDs: ["B"], asOf: PlanningFixture.day(-10)),
         Installment(sequence: 3, amount: PlanningFixture.cny(60_000), date: PlanningFixture.day(15), received: PlanningFixture.cny(0),
                     receivableIDs: ["B"], asOf: PlanningFixture.day(-10))]
    }

    @Test func statusesFollowReceiptsAndDates() throws {
        #expect(schedule().map(\.status) == [.pending, .pending, .pending])
        let (after, unapplied) = try schedule().recording(receipt: PlanningFixture.cny(70_000), asOf: PlanningFixture.asOf)
        #expect(after.map(\.status) == [.paid, .partiallyPaid, .pending])
        #expect(after.map(\.received) == [PlanningFixture.cny(60_000), PlanningFixture.cny(10_000), PlanningFixture.cny(0)])
        #expect(unapplied == PlanningFixture.cny(0))
        let (late, _) = try schedule().recording(receipt: PlanningFixture.cny(10_000), asOf: PlanningFixture.asOf)
        #expect(late.map(\.status) == [.overdue, .pending, .pending])
        #expect(InstallmentStatus.overdue.chineseName == "已逾期")
        #expect(InstallmentStatus.partiallyPaid.chineseName == "部分回款")
    }

    @Test func overpaymentIsReturnedNotLost() throws {
        let (after, unapplied) = try schedule().recording(receipt: PlanningFixture.cny(200_000), asOf: PlanningFixture.asOf)
        #expect(after.allSatisfy { $0.status == .paid })
        #expect(unapplied == PlanningFixture.cny(20_000))
    }

    @Test func badReceiptsAreTypedErrors() {
        #expect(throws: CollectKitError.self) { try schedule().recording(receipt: PlanningFixture.usd(1), asOf: PlanningFixture.asOf) }
        #expect(throws: CollectKitError.self) { try schedule().recording(receipt: PlanningFixture.cny(-1), asOf: PlanningFixture.asOf) }
    }

    @Test func splitterSumsExactlyWithRoundShares() {
        #expect(InstallmentSplitter.split(total: 18_000_000, parts: 3, granularity: 100_000) == [6_000_000, 6_000_000, 6_000_000])
        #expect(InstallmentSplitter.split(total: 10_000_150, parts: 3, granularity: 100_000) == [3_400_150, 3_300_000, 3_300_000])
        #expect(InstallmentSplitter.split(total: 2, parts: 3, granularity: 100) == [2])
        #expect(InstallmentSplitter.split(total: 7, parts: 1, granularity: 100) == [7])
    }
}
