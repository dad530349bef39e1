import Foundation

/// A day on the calendar, without a time or a time zone: an invoice's due date, a promised
/// pay-by date, a payment's value date.
///
/// Business dates are days, not instants. Converting an instant to a day always goes through
/// an explicit `Calendar` (whose `timeZone` decides where midnight is), so an invoice due
/// 2026-03-31 is not overdue at 2026-03-31 23:00 in Asia/Shanghai.
///
/// Stored as a count of days since 1970-01-01 in the proleptic Gregorian calendar, which
/// makes day arithmetic and comparisons single integer operations.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int32

    /// Creates a date from a day count since 1970-01-01.
    ///
    /// - Parameter daysSinceEpoch: Days since 1970-01-01, negative before it; every value is
    ///   a day, so this cannot fail.
    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// Creates a date from year, month (1–12) and day (1–31), validated.
    ///
    /// - Parameters:
    ///   - year: The year, 1…9999.
    ///   - month: The month, 1–12.
    ///   - day: The day of the month, from 1 to the month's length.
    /// - Throws: ``CollectKitError/Kind/invalidDate`` for a day that does not exist (2026-02-30)
    ///   or a year outside 1…9999.
    public init(year: Int, month: Int, day: Int) throws(CollectKitError) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysInMonth(year: year, month: month)).contains(day) else {
            throw CollectKitError(kind: .invalidDate, field: "date",
                                  value: "\(year)-\(month)-\(day)", reason: "no such day in the Gregorian calendar")
        }
        self.daysSinceEpoch = Int32(CalendarDate.days(year: year, month: month, day: day))
    }

    /// The day that contains `instant` in `calendar`'s time zone.
    ///
    /// The calendar's identifier is not consulted for the result, which is always Gregorian:
    /// only its `timeZone` decides where one day ends.
    ///
    /// - Parameters:
    ///   - instant: The moment to place on the calendar.
    ///   - calendar: The calendar whose time zone decides which day `instant` falls on.
    public init(_ instant: Date, in calendar: Calendar) {
        let offset = calendar.timeZone.secondsFromGMT(for: instant)
        let seconds = instant.timeIntervalSince1970 + Double(offset)
        let day = (seconds / 86_400).rounded(.down)
        let clamped = min(max(day, Double(Int32.min / 2)), Double(Int32.max / 2))
        self.daysSinceEpoch = Int32(clamped)
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Parameter text: Four, two and two ASCII digits joined by `-`; a sign, a time or
    ///   anything else around them is rejected.
    /// - Throws: ``CollectKitError/Kind/invalidDate`` naming the text.
    public init(iso8601 text: String) throws(CollectKitError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Only ASCII digits: `Int("+999")` would accept a sign as the year's first character.
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            throw CollectKitError(kind: .invalidDate, field: "date", value: text, reason: "expected YYYY-MM-DD")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// Year, month and day in the proleptic Gregorian calendar.
    public var components: (year: Int, month: Int, day: Int) {
        CalendarDate.civil(fromDays: Int(daysSinceEpoch))
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        let year = String(y), month = m < 10 ? "0\(m)" : "\(m)", day = d < 10 ? "0\(d)" : "\(d)"
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + month + "-" + day
    }

    /// The date `days` later (earlier when negative), saturating at the representable range.
    ///
    /// - Parameter days: Days to add; negative goes back.
    /// - Returns: The date, clamped to the range rather than trapping on an untrusted offset.
    public func adding(days: Int) -> CalendarDate {
        // `days` is untrusted (a policy's window, a host's offset): `Int.max` must saturate, not trap.
        let (value, overflow) = Int(daysSinceEpoch).addingReportingOverflow(days)
        return CalendarDate(daysSinceEpoch: overflow ? (days > 0 ? .max : .min) : Int32(clamping: value))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    ///
    /// - Parameter other: The date to count to.
    /// - Returns: `other` minus `self`, in days.
    public func days(until other: CalendarDate) -> Int {
        Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
    }

    /// The instant this day starts at in `calendar`'s time zone.
    ///
    /// - Parameter calendar: The calendar whose time zone decides when the day starts.
    /// - Returns: Midnight at the start of this day in that time zone.
    public func startInstant(in calendar: Calendar) -> Date {
        let utc = Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
        let offset = calendar.timeZone.secondsFromGMT(for: utc)
        return utc.addingTimeInterval(-Double(offset))
    }

    /// Orders dates chronologically.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    // Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: Codable {
    /// Decodes `"YYYY-MM-DD"`.
    ///
    /// - Parameter decoder: A decoder holding one string.
    /// - Throws: ``CollectKitError/Kind/invalidDate`` for text that is not a day, as
    ///   ``init(iso8601:)``; the decoder's errors when the value is not a string.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(iso8601: text)
    }

    /// Encodes as `"YYYY-MM-DD"`.
    ///
    /// - Parameter encoder: The encoder to write the string to.
    /// - Throws: whatever `encoder` throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
