import Foundation
import Testing
import CollectKit
import CollectKitTesting

@Suite struct CalendarDateTests {
    private func calendar(_ zone: String) throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        return calendar
    }

    @Test func parsesAndPrintsISODates() throws {
        let date = try CalendarDate(iso8601: "2026-03-31")
        #expect(date.description == "2026-03-31")
        #expect(date.components.year == 2026 && date.components.month == 3 && date.components.day == 31)
        #expect(try CalendarDate(iso8601: "1970-01-01").daysSinceEpoch == 0)
        #expect(try CalendarDate(iso8601: "2024-02-29").adding(days: 1).description == "2024-03-01")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "", "2026/01/01", "2026-1-1", "abcd-ef-gh"])
    func rejectsInvalidDates(_ text: String) {
        #expect(throws: CollectKitError.self) { try CalendarDate(iso8601: text) }
    }

    @Test func dayOfAnInstantDependsOnTheCalendarsTimeZone() throws {
        // 2026-03-31 23:00 +08:00 is 15:00 UTC on the same day.
        let lateEvening = Date(timeIntervalSince1970: 1_774_969_200)
        #expect(CalendarDate(lateEvening, in: try calendar("Asia/Shanghai")).description == "2026-03-31")
        #expect(CalendarDate(lateEvening, in: try calendar("America/Los_Angeles")).description == "2026-03-31")
        // 2026-04-01 00:30 +08:00 is already April in Shanghai but still March 31 in UTC.
        let afterMidnight = Date(timeIntervalSince1970: 1_774_974_600)
        #expect(CalendarDate(afterMidnight, in: try calendar("Asia/Shanghai")).description == "2026-04-01")
        #expect(CalendarDate(afterMidnight, in: try calendar("UTC")).description == "2026-03-31")
    }

    @Test func startInstantRoundTrips() throws {
        let shanghai = try calendar("Asia/Shanghai")
        let day = try CalendarDate(iso8601: "2026-11-27")
        #expect(CalendarDate(day.startInstant(in: shanghai), in: shanghai) == day)
    }

    @Test func civilConversionMatchesFoundationForRandomDays() throws {
        var rng = SeededRandomNumberGenerator(seed: 20261127)
        let utc = try calendar("UTC")
        // Foundation's Gregorian calendar switches to Julian before 1582; CalendarDate is
        // proleptic Gregorian, so compare on days from 1700 to 2500.
        for _ in 0..<2_000 {
            let days = Int32.random(in: -98_000...193_000, using: &rng)
            let date = CalendarDate(daysSinceEpoch: days)
            let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let (y, m, d) = date.components
            #expect(parts.year == y && parts.month == m && parts.day == d)
            if (1...9999).contains(y) { #expect(try CalendarDate(year: y, month: m, day: d) == date) }
        }
    }
}
