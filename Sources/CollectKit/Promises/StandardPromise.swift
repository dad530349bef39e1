/// The default ``Promise``: a validated value the ledger stores.
public struct StandardPromise: Promise, Hashable, Codable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The promise's identifier.
    public let promiseID: PromiseID
    /// Who promised.
    public let customerID: CustomerID
    /// How much; always positive.
    public let amount: Money
    /// The pay-by date; never before ``madeOn``.
    public let promisedDate: CalendarDate
    /// The day the promise was made.
    public let madeOn: CalendarDate
    /// The collector the promise was made to.
    public let collectorID: CollectorID
    /// How the promise was obtained.
    public let channel: ContactChannel
    /// The receivables it covers, if named.
    public let coveredReceivables: [ReceivableID]?
    /// The customer's own words; redacted in ``description`` and ``debugDescription``.
    public let customerWords: String?
    /// Evidence offered (bank slip reference), if any.
    public let evidence: String?
    /// The promise this one replaces, if it is a renegotiation.
    public let replaces: PromiseID?

    /// Creates a promise after validating it.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidAmount`` for a zero or negative amount,
    ///   ``CollectKitError/Kind/invalidDate`` for a pay-by date before the day the promise was
    ///   made, ``CollectKitError/Kind/invalidArgument`` for a promise that replaces itself.
    public init(promiseID id: PromiseID, customerID: CustomerID, amount: Money, promisedDate: CalendarDate,
                madeOn: CalendarDate, collectorID: CollectorID, channel: ContactChannel = .call,
                coveredReceivables: [ReceivableID]? = nil, customerWords: String? = nil,
                evidence: String? = nil, replaces: PromiseID? = nil) throws(CollectKitError) {
        guard amount.isPositive else {
            throw .invalidAmount(field: "promise[\(id)].amount", value: "\(amount.minorUnits) \(amount.currency)",
                                 reason: "a promise must be for more than zero")
        }
        guard promisedDate >= madeOn else {
            throw CollectKitError(kind: .invalidDate, field: "promise[\(id)].promisedDate", value: promisedDate.description,
                                  reason: "the pay-by date is before the day the promise was made \(madeOn)")
        }
        guard replaces != id else {
            throw .invalidArgument(field: "promise[\(id)].replaces", value: id.rawValue,
                                   reason: "a promise cannot replace itself")
        }
        self.promiseID = id
        self.customerID = customerID
        self.amount = amount
        self.promisedDate = promisedDate
        self.madeOn = madeOn
        self.collectorID = collectorID
        self.channel = channel
        self.coveredReceivables = coveredReceivables
        self.customerWords = customerWords
        self.evidence = evidence
        self.replaces = replaces
    }

    /// A promise from stored fields that were validated when first recorded.
    init(uncheckedID id: PromiseID, customerID: CustomerID, amount: Money, promisedDate: CalendarDate,
         madeOn: CalendarDate, collectorID: CollectorID, channel: ContactChannel, coveredReceivables: [ReceivableID]?,
         customerWords: String?, evidence: String?, replaces: PromiseID?) {
        self.promiseID = id
        self.customerID = customerID
        self.amount = amount
        self.promisedDate = promisedDate
        self.madeOn = madeOn
        self.collectorID = collectorID
        self.channel = channel
        self.coveredReceivables = coveredReceivables
        self.customerWords = customerWords
        self.evidence = evidence
        self.replaces = replaces
    }

    /// Copies any conforming promise, validating it.
    ///
    /// - Throws: the same errors as the memberwise initialiser.
    public init(_ promise: some Promise) throws(CollectKitError) {
        try self.init(promiseID: promise.promiseID, customerID: promise.customerID, amount: promise.amount,
                      promisedDate: promise.promisedDate, madeOn: promise.madeOn,
                      collectorID: promise.collectorID, channel: promise.channel,
                      coveredReceivables: promise.coveredReceivables, customerWords: promise.customerWords,
                      evidence: promise.evidence, replaces: promise.replaces)
    }

    /// Copies a host's promise at the engine's boundary, checking what a host conformance
    /// could get wrong as well as the promise's own rules.
    ///
    /// - Parameters:
    ///   - promise: Any ``Promise``.
    ///   - currencies: The currencies the tenant deals in.
    /// - Throws: ``CollectKitError/Kind/invalidIdentifier`` for an id that is empty or holds
    ///   control or invisible characters (the promise's, its customer's, its collector's, a
    ///   covered receivable's or the replaced promise's); ``CollectKitError/Kind/invalidCurrency``
    ///   for an amount in a currency `currencies` does not know; and the memberwise
    ///   initialiser's errors.
    public init(validating promise: some Promise, currencies: CurrencyTable) throws(CollectKitError) {
        let id = promise.promiseID
        try id.validate()
        try promise.customerID.validate()
        try promise.collectorID.validate()
        for receivable in promise.coveredReceivables ?? [] { try receivable.validate() }
        try promise.replaces?.validate()
        guard currencies.contains(promise.amount.currency) else {
            throw CollectKitError(kind: .invalidCurrency, field: "promise[\(id)].amount", value: promise.amount.currency.code,
                                  reason: "the currency is not in the tenant's currency table")
        }
        try self.init(promise)
    }

    /// The last day the money may arrive and still count as on time under `policy`.
    public func deadline(under policy: PromisePolicy) -> CalendarDate { promisedDate.adding(days: policy.graceDays) }

    /// Identifiers, amount and dates; the customer's words are redacted.
    public var description: String {
        "StandardPromise(\(promiseID), customer: \(customerID), \(amount.minorUnits) \(amount.currency) by \(promisedDate), made \(madeOn) to \(collectorID) via \(channel)"
            + (replaces.map { ", replaces \($0)" } ?? "") + (customerWords == nil ? ")" : ", words: <redacted>)")
    }

    /// Same as ``description``: personal data stays out of logs and debugger output.
    public var debugDescription: String { description }

    private enum CodingKeys: String, CodingKey {
        case promiseID = "id", customerID, amount, promisedDate, madeOn, collectorID, channel, coveredReceivables,
             customerWords, evidence, replaces
    }

    /// Decodes and validates, so a stored promise is as trustworthy as a constructed one.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(promiseID: c.decode(PromiseID.self, forKey: .promiseID),
                      customerID: c.decode(CustomerID.self, forKey: .customerID),
                      amount: c.decode(Money.self, forKey: .amount),
                      promisedDate: c.decode(CalendarDate.self, forKey: .promisedDate),
                      madeOn: c.decode(CalendarDate.self, forKey: .madeOn),
                      collectorID: c.decode(CollectorID.self, forKey: .collectorID),
                      channel: c.decodeIfPresent(ContactChannel.self, forKey: .channel) ?? .call,
                      coveredReceivables: c.decodeIfPresent([ReceivableID].self, forKey: .coveredReceivables),
                      customerWords: c.decodeIfPresent(String.self, forKey: .customerWords),
                      evidence: c.decodeIfPresent(String.self, forKey: .evidence),
                      replaces: c.decodeIfPresent(PromiseID.self, forKey: .replaces))
    }
}

extension StandardPromise: RedactedReflection {}
