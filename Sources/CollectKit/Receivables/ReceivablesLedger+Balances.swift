extension ReceivablesLedger {
    /// Applies the payments dated on or before `asOf` to the receivables issued on or before it.
    ///
    /// Payments are applied in date order (then by id). Each payment first settles the
    /// receivables its allocations name, up to what is still open on them; the rest goes to
    /// the same customer's oldest open receivables in the payment's currency (by due date,
    /// then issue date, then id); whatever is still left becomes the customer's credit.
    /// An allocation naming a receivable not yet issued by `asOf` is treated as unallocated.
    ///
    /// - Complexity: O(*r* log *r* + *p* log *p* + *a*) for *r* receivables, *p* payments and
    ///   *a* allocations.
    public func balances(asOf: CalendarDate) -> ReceivableBalances {
        var issued: [Receivable] = []
        var open: [Int64] = []
        var position: [ReceivableID: Int] = [:]
        var queues: [CustomerCurrency: [Int]] = [:]
        for receivable in receivables where receivable.issueDate <= asOf {
            position[receivable.id] = issued.count
            queues[CustomerCurrency(customer: receivable.customerID, currency: receivable.amount.currency), default: []]
                .append(issued.count)
            issued.append(receivable)
            open.append(receivable.amount.minorUnits)
        }
        // Sort on plain integers first; identifiers are only compared on exact date ties.
        let dueDays = issued.map(\.dueDate.daysSinceEpoch), issueDays = issued.map(\.issueDate.daysSinceEpoch)
        for key in queues.keys {
            queues[key]?.sort { lhs, rhs in
                if dueDays[lhs] != dueDays[rhs] { return dueDays[lhs] < dueDays[rhs] }
                if issueDays[lhs] != issueDays[rhs] { return issueDays[lhs] < issueDays[rhs] }
                return issued[lhs].id < issued[rhs].id
            }
        }
        // Settled receivables only ever stay settled, so each queue's cursor only moves forward.
        var cursors: [CustomerCurrency: Int] = [:]
        let due = payments.filter { $0.date <= asOf }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var applications: [PaymentApplication] = []
        applications.reserveCapacity(due.count)
        for payment in due {
            var remaining = payment.amount.minorUnits
            var settlements: [Payment.Allocation] = []
            func settle(_ index: Int, upTo limit: Int64) {
                let take = min(limit, open[index], remaining)
                guard take > 0 else { return }
                open[index] -= take
                remaining -= take
                settlements.append(Payment.Allocation(receivableID: issued[index].id,
                                                      amount: Money(minorUnits: take, currency: payment.amount.currency)))
            }
            for allocation in payment.allocations {
                if let index = position[allocation.receivableID] { settle(index, upTo: allocation.amount.minorUnits) }
            }
            let key = CustomerCurrency(customer: payment.customerID, currency: payment.amount.currency)
            if remaining > 0, let queue = queues[key] {
                var cursor = cursors[key, default: 0]
                while remaining > 0, cursor < queue.count {
                    settle(queue[cursor], upTo: remaining)
                    if open[queue[cursor]] == 0 { cursor += 1 }
                }
                cursors[key] = cursor
            }
            applications.append(PaymentApplication(
                paymentID: payment.id, customerID: payment.customerID, amount: payment.amount,
                settlements: settlements, credit: Money(minorUnits: remaining, currency: payment.amount.currency)))
        }
        let lines = zip(issued, open).map { receivable, outstanding in
            ReceivableBalance(receivable: receivable,
                              outstanding: Money(minorUnits: outstanding, currency: receivable.amount.currency))
        }
        return ReceivableBalances(asOf: asOf, lines: lines, applications: applications)
    }
}

/// Open receivables are queued per customer and currency: a payment only ever reaches its own.
struct CustomerCurrency: Hashable {
    let customer: CustomerID
    let currency: Currency
}
