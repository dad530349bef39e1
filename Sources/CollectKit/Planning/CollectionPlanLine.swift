/// One currency's part of a plan: what is owed, what we aim to collect by when, what we ask,
/// and the installments the ask is scheduled in.
///
/// What is owed is fact and fixed; the target, request and schedule are decisions a plugin
/// may change (the engine then re-checks the plan's guard rails).
public struct CollectionPlanLine: Hashable, Sendable {
    /// The line's currency (one line per currency the customer owes in).
    public let currency: Currency
    /// Everything owed in this currency.
    public let owed: Money
    /// The part of it already past due.
    public let overdue: Money
    /// Days past due of the oldest overdue item (0 when nothing is overdue).
    public let maxDaysOverdue: Int
    /// What we expect to collect and by when. Internal: never shown to the customer.
    public var target: CollectionTarget
    /// What we ask for; `nil` when nothing is due within the planning horizon.
    public var request: CollectionRequest?
    /// Why the request is that amount (present whenever ``request`` is).
    public var requestRationale: Rationale?
    /// The schedule of the request; sums exactly to its amount; empty without a request.
    public var installments: [Installment]
    /// Why the schedule has that many installments on those dates (present with a request).
    public var scheduleRationale: Rationale?

    /// Creates a line; the planner is the usual source.
    public init(currency: Currency, owed: Money, overdue: Money, maxDaysOverdue: Int, target: CollectionTarget,
                request: CollectionRequest?, requestRationale: Rationale?, installments: [Installment],
                scheduleRationale: Rationale? = nil) {
        self.currency = currency
        self.owed = owed
        self.overdue = overdue
        self.maxDaysOverdue = maxDaysOverdue
        self.target = target
        self.request = request
        self.requestRationale = requestRationale
        self.installments = installments
        self.scheduleRationale = scheduleRationale
    }
}

/// What we expect to collect from a customer in one currency, and by when: the internal
/// goal the ask is anchored on. Tactics and talking points never mention it.
public struct CollectionTarget: Hashable, Sendable {
    /// The expected collection: overdue plus what falls due within the horizon.
    public let amount: Money
    /// The end of the planning horizon.
    public let by: CalendarDate
    /// Why.
    public let rationale: Rationale

    /// Creates a target.
    public init(amount: Money, by: CalendarDate, rationale: Rationale) {
        self.amount = amount
        self.by = by
        self.rationale = rationale
    }
}

/// One planned contact: when, how, how hard, and why.
public struct ScheduledContact: Hashable, Sendable {
    /// The day of the contact.
    public let date: CalendarDate
    /// The channel.
    public let channel: ContactChannel
    /// How hard it presses.
    public let intensity: ContactIntensity
    /// What it is for.
    public let purpose: ContactPurpose

    /// Creates a contact.
    public init(date: CalendarDate, channel: ContactChannel, intensity: ContactIntensity, purpose: ContactPurpose) {
        self.date = date
        self.channel = channel
        self.intensity = intensity
        self.purpose = purpose
    }
}
