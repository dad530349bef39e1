/// Rounds amounts to figures a person would say on the phone ("十八万", "about 4,700").
///
/// The step is two significant figures of the amount in major units (so 181,818 → 180,000
/// and 4,732 → 4,700), never finer than one major unit. Rounding is to the nearest step,
/// halves up.
enum SpeakableAmount {
    /// The step (in minor units) for an amount of `minorUnits` in `currency`.
    static func step(forMinorUnits minorUnits: Int64, currency: Currency) -> Int64 {
        let unit = currency.minorUnitsPerMajorUnit
        var step: Int64 = unit
        // Two significant figures: the step is 10^(digits - 2) major units.
        var major = minorUnits / unit
        while major >= 100 {
            major /= 10
            let (next, overflow) = step.multipliedReportingOverflow(by: 10)
            if overflow { break }
            step = next
        }
        return step
    }

    /// `amount` rounded to the nearest speakable figure (halves up).
    static func nearest(_ amount: Money) -> Money {
        guard amount.isPositive else { return amount }
        let step = step(forMinorUnits: amount.minorUnits, currency: amount.currency)
        let remainder = amount.minorUnits % step
        let down = amount.minorUnits - remainder
        guard remainder * 2 >= step else { return Money(minorUnits: down, currency: amount.currency) }
        let (up, overflow) = down.addingReportingOverflow(step)
        return Money(minorUnits: overflow ? down : up, currency: amount.currency)
    }

    /// `amount` rounded up to the next speakable figure (unchanged when already on a step).
    static func up(_ amount: Money) -> Money {
        guard amount.isPositive else { return amount }
        let step = step(forMinorUnits: amount.minorUnits, currency: amount.currency)
        let remainder = amount.minorUnits % step
        guard remainder != 0 else { return amount }
        let (value, overflow) = (amount.minorUnits - remainder).addingReportingOverflow(step)
        return overflow ? amount : Money(minorUnits: value, currency: amount.currency)
    }
}
