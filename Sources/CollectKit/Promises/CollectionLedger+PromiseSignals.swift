extension CollectionLedger {
    /// The warning patterns a customer shows on `asOf`, ordered by kind.
    ///
    /// Settled promises are looked at if their promised date falls within the policy's
    /// lookback (`asOf - signalLookbackDays ... asOf`). What each pattern means:
    /// - partial payer: at least `partialPayerMinimumCount` promises partly kept;
    /// - serial promiser: at least `serialPromiserMinimumCount` settled promises with at most
    ///   `serialPromiserMaximumPaidBasisPoints` of the promised money paid by the deadlines;
    /// - without follow-up: a promise not fulfilled by `promisedDate + followUpWindowDays`,
    ///   with no ``ContactRecord`` dated in `promisedDate ... promisedDate + followUpWindowDays`,
    ///   judged once that window is over;
    /// - over-promising: open promises total more than is still owed on registered
    ///   receivables, or those due within the next `overPromisingPeriodDays` total more than
    ///   the most the customer ever paid within that many days (only for a customer who has
    ///   paid before);
    /// - several collectors: open promises recorded by two or more collectors.
    func signals(for customer: CustomerID, asOf: CalendarDate) -> [PromiseSignal] {
        guard let slot = customerSlot(customer).map(Int.init) else { return [] }
        var a = CustomerAllocation()
        allocate(slot: slot, asOf: asOf, into: &a)
        let lookbackStart = asOf.adding(days: -policy.signalLookbackDays)
        let currency = currency(ofSlot: slot) ?? .cny
        var signals: [PromiseSignal] = []
        func signal(_ kind: PromiseSignal.Kind, _ positions: [Int], zh: String, en: String, collectors: [CollectorID]? = nil) {
            let ids = positions.map { promiseID(at: Int(a.order[$0])) }
            let involved = collectors ?? positions.map { promiseCollector(at: Int(a.order[$0])) }
            signals.append(PromiseSignal(kind: kind, customerID: customer, asOf: asOf, evidence: ids,
                                         collectors: Array(Set(involved)).sorted(), zh: zh, en: en))
        }

        var partial: [Int] = [], settled: [Int] = [], unfollowed: [Int] = [], open: [Int] = []
        var promisedTotal: Int64 = 0, paidTotal: Int64 = 0
        for position in a.order.indices {
            let index = Int(a.order[position])
            let promise = promise(at: index)
            guard let status = settledStatus(index: index, position: position, in: a, asOf: asOf) else { continue }
            let inLookback = promise.promisedDate >= lookbackStart && promise.promisedDate <= asOf
            switch status {
            case .open, .dueToday:
                open.append(position)
            case .kept, .partiallyKept, .broken:
                guard inLookback else { break }
                settled.append(position)
                promisedTotal = Self.saturatingSum(promisedTotal, promise.amount.minorUnits)
                paidTotal = Self.saturatingSum(paidTotal, a.paidByDeadline[position])
                if case .partiallyKept = status { partial.append(position) }
            case .renegotiated, .cancelled:
                break
            }
            if inLookback, needsFollowUpSignal(index: index, position: position, in: a, asOf: asOf, slot: slot) {
                unfollowed.append(position)
            }
        }

        if partial.count >= policy.partialPayerMinimumCount {
            let n = partial.count, days = policy.signalLookbackDays
            signal(.partialPayer, partial,
                   zh: "近\(days)天有\(n)次承诺只兑现了一部分:你催一次,他办一点。应收紧跟进节奏。",
                   en: "\(n) promises in the last \(days) days were only partly kept: the customer pays a little each time they are chased. Tighten follow-up.")
        }
        let paidBasisPoints = promisedTotal == 0 ? 0 : Self.basisPoints(min(paidTotal, promisedTotal), of: promisedTotal)
        if settled.count >= policy.serialPromiserMinimumCount, paidBasisPoints <= policy.serialPromiserMaximumPaidBasisPoints {
            let n = settled.count, percent = Self.percentText(paidBasisPoints)
            signal(.serialPromiser, settled,
                   zh: "到期的\(n)次承诺共\(Self.moneyText(promisedTotal, currency)),按时只付了\(percent):承诺不等于回款。",
                   en: "\(n) promises for \(Self.moneyText(promisedTotal, currency)) fell due and only \(percent) was paid on time: a promise is not money.")
        }
        for position in unfollowed {
            let promise = promise(at: Int(a.order[position]))
            let days = policy.followUpWindowDays
            signal(.promiseWithoutFollowUp, [position],
                   zh: "承诺\(promise.promisedDate)付款\(Self.moneyText(promise.amount.minorUnits, currency))未兑现,之后\(days)天内无人跟进。",
                   en: "The promise to pay \(Self.moneyText(promise.amount.minorUnits, currency)) by \(promise.promisedDate) was not kept and nobody contacted the customer within \(days) days.")
        }
        if let overPromising = overPromisingSignalText(open: open, in: a, slot: slot, asOf: asOf, currency: currency) {
            signal(.overPromising, overPromising.positions, zh: overPromising.zh, en: overPromising.en)
        }
        let collectors = Set(open.map { promiseCollector(at: Int(a.order[$0])) })
        if collectors.count >= 2 {
            let n = collectors.count
            signal(.promisesToSeveralCollectors, open,
                   zh: "客户同时向\(n)位催收人员做出了未兑现的承诺:同一笔钱可能许给了多人。",
                   en: "The customer has open promises with \(n) different collectors: the same cash may have been promised to several people.",
                   collectors: Array(collectors))
        }
        return signals.sorted { $0.kind != $1.kind ? $0.kind < $1.kind : $0.evidence.lexicographicallyPrecedes($1.evidence) }
    }

    /// Every customer's signals on `asOf`, ordered by customer then kind.
    func signals(asOf: CalendarDate) -> [PromiseSignal] {
        customersInIDOrder().flatMap { signals(for: customerID(ofSlot: $0), asOf: asOf) }
    }

    func needsFollowUpSignal(index: Int, position: Int, in a: CustomerAllocation, asOf: CalendarDate, slot: Int) -> Bool {
        let promise = promise(at: index)
        let windowEnd = promise.promisedDate.adding(days: policy.followUpWindowDays)
        guard asOf > windowEnd else { return false }
        let windowEndDay = windowEnd.daysSinceEpoch
        guard promiseFields[index].cancelledOn > windowEndDay, promiseFields[index].replacedOn > windowEndDay else { return false }
        guard a.fulfilledOn[position] > windowEndDay else { return false }
        for contact in LinkedPositions(head: customers[slot].contactHead, next: contactNext) {
            let date = contacts[Int(contact)].date
            if date >= promise.promisedDate && date <= windowEnd { return false }
        }
        return true
    }

    func overPromisingSignalText(open: [Int], in a: CustomerAllocation, slot: Int, asOf: CalendarDate,
                                 currency: Currency) -> (positions: [Int], zh: String, en: String)? {
        guard !open.isEmpty else { return nil }
        var openTotal: Int64 = 0
        for position in open {
            openTotal = Self.saturatingSum(openTotal, promiseFields[Int(a.order[position])].amount - a.paid[position])
        }
        var paidSoFar: Int64 = 0
        for index in LinkedPositions(head: customers[slot].paymentHead, next: paymentNext) where paymentFields[Int(index)].day <= asOf.daysSinceEpoch {
            paidSoFar = Self.saturatingSum(paidSoFar, paymentFields[Int(index)].amount)
        }
        if case let billed = customers[slot].billed, billed > 0 {
            let owed = max(0, billed - paidSoFar)
            if openTotal > owed {
                return (open,
                        "未兑现的承诺合计\(Self.moneyText(openTotal, currency)),超过了仍欠的\(Self.moneyText(owed, currency)):承诺可能只是为了结束通话。",
                        "Open promises total \(Self.moneyText(openTotal, currency)), more than the \(Self.moneyText(owed, currency)) still owed: the promise may only be meant to end the call.")
            }
        }
        let period = policy.overPromisingPeriodDays
        let horizon = asOf.adding(days: period)
        var soon: [Int] = []
        var soonTotal: Int64 = 0
        for position in open where CalendarDate(daysSinceEpoch: promiseFields[Int(a.order[position])].due) <= horizon {
            soon.append(position)
            soonTotal = Self.saturatingSum(soonTotal, promiseFields[Int(a.order[position])].amount - a.paid[position])
        }
        let best = bestPeriodPayments(slot: slot, asOf: asOf, days: period)
        guard let best, !soon.isEmpty, soonTotal > best else { return nil }
        return (soon,
                "未来\(period)天内到期的承诺合计\(Self.moneyText(soonTotal, currency)),而客户任意\(period)天内最多只付过\(Self.moneyText(best, currency))。",
                "Promises due in the next \(period) days total \(Self.moneyText(soonTotal, currency)), but the customer has never paid more than \(Self.moneyText(best, currency)) within \(period) days.")
    }

    /// The most the customer paid within any `days`-day window up to `asOf`; `nil` if they
    /// never paid.
    func bestPeriodPayments(slot: Int, asOf: CalendarDate, days: Int) -> Int64? {
        var dated: [(day: Int32, amount: Int64)] = []
        for index in LinkedPositions(head: customers[slot].paymentHead, next: paymentNext) where paymentFields[Int(index)].day <= asOf.daysSinceEpoch {
            dated.append((paymentFields[Int(index)].day, paymentFields[Int(index)].amount))
        }
        guard !dated.isEmpty else { return nil }
        dated.sort { $0.day < $1.day }
        var best: Int64 = 0, window: Int64 = 0, start = 0
        for end in dated.indices {
            window = Self.saturatingSum(window, dated[end].amount)
            while Int(dated[end].day) - Int(dated[start].day) >= days {
                window -= dated[start].amount
                start += 1
            }
            best = max(best, window)
        }
        return best
    }

    static func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// `CNY 12,345.67` from minor units, as every CollectKit sentence writes amounts.
    static func moneyText(_ minorUnits: Int64, _ currency: Currency) -> String {
        MoneyText.plain(Money(minorUnits: minorUnits, currency: currency))
    }

    /// `37.5%` from basis points.
    static func percentText(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
