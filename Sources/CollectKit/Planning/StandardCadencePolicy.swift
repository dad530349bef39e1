/// Follow-up tightness by credit standing (信誉好的客户可以追踪得松一点,信誉差的客户就要跟紧一点),
/// tightened by a poor promise record and repeated excuses, loosened by a good one.
///
/// Base interval: excellent 14 days, good 10, fair 7, poor 3, unknown 5. Then, in order:
/// any broken promise halves it (rounded up); two or more partly kept promises (the
/// "你催一次,他办一点" pattern) take 2 days off; two or more recent excuses take 2 days off;
/// a clean record (≥ 3 promises, none broken or partial, kept rate ≥ 90%, no recent excuses)
/// adds 3 days. The result is kept within 1…30 days.
///
/// Next contact: with an overdue balance, last contact + interval (today if never contacted
/// or already due); with nothing overdue, 3 days before the next due date; never before
/// `asOf`; and never after an open promise's date (today if that date has passed).
public struct StandardCadencePolicy: CadencePolicy {
    /// Base interval in days for each standing.
    public var baseDays: [CreditStanding: Int]
    /// Days before a due date to send a reminder.
    public var preDueReminderDays: Int

    /// Creates the policy; the defaults are documented on the type.
    public init(baseDays: [CreditStanding: Int] = [.excellent: 14, .good: 10, .fair: 7, .poor: 3, .unknown: 5],
                preDueReminderDays: Int = 3) {
        self.baseDays = baseDays
        self.preDueReminderDays = Swift.max(0, preDueReminderDays)
    }

    private static let adjustments = [
        "none", "broken_promises", "partial_payments", "broken_promises+partial_payments", "repeated_excuses",
        "broken_promises+repeated_excuses", "partial_payments+repeated_excuses",
        "broken_promises+partial_payments+repeated_excuses", "good_record",
    ]
    private static let codes = adjustments.map { "cadence." + $0 }

    /// Decides the cadence as documented on the type.
    public func cadence(_ input: CadenceInput) -> CadenceDecision {
        let base = Swift.max(1, baseDays[input.standing] ?? 5)
        var interval = base
        let record = input.promises
        var flags = 0
        if record.broken > 0 {
            interval = (interval + 1) / 2
            flags |= 1
        }
        if record.partiallyKept >= 2 {
            interval -= 2
            flags |= 2
        }
        if input.recentExcuses >= 2 {
            interval -= 2
            flags |= 4
        }
        if record.made >= 3, record.broken == 0, record.partiallyKept == 0, input.recentExcuses == 0,
           let rate = record.effectiveKeptRate, rate >= 9_000 {
            interval += 3
            flags = 8
        }
        // Static strings: building codes by concatenation would allocate for every customer.
        let adjustment = Self.adjustments[flags]
        interval = Swift.min(30, Swift.max(1, interval))

        var next: CalendarDate
        var purpose: ContactPurpose
        if input.hasOverdue {
            next = input.lastContactDate.map { $0.adding(days: interval) } ?? input.asOf
            purpose = .followUp
        } else if let due = input.nextDueDate {
            next = due.adding(days: -preDueReminderDays)
            purpose = .preDueReminder
        } else {
            next = input.asOf.adding(days: interval)
            purpose = .followUp
        }
        if next < input.asOf { next = input.asOf }
        if let promised = record.openPromiseDate {
            let checkIn = promised < input.asOf ? input.asOf : promised
            if checkIn <= next {
                next = checkIn
                purpose = .promiseCheckIn
            }
        }
        let rationale = Rationale(
            code: Self.codes[flags],
            zh: "{standing}基础间隔 {base} 天,调整({adjustment})后为 {interval} 天;已兑现 {kept}、部分兑现 {partial}、违约 {broken} 次承诺,近期借口 {excuses} 次;下次联系 {next}。",
            en: "Base interval {base} days for {standingEn} credit, {interval} days after adjustment ({adjustment}); promises kept {kept}, partly kept {partial}, broken {broken}; recent excuses {excuses}; next contact {next}.",
            inputs: [
                RationaleInput("standing", .label(input.standing.chineseName)),
                RationaleInput("standingEn", .label(input.standing.rawValue)),
                RationaleInput("base", .days(base)),
                RationaleInput("adjustment", .label(adjustment)),
                RationaleInput("interval", .days(interval)),
                RationaleInput("kept", .count(record.kept)),
                RationaleInput("partial", .count(record.partiallyKept)),
                RationaleInput("broken", .count(record.broken)),
                RationaleInput("excuses", .count(input.recentExcuses)),
                RationaleInput("next", .date(next)),
            ])
        return CadenceDecision(intervalDays: interval, nextContact: next, purpose: purpose, rationale: rationale)
    }
}
