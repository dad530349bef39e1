import CollectKit
import Foundation
import Testing

@Suite("Aging buckets and days past due")
struct AgingBucketsTests {
    @Test func standardBucketsSplitAtTheirEdges() {
        let buckets = AgingBuckets.standard
        #expect(buckets.count == 6)
        let cases: [(Int, Int)] = [(-10, 0), (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3),
                                   (91, 4), (180, 4), (181, 5), (5_000, 5)]
        for (days, bucket) in cases {
            #expect(buckets.index(daysPastDue: days) == bucket, "\(days) days past due")
        }
        #expect((0..<6).map { buckets.label(ofBucket: $0) }
                == ["Not yet due", "1–30 days", "31–60 days", "61–90 days", "91–180 days", "Over 180 days"])
        #expect(buckets.label(ofBucket: 5, chinese: true) == "逾期180天以上")
        #expect(buckets.label(ofBucket: 0, chinese: true) == "未到期")
    }

    @Test func customBucketsWork() throws {
        let buckets = try AgingBuckets(overdueUpperBounds: [15, 45])
        #expect(buckets.count == 4)
        #expect([0, 15, 16, 45, 46].map { buckets.index(daysPastDue: $0) } == [0, 1, 2, 2, 3])
        #expect(buckets.label(ofBucket: 2) == "16–45 days")
        let noOverdueSplit = try AgingBuckets(overdueUpperBounds: [])
        #expect([0, 1, 400].map { noOverdueSplit.index(daysPastDue: $0) } == [0, 1, 1])
    }

    @Test(arguments: [[30, 30], [0, 30], [-5], [60, 30], [10, 4_000]])
    func invalidEdgesAreRejected(bounds: [Int]) {
        let error = #expect(throws: CollectKitError.self) { try AgingBuckets(overdueUpperBounds: bounds) }
        #expect(error?.kind == .invalidArgument)
        #expect(error?.field.hasPrefix("agingBuckets.overdueUpperBounds[") == true)
    }

    @Test func decodingValidatesTheEdges() {
        let json = Data(#"{"overdueUpperBounds":[60,30]}"#.utf8)
        #expect(throws: CollectKitError.self) { try JSONDecoder().decode(AgingBuckets.self, from: json) }
    }

    /// An invoice due 2026-03-31 is not overdue late that evening in Shanghai, even though
    /// it is already 1 April somewhere; half an hour after midnight in Shanghai it is.
    @Test func theDueDateItselfIsNotOverdueInTheCustomersTimeZone() throws {
        let invoice = try Receivable(id: "INV-0331", customerID: "C1", amount: Money(minorUnits: 1_000_00, currency: .cny),
                                     issueDate: CalendarDate(iso8601: "2026-03-01"), dueDate: CalendarDate(iso8601: "2026-03-31"))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = shanghai
        let lateEvening = try #require(ISO8601DateFormatter().date(from: "2026-03-31T23:00:00+08:00"))
        let afterMidnight = try #require(ISO8601DateFormatter().date(from: "2026-04-01T00:30:00+08:00"))

        let eveningDay = CalendarDate(lateEvening, in: calendar)
        #expect(eveningDay.description == "2026-03-31")
        #expect(invoice.daysPastDue(asOf: eveningDay) == 0)
        #expect(AgingBuckets.standard.index(daysPastDue: invoice.daysPastDue(asOf: eveningDay)) == 0)

        let nextDay = CalendarDate(afterMidnight, in: calendar)
        #expect(nextDay.description == "2026-04-01")
        #expect(invoice.daysPastDue(asOf: nextDay) == 1)
        #expect(AgingBuckets.standard.index(daysPastDue: invoice.daysPastDue(asOf: nextDay)) == 1)

        // The same 00:30 instant is still 31 March in UTC: the calendar's zone decides.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try #require(TimeZone(identifier: "UTC"))
        #expect(invoice.daysPastDue(asOf: CalendarDate(afterMidnight, in: utc)) == 0)
    }
}
