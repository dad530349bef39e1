/// Summaries are versioned `Codable` values, so shards summarised in other processes or
/// machines can be shipped back and merged.
extension WorklistSummary: Codable {
    private static let schemaVersion = 1

    private enum CodingKeys: String, CodingKey {
        case version, limits, queues, rejections, rejectedCount, customersConsidered
    }

    private struct EncodedLimits: Codable {
        var dailyCapacity: Int
        var overrides: [String: Int]
        var rejectionsKept: Int
    }

    private struct EncodedQueue: Codable {
        var collector: CollectorID
        var candidates: Int
        var actions: [WorklistAction]
    }

    private struct EncodedRejection: Codable {
        var customerID: CustomerID
        var kind: String
        var field: String
        var value: String
        var reason: String
    }

    /// Decodes a summary written by ``encode(to:)``.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` for a schema version this library
    ///   does not know, or counts that do not add up.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Self.schemaVersion else {
            throw CollectKitError(kind: .invalidData, field: "worklistSummary.version", value: String(version),
                                  reason: "this library reads version \(Self.schemaVersion)")
        }
        var limits: Limits?
        if let encoded = try container.decodeIfPresent(EncodedLimits.self, forKey: .limits) {
            var overrides: [CollectorID: Int] = [:]
            for (collector, capacity) in encoded.overrides { overrides[CollectorID(rawValue: collector)] = capacity }
            limits = Limits(dailyCapacity: encoded.dailyCapacity, overrides: overrides, rejectionsKept: encoded.rejectionsKept)
        }
        var queues: [CollectorID: Queue] = [:]
        for encoded in try container.decode([EncodedQueue].self, forKey: .queues) {
            guard encoded.candidates >= encoded.actions.count,
                  encoded.actions.allSatisfy({ $0.collector == encoded.collector }) else {
                throw CollectKitError(kind: .invalidData, field: "worklistSummary.queues[\(encoded.collector)]",
                                      value: String(encoded.candidates),
                                      reason: "a queue holds only its own collector's actions, at most as many as its candidates")
            }
            queues[encoded.collector, default: Queue()].absorb(Queue(actions: encoded.actions, candidates: encoded.candidates))
        }
        let rejections = try container.decode([EncodedRejection].self, forKey: .rejections).map {
            Rejection(customerID: $0.customerID,
                      error: CollectKitError(kind: .init(code: $0.kind), field: $0.field, value: $0.value, reason: $0.reason))
        }
        self.init(queues: queues, rejections: rejections,
                  rejectedCount: try container.decode(Int.self, forKey: .rejectedCount),
                  customersConsidered: try container.decode(Int.self, forKey: .customersConsidered), limits: limits)
        trimAll()
    }

    /// Encodes the summary with its schema version; queues are sorted by collector so equal
    /// summaries encode identically.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .version)
        if let limits {
            var overrides: [String: Int] = [:]
            for (collector, capacity) in limits.overrides { overrides[collector.rawValue] = capacity }
            try container.encode(EncodedLimits(dailyCapacity: limits.dailyCapacity, overrides: overrides,
                                               rejectionsKept: limits.rejectionsKept), forKey: .limits)
        }
        let queues = self.queues.keys.sorted().map { collector in
            EncodedQueue(collector: collector, candidates: self.queues[collector]?.candidates ?? 0,
                         actions: (self.queues[collector]?.actions ?? []).sorted(by: WorklistAction.ranksBefore))
        }
        try container.encode(queues, forKey: .queues)
        try container.encode(rejections.sorted { $0.customerID < $1.customerID }.map {
            EncodedRejection(customerID: $0.customerID, kind: $0.error.kind.description, field: $0.error.field,
                             value: $0.error.value, reason: $0.error.reason)
        }, forKey: .rejections)
        try container.encode(rejectedCount, forKey: .rejectedCount)
        try container.encode(customersConsidered, forKey: .customersConsidered)
    }
}
