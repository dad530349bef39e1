@testable import CollectKit

/// Small builders so each test states only what matters to it.
enum PromiseFixture {
    static func day(_ text: String) -> CalendarDate {
        (try? CalendarDate(iso8601: text)) ?? CalendarDate(daysSinceEpoch: 0)
    }

    static func yuan(_ major: Int64) -> Money { Money(minorUnits: major * 100, currency: .cny) }

    static func promise(_ id: PromiseID, customer: CustomerID = "C-1", yuan amount: Int64, by promised: String,
                        madeOn: String, collector: CollectorID = "alice", channel: ContactChannel = .call,
                        words: String? = nil, replaces: PromiseID? = nil,
                        covering: [ReceivableID]? = nil) throws(CollectKitError) -> StandardPromise {
        try StandardPromise(promiseID: id, customerID: customer, amount: yuan(amount), promisedDate: day(promised),
                           madeOn: day(madeOn), collectorID: collector, channel: channel,
                           coveredReceivables: covering, customerWords: words, replaces: replaces)
    }

    static func payment(_ id: PaymentID, customer: CustomerID = "C-1", yuan amount: Int64, on date: String) throws(CollectKitError) -> Payment {
        try Payment(id: id, customerID: customer, amount: yuan(amount), date: day(date))
    }
}
