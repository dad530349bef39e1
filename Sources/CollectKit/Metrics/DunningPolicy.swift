/// ERPNext-style dunning: simple interest on an overdue amount plus a fixed fee.
///
/// Convention, as in ERPNext's Dunning document: interest accrues daily at
/// `annual rate ÷ 365` on the outstanding amount, so
///
///     interest = outstanding × annual rate × days overdue ÷ 365
///     total    = outstanding + interest + dunning fee
///
/// The year has 365 days regardless of leap years (``daysInYear`` can be set to 360 for
/// hosts that follow the banking convention). The exact interest is rounded once, to the
/// currency's minor unit, by ``rounding`` (default ``RoundingRule/halfUp``, commercial
/// rounding), so 0.4109… becomes 0.41 and 0.005 becomes 0.01.
///
/// Example: 100.00 outstanding, 15 days overdue, 10% a year, fee 10.00 →
/// interest 100 × 0.10 × 15 ÷ 365 = 0.41, total 110.41.
struct DunningPolicy: Hashable, Sendable {
    /// The yearly interest rate charged on overdue amounts, as an exact ``Rate`` (10% a year is `.percent(10)`).
    let annualRate: Rate
    /// The fixed fee added to each dunning notice; zero or more.
    let fee: Money
    /// Days in the interest year: 365 (ERPNext) or 360.
    let daysInYear: Int
    /// How the exact interest is rounded to a minor unit.
    let rounding: RoundingRule

    /// Creates a policy after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for a negative fee,
    ///   ``CollectKitError/Kind/invalidArgument`` for a negative rate or when `daysInYear` is not 360 or 365.
    init(annualRate: Rate, fee: Money, daysInYear: Int = 365,
                rounding: RoundingRule = .halfUp) throws(CollectKitError) {
        try requireNonNegative(fee, field: "dunningPolicy.fee")
        guard annualRate.numerator >= 0 else {
            throw .invalidArgument(field: "dunningPolicy.annualRate", value: annualRate.description,
                                   reason: "an interest rate is zero or more")
        }
        guard daysInYear == 365 || daysInYear == 360 else {
            throw .invalidArgument(field: "dunningPolicy.daysInYear", value: String(daysInYear),
                                   reason: "the interest year has 365 (ERPNext) or 360 days")
        }
        self.annualRate = annualRate
        self.fee = fee
        self.daysInYear = daysInYear
        self.rounding = rounding
    }

    /// The interest and fee due on `outstanding` that is `daysOverdue` days late.
    ///
    /// Zero days overdue gives zero interest but still the fee: whether to dun on the due date
    /// is the caller's choice.
    ///
    /// - Throws: ``CollectKitError/Kind/currencyMismatch`` when the fee is in another currency,
    ///   ``CollectKitError/Kind/invalidAmount`` for a negative outstanding amount,
    ///   ``CollectKitError/Kind/invalidArgument`` for negative days,
    ///   ``CollectKitError/Kind/overflow`` when the amounts exceed 64-bit minor units.
    func charge(outstanding: Money, daysOverdue: Int) throws(CollectKitError) -> DunningCharge {
        try outstanding.requireSameCurrency(fee, field: "dunningPolicy.fee")
        try requireNonNegative(outstanding, field: "outstanding")
        guard daysOverdue >= 0 else {
            throw .invalidArgument(field: "daysOverdue", value: String(daysOverdue),
                                   reason: "days overdue are zero or more")
        }
        // interest = outstanding × (num × days) ÷ (den × daysInYear), one exact rate, rounded once.
        let (rateDays, o1) = annualRate.numerator.multipliedReportingOverflow(by: Int64(daysOverdue))
        let (divisor, o2) = annualRate.denominator.multipliedReportingOverflow(by: Int64(daysInYear))
        guard !o1, !o2 else {
            throw .overflow(field: "dunning.interest", value: "\(annualRate) × \(daysOverdue) days")
        }
        let interest = try outstanding.applying(Rate(numerator: rateDays, denominator: divisor), rounding: rounding)
        let total = try outstanding.adding(interest).adding(fee)
        return DunningCharge(outstanding: outstanding, daysOverdue: daysOverdue, interest: interest, fee: fee, total: total)
    }

    /// The charge on `outstanding` that fell due on `dueDate`, as of `asOf`.
    ///
    /// Days overdue are `dueDate.days(until: asOf)`, so the due date itself is day 0.
    ///
    /// - Throws: as ``charge(outstanding:daysOverdue:)``; ``CollectKitError/Kind/invalidArgument``
    ///   naming `asOf` when it is before the due date (nothing is overdue yet).
    func charge(outstanding: Money, dueDate: CalendarDate, asOf: CalendarDate) throws(CollectKitError) -> DunningCharge {
        let days = dueDate.days(until: asOf)
        guard days >= 0 else {
            throw .invalidArgument(field: "asOf", value: asOf.description,
                                   reason: "before the due date \(dueDate): nothing is overdue yet")
        }
        return try charge(outstanding: outstanding, daysOverdue: days)
    }
}
