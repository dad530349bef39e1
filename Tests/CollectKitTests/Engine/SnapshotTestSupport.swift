@testable import CollectKit

/// What tests read back from a snapshot, by customer id.
extension CollectionSnapshot {
    var assignments: [CustomerID: CollectorID] {
        var result: [CustomerID: CollectorID] = [:]
        for slot in 0..<Int32(ledger.customers.count) {
            if let collector = ledger.collector(ofSlot: slot) { result[ledger.customerID(ofSlot: slot)] = collector }
        }
        return result
    }

    var excuses: [CustomerID: [ExcuseUse]] { extras(\.excuses) }
    var asks: [CustomerID: [AskOutcome]] { extras(\.asks) }
    var knownPaymentsToOthers: [CustomerID: Int] { extras(\.paymentsToOthers).filter { $0.value > 0 } }

    private func extras<Value>(_ path: KeyPath<CustomerExtras, Value>) -> [CustomerID: Value] {
        var result: [CustomerID: Value] = [:]
        for (slot, extras) in ledger.customerExtras { result[ledger.customerID(ofSlot: slot)] = extras[keyPath: path] }
        return result
    }

    func status(of promise: PromiseID, asOf: CalendarDate) -> PromiseStatus? { ledger.status(of: promise, asOf: asOf) }
    func statuses(asOf: CalendarDate) -> [PromiseID: PromiseStatus] { ledger.statuses(asOf: asOf) }
    func aging(asOf: CalendarDate) -> AgingSummary { ledger.aging(asOf: asOf) }
    var receivableCurrencies: Set<Currency> { Set((0..<ledger.customers.count).compactMap { ledger.currency(ofSlot: $0) }) }
}
