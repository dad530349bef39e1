@testable import CollectKit

/// A plain, readable rendering of how payments are applied to receivables, written from the
/// rule as documented and sharing no code with the ledger: the yardstick the columnar,
/// chained, undoable ledger is compared with.
///
/// Rule: a payment settles the receivables it names first (up to what is open on each),
/// then the customer's other open receivables, earliest due date first, then earliest issue
/// date, then the one billed first; what is left waits as unapplied cash and settles receivables recorded
/// later, oldest payment first. Each application takes effect on the later of the payment's
/// day and the receivable's issue day.
struct ReferenceReceivables {
    struct Item { var receivable: Receivable; var open: Int64 }
    struct Received { var payment: Payment; var unapplied: Int64 }
    struct Application { var receivable: ReceivableID; var payment: PaymentID; var amount: Int64; var day: CalendarDate }

    var items: [Item] = []
    var payments: [Received] = []
    var applications: [Application] = []

    mutating func record(_ receivable: Receivable) {
        items.append(Item(receivable: receivable, open: receivable.amount.minorUnits))
        let index = items.count - 1
        for p in payments.indices where payments[p].payment.customerID == receivable.customerID {
            settle(payment: p, item: index, limit: .max)
        }
    }

    mutating func record(_ payment: Payment) {
        payments.append(Received(payment: payment, unapplied: payment.amount.minorUnits))
        let p = payments.count - 1
        for allocation in payment.allocations {
            if let index = items.firstIndex(where: { $0.receivable.id == allocation.receivableID }) {
                settle(payment: p, item: index, limit: allocation.amount.minorUnits)
            }
        }
        let candidates = items.indices.filter { items[$0].receivable.customerID == payment.customerID && items[$0].open > 0 }
            .sorted { a, b in
                let (l, r) = (items[a].receivable, items[b].receivable)
                return (l.dueDate, l.issueDate, a) < (r.dueDate, r.issueDate, b)
            }
        for index in candidates { settle(payment: p, item: index, limit: .max) }
    }

    private mutating func settle(payment p: Int, item index: Int, limit: Int64) {
        let take = min(limit, payments[p].unapplied, items[index].open)
        guard take > 0 else { return }
        payments[p].unapplied -= take
        items[index].open -= take
        applications.append(Application(receivable: items[index].receivable.id, payment: payments[p].payment.id, amount: take,
                                        day: max(payments[p].payment.date, items[index].receivable.issueDate)))
    }

    /// What is open on each receivable issued by `asOf`.
    func open(asOf: CalendarDate) -> [ReceivableID: Int64] {
        var open: [ReceivableID: Int64] = [:]
        for item in items where item.receivable.issueDate <= asOf { open[item.receivable.id] = item.receivable.amount.minorUnits }
        for application in applications where application.day <= asOf { open[application.receivable, default: 0] -= application.amount }
        return open
    }

    /// The customer's cash received by `asOf` that no receivable had taken by then.
    func unapplied(_ customer: CustomerID, asOf: CalendarDate) -> Int64 {
        let received = payments.filter { $0.payment.customerID == customer && $0.payment.date <= asOf }
            .reduce(0) { $0 + $1.payment.amount.minorUnits }
        let ids = Set(payments.filter { $0.payment.customerID == customer }.map(\.payment.id))
        let applied = applications.filter { ids.contains($0.payment) && $0.day <= asOf }.reduce(0) { $0 + $1.amount }
        return received - applied
    }

    /// The aging of what is open on `asOf`, by currency.
    func aging(asOf: CalendarDate, buckets: AgingBuckets = .standard) throws -> AgingSummary {
        var summary = AgingSummary.empty(buckets: buckets)
        let open = open(asOf: asOf)
        for item in items {
            guard let amount = open[item.receivable.id], amount > 0 else { continue }
            try summary.add(Money(minorUnits: amount, currency: item.receivable.amount.currency),
                            daysPastDue: item.receivable.daysPastDue(asOf: asOf))
        }
        return summary
    }
}

extension CollectionLedger {
    /// What is open on a receivable on `asOf`; `nil` when unknown or not yet issued.
    func outstanding(_ id: ReceivableID, asOf: CalendarDate) -> Money? {
        guard let row = receivableRow(id), receivableIssueDay[Int(row)] <= asOf.daysSinceEpoch else { return nil }
        let slot = receivableSlot[Int(row)]
        let open = openRows(ofSlot: slot, asOf: asOf).first { $0.row == row }?.open ?? 0
        return Money(minorUnits: open, currency: currency(ofSlot: Int(slot)) ?? .cny)
    }

    /// What a customer owes on `asOf`.
    func outstanding(for customer: CustomerID, asOf: CalendarDate) -> Money? {
        guard let slot = customerSlot(customer), let currency = currency(ofSlot: Int(slot)) else { return nil }
        return Money(minorUnits: outstanding(ofSlot: slot, asOf: asOf), currency: currency)
    }

    /// A customer's unapplied cash on `asOf`.
    func credit(for customer: CustomerID, asOf: CalendarDate) -> Money? {
        guard let slot = customerSlot(customer), let currency = currency(ofSlot: Int(slot)) else { return nil }
        return Money(minorUnits: unapplied(ofSlot: slot, asOf: asOf), currency: currency)
    }

    /// The receivables a payment settled, in the order it settled them, with the amounts.
    func settlements(of payment: PaymentID) -> [Payment.Allocation] {
        guard let row = paymentRow(payment) else { return [] }
        let currency = currency(ofSlot: Int(paymentSlot[Int(row)])) ?? .cny
        return applicationAmount.indices.filter { applicationPayment[$0] == row }.map {
            Payment.Allocation(receivableID: ReceivableID(rawValue: receivableKeys.string(applicationReceivable[$0])),
                               amount: Money(minorUnits: applicationAmount[$0], currency: currency))
        }
    }
}
