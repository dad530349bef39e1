/// Rebuilding what a snapshot does not store: per-customer chains and totals, checked
/// against the stored columns, so a snapshot that was truncated, edited or forged is
/// rejected with a typed error instead of producing a ledger recording could not.
extension CollectionLedger {
    /// Checks every stored column against the others and rebuilds the per-customer chains,
    /// totals and hints from them.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the first inconsistency.
    /// - Complexity: O(records), sequential apart from per-customer totals.
    mutating func rebuildDerivedState() throws(CollectKitError) {
        let customerCount = customerKeys.count
        func bad(_ field: String, _ value: some CustomStringConvertible, _ reason: String) -> CollectKitError {
            .invalidData(field: "snapshot.\(field)", value: value.description, reason: reason)
        }
        guard customers.count == customerCount, customerTerms.count == customerCount else {
            throw bad("customers", customers.count, "customer columns differ in length")
        }
        let currencyCount = currencies.count
        for slot in 0..<customerCount {
            guard Int(customers[slot].currency) <= currencyCount else { throw bad("customers[\(slot)].currency", customers[slot].currency, "no such currency") }
            let collector = customers[slot].collector
            guard collector >= -1, Int(collector) < collectorKeys.count else {
                throw bad("customers[\(slot)].collector", collector, "no such collector")
            }
            let (known, currency, collectorIndex) = (customers[slot].isKnown, customers[slot].currency, collector)
            customers[slot] = CustomerState()
            customers[slot].isKnown = known
            customers[slot].currency = currency
            customers[slot].collector = collectorIndex
        }
        for slot in customerExtras.keys where !(0..<Int32(customerCount)).contains(slot) {
            throw bad("customerExtras", slot, "no such customer")
        }
        func requireSlot(_ slot: Int32, _ field: @autoclosure () -> String) throws(CollectKitError) -> Int {
            guard slot >= 0, Int(slot) < customerCount else { throw bad(field(), slot, "no such customer") }
            guard customers[Int(slot)].currency != 0 else { throw bad(field(), slot, "the customer has records but no currency") }
            return Int(slot)
        }

        // Receivables: chains, totals per customer and per currency.
        let receivables = receivableKeys.count
        guard receivableSlot.count == receivables, receivableAmount.count == receivables, receivableOpen.count == receivables,
              receivableIssueDay.count == receivables, receivableDueDay.count == receivables, receivableKind.count == receivables,
              receivableReference.count == receivables else {
            throw bad("receivables", receivables, "receivable columns differ in length")
        }
        currencyBilled = Array(repeating: 0, count: currencyCount)
        currencyReceived = Array(repeating: 0, count: currencyCount)
        receivableNext = .column(repeating: Self.none, count: receivables)
        latestIssueDay = .min
        for row in 0..<receivables {
            let slot = try requireSlot(receivableSlot[row], "receivables[\(row)].customer")
            let amount = receivableAmount[row], open = receivableOpen[row]
            guard amount > 0, open >= 0, open <= amount else { throw bad("receivables[\(row)].open", open, "not between 0 and the amount \(amount)") }
            guard receivableIssueDay[row] <= receivableDueDay[row] else { throw bad("receivables[\(row)].dueDate", receivableDueDay[row], "before the issue date") }
            guard receivableKind[row] <= 2 else { throw bad("receivables[\(row)].kind", receivableKind[row], "an unknown kind") }
            let code = Int(customers[slot].currency) - 1
            currencyBilled[code] = try Self.checkedSum(currencyBilled[code], amount) { "snapshot.receivables[\(row)].amount" }
            customers[slot].billed = try Self.checkedSum(customers[slot].billed, amount) { "snapshot.receivables[\(row)].amount" }
            customers[slot].open &+= open
            receivableNext[row] = customers[slot].receivableHead
            customers[slot].receivableHead = Int32(row)
            latestIssueDay = Swift.max(latestIssueDay, receivableIssueDay[row])
        }

        // Promises, before payments, which may name them.
        let promiseTotal = promiseKeys.count
        guard promiseSlot.count == promiseTotal, promiseFields.count == promiseTotal, promiseCollectorIndex.count == promiseTotal,
              promiseChannel.count == promiseTotal, promiseReplaces.count == promiseTotal, promiseEvidence.count == promiseTotal,
              reportedPhase.count == promiseTotal else {
            throw bad("promises", promiseTotal, "promise columns differ in length")
        }
        promiseNext = .column(repeating: Self.none, count: promiseTotal)
        for index in 0..<promiseTotal {
            let slot = try requireSlot(promiseSlot[index], "promises[\(index)].customer")
            let fields = promiseFields[index]
            guard fields.amount > 0, fields.made <= fields.due, fields.due <= Self.lastDay else {
                throw bad("promises[\(index)]", fields.due, "an amount or dates recording would reject")
            }
            guard fields.cancelledOn == Self.never || fields.cancelledOn >= fields.made else {
                throw bad("promises[\(index)].cancelledOn", fields.cancelledOn, "before the promise was made")
            }
            guard promiseCollectorIndex[index] >= 0, Int(promiseCollectorIndex[index]) < collectorKeys.count else {
                throw bad("promises[\(index)].collector", promiseCollectorIndex[index], "no such collector")
            }
            guard Int(promiseChannel[index]) < channels.count else { throw bad("promises[\(index)].channel", promiseChannel[index], "no such channel") }
            guard Phase(rawValue: reportedPhase[index]) != nil else { throw bad("promises[\(index)].reported", reportedPhase[index], "an unknown phase") }
            let replaced = promiseReplaces[index]
            if replaced != Self.none {
                guard replaced >= 0, Int(replaced) < index, promiseSlot[Int(replaced)] == promiseSlot[index],
                      promiseFields[Int(replaced)].replacedOn == fields.made else {
                    throw bad("promises[\(index)].replaces", replaced, "not an earlier promise of the customer replaced on the day this one was made")
                }
            }
            promiseNext[index] = customers[slot].promiseHead
            customers[slot].promiseHead = Int32(index)
        }
        for index in promiseCovered.keys where !(0..<Int32(promiseTotal)).contains(index) {
            throw bad("promises.coveredReceivables", index, "no such promise")
        }

        // Payments.
        let payments = paymentKeys.count
        guard paymentSlot.count == payments, paymentFields.count == payments, paymentUnapplied.count == payments,
              paymentReference.count == payments else {
            throw bad("payments", payments, "payment columns differ in length")
        }
        paymentNext = .column(repeating: Self.none, count: payments)
        for row in 0..<payments {
            let slot = try requireSlot(paymentSlot[row], "payments[\(row)].customer")
            let fields = paymentFields[row], unapplied = paymentUnapplied[row]
            guard fields.amount > 0, unapplied >= 0, unapplied <= fields.amount else {
                throw bad("payments[\(row)].unapplied", unapplied, "not between 0 and the amount \(fields.amount)")
            }
            guard fields.target == Self.noTarget || (fields.target >= 0 && Int(fields.target) < promiseTotal
                                                    && promiseSlot[Int(fields.target)] == paymentSlot[row]) else {
                throw bad("payments[\(row)].target", fields.target, "not a promise of the payer")
            }
            let code = Int(customers[slot].currency) - 1
            currencyReceived[code] = try Self.checkedSum(currencyReceived[code], fields.amount) { "snapshot.payments[\(row)].amount" }
            customers[slot].unapplied &+= unapplied
            paymentNext[row] = customers[slot].paymentHead
            customers[slot].paymentHead = Int32(row)
        }
        for (row, allocations) in paymentAllocations {
            guard row >= 0, Int(row) < payments else { throw bad("payments.allocations", row, "no such payment") }
            for allocation in allocations {
                guard let target = receivableRow(allocation.receivableID), receivableSlot[Int(target)] == paymentSlot[Int(row)] else {
                    throw bad("payments[\(row)].allocations", allocation.receivableID.rawValue, "not a receivable of the payer")
                }
            }
        }

        // Applications: each one consistent, and together exactly what the open and
        // unapplied amounts say was applied.
        let applications = applicationAmount.count
        guard applicationReceivable.count == applications, applicationPayment.count == applications,
              applicationDay.count == applications else {
            throw bad("applications", applications, "application columns differ in length")
        }
        var appliedToReceivable = [Int64](repeating: 0, count: receivables)
        var appliedFromPayment = [Int64](repeating: 0, count: payments)
        applicationNext = .column(repeating: Self.none, count: applications)
        latestApplicationDay = .min
        for index in 0..<applications {
            let receivable = applicationReceivable[index], payment = applicationPayment[index], amount = applicationAmount[index]
            guard receivable >= 0, Int(receivable) < receivables, payment >= 0, Int(payment) < payments, amount > 0,
                  receivableSlot[Int(receivable)] == paymentSlot[Int(payment)],
                  applicationDay[index] == Swift.max(paymentFields[Int(payment)].day, receivableIssueDay[Int(receivable)]) else {
                throw bad("applications[\(index)]", amount, "not an application of a payment to a receivable of the same customer")
            }
            appliedToReceivable[Int(receivable)] &+= amount
            appliedFromPayment[Int(payment)] &+= amount
            let slot = Int(receivableSlot[Int(receivable)])
            applicationNext[index] = customers[slot].applicationHead
            customers[slot].applicationHead = Int32(index)
            latestApplicationDay = Swift.max(latestApplicationDay, applicationDay[index])
        }
        for row in 0..<receivables where appliedToReceivable[row] != receivableAmount[row] - receivableOpen[row] {
            throw bad("receivables[\(row)].open", receivableOpen[row], "does not match the applications recorded against it")
        }
        for row in 0..<payments where appliedFromPayment[row] != paymentFields[row].amount - paymentUnapplied[row] {
            throw bad("payments[\(row)].unapplied", paymentUnapplied[row], "does not match the applications recorded from it")
        }

        // Open lists: the open rows grouped by customer (a counting sort), each group in
        // settlement order.
        receivableOpenPrev = .column(repeating: Self.none, count: receivables)
        receivableOpenNext = .column(repeating: Self.none, count: receivables)
        var starts = [Int32](repeating: 0, count: customerCount + 1)
        for row in 0..<receivables where receivableOpen[row] > 0 { starts[Int(receivableSlot[row]) + 1] += 1 }
        for slot in 0..<customerCount { starts[slot + 1] += starts[slot] }
        var fill = starts
        var grouped = [Int32](repeating: 0, count: Int(starts[customerCount]))
        for row in 0..<receivables where receivableOpen[row] > 0 {
            let slot = Int(receivableSlot[row])
            grouped[Int(fill[slot])] = Int32(row)
            fill[slot] += 1
        }
        let (dueDays, issueDays) = (receivableDueDay, receivableIssueDay)
        for slot in 0..<customerCount where starts[slot + 1] > starts[slot] {
            let range = Int(starts[slot])..<Int(starts[slot + 1])
            // The same order as `receivableSettlesBefore`, over the two columns alone: a method
            // reference would copy the whole ledger for every customer.
            if range.count > 1 {
                grouped[range].sort { l, r in
                    (dueDays[Int(l)], issueDays[Int(l)], l) < (dueDays[Int(r)], issueDays[Int(r)], r)
                }
            }
            var previous = Self.none
            for row in grouped[range] {
                receivableOpenPrev[Int(row)] = previous
                if previous != Self.none { receivableOpenNext[Int(previous)] = row }
                previous = row
            }
            customers[slot].openHead = grouped[range.lowerBound]
            setOpenTail(previous, slot: slot)
        }

        // Contacts.
        guard contactNext.count == contacts.count || contactNext.isEmpty else { throw bad("contacts", contacts.count, "contact columns differ") }
        contactNext = Array(repeating: Self.none, count: contacts.count)
        for (index, contact) in contacts.enumerated() {
            guard let slot = customerSlot(contact.customerID) else { throw bad("contacts[\(index)].customerID", contact.customerID.rawValue, "no such customer") }
            contactNext[index] = customers[Int(slot)].contactHead
            customers[Int(slot)].contactHead = Int32(index)
        }
        customerOrder = []
    }
}
