import Foundation

extension CollectionPortfolio: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, customers, receivables, promises, excuses, asks, assignments, paymentsToOthers
    }

    /// One customer's per-customer extras, keyed by id so JSON stays an array of objects.
    private struct CustomerExtras: Codable {
        var customerID: CustomerID
        var excuses: [ExcuseUse]?
        var asks: [AskOutcome]?
        var collector: CollectorID?
        var paymentsToOthers: Int?
        var escalation: EscalationLevel?
    }

    /// Decodes a snapshot, validating every record as if it were recorded anew.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` for a newer schema version or records
    ///   that reference unknown customers; the ledgers' own errors for invalid records.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard (1...Self.schemaVersion).contains(version) else {
            throw CollectKitError(kind: .invalidData, field: "portfolio.schemaVersion", value: String(version),
                                  reason: "this build reads schema versions 1…\(Self.schemaVersion)")
        }
        let promises = try container.decode(PromiseLedger.self, forKey: .promises)
        self.init(promisePolicy: promises.policy)
        for customer in try container.decode([CustomerProfile].self, forKey: .customers) {
            guard customers[customer.id] == nil else {
                throw CollectKitError(kind: .duplicateIdentifier, field: "portfolio.customers", value: customer.id.rawValue,
                                      reason: "the snapshot lists this customer twice")
            }
            upsert(customer)
        }
        let receivables = try container.decode(ReceivablesLedger.self, forKey: .receivables)
        for id in Set(receivables.receivables.map(\.customerID)).union(receivables.payments.map(\.customerID))
        where customers[id] == nil {
            throw CollectKitError(kind: .invalidData, field: "portfolio.receivables", value: id.rawValue,
                                  reason: "records reference a customer the snapshot does not list")
        }
        self.receivables = receivables
        self.promises = promises
        for extras in try container.decodeIfPresent([CustomerExtras].self, forKey: .excuses) ?? [] {
            for excuse in extras.excuses ?? [] { try record(excuse, for: extras.customerID) }
            for ask in extras.asks ?? [] { try record(ask, for: extras.customerID) }
            if let collector = extras.collector { try assign(collector, to: extras.customerID) }
            if let count = extras.paymentsToOthers, count > 0 {
                try requireKnown(extras.customerID)
                knownPaymentsToOthers[extras.customerID] = count
            }
            if let level = extras.escalation {
                try requireKnown(extras.customerID)
                escalations[extras.customerID] = level
            }
        }
    }

    /// Encodes the portfolio with its schema version; customers and extras in id order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(customerIDs.compactMap { customers[$0] }, forKey: .customers)
        try container.encode(receivables, forKey: .receivables)
        try container.encode(promises, forKey: .promises)
        let extras = customerIDs.compactMap { id -> CustomerExtras? in
            let item = CustomerExtras(customerID: id, excuses: excuses[id], asks: asks[id],
                                      collector: assignments[id], paymentsToOthers: knownPaymentsToOthers[id],
                                      escalation: escalations[id])
            let isEmpty = item.excuses == nil && item.asks == nil && item.collector == nil
                && item.paymentsToOthers == nil && item.escalation == nil
            return isEmpty ? nil : item
        }
        try container.encode(extras, forKey: .excuses)
    }

    private func requireKnown(_ id: CustomerID) throws(CollectKitError) {
        guard customers[id] != nil else {
            throw CollectKitError(kind: .unknownReference, field: "portfolio.customerID", value: id.rawValue,
                                  reason: "no customer with this id")
        }
    }
}
